"""Map a function over many items in worker processes, keeping order (for large inputs only)."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

PARALLEL_FROM = 5000
CHUNK = 2500


def _apply(job: tuple[Callable[[T], R], Sequence[T]]) -> list[R]:
    function, items = job
    return [function(item) for item in items]


def process_map(
    function: Callable[[T], R], items: Sequence[T], min_items: int = PARALLEL_FROM
) -> list[R]:
    """``[function(x) for x in items]``, split over the machine's cores when it pays off.

    Below ``min_items`` items, on one core, or where processes cannot be forked,
    it runs in this process. ``function`` must be picklable (a module-level function or
    a bound method of a picklable object); results come back in input order, so the
    output is the same either way.
    """
    cores = os.cpu_count() or 1
    if len(items) < min_items or cores < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [function(item) for item in items]
    size = min(CHUNK, -(-len(items) // cores))
    jobs = [(function, items[i : i + size]) for i in range(0, len(items), size)]
    with multiprocessing.get_context("fork").Pool(min(cores, 4)) as pool:
        return [result for part in pool.map(_apply, jobs) for result in part]
