"""generator.parallel: the same results, in the same order, with or without processes."""

from __future__ import annotations

from functools import partial

from generator import parallel
from generator.errors import SourceError


def _square_plus(x: int, offset: int) -> int:
    return x * x + offset


def test_process_map_matches_a_plain_loop_and_keeps_order(monkeypatch) -> None:
    monkeypatch.setattr(parallel, "CHUNK", 7)
    items = list(range(100))
    function = partial(_square_plus, offset=3)
    expected = [function(x) for x in items]
    assert parallel.process_map(function, items, min_items=10) == expected
    assert parallel.process_map(function, items) == expected  # below the default: serial


def test_errors_cross_process_boundaries_whole() -> None:
    import pickle

    error = pickle.loads(pickle.dumps(SourceError("a.txt", 3, "bad")))
    assert isinstance(error, SourceError) and str(error) == "a.txt:3: bad"
