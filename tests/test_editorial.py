"""The editorial pass: every committed question is reviewed, summarized and free of spun text."""

from __future__ import annotations

import pytest
from conftest import CONTENT

from generator.ingest.normalize import Normalizer
from generator.ingest.spun import check_question, find_spun_text
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


def test_flags_a_spun_sample() -> None:
    spun = (
        "Gradient descent is an iterative algorithm data value function which moves towards "
        "the steepest data-set value, using hidden stories and stocastic updates."
    )
    findings = find_spun_text("sample", spun, WORDS)
    kinds = {(f.kind, f.phrase.lower()) for f in findings}
    assert ("spun", "data value") in kinds or ("filler", "data value function") in kinds
    assert ("spun", "hidden stories") in kinds
    assert ("typo", "stocastic") in kinds
    assert any(f.phrase.lower() == "data-set value" for f in findings)
    assert all(f.question_id == "sample" for f in findings)


def test_does_not_flag_a_clean_sample() -> None:
    clean = (
        "Gradient descent repeatedly moves the parameters against the gradient of the loss, "
        "$\\theta \\leftarrow \\theta - \\alpha \\nabla_\\theta J(\\theta)$. ReLU and missing "
        "data values are fine; so is a dataset of 2000 samples."
    )
    assert find_spun_text("sample", clean, WORDS) == []


def test_value_function_is_flagged_only_as_filler() -> None:
    rl = (
        "In reinforcement learning the state-value function $V(s)$ is the expected return "
        "from state $s$ under a policy; the agent learns the value function from rewards."
    )
    assert find_spun_text("rl", rl, WORDS) == []
    assert Normalizer(WORDS).spun_count(rl) == 0, "a real term is listed in spun_phrases"
    filler = "Pandas has two useful functions, isnull() and drop() the value function."
    assert [f.phrase for f in find_spun_text("filler", filler, WORDS)] == ["value function"]
    data_filler = "A policy moves towards the steepest data value function relationship."
    assert [f.kind for f in find_spun_text("filler", data_filler, WORDS)] == ["spun"]


def test_a_typo_key_that_matches_its_own_fix_is_not_flagged() -> None:
    assert find_spun_text("q", "ReLU outputs max(0, x).", WORDS) == []
    assert [f.phrase for f in find_spun_text("q", "relu outputs max(0, x).", WORDS)] == ["relu"]
