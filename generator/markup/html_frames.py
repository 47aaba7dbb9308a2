"""The containers an HTML fragment's blocks are gathered in, and how each closes into a block.

:mod:`generator.markup.html` walks a fragment's tags with a stack of open containers
("frames"): the fragment itself, a list item or a quote (:class:`Flow`), a list
(:class:`ListFrame`), a table (:class:`TableFrame`) and its cells (:class:`Cell`), a
``<pre>`` block (:class:`Pre`). This module holds those frames and
:func:`close_frame`, which turns a finished frame into a block of its parent: a
:class:`~generator.document.Paragraph`, :class:`~generator.document.ListBlock`,
:class:`~generator.document.Quote`, :class:`~generator.document.Table` or
:class:`~generator.document.CodeBlock`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..document import (
    Block,
    Blocks,
    Break,
    CodeBlock,
    Inline,
    Inlines,
    ListBlock,
    Paragraph,
    Quote,
    Table,
    Text,
    merge_text,
    strip_inlines,
)
from .html_inline import Attrs, InlineBuilder, attribute


def tidy(inlines: Inlines) -> Inlines:
    """HTML's white space: runs of spaces across tags count once, none at either end."""
    out: list[Inline] = []
    for node in merge_text(inlines):
        if isinstance(node, Text):
            node = Text(re.sub(" {2,}", " ", node.text))
        if isinstance(node, Text) and out:
            previous = out[-1]
            ends_space = (isinstance(previous, Text) and previous.text.endswith(" ")) or (
                isinstance(previous, Break)
            )
            if ends_space:
                node = Text(node.text.lstrip(" "))
        out.append(node)
    return strip_inlines(tuple(out))


def code_language(attrs: Attrs) -> str:
    """The language a ``<pre>`` or ``<code>`` names in ``class="language-x"`` (or ``lang-x``)."""
    for name in attribute(attrs, "class").split():
        for prefix in ("language-", "lang-"):
            if name.startswith(prefix):
                return name[len(prefix) :]
    return ""


@dataclass
class Flow:
    """A container of blocks: the fragment itself, a list item, a quote."""

    tag: str
    blocks: list[Block] = field(default_factory=list)
    inlines: InlineBuilder = field(default_factory=InlineBuilder)

    def flush(self) -> None:
        """End the open paragraph: its inline content, if any, becomes a block."""
        content = tidy(self.inlines.finish())
        if content:
            self.blocks.append(Paragraph(content))


@dataclass
class ListFrame:
    """An open ``<ul>`` or ``<ol>``: its finished items."""

    ordered: bool
    start: int
    items: list[Blocks] = field(default_factory=list)


@dataclass
class Cell:
    """An open table cell or caption; tables nested in it are flattened to its text."""

    header: bool
    caption: bool = False
    inlines: InlineBuilder = field(default_factory=InlineBuilder)
    nested_tables: int = 0


@dataclass
class TableFrame:
    """An open ``<table>``: its finished rows, the open row and the caption."""

    rows: list[tuple[bool, list[Inlines]]] = field(default_factory=list)
    """Each row: whether it is a head row (in ``<thead>`` or all ``<th>``), and its cells."""
    row: list[Inlines] | None = None
    row_headers: list[bool] = field(default_factory=list)
    in_head: bool = False
    caption: Inlines = ()

    def end_row(self) -> None:
        """End the open row, if it has cells."""
        if self.row is not None and self.row:
            is_head = self.in_head or all(self.row_headers)
            self.rows.append((is_head, self.row))
        self.row, self.row_headers = None, []

    def table(self) -> Table | None:
        """The finished table (its first row the head if it is a head row), or None if empty."""
        self.end_row()
        if not self.rows:
            return None
        head: tuple[Inlines, ...] = ()
        rows = self.rows
        if rows[0][0]:
            head, rows = tuple(rows[0][1]), rows[1:]
        return Table(head, tuple(tuple(cells) for _, cells in rows))


@dataclass
class Pre:
    """An open ``<pre>`` block: its text as written, and its language."""

    parts: list[str] = field(default_factory=list)
    language: str = ""


Frame = Flow | ListFrame | Cell | TableFrame | Pre


def close_frame(frame: Frame, parent: Frame) -> None:
    """Turn a finished ``frame`` into what it adds to ``parent`` (a block, an item, a cell)."""
    if isinstance(frame, Flow):
        frame.flush()
        if frame.tag == "li":
            assert isinstance(parent, ListFrame)
            parent.items.append(tuple(frame.blocks))
        elif frame.blocks:
            _add_block(parent, Quote(tuple(frame.blocks)))
    elif isinstance(frame, ListFrame):
        if frame.items:
            _add_block(parent, ListBlock(frame.ordered, tuple(frame.items), frame.start))
    elif isinstance(frame, Cell):
        assert isinstance(parent, TableFrame)
        content = tidy(frame.inlines.finish())
        if frame.caption:
            parent.caption = content
        else:
            assert parent.row is not None
            parent.row.append(content)
            parent.row_headers.append(frame.header)
    elif isinstance(frame, TableFrame):
        if frame.caption:
            _add_block(parent, Paragraph(frame.caption))
        table = frame.table()
        if table is not None:
            _add_block(parent, table)
    else:
        code = "".join(frame.parts).strip("\n")
        if code.strip():
            _add_block(parent, CodeBlock(code, frame.language))


def _add_block(parent: Frame, block: Block) -> None:
    if isinstance(parent, Flow):
        parent.flush()
        parent.blocks.append(block)
