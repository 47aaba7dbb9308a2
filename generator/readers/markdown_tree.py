"""Markdown sources as answer trees: the parser, token conversion, and what the readers share.

Every Markdown reader parses its source once with markdown-it-py (CommonMark plus
tables and ``$…$`` / ``$$…$$`` math from mdit-py-plugins), walks the top-level nodes
(each knows its lines through ``node.map``) and cuts them into questions with
:func:`walk`. This module turns nodes into :mod:`generator.document` trees: raw HTML
goes through :mod:`generator.readers.html` (so it never survives as HTML), headings
inside an answer become bold paragraphs, thematic breaks are dropped, links with any
scheme but http, https and mailto lose the link and keep their text, images stay
links to their URL.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

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
    plain_text,
    strip_inlines,
)
from ..errors import SourceError
from ..markdown import safe_url
from ..model import RawEntry, SourceRef, SourceText
from .html import InlineBuilder, InlineHtml, html_to_blocks

Node = SyntaxTreeNode

LEVELS = {"👶": "easy", "⭐": "medium", "🚀": "hard"}
"""Difficulty marks some collections print after a question, and the level each means."""
_LEVEL_MARK = re.compile("(👶|⭐|🚀)[\ufe0f\ufe0e]?")
PLACEHOLDERS = frozenset(
    {"answer here", "todo", "tbd", "to be filled", "coming soon", "…", "...", "wip"}
)
"""Answers that stand in for a missing one (compared lower case, without punctuation)."""
FURNITURE_HEADING = re.compile(
    r"^(table of contents|contents|toc|legend|sponsors?|.*\bsponsor(ed|s)?\b.*|"
    r"(interview )?preparation resources|resources|recently added\b.*|contributing|"
    r"contributors|license|support( this project)?|star history|acknowledg(e)?ments)$",
    re.IGNORECASE,
)
"""Headings of page furniture: what follows them is never a question or an answer."""
_ANSWER_LEAD = re.compile(r"^\s*(answer|ans)\s*([:.]\s*|$)", re.IGNORECASE)
_BREAK_LINE = re.compile(r"^(\s*<br\s*/?>\s*)+$", re.IGNORECASE)
_NUMBERING = re.compile(r"^\s*(\d+(\.\d+)*|[ivxlc]+|[a-z])[.)]\s+", re.IGNORECASE)


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
    return Table(head, tuple(_cells(r) for r in body_rows), align)


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


# ----------------------------------------------------------------------------- text helpers


def plain(inlines: Inlines) -> str:
    """Inline content as one line of plain text; math keeps its ``$`` delimiters, as printed."""
    shown = map_inlines(
        inlines, lambda run: tuple(Text(f"${n.latex}$") if isinstance(n, Math) else n for n in run)
    )
    return " ".join(inline_text(shown).split())


def split_level(title: str) -> tuple[str, str | None]:
    """A title without its difficulty marks, and the level the first mark means."""
    match = _LEVEL_MARK.search(title)
    level = LEVELS[match.group(1)] if match else None
    return " ".join(_LEVEL_MARK.sub(" ", title).split()), level


def section_title(text: str) -> str:
    """A topic heading as printed, without emoji, symbols and leading numbering."""
    kept = "".join(
        c
        for c in text
        if unicodedata.category(c) not in ("So", "Sk", "Cf", "Mn", "Co") or c.isalnum()
    )
    return " ".join(_NUMBERING.sub("", kept.strip()).split())


def is_placeholder(blocks: Blocks) -> bool:
    """Whether an answer only stands in for one ("Answer here", "TODO", "…"; no link)."""
    if any(
        isinstance(b, Paragraph) and any(isinstance(n, Link) for n in b.children) for b in blocks
    ):
        return False
    text = plain_text(blocks).lower()
    return text.strip(" .:!*_[]()-–—") in PLACEHOLDERS or text.strip() in PLACEHOLDERS


def without_answer_lead(blocks: Blocks) -> Blocks:
    """Drop an ``Answer:`` line (or prefix) that introduces the answer."""
    if not blocks or not isinstance(blocks[0], Paragraph):
        return blocks
    first = list(blocks[0].children)
    if (
        first
        and isinstance(first[0], Strong | Emphasis)
        and _ANSWER_LEAD.fullmatch(inline_text(first[0].children) + " ")
    ):
        first.pop(0)
    elif first and isinstance(first[0], Text) and _ANSWER_LEAD.match(first[0].text):
        first[0] = Text(_ANSWER_LEAD.sub("", first[0].text, count=1))
    else:
        return blocks
    rest = strip_inlines(tuple(first))
    return ((Paragraph(rest),) if rest else ()) + blocks[1:]


def _is_toc(block: Block) -> bool:
    """A list of links to anchors in the same page: a table of contents."""
    if not isinstance(block, ListBlock):
        return False
    for item in block.items:
        if not item or not all(_is_toc(b) or _anchor_links_only(b) for b in item):
            return False
    return True


def _anchor_links_only(block: Block) -> bool:
    if not isinstance(block, Paragraph):
        return False
    links = [n for n in block.children if isinstance(n, Link)]
    others = [n for n in block.children if not isinstance(n, Link | Break)]
    return (
        bool(links)
        and all(n.url.startswith("#") for n in links)
        and all(isinstance(n, Text) and not n.text.strip(" -–|·") for n in others)
    )


def is_break_line(node: Node) -> bool:
    """A ``<br/>`` line on its own: where some collections end an answer."""
    return node.type == "html_block" and bool(_BREAK_LINE.match(node.content.strip()))


def _is_furniture_node(node: Node, furniture: Sequence[re.Pattern[str]]) -> bool:
    if node.type not in ("paragraph", "heading") or not node.children:
        return False
    text = plain(to_inlines(node.children[0]))
    return bool(text) and any(p.search(text) for p in furniture)


# ----------------------------------------------------------------------------- walking


@dataclass(frozen=True)
class Found:
    """A question a reader recognised in one node."""

    label: str | None
    """The label as printed (``Q7``, ``23``), or None when the file prints none."""
    title: str
    level: str | None = None
    head: Blocks = ()
    """Answer blocks that came in the question's own node (the rest of a task's paragraph)."""


@dataclass
class _Draft:
    line: int
    found: Found
    section: str | None
    context: tuple[Node, ...]
    nodes: list[Node] = field(default_factory=list)
    closed: bool = False


def walk(
    source: SourceText,
    nodes: Sequence[Node],
    find: Callable[[Node], Found | None],
    furniture: Sequence[re.Pattern[str]],
    question_level: int = 0,
    preamble_is_context: bool = False,
    label: Callable[[Found, str | None], str | None] = lambda found, section: found.label,
) -> list[RawEntry]:
    """Cut a source's nodes into entries: questions ``find`` recognises, each with its answer.

    An answer runs to the next question, to a ``<br/>`` line (what follows it until the
    next question is dropped) or to a heading that starts a new section: one at
    ``question_level`` or above for readers whose questions are headings, else one at
    the current section's level or above. Deeper headings stay in the answer.

    What comes between a section heading and its first question is dropped as page
    furniture (a legend, a table of contents, a warning box, sponsors), or, with
    ``preamble_is_context``, becomes the ``context`` of every question of the section.
    Headings of furniture, a document title (``#``) and headings that link elsewhere
    start no section; nodes matching the word list's ``furniture`` are dropped.
    ``label(found, section)`` may qualify a printed label (e.g. by section); a label
    that is missing or printed twice becomes ``L<line>``.
    """
    drafts: list[_Draft] = []
    section: str | None = None
    section_level = 0
    preamble: list[Node] = []
    current: _Draft | None = None
    for node in nodes:
        found = find(node)
        if found is not None:
            context = tuple(preamble) if preamble_is_context else ()
            current = _Draft(line_of(node), found, section, context)
            drafts.append(current)
            continue
        if _is_furniture_node(node, furniture):
            continue
        level = heading_level(node)
        limit = question_level or section_level or 7
        if level and (current is None or level <= limit):
            current, preamble = None, []
            text = plain(to_inlines(node.children[0])) if node.children else ""
            has_link = any(c.type == "link" for c in node.children[0].children)
            if level == 1 or FURNITURE_HEADING.match(section_title(text)) or has_link:
                section, section_level = None, 0
            elif not question_level or level < question_level:
                section, section_level = section_title(text) or None, level
            continue
        if current is None:
            preamble.append(node)
        elif is_break_line(node):
            current.closed = True
        elif not current.closed:
            current.nodes.append(node)
    return _entries(source, drafts, label)


def _entries(
    source: SourceText,
    drafts: list[_Draft],
    label: Callable[[Found, str | None], str | None],
) -> list[RawEntry]:
    labels = [label(d.found, d.section) for d in drafts]
    printed = Counter(x for x in labels if x is not None)
    contexts: dict[tuple[Node, ...], Blocks] = {}
    entries: list[RawEntry] = []
    for draft, shown in zip(drafts, labels, strict=True):
        if not draft.found.title:
            raise SourceError(source.path, draft.line, "question has no text")
        unique = shown if shown is not None and printed[shown] == 1 else f"L{draft.line}"
        blocks = tuple(
            b
            for b in without_answer_lead(draft.found.head + to_blocks(draft.nodes))
            if not _is_toc(b)
        )
        if is_placeholder(blocks):
            blocks = ()
        if draft.context not in contexts:
            contexts[draft.context] = tuple(b for b in to_blocks(draft.context) if not _is_toc(b))
        entries.append(
            RawEntry(
                SourceRef(source.name, unique, draft.line),
                draft.found.title,
                blocks,
                section=draft.section,
                level=draft.found.level,
                context=contexts[draft.context],
            )
        )
    return entries
