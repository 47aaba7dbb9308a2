"""Merge a group of repeated entries into one canonical question.

The best-written entry gives the main text; every point of the other entries that the
main text does not already make is kept, so nothing is silently dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from .model import Entry, MergeGroup
from .normalize import STOPWORDS, singular

_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z$])")
_LIST_ITEM = re.compile(r"^(?:- |\d+\. )")
_MARKUP = re.compile(r"[*_`\\$]")
SAME_POINT = 62.0
SHARED_CONTENT = 0.4
_WORDS = re.compile(r"[a-z0-9]+")
OTHER_VERSIONS_HEADING = "**More from other versions of this question:**"


@dataclass(frozen=True)
class MergedText:
    """The canonical title and answer of a group, and which points came from which entry."""

    title: str
    answer: str
    added_points: tuple[tuple[str, str], ...]


def answer_points(markdown: str) -> list[str]:
    """Split a Markdown answer into points: list items and sentences of paragraphs."""
    points: list[str] = []
    for block in markdown.split("\n\n"):
        lines = block.split("\n")
        if all(_LIST_ITEM.match(line) for line in lines):
            points.extend(_LIST_ITEM.sub("", line).strip() for line in lines)
        else:
            points.extend(s.strip() for s in _SENTENCE_SPLIT.split(" ".join(lines)) if s.strip())
    return [p for p in points if p]


def _plain(point: str) -> str:
    return _MARKUP.sub("", point).lower()


def _content_words(text: str) -> set[str]:
    return {singular(w) for w in _WORDS.findall(text) if w not in STOPWORDS}


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
        if fuzz.token_set_ratio(plain, other_plain) < SAME_POINT:
            continue
        other_words = _content_words(other_plain)
        smaller = min(len(words), len(other_words))
        if smaller == 0 or len(words & other_words) / smaller >= SHARED_CONTENT:
            return True
    return False


def choose_title(entries: tuple[Entry, ...]) -> str:
    """The title most entries share; ties go to the best-written entry's title."""
    counts = Counter(e.title for e in entries)
    best = max(counts.values())
    return next(e.title for e in entries if counts[e.title] == best)


def _is_list(lines: list[str]) -> bool:
    return all(_LIST_ITEM.match(line) for line in lines)


def new_blocks(answer: str, known: list[str]) -> list[tuple[str, list[str]]]:
    """The blocks of ``answer`` cut down to points not in ``known`` (which grows).

    Returns (block Markdown, its new points). A lead-in paragraph ending with a colon
    is kept only when the list after it adds something.
    """
    result: list[tuple[str, list[str]]] = []
    pending: tuple[str, list[str]] | None = None
    for block in answer.split("\n\n"):
        lines = block.split("\n")
        if _is_list(lines):
            items = [(line, _LIST_ITEM.sub("", line).strip()) for line in lines]
            fresh = [(line, point) for line, point in items if not is_same_point(point, known)]
            known.extend(point for _, point in fresh)
            if fresh:
                numbered = lines[0][0].isdigit()
                body = "\n".join(
                    f"{n}. {point}" if numbered else line
                    for n, (line, point) in enumerate(fresh, 1)
                )
                if pending:
                    result.append(pending)
                result.append((body, [point for _, point in fresh]))
            pending = None
            continue
        if pending:
            result.append(pending)
            pending = None
        sentences = [s.strip() for s in _SENTENCE_SPLIT.split(" ".join(lines)) if s.strip()]
        fresh_sentences = [s for s in sentences if not is_same_point(s, known)]
        known.extend(fresh_sentences)
        if not fresh_sentences:
            continue
        item = (" ".join(fresh_sentences), fresh_sentences)
        if fresh_sentences[-1].endswith(":"):
            pending = item
        else:
            result.append(item)
    return result


def merge_group(group: MergeGroup) -> MergedText:
    """Main text from the best entry, plus the distinct points of the others."""
    main, *others = group.entries
    known = answer_points(main.answer)
    blocks: list[str] = []
    added: list[tuple[str, str]] = []
    for entry in others:
        for body, points in new_blocks(entry.answer, known):
            blocks.append(body)
            added.extend((str(entry.ref), point) for point in points)
    answer = main.answer
    if blocks:
        answer = "\n\n".join([answer, OTHER_VERSIONS_HEADING, *blocks])
    return MergedText(choose_title(group.entries), answer, tuple(added))
