"""Find repeated questions: group entries that ask the same thing.

Method, chosen to scale to 100,000 entries without an all-pairs Python loop:

1. Each title's key words (filler and field names removed, see the word list) become
   a TF-IDF vector; so does each answer's content words.
2. Candidate pairs come from one sparse matrix product of the title vectors, in row
   chunks, keeping pairs whose title cosine reaches ``min_title``.
3. A pair's score is a weighted sum of its title and answer cosines. Pairs at or
   above ``threshold`` are merged, best first, unless each title has a key word the other
   lacks (a swapped word: "total" vs "within sum of squares" is another question; such
   pairs are left to the review report's closest pairs), with a union-find that refuses any
   merge a curated split forbids. Curated merges always apply.

Every decision is kept (:class:`~generator.model.PairScore`) for the review report.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from .model import Entry, MergeGroup, PairScore, SourceRef


@dataclass(frozen=True)
class DedupeSettings:
    """Weights and thresholds of the duplicate finder."""

    title_weight: float = 0.85
    threshold: float = 0.78
    min_title: float = 0.5
    chunk_rows: int = 2048
    near_misses: int = 25
    keep_swaps_apart: bool = True


@dataclass(frozen=True)
class DedupeResult:
    """The groups found, and the closest pairs that were not merged."""

    groups: tuple[MergeGroup, ...]
    near_misses: tuple[PairScore, ...]


def _identity(tokens: Sequence[str]) -> Sequence[str]:
    return tokens


def _vectorize(docs: list[tuple[str, ...]]) -> sparse.csr_matrix:
    if not any(docs):
        return sparse.csr_matrix((len(docs), 1))
    vectorizer = TfidfVectorizer(analyzer=_identity, sublinear_tf=True, dtype=np.float64)
    return vectorizer.fit_transform(docs).tocsr()


def candidate_pairs(
    titles: sparse.csr_matrix, min_title: float, chunk_rows: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """All pairs i < j whose title cosine is at least ``min_title``, as (i, j, cosine) arrays."""
    rows, cols, values = [], [], []
    transposed = titles.T.tocsc()
    for start in range(0, titles.shape[0], chunk_rows):
        block = (titles[start : start + chunk_rows] @ transposed).tocoo()
        i = block.row + start
        keep = (block.col > i) & (block.data >= min_title - 1e-9)
        rows.append(i[keep])
        cols.append(block.col[keep])
        values.append(block.data[keep])
    if not rows:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    return np.concatenate(rows), np.concatenate(cols), np.concatenate(values)


def pair_cosines(vectors: sparse.csr_matrix, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Row-wise cosine of ``vectors[left]`` and ``vectors[right]`` (rows are L2-normalized)."""
    if len(left) == 0:
        return np.zeros(0)
    return np.asarray(vectors[left].multiply(vectors[right]).sum(axis=1)).ravel()


class _Groups:
    """Union-find that keeps, per root, its members, so cannot-link checks stay cheap."""

    def __init__(self, size: int, forbidden: Iterable[tuple[int, int]]) -> None:
        self.parent = list(range(size))
        self.members: dict[int, set[int]] = {i: {i} for i in range(size)}
        self.forbidden: dict[int, set[int]] = {}
        for a, b in forbidden:
            self.forbidden.setdefault(a, set()).add(b)
            self.forbidden.setdefault(b, set()).add(a)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def allowed(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        small, large = sorted((self.members[ra], self.members[rb]), key=len)
        return not any(self.forbidden.get(m, set()) & large for m in small)

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] |= self.members.pop(rb)
        return True


def is_swap(a: Sequence[str], b: Sequence[str]) -> bool:
    """Each title has a key word the other lacks: one word swapped ("total" vs "within")."""
    left, right = set(a), set(b)
    return bool(left - right) and bool(right - left)


def _indices(refs: Sequence[SourceRef], index: dict[SourceRef, int]) -> list[int]:
    return [index[r] for r in refs if r in index]


def find_duplicates(
    entries: Sequence[Entry],
    merges: Sequence[Sequence[SourceRef]] = (),
    splits: Sequence[Sequence[SourceRef]] = (),
    settings: DedupeSettings | None = None,
) -> DedupeResult:
    """Group entries that ask the same question; curated merges and splits win."""
    settings = settings or DedupeSettings()
    index = {entry.ref: i for i, entry in enumerate(entries)}
    titles = _vectorize([e.title_key for e in entries])
    answers = _vectorize([e.answer_key for e in entries])
    left, right, title_cos = candidate_pairs(titles, settings.min_title, settings.chunk_rows)
    answer_cos = pair_cosines(answers, left, right)
    scores = settings.title_weight * title_cos + (1 - settings.title_weight) * answer_cos
    order = np.lexsort((right, left, -np.round(scores, 9)))

    forbidden = []
    for group in splits:
        ids = _indices(group, index)
        forbidden.extend((a, b) for k, a in enumerate(ids) for b in ids[k + 1 :])
    groups = _Groups(len(entries), forbidden)
    forced_roots: set[int] = set()
    links: dict[int, list[PairScore]] = {}

    def score_of(k: int) -> PairScore:
        a, b = int(left[k]), int(right[k])
        return PairScore(
            entries[a].ref,
            entries[b].ref,
            round(float(title_cos[k]), 3),
            round(float(answer_cos[k]), 3),
            round(float(scores[k]), 3),
        )

    for group in merges:
        ids = _indices(group, index)
        for a, b in itertools.pairwise(ids):
            groups.union(a, b)
            links.setdefault(a, []).append(PairScore(entries[a].ref, entries[b].ref, 1.0, 1.0, 1.0))
        if ids:
            forced_roots.add(ids[0])

    near: list[PairScore] = []
    for k in order:
        a, b = int(left[k]), int(right[k])
        swapped = settings.keep_swaps_apart and is_swap(entries[a].title_key, entries[b].title_key)
        if scores[k] >= settings.threshold and not swapped:
            if groups.find(a) != groups.find(b) and groups.allowed(a, b):
                groups.union(a, b)
                links.setdefault(a, []).append(score_of(k))
                continue
            if groups.find(a) == groups.find(b):
                continue
        if len(near) < settings.near_misses and groups.find(a) != groups.find(b):
            near.append(score_of(k))

    forced = {groups.find(r) for r in forced_roots}
    by_root: dict[int, list[int]] = {}
    for i in range(len(entries)):
        by_root.setdefault(groups.find(i), []).append(i)
    result = []
    for root, members in by_root.items():
        ordered = sorted(
            members, key=lambda i: (-entries[i].writing_score, entries[i].ref.sort_key)
        )
        member_links = tuple(s for m in members for s in links.get(m, ()))
        result.append(
            MergeGroup(tuple(entries[i] for i in ordered), member_links, forced=root in forced)
        )
    result.sort(key=lambda g: min(e.ref.sort_key for e in g.entries))
    return DedupeResult(tuple(result), tuple(near))
