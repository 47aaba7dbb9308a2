"""generator.ingest.parallel: the same results, in the same order, with or without processes."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from functools import partial

from generator.errors import SourceError
from generator.ingest import parallel


def _square_plus(x: int, offset: int) -> int:
    return x * x + offset


def test_process_map_matches_a_plain_loop_and_keeps_order(monkeypatch) -> None:
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 3)
    items = list(range(100))
    function = partial(_square_plus, offset=3)
    expected = [function(x) for x in items]
    assert parallel.process_map(function, items, min_items=10) == expected
    assert parallel.process_map(function, items) == expected  # below the default: serial


def _pid(_: int) -> int:
    import os

    return os.getpid()


def _slow_pid(_: int) -> int:
    import os
    import time

    time.sleep(0.01)
    return os.getpid()


def test_min_items_decides_when_child_processes_start(monkeypatch) -> None:
    import os

    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    assert set(parallel.process_map(_pid, list(range(20)), min_items=21)) == {os.getpid()}
    pids = parallel.process_map(_slow_pid, list(range(64)), min_items=20)
    # This process and one forked child take runs of consecutive items in turn.
    assert os.getpid() in pids and len(set(pids)) == 2
    runs = [len(list(group)) for _, group in itertools.groupby(pids)]
    assert min(runs) >= 2  # runs of 64 // (2 * 16) items, not single items


def _pid_of_item_owner(x: int) -> int:
    import os
    import time

    # the child is slowed down ten times: it should take fewer runs
    parent = int(os.environ["STUDYGUIDE_TEST_PARENT"])
    time.sleep(0.004 if os.getpid() != parent else 0.0004)
    return os.getpid()


def test_a_slower_process_takes_fewer_items(monkeypatch) -> None:
    import os

    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    monkeypatch.setenv("STUDYGUIDE_TEST_PARENT", str(os.getpid()))
    pids = parallel.process_map(_pid_of_item_owner, list(range(320)), min_items=1)
    assert pids.count(os.getpid()) > 320 * 2 // 3


def _fails_on_3_and_13(x: int) -> int:
    if x in (3, 13):
        raise SourceError("a.txt", x, "bad")
    return x


def test_the_first_error_in_input_order_is_raised(monkeypatch) -> None:
    import pytest

    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    for _ in range(3):
        with pytest.raises(SourceError, match=r"^a\.txt:3: bad$"):
            parallel.process_map(_fails_on_3_and_13, list(range(40)), min_items=1)


def _fails_on_13(x: int) -> int:
    if x == 13:
        raise SourceError("a.txt", x, "bad")
    return x


def test_an_error_in_a_child_is_raised_whole_in_this_process(monkeypatch) -> None:
    import pytest

    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    with pytest.raises(SourceError, match=r"^a\.txt:13: bad$"):
        parallel.process_map(_fails_on_13, list(range(20)), min_items=1)


def _closure(x: int) -> Callable[[], int]:
    return lambda: x  # a result that cannot be pickled


def test_results_a_child_cannot_send_are_computed_here(monkeypatch) -> None:
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    results = parallel.process_map(_closure, list(range(10)), min_items=1)
    assert [f() for f in results] == list(range(10))


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
    pids = [pid for _, pid in parallel_run]
    # eight slices of 13 (the last 12), each done whole by one process
    assert [len(set(pids[k : k + 13])) for k in range(0, 103, 13)] == [1] * 8
    serial = parallel.map_ranges(squares, 103, min_items=104)
    assert {pid for _, pid in serial} == {os.getpid()}
    assert parallel.map_ranges(squares, 0, min_items=1) == []


def _pid_and_map(x: int) -> tuple[int, int, list[int]]:
    import os

    return x * 2, os.getpid(), parallel.process_map(_pid, list(range(20)), min_items=1)


def test_background_work_runs_in_a_child_whose_maps_run_there_alone(monkeypatch) -> None:
    import os

    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    pending = parallel.in_background(partial(_pid_and_map, 21), items=1, min_items=1)
    doubled, pid, map_pids = pending.result()
    assert doubled == 42 and pid != os.getpid()
    assert set(map_pids) == {pid}  # the parent is busy: no grandchild is forked
    assert pending.result() == (doubled, pid, map_pids)  # the result is kept


def test_background_work_runs_here_on_one_core(monkeypatch) -> None:
    import os

    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 1)
    _, pid, map_pids = parallel.in_background(partial(_pid_and_map, 1), 1, 1).result()
    assert pid == os.getpid() and set(map_pids) == {os.getpid()}


def test_small_background_work_runs_here(monkeypatch) -> None:
    import os

    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    _, pid, _ = parallel.in_background(partial(_pid_and_map, 1), items=9, min_items=10).result()
    assert pid == os.getpid()


def test_a_background_error_is_raised_whole_when_the_result_is_asked_for(monkeypatch) -> None:
    import pytest

    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    pending = parallel.in_background(partial(_fails_on_13, 13), 1, min_items=1)
    with pytest.raises(SourceError, match=r"^a\.txt:13: bad$"):
        pending.result()


def _sum_of_inner_map(x: int) -> int:
    return sum(parallel.process_map(partial(_square_plus, offset=x), list(range(6)), min_items=1))


def test_a_map_inside_a_mapped_function_gives_the_plain_loops_result(monkeypatch) -> None:
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    items = list(range(8))
    expected = [sum(i * i + x for i in range(6)) for x in items]
    assert parallel.process_map(_sum_of_inner_map, items, min_items=1) == expected
