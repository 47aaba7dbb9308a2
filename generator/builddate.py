"""The build's date, from the last commit, so the same content builds the same bytes any day.

MkDocs (the sitemap's ``lastmod``) and the cheat sheet read ``SOURCE_DATE_EPOCH``;
when it is unset, both ``python -m generator build`` and a plain ``mkdocs build`` set
it to the time of the last commit of the repository holding the configuration.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

VARIABLE = "SOURCE_DATE_EPOCH"


def commit_epoch(folder: Path) -> str | None:
    """Seconds since 1970 of the last commit of the repository at ``folder`` (None without git)."""
    try:
        result = subprocess.run(
            ["git", "-C", str(folder), "log", "-1", "--format=%ct"],
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        return None
    stamp = result.stdout.strip()
    return stamp if result.returncode == 0 and stamp.isdigit() else None


def pin_build_date(folder: Path, env: dict[str, str] | os._Environ[str] = os.environ) -> None:
    """Set ``SOURCE_DATE_EPOCH`` in ``env`` to the last commit's time, unless already set."""
    if VARIABLE in env:
        return
    stamp = commit_epoch(folder)
    if stamp is not None:
        env[VARIABLE] = stamp
