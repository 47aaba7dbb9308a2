"""identity.py: slugs, ids stable across runs, ids reused from previous files, aliases."""

from __future__ import annotations

from generator.ingest.identity import PreviousQuestion, assign_ids, slugify
from generator.model import Question, SourceRef


def draft(title: str, *labels: str) -> Question:
    sources = tuple(SourceRef("t.txt", label) for label in labels)
    return Question(id="", title=title, answer="A.", summary="", topic="", tags=(), sources=sources)


def ids(questions: list[Question]) -> dict[str, str]:
    return {q.title: q.id for q in questions}


def test_slugify_keeps_content_words() -> None:
    assert slugify("What is an autoencoder?") == "autoencoder"
    assert slugify("Why is zero initialization not recommended?") == (
        "zero-initialization-not-recommended"
    )
    assert slugify("Difference between adjusted R^2 and R^2") == "difference-between-adjusted-r2-r2"
    assert slugify("What is Naïve Bayes’ rule?") == "naive-bayes-rule"
    assert slugify("What is it?") == "question"
    assert len(slugify(" ".join(f"word{i}" for i in range(20))).split("-")) == 6


def test_ids_do_not_change_when_other_questions_come_and_go() -> None:
    a, b, c = (
        draft("What is alpha?", "1"),
        draft("What is beta?", "2"),
        draft("What is gamma?", "3"),
    )
    first = ids(assign_ids([a, b, c], []))
    assert first == {"What is alpha?": "alpha", "What is beta?": "beta", "What is gamma?": "gamma"}
    d = draft("What is delta?", "4")
    assert ids(assign_ids([a, c, d], [])) == {
        "What is alpha?": "alpha",
        "What is gamma?": "gamma",
        "What is delta?": "delta",
    }


def test_previous_ids_are_reused_by_shared_sources() -> None:
    previous = [PreviousQuestion("old-name", frozenset({"t.txt#1", "t.txt#9"}))]
    (question,) = assign_ids([draft("What is a retitled alpha?", "1")], previous)
    assert question.id == "old-name"
    assert question.aliases == ()


def test_a_new_question_whose_slug_is_taken_gets_a_suffix() -> None:
    previous = [PreviousQuestion("alpha", frozenset({"t.txt#1"}))]
    result = assign_ids([draft("What is alpha?", "1"), draft("What is alpha?", "7")], previous)
    assert result[0].id == "alpha"
    assert result[1].id.startswith("alpha-") and len(result[1].id) == len("alpha-") + 6
    again = assign_ids(
        [draft("What is alpha?", "1"), draft("What is alpha?", "7")],
        [*previous, PreviousQuestion(result[1].id, frozenset({"t.txt#7"}))],
    )
    assert [q.id for q in again] == [q.id for q in result]


def test_merged_questions_keep_one_id_and_alias_the_others() -> None:
    previous = [
        PreviousQuestion("overfitting", frozenset({"t.txt#21"}), ("over-fitting",)),
        PreviousQuestion("overfitting-underfitting", frozenset({"t.txt#43"})),
    ]
    (merged,) = assign_ids([draft("What is overfitting?", "21", "43")], previous)
    assert merged.id == "overfitting"
    assert merged.aliases == ("over-fitting", "overfitting-underfitting")


def test_split_question_keeps_the_id_with_most_sources() -> None:
    previous = [PreviousQuestion("autoencoder", frozenset({"t.txt#1", "t.txt#2", "t.txt#3"}))]
    result = assign_ids(
        [draft("What is an autoencoder?", "1"), draft("What is an autoencoder?", "2", "3")],
        previous,
    )
    assert result[1].id == "autoencoder"
    assert result[0].id.startswith("autoencoder-")
    assert result[0].id != result[1].id
