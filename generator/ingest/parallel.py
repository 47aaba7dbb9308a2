"""Map a function over many items in forked processes, keeping order (for large inputs only).

This process and one forked child per other core (a :class:`Pending` each; on two
cores, one child) take runs of items in turn from a shared counter until none are left.
Children inherit the function and the items, so only their results cross a pipe, each
run pickled as soon as it is done: a child that pays for pickling takes fewer runs, and
no process waits for another's share while it has nothing to do. (A pool of workers fed
chunk by chunk left the parent idle, forked a worker per core from a heap of gigabytes,
and unpickled every result; a fixed half of the items each left this process idle while
the child pickled its half.)
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
from collections.abc import Callable, Sequence
from functools import partial
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

PARALLEL_FROM = 5000
MAX_PROCESSES = 4

_IN_BACKGROUND = False
"""True in a forked child: this process is busy too, so maps there run in the child alone."""


CLAIMS_PER_PROCESS = 16
"""Runs each process takes on average: small enough that the last ones even out the
processes' ends, large enough that the shared counter costs nothing."""

SLICES_PER_PROCESS = 4
"""Slices :func:`map_ranges` cuts per process (each a call of the function)."""

_MISSING = object()


def _claimed(
    function: Callable[[Any], Any], items: Sequence[Any], counter: Any, run: int
) -> list[tuple[int, bytes | list[Any]]]:
    """The results of the runs of ``items`` this process claims from ``counter``, each
    with its start; pickled at once in a child (see the module's docstring)."""
    done: list[tuple[int, bytes | list[Any]]] = []
    while True:
        with counter.get_lock():
            start = counter.value
            counter.value = start + run
        if start >= len(items):
            return done
        results = [function(item) for item in items[start : start + run]]
        done.append(
            (start, pickle.dumps(results, pickle.HIGHEST_PROTOCOL) if _IN_BACKGROUND else results)
        )


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _processes(size: int, min_items: int) -> int:
    if size < min_items or _IN_BACKGROUND or not _can_fork():
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_PROCESSES, size))


def process_map(
    function: Callable[[T], R], items: Sequence[T], min_items: int = PARALLEL_FROM
) -> list[R]:
    """``[function(x) for x in items]``, split over the machine's cores when it pays off.

    Below ``min_items`` items, on one core, or where processes cannot be forked, it
    runs in this process. Otherwise this process and forked children take runs of
    consecutive items from a shared counter until none are left. Results come back in
    input order, so the output is the same either way. Items a child did not send
    back (it failed, or a result could not be pickled) are computed here; an error is
    raised as the plain loop raises it: the first in input order.
    """
    processes = _processes(len(items), min_items)
    if processes == 1:
        return [function(item) for item in items]
    run = max(1, len(items) // (processes * CLAIMS_PER_PROCESS))
    counter = multiprocessing.get_context("fork").Value("q", 0)
    # Forked children inherit the function, the items and the counter: only results
    # are pickled.
    children = [
        Pending(partial(_claimed, function, items, counter, run)) for _ in range(processes - 1)
    ]
    try:
        results: list[Any] = [_MISSING] * len(items)
        try:
            parts = _claimed(function, items, counter, run)
        except Exception:
            parts = []  # computed again below, in order, so the first error is raised
        for child in children:
            parts.extend(child.result())
        for start, part in parts:
            values = pickle.loads(part) if isinstance(part, bytes) else part
            results[start : start + len(values)] = values
        return [
            function(item) if result is _MISSING else result
            for item, result in zip(items, results, strict=True)
        ]
    finally:
        for child in children:
            child.cancel()


def map_ranges(
    function: Callable[[int, int], list[R]], size: int, min_items: int = PARALLEL_FROM
) -> list[R]:
    """``function(0, size)``, computed as ``function(start, stop)`` over slices of
    ``range(size)`` in forked processes when ``size`` reaches ``min_items``; the slices'
    results joined in order, so the output is the same either way.

    For work over many pairs or items held in arrays the children inherit.
    """
    if size < min_items:
        return function(0, size)
    processes = _processes(size, 1)
    # a few slices per process, taken in turn, so a slower process takes fewer
    step = -(-size // (processes * SLICES_PER_PROCESS)) if processes > 1 else size
    bounds = [(start, min(start + step, size)) for start in range(0, size, step)]
    parts = process_map(lambda b: function(*b), bounds, min_items=1)
    return [result for part in parts for result in part]


class Pending(Generic[R]):
    """A result computed in a forked child while this process goes on with other work.

    :meth:`result` waits for it. With ``here``, on one core, where processes cannot be
    forked, or inside another background child, the work is done here when it is started.
    """

    def __init__(self, work: Callable[[], R], here: bool = False) -> None:
        self._work = work
        self._done: tuple[R] | None = None
        self._child: Any = None
        self._receive: Connection | None = None
        if here or (os.cpu_count() or 1) < 2 or _IN_BACKGROUND or not _can_fork():
            self._done = (work(),)
            return
        context = multiprocessing.get_context("fork")
        self._receive, send = context.Pipe(duplex=False)
        self._child = context.Process(target=_background, args=(work, send), daemon=True)
        self._child.start()
        send.close()

    def result(self) -> R:
        """The work's result; if the child failed, the work is done again here (and
        raises here, as it would have without a child)."""
        if self._done is None:
            assert self._receive is not None
            try:
                payload = self._receive.recv_bytes()
            except EOFError:
                payload = b""
            finally:
                self._receive.close()
                self._child.join()
            self._done = (pickle.loads(payload) if payload else self._work(),)
        return self._done[0]

    def cancel(self) -> None:
        """Stop the child if its result was never asked for (this process is failing)."""
        if self._done is None and self._child is not None and self._child.is_alive():
            self._child.kill()
            self._child.join()
        if self._receive is not None:
            self._receive.close()


def _background(work: Callable[[], Any], connection: Connection) -> None:
    global _IN_BACKGROUND
    _IN_BACKGROUND = True
    try:
        payload = pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
    except BaseException:  # the parent redoes the work and raises the error
        payload = b""
    connection.send_bytes(payload)
    connection.close()


def in_background(work: Callable[[], R], items: int, min_items: int = PARALLEL_FROM) -> Pending[R]:
    """Start ``work()`` in a forked child; ``.result()`` waits for its result.

    For independent work that runs in one process (a map inside runs there alone),
    so that this process and the child each keep a core busy. Work over fewer than
    ``min_items`` items (``items`` says how many) is done here: forking costs more.
    """
    return Pending(work, here=items < min_items)
