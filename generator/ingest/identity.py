"""Stable question ids: a slug of the title, kept for as long as the question's sources live.

An id never depends on other questions: a re-ingest gives a question the id of the
previous file that shared most of its sources, and the ids of other previous files it
absorbed become its ``aliases`` (so quiz progress can follow a merge).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import QuestionDraft, evolve
from .normalize import STOPWORDS

MAX_SLUG_WORDS = 6
_KEEP = frozenset({"not", "between", "why", "how"})
_SKIP = STOPWORDS | {"define", "explain", "describe", "imagine"}


@dataclass(frozen=True)
class PreviousQuestion:
    """What an earlier ingest wrote for one question: its id, sources, aliases and links."""

    id: str
    sources: frozenset[str]
    aliases: tuple[str, ...] = ()
    related: tuple[str, ...] = ()


def slugify(title: str) -> str:
    """A short ASCII slug of a title's content words: "What is an autoencoder?" -> "autoencoder"."""
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    text = text.replace("^", "").replace("'", "")
    words = [w for w in re.findall(r"[a-z0-9]+", text) if w not in _SKIP or w in _KEEP]
    while words and words[0] in _KEEP:
        words.pop(0)
    return "-".join(words[:MAX_SLUG_WORDS]) or "question"


def _suffixed(slug: str, question: QuestionDraft) -> str:
    digest = hashlib.sha1(str(question.sources[0]).encode()).hexdigest()[:6]
    return f"{slug}-{digest}"


def assign_ids(
    drafts: Sequence[QuestionDraft],
    previous: Sequence[PreviousQuestion],
    names: Sequence[str] | None = None,
) -> list[QuestionDraft]:
    """Give each draft a stable id: a previous file's id where sources overlap, else a slug.

    The slug is made from ``names[i]`` (default: the draft's title). The pipeline passes
    the title of each question's first raw entry in source order, so a fresh ingest gives
    the ids an earlier one gave, whichever version's title won the merge.
    """
    by_source: dict[str, list[PreviousQuestion]] = {}
    for prev in previous:
        for name in prev.sources:
            by_source.setdefault(name, []).append(prev)

    claims: dict[str, tuple[int, int]] = {}
    overlaps: list[dict[str, int]] = []
    for index, draft in enumerate(drafts):
        counts: dict[str, int] = {}
        for source in draft.sources if by_source else ():
            for prev in by_source.get(str(source), ()):
                counts[prev.id] = counts.get(prev.id, 0) + 1
        overlaps.append(counts)
        for prev_id, count in counts.items():
            best = claims.get(prev_id)
            if best is None or count > best[0]:
                claims[prev_id] = (count, index)

    previous_by_id = {p.id: p for p in previous}
    taken = {prev_id for prev_id, (_, _) in claims.items()}
    result: list[QuestionDraft] = []
    fresh: dict[str, list[int]] = {}
    owned_by: dict[int, list[str]] = {}
    for prev_id, (_, owner) in claims.items():
        owned_by.setdefault(owner, []).append(prev_id)
    for index, draft in enumerate(drafts):
        owned = sorted(
            owned_by.get(index, ()),
            key=lambda prev_id: (-overlaps[index][prev_id], prev_id),
        )
        if owned:
            keep, absorbed = owned[0], owned[1:]
            aliases = set(previous_by_id[keep].aliases) | set(absorbed)
            for prev_id in absorbed:
                aliases |= set(previous_by_id[prev_id].aliases)
            result.append(evolve(draft, id=keep, aliases=tuple(sorted(aliases - {keep}))))
        else:
            slug = slugify(names[index] if names is not None else draft.title)
            fresh.setdefault(slug, []).append(index)
            result.append(evolve(draft, id=slug))
    for slug, indices in fresh.items():
        if slug in taken or len(indices) > 1:
            for index in indices:
                result[index] = evolve(result[index], id=_suffixed(slug, result[index]))
    return result
