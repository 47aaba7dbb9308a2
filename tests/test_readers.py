"""readers/numbered_text.py: question lines, furniture, and the structure of answers."""

from __future__ import annotations

import re

import pytest

from generator.document import Paragraph, Text, block_texts
from generator.errors import SourceError
from generator.ingest.readers import parse_source
from generator.markup.markdown import render_blocks
from generator.model import SourceText

FURNITURE = (
    re.compile(r"^.*interview questions( and answers)?.*$", re.IGNORECASE),
    re.compile(r"^get .* \d+% practical training$", re.IGNORECASE),
)


def parse(text: str) -> list:
    return parse_source(SourceText("t.txt", "src/t.txt", text), FURNITURE)


def markdown(entry: object) -> str:
    """The entry's answer tree as Markdown: a compact way to state its structure."""
    return render_blocks(entry.blocks)  # type: ignore[attr-defined]


def test_numbered_and_q_labels_with_their_lines() -> None:
    entries = parse("Intro line\n\n1. What is a?\nA is a.\n\nQ2. What is b?\nB is b.\n")
    assert [(e.ref.label, e.ref.line, e.title) for e in entries] == [
        ("1", 3, "What is a?"),
        ("Q2", 6, "What is b?"),
    ]
    assert entries[0].blocks == (Paragraph((Text("A is a."),)),)


def test_furniture_lines_are_dropped_even_inside_answers() -> None:
    text = (
        "300+ TOP Deep Learning Interview Questions and Answers\n"
        "1. What is a?\nA is a.\n"
        "Deep Learning Interview Questions\n"
        "Get Deep Learning 100% Practical Training\n"
        "More about a.\n"
    )
    (entry,) = parse(text)
    assert list(block_texts(entry.blocks)) == ["A is a.", "More about a."]


def test_bullets_are_kept_as_a_list() -> None:
    (entry,) = parse("1. Benefits?\n\n  • Fast.\n  • Cheap.\n  - Simple\n")
    assert markdown(entry) == "- Fast.\n- Cheap.\n- Simple"


def test_indented_numbers_are_a_numbered_list() -> None:
    (entry,) = parse("1. Kinds?\n\n  1. Reinforcement Learning\n  2. Supervised Learning\n")
    assert markdown(entry) == "1. Reinforcement Learning\n2. Supervised Learning"


def test_one_item_per_line_without_sentence_ends_is_a_list() -> None:
    (entry,) = parse("1. Advantage?\nIt is fast\nIt is small\n")
    assert markdown(entry) == "- It is fast\n- It is small"


def test_lines_that_end_sentences_stay_paragraphs() -> None:
    (entry,) = parse("1. What?\nFirst sentence.\nSecond sentence.\n")
    assert markdown(entry) == "First sentence.\n\nSecond sentence."


def test_label_lines_pair_with_the_text_below() -> None:
    text = "1. Hyperparameters?\nIntro.\n\nLearning rate:\n\nHow fast.\n\nBatch size:\nHow many.\n"
    (entry,) = parse(text)
    assert markdown(entry) == (
        "Intro.\n\n**Learning rate:** How fast.\n\n**Batch size:** How many."
    )


def test_bullets_followed_by_bodies_become_labels() -> None:
    text = "1. Layers?\nThree layers:\n\n  • Encoder\n\nCompresses.\n\n  • Decoder\n\nRestores.\n"
    (entry,) = parse(text)
    assert markdown(entry) == (
        "Three layers:\n\n- **Encoder**: Compresses.\n- **Decoder**: Restores."
    )


def test_indented_number_inside_text_is_not_a_question() -> None:
    (entry,) = parse("1. How many?\n  10. Ten of them\nTen.\n")
    assert entry.ref.label == "1"


def test_a_numbered_item_right_under_a_question_ending_in_a_colon_belongs_to_it() -> None:
    text = (
        "158. What is a?\nA.\n\n159. Write short notes on the following:\n"
        "1. Dropout (5 marks)\nIt zeroes units.\n\n160. What is b?\nB.\n"
    )
    entries = parse(text)
    assert [e.ref.label for e in entries] == ["158", "159", "160"]
    assert entries[1].title == "Write short notes on the following: Dropout (5 marks)"
    assert markdown(entries[1]) == "It zeroes units."


def test_the_next_question_after_a_colon_is_still_a_question() -> None:
    # in sequence: "2." is the next question, so "1." had no answer
    with pytest.raises(SourceError) as info:
        parse("1. Answer the following:\n2. What is b?\nB.\n")
    assert "question 1 has no answer" in info.value.message


def test_question_without_answer_names_its_line() -> None:
    with pytest.raises(SourceError) as info:
        parse("1. What is a?\nA.\n\n2. What is b?\n\n3. What is c?\nC.\n")
    assert (info.value.path, info.value.line) == ("src/t.txt", 4)
    assert "question 2 has no answer" in info.value.message


def test_last_question_without_answer_is_an_error() -> None:
    with pytest.raises(SourceError) as info:
        parse("1. What is a?\nA.\n\n2. What is b?\n\n")
    assert info.value.line == 4


def test_answer_of_only_furniture_is_no_answer() -> None:
    with pytest.raises(SourceError) as info:
        parse("1. What is a?\nDeep Learning Interview Questions\n2. What is b?\nB.\n")
    assert info.value.line == 1


def test_label_used_twice_in_a_file() -> None:
    with pytest.raises(SourceError) as info:
        parse("1. What is a?\nA.\n1. What is b?\nB.\n")
    assert info.value.line == 3
    assert "first on line 1" in info.value.message


def test_text_without_entries_is_an_error_on_line_1() -> None:
    with pytest.raises(SourceError) as info:
        parse("Just some notes\nwith no questions at all.\n")
    assert info.value.line == 1
    assert "no question entries" in info.value.message


def test_markup_in_a_plain_text_dump_stays_text() -> None:
    (entry,) = parse("1. Markup?\n<b>x</b> *y* !!! note {: .z }\n")
    assert entry.blocks == (Paragraph((Text("<b>x</b> *y* !!! note {: .z }"),)),)
