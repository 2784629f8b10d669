"""Malformed input for the fuzz tests: a seeded generator, so a failure repeats with its seed.

`malformed(rng)` gives one bad value: control characters and NUL, invalid UTF-8, very long text,
markup and script, SQL, right-to-left and zero-width characters, odd numbers, impossible dates
and times, template syntax, broken e-mail and web addresses. `Mutation` turns a valid form into
a malformed request: some or all fields replaced, fields left out or sent twice, array-style and
unknown names. Requests are encoded by hand (`encode_pairs`), so that they can carry what
Django's test client would refuse to build: lone surrogates become invalid UTF-8 bytes.

Every piece of markup carries the word "fuzz" in its tag; `MARKUP` finds such a tag in a page
that did not escape it.
"""

import random
import re
from urllib.parse import quote_plus

SEED = 20261203
# The tags of MARKUP_VALUES as they would stand in a page that did not escape them.
RAW_TAGS = [
    "<script>fuzz",
    "<script fuzz",
    "<img src=x onerror=fuzz",
    "<svg/onload=fuzz",
    "<iframe src=javascript:fuzz",
    "<b>fuzz",
    "<i>fuzz",
    '<a href="javascript:fuzz',
    "<p style=x:expression(fuzz",
]
MARKUP = re.compile("|".join(re.escape(tag) for tag in RAW_TAGS), re.IGNORECASE)
# Markup as stored text: a "<" that opens a tag.
STORED_MARKUP = re.compile(r"<[a-zA-Z/!?]")

CONTROL = [
    "\x00",
    "Treff\x00punkt",
    "\x00" * 50,
    "\x01\x02\x07\x08",
    "\x1b[31mrot\x1b[0m",
    "\x7f",
    "\x0b\x0c",
    "\r\n\r\n\r\n",
    "\t" * 30,
    "\x85\u2028\u2029",
]
INVALID_UTF8 = [
    "\ud800",  # a lone surrogate: encoded with surrogatepass, bytes that are not UTF-8
    "Kalk\udfffNord",
    "\udcff\udcfe",
]
LONG = [
    "A" * 121,
    "B" * 161,
    "C" * 256,
    "D" * 601,
    "E" * 1001,
    "F" * 3001,
    "G" * 10_000,
    "Zeile\n" * 2_000,
    "<b>" * 2_000,
    "ä" * 5_000,
]
MARKUP_VALUES = [
    "<script>fuzz(1)</script>",
    '"><script>fuzz(2)</script>',
    "'><img src=x onerror=fuzz(3)>",
    "<svg/onload=fuzz(4)>",
    "<iframe src=javascript:fuzz(5)></iframe>",
    "<b>fuzz</b><i>fuzz</i>",
    '<a href="javascript:fuzz(6)">Klick</a>',
    "<scr<script>ipt>fuzz(7)</script>",
    "<script>fuzz(8)",
    "<img src=x onerror=fuzz(9)",
    "<!--fuzz--><script fuzz>",
    "&lt;script&gt;fuzz(10)&lt;/script&gt;",
    "<p style=x:expression(fuzz(11))>",
    "javascript:fuzz(12)",
    "data:text/html,<script>fuzz(13)</script>",
]
SQL = [
    "' OR '1'='1",
    "'; DROP TABLE mitmachen_submission; --",
    '" OR ""="',
    "1' UNION SELECT password FROM auth_user--",
    "%",
    "_",
    "\\",
    "%' AND 1=0 --",
]
UNICODE = [
    "\u202eevil\u202c",
    "\u200b\u200c\u200d\u2060",
    "\ufeff",
    "𝕵𝖚𝖓𝖐",
    "﷽",
    "e" + "\u0301" * 60,
    "🎉👩‍👩‍👧🏳️‍🌈",
    "ﬁ Ⅻ İı",
    "Köln-Mülheim Straße ÄÖÜäöüß",
    "مرحبا بالعالم",
]
NUMBERS = [
    "-1",
    "0",
    "-0",
    "+1",
    "1e309",
    "NaN",
    "Infinity",
    "99999999999999999999999999",
    "0x1F",
    "١٢٣",
    "１２",
]
DATES = [
    "2026-02-30",
    "0000-00-00",
    "9999-12-31",
    "10000-01-01",
    "31.12.99999",
    "1.1.1",
    "2026-13-01",
    "24.12.2026x",
    "-2026-01-01",
    "2026-W01",
    "heute",
    "1969-12-31",
]
TIMES = ["25:00", "24:00", "12:60", "-1:00", "12.5", "9", "99:99:99", "12:00:00.000000001", "Mittag"]
TEMPLATES = ["{{ request.user }}", "{% debug %}", "%s%s%s%n", "{0.__class__}", "${7*7}", "#{7*7}"]
EMAILS = [
    "@",
    "a@",
    "a@b",
    "x@" + "c" * 300 + ".de",
    "<script>fuzz(14)</script>@example.org",
    "a@exa mple.org",
    '"a b"@example.org',
    "a@[127.0.0.1]",
    "ä@köln.de",
    "a@b@c.de",
]
URLS = [
    "http://",
    "http://[::1",
    "https://example.org/" + "a" * 300,
    "//evil.example",
    "http://localhost:99999",
    "ftp://example.org/",
    "https://exa mple.org",
]
PATHS = ["../../etc/passwd", "kalk/../../", "a b", "ÄÖÜ", "/", "."]
EMPTY = ["", " ", "\n", "\u00a0"]

CATALOGUE = [
    *CONTROL,
    *INVALID_UTF8,
    *LONG,
    *MARKUP_VALUES,
    *SQL,
    *UNICODE,
    *NUMBERS,
    *DATES,
    *TIMES,
    *TEMPLATES,
    *EMAILS,
    *URLS,
    *PATHS,
    *EMPTY,
]
# Rarely: a value large enough to reach Django's limits of a request.
HUGE = ["H" * 100_000, "<script>fuzz(15)</script>" * 4_000]


def malformed(rng):
    """One malformed value; now and then two glued together around ordinary text."""
    roll = rng.random()
    if roll < 0.01:
        return rng.choice(HUGE)
    if roll < 0.8:
        return rng.choice(CATALOGUE)
    return rng.choice(CATALOGUE) + rng.choice(["Fest", " ", "51103", "Kalk"]) + rng.choice(CATALOGUE)


def encode(text):
    return text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")


def encode_pairs(pairs):
    """A query string or urlencoded body from (name, value) pairs; names may repeat."""
    return "&".join(f"{quote_plus(encode(name))}={quote_plus(encode(value))}" for name, value in pairs)


class Mutation:
    """Malformed requests from valid form data; `inputs` counts the malformed values sent so far."""

    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        self.inputs = 0

    def value(self):
        self.inputs += 1
        return malformed(self.rng)

    def pairs(self, valid, fields):
        """(name, value) pairs: `valid` (a dict) with some of `fields` malformed, left out or repeated."""
        rng = self.rng
        data = dict(valid)
        mode = rng.random()
        if mode < 0.5:
            chosen = list(fields)  # every field at once
        else:
            chosen = rng.sample(list(fields), k=min(len(fields), rng.randint(1, 3)))
        for name in chosen:
            data[name] = self.value()
        pairs = list(data.items())
        if rng.random() < 0.15:
            pairs = [pair for pair in pairs if rng.random() < 0.6]  # fields left out
        if rng.random() < 0.15:
            name = rng.choice(list(fields))
            pairs += [(name, self.value()) for _ in range(rng.randint(1, 3))]  # sent twice or more
        if rng.random() < 0.1:
            name = rng.choice(list(fields))
            pairs += [(f"{name}[]", self.value()), (f"{name}[0]", self.value())]  # array-style names
        if rng.random() < 0.1:
            pairs.append((self.value(), self.value()))  # a name nobody asked for
        if rng.random() < 0.02:
            pairs = []
        return pairs
