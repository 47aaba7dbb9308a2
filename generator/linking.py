"""Related questions: text similarity plus shared tags, 3 to 5 per question, never itself."""

from __future__ import annotations

from collections.abc import Sequence

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

    result: list[tuple[str, ...]] = []
    for start in range(0, n, CHUNK_ROWS):
        block = sparse.csr_matrix(matrix[start : start + CHUNK_ROWS] @ transposed)
        for offset in range(block.shape[0]):
            i = start + offset
            lo, hi = block.indptr[offset], block.indptr[offset + 1]
            scores: dict[int, float] = {}
            for j, value in zip(
                block.indices[lo:hi].tolist(), block.data[lo:hi].tolist(), strict=True
            ):
                if j != i:
                    scores[int(j)] = float(value) + TAG_WEIGHT * _tag_overlap(
                        questions[i], questions[j]
                    )
            ranked = sorted(
                (j for j, s in scores.items() if s >= MIN_SCORE),
                key=lambda j: (-round(scores[j], 9), questions[j].id),
            )[:MAX_RELATED]
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
