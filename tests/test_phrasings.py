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


def _asked(
    words: WordList, ways: tuple[tuple[str, str], ...], subjects: tuple[str, ...] = SUBJECTS
) -> tuple[list[Entry], dict[str, str]]:
    """Per subject, each of ``ways`` (title template, kind): the answers of one kind share
    their facts, another kind's are others; with each entry's kind by label."""
    normalizer = Normalizer(words)
    entries, kind_of = [], {}
    kinds = list(dict.fromkeys(kind for _, kind in ways))
    for n, subject in enumerate(subjects):
        rng = random.Random(n)
        facts = {kind: _facts(n + 100 * k, subject) for k, kind in enumerate(kinds)}
        bare = subject[:1].upper() + subject[1:]
        for template, kind in ways:
            title = template.format(s=subject, S=bare)
            label = str(len(entries) + 1)
            entry = normalizer.normalize_entry(raw(label, title, _answer(rng, facts[kind])))
            entries.append(entry)
            kind_of[str(entry.ref)] = kind
    return entries, kind_of


def test_bare_titles_no_cue_reads_file_no_phrasing_as_a_definition(words: WordList) -> None:
    # Per subject, two bare titles ("Quartz sampling?") share the answers of a phrasing
    # the cue lists read as a fix; "What is X?" has others. Bare titles read as
    # definitions only by default: the fix stays a fix, apart from the definition.
    ways = (("{S}?", "fix"), ("{S}.", "fix"), ("How to get rid of {s}?", "fix"))
    entries, kind_of = _asked(words, (*ways, ("What is {s}?", "define")))
    rid = {str(e.ref) for e in entries if e.title.startswith("How to get rid")}
    settings = with_word_list(DedupeSettings(answer_line=1.1), words)
    result = find_duplicates(entries, settings=settings)
    for group in result.groups:
        labels = {str(e.ref) for e in group.entries}
        assert not (labels & rid and "define" in {kind_of[r] for r in labels})
    asks = {s.ask for e, s in zip(entries, result.subjects, strict=True) if str(e.ref) in rid}
    assert asks == {"fix"}


def test_a_class_with_no_bare_reading_asks_what_its_read_frames_agree_on(
    words: WordList,
) -> None:
    # Two phrasings of the same fix, one the cue lists read as a fix, one they do not
    # read, and no bare title that asks it: the class asks how to fix X, so both merge
    # with "How do we fix X?" where a few subjects ask it so.
    ways = (
        ("I can not get rid of {s}. Is there some secret?", "fix"),
        ("Yikes, {s} keeps biting me again", "fix"),
        ("What is {s}?", "define"),
    )
    entries, kind_of = _asked(words, ways)
    normalizer = Normalizer(words)
    few = [
        normalizer.normalize_entry(raw(f"f{n}", f"How do we fix {subject}?", "x"))
        for n, subject in enumerate(SUBJECTS[: MIN_SUPPORT - 2])
    ]
    result = find_duplicates(entries + few, settings=with_word_list(DedupeSettings(), words))
    subjects = dict(zip([str(e.ref) for e in entries + few], result.subjects, strict=True))
    assert {subjects[r].ask for r, kind in kind_of.items() if kind == "fix"} == {"fix"}
    for group in result.groups:
        labels = {str(e.ref) for e in group.entries}
        if labels & {str(e.ref) for e in few}:
            assert len(labels) == 3  # "How do we fix X?" and both phrasings


def test_answers_that_agree_only_partly_keep_no_phrasings_apart(words: WordList) -> None:
    # Per subject, a plain question about its limitations and two phrasings no cue list
    # reads, each answered from half or more of the plain answer's facts but from only
    # one of the other phrasing's. Each phrasing agrees with the plain question (about
    # 0.7 and 0.6); the two agree with each other only partly (about 0.4), which says
    # nothing either way: both join the plain question.
    normalizer = Normalizer(words)
    entries, subject_of = [], {}
    for n, subject in enumerate(SUBJECTS):
        facts = _facts(n, subject) + _facts(n + 100, subject)
        for title, chosen in (
            (f"What are the limitations of {subject}?", [facts[k] for k in (0, 1, 2, 3, 4, 5)]),
            (f"In what ways can {subject} disappoint?", [facts[k] for k in (0, 1, 2, 3, 6, 7)]),
            (
                f"Honestly, could {subject} end up letting everybody down?",
                [facts[k] for k in (3, 4, 5, 8, 9, 10)],
            ),
        ):
            label = str(len(entries) + 1)
            entry = normalizer.normalize_entry(raw(label, title, " ".join(chosen)))
            entries.append(entry)
            subject_of[str(entry.ref)] = subject
    groups = _merged(words, entries)
    assert sorted(len(group) for group in groups) == [3] * len(SUBJECTS)
    for group in groups:
        assert len({subject_of[ref] for ref in group}) == 1
