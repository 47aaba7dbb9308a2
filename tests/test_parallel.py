"""generator.ingest.parallel: the same results, in the same order, with or without processes."""

from __future__ import annotations

from functools import partial

from generator.errors import SourceError
from generator.ingest import parallel


def _square_plus(x: int, offset: int) -> int:
    return x * x + offset


def test_process_map_matches_a_plain_loop_and_keeps_order(monkeypatch) -> None:
    monkeypatch.setattr(parallel, "CHUNK", 7)
    items = list(range(100))
    function = partial(_square_plus, offset=3)
    expected = [function(x) for x in items]
    assert parallel.process_map(function, items, min_items=10) == expected
    assert parallel.process_map(function, items) == expected  # below the default: serial


def _pid(_: int) -> int:
    import os

    return os.getpid()


def test_min_items_decides_when_worker_processes_start(monkeypatch) -> None:
    import os

    monkeypatch.setattr(parallel, "CHUNK", 5)
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    assert set(parallel.process_map(_pid, list(range(20)), min_items=21)) == {os.getpid()}
    workers = set(parallel.process_map(_pid, list(range(20)), min_items=20))
    assert os.getpid() not in workers and workers


def test_errors_cross_process_boundaries_whole() -> None:
    import pickle

    error = pickle.loads(pickle.dumps(SourceError("a.txt", 3, "bad")))
    assert isinstance(error, SourceError) and str(error) == "a.txt:3: bad"


def test_map_ranges_joins_the_slices_in_order(monkeypatch) -> None:
    import os

    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)

    def squares(start: int, stop: int) -> list[tuple[int, int]]:
        return [(i * i, os.getpid()) for i in range(start, stop)]

    parallel_run = parallel.map_ranges(squares, 103, min_items=10)
    assert [v for v, _ in parallel_run] == [i * i for i in range(103)]
    assert os.getpid() not in {pid for _, pid in parallel_run}
    serial = parallel.map_ranges(squares, 103, min_items=104)
    assert {pid for _, pid in serial} == {os.getpid()}
    assert parallel.map_ranges(squares, 0, min_items=1) == []
