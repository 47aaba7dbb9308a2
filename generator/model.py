"""The data model: plain frozen dataclasses passed between pipeline stages.

This module imports nothing from the rest of the package, so every stage can
depend on it and it depends on none of them.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .document import Blocks, Inlines, is_answer

_D = TypeVar("_D")


def evolve(instance: _D, **changes: Any) -> _D:
    """``dataclasses.replace`` for the plain frozen dataclasses here, several times faster:
    the fields are copied as they are and ``__init__`` is not run again (so not for a
    class with ``__post_init__``). Cached properties are not copied: they are computed
    again from the new fields. Ingest copies tens of thousands of questions this way. A
    name that is not a field raises TypeError, as ``replace`` does.
    """
    fields = type(instance).__dataclass_fields__  # type: ignore[attr-defined]
    unknown = changes.keys() - fields.keys()
    if unknown:
        raise TypeError(f"{type(instance).__name__} has no field {sorted(unknown)[0]!r}")
    copy = object.__new__(type(instance))
    state, old = vars(copy), vars(instance)
    for name in fields:
        state[name] = changes[name] if name in changes else old[name]
    return copy


@dataclass(frozen=True, order=True)
class SourceRef:
    """Where one raw entry came from: a source file name and the label printed there."""

    file: str
    label: str
    line: int = field(default=0, compare=False)

    def __str__(self) -> str:
        return f"{self.file}#{self.label}"

    @functools.cached_property
    def sort_key(self) -> tuple[str, str, int, str]:
        """Natural order: by file, then label prefix, then label number (2 before 10)."""
        match = re.fullmatch(r"(\D*)(\d*)(.*)", self.label, re.DOTALL)
        prefix, number, rest = match.groups() if match else ("", "", self.label)
        return (self.file, prefix, int(number or 0), rest)

    @classmethod
    def parse(cls, text: str) -> SourceRef:
        """Parse ``file#label`` as written in front matter and curation files."""
        file, sep, label = text.rpartition("#")
        if not sep or not file or not label:
            raise ValueError(f"source reference {text!r} is not of the form FILE#LABEL")
        return cls(file=file, label=label)


@dataclass(frozen=True)
class SourceText:
    """The decoded text of one input file; ``data`` holds the bytes of a binary format
    (an Anki package), whose ``text`` is then empty."""

    name: str
    path: str
    text: str
    data: bytes = b""


@dataclass(frozen=True)
class RawEntry:
    """One question and its answer's document tree, as a reader found them.

    ``section`` is the heading the source printed the question under (None when it
    prints none), ``level`` the difficulty it marked (None when unmarked), and
    ``context`` the blocks a source shares between several questions (a schema
    described once before a run of tasks).
    """

    ref: SourceRef
    title: str
    blocks: Blocks
    section: str | None = None
    level: str | None = None
    context: Blocks = ()


@dataclass(frozen=True)
class Entry:
    """A raw entry after normalization: clean title and answer tree, plus matching keys."""

    ref: SourceRef
    title: str
    answer: Blocks
    title_key: tuple[str, ...]
    answer_key: tuple[str, ...]
    corrections: int
    spun_phrases: int
    prose_words: int
    """How many words the answer's prose has (:func:`~generator.document.prose_text`)."""
    section: str | None = None
    level: str | None = None
    context: Blocks = ()

    @property
    def answered(self) -> bool:
        """Whether the entry has an answer of its own (not nothing, not only links)."""
        return is_answer(self.answer)

    @property
    def writing_score(self) -> float:
        """Higher is better written: answered, long enough, few fixes, no spun filler."""
        if not self.answered:
            return -10.0 + min(len(self.answer), 1) * 0.1  # a link beats nothing
        words = max(1, self.prose_words)
        length_bonus = min(words, 120) / 120
        return length_bonus - 0.15 * self.corrections - 0.35 * self.spun_phrases


@dataclass(frozen=True)
class PairScore:
    """The similarity of two entries, as the deduplicator measured it."""

    left: SourceRef
    right: SourceRef
    title: float
    answer: float
    score: float
    ask: str = ""
    evidence: str = ""


@dataclass(frozen=True)
class MergeGroup:
    """Entries judged to be one question, best-written first, and why."""

    entries: tuple[Entry, ...]
    links: tuple[PairScore, ...]
    forced: bool = False


@dataclass(frozen=True)
class MergedText:
    """The canonical title and answer of a group, and which points came from which entry."""

    title: str
    answer: Blocks
    added_points: tuple[tuple[SourceRef, str], ...]


@dataclass(frozen=True)
class QuestionDraft:
    """A canonical question on its way through the pipeline, answer still a tree.

    ``None`` means "not set yet": curation sets what a maintainer decided, and
    completion fills only what is still ``None`` (a curated empty list stays empty).
    """

    title: str
    answer: Blocks
    sources: tuple[SourceRef, ...]
    id: str = ""
    answered: bool = True
    level: str | None = None
    sections: tuple[str, ...] = ()
    context: Blocks = ()
    summary: Inlines | None = None
    topic: str | None = None
    tags: tuple[str, ...] | None = None
    terms: tuple[str, ...] | None = None
    related: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    quality: str | None = None
    reviewed: bool = False
    note: str | None = None


@dataclass(frozen=True)
class Question:
    """One canonical question: what a question file holds (answer and summary in Markdown)."""

    id: str
    title: str
    answer: str
    summary: str
    topic: str
    tags: tuple[str, ...]
    sources: tuple[SourceRef, ...]
    related: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    quality: str = "ok"
    reviewed: bool = False
    note: str = ""
    answered: bool = True
    level: str | None = None
    context: str = ""


@dataclass(frozen=True)
class MergedQuestion:
    """One canonical question, the group of entries it came from and how they merged."""

    group: MergeGroup
    text: MergedText
    question: Question


@dataclass(frozen=True)
class Tag:
    """A tag of the controlled taxonomy."""

    slug: str
    title: str
    description: str
    keywords: tuple[str, ...]
    topic: str


@dataclass(frozen=True)
class Topic:
    """A topic: a section of the guide; its order is the site's and the cheat sheet's order."""

    slug: str
    title: str
    description: str


@dataclass(frozen=True)
class Taxonomy:
    """Topics in order, and the tags that belong to them."""

    topics: tuple[Topic, ...]
    tags: tuple[Tag, ...]
    default_tag: str
    sources: tuple[tuple[str, str], ...] = ()
    """Source headings (lower case) and the tag or topic slug each maps onto."""

    def tag(self, slug: str) -> Tag:
        """Return the tag called ``slug``; KeyError if the taxonomy has none."""
        for tag in self.tags:
            if tag.slug == slug:
                return tag
        raise KeyError(slug)

    def topic(self, slug: str) -> Topic:
        """Return the topic called ``slug``; KeyError if the taxonomy has none."""
        for topic in self.topics:
            if topic.slug == slug:
                return topic
        raise KeyError(slug)


@dataclass(frozen=True)
class WordList:
    """The reviewed editorial word list: fixes applied to every entry, and matching hints."""

    typos: tuple[tuple[str, str], ...] = ()
    phrases: tuple[tuple[str, str], ...] = ()
    title_phrases: tuple[tuple[str, str], ...] = ()
    formulas: tuple[tuple[str, str], ...] = ()
    keep_case: tuple[str, ...] = ()
    spun_phrases: tuple[str, ...] = ()
    furniture: tuple[str, ...] = ()
    title_filler: tuple[str, ...] = ()
    title_context: tuple[str, ...] = ()
    synonyms: tuple[tuple[str, str], ...] = ()
    search_aliases: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class QuestionOverride:
    """What a maintainer set for one question in the curation file."""

    key: str
    line: int
    id: str | None = None
    title: str | None = None
    answer: str | None = None
    summary: str | None = None
    topic: str | None = None
    tags: tuple[str, ...] | None = None
    terms: tuple[str, ...] | None = None
    reviewed: bool | None = None
    note: str | None = None
    field_lines: tuple[tuple[str, int], ...] = ()

    def line_of(self, name: str) -> int:
        """The line where field ``name`` was set, or the question's own line."""
        return dict(self.field_lines).get(name, self.line)


@dataclass(frozen=True)
class Curation:
    """Maintainers' decisions: forced merges and splits, and per-question overrides."""

    path: str = ""
    merges: tuple[tuple[tuple[SourceRef, ...], int], ...] = ()
    splits: tuple[tuple[tuple[SourceRef, ...], int], ...] = ()
    questions: tuple[QuestionOverride, ...] = ()
