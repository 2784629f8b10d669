"""The benchmark's report: the table, the goals of issue 18 row by row, the machine and the data.

The same Markdown goes to docs/benchmarks.md (full scale) and to the terminal.
"""

import datetime
import platform

# The goals of issue 18.
CACHED_SHARE_OF_STATIC = 0.5
HOME_CPU_MS = 17
DETAIL_CPU_MS = 9
P99_MS = 200
ICAL_MS = 300


def number(value, digits=0):
    """German notation: 1.234 and 12,5; a dash for a value that could not be measured."""
    if value is None:
        return "–"
    text = f"{value:,.{digits}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def rate(value):
    """Requests per second: whole numbers, with a decimal for the slowest pages."""
    return number(value, 1 if value < 10 else 0)


def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unbekannt"


def row_goals(row, static_per_second):
    """[(short name, met)] of the goals that apply to one page."""
    uncached, cached, goal = row["uncached"], row["cached"], row["page"]["goal"]
    goals = [
        ("gecacht ≥ 50 % statisch", cached.per_second >= CACHED_SHARE_OF_STATIC * static_per_second),
        ("p99 ungecacht", uncached.p99_ms < P99_MS),
        ("p99 gecacht", cached.p99_ms < P99_MS),
    ]
    limit = {"home": HOME_CPU_MS, "detail": DETAIL_CPU_MS}.get(goal)
    if limit is not None:
        goals.append((f"CPU < {limit} ms", uncached.cpu_ms is not None and uncached.cpu_ms < limit))
    if goal == "ical":
        goals.append((f"einzeln < {ICAL_MS} ms", uncached.single_ms < ICAL_MS))
    if any(result.errors for result in (uncached, cached)):
        goals.append(("ohne Fehler", False))
    return goals


def goal_cell(goals):
    missed = [name for name, met in goals if not met]
    return "erfüllt" if not missed else "verfehlt: " + ", ".join(missed)


def table(rows, static):
    static_per_second = sum(result.per_second for result in static) / len(static)
    lines = [
        "| Seite | ungecacht einzeln ms | Anfr./s | p50 ms | p99 ms | CPU ms | gecacht Anfr./s | p50 ms "
        "| p99 ms | CPU ms | gecacht/statisch | Ziele |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for row in rows:
        uncached, cached = row["uncached"], row["cached"]
        lines.append(
            "| "
            + " | ".join(
                [
                    row["page"]["label"],
                    number(uncached.single_ms, 1),
                    rate(uncached.per_second),
                    number(uncached.p50_ms, 1),
                    number(uncached.p99_ms, 1),
                    number(uncached.cpu_ms, 1),
                    rate(cached.per_second),
                    number(cached.p50_ms, 1),
                    number(cached.p99_ms, 1),
                    number(cached.cpu_ms, 2),
                    f"{number(100 * cached.per_second / static_per_second)} %",
                    goal_cell(row_goals(row, static_per_second)),
                ]
            )
            + " |"
        )
    for number_of_run, result in enumerate(static, start=1):
        when = "am Anfang" if number_of_run == 1 else "am Ende"
        lines.append(
            f"| Statische Datei (CSS, WhiteNoise), {when} | | | | | | {number(result.per_second)} "
            f"| {number(result.p50_ms, 1)} | {number(result.p99_ms, 1)} | {number(result.cpu_ms, 2)} | | |"
        )
    return "\n".join(lines)


def goal_summary(rows, static):
    static_per_second = sum(result.per_second for result in static) / len(static)

    def listing(selected, text):
        return "; ".join(f"{row['page']['label']} {text(row)}" for row in selected) or "–"

    def verdict(flags):
        met = sum(flags)
        return "erfüllt" if met == len(flags) else f"verfehlt ({met} von {len(flags)} erfüllt)"

    share = [row["cached"].per_second / static_per_second for row in rows]
    homes = [row for row in rows if row["page"]["goal"] == "home"]
    details = [row for row in rows if row["page"]["goal"] == "detail"]
    icals = [row for row in rows if row["page"]["goal"] == "ical"]

    def cpu_below(row, limit):
        return row["uncached"].cpu_ms is not None and row["uncached"].cpu_ms < limit

    def cpu_text(row):
        return f"{number(row['uncached'].cpu_ms, 1)} ms"

    def single_text(row):
        return f"{number(row['uncached'].single_ms)} ms"

    p99 = [row[mode].p99_ms < P99_MS for row in rows for mode in ("uncached", "cached")]
    return "\n".join(
        [
            f"- Gecachte Seiten mindestens 50 % der Anfragen je Sekunde der statischen Datei: "
            f"{verdict([value >= CACHED_SHARE_OF_STATIC for value in share])} "
            f"(von {number(100 * min(share))} % bis {number(100 * max(share))} %).",
            f"- Ungecachte Startseiten unter {HOME_CPU_MS} ms CPU: "
            f"{verdict([cpu_below(row, HOME_CPU_MS) for row in homes])} ({listing(homes, cpu_text)}).",
            f"- Ungecachte Detailseiten unter {DETAIL_CPU_MS} ms CPU: "
            f"{verdict([cpu_below(row, DETAIL_CPU_MS) for row in details])} ({listing(details, cpu_text)}).",
            f"- p99 unter {P99_MS} ms bei 8 Verbindungen: {verdict(p99)} "
            f"(ungecacht {sum(p99[0::2])} von {len(rows)} Seiten, gecacht {sum(p99[1::2])} von {len(rows)}).",
            f"- iCal-Feed des Stadtkalenders ungecacht unter {ICAL_MS} ms (eine Anfrage allein; bei 8 "
            "Verbindungen wartet jede zusätzlich auf einen der zwei Worker): "
            f"{verdict([row['uncached'].single_ms < ICAL_MS for row in icals])} "
            f"({listing(icals, single_text)}, CPU {listing(icals, cpu_text)}, p50 bei 8 Verbindungen "
            f"{listing(icals, lambda row: number(row['uncached'].p50_ms) + ' ms')}).",
        ]
    )


def sizes_text(sizes):
    languages = ", ".join(f"{code} {number(count)}" for code, count in sizes["pages_by_language"].items())
    return (
        f"{sizes['sozialraeume']} Sozialräume; {number(sizes['events'])} Veranstaltungen auf Deutsch "
        f"(davon {number(sizes['weekly'])} wöchentliche und {number(sizes['monthly'])} monatliche Serien), "
        f"{number(sizes['news'])} Meldungen, {number(sizes['entries'])} Adresseinträge, "
        f"{sizes['pictures']} Bilder. Seiten je Sprache: {languages}; davon "
        f"{number(sizes['aliases'])} Aliase (wagtail-localize) und {number(sizes['translated'])} echte "
        "Übersetzungen (Titel übersetzt)."
    )


def seeding_text(manifest):
    seconds = manifest["seed_seconds"]
    steps = ", ".join(f"{name} {number(value, 1)} s" for name, value in seconds.items() if name != "Zusammen")
    total = number(seconds.get("Zusammen"), 0)
    if manifest.get("reused"):
        seeded = datetime.date.fromisoformat(manifest["seeded_on"]).strftime("%d.%m.%Y")
        return f"wiederverwendet (angelegt am {seeded} in {total} s: {steps})"
    return f"{total} s ({steps})"


def markdown(context):
    rows, static, manifest = context["rows"], context["static"], context["manifest"]
    database_cpu = "und der PostgreSQL-Prozesse, die ihnen antworten, " if context["postgres"] else ""
    seconds = context["warmup_seconds"]
    warmup = f"davor {seconds} s zum Aufwärmen mit 2 Verbindungen" if seconds else "ohne Aufwärmen"
    return f"""# Benchmark: wie schnell das Portal ausliefert

Gemessen mit `{context["command"]}` (Code in `bench/`, siehe unten). Die Zahlen gelten für
diesen Rechner und diesen Lauf; sie sind zum Vergleichen gedacht (vorher, nachher), nicht als
Zusage.

## Ergebnis

{table(rows, static)}

*einzeln*: Antwortzeit einer Anfrage allein (Median aus drei), also wie lange die Seite zum Bauen
braucht. Anfr./s: beantwortete Anfragen je Sekunde bei 8 gleichzeitigen Verbindungen; p50 und p99:
Median und 99. Perzentil der Antwortzeit in Millisekunden dabei; CPU ms: CPU-Zeit der beiden
gunicorn-Worker {database_cpu}je Anfrage. *Ungecacht*: die Seite wird für jede Anfrage gebaut
(ein Sitzungs-Cookie umgeht den Seiten-Cache, siehe unten); *gecacht*: die Antwort kommt aus dem
Seiten-Cache (`X-Cache: hit`).
*gecacht/statisch*: Anfragen je Sekunde der gecachten Seite im Verhältnis zur statischen
CSS-Datei (Mittel aus beiden Messungen).

## Ziele (Issue 18)

{goal_summary(rows, static)}

## Rechner und Daten

- Rechner: {context["cpu"]}, {context["cores"]} Kerne; Python {platform.python_version()};
  Last (loadavg, 1 min) am Anfang {number(context["load"][0], 2)}, am Ende {number(context["load"][1], 2)}.
- Datum: {context["date"]}; Dauer des Laufs {number(context["seconds"])} s.
- Datenbank: {context["database"]}; Seiten-Cache: Datei-Cache (`FileBasedCache`, wie im Betrieb
  ohne `REDIS_URL`).
- Daten: {sizes_text(manifest["sizes"])}
- Anlegen der Datenbank: {seeding_text(manifest)}.
- Server: gunicorn, 2 Sync-Worker, `cms.settings.production` (DEBUG aus, WhiteNoise mit
  vorkomprimierten Dateien, GZip für Seiten), auf 127.0.0.1.
- Lastgenerator: wrk, 2 Threads, 8 Verbindungen, mindestens {context["seconds_per_run"]} s je Messung,
  {warmup}; `Accept-Encoding: gzip, deflate, br` wie ein Browser.
{context["noise"]}
## Wie gemessen wird

`make bench` legt eine eigene Datenbank an (`.bench/`, eine SQLite-Datei; mit
`BENCH_DATABASE_URL=postgres://…` eine eigene PostgreSQL-Datenbank), sammelt die statischen
Dateien einmal in einen temporären Ordner, startet gunicorn wie im Betrieb und misst jede Adresse
mit wrk: erst ungecacht, dann gecacht, zum Vergleich eine statische Datei am Anfang und am Ende.
Die Tabellen entstehen direkt aus den Modellen (ohne Migrationen), die Seiten mit `add_child` und
den Aliasen, die wagtail-localize jeder neuen Seite gibt, die Adresseinträge in einem Zug. Die
Datenbank bleibt liegen: ein zweiter Lauf mit unverändertem Code (Prüfsumme im Dateinamen) misst
sofort und verschiebt nur die Termine auf heute.

- **Ungecacht** schickt jede Anfrage das Cookie `sessionid=bench`. Der Seiten-Cache bedient und
  speichert nur Anfragen ohne Sitzungs-Cookie; einen so kurzen Schlüssel nimmt Django für gar keine
  Sitzung, also ohne Datenbankabfrage. So wird die Seite genau wie für jeden Leser gebaut, nur nicht
  gespeichert, und beide Messungen laufen auf demselben Server mit denselben warmen Workern (statt
  eines zweiten Serverstarts mit `PAGE_CACHE_SECONDS=0`).
- **Gecacht** wird jede Adresse vorher einmal abgerufen; der zweite Abruf muss `X-Cache: hit`
  zeigen, sonst bricht der Lauf ab.
- **Einzeln**: vor jeder Messung wird die Adresse allein abgerufen (ungecacht dreimal, der
  Median zählt); zugleich wird geprüft, dass sie mit 200 antwortet.
- **Aufwärmen und Dauer**: {context["warmup_seconds"]} s mit 2 Verbindungen wärmen die Worker auf
  (Vorlagen, Bildgrößen, Datenbankverbindungen), ohne eine Warteschlange zu hinterlassen. Eine
  langsame Seite wird länger gemessen (bis 30 s), damit ihre Perzentile auf rund zwei Dutzend
  Antworten beruhen.
- **CPU je Anfrage**: die CPU-Zeit der beiden Worker (`/proc/<pid>/stat`) vom Beginn des Laufs,
  bis sie wieder ruhen, geteilt durch die Anfragen, die sie in dieser Zeit fertig gebaut haben
  (sie zählen selbst mit, `bench/gunicorn_conf.py`), auch die, auf deren Antwort wrk am Ende nicht
  mehr wartete.
- wrk läuft auf demselben Rechner und braucht selbst CPU: bei 2 Kernen begrenzt es vor allem die
  schnellen Antworten (gecacht, statisch).

Schneller Probelauf (2 Sozialräume, je 1 s; schreibt `.bench/benchmarks-tiny.md`):
`make bench BENCH_SCALE=tiny`.
"""
