"""announced.py: a title that only announces a question takes it from the body's first line."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.document import Break, Paragraph, Strong, Text
from generator.ingest.announced import announces_only, question_from_body
from generator.ingest.dedupe import DedupeSettings, find_duplicates, with_word_list
from generator.ingest.normalize import Normalizer
from generator.ingest.pipeline import read_normalized
from generator.model import RawEntry, SourceRef, WordList


def para(*texts: str) -> Paragraph:
    return Paragraph(tuple(Text(t) for t in texts))


ANSWER = para("It keeps a running mean of each feature.")


@pytest.mark.parametrize(
    "title",
    [
        "Hi, I have a newbie question.",
        "#### QUESTION",
        "Quick question",
        "Hello everyone, a silly doubt",
        "Hi, I hae a newbie questiown.",  # one slip per word
        "Newbie question, sorry!",
    ],
)
def test_titles_that_only_announce_a_question(title: str) -> None:
    assert announces_only(title)


@pytest.mark.parametrize(
    "title",
    [
        "Question about dropout",
        "A quick question on batch norm",
        "What is dropout?",
        "Help with exploding gradients",
        "",
        "1.",
    ],
)
def test_titles_that_say_what_they_ask_about(title: str) -> None:
    assert not announces_only(title)


def test_the_first_line_of_the_body_becomes_the_title() -> None:
    title, answer = question_from_body(
        "Hi, I have a newbie question.",
        (para("When would we prefer to use batch normalization?"), ANSWER),
    )
    assert title == "When would we prefer to use batch normalization?"
    assert answer == (ANSWER,)


def test_a_question_without_its_mark_is_read_by_its_first_word() -> None:
    title, answer = question_from_body("#### QUESTION", (para("why does dropout work"), ANSWER))
    assert (title, answer) == ("why does dropout work", (ANSWER,))


def test_only_the_line_before_a_break_is_taken() -> None:
    first = Paragraph((Text("How is layer norm computed?"), Break(), Strong((Text("Per"),))))
    title, answer = question_from_body("Quick question", (first, ANSWER))
    assert title == "How is layer norm computed?"
    assert answer == (Paragraph((Strong((Text("Per"),)),)), ANSWER)


def test_a_leading_phrase_stays_in_front() -> None:
    title, _ = question_from_body(
        "For image search, quick question", (para("When should I use HNSW?"), ANSWER)
    )
    assert title == "For image search, when should I use HNSW?"


@pytest.mark.parametrize(
    ("title", "first"),
    [
        # the title asks something itself
        ("What is dropout?", "Why does it work?"),
        # the body's first line answers, it does not ask
        ("Quick question", "Dropout zeroes random units while training."),
        # a leading part that asks, and an answer that opens with a heading
        ("What is dropout, simply?", "How it works: it zeroes random units."),
        ("How to avoid overfitting, please help", "Why is it bad?"),
        # too long to be a question
        ("Quick question", "What " + "very " * 80 + "long?"),
    ],
)
def test_anything_else_is_left_as_it_is(title: str, first: str) -> None:
    blocks = (para(first), ANSWER)
    assert question_from_body(title, blocks) == (title, blocks)


def test_an_announcing_title_with_no_paragraph_first_is_left_alone() -> None:
    assert question_from_body("Quick question", ()) == ("Quick question", ())


def test_the_normalizer_reads_the_question_from_the_body() -> None:
    raw = RawEntry(
        SourceRef("forum.md", "3", 3),
        "Hi, I have a newbie question.",
        (para("what are the advantages of dropout"), ANSWER),
    )
    entry = Normalizer(WordList()).normalize_entry(raw)
    assert entry.title == "What are the advantages of dropout?"
    assert entry.answer == (ANSWER,)


@pytest.mark.parametrize(
    ("title", "term", "question"),
    [
        ("Define:", "Batch normalization", "Define Batch normalization"),
        ("Explain the following term:", "beam search", "Explain the following term beam search"),
        ("What is meant by:", "label smoothing", "What is meant by label smoothing"),
        ("For speech, define:", "beam search", "For speech, define beam search"),
    ],
)
def test_an_instruction_names_its_term_on_the_next_line(
    title: str, term: str, question: str
) -> None:
    assert question_from_body(title, (para(term), ANSWER)) == (question, (ANSWER,))


def test_the_term_is_the_line_before_a_break() -> None:
    first = Paragraph((Text("Gradient clipping"), Break(), Text("Caps the gradient norm.")))
    title, answer = question_from_body("Define:", (first, ANSWER))
    assert (title, answer) == (
        "Define Gradient clipping",
        (para("Caps the gradient norm."), ANSWER),
    )


@pytest.mark.parametrize(
    ("title", "first"),
    [
        # the next line is the answer, not a term
        ("Define:", "It keeps a running mean of each feature during training."),
        ("Explain:", "Dropout zeroes units. It regularizes."),
        ("Define:", "Zeroes units."),
        ("Define:", "What is dropout?"),
        ("Define:", " ".join(["word"] * 11)),
        # the title names what it asks about, or asks nothing
        ("Define dropout:", "in one line"),
        ("The following:", "Batch normalization"),
        ("How it works:", "Batch normalization"),
        # no colon: the title is whole
        ("Define", "Batch normalization"),
    ],
)
def test_a_title_that_names_its_subject_or_an_answer_line_stays(title: str, first: str) -> None:
    blocks = (para(first), ANSWER)
    assert question_from_body(title, blocks) == (title, blocks)


def test_a_flashcard_and_a_question_about_one_term_are_one_question(
    tmp_path: Path, words: WordList
) -> None:
    cards = tmp_path / "cards.txt"
    cards.write_text(
        "1. Define:\nGradient clipping\nCapping the norm of the gradients before a step, so "
        "that one bad batch cannot blow up the weights.\n\n"
        "2. Define:\nLabel smoothing\nTraining on soft targets instead of one-hot labels, "
        "so that the model stays less confident.\n",
        encoding="utf-8",
    )
    notes = tmp_path / "notes.md"
    notes.write_text(
        "## Training\n\n**What is gradient clipping?**\n\nIt caps the gradient norm before each step, so a "
        "single bad batch cannot blow up the weights.\n",
        encoding="utf-8",
    )
    entries = read_normalized([cards, notes], words)
    titles = [e.title for e in entries]
    assert titles[:2] == ["Define Gradient clipping?", "Define Label smoothing?"]
    groups = find_duplicates(entries, settings=with_word_list(DedupeSettings(), words)).groups
    together = sorted(sorted(e.title for e in g.entries) for g in groups)
    assert together == [
        ["Define Gradient clipping?", "What is gradient clipping?"],
        ["Define Label smoothing?"],
    ]
