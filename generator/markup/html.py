"""HTML fragments (Anki fields, raw HTML inside Markdown) as answer trees.

Raw HTML from a source never reaches a page as HTML: it is parsed here, with the
standard library's :mod:`html.parser`, into the tree of :mod:`generator.document`,
and the renderer escapes the tree's text later, once. What survives:

- ``<table>`` → :class:`Table` (the first row is the head when it sits in
  ``<thead>`` or holds only ``<th>`` cells), ``<pre>`` → :class:`CodeBlock`
  (language from ``class="language-x"``), ``<ul>``/``<ol>``/``<li>`` → :class:`ListBlock`,
  ``<blockquote>`` → :class:`Quote`, ``<h1>``–``<h6>`` → a bold paragraph;
- ``<p>``, ``<div>``, ``<hr>`` and the other block tags end a paragraph;
- ``<b>``/``<strong>``, ``<i>``/``<em>``, ``<code>`` → :class:`Strong`, :class:`Emphasis`,
  :class:`Code`; ``<br>`` → a hard :class:`Break` (a space inside a table cell);
- ``<a href>`` → :class:`Link` for http, https, mailto and relative URLs only; any other
  scheme (``javascript:``, ``data:``, ``vbscript:``…) keeps just the link text;
- ``<img src>`` → :class:`Image` by URL, never fetched (its alt text if the URL is unsafe).

``<script>`` and ``<style>`` are dropped with their content; ``<sup>`` becomes a ``^``
before its text; every other tag is dropped and its text kept as :class:`Text`.
Entities are decoded: ``&lt;script&gt;`` is the text ``<script>``, shown as written.
This module walks the tags. Inline tags are handled by
:mod:`generator.markup.html_inline`; the open containers (list item, list, table, cell,
``<pre>``) and the blocks they close into live in :mod:`generator.markup.html_frames`.
"""

from __future__ import annotations

from html.parser import HTMLParser

from ..document import (
    Blocks,
    Break,
    Code,
    CodeBlock,
    Inline,
    Inlines,
    ListBlock,
    Math,
    MathBlock,
    Paragraph,
    Quote,
    Table,
    Text,
    strip_inlines,
)
from .html_frames import Cell, Flow, Frame, ListFrame, Pre, TableFrame, close_frame, code_language
from .html_inline import (
    DROPPED_WITH_CONTENT,
    HEADINGS,
    INLINE_TAGS,
    PARAGRAPH_BREAKS,
    WHITE_SPACE,
    Attrs,
    attribute,
)


class _BlockParser(HTMLParser):
    """Turns a fragment into blocks with a stack of open containers."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Flow("")
        self.stack: list[Frame] = [self.root]
        self.skip: str | None = None

    # -- events

    def handle_starttag(self, tag: str, attrs: Attrs) -> None:
        if self.skip:
            return
        if tag in DROPPED_WITH_CONTENT:
            self.skip = tag
            return
        top = self.stack[-1]
        if isinstance(top, Pre):
            if tag == "br":
                top.parts.append("\n")
            elif tag == "code" and not top.language:
                top.language = code_language(attrs)
        elif isinstance(top, Cell):
            self._in_cell(top, tag, attrs)
        elif isinstance(top, TableFrame):
            self._in_table(top, tag, attrs)
        elif isinstance(top, ListFrame):
            if tag == "li":
                self.stack.append(Flow("li"))
            else:  # content outside an item: give it one
                self.stack.append(Flow("li"))
                self.handle_starttag(tag, attrs)
        else:
            self._in_flow(top, tag, attrs)

    def handle_startendtag(self, tag: str, attrs: Attrs) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in ("br", "img", "hr"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            if tag == self.skip:
                self.skip = None
            return
        top = self.stack[-1]
        if isinstance(top, Pre) and tag != "pre":
            return
        if isinstance(top, Cell) and top.nested_tables:
            if tag == "table":
                top.nested_tables -= 1
            top.inlines.text(" ")
            return
        target = self._matching(tag)
        if target is not None:
            while len(self.stack) > target:
                self._pop()
            return
        if tag == "tr" and isinstance(top, TableFrame):
            top.end_row()
        elif tag in ("thead",) and isinstance(top, TableFrame):
            top.end_row()
            top.in_head = False
        elif isinstance(top, Flow):
            if tag in HEADINGS:
                top.inlines.end(tag)
                top.flush()
            elif tag in PARAGRAPH_BREAKS:
                top.flush()
            else:
                top.inlines.end(tag)
        elif isinstance(top, Cell):
            top.inlines.end(tag)

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        top = self.stack[-1]
        if isinstance(top, Pre):
            top.parts.append(data)
            return
        if isinstance(top, ListFrame | TableFrame):
            if not data.strip():
                return
            if isinstance(top, ListFrame):
                self.stack.append(Flow("li"))
            else:
                self._open_cell(top, header=False)
            top = self.stack[-1]
        assert isinstance(top, Flow | Cell)
        top.inlines.text(WHITE_SPACE.sub(" ", data))

    # -- per context

    def _in_flow(self, top: Flow, tag: str, attrs: Attrs) -> None:
        if tag in ("ul", "ol"):
            top.flush()
            start = attribute(attrs, "start")
            self.stack.append(ListFrame(tag == "ol", int(start) if start.isdigit() else 1))
        elif tag == "li":
            top.flush()
            if top.tag == "li":  # an open item ends where the next one starts
                self._pop()
                self.stack.append(Flow("li"))
        elif tag == "table":
            top.flush()
            self.stack.append(TableFrame())
        elif tag == "pre":
            top.flush()
            self.stack.append(Pre(language=code_language(attrs)))
        elif tag == "blockquote":
            top.flush()
            self.stack.append(Flow("blockquote"))
        elif tag in HEADINGS:
            top.flush()
            top.inlines.start(tag, attrs)
        elif tag in PARAGRAPH_BREAKS:
            top.flush()
        else:
            top.inlines.start(tag, attrs)

    def _in_table(self, top: TableFrame, tag: str, attrs: Attrs) -> None:
        if tag == "tr":
            top.end_row()
            top.row = []
        elif tag in ("td", "th"):
            self._open_cell(top, header=tag == "th")
        elif tag == "thead":
            top.in_head = True
        elif tag in ("tbody", "tfoot"):
            top.end_row()
            top.in_head = False
        elif tag == "caption":
            self.stack.append(Cell(header=False, caption=True))
        elif tag not in ("colgroup", "col"):
            self._open_cell(top, header=False)
            self.handle_starttag(tag, attrs)

    def _open_cell(self, table: TableFrame, header: bool) -> None:
        if table.row is None:
            table.row = []
        self.stack.append(Cell(header))

    def _in_cell(self, top: Cell, tag: str, attrs: Attrs) -> None:
        if top.nested_tables:
            top.inlines.text(" ")
            if tag == "table":
                top.nested_tables += 1
            return
        if tag in ("td", "th", "tr"):  # an open cell ends where the next one starts
            self._pop()
            self.handle_starttag(tag, attrs)
        elif tag == "table":
            top.nested_tables = 1
            top.inlines.text(" ")
        elif tag == "br":
            top.inlines.text(" ")
        elif tag in ("img", "a", "sup") or tag in INLINE_TAGS:
            top.inlines.start(tag, attrs)
        elif tag in PARAGRAPH_BREAKS or tag in HEADINGS or tag in ("li", "ul", "ol", "pre"):
            top.inlines.text(" ")

    # -- the stack

    def _matching(self, tag: str) -> int | None:
        """The stack index of the innermost container ``tag`` closes, if one is open."""
        for index in range(len(self.stack) - 1, 0, -1):
            frame = self.stack[index]
            if (
                (isinstance(frame, Flow) and frame.tag == tag)
                or (isinstance(frame, ListFrame) and tag in ("ul", "ol"))
                or (isinstance(frame, TableFrame) and tag == "table")
                or (isinstance(frame, Cell) and tag in ("td", "th", "caption"))
                or (isinstance(frame, Pre) and tag == "pre")
            ):
                return index
            if isinstance(frame, TableFrame) and tag in ("td", "th", "tr"):
                return None
        return None

    def _pop(self) -> None:
        frame = self.stack.pop()
        close_frame(frame, self.stack[-1])

    def result(self) -> Blocks:
        self.close()
        while len(self.stack) > 1:
            self._pop()
        self.root.flush()
        return tuple(self.root.blocks)


def html_to_blocks(html: str) -> Blocks:
    """The blocks of an HTML fragment (see the module docstring for what each tag becomes)."""
    parser = _BlockParser()
    parser.feed(html)
    return parser.result()


def html_to_inlines(html: str) -> Inlines:
    """An HTML fragment as one run of inline content (an Anki front field, a title).

    Block boundaries (paragraphs, list items, table rows) become hard breaks; a
    ``<pre>`` block becomes inline code.
    """
    out: list[Inline] = []
    for block in _flatten(html_to_blocks(html)):
        if out:
            out.append(Break(hard=True))
        out.extend(block)
    return strip_inlines(tuple(out))


def _flatten(blocks: Blocks) -> list[Inlines]:
    lines: list[Inlines] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            lines.append(block.children)
        elif isinstance(block, ListBlock):
            for item in block.items:
                lines.extend(_flatten(item))
        elif isinstance(block, Quote):
            lines.extend(_flatten(block.children))
        elif isinstance(block, Table):
            for row in (block.head, *block.rows):
                cells = [cell for cell in row if cell]
                line: list[Inline] = []
                for cell in cells:
                    if line:
                        line.append(Text(" | "))
                    line.extend(cell)
                if line:
                    lines.append(tuple(line))
        elif isinstance(block, CodeBlock):
            lines.append((Code(block.code),))
        elif isinstance(block, MathBlock):
            lines.append((Math(block.latex),))
    return lines
