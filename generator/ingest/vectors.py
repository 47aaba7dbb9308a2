"""TF-IDF vectors of pre-tokenized documents, as sparse rows of unit length.

The weighting is the usual smoothed one (what scikit-learn's ``TfidfVectorizer`` computes
with ``sublinear_tf=True``): ``tf = 1 + ln(count)``, ``idf = ln((1 + n) / (1 + df)) + 1``,
each row scaled to unit length. Written here over scipy because the documents arrive
already tokenized, and importing scikit-learn cost more than ingesting the seed.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse

from .parallel import map_ranges

PARALLEL_PAIRS = 100_000
"""Pairs from which :func:`pair_cosines` splits its work over forked processes."""


def tfidf(
    documents: Sequence[Sequence[str]], max_df: float | int | None = None
) -> sparse.csr_matrix:
    """One unit-length TF-IDF row per document; columns are the words in sorted order.

    ``max_df`` drops words in more documents than that: a share of the documents when a
    float, a count when an int. A document with no (remaining) words gets an empty row.
    """
    return tfidf_columns(documents, max_df)[0]


def tfidf_columns(
    documents: Sequence[Sequence[str]], max_df: float | int | None = None
) -> tuple[sparse.csr_matrix, dict[str, int]]:
    """:func:`tfidf`, and each kept word's column."""
    n = len(documents)
    words = [word for document in documents for word in document]
    vocabulary = {word: column for column, word in enumerate(sorted(set(words)))}
    columns = np.fromiter((vocabulary[word] for word in words), dtype=np.int64, count=len(words))
    rows = np.repeat(np.arange(n), [len(document) for document in documents])
    matrix = sparse.csr_matrix(
        (np.ones(len(words)), (rows, columns)), shape=(n, max(len(vocabulary), 1))
    )  # repeated (row, column) pairs add up: the counts
    matrix.sum_duplicates()
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    if max_df is not None:
        limit = max_df * n if isinstance(max_df, float) else max_df
        keep = np.flatnonzero(df <= limit)
        matrix, df = matrix[:, keep], df[keep]
        matrix.sort_indices()
        new = {int(old): column for column, old in enumerate(keep.tolist())}
        vocabulary = {w: new[c] for w, c in vocabulary.items() if c in new}
    matrix.data = np.log(matrix.data) + 1.0
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    matrix = sparse.csr_matrix(matrix @ sparse.diags(idf))
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    scale = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
    return sparse.csr_matrix(sparse.diags(scale) @ matrix), vocabulary


def run_starts(lengths: np.ndarray) -> np.ndarray:
    """Where each run starts when runs of these lengths are laid end to end."""
    return np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(np.int64)


def run_items(
    starts: np.ndarray, lengths: np.ndarray, picks: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The items of the runs ``picks`` names, laid end to end: for each, the pick it
    belongs to (an index into ``picks``) and its position (run ``r`` holds positions
    ``starts[r]`` to ``starts[r] + lengths[r] - 1``)."""
    counts = lengths[picks]
    owner = np.repeat(np.arange(len(picks), dtype=np.int64), counts)
    offsets = np.arange(len(owner)) - np.repeat(np.cumsum(counts) - counts, counts)
    return owner, np.repeat(starts[picks], counts) + offsets


def sorted_distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values of a 1-D integer array, in increasing order (``np.unique``).

    Sorting and keeping each run's first value: NumPy 2's ``np.unique`` without an
    inverse takes a hashing path that was ten times slower on millions of integers.
    """
    ordered = np.sort(values)
    first = np.ones(len(ordered), dtype=bool)
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    return ordered[first]


def pair_cosines(vectors: sparse.csr_matrix, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Row-wise dot product of ``vectors[left]`` and ``vectors[right]``: their cosines
    when rows are L2-normalized. Each pair's sum is computed alone, so slices of the
    pairs computed in separate processes give the same floats."""

    def dots(start: int, stop: int) -> list[float]:
        products = vectors[left[start:stop]].multiply(vectors[right[start:stop]])
        result: list[float] = np.asarray(products.sum(axis=1)).ravel().tolist()
        return result

    return np.array(map_ranges(dots, len(left), PARALLEL_PAIRS), dtype=np.float64)
