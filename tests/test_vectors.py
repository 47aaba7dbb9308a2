"""generator.ingest.vectors: smoothed, sublinear TF-IDF rows of unit length."""

from __future__ import annotations

import math

import numpy as np

from generator.ingest.vectors import run_items, run_starts, sorted_distinct, tfidf


def test_weights_follow_the_smoothed_sublinear_formula() -> None:
    matrix = tfidf([("a", "b", "b"), ("a",), ()]).toarray()
    idf_a = math.log(4 / 3) + 1
    idf_b = math.log(4 / 2) + 1
    row = np.array([idf_a, (1 + math.log(2)) * idf_b])
    assert np.allclose(matrix[0], row / np.linalg.norm(row))
    assert np.allclose(matrix[1], [1.0, 0.0])
    assert np.allclose(matrix[2], [0.0, 0.0])  # an empty document is an empty row


def test_max_df_drops_common_words_as_share_or_count() -> None:
    docs = [("common", "x"), ("common", "y"), ("common",), ("z",)]
    assert tfidf(docs, max_df=0.5).shape == (4, 3)  # "common" is in 3 of 4
    assert tfidf(docs, max_df=3).shape == (4, 4)
    assert tfidf(docs, max_df=1).shape == (4, 3)


def test_sorted_distinct_is_numpys_unique() -> None:
    rng = np.random.default_rng(7)
    for size in (0, 1, 2, 50, 5000):
        values = rng.integers(-20, 20, size)
        assert np.array_equal(sorted_distinct(values), np.unique(values))


def test_run_items_lays_the_picked_runs_end_to_end() -> None:
    lengths = np.array([2, 0, 3, 1])
    owner, positions = run_items(run_starts(lengths), lengths, np.array([2, 0, 1, 2, 3]))
    assert positions.tolist() == [2, 3, 4, 0, 1, 2, 3, 4, 5]
    assert owner.tolist() == [0, 0, 0, 1, 1, 3, 3, 3, 4]
