"""Map a function over many items in forked processes, keeping order (for large inputs only).

This process takes one share of the items itself and forks one child per other core
for the rest (a :class:`Pending` each): on two cores, one child. Children inherit the
function and the items, so only their results cross a pipe, once, as one pickle; the
parent unpickles only the children's share. (A pool of workers fed chunk by chunk left the parent idle, forked a
worker per core from a heap of gigabytes, and unpickled every result.)
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


def _apply(function: Callable[[Any], Any], items: Sequence[Any], share: slice) -> list[Any]:
    return [function(item) for item in items[share]]


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
    runs in this process. Otherwise the items are dealt out in turn, one share per
    core (every second item on two cores, so costly stretches of the input are split
    evenly); this process computes the first share and forked children the others.
    Results come back in input order, so the output is the same either way.
    """
    processes = _processes(len(items), min_items)
    if processes == 1:
        return [function(item) for item in items]
    shares = [slice(k, None, processes) for k in range(processes)]
    # Forked children inherit the function and the items: only results are pickled.
    children = [Pending(partial(_apply, function, items, share)) for share in shares[1:]]
    try:
        results: list[Any] = [None] * len(items)
        results[shares[0]] = _apply(function, items, shares[0])
        for share, child in zip(shares[1:], children, strict=True):
            results[share] = child.result()
        return results
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
    step = -(-size // processes)
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
