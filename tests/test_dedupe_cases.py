"""The duplicate finder on labelled repeats and look-alikes written as different people write.

Pairwise precision and recall on ``fixtures/dedupe_cases.yaml``: its ``tune`` parts (the
cases the finder was developed against) and its ``held_out`` part (never tuned on), each
run as one corpus.
"""

from __future__ import annotations

import itertools

import pytest
import yaml
from conftest import FIXTURES, raw

from generator.ingest.dedupe import DedupeSettings, find_duplicates, with_word_list
from generator.ingest.normalize import Normalizer
from generator.model import Entry, WordList

CASES = yaml.safe_load((FIXTURES / "dedupe_cases.yaml").read_text(encoding="utf-8"))


def corpus(words: WordList, part: str) -> tuple[list[Entry], dict[str, int]]:
    """One entry per title of the part, and each entry's question number."""
    normalizer = Normalizer(words)
    entries, truth = [], {}
    for number, item in enumerate(CASES[part]):
        for title in item["titles"]:
            file, _, text = title.partition(": ")
            label = str(len(entries) + 1)
            entry = normalizer.normalize_entry(raw(label, text, item["answer"], file=file))
            entries.append(entry)
            truth[str(entry.ref)] = number
    return entries, truth


def pairs(groups: list[list[str]]) -> set[frozenset[str]]:
    return {frozenset(p) for g in groups for p in itertools.combinations(g, 2)}


@pytest.mark.parametrize("part", ["tune", "tune_second", "held_out"])
def test_precision_and_recall_of_labelled_cases(
    part: str, words: WordList, record_property: pytest.RecordProperty
) -> None:
    entries, truth = corpus(words, part)
    result = find_duplicates(entries, settings=with_word_list(DedupeSettings(), words))
    merged = pairs([[str(e.ref) for e in g.entries] for g in result.groups])
    clusters: dict[int, list[str]] = {}
    for ref, number in truth.items():
        clusters.setdefault(number, []).append(ref)
    true = pairs(list(clusters.values()))
    precision = len(merged & true) / len(merged) if merged else 1.0
    recall = len(merged & true) / len(true)
    record_property("precision", round(precision, 3))
    record_property("recall", round(recall, 3))
    titles = {str(e.ref): e.title for e in entries}
    missed = sorted(sorted(titles[r] for r in p) for p in true - merged)
    wrong = sorted(sorted(titles[r] for r in p) for p in merged - true)
    print(f"\n{part}: precision {precision:.3f}, recall {recall:.3f}; missed {missed}")
    assert not wrong, f"look-alikes merged: {wrong}"
    assert precision >= 0.95
    assert recall >= 0.95, f"repeats missed: {missed}"


def test_every_part_has_repeats_and_look_alikes() -> None:
    for part in ("tune", "tune_second", "held_out"):
        sizes = [len(item["titles"]) for item in CASES[part]]
        assert sum(size > 1 for size in sizes) >= 8
        assert sum(size == 1 for size in sizes) >= 5
