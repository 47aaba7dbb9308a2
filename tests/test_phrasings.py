"""phrasings.py: phrasings no cue list knows, learned from the corpus and its answers."""

from __future__ import annotations

import random

import numpy as np
import pytest
from conftest import raw
from scipy import sparse

from generator.ingest.dedupe import DedupeSettings, find_duplicates, with_word_list
from generator.ingest.normalize import Normalizer
from generator.ingest.phrasings import MIN_SUPPORT, _uninformative, answer_agreement
from generator.model import Entry, WordList

_WORDS = (
    "kernel margin bias vector lattice window stride spectrum anchor buffer cache ledger "
    "funnel prism quorum relay shard token vertex wedge beacon cipher delta ember fiber "
    "harbor island jungle lantern meadow nectar orchard pebble quiver ripple summit tundra "
    "umbra valley willow yonder zenith arbor bramble canyon dune estuary fjord glacier"
)
VOCABULARY = _WORDS.split()
SUBJECTS = (
    "quartz sampling",
    "amber pooling",
    "cobalt hashing",
    "velvet routing",
    "granite caching",
    "saffron boosting",
    "indigo pruning",
    "topaz batching",
    "maple scheduling",
    "onyx blending",
    "coral tiling",
    "jasper padding",
)


def _facts(seed: int, subject: str) -> list[str]:
    """Eight facts about one question: its own words, drawn at random."""
    words = random.Random(seed).sample(VOCABULARY, 16)
    return [
        f"{subject} keeps the {a} near the {b}."
        for a, b in zip(words[::2], words[1::2], strict=True)
    ]


def _answer(rng: random.Random, facts: list[str]) -> str:
    """One version of an answer: five of the question's facts."""
    return " ".join(rng.sample(facts, 5))


def _corpus(
    words: WordList, subjects: tuple[str, ...], unknown: str = "In what ways can {} disappoint?"
) -> tuple[list[Entry], dict[str, str]]:
    """Per subject: its limitations asked twice (a known cue, the ``unknown`` phrasing)
    with answers from the same facts, and its definition (a sibling) with other facts."""
    normalizer = Normalizer(words)
    entries, question = [], {}
    for n, subject in enumerate(subjects):
        rng = random.Random(n)
        limits, definition = _facts(n, subject), _facts(n + 100, subject)
        for title, answer, kind in (
            (f"What are the limitations of {subject}?", _answer(rng, limits), "limits"),
            (unknown.format(subject), _answer(rng, limits), "limits"),
            (f"What is {subject}?", _answer(rng, definition), "define"),
        ):
            label = str(len(entries) + 1)
            entry = normalizer.normalize_entry(raw(label, title, answer))
            entries.append(entry)
            question[str(entry.ref)] = f"{subject}/{kind}"
    return entries, question


def _merged(words: WordList, entries: list[Entry]) -> list[list[str]]:
    # Learned phrasings alone: merges confirmed by the answers switched off.
    settings = with_word_list(DedupeSettings(answer_line=1.1), words)
    result = find_duplicates(entries, settings=settings)
    return [[str(e.ref) for e in g.entries] for g in result.groups if len(g.entries) > 1]


def test_a_phrasing_seen_around_many_subjects_is_learned(words: WordList) -> None:
    entries, question = _corpus(words, SUBJECTS)
    groups = _merged(words, entries)
    assert len(groups) == len(SUBJECTS)  # each subject's two ways of asking its limits
    for group in groups:
        assert {question[ref] for ref in group} == {question[group[0]]}
        assert question[group[0]].endswith("/limits")


@pytest.mark.parametrize(
    "phrasing",
    [
        # six words of phrasing around the subject, as people write when they chat
        "Honestly, could {} end up letting everybody down?",
        # words of phrasing on both sides of the subject, nine in all
        "Read lots of threads on {} yet honestly still cannot grasp where it disappoints",
    ],
)
def test_a_long_phrasing_is_learned_too(words: WordList, phrasing: str) -> None:
    entries, question = _corpus(words, SUBJECTS, phrasing)
    groups = _merged(words, entries)
    assert len(groups) == len(SUBJECTS)
    for group in groups:
        assert {question[ref] for ref in group} == {question[group[0]]}


def test_few_subjects_learn_nothing(words: WordList) -> None:
    entries, _ = _corpus(words, SUBJECTS[: MIN_SUPPORT - 1])
    assert _merged(words, entries) == []


def test_the_learned_reading_is_in_the_evidence(words: WordList) -> None:
    entries, _ = _corpus(words, SUBJECTS)
    result = find_duplicates(entries, settings=with_word_list(DedupeSettings(), words))
    notes = [r for s in result.subjects for r in s.rewrites]
    assert any("learned phrasing" in n and "limitations" in n for n in notes)


def test_frames_differing_only_in_order_or_at_the_core_say_nothing() -> None:
    front = ("definition", ("image", "classification"), ())
    back = ("definition", (), ("image", "classification"))
    assert _uninformative(front, back)  # "For image classification, what is X?"
    assert _uninformative(("limitations", (), ("speech",)), ("definition", (), ("speech", "go")))
    assert not _uninformative(("definition", ("way",), ("disappoint",)), ("limitations", (), ()))


def test_answer_agreement_does_not_depend_on_the_order_of_a_core() -> None:
    # A core is a set, and a set's order changes from run to run (hash seeds): the
    # agreement must come out the same to the last bit, or near-ties reorder merges.
    rng = random.Random(0)
    rows = np.array([[rng.random() for _ in range(6)] for _ in range(2)])
    answers = sparse.csr_matrix(rows / np.linalg.norm(rows, axis=1, keepdims=True))
    columns = {word: k for k, word in enumerate("abcdef")}
    one, other = np.array([0]), np.array([1])
    results = {
        float(answer_agreement(answers, columns, one, other, np.array([0]), [order])[0])
        for order in (("a", "b", "c", "d"), ("d", "c", "b", "a"), ("b", "d", "a", "c"))
    }
    assert len(results) == 1
