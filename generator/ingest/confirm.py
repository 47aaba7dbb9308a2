"""Repeats the titles alone cannot show: the same subject, asked in an unknown way, same answer.

A phrasing no cue list knows and the corpus did not teach ("X in a nutshell?" beside
"Give me the gist of X") leaves two repeats with the same subject but different asks, or
with phrasing words left in one subject. A reader settles it by reading the answers: two
answers about one subject share its words whatever they say, so they are compared
*without the subject words of either title*; answers to one question then agree far more
than answers to sibling questions (another ask, or a subject one key word apart).

Candidates are entries whose subjects share a run of words in title order (three, or the
whole subject when shorter), found by filing each subject under its runs: no all-pairs
loop, and a run shared by more than ``run_group`` entries is too generic to say anything.
A short form the titles could not settle (several readings, none asked the same way) is
read as the entry's own answer spells it out ("GC" beside "gradient clipping ..."); when
the answer spells out none, the entry takes part with its other words ("my LB score
tanks because of X": chatter around the question), and the answers decide.
A candidate is confirmed when the subjects have the same content words (by weight) and the
answers agree at least ``answer_line`` without the subject words. Where the cue lists
give the two titles different asks, or, through a title of unknown ask, the two groups
its pair would join (:func:`generator.ingest.dedupe.find_duplicates`), the answers must
agree at least ``clash_line``: collections file one question under different asks
("What is X used for?" beside "Give examples of X"), but answers to two questions about
one subject seldom say the same things. A comparison, and what X is against how to fix
X, stay apart however alike the answers (:func:`~generator.ingest.asks.asks_firmly_apart`).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from .asks import COMPARE, asks_firmly_apart, clash_group
from .normalize import answer_word
from .parallel import map_ranges
from .phrasings import agreement_with_columns_left_out, sharing_pairs
from .rewrites import MAX_SHORT, MIN_SHORT, spelled_out
from .subjects import Subject
from .vectors import run_items, run_starts, sorted_distinct

RUN = 2
MIN_KEPT = 0.5
PARALLEL_PAIRS = 200_000
"""From this many pairs on, subject covers are computed in worker processes."""


@dataclass(frozen=True)
class Confirmation:
    """Candidate pairs (``left[k] < right[k]``), how alike their subjects' content words are, how far their answers agree without the subject words, and which are
    confirmed as repeats."""

    left: np.ndarray
    right: np.ndarray
    cover: np.ndarray
    agreement: np.ndarray
    confirmed: np.ndarray
    clash: np.ndarray
    """Whether the pair's cue lists name different asks (:func:`asks_clash`)."""


@dataclass(frozen=True)
class Reading:
    """A subject read against its own answer: its words with short forms the answer spells
    out read in full (title order), the answer's vocabulary, and the words the answer uses."""

    spelled: tuple[str, ...]
    used: frozenset[str]
    anchored: tuple[str, ...]


def read_subject(
    subject: Subject, answer_key: Sequence[str], vocabulary: Container[str] | None = None
) -> Reading:
    """``subject`` read against the answer it came with.

    An answer names what it is about; the words of how a title asks ("in a nutshell",
    "what would you try") and misspelt words seldom come back in it. Two words the answer
    writes apart or hyphenated count for the one word a title key glues ("self driving",
    "self-driving": "selfdriving"),
    and a short word the answer spells out is read as it ("CB" when the answer says
    "contrastive backpropagation"). ``anchored`` keeps the words the answer uses (all of
    them when it uses none). With a ``vocabulary`` (every word any subject has), ``used``
    keeps only its words and the reading's own: the only words it is ever asked about.
    """
    used = set(answer_key)
    used.update(a + b for a, b in itertools.pairwise(answer_key))
    used.update(w.replace("-", "") for w in answer_key if "-" in w)  # title keys join hyphens
    spelled: list[str] = []
    for word in subject.order:
        if word not in used and MIN_SHORT <= len(word) <= MAX_SHORT:
            spelled.extend(spelled_out(word, answer_key) or (word,))
        else:
            spelled.append(word)
    spelled = list(dict.fromkeys(spelled))
    anchored = tuple(w for w in spelled if w in used) or tuple(spelled)
    if vocabulary is not None:
        used = {w for w in used if w in vocabulary}.union(w for w in spelled if w in used)
    return Reading(tuple(spelled), frozenset(used), anchored)


def run_pairs(anchored: Sequence[tuple[str, ...]], run_group: int) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (``left[k] < right[k]``, in order) whose anchored subjects share a run of
    ``RUN`` words in title order.

    A subject shorter than ``RUN`` words is filed under itself whole.
    """
    runs: dict[tuple[str, ...], int] = {}
    filed: list[int] = []
    members: list[int] = []
    for i, words in enumerate(anchored):
        size = min(RUN, len(words))
        for start in range(len(words) - size + 1 if words else 0):
            filed.append(runs.setdefault(words[start : start + size], len(runs)))
            members.append(i)
    n = max(len(anchored), 1)
    once = sorted_distinct(np.array(filed, dtype=np.int64) * n + np.array(members, dtype=np.int64))
    run_of, member = once // n, once % n
    first, second = sharing_pairs(run_of, run_group)
    pairs = sorted_distinct(member[first] * n + member[second])
    return pairs // n, pairs % n


def subject_cover(a: Reading, b: Reading, weights: dict[str, float]) -> float:
    """The weight of the shared words over the weight of the lighter subject (1.0: one
    subject is inside the other), short forms read as their answers spell them out.

    Words neither answer uses are left out: they are how the titles ask ("nutshell",
    "gist") or misspellings. Words answers are never checked for ("between") stay. When
    that would leave out half a subject's weight or more, the answers say too little
    about the titles (a formula for an answer) and all words count.
    """
    return _Cover(a, weights).against(_Cover(b, weights), weights)


class _Cover:
    """A reading's words split once for :func:`subject_cover`: the words kept whatever the
    other answer says, and those kept only when the other answer uses them."""

    __slots__ = ("doubtful", "kept", "kept_weight", "used", "whole", "whole_weight")

    def __init__(self, reading: Reading, weights: dict[str, float]) -> None:
        self.whole = frozenset(reading.spelled)
        self.used = reading.used
        self.kept = frozenset(w for w in self.whole if w in self.used or not answer_word(w))
        self.doubtful = tuple(sorted(self.whole - self.kept))
        self.whole_weight = _weight(self.whole, weights)
        self.kept_weight = _weight(self.kept, weights)

    def _side(self, other: _Cover, weights: dict[str, float]) -> tuple[frozenset[str], float]:
        extra = [w for w in self.doubtful if w in other.used]
        if not extra:
            return self.kept, self.kept_weight
        return self.kept | frozenset(extra), self.kept_weight + _weight(extra, weights)

    def against(self, other: _Cover, weights: dict[str, float]) -> float:
        if self.doubtful or other.doubtful:
            left, left_weight = self._side(other, weights)
            right, right_weight = other._side(self, weights)
        else:  # most readings: every word is kept
            left, left_weight = self.kept, self.kept_weight
            right, right_weight = other.kept, other.kept_weight
        if (
            left_weight < MIN_KEPT * self.whole_weight
            or right_weight < MIN_KEPT * other.whole_weight
        ):
            left, left_weight = self.whole, self.whole_weight
            right, right_weight = other.whole, other.whole_weight
        lighter = min(left_weight, right_weight)
        return _weight(left & right, weights) / lighter if lighter else 0.0


def subject_covers(
    covers: Sequence[_Cover], left: np.ndarray, right: np.ndarray, weights: dict[str, float]
) -> np.ndarray:
    """:func:`subject_cover` of every pair (``covers[left[k]]``, ``covers[right[k]]``).

    Most readings have no doubtful word: for a pair of those, the shared words' weight is
    a row of sparse products (words in alphabetical order, so every run adds them in the
    same order) instead of a set intersection per pair. Pairs with doubtful words are
    compared one by one.
    """
    cover = np.zeros(len(left))
    if not len(left):
        return cover
    doubtful = np.array([bool(c.doubtful) for c in covers], dtype=bool)
    plain = ~(doubtful[left] | doubtful[right])
    one_by_one = np.flatnonzero(~plain)
    lefts, rights = left[one_by_one].tolist(), right[one_by_one].tolist()

    def covers_of(start: int, stop: int) -> list[float]:
        return [
            covers[a].against(covers[b], weights)
            for a, b in zip(lefts[start:stop], rights[start:stop], strict=True)
        ]

    cover[one_by_one] = map_ranges(covers_of, len(one_by_one), PARALLEL_PAIRS)
    words = sorted({w for c in covers for w in c.whole})
    column = {w: i for i, w in enumerate(words)}
    word_weight = np.array([weights.get(w, 1.0) for w in words], dtype=np.float64)
    kept = _word_rows([c.kept for c in covers], column)
    whole = _word_rows([c.whole for c in covers], column)
    kept_weight = np.array([c.kept_weight for c in covers], dtype=np.float64)
    whole_weight = np.array([c.whole_weight for c in covers], dtype=np.float64)
    # either side keeping less than MIN_KEPT of its weight: both count all their words
    thin = kept_weight < MIN_KEPT * whole_weight
    a, b = left[plain], right[plain]
    by_whole = thin[a] | thin[b]

    def shared_of(start: int, stop: int) -> list[float]:
        rows_a, rows_b = a[start:stop], b[start:stop]
        kept_shared = kept[rows_a].multiply(kept[rows_b]) @ word_weight
        whole_shared = whole[rows_a].multiply(whole[rows_b]) @ word_weight
        result: list[float] = np.where(by_whole[start:stop], whole_shared, kept_shared).tolist()
        return result

    shared = np.array(map_ranges(shared_of, len(a), PARALLEL_PAIRS), dtype=np.float64)
    lighter = np.minimum(
        np.where(by_whole, whole_weight[a], kept_weight[a]),
        np.where(by_whole, whole_weight[b], kept_weight[b]),
    )
    cover[np.flatnonzero(plain)] = np.divide(
        shared, lighter, out=np.zeros(len(a)), where=lighter != 0
    )
    return cover


def _word_rows(sets: Sequence[frozenset[str]], column: dict[str, int]) -> sparse.csr_matrix:
    """One row per set: 1.0 in the column of each of its words (columns in order)."""
    lengths = np.array([len(s) for s in sets], dtype=np.int64)
    indptr = np.zeros(len(sets) + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    indices = np.fromiter(
        (i for s in sets for i in sorted(column[w] for w in s)),
        dtype=np.int64,
        count=int(lengths.sum()),
    )
    data = np.ones(len(indices), dtype=np.float64)
    return sparse.csr_matrix((data, indices, indptr), shape=(len(sets), len(column)))


def _weight(words: Iterable[str], weights: dict[str, float]) -> float:
    # fsum: the same total in any order (set order varies from run to run)
    return math.fsum(map(weights.get, words, itertools.repeat(1.0)))


def asks_clash(a: Subject, b: Subject) -> bool:
    """Whether the cue lists gave the two titles different asks.

    A title whose cues name no ask (not even a definition's "what is") asks in a way no
    list knows, so it clashes with nothing but a comparison: a question about two things
    never repeats one about one of them. Close asks do not clash (purpose and advantages,
    formula and how it works: :data:`~generator.ingest.asks.CLOSE_ASKS`).
    """
    if clash_group(a.cue_ask) == clash_group(b.cue_ask):
        return False
    return "" not in (a.cue_ask, b.cue_ask) or COMPARE in (a.cue_ask, b.cue_ask)


MIN_NAMING = 15
"""Answers with fewer content words than this need not name their subject ("Less
overfitting." for "What are the advantages of dropout?")."""


def names_subject(reading: Reading, answer_words: int) -> bool:
    """Whether an answer of ``answer_words`` content words names its title's subject:
    uses one of its words (short forms spelled out), or is too short to be asked to.

    A longer answer that uses none of them was read against the wrong part of the title
    ("I get the idea but not the mechanism. What does X do?" gives "get not"), and a
    title that says nothing its answer talks about is no evidence of a repeat.
    """
    return answer_words < MIN_NAMING or any(w in reading.used for w in reading.spelled)


def confirm_pairs(
    subjects: Sequence[Subject],
    readings: Sequence[Reading],
    answers: sparse.csr_matrix,
    columns: dict[str, int],
    weights: dict[str, float],
    *,
    answer_line: float,
    clash_line: float,
    min_cover: float,
    run_group: int,
) -> Confirmation:
    """Score every run-sharing pair, and confirm those that pass the three tests.

    ``readings`` are the subjects read against their answers (:func:`read_subject`).
    A pair whose asks clash (:func:`asks_clash`) is confirmed only when its answers agree
    at least ``clash_line``, not ``answer_line``; one whose asks are firmly apart
    (:func:`~generator.ingest.asks.asks_firmly_apart`), or that clashes at all with ``clash_line`` above 1,
    gets no cover (0). The tests run cheapest first: only pairs whose cover passes get
    an answer agreement (else 0)."""
    anchored = [
        tuple(w for w in r.anchored if w != s.unresolved)
        if s.unresolved is not None and s.unresolved in r.spelled
        else r.anchored
        for s, r in zip(subjects, readings, strict=True)
    ]
    left, right = run_pairs(anchored, run_group)
    clash, firm = asks_clash_codes(subjects, left, right)
    barred = firm if clash_line <= 1.0 else clash
    covers = [_Cover(r, weights) for r in readings]
    open_pairs = np.flatnonzero(~barred)
    cover = np.zeros(len(left))
    cover[open_pairs] = subject_covers(covers, left[open_pairs], right[open_pairs], weights)
    close = np.flatnonzero(~barred & (cover >= min_cover - 1e-9))
    flat, lengths = _union_columns(subjects, covers, columns, left[close], right[close])
    agreement = np.zeros(len(left))
    agreement[close] = agreement_with_columns_left_out(
        answers, left[close], right[close], np.arange(len(close)), flat, lengths
    )
    confirmed = np.zeros(len(left), dtype=bool)
    line = np.where(clash[close], clash_line, answer_line)
    confirmed[close] = agreement[close] >= line - 1e-9
    return Confirmation(left, right, cover, agreement, confirmed, clash)


def _union_columns(
    subjects: Sequence[Subject],
    covers: Sequence[_Cover],
    columns: dict[str, int],
    left: np.ndarray,
    right: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Per pair, the answer columns of both subjects' words and both readings' words, in
    increasing order: all pairs' columns one after another, and how many each pair has."""
    if not len(left):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    members = sorted_distinct(np.concatenate([left, right]))
    own = [
        [columns[w] for w in subjects[i].words | covers[i].whole if w in columns]
        for i in members.tolist()
    ]
    own_lengths = np.array([len(c) for c in own], dtype=np.int64)
    own_starts = run_starts(own_lengths)
    own_flat = np.fromiter(
        (c for cs in own for c in cs), dtype=np.int64, count=int(own_lengths.sum())
    )
    pair_of: list[np.ndarray] = []
    column_of: list[np.ndarray] = []
    for side in (left, right):
        pair, positions = run_items(own_starts, own_lengths, np.searchsorted(members, side))
        pair_of.append(pair)
        column_of.append(own_flat[positions])
    width = max(len(columns), 1)
    codes = sorted_distinct(np.concatenate(pair_of) * width + np.concatenate(column_of))
    return codes % width, np.bincount(codes // width, minlength=len(left))


def asks_clash_codes(
    subjects: Sequence[Subject], left: np.ndarray, right: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Per pair (``left[k]``, ``right[k]``), as two boolean arrays: whether its asks
    clash (:func:`asks_clash`), and whether they are firmly apart too
    (:func:`asks_firmly_apart`, looked up per pair of distinct asks)."""
    codes: dict[str, int] = {"": 0, COMPARE: 1}
    ask = np.array(
        [codes.setdefault(clash_group(s.cue_ask), len(codes)) for s in subjects], dtype=np.int64
    )
    a, b = ask[left], ask[right]
    differ = a != b
    unknown = (a == 0) | (b == 0)
    compared = (a == 1) | (b == 1)
    clash: np.ndarray = differ & (~unknown | compared)
    named = [{name} - {""} for name in codes]
    apart = np.array([[asks_firmly_apart(x, y) for y in named] for x in named], dtype=bool)
    firm: np.ndarray = clash & apart[a, b]
    return clash, firm
