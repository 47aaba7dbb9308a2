"""Pairwise precision and recall of the deduplicator against a corpus's ground truth."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class PairScores:
    """Pairwise dedup quality: pairs of entries put in one question vs. true repeat pairs."""

    true_pairs: int
    predicted_pairs: int
    correct_pairs: int
    missing: int  # ground-truth entries no question came from
    extra: int  # question sources that are not in the ground truth

    @property
    def precision(self) -> float:
        """Share of merged pairs that are true repeats (1.0 when nothing was merged)."""
        return self.correct_pairs / self.predicted_pairs if self.predicted_pairs else 1.0

    @property
    def recall(self) -> float:
        """Share of true repeat pairs that were merged (1.0 when there are none)."""
        return self.correct_pairs / self.true_pairs if self.true_pairs else 1.0


def _pairs(size: int) -> int:
    return size * (size - 1) // 2


def pair_scores(groups: Iterable[Iterable[str]], truth: Mapping[str, int]) -> PairScores:
    """Compare predicted groups of ``file#label`` refs with ``truth`` (ref -> cluster id)."""
    predicted = 0
    correct = 0
    seen: set[str] = set()
    extra = 0
    for group in groups:
        refs = [r for r in group if r in truth]
        extra += sum(1 for r in group if r not in truth)
        seen.update(refs)
        predicted += _pairs(len(refs))
        correct += sum(_pairs(c) for c in Counter(truth[r] for r in refs).values())
    true_pairs = sum(_pairs(c) for c in Counter(truth.values()).values())
    return PairScores(true_pairs, predicted, correct, len(set(truth) - seen), extra)
