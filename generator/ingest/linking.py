"""Related questions: text similarity plus shared tags, up to 5 per question, never itself.

Fewer links rather than irrelevant ones: a question is linked only when the texts share
enough (``MIN_TEXT``), however many tags they share. Links are stable: a question keeps
the links its file had unless a question that file did not know ranks among its best.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from functools import partial

import numpy as np
from scipy import sparse

from ..document import plain_text
from ..model import Entry, QuestionDraft
from .normalize import Normalizer
from .parallel import map_ranges, process_map
from .vectors import tfidf

MAX_RELATED = 5
TAG_WEIGHT = 0.15
MIN_TEXT = 0.12
"""The relevance floor: the least text cosine a related question needs."""
CHUNK_ROWS = 2048
MAX_POSTINGS = 24
MAX_WORDS = 16
SPARSIFY_FROM = 2000
PARALLEL_CHUNKS = 4
"""From this many blocks of ``CHUNK_ROWS`` questions on, blocks are ranked in worker processes."""


def linking_words(
    question: QuestionDraft, normalizer: Normalizer, source: Entry | None = None
) -> list[str]:
    """The words a question is compared by: its title's key words twice, its answer's once.

    ``source``, an entry whose title or answer the question kept as it is, lends the
    keys normalization already computed for them (they are the same words).
    """
    if source is not None and source.title == question.title:
        title = source.title_key
    else:
        title = normalizer.title_key(question.title)
    if source is not None and source.answer == question.answer:
        answer = source.answer_key
    else:
        answer = normalizer.answer_key(plain_text(question.answer))
    return [*title, *title, *answer]


def _tag_masks(tag_sets: Sequence[Sequence[str]]) -> np.ndarray:
    """Each question's tags as a bit set: one row of 64-bit words per question."""
    bits: dict[str, int] = {}
    for tags in tag_sets:
        for tag in tags:
            bits.setdefault(tag, len(bits))
    masks = np.zeros((len(tag_sets), max(1, -(-len(bits) // 64))), dtype=np.uint64)
    for i, tags in enumerate(tag_sets):
        for tag in set(tags):
            word, bit = divmod(bits[tag], 64)
            masks[i, word] |= np.uint64(1) << np.uint64(bit)
    return masks


def _top_candidates(
    block: sparse.csr_matrix, start: int, masks: np.ndarray
) -> list[list[tuple[int, float]]]:
    """Per row of ``block``: (j, text cosine + tag bonus) for text cosines from ``MIN_TEXT``, j != row.

    Only a row's best few are kept (those within a hair of its 5th best), so the exact
    tie-breaking sort that follows runs over a handful of candidates, not every column.
    """
    counts = np.diff(block.indptr)
    rows = np.repeat(np.arange(block.shape[0]), counts)
    cols = block.indices.astype(np.int64)
    values = block.data
    own = rows + start
    shared = np.bitwise_count(masks[own] & masks[cols]).sum(axis=1)
    union = np.bitwise_count(masks[own] | masks[cols]).sum(axis=1)
    overlap = np.where(shared > 0, shared / np.maximum(union, 1), 0.0)
    scores = values + TAG_WEIGHT * overlap
    keep = (cols != own) & (values >= MIN_TEXT)
    rows, cols, scores = rows[keep], cols[keep], scores[keep]
    order = np.lexsort((-scores, rows))
    rows, cols, scores = rows[order], cols[order], scores[order]
    first = np.searchsorted(rows, np.arange(block.shape[0]))
    last = np.searchsorted(rows, np.arange(block.shape[0]), side="right")
    kth = np.where(
        last - first >= MAX_RELATED,
        scores[np.minimum(first + MAX_RELATED - 1, max(len(scores) - 1, 0))]
        if len(scores)
        else 0.0,
        -np.inf,
    )
    near = scores >= kth[rows] - 1e-6
    rows, cols, scores = rows[near], cols[near], scores[near]
    bounds = np.searchsorted(rows, np.arange(block.shape[0] + 1))
    col_list, score_list = cols.tolist(), scores.tolist()
    return [
        list(zip(col_list[lo:hi], score_list[lo:hi], strict=True))
        for lo, hi in itertools.pairwise(bounds.tolist())
    ]


def _sparsify(matrix: sparse.csr_matrix, keep: int, renormalize: bool = True) -> sparse.csr_matrix:
    """Keep each row's ``keep`` heaviest entries (renormalized): bounds the cost of a product."""
    rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
    order = np.lexsort((matrix.indices, -matrix.data, rows))
    rank = np.arange(len(order)) - matrix.indptr[rows[order]]
    chosen = order[rank < keep]
    kept = sparse.csr_matrix(
        (matrix.data[chosen], (rows[chosen], matrix.indices[chosen])), shape=matrix.shape
    )
    if not renormalize:
        return kept
    norms = np.sqrt(np.asarray(kept.multiply(kept).sum(axis=1)).ravel())
    return sparse.csr_matrix(sparse.diags(1 / np.maximum(norms, 1e-12)) @ kept)


def related_ids(
    questions: Sequence[QuestionDraft],
    normalizer: Normalizer,
    earlier: Mapping[str, tuple[str, ...]] | None = None,
) -> list[tuple[str, ...]]:
    """For each question, the ids of its most related questions (up to 5), best first
    (:func:`rank_related` over each question's :func:`linking_words`)."""
    return rank_related(
        [q.id for q in questions],
        [q.tags or () for q in questions],
        process_map(partial(linking_words, normalizer=normalizer), questions),
        earlier,
    )


def rank_related(
    ids: Sequence[str],
    tag_sets: Sequence[Sequence[str]],
    words: Sequence[Sequence[str]],
    earlier: Mapping[str, tuple[str, ...]] | None = None,
) -> list[tuple[str, ...]]:
    """For each question (its id, tags and :func:`linking_words`), the ids of its most
    related questions (up to 5), best first.

    Text similarity is TF-IDF cosine over title words (counted twice) and answer words,
    with words in more than 20% of questions ignored. Above ``SPARSIFY_FROM`` questions
    the search is bounded: each question keeps its ``MAX_WORDS`` heaviest words, and each
    word finds only the ``MAX_POSTINGS`` questions where it weighs most, so the cost grows
    with the number of questions, not its square. Shared tags add a bonus to the rank;
    only text cosines from ``MIN_TEXT`` count, so a question may have fewer links, or none.

    ``earlier`` maps ids to the links their files had: such a question keeps those (the
    ones that still exist) unless a question not in ``earlier`` ranks among its best, so
    adding questions rewrites only the files they belong in.
    """
    n = len(ids)
    if n < 2:
        return [() for _ in ids]
    large = n > SPARSIFY_FROM
    matrix = tfidf(words, max_df=None if large else min(1.0, max(0.2, 50 / n)))
    transposed = matrix.T.tocsc()
    if large:
        matrix = _sparsify(matrix, MAX_WORDS)
        postings = _sparsify(matrix.T.tocsr(), MAX_POSTINGS, renormalize=False)
        transposed = postings.tocsc()
    links_before = earlier or {}
    known = set(ids)
    masks = _tag_masks(tag_sets)

    def chunks(first: int, stop: int) -> list[tuple[str, ...]]:
        result: list[tuple[str, ...]] = []
        for start in range(first * CHUNK_ROWS, min(stop * CHUNK_ROWS, n), CHUNK_ROWS):
            block = sparse.csr_matrix(matrix[start : start + CHUNK_ROWS] @ transposed)
            for offset, candidates in enumerate(_top_candidates(block, start, masks)):
                i = start + offset
                scores = dict(candidates)
                ranked = sorted(scores, key=lambda j: (-round(scores[j], 9), ids[j]))
                best = tuple(ids[j] for j in ranked[:MAX_RELATED])
                before = links_before.get(ids[i])
                if before is not None and all(other in links_before for other in best):
                    own = ids[i]
                    kept = tuple(other for other in before if other in known and other != own)
                    if kept or not best:
                        best = kept
                result.append(best)
        return result

    return map_ranges(chunks, -(-n // CHUNK_ROWS), PARALLEL_CHUNKS)
