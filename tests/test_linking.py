"""linking.py: up to 5 related questions above a relevance floor, stable as questions are added."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import raw

from generator.document import Paragraph, Text
from generator.ingest.linking import linking_words, related_ids
from generator.ingest.normalize import Normalizer
from generator.model import QuestionDraft, SourceRef, WordList


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


def test_links_exist_and_never_point_to_the_question_itself(
    related: dict[str, tuple[str, ...]],
) -> None:
    known = {q.id for q in QUESTIONS}
    for qid, others in related.items():
        assert qid not in others
        assert len(others) <= 5
        assert len(set(others)) == len(others)
        assert set(others) <= known


def test_unrelated_questions_get_no_link_even_with_shared_tags(
    related: dict[str, tuple[str, ...]],
) -> None:
    assert related["pvalue"] == ()  # nothing else is about statistics
    assert "pvalue" not in related["gd"]
    assert "dropout" not in related["gd"]  # shares no words, only "training"-free tags


def test_earlier_links_stay_unless_a_new_question_ranks(words: WordList) -> None:
    normalizer = Normalizer(words)
    earlier = {"sgd": ("lr", "gd"), "dropout": ("l2",), "gd": ("sgd",), "lr": ("gd",)}
    earlier |= {"l2": ("dropout",), "pvalue": ()}
    again = dict(
        zip([q.id for q in QUESTIONS], related_ids(QUESTIONS, normalizer, earlier), strict=True)
    )
    assert again["sgd"] == ("lr", "gd")  # kept as its file had it, though gd now ranks first
    adam = question(
        "adam",
        "What is the Adam optimizer?",
        "Gradient descent with momentum and a per-weight learning rate.",
        ("training",),
    )
    grown = [*QUESTIONS, adam]
    linked = dict(zip([q.id for q in grown], related_ids(grown, normalizer, earlier), strict=True))
    assert "adam" in linked["lr"]  # the new question ranks among lr's best: lr changes
    assert linked["dropout"] == ("l2",)  # it does not rank there: dropout stays as it was


def test_most_similar_question_comes_first(related: dict[str, tuple[str, ...]]) -> None:
    assert related["sgd"][0] == "gd"
    assert related["dropout"] in ((), ("l2",))  # they share one word: at most each other


def test_one_question_has_no_related(words: WordList) -> None:
    assert related_ids(QUESTIONS[:1], Normalizer(words)) == [()]


def test_an_entry_lends_the_keys_of_what_the_question_kept(words: WordList) -> None:
    normalizer = Normalizer(words)
    entry = normalizer.normalize_entry(
        raw("1", "What are the benefits of Batch Norms?", "Batch norms steady the layers' inputs.")
    )
    kept = QuestionDraft(entry.title, entry.answer, (entry.ref,))
    assert linking_words(kept, normalizer, entry) == linking_words(kept, normalizer)
    retitled = replace(kept, title="How do dropout layers work?")
    reanswered = replace(kept, answer=(Paragraph((Text("Dropout zeroes units."),)),))
    for changed in (retitled, reanswered):
        lent = linking_words(changed, normalizer, entry)
        assert lent == linking_words(changed, normalizer) != linking_words(kept, normalizer)
