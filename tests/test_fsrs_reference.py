"""The quiz's scheduler (quiz-scheduler.js on ts-fsrs) against py-fsrs, the reference FSRS.

``tests/fsrs_intervals.cjs`` replays fixed grades at fixed times through the
same JavaScript the site serves and prints the cards; py-fsrs replays them here
with the parameters quiz-scheduler.js reports. Due times must match to the minute and
stability/difficulty closely.

Two known differences between the implementations, which the test allows for:

- ts-fsrs rounds learning steps to whole minutes (Hard on the first of the steps
  1m, 10m is 6 min; py-fsrs says 5.5 min), so intervals under a day may differ
  by up to a minute. Intervals of a day or more must match exactly.
- ts-fsrs counts elapsed days in UTC calendar days, py-fsrs in whole 24-hour
  periods: a review 23 h 50 min after the last one, across midnight UTC, is
  1 day late for one and 0 for the other. Every review below that comes a day
  or more after the previous one is therefore at the same time of day as it.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fsrs import Card, Rating, Scheduler
from fsrs.scheduler import DEFAULT_PARAMETERS

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "tests" / "fsrs_intervals.cjs"
START = "2024-01-01T09:00:00+00:00"
DAY = 24 * 60


def at(days: int, minutes: int = 0) -> int:
    """Minutes after START for a review ``days`` later (plus ``minutes``)."""
    return days * DAY + minutes


# name -> [(minutes after START, rating)]; 1 Again, 2 Hard, 3 Good, 4 Easy.
SCENARIOS: dict[str, list[tuple[int, int]]] = {
    "steady-good": [(0, 3), (10, 3), (at(2, 10), 3), (at(12, 10), 3), (at(45, 10), 3)],
    "easy-first": [(0, 4), (at(8), 3), (at(30), 4)],
    "lapse-and-relearn": [
        (0, 3),
        (10, 3),
        (at(2, 10), 3),
        (at(12, 10), 1),
        (at(12, 20), 3),
        (at(14, 20), 2),
        (at(20, 20), 4),
    ],
    "struggle-in-learning": [(0, 1), (1, 1), (2, 2), (8, 3), (18, 3), (at(1, 18), 2)],
    "hard-only": [(0, 2), (6, 2), (at(1, 6), 2), (at(3, 6), 2), (at(7, 6), 2)],
    "overdue-and-early": [(0, 3), (10, 3), (at(40, 10), 3), (at(41, 10), 3), (at(300, 10), 1)],
}


def step_minutes(step: str) -> timedelta:
    """A ts-fsrs step such as ``"10m"``, ``"1h"`` or ``"2d"`` as a timedelta."""
    number, unit = re.fullmatch(r"(\d+(?:\.\d+)?)([mhd])", step).groups()
    return timedelta(minutes=float(number) * {"m": 1, "h": 60, "d": DAY}[unit])


@pytest.fixture(scope="module")
def js() -> dict:
    """What quiz-scheduler.js + ts-fsrs make of SCENARIOS."""
    if shutil.which("node") is None:
        pytest.skip("node is not installed")
    payload = {
        "scenarios": [
            {"name": name, "start": START, "reviews": reviews}
            for name, reviews in SCENARIOS.items()
        ]
    }
    out = subprocess.run(
        ["node", str(SCRIPT)],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return json.loads(out.stdout)


def reference_scheduler(params: dict) -> Scheduler:
    """A py-fsrs scheduler set up exactly like quiz-scheduler.js's ts-fsrs one."""
    return Scheduler(
        parameters=tuple(params["w"]),
        desired_retention=params["request_retention"],
        learning_steps=tuple(step_minutes(s) for s in params["learning_steps"]),
        relearning_steps=tuple(step_minutes(s) for s in params["relearning_steps"]),
        maximum_interval=params["maximum_interval"],
        enable_fuzzing=False,
    )


def test_quiz_uses_fsrs6_defaults_without_fuzz(js: dict) -> None:
    """quiz-scheduler.js: FSRS-6 default weights, 90 % retention, no fuzz, steps 1m 10m / 10m."""
    params = js["params"]
    assert "FSRS-6" in js["fsrsVersion"]
    assert params["w"] == pytest.approx(list(DEFAULT_PARAMETERS))
    assert params["request_retention"] == 0.9
    assert params["maximum_interval"] == 36500
    assert params["enable_fuzz"] is False
    assert params["enable_short_term"] is True
    assert params["learning_steps"] == ["1m", "10m"]
    assert params["relearning_steps"] == ["10m"]
    # py-fsrs's own defaults are the same, so "default FSRS" means one thing here
    default = Scheduler()
    assert default.learning_steps == (timedelta(minutes=1), timedelta(minutes=10))
    assert default.relearning_steps == (timedelta(minutes=10),)
    assert default.desired_retention == params["request_retention"]


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_intervals_match_py_fsrs(js: dict, name: str) -> None:
    """Every review in a scenario: same due time, state, stability, difficulty."""
    scheduler = reference_scheduler(js["params"])
    start = datetime.fromisoformat(START)
    card = Card(card_id=1, due=start)
    for step, ((minutes, rating), got) in enumerate(
        zip(SCENARIOS[name], js["results"][name], strict=True)
    ):
        when = start + timedelta(minutes=minutes)
        card, _ = scheduler.review_card(card, Rating(rating), review_datetime=when)
        ts_due = datetime.fromisoformat(got["due"].replace("Z", "+00:00"))
        where = f"{name} review {step + 1} (rating {rating} at {when:%Y-%m-%d %H:%M})"
        interval = (card.due - when) / timedelta(days=1)
        ts_interval = (ts_due - when) / timedelta(days=1)
        message = f"{where}: ts-fsrs {ts_interval:.4f} vs py-fsrs {interval:.4f} days"
        if interval < 1:
            assert abs(ts_due - card.due) <= timedelta(minutes=1), message
        else:
            assert ts_due == card.due.astimezone(UTC), message
        assert got["state"] == int(card.state), where
        assert got["stability"] == pytest.approx(card.stability, rel=1e-4, abs=1e-4), where
        assert got["difficulty"] == pytest.approx(card.difficulty, rel=1e-4, abs=1e-4), where
