"""atomic.py and ingest as a whole: two ingests at once, and kill -9 in the middle of a swap.

Ingests run as real subprocesses (``python -m generator ingest``) on a source big enough
that writing takes a while; a crash is injected with the ``STUDYGUIDE_TEST_CRASH_AT``
hook, which makes the process SIGKILL itself at a named point of the swap.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, TAXONOMY, WORDLIST

QUESTIONS = 150
CRASH_HOOK = "STUDYGUIDE_TEST_CRASH_AT"  # generator.atomic.CRASH_HOOK


def source(version: str) -> str:
    """A dump of QUESTIONS questions whose answers name ``version``."""
    entries = "".join(
        f"{i}. What is concept number {i} of {'subject ' * (i % 7)}set {i % 13}?\n"
        f"Concept {i} is {version} text, long enough to take a moment to write. "
        f"{'It repeats itself to fill the file. ' * 8}\n\n"
        for i in range(1, QUESTIONS + 1)
    )
    return f"Questions\n\n{entries}"


def ingest(work: Path, out: Path, src: Path | None = None, **env: str) -> subprocess.Popen[str]:
    """Start an ingest of ``src`` (default: work/src.txt) into ``out``."""
    command = [
        sys.executable,
        "-m",
        "generator",
        "ingest",
        str(src or work / "src.txt"),
        "--out",
        str(out),
        "--wordlist",
        str(WORDLIST),
        "--taxonomy",
        str(TAXONOMY),
        "--report",
        str(work / f"report-{out.name}.md"),
        "-q",
    ]
    environment = {k: v for k, v in os.environ.items() if k != CRASH_HOOK}
    return subprocess.Popen(
        command,
        cwd=ROOT,
        env={**environment, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def files(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` (hidden ones too) by name, and every stray beside it."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.is_dir() else {}


def strays(work: Path) -> list[str]:
    """Leftovers of a swap or a lock in ``work`` (and old-style .tmp files in out/)."""
    names = [p.name for p in work.iterdir() if p.name.startswith(".out.")]
    out = work / "out"
    if out.is_dir():
        names += [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
    return names


@pytest.fixture
def work(tmp_path: Path) -> Path:
    (tmp_path / "src.txt").write_text(source("old"), encoding="utf-8")
    return tmp_path


def clean(work: Path, name: str, src: Path | None = None) -> dict[str, bytes]:
    """What one clean ingest of ``src`` (default: work/src.txt) writes into a fresh folder."""
    run = ingest(work, work / name, src)
    _, err = run.communicate(timeout=300)
    assert run.returncode == 0, err
    return files(work / name)


@pytest.mark.xdist_group("subprocess-ingest")
def test_two_ingests_at_once_leave_one_clean_ingest(work: Path) -> None:
    """Four ingests of two different texts into one folder, twice over: each time
    the folder is exactly one clean ingest of one text, and a rerun finds nothing odd.
    """
    sources = []
    for version in ("first", "second"):
        (work / version).mkdir()
        sources.append(work / version / "src.txt")
        sources[-1].write_text(source(version), encoding="utf-8")
    expected = [clean(work, f"fresh-{i}", src) for i, src in enumerate(sources)]
    for _ in range(2):
        runs = [ingest(work, work / "out", src) for src in sources * 2]
        results = [run.communicate(timeout=300) for run in runs]
        assert [run.returncode for run in runs] == [0] * 4, results
        assert not any("Traceback" in err for _, err in results)
        assert files(work / "out") in expected
        assert strays(work) == []
    rerun = ingest(work, work / "out", sources[1])
    _, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0 and "hand" not in err.replace("0 hand-edited", ""), err
    assert files(work / "out") == expected[1]


@pytest.mark.xdist_group("subprocess-ingest")
def test_second_ingest_gives_up_with_a_clear_message(tmp_path: Path) -> None:
    from generator.atomic import folder_lock
    from generator.errors import BusyError

    out = tmp_path / "out"
    with folder_lock(out):
        lock = tmp_path / ".out.lock"
        assert lock.read_text(encoding="ascii").strip() == str(os.getpid())
        with pytest.raises(BusyError) as caught, folder_lock(out, wait=0.3):
            pass
    assert f"process {os.getpid()}" in str(caught.value)
    assert not lock.exists()


@pytest.mark.xdist_group("subprocess-ingest")
@pytest.mark.parametrize("point", ["staged-old", "staged", "old-moved", "swapped"])
def test_kill_9_during_the_swap_leaves_old_or_new_and_the_next_run_is_clean(
    work: Path, point: str
) -> None:
    old = clean(work, "out")
    (work / "src.txt").write_text(source("new"), encoding="utf-8")
    new = clean(work, "fresh")
    crashed = ingest(work, work / "out", **{CRASH_HOOK: point})
    crashed.communicate(timeout=300)
    assert crashed.returncode == -signal.SIGKILL
    left = files(work / "out")
    if not left:  # killed between the two renames: the old folder waits as .previous
        assert point == "old-moved"
        left = files(work / ".out.previous")
    assert left in (old, new)
    rerun = ingest(work, work / "out")
    _, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert "hand" not in err, err
    assert files(work / "out") == new
    assert strays(work) == []


@pytest.mark.xdist_group("subprocess-ingest")
def test_lock_of_a_killed_ingest_does_not_block_the_next(work: Path) -> None:
    from generator.atomic import CRASH_HOOK as hook

    assert hook == CRASH_HOOK
    crashed = ingest(work, work / "out", **{CRASH_HOOK: "staged"})
    crashed.communicate(timeout=300)
    assert crashed.returncode == -signal.SIGKILL
    assert (work / ".out.lock").exists()  # left behind, but its owner is gone
    run = ingest(work, work / "out")
    _, err = run.communicate(timeout=60)
    assert run.returncode == 0, err
    assert strays(work) == []
