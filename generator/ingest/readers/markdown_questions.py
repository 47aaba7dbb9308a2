"""Cutting a Markdown source into questions: what the Markdown readers share.

A reader says which node is a question (:class:`Found`); :func:`walk` does the rest:
where an answer ends, which headings are topics and which are page furniture, what a
section shares as context, how placeholder answers, ``Answer:`` lines and tables of
contents are dropped, and which label each entry gets.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ...document import (
    Block,
    Blocks,
    Break,
    Emphasis,
    Link,
    ListBlock,
    Paragraph,
    Strong,
    Text,
    inline_text,
    plain_text,
    strip_inlines,
)
from ...errors import SourceError
from ...markup.markdown_tree import Node, heading_level, line_of, plain, to_blocks, to_inlines
from ...model import RawEntry, SourceRef, SourceText

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


def sniff_score(count: int) -> float:
    """A Markdown reader's sniff score for ``count`` question lines: above numbered text's 0.5."""
    return 0.6 + 0.3 * min(count, 10) / 10 if count else 0.0


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
