"""linking.py: 3 to 5 related questions that exist, never the question itself."""

from __future__ import annotations

import pytest

from generator.document import Paragraph, Text
from generator.linking import related_ids
from generator.model import QuestionDraft, SourceRef, WordList
from generator.normalize import Normalizer


def question(
    qid: str, title: str, answer: str, tags: tuple[str, ...], topic: str = "t"
) -> QuestionDraft:
    return QuestionDraft(
        title=title,
        answer=(Paragraph((Text(answer),)),),
        sources=(SourceRef("t.txt", qid),),
        id=qid,
        topic=topic,
        tags=tags,
    )


QUESTIONS = [
    question("gd", "What is gradient descent?", "Minimizes a loss step by step.", ("training",)),
    question(
        "sgd",
        "What is stochastic gradient descent?",
        "Gradient descent on one batch.",
        ("training",),
    ),
    question("lr", "What is the learning rate?", "Step size of gradient descent.", ("training",)),
    question(
        "dropout", "What is dropout?", "Drops nodes to reduce overfitting.", ("regularization",)
    ),
    question(
        "l2",
        "What is weight decay?",
        "Penalizes large weights against overfitting.",
        ("regularization",),
    ),
    question(
        "pvalue",
        "What is a p value?",
        "Probability under the null hypothesis.",
        ("statistics",),
        "s",
    ),
]


@pytest.fixture(scope="module")
def related(words: WordList) -> dict[str, tuple[str, ...]]:
    return dict(
        zip([q.id for q in QUESTIONS], related_ids(QUESTIONS, Normalizer(words)), strict=True)
    )


def test_small_sets_get_three_to_five_existing_others(related: dict[str, tuple[str, ...]]) -> None:
    known = {q.id for q in QUESTIONS}
    for qid, others in related.items():
        assert qid not in others
        assert 3 <= len(others) <= 5
        assert len(set(others)) == len(others)
        assert set(others) <= known


def test_most_similar_question_comes_first(related: dict[str, tuple[str, ...]]) -> None:
    assert related["sgd"][0] == "gd"
    assert related["dropout"][0] == "l2"


def test_one_question_has_no_related(words: WordList) -> None:
    assert related_ids(QUESTIONS[:1], Normalizer(words)) == [()]
