"""Merge a group of repeated entries into one canonical question.

The best-written entry gives the main text; every point of the other entries that the
main text does not already make is kept, so nothing is silently dropped. Points are
list items and the sentences of paragraphs, compared as plain text; the answer stays
a document tree throughout.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from rapidfuzz import fuzz

from ..document import (
    Block,
    Blocks,
    Inline,
    Inlines,
    ListBlock,
    Paragraph,
    Strong,
    Text,
    block_texts,
    inline_text,
    sentences,
)
from ..model import Entry, MergedText, MergeGroup, SourceRef
from .normalize import STOPWORDS, singular

SAME_POINT = 62.0
SHARED_CONTENT = 0.4
_WORDS = re.compile(r"[a-z0-9]+")
OTHER_VERSIONS_HEADING = "More from other versions of this question:"


def _plain(point: str) -> str:
    return point.lower()


@lru_cache(maxsize=4096)
def _content_words(text: str) -> frozenset[str]:
    # a group's points are compared with each other again and again
    return frozenset(singular(w) for w in _WORDS.findall(text) if w not in STOPWORDS)


def is_same_point(point: str, others: list[str]) -> bool:
    """Whether ``point`` is already made by one of ``others``.

    Two points are the same when their words match fuzzily (token-set ratio) and they
    share enough content words: "Alpha is the first letter" and "Beta is the second
    letter" match as token sets but share only "letter", so both are kept.
    """
    plain = _plain(point)
    words = _content_words(plain)
    for other in others:
        other_plain = _plain(other)
        other_words = _content_words(other_plain)
        smaller = min(len(words), len(other_words))
        shared = smaller == 0 or len(words & other_words) / smaller >= SHARED_CONTENT
        # the cheap test first: the fuzzy ratio only for points that share content
        if shared and fuzz.token_set_ratio(plain, other_plain) >= SAME_POINT:
            return True
    return False


def answer_points(blocks: Blocks) -> list[str]:
    """The points an answer makes, as plain text: list items and paragraph sentences."""
    points: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            points.extend(inline_text(s) for s in sentences(block.children))
        elif isinstance(block, ListBlock):
            points.extend(" ".join(block_texts(item)) for item in block.items)
        else:
            points.extend(block_texts((block,)))
    return [p.strip() for p in points if p.strip()]


def choose_title(entries: tuple[Entry, ...]) -> str:
    """The title most entries share; ties go to the best-written entry's title."""
    counts = Counter(e.title for e in entries)
    best = max(counts.values())
    return next(e.title for e in entries if counts[e.title] == best)


def _join_sentences(parts: list[Inlines]) -> Inlines:
    out: list[Inline] = []
    for k, part in enumerate(parts):
        if k:
            out.append(Text(" "))
        out.extend(part)
    return tuple(out)


def new_blocks(answer: Blocks, known: list[str]) -> list[tuple[Block, list[str]]]:
    """The blocks of ``answer`` cut down to points not in ``known`` (which grows).

    Returns (block, its new points). A lead-in paragraph ending with a colon is kept
    only when the list after it adds something.
    """
    result: list[tuple[Block, list[str]]] = []
    pending: tuple[Block, list[str]] | None = None
    for block in answer:
        if isinstance(block, ListBlock):
            fresh = []
            for item in block.items:
                point = " ".join(block_texts(item)).strip()
                if point and not is_same_point(point, known):
                    known.append(point)
                    fresh.append((item, point))
            if fresh:
                if pending:
                    result.append(pending)
                shorter = ListBlock(block.ordered, tuple(item for item, _ in fresh), block.start)
                result.append((shorter, [point for _, point in fresh]))
            pending = None
            continue
        if pending:
            result.append(pending)
            pending = None
        if isinstance(block, Paragraph):
            fresh_sentences = [
                s for s in sentences(block.children) if not is_same_point(inline_text(s), known)
            ]
            texts = [inline_text(s) for s in fresh_sentences]
            known.extend(texts)
            if not fresh_sentences:
                continue
            kept: tuple[Block, list[str]] = (Paragraph(_join_sentences(fresh_sentences)), texts)
            if texts[-1].rstrip().endswith(":"):
                pending = kept
            else:
                result.append(kept)
            continue
        text = " ".join(block_texts((block,))).strip()
        if text and not is_same_point(text, known):
            known.append(text)
            result.append((block, [text]))
    return result


def merge_group(group: MergeGroup) -> MergedText:
    """Main text from the best entry, plus the distinct points of the others."""
    main, *others = group.entries
    others = [entry for entry in others if entry.answered]
    if not others:  # nothing to add (most groups are one entry)
        return MergedText(choose_title(group.entries), main.answer, ())
    known = answer_points(main.answer)
    blocks: list[Block] = []
    added: list[tuple[SourceRef, str]] = []
    for entry in others:
        for block, points in new_blocks(entry.answer, known):
            blocks.append(block)
            added.extend((entry.ref, point) for point in points)
    answer = main.answer
    if blocks and main.answered:
        heading = Paragraph((Strong((Text(OTHER_VERSIONS_HEADING),)),))
        answer = (*answer, heading, *blocks)
    return MergedText(choose_title(group.entries), answer, tuple(added))
