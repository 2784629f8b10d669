"""The address directory: institutions, associations and initiatives shared by all sites.

One module per concern; the models are importable from `snippets.models` as well.

- `models`, `choices`, `records`: the entries, their opening slots, the
  correction reports and the reminders sent.
- `opening_hours`, `holidays`: the text format of opening hours and the
  public holidays of Nordrhein-Westfalen.
- `freshness`, `views`, `stale_report`: the yearly "Sind die Angaben noch
  aktuell?" mails, the public confirmation page and the admin report.
- `links`: the public address of an entry (built by the directory pages).
- `csv_table`, `csv_rows`, `csv_import`: the CSV import.
- `admin_forms`, `viewsets`: the admin screens of entries and reports.
"""
