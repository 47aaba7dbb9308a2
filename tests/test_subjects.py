"""subjects.py: spelling, short forms, shortened words and compounds read from the entries."""

from __future__ import annotations

from collections import Counter

from generator.ingest.rewrites import (
    abbreviation_expansions,
    compound_splits,
    shortened_words,
    spelling_fixes,
)


def test_a_rare_word_one_edit_from_a_common_one_is_a_misspelling() -> None:
    titles = Counter({"convolutional": 5, "convolutoinal": 1, "image": 9, "mage": 1, "make": 1})
    counts = Counter({**titles, "make": 40, "atention": 1, "attention": 6})
    fixes = spelling_fixes(titles + Counter({"atention": 1, "attention": 1}), counts)
    assert fixes["convolutoinal"] == "convolutional"  # letters swapped
    assert fixes["atention"] == "attention"  # a letter dropped
    assert fixes["mage"] == "image"  # titles say "image", answers "make"
    assert "convolutional" not in fixes


def test_real_words_are_not_misspellings() -> None:
    titles = Counter({"symmetric": 9, "asymmetric": 1, "batch": 2, "patch": 2, "cnn": 1})
    counts = Counter({**titles, "can": 50})
    fixes = spelling_fixes(titles, counts, protected={"cnn"})
    assert "asymmetric" not in fixes  # a prefix makes another word
    assert "patch" not in fixes and "batch" not in fixes  # equally common
    assert "cnn" not in fixes  # a short form in capitals


def test_short_forms_come_from_initials_of_title_words() -> None:
    titles = [
        "What is an LSTM?",
        "What is a long short-term memory network?",
        "What is SGD?",
        "Explain stochastic gradient descent.",
        "What is the sum of squares (SOS)?",
    ]
    found = abbreviation_expansions(titles, reviewed=[("backprop", "backpropagation")])
    assert found["lstm"] == (("long", "shortterm", "memory"),)
    assert found["sgd"] == (("stochastic", "gradient", "descent"),)
    assert found["sos"] == (("sum", "of", "square"),)
    assert found["backprop"] == (("backpropagation",),)


def test_compounds_and_shortened_words() -> None:
    vocabulary = ["precisionrecall", "precision", "recall", "nonlinear", "non", "linear"]
    assert compound_splits(vocabulary) == {"precisionrecall": ("precision", "recall")}
    shortened = shortened_words(
        [["batch", "norm"], ["batch", "normalization"], ["gradient", "norm"]]
    )
    assert shortened == {("batch", "norm"): "normalization"}
