"""Related questions: text similarity plus shared tags, 3 to 5 per question, never itself."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from .model import Question
from .normalize import Normalizer

MIN_RELATED = 3
MAX_RELATED = 5
TAG_WEIGHT = 0.15
MIN_SCORE = 0.08
CHUNK_ROWS = 2048


def _tokens(question: Question, normalizer: Normalizer) -> list[str]:
    title = normalizer.title_key(question.title)
    return [*title, *title, *normalizer.answer_key(question.answer)]


def _tag_overlap(a: Question, b: Question) -> float:
    shared = len(set(a.tags) & set(b.tags))
    return shared / len(set(a.tags) | set(b.tags)) if shared else 0.0


def _tag_masks(questions: Sequence[Question]) -> np.ndarray:
    """Each question's tags as a bit set: one row of 64-bit words per question."""
    bits: dict[str, int] = {}
    for q in questions:
        for tag in q.tags:
            bits.setdefault(tag, len(bits))
    masks = np.zeros((len(questions), max(1, -(-len(bits) // 64))), dtype=np.uint64)
    for i, q in enumerate(questions):
        for tag in set(q.tags):
            word, bit = divmod(bits[tag], 64)
            masks[i, word] |= np.uint64(1) << np.uint64(bit)
    return masks


def _top_candidates(
    block: sparse.csr_matrix, start: int, masks: np.ndarray
) -> list[list[tuple[int, float]]]:
    """Per row of ``block``: (j, text cosine + tag bonus) at or above ``MIN_SCORE``, j != row.

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
    keep = (cols != own) & (scores >= MIN_SCORE)
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


def related_ids(questions: Sequence[Question], normalizer: Normalizer) -> list[tuple[str, ...]]:
    """For each question, the ids of its 3-5 most related questions, best first."""
    n = len(questions)
    if n < 2:
        return [() for _ in questions]
    vectorizer = TfidfVectorizer(
        analyzer=lambda tokens: tokens,
        sublinear_tf=True,
        max_df=min(1.0, max(0.2, 50 / n)),
        min_df=1,
    )
    matrix = vectorizer.fit_transform([_tokens(q, normalizer) for q in questions]).tocsr()
    transposed = matrix.T.tocsc()
    by_tag: dict[str, list[int]] = {}
    for i, q in enumerate(questions):
        for tag in q.tags:
            by_tag.setdefault(tag, []).append(i)

    masks = _tag_masks(questions)
    result: list[tuple[str, ...]] = []
    for start in range(0, n, CHUNK_ROWS):
        block = sparse.csr_matrix(matrix[start : start + CHUNK_ROWS] @ transposed)
        for offset, candidates in enumerate(_top_candidates(block, start, masks)):
            i = start + offset
            scores = dict(candidates)
            ranked = sorted(scores, key=lambda j: (-round(scores[j], 9), questions[j].id))[
                :MAX_RELATED
            ]
            if len(ranked) < MIN_RELATED:
                for tag in questions[i].tags:
                    for j in by_tag[tag]:
                        if j != i and j not in ranked:
                            ranked.append(j)
                        if len(ranked) >= MIN_RELATED:
                            break
                    if len(ranked) >= MIN_RELATED:
                        break
            if len(ranked) < MIN_RELATED:
                # same topic first, then any other question, so every question gets 3
                rest = sorted(
                    (j for j in range(n) if j != i and j not in ranked),
                    key=lambda j: questions[j].topic != questions[i].topic,
                )
                ranked.extend(rest[: MIN_RELATED - len(ranked)])
            result.append(tuple(questions[j].id for j in ranked))
    return result
