"""`python -m bench` (`make bench`): seed or reuse the database, serve it, measure every page, report.

BENCH_SCALE=full (default) or tiny (bench/config.py); BENCH_DATABASE_URL=postgres://… measures on
that PostgreSQL database (which only the benchmark may use) instead of an SQLite file in .bench/.
The full benchmark on SQLite writes docs/benchmarks.md, every other one .bench/benchmarks-….md.
"""

import argparse
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import measure, report
from .config import BASE_DIR, BENCH_DIR, REPORT, SCALES, fingerprint
from .serve import Server, collect_static, database_backends, environment

# What a developer's shell may set that the seeding process must not take over.
SEED_UNSET = ("DJANGO_SETTINGS_MODULE", "DATABASE_URL", "REDIS_URL", "CACHE_BACKEND", "CACHE_LOCATION")


def seed(scale, key, database_url, media_root, manifest_path):
    """Run bench.seed in a process of its own (its settings build tables without migrations)."""
    env = {name: value for name, value in os.environ.items() if name not in SEED_UNSET}
    command = [sys.executable, "-m", "bench.seed", scale.name, key, database_url, str(media_root)]
    subprocess.run([*command, str(manifest_path)], cwd=BASE_DIR, env=env, check=True)  # noqa: S603
    return json.loads(manifest_path.read_text(encoding="utf-8"))


def prepare_database(scale, postgres_url):
    """(database URL, media folder, manifest): the seeded database, made if this code has none yet."""
    BENCH_DIR.mkdir(exist_ok=True)
    key = fingerprint(scale)
    name = f"{'postgres' if postgres_url else 'portal'}-{scale.name}-{key}"
    media, manifest = BENCH_DIR / f"media-{name}", BENCH_DIR / f"{name}.json"
    if postgres_url:
        return postgres_url, media, seed(scale, key, postgres_url, media, manifest)
    database = BENCH_DIR / f"{name}.sqlite3"
    url = f"sqlite:///{database}"
    if database.exists():
        print(f"Benchmark-Datenbank {database.relative_to(BASE_DIR)} wird wiederverwendet.", flush=True)
        return url, media, seed(scale, key, url, media, manifest)
    # The files of older seed code go; a half-built database (".partial") never looks finished.
    for old in [*BENCH_DIR.glob(f"portal-{scale.name}-*"), *BENCH_DIR.glob(f"media-portal-{scale.name}-*")]:
        shutil.rmtree(old) if old.is_dir() else old.unlink()
    partial = BENCH_DIR / f"{name}.partial.sqlite3"
    print(f"Benchmark-Datenbank anlegen: {database.relative_to(BASE_DIR)}", flush=True)
    result = seed(scale, key, f"sqlite:///{partial}", media, manifest)
    for suffix in ("", "-wal", "-shm"):
        leftover = Path(f"{partial}{suffix}")
        if leftover.exists():
            leftover.rename(f"{database}{suffix}")
    return url, media, result


def machine_busy_seconds():
    """CPU seconds all processes of the machine spent so far (/proc/stat, every core)."""
    with open("/proc/stat", encoding="ascii") as stat:
        fields = [int(value) for value in stat.readline().split()[1:]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = fields[:8]
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def own_seconds():
    """CPU seconds of this process and its finished children (wrk)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def static_path(static_root):
    manifest = json.loads((static_root / "staticfiles.json").read_text(encoding="utf-8"))
    return "/static/" + manifest["paths"]["css/portal.css"]


def measure_pages(server, pages, scale, css):
    """Every page uncached and cached, the static file at the start and at the end."""

    def run(label, host, path, mode, static=False):
        kind = "statisch" if static else {"uncached": "ungecacht", "cached": "gecacht"}[mode]
        print(f"  {label} ({kind}) …", end=" ", flush=True)
        result = measure.run(server, host, path, mode, scale.seconds, scale.warmup_seconds, static=static)
        print(
            f"{report.rate(result.per_second)} Anfr./s, p50 {report.number(result.p50_ms, 1)} ms, "
            f"p99 {report.number(result.p99_ms, 1)} ms, CPU {report.number(result.cpu_ms, 2)} ms",
            flush=True,
        )
        return result

    static = [run("Statische Datei", "localhost", css, "cached", static=True)]
    rows = []
    for page in pages:
        rows.append(
            {
                "page": page,
                **{mode: run(page["label"], page["host"], page["path"], mode) for mode in measure.MODES},
            }
        )
    static.append(run("Statische Datei", "localhost", css, "cached", static=True))
    return rows, static


def measure_all(server, pages, scale, static_root):
    """(rows, static runs, a note on how busy the machine was with other processes meanwhile)."""
    server_pids = [server.process.pid, *server.workers()]
    busy, ours = machine_busy_seconds(), own_seconds() + server.cpu(server_pids)
    started = time.monotonic()
    rows, static = measure_pages(server, pages, scale, static_path(static_root))
    seconds = time.monotonic() - started
    busy = machine_busy_seconds() - busy
    # The database's processes (PostgreSQL) began with the first request: all their time counts.
    database = server.cpu(database_backends(server.database_url))
    ours = own_seconds() + server.cpu(server_pids) + database - ours
    return rows, static, noise_note(busy, ours, seconds, os.cpu_count() or 1)


def noise_note(busy, ours, seconds, cores):
    others = max(0.0, busy - ours) / seconds if seconds else 0.0
    if others < 0.1:
        return f"- Andere Prozesse: kaum (im Mittel {report.number(others, 2)} Kerne belegt).\n"
    return (
        f"- Andere Prozesse auf dem Rechner (zum Beispiel Tests) belegten während der Messungen im Mittel "
        f"{report.number(others, 2)} der {cores} Kerne: die Zahlen schwanken entsprechend, ein zweiter "
        "Lauf auf einem ruhigen Rechner misst genauer.\n"
    )


def command_text(scale, postgres_url):
    parts = ["make bench"]
    if scale.name != "full":
        parts.append(f"BENCH_SCALE={scale.name}")
    if postgres_url:
        parts.append("BENCH_DATABASE_URL=postgres://…")
    return " ".join(parts)


def run(scale, postgres_url):
    """Seed or reuse, serve, measure, report; the report's path."""
    started = time.monotonic()
    load_at_start = os.getloadavg()[0]
    database_url, media_root, manifest = prepare_database(scale, postgres_url)
    with tempfile.TemporaryDirectory(prefix="veedel-bench-") as temp:
        temp = Path(temp)
        (temp / "counts").mkdir()
        env = environment(database_url, media_root, temp / "static", temp / "cache", temp / "counts")
        print("Statische Dateien sammeln …", flush=True)
        collect_static(env)
        print("gunicorn starten (2 Sync-Worker, Betriebseinstellungen) …", flush=True)
        with Server(env, temp / "gunicorn.log") as server:
            print(f"Messen: wrk, 8 Verbindungen, {scale.seconds} s je Adresse und Art", flush=True)
            rows, static, noise = measure_all(server, manifest["pages"], scale, temp / "static")
    context = {
        "rows": rows,
        "static": static,
        "manifest": manifest,
        "command": command_text(scale, postgres_url),
        "cpu": report.cpu_model(),
        "cores": os.cpu_count() or 1,
        "load": (load_at_start, os.getloadavg()[0]),
        "date": datetime.datetime.now().astimezone().strftime("%d.%m.%Y, %H:%M %Z"),
        "seconds": time.monotonic() - started,
        "database": "PostgreSQL (BENCH_DATABASE_URL)" if postgres_url else "SQLite (Datei in .bench/)",
        "postgres": bool(postgres_url),
        "seconds_per_run": scale.seconds,
        "warmup_seconds": scale.warmup_seconds,
        "noise": noise,
    }
    target = REPORT
    if scale.name != "full" or postgres_url:
        target = BENCH_DIR / f"benchmarks-{scale.name}{'-postgres' if postgres_url else ''}.md"
    target.write_text(report.markdown(context), encoding="utf-8")
    print()
    print(report.table(rows, static))
    print()
    print(report.goal_summary(rows, static))
    print()
    print(f"Bericht: {target.relative_to(BASE_DIR)}; Dauer {report.number(context['seconds'])} s.")


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default=os.environ.get("BENCH_SCALE") or "full", choices=sorted(SCALES))
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", ""))
    args = parser.parse_args(argv)
    missing = measure.wrk_missing()
    if missing:
        print(missing, file=sys.stderr)
        return 2
    try:
        run(SCALES[args.scale], args.database_url)
    except subprocess.CalledProcessError as error:
        command = " ".join(str(part) for part in error.cmd[:3])
        print(f"FEHLER: {command} … endete mit Status {error.returncode} (siehe oben).", file=sys.stderr)
        return 1
    except (measure.MeasureError, RuntimeError) as error:
        print(f"\nFEHLER: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
