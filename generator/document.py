"""Answers as a document tree: the blocks and inline pieces every stage works on.

Readers build these trees, stages transform them, and Markdown is written once,
when a question file is rendered (:mod:`generator.markup.markdown`). Text held here is
plain text, never Markdown: a ``*`` in a :class:`Text` is a star to show, not
emphasis. Like :mod:`generator.model`, this module imports nothing from the rest
of the package.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})

# ----------------------------------------------------------------------------- inline


@dataclass(frozen=True)
class Text:
    """Plain text, shown as written."""

    text: str


@dataclass(frozen=True)
class Code:
    """Inline code."""

    text: str


@dataclass(frozen=True)
class Math:
    """Inline math, as LaTeX without delimiters."""

    latex: str


@dataclass(frozen=True)
class Strong:
    """Bold text."""

    children: tuple[Inline, ...]


@dataclass(frozen=True)
class Emphasis:
    """Italic text."""

    children: tuple[Inline, ...]


@dataclass(frozen=True)
class Link:
    """A link to ``url`` (http, https, mailto or relative; never ``javascript:``)."""

    url: str
    children: tuple[Inline, ...]


@dataclass(frozen=True)
class Image:
    """An image linked by URL (never fetched)."""

    url: str
    alt: str


@dataclass(frozen=True)
class Break:
    """A line break: ``hard`` is a forced break, otherwise a soft wrap shown as a space."""

    hard: bool = False


Inline = Text | Code | Math | Strong | Emphasis | Link | Image | Break
Inlines = tuple[Inline, ...]

# ----------------------------------------------------------------------------- blocks


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of inline content."""

    children: Inlines


@dataclass(frozen=True)
class ListBlock:
    """A bullet or numbered list; each item is a sequence of blocks."""

    ordered: bool
    items: tuple[tuple[Block, ...], ...]
    start: int = 1


@dataclass(frozen=True)
class CodeBlock:
    """A fenced code block and its language ('' when none is given)."""

    code: str
    language: str = ""


@dataclass(frozen=True)
class MathBlock:
    """Display math, as LaTeX without delimiters."""

    latex: str


@dataclass(frozen=True)
class Table:
    """A table: a header row and body rows of inline cells; ``align`` per column."""

    head: tuple[Inlines, ...]
    rows: tuple[tuple[Inlines, ...], ...]
    align: tuple[str, ...] = ()  # "", "left", "center" or "right" per column


@dataclass(frozen=True)
class Quote:
    """A block quote."""

    children: tuple[Block, ...]


Block = Paragraph | ListBlock | CodeBlock | MathBlock | Table | Quote
Blocks = tuple[Block, ...]

# ----------------------------------------------------------------------------- helpers


def safe_url(url: str) -> str | None:
    """The URL if it is http(s), mailto or relative (no scheme); None for anything else."""
    url = url.strip()
    if not url or any(ord(c) < 32 for c in url):
        return None
    scheme = urlsplit(url).scheme.lower()
    if scheme and scheme not in SAFE_SCHEMES:
        return None
    if not scheme and url.lstrip().lower().startswith(("javascript", "data", "vbscript")):
        return None
    return url


def inline_text(inlines: Inlines) -> str:
    """The inline content as plain text: math as its LaTeX, images as their alt text."""
    out: list[str] = []
    for node in inlines:
        if isinstance(node, Text | Code):
            out.append(node.text)
        elif isinstance(node, Math):
            out.append(node.latex)
        elif isinstance(node, Strong | Emphasis | Link):
            out.append(inline_text(node.children))
        elif isinstance(node, Image):
            out.append(node.alt)
        else:
            out.append("\n" if node.hard else " ")
    return "".join(out)


def block_texts(blocks: Blocks) -> Iterator[str]:
    """The plain text of every paragraph, list item, cell, code and math block, in order."""
    for block in blocks:
        if isinstance(block, Paragraph):
            yield inline_text(block.children)
        elif isinstance(block, ListBlock):
            for item in block.items:
                yield from block_texts(item)
        elif isinstance(block, Quote):
            yield from block_texts(block.children)
        elif isinstance(block, Table):
            for row in (block.head, *block.rows):
                yield from (inline_text(cell) for cell in row)
        elif isinstance(block, CodeBlock):
            yield block.code
        else:
            yield block.latex


def plain_text(blocks: Blocks) -> str:
    """All the text of an answer, one space between blocks (for matching and tagging)."""
    return " ".join(t for t in block_texts(blocks) if t)


def prose_text(blocks: Blocks) -> str:
    """The answer's prose only (no code or math), for word counts and spun-text checks."""
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            parts.append(
                inline_text(tuple(n for n in block.children if not isinstance(n, Code | Math)))
            )
        elif isinstance(block, ListBlock):
            parts.extend(prose_text(item) for item in block.items)
        elif isinstance(block, Quote):
            parts.append(prose_text(block.children))
        elif isinstance(block, Table):
            parts.extend(inline_text(cell) for row in (block.head, *block.rows) for cell in row)
    return " ".join(p for p in parts if p)


def map_inlines(inlines: Inlines, fn: Callable[[Inlines], Inlines]) -> Inlines:
    """Apply ``fn`` to every run of inline content, innermost first, keeping the structure."""
    out: list[Inline] = []
    for node in inlines:
        if isinstance(node, Strong | Emphasis | Link):
            node = replace(node, children=map_inlines(node.children, fn))
        out.append(node)
    return fn(tuple(out))


def map_blocks(blocks: Blocks, fn: Callable[[Inlines], Inlines]) -> Blocks:
    """Apply ``fn`` (see :func:`map_inlines`) to the inline content of every block."""
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            block = Paragraph(map_inlines(block.children, fn))
        elif isinstance(block, ListBlock):
            block = replace(block, items=tuple(map_blocks(item, fn) for item in block.items))
        elif isinstance(block, Quote):
            block = Quote(map_blocks(block.children, fn))
        elif isinstance(block, Table):
            block = replace(
                block,
                head=tuple(map_inlines(cell, fn) for cell in block.head),
                rows=tuple(tuple(map_inlines(cell, fn) for cell in row) for row in block.rows),
            )
        out.append(block)
    return tuple(out)


def merge_text(inlines: Inlines) -> Inlines:
    """Join neighbouring :class:`Text` nodes and drop empty ones."""
    out: list[Inline] = []
    for node in inlines:
        if isinstance(node, Text):
            if not node.text:
                continue
            if out and isinstance(out[-1], Text):
                out[-1] = Text(out[-1].text + node.text)
                continue
        out.append(node)
    return tuple(out)


def strip_inlines(inlines: Inlines) -> Inlines:
    """Trim white space and breaks at both ends of inline content."""
    if len(inlines) == 1 and type(inlines[0]) is Text:  # most runs: one piece of text
        text = inlines[0].text.strip()
        return (Text(text),) if text else ()
    items = list(merge_text(inlines))
    while items and isinstance(items[0], Break):
        items.pop(0)
    while items and isinstance(items[-1], Break):
        items.pop()
    if items and isinstance(items[0], Text):
        items[0] = Text(items[0].text.lstrip())
    if items and isinstance(items[-1], Text):
        items[-1] = Text(items[-1].text.rstrip())
    return merge_text(tuple(items))


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(\"'])")


def sentences(inlines: Inlines) -> list[Inlines]:
    """Split a paragraph's inline content into sentences (at ``. ``, ``! ``, ``? ``).

    A sentence boundary is only looked for in plain text at the paragraph's top level:
    bold, links, code and math are never cut.
    """
    result: list[list[Inline]] = [[]]
    for node in inlines:
        if isinstance(node, Break) and not node.hard:
            node = Text(" ")
        if not isinstance(node, Text):
            result[-1].append(node)
            continue
        pieces = _SENTENCE_END.split(node.text)
        result[-1].append(Text(pieces[0]))
        for piece in pieces[1:]:
            result.append([Text(piece)])
    # A boundary right before a non-text node ("... end. $x$ is") is found here.
    out: list[Inlines] = []
    for parts in result:
        current: list[Inline] = []
        for k, node in enumerate(parts):
            current.append(node)
            if (
                isinstance(node, Text)
                and re.search(r"[.!?]\s+$", node.text)
                and k + 1 < len(parts)
                and not isinstance(parts[k + 1], Text)
            ):
                out.append(strip_inlines(tuple(current)))
                current = []
        out.append(strip_inlines(tuple(current)))
    return [s for s in out if s]


def is_empty(blocks: Blocks) -> bool:
    """Whether an answer has no text at all."""
    return not any(t.strip() for t in block_texts(blocks))


def links_only(blocks: Blocks) -> bool:
    """Whether an answer is nothing but links (a pointer elsewhere, not an answer)."""
    found_link = False
    for block in blocks:
        if isinstance(block, ListBlock):
            for item in block.items:
                if not links_only(item):
                    return False
                found_link = True
            continue
        if not isinstance(block, Paragraph):
            return False
        for node in block.children:
            if isinstance(node, Link):
                found_link = True
            elif (isinstance(node, Text) and node.text.strip(" :-–—|·•()[]")) or not isinstance(
                node, Text | Break
            ):
                return False
    return found_link


def is_answer(blocks: Blocks) -> bool:
    """Whether blocks answer a question: some text that is not only links."""
    return not is_empty(blocks) and not links_only(blocks)
