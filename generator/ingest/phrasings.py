"""Phrasings learned from the corpus itself: words that frame many subjects are how a title asks.

The cue lists of :mod:`generator.ingest.asks` know ordinary ways of asking, but a dump
can ask in a way no list knows ("Where does X fall short?"); its words then stay in the
subject and the title gets no ask. This module learns such phrasings at run time,
without supervision, from two kinds of evidence:

1. **Position**: a title's subject words are read as *phrasing before* + *core* +
   *phrasing after*, with up to ``frames.MAX_FRAME`` words of phrasing (the words of a leading
   phrase, "For image classification, ...", always belong to the core). A *frame* is a
   title's ask with the phrasing words around its core; a title no cue list reads has
   no ask in its frame (:data:`~generator.ingest.frames.NO_CUE`), though it is read as
   a definition until something says otherwise.
2. **Answers**: two frames ask the same thing when, over every core both frame, the
   entries' answers agree. Per pair of frames the answer cosines of entries sharing a
   core are pooled: repeats of one question agree far more than siblings that ask
   something else about the same subject, and over many subjects the averages separate
   where single pairs do not. Frames are joined when at least ``MIN_SUPPORT`` distinct
   cores agree at ``MIN_AGREEMENT`` on average; two frames the cue lists give different
   asks are never joined, directly or through others.

A class of joined frames asks what its bare frames ask ("What are the limitations of X?"
reads as "X" with no phrasing); with none that a cue list reads, what its other read
frames ask, when they agree; else it asks in a way of its own. Bare titles no cue list
reads ("Dropout?") join no class: a collection writes them for every ask, so they would
join phrasings of any ask, and were they definitions, as each is read alone, every
phrasing that agreed with them would be filed as one. An entry whose frame joined a
class is given the class's ask and its core as subject, so the duplicate finder merges
it as usual; the rewrite names the frames and the evidence. With few entries no pair of
frames has the support, so nothing is learned (the seed's 95 entries are left to the cue
lists).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

from .frames import NO_CUE, Frame, Readings, readings
from .vectors import pair_cosines, run_items, run_starts, sorted_distinct

if TYPE_CHECKING:
    from .subjects import Subject

MIN_SUPPORT = 6
"""Distinct cores on which two frames must be seen together before they are joined."""
MIN_AGREEMENT = 0.45
"""Mean answer cosine over those pairs needed to join two frames."""
MIN_APART = 2
"""Distinct cores on which two frames' answers must disagree to keep them apart for good."""
MAX_DISAGREEMENT = 0.3
"""Mean answer cosine below which two frames ask different things. A mean between this and
``MIN_AGREEMENT`` says neither: such frames are not joined directly, but may still be
through frames both agree with."""
MAX_GROUP = 24
"""Entries sharing a core beyond which the core is too generic to say anything."""


@dataclass(frozen=True)
class Phrasings:
    """Frames joined into classes, each with its ask, and the evidence for each join."""

    ask_of: dict[Frame, str]
    evidence: dict[Frame, str]
    learned: dict[int, tuple[frozenset[str], Frame]]
    """Per entry (by index) read through a joined frame: its core and that frame, the
    longest phrasing learned when several of its readings have one."""


def frame_text(frame: Frame) -> str:
    """A frame for the report: "fall short (limitations)", "X" for the core, "(no cue)"
    for a title no cue list reads."""
    ask, before, after = frame
    return " ".join((*before, "X", *after)) + f" ({ask or 'no cue'})"


_UNCUED: Frame = (NO_CUE, (), ())
"""The frame of bare titles no cue list reads ("Dropout?"), which joins no other: a
collection writes such titles for every ask."""


class _Classes:
    """Union-find over frames that never joins two frames known to ask different things.

    Frames are known to differ when the cue lists give them different asks, or when
    entries sharing a core disagree in their answers (``apart``), directly or through
    the frames already joined to either.
    """

    def __init__(self, apart: Iterable[tuple[Frame, Frame]]) -> None:
        self.parent: dict[Frame, Frame] = {}
        self.members: dict[Frame, list[Frame]] = {}
        self.asks: dict[Frame, set[str]] = {}
        self.apart: dict[Frame, set[Frame]] = {}
        for a, b in apart:
            self.apart.setdefault(a, set()).add(b)
            self.apart.setdefault(b, set()).add(a)

    def find(self, frame: Frame) -> Frame:
        if frame not in self.parent:
            self.parent[frame] = frame
            self.members[frame] = [frame]
            self.asks[frame] = {frame[0]} if not frame[1] and not frame[2] else set()
        while self.parent[frame] != frame:
            self.parent[frame] = self.parent[self.parent[frame]]
            frame = self.parent[frame]
        return frame

    def join(self, a: Frame, b: Frame) -> bool:
        if _UNCUED in (a, b):
            return False
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if len(self.asks[ra] | self.asks[rb]) > 1:
            return False
        small, large = sorted((self.members[ra], self.members[rb]), key=len)
        if any(self.apart.get(f, set()).intersection(large) for f in small):
            return False
        self.parent[rb] = ra
        self.members[ra].extend(self.members.pop(rb))
        self.asks[ra] |= self.asks.pop(rb)
        return True


def answer_agreement(
    answers: sparse.csr_matrix,
    columns: dict[str, int],
    left: np.ndarray,
    right: np.ndarray,
    pair_cores: np.ndarray,
    cores: Sequence[frozenset[str]] | Mapping[int, frozenset[str]],
) -> np.ndarray:
    """Answer cosine of each pair without the words of its core (``cores[pair_cores[k]]``).

    Two answers about one subject share its words whatever they say about it; what is
    left says whether they answer the same thing.
    """
    if len(left) == 0:
        return np.zeros(0)
    used, pair_cores = np.unique(pair_cores, return_inverse=True)  # only the cores asked for
    # In column order: a sum's order would otherwise follow set order, which varies by run.
    where = [sorted(columns[w] for w in cores[k] if w in columns) for k in used.tolist()]
    return agreement_without_columns(answers, left, right, pair_cores, where)


def agreement_without_columns(
    answers: sparse.csr_matrix,
    left: np.ndarray,
    right: np.ndarray,
    pair_cores: np.ndarray,
    where: Sequence[Sequence[int]],
) -> np.ndarray:
    """:func:`answer_agreement` with each core given as its answer columns, in increasing
    order (``where[pair_cores[k]]`` for pair k)."""
    if len(left) == 0:
        return np.zeros(0)
    lengths = np.array([len(c) for c in where], dtype=np.int64)
    flat = np.fromiter((c for cs in where for c in cs), dtype=np.int64, count=int(lengths.sum()))
    return agreement_with_columns_left_out(answers, left, right, pair_cores, flat, lengths)


def agreement_with_columns_left_out(
    answers: sparse.csr_matrix,
    left: np.ndarray,
    right: np.ndarray,
    pair_cores: np.ndarray,
    flat: np.ndarray,
    lengths: np.ndarray,
) -> np.ndarray:
    """:func:`agreement_without_columns` with the cores' columns given flat: core ``c``'s
    columns are the ``lengths[c]`` items of ``flat`` after those of the cores before it."""
    size = len(left)
    if size == 0:
        return np.zeros(0)
    pair, positions = run_items(run_starts(lengths), lengths, pair_cores)
    cols = flat[positions]
    a = b = np.zeros(0)
    if len(pair):
        a = np.asarray(answers[left[pair], cols], dtype=np.float64).ravel()
        b = np.asarray(answers[right[pair], cols], dtype=np.float64).ravel()
    shared = np.bincount(pair, a * b, minlength=size)
    a_left = 1.0 - np.bincount(pair, a * a, minlength=size)
    b_left = 1.0 - np.bincount(pair, b * b, minlength=size)
    codes, back = np.unique(left * answers.shape[0] + right, return_inverse=True)
    once_left, once_right = codes // answers.shape[0], codes % answers.shape[0]
    dot = pair_cosines(answers, once_left, once_right)[back] - shared
    norm = np.sqrt(np.maximum(a_left, 0.0) * np.maximum(b_left, 0.0))
    agreement: np.ndarray = np.divide(dot, norm, out=np.zeros(size), where=norm > 1e-9)
    return agreement


def _uninformative(a: Frame, b: Frame) -> bool:
    """Whether two frames say nothing about phrasing when compared.

    When both have the same word next to the core, that word belongs to the core; when
    they have the same words, one moved to the other side of the core ("For image
    classification, what is X?" and "What is X for image classification?"), they differ
    in word order only.
    """
    return (
        bool(a[1] and b[1] and a[1][-1] == b[1][-1])
        or bool(a[2] and b[2] and a[2][0] == b[2][0])
        or sorted((*a[1], *a[2])) == sorted((*b[1], *b[2]))
    )


def sharing_pairs(
    group_of: np.ndarray, max_group: int = MAX_GROUP
) -> tuple[np.ndarray, np.ndarray]:
    """Positions (i < j) of every two items in the same group, in groups of at most
    ``max_group`` (a core shared more widely is too generic to say anything), group by
    group in group order; no loop over items."""
    order = np.argsort(group_of, kind="stable")
    sizes = np.bincount(group_of)
    starts = run_starts(sizes)
    lefts, rights = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
    for size in range(2, max_group + 1):
        groups = np.flatnonzero(sizes == size)
        if len(groups):
            first, second = np.triu_indices(size, 1)
            base = starts[groups][:, None]
            lefts.append(order[(base + first[None, :]).ravel()])
            rights.append(order[(base + second[None, :]).ravel()])
    return np.concatenate(lefts), np.concatenate(rights)


def learn_phrasings(
    subjects: Sequence[Subject], answers: sparse.csr_matrix, columns: dict[str, int]
) -> Phrasings:
    """Classes of frames that ask the same thing, learned from cores and answers."""
    read = readings(subjects)
    if not len(read.entry):
        return Phrasings({}, {}, {})
    entry, frame_of, core_of = read.entry, read.frame, read.core
    first, second = sharing_pairs(core_of)
    keep = (frame_of[first] != frame_of[second]) & (entry[first] != entry[second])
    first, second = first[keep], second[keep]
    low = np.minimum(frame_of[first], frame_of[second])
    high = np.maximum(frame_of[first], frame_of[second])
    codes, key_of = np.unique(low * read.frames + high, return_inverse=True)
    # Only pairs of frames seen on MIN_APART distinct cores can say anything.
    n_cores = int(core_of.max()) + 1
    distinct = sorted_distinct(key_of * n_cores + core_of[first])
    supports = np.bincount(distinct // n_cores, minlength=len(codes))
    candidates = np.flatnonzero(supports >= min(MIN_APART, MIN_SUPPORT))
    frame_at: dict[int, Frame] = {}  # a frame is in many pairs: made once
    key_pairs: dict[int, tuple[Frame, Frame]] = {}
    for k, c in zip(candidates.tolist(), codes[candidates].tolist(), strict=True):
        for number in divmod(c, read.frames):
            if number not in frame_at:
                frame_at[number] = read.frame_at(number)
        key_pairs[k] = (frame_at[c // read.frames], frame_at[c % read.frames])
    number_of = {frame: number for number, frame in frame_at.items()}
    informative = np.zeros(len(codes), dtype=bool)
    for k, (a, b) in key_pairs.items():
        informative[k] = not _uninformative(a, b)
    keep = informative[key_of]
    first, second, key_of = first[keep], second[keep], key_of[keep]
    if not len(first):
        return Phrasings({}, {}, {})
    cores = {k: read.core_at(k) for k in sorted_distinct(core_of[first]).tolist()}
    cosines = answer_agreement(answers, columns, entry[first], entry[second], core_of[first], cores)
    pairs_per_key = np.bincount(key_of, minlength=len(codes))
    means = np.bincount(key_of, cosines, minlength=len(codes)) / np.maximum(pairs_per_key, 1)
    pooled = {
        key_pairs[k]: (int(supports[k]), float(means[k]))
        for k in np.flatnonzero(pairs_per_key).tolist()
    }
    accepted = [
        (support, mean, key)
        for key, (support, mean) in pooled.items()
        if support >= MIN_SUPPORT and mean >= MIN_AGREEMENT
    ]
    accepted.sort(key=lambda t: (-t[0], -t[1], t[2]))
    apart = [
        key
        for key, (support, mean) in pooled.items()
        if support >= MIN_APART and mean < MAX_DISAGREEMENT
    ]
    classes = _Classes(apart)
    evidence: dict[Frame, str] = {}
    for support, mean, (fa, fb) in accepted:
        if classes.join(fa, fb):
            for frame, other in ((fa, fb), (fb, fa)):
                evidence.setdefault(
                    frame,
                    f"asks as {frame_text(other)}: {support} subjects, answers agree {mean:.2f}",
                )
    ask_of: dict[Frame, str] = {}
    for root, frames in classes.members.items():
        if len(frames) < 2:
            continue
        # A class asks what its bare frames the cue lists read ask, else what its other
        # read frames ask when they agree; else it asks in its own way, named after its
        # shortest frame.
        asks = classes.asks[root] or {f[0] for f in frames if f[0] != NO_CUE}
        if len(asks) == 1:
            name = next(iter(asks))
        else:
            name = "asked as " + frame_text(min(frames, key=_size))
        ask_of.update(dict.fromkeys(frames, name))
    return Phrasings(ask_of, evidence, _learned(read, [number_of[f] for f in ask_of]))


def _learned(read: Readings, joined: Sequence[int]) -> dict[int, tuple[frozenset[str], Frame]]:
    """Per entry with a reading whose frame is among ``joined`` (numbers) and has some
    phrasing: the core and frame of its longest such reading (its first, on a tie)."""
    rows = np.flatnonzero(np.isin(read.frame, np.asarray(joined, dtype=np.int64)) & (read.size > 0))
    if not len(rows):
        return {}
    rows = rows[np.lexsort((rows, -read.size[rows], read.entry[rows]))]
    first = np.ones(len(rows), dtype=bool)
    np.not_equal(read.entry[rows[1:]], read.entry[rows[:-1]], out=first[1:])
    return {int(read.entry[r]): read.reading(r) for r in rows[first].tolist()}


def _size(frame: Frame) -> tuple[int, Frame]:
    return len(frame[1]) + len(frame[2]), frame


def apply_phrasings(subjects: Sequence[Subject], phrasings: Phrasings) -> list[Subject]:
    """Each subject read through its learned frame: the class's ask, the core as subject."""
    out = list(subjects)
    for i, (core, frame) in sorted(phrasings.learned.items()):
        subject = subjects[i]
        ask = phrasings.ask_of[frame]
        note = f"{frame_text(frame)} → {ask} (learned phrasing; {phrasings.evidence[frame]})"
        order = tuple(w for w in subject.order if w in core)
        lead = sum(1 for w in subject.order[: subject.lead] if w in core)
        out[i] = replace(
            subject,
            ask=ask,
            words=core,
            rewrites=(*subject.rewrites, note),
            order=order,
            lead=lead,
        )
    return out
