"""Map a function over many items in worker processes, keeping order (for large inputs only)."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

PARALLEL_FROM = 5000
CHUNK = 2500

_JOB: tuple[Callable[[Any], Any], Sequence[Any]] | None = None
"""The function and items of the running map: forked workers inherit them, so only
slice bounds go to the workers (pickling the items cost more than the work saved)."""


def _apply(bounds: tuple[int, int]) -> list[Any]:
    assert _JOB is not None
    function, items = _JOB
    return [function(item) for item in items[bounds[0] : bounds[1]]]


def process_map(
    function: Callable[[T], R], items: Sequence[T], min_items: int = PARALLEL_FROM
) -> list[R]:
    """``[function(x) for x in items]``, split over the machine's cores when it pays off.

    Below ``min_items`` items, on one core, or where processes cannot be forked,
    it runs in this process. Workers are forked, so they inherit ``function`` and
    ``items``; results come back in input order, so the output is the same either way.
    """
    global _JOB
    cores = os.cpu_count() or 1
    if len(items) < min_items or cores < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [function(item) for item in items]
    size = min(CHUNK, -(-len(items) // cores))
    bounds = [(i, min(i + size, len(items))) for i in range(0, len(items), size)]
    _JOB = (function, items)
    try:
        with multiprocessing.get_context("fork").Pool(min(cores, 4)) as pool:
            return [result for part in pool.map(_apply, bounds) for result in part]
    finally:
        _JOB = None


def map_ranges(
    function: Callable[[int, int], list[R]], size: int, min_items: int = PARALLEL_FROM
) -> list[R]:
    """``function(0, size)``, computed as ``function(start, stop)`` over slices of
    ``range(size)`` in worker processes when ``size`` reaches ``min_items``; the slices'
    results joined in order, so the output is the same either way.

    For work over many pairs or items held in arrays the workers inherit.
    """
    if size < min_items:
        return function(0, size)
    step = -(-size // (2 * (os.cpu_count() or 1)))
    bounds = [(start, min(start + step, size)) for start in range(0, size, step)]
    parts = process_map(lambda b: function(*b), bounds, min_items=1)
    return [result for part in parts for result in part]
