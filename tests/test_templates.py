"""templates.py: templates the cue lists misread, filed as the answers over many subjects say."""

from __future__ import annotations

import random

import pytest
from conftest import raw
from test_phrasings import SUBJECTS, _answer, _facts

from generator.ingest.dedupe import DedupeSettings, find_duplicates, with_word_list
from generator.ingest.normalize import Normalizer
from generator.ingest.subjects import Subject
from generator.ingest.templates import MIN_SUPPORT, template_of
from generator.model import Entry, WordList

MISREAD = "What is {} used for?"
"""Filed under examples of X by its writer (answered with uses); the cue lists read what
X is for."""


def _corpus(
    words: WordList,
    subjects: tuple[str, ...],
    asked: tuple[str, ...],
    sibling: str,
) -> tuple[list[Entry], dict[str, str]]:
    """Per subject: one question asked from each of the ``asked`` templates, with answers
    from the same facts, and a sibling question (``sibling``) with other facts."""
    normalizer = Normalizer(words)
    entries, question = [], {}
    for n, subject in enumerate(subjects):
        rng = random.Random(n)
        same, other = _facts(n, subject), _facts(n + 100, subject)
        titles = [(t, same, "same") for t in asked] + [(sibling, other, "sibling")]
        for template, facts, kind in titles:
            label = str(len(entries) + 1)
            entry = normalizer.normalize_entry(
                raw(label, template.format(subject), _answer(rng, facts))
            )
            entries.append(entry)
            question[str(entry.ref)] = f"{subject}/{kind}/{template}"
    return entries, question


def _merged(words: WordList, entries: list[Entry]) -> list[list[str]]:
    # Title keys alone: merges confirmed by the answers switched off, clashing or not.
    settings = with_word_list(DedupeSettings(answer_line=1.1, clash_line=1.1), words)
    result = find_duplicates(entries, settings=settings)
    return [[str(e.ref) for e in g.entries] for g in result.groups if len(g.entries) > 1]


def _asked_together(
    words: WordList, entries: list[Entry], question: dict[str, str]
) -> list[list[str]]:
    """Per merged group, the templates its entries were asked from, sorted."""
    return [sorted(question[ref].rsplit("/", 1)[1] for ref in g) for g in _merged(words, entries)]


EXAMPLES_ASKED = ("What are some examples of {}?", "Give real-world applications of {}.", MISREAD)


def test_a_template_the_cue_lists_misread_is_filed_as_the_answers_say(words: WordList) -> None:
    entries, question = _corpus(words, SUBJECTS, EXAMPLES_ASKED, "What is {}?")
    groups = _merged(words, entries)
    assert len(groups) == len(SUBJECTS)
    for group in groups:
        assert len(group) == len(EXAMPLES_ASKED)  # the misread one too
        assert {question[ref].rsplit("/", 1)[0] for ref in group} == {
            question[group[0]].rsplit("/", 1)[0]
        }
        assert "/same/" in question[group[0]]


def test_a_template_no_cue_reads_is_filed_as_the_answers_say(words: WordList) -> None:
    # "What about X?" names no ask, and no phrasing word stays in its subject to learn
    # from: its template, seen beside how X works over many subjects, settles it.
    asked = ("How does {} work?", "Explain the mechanism of {}.", "What about {}?")
    entries, question = _corpus(words, SUBJECTS, asked, "What is {}?")
    assert _asked_together(words, entries, question) == [sorted(asked)] * len(SUBJECTS)


def test_a_class_whose_readings_split_closely_is_not_filed(words: WordList) -> None:
    # One template read as examples, one as purpose, as many entries each: the answers
    # join them, but nothing says which ask the class is, so neither is refiled.
    asked = ("What are some examples of {}?", MISREAD)
    entries, _ = _corpus(words, SUBJECTS, asked, "What is {}?")
    assert _merged(words, entries) == []
    result = find_duplicates(entries, settings=with_word_list(DedupeSettings(), words))
    assert not [r for s in result.subjects for r in s.rewrites if "(template;" in r]


def test_few_subjects_learn_nothing(words: WordList) -> None:
    entries, _ = _corpus(words, SUBJECTS[: MIN_SUPPORT - 1], EXAMPLES_ASKED, "What is {}?")
    # the two examples templates merge; the misread one stays with nobody
    assert all(len(g) == 2 for g in _merged(words, entries))


def test_the_refiled_template_is_in_the_evidence(words: WordList) -> None:
    entries, _ = _corpus(words, SUBJECTS, EXAMPLES_ASKED, "What is {}?")
    result = find_duplicates(entries, settings=with_word_list(DedupeSettings(), words))
    notes = {r for s in result.subjects for r in s.rewrites if "(template;" in r}
    assert len(notes) == 1
    (note,) = notes
    assert (
        note.startswith("what is X used for (purpose) → examples (template; asks as ")
        and f"{len(SUBJECTS)} subjects, answers agree" in note
    )


def test_what_x_is_and_how_to_fix_x_are_never_one_template_class(words: WordList) -> None:
    # One answer pasted under "What is X, briefly?" and the ways to prevent X: the
    # answers agree over every subject, but a definition never repeats a fix.
    asked = ("How do you prevent {}?", "How can {} be avoided?", "What is {}, briefly?")
    entries, question = _corpus(words, SUBJECTS, asked, "Why does {} happen?")
    assert _asked_together(words, entries, question) == [sorted(asked[:2])] * len(SUBJECTS)


def test_a_definition_with_a_follow_up_may_ask_how_to_fix_x(words: WordList) -> None:
    # Two questions in one title: the answers over many subjects show it asks the fix.
    # Its follow-up reads as limitations, so no entry is switched to a fix by itself.
    asked = (
        "How do you prevent {}?",
        "How can {} be avoided?",
        "What is {} and why should you avoid it?",
    )
    entries, question = _corpus(words, SUBJECTS, asked, "What is {}?")
    assert _asked_together(words, entries, question) == [sorted(asked)] * len(SUBJECTS)


def _subject(words: str, clause: str, rest: str = "") -> Subject:
    return Subject(
        "definition", frozenset(words.split()), wording=(tuple(clause.split()), tuple(rest.split()))
    )


@pytest.mark.parametrize(
    ("subject", "template"),
    [
        (
            _subject("quartz sampling", "what is quartz sampling", "and why should you avoid it"),
            "what is X and why should you avoid it",
        ),
        # the words inside the subject's span are its own ("for" between its parts)
        (_subject("quartz sampling image", "use of quartz sampling for image"), "use of X"),
        # its asking words stayed in the subject: the title shows no template
        (_subject("closer look quartz sampling", "closer look quartz sampling"), ""),
        # the first clause does not name the subject
        (_subject("quartz sampling", "tell me more", "about quartz sampling"), ""),
    ],
)
def test_template_of(subject: Subject, template: str) -> None:
    assert template_of(subject) == template
