"""Writing the events as drafts (or new revisions), and the outcome of each event and of the run."""

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import transaction
from django.utils import timezone, translation
from wagtail.log_actions import log
from wagtail_localize.synctree import create_aliases_for_new_page

from snippets.importing import CREATED, SKIPPED, SUCCESS, UNCHANGED, UPDATED, ImportResult, Outcome
from snippets.languages import SOURCE_LANGUAGE

from ...models import EventIndexPage, EventPage
from .entries import CHANGES, IMPORTED_FIELDS, Skip, change_object, check_like_the_form, sources
from .reader import EntryReader
from .source import calendar_of, parse_calendar, read_source, reference_time

NO_EVENTS = "Der Kalender enthält keine Veranstaltungen (VEVENT)."
DRAFTS_NOTICE = "Die neuen Stände sind Entwürfe: Die Sozialraumkoordination prüft und veröffentlicht sie."


class EventOutcome(Outcome):
    """What became of one event of the calendar (`label`: its title)."""

    texts = {**Outcome.texts, UNCHANGED: "übersprungen (unverändert)"}


def _snapshot(page):
    values = {name: getattr(page, name) for name in IMPORTED_FIELDS}
    values[CHANGES] = tuple(sorted(page.change_rows(), key=lambda row: row[0]))
    return values


def _label(name):
    if name == CHANGES:
        return "Ausnahmen"
    try:
        return str(EventPage._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:
        return name


def _messages(error):
    if hasattr(error, "error_dict"):
        return "; ".join(
            f"{_label(name) if name != '__all__' else 'Seite'}: {' '.join(messages)}"
            for name, messages in error.message_dict.items()
        )
    return " ".join(error.messages)


class CalendarImport:
    """Imports the events of a calendar into one EventIndexPage, one transaction per event."""

    def __init__(self, index, *, now=None, dry_run=False):
        self.index = index
        self.now = now or timezone.now()
        self.dry_run = dry_run

    def run(self, calendar):
        """Yields (number, total, EventOutcome) for every event of the calendar, as it is done."""
        reader = EntryReader(calendar, self.now)
        found = sources(calendar)
        for number, source in enumerate(found, start=1):
            yield number, len(found), self.apply(reader, source)

    def apply(self, reader, source):
        try:
            entry = reader.entry(source)
            with transaction.atomic():
                outcome = self._write(entry)
                if self.dry_run:
                    transaction.set_rollback(True)
        except Skip as skip:
            return EventOutcome(source.label, SKIPPED, str(skip))
        except ValidationError as error:
            return EventOutcome(source.label, SKIPPED, _messages(error))
        return outcome

    def _write(self, entry):
        # Locked and fresh: treebeard computes the new page's path from the parent's child count,
        # and a second import running at the same time must not create the same event twice.
        index = EventIndexPage.objects.select_for_update().get(pk=self.index.pk)
        existing = EventPage.objects.child_of(index).filter(ical_uid=entry.uid).order_by("pk").first()
        if existing is None:
            return self._create(index, entry)
        return self._update(existing, entry)

    def _create(self, index, entry):
        page = EventPage(
            slug=index.free_slug(entry.values["title"]),
            ical_uid=entry.uid,
            locale=index.locale,
            live=False,
            **entry.values,
        )
        page.occurrence_changes = [change_object(row) for row in entry.changes]
        index.add_child(instance=page)
        page.save_revision()
        log(instance=page, action="wagtail.create")
        # As the admin does after creating a page: draft aliases in the synchronised languages,
        # published together with the German page, so no language shows it earlier.
        create_aliases_for_new_page(page)
        return EventOutcome(entry.values["title"], CREATED)

    def _update(self, page, entry):
        latest = page.get_latest_revision_as_object()
        # Compare with what the import brought last time (its revisions have no user), not with
        # the latest revision: a coordinator's correction survives until the source changes that field.
        imported = page.revisions.filter(user=None).order_by("-created_at", "-pk").first()
        before = _snapshot(imported.as_object() if imported else latest)
        incoming = {**entry.values, CHANGES: entry.changes}
        changed = [name for name in [*IMPORTED_FIELDS, CHANGES] if incoming[name] != before[name]]
        current = _snapshot(latest)
        differs = [name for name in changed if incoming[name] != current[name]]
        if not differs:
            return EventOutcome(entry.values["title"], UNCHANGED)
        for name in differs:
            if name == CHANGES:
                latest.occurrence_changes = [change_object(row) for row in entry.changes]
            else:
                setattr(latest, name, incoming[name])
        # The merged values must still be what the form accepts; EventPage.save derives the
        # rule only when the row is saved, and the revision should show the new dates already.
        latest.rrule = check_like_the_form(_snapshot(latest))
        latest.series_end = latest.compute_series_end()
        # Only a new revision: a live page keeps its published content until someone publishes this.
        latest.save_revision(log_action=True)
        return EventOutcome(entry.values["title"], UPDATED, ", ".join(_label(name) for name in differs))


def import_calendar(slug, source, *, day=None, dry_run=False, on_message=None):
    """Imports the calendar at `source` (a path or an http(s) address) into the Sozialraum `slug`.

    Events whose last date ends before `day` (YYYY-MM-DD; default: now) are
    skipped. Returns the ImportResult; ImportFailed if the import cannot start.
    Messages are German whatever language the caller left active (field names
    and Django's validation messages among them).
    """
    with translation.override(SOURCE_LANGUAGE):
        index = calendar_of(slug)
        now = reference_time(day)
        calendar = parse_calendar(read_source(source), source)
        result = ImportResult(dry_run=dry_run, on_message=on_message)
        result.announce_dry_run()
        for number, total, outcome in CalendarImport(index, now=now, dry_run=dry_run).run(calendar):
            result.record(number, total, outcome)
        if not result.total:
            result.add(NO_EVENTS)
        summary = result.tally(
            ("Angelegt", CREATED), ("Aktualisiert", UPDATED), ("Übersprungen", SKIPPED, UNCHANGED)
        )
        if result.counts[UNCHANGED]:
            summary += f" (davon unverändert: {result.counts[UNCHANGED]})"
        result.add(summary + result.dry_run_suffix, SUCCESS)
        if result.changed and not dry_run:
            result.add(DRAFTS_NOTICE)
        return result
