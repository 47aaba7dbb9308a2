"""frames.py: every subject's (core, frame) readings as numbered rows."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import numpy as np

from generator.ingest.frames import MAX_FRAME, NO_CUE, Frame, readings
from generator.ingest.subjects import Subject

ROOT = Path(__file__).resolve().parent.parent
WORDS = [
    "alpha",
    "beta",
    "gamma",
    "delta",
    "epsilon",
    "zeta",
    "eta",
    "theta",
    "iota",
    "kappa",
    "lambda",
    "mu",
    "nu",
    "xi",
]


def _expected(subject: Subject) -> list[tuple[frozenset[str], Frame]]:
    """The readings as the module's docstring states them, written out plainly."""
    if subject.unresolved is not None or not subject.order:
        return []
    lead, main = subject.order[: subject.lead], subject.order[subject.lead :]
    ask = subject.ask if subject.cue_ask else NO_CUE  # a title no cue list reads
    found = []
    for a in range(MAX_FRAME + 1):
        for b in range(MAX_FRAME + 1 - a):
            if len(main) - a - b >= 1:
                core = frozenset((*lead, *main[a : len(main) - b]))
                found.append((core, (ask, main[:a], main[len(main) - b :])))
    if subject.lead:
        order = subject.order
        for a in range(1, MAX_FRAME + 1):
            for b in range(MAX_FRAME + 1 - a):
                if len(order) - a - b >= 1:
                    core = frozenset(order[a : len(order) - b])
                    found.append((core, (ask, order[:a], order[len(order) - b :])))
    return found


def _subjects(seed: int, count: int) -> list[Subject]:
    rng = random.Random(seed)
    subjects = []
    for _ in range(count):
        order = tuple(rng.sample(WORDS, rng.randint(0, 11)))
        lead = rng.randint(0, len(order)) if rng.random() < 0.3 else 0
        unresolved = "xyz" if rng.random() < 0.05 else None
        ask = rng.choice(("define", "advantages", "works", ""))
        cue = ask if rng.random() < 0.7 else ""
        subjects.append(
            Subject(
                ask, frozenset(order), unresolved=unresolved, order=order, lead=lead, cue_ask=cue
            )
        )
    # repeats of one subject share their readings
    return subjects + subjects[:20]


def test_rows_are_the_readings_in_order() -> None:
    subjects = _subjects(1, 300)
    read = readings(subjects)
    got: dict[int, list[tuple[frozenset[str], Frame]]] = {}
    for row, entry in enumerate(read.entry.tolist()):
        got.setdefault(entry, []).append(read.reading(row))
    for i, subject in enumerate(subjects):
        assert got.get(i, []) == _expected(subject), subject
    assert read.entry.tolist() == sorted(read.entry.tolist())
    assert read.size.tolist() == [
        len(read.reading(r)[1][1]) + len(read.reading(r)[1][2]) for r in range(len(read.entry))
    ]


def test_equal_cores_and_frames_have_equal_numbers() -> None:
    subjects = _subjects(2, 400)
    read = readings(subjects)
    cores: dict[frozenset[str], set[int]] = {}
    frames: dict[Frame, set[int]] = {}
    for row in range(len(read.entry)):
        core, frame = read.reading(row)
        cores.setdefault(core, set()).add(int(read.core[row]))
        frames.setdefault(frame, set()).add(int(read.frame[row]))
    assert all(len(numbers) == 1 for numbers in cores.values())
    assert all(len(numbers) == 1 for numbers in frames.values())
    # and different ones different numbers: one number per distinct value
    assert len({n for ns in cores.values() for n in ns}) == len(cores)
    assert len({n for ns in frames.values() for n in ns}) == len(frames) == read.frames
    for core, (number,) in cores.items():
        assert read.core_at(number) == core
    for frame, (number,) in frames.items():
        assert read.frame_at(number) == frame


def test_word_order_counts_in_frames_not_in_cores() -> None:
    one = Subject("define", frozenset("abcd"), order=("a", "b", "c", "d"), cue_ask="define")
    other = Subject("define", frozenset("abcd"), order=("b", "a", "d", "c"), cue_ask="define")
    read = readings([one, other])
    rows = {e: np.flatnonzero(read.entry == e) for e in (0, 1)}
    whole = [r for r in rows[0] if read.size[r] == 0] + [r for r in rows[1] if read.size[r] == 0]
    assert read.core[whole[0]] == read.core[whole[1]]  # {a, b, c, d} either way
    # "a b" before "X" is not "b a" before it
    first = next(r for r in rows[0] if read.reading(r)[1] == ("define", ("a", "b"), ()))
    second = next(r for r in rows[1] if read.reading(r)[1] == ("define", ("b", "a"), ()))
    assert read.frame[first] != read.frame[second]
    assert read.core[first] == read.core[second]  # {c, d}


def test_the_same_numbers_in_every_run() -> None:
    # numbers come from word hashes of their own, not Python's (salted per process)
    script = (
        "import hashlib, sys; sys.path[:0] = ['tests', '.']; "
        "from test_frames import _subjects; from generator.ingest.frames import readings; "
        "r = readings(_subjects(3, 200)); "
        "print(hashlib.sha256(r.core.tobytes() + r.frame.tobytes()).hexdigest())"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": seed},
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(digests) == 1


def test_nothing_to_read() -> None:
    read = readings([Subject("define", frozenset()), Subject("", frozenset("a"), unresolved="a")])
    assert len(read.entry) == 0 and read.frames == 0
