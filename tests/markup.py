"""Reading rendered HTML in tests: start tags, the heading, the language a page reads in."""

import re
from html.parser import HTMLParser


class _StartTags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def start_tags(html):
    """Every start tag of ``html`` as ``(name, {attribute: value})``."""
    parser = _StartTags()
    parser.feed(html)
    return parser.tags


UNTRANSLATED_NOTICE = "translation-notice--untranslated"


def heading(html, raw=False):
    """The page's <h1>: its text, or with `raw` the whole element with its attributes."""
    match = re.search(r"<h1[^>]*>.*?</h1>", html, re.S)
    if match is None:
        return ""
    return match[0] if raw else re.sub(r"<[^>]+>", "", match[0]).strip()


def assert_reads_in_language(html, is_alias, german_title=None):
    """A page in another language is written in it, or German with the notice and marked lang="de".

    `german_title`: the German page's title, which a translated heading must not repeat (None for
    a page whose title is a name, as a Sozialraum's start page).
    """
    h1 = heading(html, raw=True)
    assert h1, "keine Überschrift"
    if is_alias:
        assert UNTRANSLATED_NOTICE in html
        assert 'lang="de"' in h1, h1
    else:
        assert UNTRANSLATED_NOTICE not in html
        assert 'lang="de"' not in h1, h1
        if german_title is not None:
            assert heading(html) != german_title, german_title
