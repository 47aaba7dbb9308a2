"""One-line summaries and the key terms a question defines."""

from __future__ import annotations

import re

from ..document import (
    Blocks,
    Code,
    CodeBlock,
    Inline,
    Inlines,
    ListBlock,
    Math,
    MathBlock,
    Paragraph,
    Table,
    Text,
    inline_text,
    sentences,
    strip_inlines,
)
from .normalize import without_pictographs

_DEFINES = re.compile(r"^what (?:is|are) (?:a |an |the )?(?P<term>[^?,]{2,48}?)\??$", re.IGNORECASE)
_NOT_A_TERM = re.compile(r"\b(and|or|between|difference|when|how|why|use|role|roles|mean)\b", re.I)
MAX_SUMMARY = 220
MAX_ITEMS = 4


def shorten(inlines: Inlines, limit: int = MAX_SUMMARY) -> Inlines:
    """Cut inline content to about ``limit`` characters at a word, never inside math or code."""
    if len(inline_text(inlines)) <= limit:
        return inlines
    out: list[Inline] = []
    used = 0
    for node in inlines:
        size = len(inline_text((node,)))
        if used + size <= limit:
            out.append(node)
            used += size
            continue
        if isinstance(node, Text):
            cut = node.text[: limit - used].rsplit(" ", 1)[0]
            out.append(Text(cut))
        break
    items = list(strip_inlines(tuple(out)))
    while items and isinstance(items[-1], Math):
        items.pop()  # a formula cut from its sentence reads wrong
    if items and isinstance(items[-1], Text):
        items[-1] = Text(items[-1].text.rstrip(" ,;:"))
    return (*strip_inlines(tuple(items)), Text("…"))


def _capitalised(inlines: Inlines) -> Inlines:
    if inlines and isinstance(inlines[0], Text) and inlines[0].text:
        first = inlines[0].text
        return (Text(first[:1].upper() + first[1:]), *inlines[1:])
    return inlines


def _ends_with_colon(inlines: Inlines) -> bool:
    return inline_text(inlines).rstrip().endswith(":")


def _item_inlines(item: Blocks) -> Inlines:
    """A list item's first paragraph as inline content, without closing punctuation."""
    first = next((b for b in item if isinstance(b, Paragraph)), None)
    if first is None:
        return ()
    inlines = list(strip_inlines(first.children))
    if inlines and isinstance(inlines[-1], Text):
        inlines[-1] = Text(inlines[-1].text.rstrip(".;,"))
    return strip_inlines(tuple(inlines))


def _first(block: Paragraph | ListBlock) -> Inlines:
    if isinstance(block, Paragraph):
        found = sentences(block.children)
        return found[0] if found else ()
    items: list[Inline] = []
    firsts = [_item_inlines(item) for item in block.items]
    firsts = [f for f in firsts if f]
    for k, first in enumerate(firsts[:MAX_ITEMS]):
        if k:
            items.append(Text("; "))
        items.extend(first)
    items.append(Text("; …" if len(firsts) > MAX_ITEMS else "."))
    return tuple(items)


def _first_code_line(answer: Blocks) -> Inlines:
    """For an answer that is only code or math: its first line, as code or math."""
    for block in answer:
        if isinstance(block, CodeBlock):
            line = next((ln.strip() for ln in block.code.split("\n") if ln.strip()), "")
            if line:
                return (Code(line if len(line) <= MAX_SUMMARY else line[:MAX_SUMMARY] + "…"),)
        if isinstance(block, MathBlock):
            return (Math(block.latex),)
        if isinstance(block, Table) and block.head:
            return (Text("A table of "), *block.head[0], Text("."))
    return ()


def _without_pictographs(inlines: Inlines) -> Inlines:
    return tuple(
        Text(without_pictographs(node.text)) if isinstance(node, Text) else node for node in inlines
    )


def summarize(answer: Blocks) -> Inlines:
    """The answer's first sentence, or its first list items, in at most one line, without
    emoji (:func:`~generator.ingest.normalize.without_pictographs`).

    An answer without prose (only code, math or a table) is summed up by its first line.
    """
    prose = [b for b in answer if isinstance(b, Paragraph | ListBlock)]
    if not prose:
        return _first_code_line(answer)
    text = _first(prose[0])
    if _ends_with_colon(text) and len(prose) > 1:
        lead = strip_inlines(text)
        if lead and isinstance(lead[-1], Text):
            lead = (*lead[:-1], Text(lead[-1].text.rstrip()[:-1] + ": "))
        text = (*lead, *_first(prose[1]))
    return shorten(_capitalised(strip_inlines(_without_pictographs(text))))


def defined_terms(title: str) -> tuple[str, ...]:
    """The term a "What is X?" title defines, if X is a short noun phrase."""
    match = _DEFINES.match(title.strip())
    if not match:
        return ()
    term = match.group("term").strip()
    if len(term.split()) > 4 or _NOT_A_TERM.search(term) or "^" in term:
        return ()
    return (term,)
