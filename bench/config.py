"""The sizes of a benchmark, where its database lives, and the fingerprint that names that database.

Imports nothing of Django: the run (`__main__`) decides from here whether a database seeded before
still fits, before any Django process starts.
"""

import hashlib
from dataclasses import asdict, dataclass
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
# Seeded databases, their pictures and the reports of other scales than "full" (in .gitignore).
BENCH_DIR = BASE_DIR / ".bench"
# The report of the full benchmark, committed with the numbers of its last run.
REPORT = BASE_DIR / "docs" / "benchmarks.md"


@dataclass(frozen=True)
class Scale:
    name: str
    sozialraeume: int
    events_per_sozialraum: int
    entries: int
    news: int
    pictures: int
    # Seconds of each measured wrk run, and of the run before it that warms the workers up.
    seconds: int
    warmup_seconds: int
    # Every nth news item and every nth event of a Sozialraum is really translated (en, tr, ar);
    # the others have the aliases wagtail-localize gives every German page.
    translate_every_news: int = 10
    translate_every_event: int = 50


SCALES = {
    # The size of the portal in production (issue 18).
    "full": Scale(
        "full",
        sozialraeume=11,
        events_per_sozialraum=300,
        entries=500,
        news=200,
        pictures=12,
        seconds=5,
        warmup_seconds=1,
    ),
    # Only to see that the benchmark works (CI): about a minute.
    "tiny": Scale(
        "tiny",
        sozialraeume=2,
        events_per_sozialraum=10,
        entries=20,
        news=10,
        pictures=3,
        seconds=1,
        warmup_seconds=0,
    ),
}

# Fields of a scale that change the measuring, not the data.
RUN_FIELDS = ("seconds", "warmup_seconds")
# What the seeded data depends on: the seed code, the demo texts and lists it reads, the code that
# builds the sites, and the schema (the project's migrations; the packages' versions pin theirs).
FINGERPRINT_FILES = (
    "bench/seed.py",
    "bench/dataset.py",
    "bench/schema.py",
    "bench/manifest.py",
    "bench/config.py",
    "requirements.txt",
    "fixtures/**/*",
    "home/setup/*.py",
    "home/demo/*.py",
    "*/migrations/*.py",
    "*/*/migrations/*.py",
)


def fingerprint(scale):
    """A hash of everything the seeded database depends on: a change means seeding again."""
    data = {name: value for name, value in asdict(scale).items() if name not in RUN_FIELDS}
    digest = hashlib.sha256(repr(sorted(data.items())).encode())
    paths = sorted({path for pattern in FINGERPRINT_FILES for path in BASE_DIR.glob(pattern)})
    for path in paths:
        relative = path.relative_to(BASE_DIR)
        if path.is_file() and relative.parts[0] != ".venv":
            digest.update(str(relative).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
