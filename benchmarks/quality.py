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


KINDS = ("typo", "reword", "abbreviation", "cross-style", "same wording", "all")


def pair_kinds(a: Mapping[str, object], b: Mapping[str, object]) -> tuple[str, ...]:
    """The kinds of repeat a pair of entries is, from how each was written (corpus features)."""
    kinds = []
    if a["typo"] or b["typo"]:
        kinds.append("typo")
    if a["phrasing"] != b["phrasing"]:
        kinds.append("reword")
    if a["abbreviation"] or b["abbreviation"]:
        kinds.append("abbreviation")
    if a["style"] != b["style"]:
        kinds.append("cross-style")
    return (*(kinds or ["same wording"]), "all")


@dataclass(frozen=True)
class KindScore:
    """Pairwise counts of one kind of repeat: merged and true, merged but not, true but missed."""

    correct: int
    wrong: int
    missed: int

    @property
    def precision(self) -> float:
        """Share of merged pairs of this kind that are repeats (1.0 when none was merged)."""
        merged = self.correct + self.wrong
        return self.correct / merged if merged else 1.0

    @property
    def recall(self) -> float:
        """Share of repeat pairs of this kind that were merged (1.0 when there are none)."""
        true = self.correct + self.missed
        return self.correct / true if true else 1.0


def kind_scores(
    groups: Iterable[Iterable[str]],
    truth: Mapping[str, int],
    features: Mapping[str, Mapping[str, object]],
    half: str,
) -> dict[str, KindScore]:
    """Precision and recall per kind of repeat, over the pairs with an entry in ``half``."""
    predicted: set[tuple[str, str]] = set()
    for group in groups:
        refs = sorted(r for r in group if r in truth)
        for i, a in enumerate(refs):
            for b in refs[i + 1 :]:
                if half in (features[a]["half"], features[b]["half"]):
                    predicted.add((a, b))
    clusters: dict[int, list[str]] = {}
    for ref, cluster in truth.items():
        if features[ref]["half"] == half:
            clusters.setdefault(cluster, []).append(ref)
    true_pairs = {
        (a, b) for refs in clusters.values() for a in sorted(refs) for b in sorted(refs) if a < b
    }
    counts = {kind: [0, 0, 0] for kind in KINDS}
    for pair in predicted | true_pairs:
        slot = 0 if pair in predicted and pair in true_pairs else 1 if pair in predicted else 2
        for kind in pair_kinds(features[pair[0]], features[pair[1]]):
            counts[kind][slot] += 1
    return {kind: KindScore(*values) for kind, values in counts.items()}
