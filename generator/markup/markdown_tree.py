"""Markdown sources as answer trees: the parser and the conversion of its nodes.

Every Markdown reader parses its source once with markdown-it-py (CommonMark plus
tables and ``$…$`` / ``$$…$$`` math from mdit-py-plugins); the top-level nodes know
their lines through ``node.map``, and :mod:`generator.ingest.readers.markdown_questions`
cuts them into questions. This module turns nodes into :mod:`generator.document`
trees: raw HTML goes through :mod:`generator.markup.html` (so it never survives as
HTML), headings inside an answer become bold paragraphs, thematic breaks are dropped,
links with any scheme but http, https and mailto (or none) lose the link and keep
their text, images stay links to their URL.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode
from mdit_py_plugins.dollarmath import dollarmath_plugin

from ..document import (
    Block,
    Blocks,
    Break,
    Code,
    CodeBlock,
    Emphasis,
    Image,
    Inlines,
    Link,
    ListBlock,
    Math,
    MathBlock,
    Paragraph,
    Quote,
    Strong,
    Table,
    Text,
    inline_text,
    map_inlines,
    safe_url,
    strip_inlines,
)
from .html import html_to_blocks
from .html_inline import InlineBuilder, InlineHtml

Node = SyntaxTreeNode


def _parser() -> MarkdownIt:
    parser = (
        MarkdownIt("commonmark", {"html": True})
        .enable("table")
        .enable("strikethrough")
        .use(dollarmath_plugin, allow_space=True, double_inline=True)
    )
    # Parse every link as a link, so that one with a bad scheme keeps its text and loses
    # its URL here (safe_url) instead of showing up as literal "[text](javascript:…)".
    parser.validateLink = lambda url: True  # type: ignore[method-assign]
    return parser


_PARSER = _parser()


def parse(text: str) -> list[Node]:
    """The top-level nodes of a Markdown text; ``node.map`` holds each node's lines."""
    return SyntaxTreeNode(_PARSER.parse(text)).children


def line_of(node: Node) -> int:
    """The 1-based line a node starts on."""
    return node.map[0] + 1 if node.map else 0


def heading_level(node: Node) -> int:
    """1 for ``#``, 6 for ``######``; 0 if the node is no heading."""
    return int(node.tag[1]) if node.type == "heading" else 0


# ----------------------------------------------------------------------------- conversion


def to_inlines(node: Node) -> Inlines:
    """The inline content of a node (a paragraph's inline node, a link, a table cell)."""
    builder = InlineBuilder()
    html: InlineHtml | None = None  # made on the first inline tag: most paragraphs have none
    for child in node.children:
        kind = child.type
        if kind == "html_inline":
            html = html or InlineHtml(builder)
            html.feed(child.content)
            continue
        if builder.skipping:
            continue
        if kind == "text":
            builder.text(child.content)
        elif kind == "code_inline":
            builder.add(Code(child.content))
        elif kind in ("math_inline", "math_inline_double"):
            builder.add(Math(child.content.strip()))
        elif kind in ("softbreak", "hardbreak"):
            builder.add(Break(hard=kind == "hardbreak"))
        elif kind in ("strong", "em"):
            children = to_inlines(child)
            if children:
                builder.add(Strong(children) if kind == "strong" else Emphasis(children))
        elif kind == "link":
            url = safe_url(str(child.attrs.get("href", "")))
            children = to_inlines(child)
            if url and children:
                builder.add(Link(url, children))
            else:
                for piece in children:
                    builder.add(piece)
        elif kind == "image":
            url = safe_url(str(child.attrs.get("src", "")))
            alt = " ".join(inline_text(to_inlines(child)).split())
            if url:
                builder.add(Image(url, alt))
            else:
                builder.text(alt)
        else:  # strikethrough and anything a plugin adds: keep the text
            for piece in to_inlines(child) if child.children else (Text(child.content),):
                builder.add(piece)
    if html is not None:
        html.close()
    return builder.finish()


def _cells(row: Node) -> tuple[Inlines, ...]:
    return tuple(
        strip_inlines(to_inlines(cell.children[0])) if cell.children else ()
        for cell in row.children
    )


def _align(cell: Node) -> str:
    match = re.search(r"text-align:(\w+)", str(cell.attrs.get("style", "")))
    return match.group(1) if match else ""


def _table(node: Node) -> Table:
    head_rows = [r for part in node.children if part.type == "thead" for r in part.children]
    body_rows = [r for part in node.children if part.type == "tbody" for r in part.children]
    head = _cells(head_rows[0]) if head_rows else ()
    align = tuple(_align(c) for c in head_rows[0].children) if head_rows else ()
    return Table(head, tuple(_cells(r) for r in body_rows), align if any(align) else ())


def to_blocks(nodes: Sequence[Node]) -> Blocks:
    """The answer blocks of a run of nodes (see the module docstring)."""
    out: list[Block] = []
    for node in nodes:
        kind = node.type
        if kind in ("paragraph", "heading"):
            inlines = strip_inlines(to_inlines(node.children[0])) if node.children else ()
            if inlines:
                out.append(Paragraph((Strong(inlines),) if kind == "heading" else inlines))
        elif kind in ("bullet_list", "ordered_list"):
            items = tuple(to_blocks(item.children) for item in node.children)
            start = int(str(node.attrs.get("start", 1))) if kind == "ordered_list" else 1
            out.append(ListBlock(kind == "ordered_list", items, start))
        elif kind in ("fence", "code_block"):
            language = (node.info or "").strip().split(" ")[0] if kind == "fence" else ""
            out.append(CodeBlock(node.content.rstrip("\n"), language))
        elif kind in ("math_block", "math_block_label"):
            out.append(MathBlock(node.content.strip()))
        elif kind == "blockquote":
            children = to_blocks(node.children)
            if children:
                out.append(Quote(children))
        elif kind == "table":
            out.append(_table(node))
        elif kind == "html_block":
            out.extend(html_to_blocks(node.content))
        # hr: a separator, no content of its own
    return tuple(out)


# ----------------------------------------------------------------------------- text


def plain(inlines: Inlines) -> str:
    """Inline content as one line of plain text; math keeps its ``$`` delimiters, as printed."""
    shown = map_inlines(
        inlines, lambda run: tuple(Text(f"${n.latex}$") if isinstance(n, Math) else n for n in run)
    )
    return " ".join(inline_text(shown).split())
