"""The automatic pipeline (no curation) against hand labels of the seed's repeats."""

from __future__ import annotations

import itertools

import pytest
import yaml
from conftest import FIXTURES, SEED

from generator.ingest.pipeline import build_questions, read_entries
from generator.model import Taxonomy, WordList


def pairs(groups: list[list]) -> set[frozenset[str]]:
    return {frozenset((str(a), str(b))) for g in groups for a, b in itertools.combinations(g, 2)}


@pytest.fixture(scope="module")
def labels() -> dict[str, set[frozenset[str]]]:
    data = yaml.safe_load((FIXTURES / "seed_labels.yaml").read_text(encoding="utf-8"))
    return {key: pairs(data[key]) for key in ("repeats", "distinct", "curated")}


def test_labels_are_consistent(labels: dict[str, set[frozenset[str]]]) -> None:
    seed_labels = {ref.label for ref in (r.ref for r in read_entries([SEED], WordList()))}
    used = {label for key in labels for pair in labels[key] for label in pair}
    assert used <= seed_labels
    assert not labels["repeats"] & labels["distinct"]
    assert not labels["curated"] & (labels["repeats"] | labels["distinct"])


def test_automatic_dedupe_precision_and_recall_on_the_seed(
    labels: dict[str, set[frozenset[str]]],
    words: WordList,
    taxonomy: Taxonomy,
    record_property: pytest.RecordProperty,
) -> None:
    built = build_questions(read_entries([SEED], words), words, taxonomy)
    merged = pairs([[e.ref.label for e in g.entries] for g in built.dedupe.groups])
    repeats, distinct = labels["repeats"], labels["distinct"]
    merged_scored = merged - labels["curated"]

    true_pos = len(merged_scored & repeats)
    false_pos_labeled = merged_scored & distinct
    false_pos_all = merged_scored - repeats  # any merge the labels do not call a repeat
    precision = true_pos / (true_pos + len(false_pos_labeled)) if true_pos else 0.0
    strict_precision = true_pos / len(merged_scored) if merged_scored else 0.0
    recall = true_pos / len(repeats)
    figures = {
        "repeat_pairs": len(repeats),
        "distinct_pairs": len(distinct),
        "merged_pairs": len(merged),
        "true_positives": true_pos,
        "precision_labeled": round(precision, 3),
        "precision_all_merges": round(strict_precision, 3),
        "recall": round(recall, 3),
    }
    for key, value in figures.items():
        record_property(key, value)
    print("\nseed dedupe:", ", ".join(f"{k}={v}" for k, v in figures.items()))

    missed = sorted(tuple(sorted(p)) for p in repeats - merged)
    wrongly = sorted(tuple(sorted(p)) for p in false_pos_labeled)
    unlabeled = sorted(tuple(sorted(p)) for p in false_pos_all)
    assert not missed, f"repeats not merged: {missed}"
    assert not wrongly, f"look-alikes merged: {wrongly}"
    assert not unlabeled, f"merged but not labeled as repeats: {unlabeled}"
    assert precision == recall == 1.0
