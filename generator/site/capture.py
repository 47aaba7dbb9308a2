"""Pieces of built HTML: the inner HTML of one element, found by its id.

The quiz deck carries every answer as the site rendered it; the plugin takes each one from
its page's HTML with :func:`inner_html`.
"""

from __future__ import annotations

from html.parser import HTMLParser


class _ElementCapture(HTMLParser):
    """Find the inner HTML of the first element with a given id."""

    def __init__(self, element_id: str) -> None:
        super().__init__(convert_charrefs=False)
        self.element_id = element_id
        self.depth = 0
        self.start: int | None = None
        self.end: int | None = None
        self.offsets: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.end is not None or tag in ("br", "img", "hr", "input", "meta", "link", "wbr"):
            return
        if self.start is None:
            if dict(attrs).get("id") == self.element_id:
                self.start = self._offset() + len(self.get_starttag_text() or "")
                self.depth = 1
        else:
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if self.start is None or self.end is not None:
            return
        self.depth -= 1
        if self.depth == 0:
            self.end = self._offset()

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.offsets[line - 1] + column

    def capture(self, text: str) -> str:
        offsets, total = [], 0
        for line in text.splitlines(keepends=True):
            offsets.append(total)
            total += len(line)
        self.offsets = offsets or [0]
        self.feed(text)
        self.close()
        if self.start is None or self.end is None:
            return ""
        return text[self.start : self.end].strip()


def inner_html(document: str, element_id: str) -> str:
    """The inner HTML of the element with ``element_id`` in ``document`` ('' if absent)."""
    return _ElementCapture(element_id).capture(document)
