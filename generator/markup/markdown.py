"""Markdown in and out of the answer tree: one parser, one renderer, one escaper.

:func:`parse_blocks` reads Markdown that people wrote (a Markdown source, a
maintainer's curated answer) into the tree of :mod:`generator.document`, with
markdown-it-py. :func:`render_blocks` writes a tree back to Markdown for the
site's Python-Markdown (with pymdownx ``escapeall`` and ``arithmatex``), through
mdformat's renderer; plain text goes through :func:`escape_text` only, so no text
from a source or a maintainer can become markup: no HTML, no admonition, no
attribute list, no math that was not math in the tree. An image is written as a
link to it ("Image: alt text"): pages show nothing fetched from elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import mdformat.plugins
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdformat.renderer import MDRenderer, RenderContext, RenderTreeNode
from mdformat.renderer._context import code_inline as _mdformat_code_inline
from mdformat.renderer._context import paragraph as _mdformat_paragraph

from ..document import (
    Block,
    Blocks,
    Break,
    Code,
    CodeBlock,
    Emphasis,
    Inline,
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
    strip_inlines,
)
from .markdown_tree import parse as parse_nodes
from .markdown_tree import to_blocks

_SPECIAL = re.compile(r"[\\`*_{}\[\]<>&$#!]")
_BLOCK_SYNTAX_START = re.compile(r"^(!!!|\?\?\?|///|\+\+\+|:::)", re.MULTILINE)

# ----------------------------------------------------------------------------- parsing


def parse_blocks(markdown: str) -> Blocks:
    """Parse Markdown written by a person (a curated answer) into answer blocks.

    The same conversion as the Markdown readers' (:mod:`generator.markup.markdown_tree`):
    raw HTML becomes tree nodes or text, never HTML; links keep only safe URLs.
    """
    return to_blocks(parse_nodes(markdown))


def parse_inlines(markdown: str) -> Inlines:
    """Parse one line of Markdown (a summary) into inline content."""
    blocks = parse_blocks(markdown)
    out: list[Inline] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            if out:
                out.append(Text(" "))
            out.extend(block.children)
    return strip_inlines(tuple(out))


# ----------------------------------------------------------------------------- rendering


def escape_text(text: str) -> str:
    """Plain text as Markdown for the site: a backslash before every character that could
    start markup, HTML, an entity, math or an attribute list (pymdownx ``escapeall`` turns
    each back into the plain character). The one escaper: answers, summaries and the
    titles the site prints all go through it."""
    return _SPECIAL.sub(lambda m: "\\" + m.group(0), text)


def _text(node: RenderTreeNode, context: RenderContext) -> str:
    text = re.sub(r"[ \t\n]+", " ", node.content)
    return escape_text(text)


def _math_inline(node: RenderTreeNode, context: RenderContext) -> str:
    return f"${node.content}$"


def _math_block(node: RenderTreeNode, context: RenderContext) -> str:
    return f"$$\n{node.content}\n$$"


def _paragraph(text: str, node: RenderTreeNode, context: RenderContext) -> str:
    """A paragraph line must not start the site's block syntax (admonitions, details)."""
    return _BLOCK_SYNTAX_START.sub(lambda m: "\\" + "\\".join(m.group(0)), text)


def _plugin(name: str) -> Any:
    return mdformat.plugins.PARSER_EXTENSIONS[name]


class _SitePlugin:
    """mdformat plugin for the site's Markdown: our escaper for text, arithmatex math,
    tables (mdformat-tables) and list items indented by four spaces (mdformat-mkdocs),
    as Python-Markdown needs."""

    RENDERERS: Mapping[str, Any] = {
        **{k: _plugin("tables").RENDERERS[k] for k in ("table", "th", "td")},
        "text": _text,
        "math_inline": _math_inline,
        "math_block": _math_block,
    }
    POSTPROCESSORS: Mapping[str, Any] = {
        "bullet_list": _plugin("mkdocs").POSTPROCESSORS["bullet_list"],
        "ordered_list": _plugin("mkdocs").POSTPROCESSORS["ordered_list"],
        "paragraph": _paragraph,
    }

    @staticmethod
    def update_mdit(mdit: MarkdownIt) -> None:
        """Nothing to add to the parser: trees are rendered, not parsed."""


_OPTIONS: dict[str, Any] = {
    "parser_extension": [_SitePlugin],
    "mdformat": {"number": True, "wrap": "keep", "end_of_line": "lf"},
}


LIST_SEPARATOR = "<!-- -->"
"""Written between two lists in a row: Markdown would otherwise read them as one list."""


class _Leaf:
    """Just enough of a :class:`RenderTreeNode` for mdformat's paragraph and inline code
    renderers: its content, rendered as it is."""

    __slots__ = ("children", "content")

    def __init__(self, content: str) -> None:
        self.content = content
        self.children = (self,)

    def render(self, context: RenderContext) -> str:
        return self.content


_CONTEXT = RenderContext({}, {}, _OPTIONS, {"indent_width": 0, "used_refs": set()})
_SPACES = re.compile(r"[ \t\n]+")


def _plain_inlines(inlines: Inlines, parts: list[str]) -> bool:
    """Text, code, math and bold or italic runs of them, appended to ``parts`` as
    mdformat renders them; False for anything else (links, breaks)."""
    for node in inlines:
        if isinstance(node, Text):
            parts.append(escape_text(_SPACES.sub(" ", node.text)))
        elif isinstance(node, Code):
            parts.append(_mdformat_code_inline(_Leaf(node.text), _CONTEXT))  # type: ignore[arg-type]
        elif isinstance(node, Math):
            parts.append(f"${node.latex}$")
        elif isinstance(node, Strong | Emphasis):
            marker = "**" if isinstance(node, Strong) else "*"
            parts.append(marker)
            if not _plain_inlines(node.children, parts):
                return False
            parts.append(marker)
        else:
            return False
    return True


_LETTER_FIRST = re.compile(r"[A-Za-z][^\n]*\S")
"""One line from a letter to a non-space: mdformat's paragraph renderer leaves it as it is
(it escapes only what a line starts with, and strips only the ends)."""


def _plain_paragraph(block: Paragraph) -> str | None:
    parts: list[str] = []
    if not _plain_inlines(block.children, parts):
        return None
    text = "".join(parts)
    if not _LETTER_FIRST.fullmatch(text):
        text = _mdformat_paragraph(_Leaf(text), _CONTEXT)  # type: ignore[arg-type]
    return _paragraph(text, None, _CONTEXT)  # type: ignore[arg-type]


def _plain_list(block: ListBlock) -> str | None:
    """A list whose items are one line of plain text each (else None)."""
    lines: list[str] = []
    for k, item in enumerate(block.items):
        if len(item) != 1 or not isinstance(item[0], Paragraph):
            return None
        text = _plain_paragraph(item[0])
        if not text or "\n" in text or text != text.strip():
            return None
        lines.append(f"{block.start + k}. {text}" if block.ordered else f"- {text}")
    return "\n".join(lines) or None


def _plain_blocks(blocks: Blocks) -> str | None:
    """What :func:`render_blocks` gives for paragraphs of text, code and math (bold or
    italic too) and for flat lists of such one-line items, without building mdformat's
    tree (its paragraph and code renderers are called directly); None for anything else.

    Most answers are such blocks; building the token tree cost more than rendering.
    """
    out: list[str] = []
    previous: Block | None = None
    for block in blocks:
        if isinstance(block, Paragraph):
            text = _plain_paragraph(block)
        elif isinstance(block, ListBlock):
            text = _plain_list(block)
            if text is not None and isinstance(previous, ListBlock):
                out.append(LIST_SEPARATOR)
        else:
            return None
        if text is None:
            return None
        if text:
            out.append(text)
        previous = block
    return "\n\n".join(out).strip()


class _Tokens:
    """Builds markdown-it tokens from the tree, for mdformat's renderer."""

    def __init__(self) -> None:
        self.out: list[Token] = []

    def open(self, kind: str, tag: str, level: int, **attrs: Any) -> Token:
        token = Token(f"{kind}_open", tag, 1, level=level, block=True)
        token.attrs = dict(attrs)
        self.out.append(token)
        return token

    def close(self, kind: str, tag: str, level: int) -> None:
        self.out.append(Token(f"{kind}_close", tag, -1, level=level, block=True))

    def inline(self, inlines: Inlines, level: int) -> None:
        token = Token("inline", "", 0, level=level, block=True, content="")
        token.children = list(_inline_tokens(inlines))
        self.out.append(token)

    def blocks(self, blocks: Blocks, level: int, tight: bool = False) -> None:
        previous: Block | None = None
        for block in blocks:
            if isinstance(block, ListBlock) and isinstance(previous, ListBlock):
                separator = Token("html_block", "", 0, level=level, block=True)
                separator.content = LIST_SEPARATOR + "\n"
                self.out.append(separator)
            self.block(block, level, tight)
            previous = block

    def block(self, block: Block, level: int, tight: bool = False) -> None:
        if isinstance(block, Paragraph):
            opened = self.open("paragraph", "p", level)
            opened.hidden = tight
            self.inline(block.children, level + 1)
            self.out.append(
                Token("paragraph_close", "p", -1, level=level, block=True, hidden=tight)
            )
        elif isinstance(block, ListBlock):
            kind, tag = ("ordered_list", "ol") if block.ordered else ("bullet_list", "ul")
            attrs = {"start": block.start} if block.ordered and block.start != 1 else {}
            opened = self.open(kind, tag, level, **attrs)
            opened.markup = "." if block.ordered else "-"
            tight_list = all(len(item) <= 1 for item in block.items)
            for item in block.items:
                item_open = self.open("list_item", "li", level + 1)
                item_open.markup = opened.markup
                item_open.info = str(block.start) if block.ordered else ""
                self.blocks(item or (Paragraph(()),), level + 2, tight_list)
                self.close("list_item", "li", level + 1)
            self.close(kind, tag, level)
        elif isinstance(block, CodeBlock):
            fence = "```"
            while fence in block.code:
                fence += "`"
            token = Token("fence", "code", 0, level=level, block=True, markup=fence)
            token.info = block.language
            token.content = block.code + "\n"
            self.out.append(token)
        elif isinstance(block, MathBlock):
            token = Token("math_block", "math", 0, level=level, block=True, markup="$$")
            token.content = block.latex
            self.out.append(token)
        elif isinstance(block, Quote):
            self.open("blockquote", "blockquote", level)
            self.blocks(block.children, level + 1)
            self.close("blockquote", "blockquote", level)
        elif isinstance(block, Table):
            self._table(block, level)

    def _table(self, table: Table, level: int) -> None:
        width = max([len(table.head), *(len(r) for r in table.rows)])
        if not width:
            return
        align = [*table.align, *[""] * width][:width]
        self.open("table", "table", level)
        for part, rows, cell in (("thead", [table.head], "th"), ("tbody", list(table.rows), "td")):
            if part == "tbody" and not rows:
                continue
            self.open(part, part, level + 1)
            for row in rows:
                self.open("tr", "tr", level + 2)
                for k in range(width):
                    style = {"style": f"text-align:{align[k]}"} if align[k] else {}
                    self.open(cell, cell, level + 3, **style)
                    self.inline(row[k] if k < len(row) else (), level + 4)
                    self.close(cell, cell, level + 3)
                self.close("tr", "tr", level + 2)
            self.close(part, part, level + 1)
        self.close("table", "table", level)


def _inline_tokens(inlines: Inlines) -> list[Token]:
    out: list[Token] = []
    for node in inlines:
        if isinstance(node, Text):
            out.append(Token("text", "", 0, content=" ".join(node.text.split("\n"))))
        elif isinstance(node, Code):
            ticks = "`"
            while ticks in node.text:
                ticks += "`"
            out.append(Token("code_inline", "code", 0, content=node.text, markup=ticks))
        elif isinstance(node, Math):
            out.append(Token("math_inline", "math", 0, content=node.latex, markup="$"))
        elif isinstance(node, Break):
            out.append(Token("hardbreak" if node.hard else "softbreak", "br", 0))
        elif isinstance(node, Strong | Emphasis):
            kind, tag, markup = (
                ("strong", "strong", "**") if isinstance(node, Strong) else ("em", "em", "*")
            )
            out.append(Token(f"{kind}_open", tag, 1, markup=markup))
            out.extend(_inline_tokens(node.children))
            out.append(Token(f"{kind}_close", tag, -1, markup=markup))
        elif isinstance(node, Link):
            opened = Token("link_open", "a", 1)
            opened.attrs = {"href": node.url}
            out.append(opened)
            out.extend(_inline_tokens(node.children))
            out.append(Token("link_close", "a", -1))
        else:  # an image: a link to it, so a page never fetches anything from elsewhere
            opened = Token("link_open", "a", 1)
            opened.attrs = {"href": node.url}
            label = f"Image: {node.alt}" if node.alt.strip() else "Image"
            out += [opened, Token("text", "", 0, content=label), Token("link_close", "a", -1)]
    return out


_RENDERER = MDRenderer()


def render_blocks(blocks: Blocks) -> str:
    """Markdown for the site, from answer blocks (no trailing newline)."""
    plain = _plain_blocks(blocks)
    return _render_tree(blocks) if plain is None else plain


def _render_tree(blocks: Blocks) -> str:
    """:func:`render_blocks` through mdformat's token tree (any blocks)."""
    tokens = _Tokens()
    tokens.blocks(blocks, 0)
    if not tokens.out:
        return ""
    return _RENDERER.render(tokens.out, _OPTIONS, {"used_refs": set()}).strip()


def render_inlines(inlines: Inlines) -> str:
    """Markdown for one line of inline content (a summary)."""
    return render_blocks((Paragraph(strip_inlines(inlines)),)).replace("\n", " ")
