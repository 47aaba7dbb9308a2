"""spun.py: the one spun-text detector, through find_spun_text and count_spun_phrases."""

from __future__ import annotations

import pytest

from generator.ingest.spun import count_spun_phrases, find_spun_text
from generator.model import WordList

RL = (
    "In reinforcement learning the state-value function $V(s)$ is the expected return "
    "from state $s$ under a policy; the agent learns the value function from rewards."
)
FILLER = "Pandas has two useful functions, isnull() and drop() the value function."


@pytest.fixture(scope="module")
def small() -> WordList:
    """A word list of its own, so these tests do not follow edits to the real one."""
    return WordList(
        typos=(("stocastic", "stochastic"), ("relu", "ReLU")),
        spun_phrases=("data value", "hidden stories", ""),
    )


def test_flags_a_spun_sample(words: WordList) -> None:
    spun = (
        "Gradient descent is an iterative algorithm data value function which moves towards "
        "the steepest data-set value, using hidden stories and stocastic updates."
    )
    findings = find_spun_text("sample", spun, words)
    kinds = {(f.kind, f.phrase.lower()) for f in findings}
    assert ("spun", "data value") in kinds or ("filler", "data value function") in kinds
    assert ("spun", "hidden stories") in kinds
    assert ("typo", "stocastic") in kinds
    assert any(f.phrase.lower() == "data-set value" for f in findings)
    assert all(f.question_id == "sample" for f in findings)


def test_does_not_flag_a_clean_sample(words: WordList) -> None:
    clean = (
        "Gradient descent repeatedly moves the parameters against the gradient of the loss, "
        "$\\theta \\leftarrow \\theta - \\alpha \\nabla_\\theta J(\\theta)$. ReLU and missing "
        "data values are fine; so is a dataset of 2000 samples."
    )
    assert find_spun_text("sample", clean, words) == []


def test_each_kind_in_text_order_with_field_and_excerpt(small: WordList) -> None:
    text = "It tells hidden stories, a value point and stocastic noise."
    findings = find_spun_text("q", text, small, field="summary")
    assert [(f.kind, f.phrase) for f in findings] == [
        ("spun", "hidden stories"),
        ("filler", "value point"),
        ("typo", "stocastic"),
    ]
    assert {f.field for f in findings} == {"summary"}
    assert "hidden stories" in findings[0].excerpt
    assert str(findings[2]).startswith("q (summary): typo 'stocastic' in …")


def test_a_span_is_reported_once_the_spun_phrase_winning(small: WordList) -> None:
    findings = find_spun_text("q", "the steepest Data value here", small)
    assert [(f.kind, f.phrase) for f in findings] == [("spun", "Data value")]


def test_value_function_is_flagged_only_as_filler(words: WordList) -> None:
    assert find_spun_text("rl", RL, words) == []
    assert [f.phrase for f in find_spun_text("filler", FILLER, words)] == ["value function"]
    data_filler = "A policy moves towards the steepest data value function relationship."
    assert [f.kind for f in find_spun_text("filler", data_filler, words)] == ["spun"]


def test_value_function_listed_as_spun_keeps_the_same_rule(small: WordList) -> None:
    listed = WordList(spun_phrases=("value function",))
    assert find_spun_text("rl", RL, listed) == []
    assert [f.kind for f in find_spun_text("filler", FILLER, listed)] == ["spun"]


def test_a_typo_key_that_matches_its_own_fix_is_not_flagged(words: WordList) -> None:
    assert find_spun_text("q", "ReLU outputs max(0, x).", words) == []
    assert [f.phrase for f in find_spun_text("q", "relu outputs max(0, x).", words)] == ["relu"]


def test_count_is_of_listed_phrases_only(small: WordList) -> None:
    text = "Hidden stories, data value and DATA VALUE; a value point, stocastic and relu."
    assert count_spun_phrases(text, small) == 3  # filler and typos are not counted
    assert count_spun_phrases("A clean answer about data.", small) == 0
    assert count_spun_phrases("", small) == 0


def test_count_ignores_value_function_as_the_real_term() -> None:
    listed = WordList(spun_phrases=("value function",))
    assert count_spun_phrases(RL, listed) == 0
    assert count_spun_phrases(FILLER, listed) == 1


def test_the_real_word_list_does_not_count_the_real_term(words: WordList) -> None:
    assert count_spun_phrases(RL, words) == 0, "a real term is listed in spun_phrases"
