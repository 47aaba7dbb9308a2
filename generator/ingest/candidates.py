"""Candidate pairs for the duplicate finder, found without an all-pairs loop.

Two ways in: entries filed under their words (same words, or one or two words apart,
:func:`near_miss_pairs`), and a sparse TF-IDF product cut to each row's heaviest
weights (:func:`candidate_pairs`). :mod:`.dedupe` scores and merges what these return.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from ..model import Entry
from .subjects import Subject
from .vectors import pair_cosines


def prefix_matrix(
    vectors: sparse.csr_matrix, threshold: float
) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Each row cut to the heaviest entries whose remaining norm can still reach ``threshold``.

    Rows are L2-normalized. Entry k of a row (sorted by weight, heaviest first) is kept
    while the norm of entries k, k+1, ... is at least ``threshold``: a row sharing none of
    a row's kept entries has a cosine with it below ``threshold``. Also returns, per row,
    the norm of what was cut, which bounds how much the cut entries can add to a cosine.
    """
    rows = np.repeat(np.arange(vectors.shape[0]), np.diff(vectors.indptr))
    order = np.lexsort((-vectors.data, rows))
    data, cols, rows = vectors.data[order], vectors.indices[order], rows[order]
    squares = data * data
    total = np.cumsum(squares[::-1])[::-1]  # sum from position k to the end of the array
    row_end = vectors.indptr[1:][rows]
    after_row = np.where(row_end < len(total), total[np.minimum(row_end, len(total) - 1)], 0.0)
    remaining = total - after_row  # sum from k to the end of its row
    keep = np.sqrt(np.maximum(remaining, 0.0)) >= threshold - 1e-9
    cut = np.zeros(vectors.shape[0])
    np.add.at(cut, rows[~keep], squares[~keep])
    prefixes = sparse.csr_matrix((data[keep], (rows[keep], cols[keep])), shape=vectors.shape)
    return prefixes, np.sqrt(cut)


def candidate_pairs(
    titles: sparse.csr_matrix, min_title: float, chunk_rows: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """All pairs i < j whose title cosine is at least ``min_title``, as (i, j, cosine) arrays."""
    rows, cols = [], []
    prefixes, cut = prefix_matrix(titles, min_title)
    transposed = titles.T.tocsc()  # a prefix against whole rows: prefixes alone could miss pairs
    for start in range(0, titles.shape[0], chunk_rows):
        block = (prefixes[start : start + chunk_rows] @ transposed).tocoo()
        i = block.row + start
        # cosine <= what the prefix gave + the cut part's norm (Cauchy-Schwarz, |row j| = 1)
        keep = (block.col > i) & (block.data + cut[i] >= min_title - 1e-9)
        rows.append(i[keep])
        cols.append(block.col[keep])
    if not rows:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    left, right = np.concatenate(rows).astype(np.int64), np.concatenate(cols).astype(np.int64)
    cosines = pair_cosines(titles, left, right)
    close = cosines >= min_title - 1e-9
    return left[close], right[close], cosines[close]


def same_words(a: Sequence[str], b: Sequence[str]) -> bool:
    """Both titles ask about the same key words (order and repeats aside)."""
    return set(a) == set(b)


NEAR_MISS_DROP = 2
NEAR_MISS_GROUP = 12


def near_miss_pairs(keys: Sequence[frozenset[str]]) -> list[tuple[int, int]]:
    """Pairs of key-word sets that differ by one or two words added, dropped or swapped.

    Each set is filed under itself and under every subset with up to ``NEAR_MISS_DROP``
    words left out; sets filed under the same subset are candidates. A subset shared by
    more than ``NEAR_MISS_GROUP`` sets is too generic to say anything and is skipped, so
    the work stays proportional to the number of sets.
    """
    filed: dict[tuple[str, ...], list[int]] = {}
    for index, key in enumerate(keys):
        words = tuple(sorted(key))
        for drop in range(min(NEAR_MISS_DROP, len(words) - 1) + 1):
            for kept in itertools.combinations(words, len(words) - drop):
                filed.setdefault(kept, []).append(index)
    pairs: set[tuple[int, int]] = set()
    for members in filed.values():
        if 2 <= len(members) <= NEAR_MISS_GROUP:
            pairs.update(itertools.combinations(members, 2))
    return sorted(pairs)


def same_word_candidates(
    entries: Sequence[Entry], titles: sparse.csr_matrix
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Candidate pairs when only titles with the same key words may merge.

    Entries are grouped by their set of key words in one pass (no pairwise work): each
    group becomes a chain of pairs. For the review report's closest pairs, one entry per
    group is paired with the groups whose key words differ by one or two words
    (:func:`near_miss_pairs`).
    """
    groups: dict[frozenset[str], list[int]] = {}
    for i, entry in enumerate(entries):
        if entry.title_key:
            groups.setdefault(frozenset(entry.title_key), []).append(i)
    pairs = [(a, b) for members in groups.values() for a, b in itertools.pairwise(members)]
    keys = list(groups)
    heads = [groups[key][0] for key in keys]
    pairs += [(heads[a], heads[b]) for a, b in near_miss_pairs(keys)]
    left = np.array([min(a, b) for a, b in pairs], dtype=np.int64)
    right = np.array([max(a, b) for a, b in pairs], dtype=np.int64)
    return left, right, pair_cosines(titles, left, right)


def subject_candidates(
    subjects: Sequence[Subject], crowd: int | None = None
) -> list[tuple[int, int]]:
    """Candidate pairs (i < j): same ask and subject, or ask-and-subject one or two words apart.

    Entries are grouped by ask and subject in one pass; each group becomes a chain of
    pairs, or, in a group of more than ``crowd`` entries (whose answers must agree to
    merge, where a chain would break at the first pair that does not), each entry is
    paired with the ``crowd`` entries before it. One entry per group is paired with the
    groups whose subject words are the same (another ask) or differ by one or two words
    (:func:`near_miss_pairs`). Entries with no subject words take no part.
    """
    groups: dict[tuple[str, frozenset[str]], list[int]] = {}
    for i, subject in enumerate(subjects):
        if subject.words:
            groups.setdefault((subject.ask, subject.words), []).append(i)
    pairs: list[tuple[int, int]] = []
    for members in groups.values():
        if crowd is None or len(members) <= crowd:
            pairs.extend(itertools.pairwise(members))
        else:
            pairs.extend(
                (members[j], b) for k, b in enumerate(members) for j in range(max(0, k - crowd), k)
            )
    keys = list(groups)
    heads = [groups[key][0] for key in keys]
    near = near_miss_pairs([words for _, words in keys])
    pairs += [(min(heads[a], heads[b]), max(heads[a], heads[b])) for a, b in near]
    return pairs
