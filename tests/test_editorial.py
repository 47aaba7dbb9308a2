"""The editorial pass: every committed question is reviewed, summarized and free of spun text.

The detector itself is tested in test_spun.py.
"""

from __future__ import annotations

import pytest
from conftest import CONTENT

from generator.ingest.spun import check_question
from generator.loaders import load_wordlist
from generator.questionfile import read_question_folder

WORDS = load_wordlist(CONTENT / "wordlist.yaml")
QUESTIONS = read_question_folder(CONTENT / "questions")
MAX_SUMMARY = 200


def test_there_are_questions() -> None:
    assert len(QUESTIONS) > 70


def test_reviewed_questions_have_no_spun_text() -> None:
    findings = [f for q in QUESTIONS if q.reviewed for f in check_question(q, WORDS)]
    assert not findings, "spun text left in reviewed questions:\n" + "\n".join(map(str, findings))


def test_every_question_is_reviewed() -> None:
    assert [q.id for q in QUESTIONS if not q.reviewed] == []


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.id)
def test_question_has_a_one_line_summary(question) -> None:
    summary = question.summary.strip()
    assert summary
    assert "\n" not in summary
    assert len(summary) <= MAX_SUMMARY, f"{len(summary)} characters"
    assert not summary.endswith("…"), "summary was cut short: write one in curation.yaml"


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.id)
def test_title_is_a_question_in_sentence_case(question) -> None:
    assert question.title.endswith("?")
    assert question.title[:1].isupper()


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.id)
def test_reviewed_answer_reads_as_ok(question) -> None:
    if question.reviewed:
        assert question.quality == "ok"
