"""Every subject's (core, frame) readings as rows of integers, for learning phrasings.

:mod:`generator.ingest.phrasings` reads a subject, in title order, as *phrasing before*
+ *core* + *phrasing after*, with up to ``MAX_FRAME`` words of phrasing. At 100,000
entries that is some 2.8 million readings; made as Python tuples and sets and numbered
through dictionaries they took seconds. Here each reading is a row of NumPy arrays, and
cores and frames are numbered by 64-bit fingerprints: each word has fixed values (from
a hash of its text, so the same in every run); a core's fingerprint is the sum of its
words' values, so word order does not count; a frame's weighs each of its words by its
place before or after the core, and adds its ask's value (:data:`NO_CUE`'s for a title no
cue list reads). Only the few cores and frames that are looked at are made as Python
objects (:meth:`Readings.frame_at`).

Two different cores (or frames) could share a fingerprint and be counted as one: with
64 bits, about two million of them collide with a chance below one in a million.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from .vectors import run_starts

if TYPE_CHECKING:
    from .subjects import Subject

MAX_FRAME = 10
"""Words of phrasing around a core, before and after together. People chat ("I get the
idea but not the maths: what does X do?"; "I have seen examples and read explanations
of X but still can't get a good grasp"): three words missed most such phrasings, six
the longest. More than ten changed nothing on the benchmark's sets, and ten cost no
measurable time at 100,000 entries."""

NO_CUE = ""
"""The ask of a frame whose title no cue list reads (its subject's ask is the default)."""

Frame = tuple[str, tuple[str, ...], tuple[str, ...]]
"""An ask and the phrasing words before and after a core."""

_SPLITS = np.array(
    [(a, b) for a in range(MAX_FRAME + 1) for b in range(MAX_FRAME + 1 - a)], dtype=np.int64
)
"""Every (words before, words after) of a reading, in the order readings are listed."""


def _values(texts: Sequence[str], salt: bytes) -> np.ndarray:
    """A fixed pseudo-random 64-bit value per text (the same in every run)."""
    data = b"".join(
        hashlib.blake2b(text.encode("utf-8"), digest_size=8, salt=salt).digest() for text in texts
    )
    return np.frombuffer(data, dtype="<u8").astype(np.uint64)


_PLACE = _values([f"{side}{k}" for side in "ba" for k in range(MAX_FRAME)], b"place")
# odd, so that multiplying by them loses no bits of a word's value
_BEFORE, _AFTER = _PLACE[:MAX_FRAME] | np.uint64(1), _PLACE[MAX_FRAME:] | np.uint64(1)


@dataclass(frozen=True)
class _Table:
    """The distinct subjects (ask, words in order, leading words) and their readings."""

    asks: list[str]
    orders: list[tuple[str, ...]]
    leads: list[int]
    subject: np.ndarray
    """Per reading: its subject in the table."""
    kind: np.ndarray
    """Per reading: 0 when the leading phrase is in the core, 1 when it is phrasing."""
    before: np.ndarray
    """Per reading: the words of phrasing before its core."""
    after: np.ndarray
    """Per reading: the words of phrasing after its core."""


@dataclass(frozen=True)
class Readings:
    """Every entry's readings, one row each: entries in order, and each entry's in the
    order of :func:`readings`."""

    entry: np.ndarray
    """Per row: the entry read."""
    core: np.ndarray
    """Per row: its core's number (equal cores, equal numbers)."""
    frame: np.ndarray
    """Per row: its frame's number."""
    size: np.ndarray
    """Per row: the words of phrasing in its frame."""
    frames: int
    """How many distinct frames there are (numbers run from 0)."""
    _table: _Table
    _row: np.ndarray
    """Per row: its reading in the table."""
    _frame_row: np.ndarray
    """Per frame number: a reading in the table with that frame."""
    _core_row: np.ndarray
    """Per core number: a reading in the table with that core."""

    def reading(self, row: int) -> tuple[frozenset[str], Frame]:
        """The core and frame of one row."""
        return _reading(self._table, int(self._row[row]))

    def frame_at(self, number: int) -> Frame:
        """The frame numbered ``number``."""
        return _reading(self._table, int(self._frame_row[number]))[1]

    def core_at(self, number: int) -> frozenset[str]:
        """The core numbered ``number``."""
        return _reading(self._table, int(self._core_row[number]))[0]


def _reading(table: _Table, at: int) -> tuple[frozenset[str], Frame]:
    """The core and frame of the table's reading ``at``, as Python objects."""
    subject = int(table.subject[at])
    before, after = int(table.before[at]), int(table.after[at])
    order, lead, ask = table.orders[subject], table.leads[subject], table.asks[subject]
    end = len(order) - after
    if table.kind[at] == 0:  # the leading phrase in the core
        core = frozenset((*order[:lead], *order[lead + before : end]))
        return core, (ask, order[lead : lead + before], order[end:])
    return frozenset(order[before:end]), (ask, order[:before], order[end:])


def _table(subjects: Sequence[Subject]) -> tuple[_Table, np.ndarray]:
    """The distinct readable subjects with every reading, and each entry's subject (-1:
    none: a short form left unread, or no words)."""
    index: dict[tuple[str, tuple[str, ...], int], int] = {}
    of_entry = np.full(len(subjects), -1, dtype=np.int64)
    for i, subject in enumerate(subjects):
        if subject.unresolved is None and subject.order:
            key = (subject.ask if subject.cue_ask else NO_CUE, subject.order, subject.lead)
            of_entry[i] = index.setdefault(key, len(index))
    asks = [ask for ask, _, _ in index]
    orders = [order for _, order, _ in index]
    leads = np.array([lead for _, _, lead in index], dtype=np.int64)
    sizes = np.array([len(order) for order in orders], dtype=np.int64)
    count = len(index)
    split = np.tile(np.arange(len(_SPLITS)), count)
    owner = np.repeat(np.arange(count), len(_SPLITS))
    a, b = _SPLITS[split, 0], _SPLITS[split, 1]
    # the core keeps at least one word of the title's own (not of its leading phrase)
    inside = sizes[owner] - leads[owner] - a - b >= 1
    # a leading phrase read as phrasing: only readings with some phrasing before
    phrasing = (leads[owner] > 0) & (a >= 1) & (sizes[owner] - a - b >= 1)
    kind = np.concatenate(
        (np.zeros(int(inside.sum()), np.int64), np.ones(int(phrasing.sum()), np.int64))
    )
    pick = np.concatenate((np.flatnonzero(inside), np.flatnonzero(phrasing)))
    listed = np.lexsort((split[pick], kind, owner[pick]))
    pick, kind = pick[listed], kind[listed]
    table = _Table(asks, orders, leads.tolist(), owner[pick], kind, a[pick], b[pick])
    return table, of_entry


def _fingerprints(table: _Table) -> tuple[np.ndarray, np.ndarray]:
    """Each reading's core and frame fingerprints."""
    vocabulary: dict[str, int] = {}
    flat = np.fromiter(
        (vocabulary.setdefault(w, len(vocabulary)) for order in table.orders for w in order),
        dtype=np.int64,
    )
    words = list(vocabulary)
    core_value, frame_value = _values(words, b"core")[flat], _values(words, b"frame")[flat]
    ask_names = sorted(set(table.asks))
    ask_value = _values(ask_names, b"ask")
    ask_number = {ask: k for k, ask in enumerate(ask_names)}
    lengths = np.array([len(o) for o in table.orders], dtype=np.int64)
    starts = run_starts(lengths)
    prefix = np.concatenate((np.zeros(1, np.uint64), np.cumsum(core_value, dtype=np.uint64)))
    u, a, b = table.subject, table.before, table.after
    s, n, lead = starts[u], lengths[u], np.asarray(table.leads, dtype=np.int64)[u]
    first = np.where(table.kind == 0, s + lead, s)  # the first word of phrasing before
    with np.errstate(over="ignore"):
        core = prefix[s + n - b] - prefix[first + a]
        core += np.where(table.kind == 0, prefix[s + lead] - prefix[s], np.uint64(0))
        asks = np.array([ask_number[ask] for ask in table.asks], dtype=np.int64)
        frame = ask_value[asks[u]]
        for place in range(MAX_FRAME):
            has = np.flatnonzero(a > place)
            frame[has] += frame_value[first[has] + place] * _BEFORE[place]
            has = np.flatnonzero(b > place)
            frame[has] += frame_value[s[has] + n[has] - 1 - place] * _AFTER[place]
    return core, frame


def readings(subjects: Sequence[Subject]) -> Readings:
    """Every (core, frame) reading of every subject with up to ``MAX_FRAME`` phrasing words.

    Per subject: first its leading phrase ("For image classification, ...") as part of
    the core (a context), then, with a leading phrase, that phrase as phrasing before
    the core ("In your own words, ..."); within each, readings by words before, then
    words after. A short form left unread, or a subject with no words, has none.
    """
    table, of_entry = _table(subjects)
    core_print, frame_print = _fingerprints(table)
    _, core_row, core_number = np.unique(core_print, return_index=True, return_inverse=True)
    _, frame_row, frame_number = np.unique(frame_print, return_index=True, return_inverse=True)
    per_subject = np.bincount(table.subject, minlength=len(table.orders))
    first_row = run_starts(per_subject)
    entries = np.flatnonzero(of_entry >= 0)
    counts = per_subject[of_entry[entries]]
    offsets = np.cumsum(counts) - counts
    rows = np.repeat(first_row[of_entry[entries]] - offsets, counts) + np.arange(int(counts.sum()))
    return Readings(
        entry=np.repeat(entries, counts),
        core=core_number.reshape(-1)[rows],
        frame=frame_number.reshape(-1)[rows],
        size=(table.before + table.after)[rows],
        frames=len(frame_row),
        _table=table,
        _row=rows,
        _frame_row=frame_row,
        _core_row=core_row,
    )
