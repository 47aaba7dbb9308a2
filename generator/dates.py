"""The reproducible date every output carries: never the clock when the content has a date.

One rule for the site's page dates, the cheat sheet and the Anki deck: an explicit date
wins; else ``SOURCE_DATE_EPOCH`` (the reproducible-builds convention, set by
``python -m generator build`` to the last commit); else the day of the last commit that
touched the question files; else today (UTC), outside a git checkout.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .errors import StudyGuideError

EPOCH_VARIABLE = "SOURCE_DATE_EPOCH"


@dataclass(frozen=True)
class Stamp:
    """A date to print and the moment (Unix seconds, UTC) to embed in files."""

    date: dt.date
    seconds: int

    @property
    def moment(self) -> dt.datetime:
        """The stamp as an aware UTC datetime."""
        return dt.datetime.fromtimestamp(self.seconds, dt.UTC)


def midnight(date: dt.date) -> Stamp:
    """The stamp of ``date`` at midnight UTC."""
    start = dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC)
    return Stamp(date, int(start.timestamp()))


def epoch_stamp() -> Stamp | None:
    """The stamp ``SOURCE_DATE_EPOCH`` names, or None when it is unset or empty."""
    epoch = os.environ.get(EPOCH_VARIABLE, "").strip()
    if not epoch:
        return None
    if not epoch.isdigit():
        raise StudyGuideError(EPOCH_VARIABLE, 0, f"not a whole number of seconds: {epoch!r}")
    seconds = int(epoch)
    try:
        return Stamp(dt.datetime.fromtimestamp(seconds, dt.UTC).date(), seconds)
    except (OverflowError, OSError, ValueError):
        raise StudyGuideError(EPOCH_VARIABLE, 0, f"out of range: {epoch}") from None


def _git(folder: Path, fmt: str) -> str:
    """``git log -1`` of ``folder`` in ``fmt`` ('' outside a checkout or without git)."""
    try:
        return subprocess.run(
            ["git", "log", "-1", f"--format={fmt}", "--", "."],
            cwd=folder,
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def last_commit_seconds(folder: Path) -> int | None:
    """Unix seconds of the last commit that touched ``folder`` (None outside a checkout)."""
    out = _git(folder, "%ct") if folder.is_dir() else ""
    return int(out) if out.isdigit() else None


def content_stamp(folder: Path | None, date: dt.date | None = None) -> Stamp:
    """The stamp of the content in ``folder``: ``date``, else the epoch, else its last commit.

    The last-commit rule uses the commit's day at midnight UTC, so every output built from
    the same commit carries the same date whatever the time of the build.
    """
    if date is not None:
        return midnight(date)
    stamp = epoch_stamp()
    if stamp is not None:
        return stamp
    out = _git(folder, "%cs") if folder is not None and folder.is_dir() else ""
    try:
        return midnight(dt.date.fromisoformat(out)) if out else today()
    except ValueError:
        return today()


def today() -> Stamp:
    """Today (UTC) at midnight: the fallback outside a git checkout."""
    return midnight(dt.datetime.now(dt.UTC).date())
