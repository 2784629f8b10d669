"""Reading rendered HTML in tests: the start tags of a page, in document order."""

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
