"""Inline HTML as inline content: the builder both HTML fragments and Markdown readers use.

Markdown hands inline HTML over tag by tag (``<b>``, then Markdown text, then
``</b>``), and an HTML fragment's paragraphs are runs of the same tags; both feed an
:class:`InlineBuilder`, which keeps ``<b>``/``<strong>``, ``<i>``/``<em>``, ``<code>``,
``<br>``, safe links and images and drops every other tag (text kept), ``<script>`` and
``<style>`` with their content. See :mod:`generator.markup.html` for blocks.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from ..document import (
    Break,
    Code,
    Emphasis,
    Image,
    Inline,
    Inlines,
    Link,
    Strong,
    Text,
    inline_text,
    merge_text,
    safe_url,
)

Attrs = list[tuple[str, str | None]]

DROPPED_WITH_CONTENT = frozenset({"script", "style", "template", "noscript", "iframe", "object"})
PARAGRAPH_BREAKS = frozenset(
    {
        "p", "div", "hr", "section", "article", "header", "footer", "main", "nav", "aside",
        "details", "summary", "figure", "figcaption", "center", "address", "dl", "dt", "dd",
        "form", "fieldset", "legend",
    }
)  # fmt: skip
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
INLINE_TAGS = {
    "b": "strong",
    "strong": "strong",
    "i": "em",
    "em": "em",
    "code": "code",
    "tt": "code",
    "kbd": "code",
    "samp": "code",
}
WHITE_SPACE = re.compile(r"[ \t\n\r\f]+")


def attribute(attrs: Attrs, name: str) -> str:
    """The value of attribute ``name`` ('' when absent)."""
    for key, value in attrs:
        if key == name and value is not None:
            return value
    return ""


def _image(attrs: Attrs) -> Inline | None:
    alt = " ".join(attribute(attrs, "alt").split())
    url = safe_url(attribute(attrs, "src"))
    if url:
        return Image(url, alt)
    return Text(alt) if alt else None


class InlineBuilder:
    """Builds inline content from nodes, text and inline tag events, in document order.

    Tags may be unbalanced: a closing tag with no open match is ignored, and
    :meth:`finish` closes whatever is still open.
    """

    def __init__(self) -> None:
        self._stack: list[tuple[str, str, list[Inline]]] = [("", "", [])]

    def add(self, node: Inline) -> None:
        """Append a finished node to the innermost open element."""
        self._stack[-1][2].append(node)

    def text(self, text: str) -> None:
        """Append plain text."""
        if text:
            self.add(Text(text))

    @property
    def skipping(self) -> bool:
        """Whether content is being dropped (inside ``<script>`` or ``<style>``)."""
        return any(kind == "skip" for kind, _, _ in self._stack)

    def start(self, tag: str, attrs: Attrs) -> None:
        """An inline start tag: open an element, or add a break or an image."""
        if tag in DROPPED_WITH_CONTENT:
            self._stack.append(("skip", tag, []))
        elif tag == "br":
            self.add(Break(hard=True))
        elif tag == "sup":  # O(n<sup>2</sup>) reads O(n^2), not O(n2)
            self.text("^")
        elif tag == "img":
            image = _image(attrs)
            if image is not None:
                self.add(image)
        elif tag in HEADINGS:
            self._stack.append(("strong", tag, []))
        elif tag == "a":
            url = safe_url(attribute(attrs, "href"))
            # A link frame keeps its URL where other frames keep their tag.
            self._stack.append(("link", url, []) if url else ("plain", tag, []))
        elif tag in INLINE_TAGS:
            self._stack.append((INLINE_TAGS[tag], tag, []))

    def end(self, tag: str) -> None:
        """An inline end tag: close the innermost element it opened, if any is open."""
        for depth in range(len(self._stack) - 1, 0, -1):
            if self._stack[depth][1] == tag or (self._stack[depth][0] == "link" and tag == "a"):
                while len(self._stack) > depth:
                    self._close()
                return

    def _close(self) -> None:
        kind, tag_or_url, children = self._stack.pop()
        if kind == "skip":
            return
        if kind == "code":
            text = inline_text(tuple(children))
            if text.strip():
                self.add(Code(text))
            return
        inner = merge_text(tuple(children))
        if kind == "plain":
            for node in inner:
                self.add(node)
            return
        lead, core, trail = _split_space(inner)
        if not core:
            self.text(lead + trail)
            return
        self.text(lead)
        if kind == "strong":
            self.add(Strong(core))
        elif kind == "em":
            self.add(Emphasis(core))
        else:
            self.add(Link(tag_or_url, core))
        self.text(trail)

    def finish(self) -> Inlines:
        """Close what is open and return the content so far (the builder starts afresh)."""
        while len(self._stack) > 1:
            self._close()
        out = merge_text(tuple(self._stack[0][2]))
        self._stack = [("", "", [])]
        return out


def _split_space(inlines: Inlines) -> tuple[str, Inlines, str]:
    """Leading space, the content, trailing space (``<b> x </b>`` is `` **x** ``)."""
    items = list(inlines)
    lead = trail = ""
    if items and isinstance(items[0], Text):
        text = items[0].text
        lead = text[: len(text) - len(text.lstrip())]
        items[0] = Text(text.lstrip())
    if items and isinstance(items[-1], Text):
        text = items[-1].text
        trail = text[len(text.rstrip()) :]
        items[-1] = Text(text.rstrip())
    return lead, merge_text(tuple(items)), trail


class InlineHtml(HTMLParser):
    """Feeds inline HTML pieces (``<b>``, ``</b>``, ``<br/>``) into an :class:`InlineBuilder`.

    Markdown parsers hand inline HTML over tag by tag, with Markdown text in between;
    feeding each tag here and adding the text to :attr:`builder` keeps them in order.
    """

    def __init__(self, builder: InlineBuilder) -> None:
        super().__init__(convert_charrefs=True)
        self.builder = builder

    def handle_starttag(self, tag: str, attrs: Attrs) -> None:
        """Open an inline element (others are dropped)."""
        self.builder.start(tag, attrs)

    def handle_startendtag(self, tag: str, attrs: Attrs) -> None:
        """``<br/>``, ``<img/>``: no content to wait for."""
        if tag in ("br", "img"):
            self.builder.start(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        """Close the matching inline element."""
        self.builder.end(tag)

    def handle_data(self, data: str) -> None:
        """Text inside an HTML piece (rare: markup normally comes tag by tag)."""
        if not self.builder.skipping:
            self.builder.text(WHITE_SPACE.sub(" ", data))
