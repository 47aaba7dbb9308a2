"""End to end: ingest the seed into a temporary folder."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import CONTENT, SEED

from generator.cli import main
from generator.questionfile import read_question_folder


def _seed_labels() -> list[str]:
    return re.findall(r"^(Q?\d+)\.\s", SEED.read_text(encoding="utf-8"), flags=re.M)


def test_every_seed_entry_lands_in_exactly_one_question(tmp_path: Path) -> None:
    out = tmp_path / "questions"
    assert main(["ingest", "--out", str(out), "-q"]) == 0
    questions = read_question_folder(out)
    refs = [str(ref) for q in questions for ref in q.sources]
    expected = [f"{SEED.name}#{label}" for label in _seed_labels()]
    assert len(expected) == 95
    assert sorted(refs) == sorted(expected)


def test_rerun_rewrites_nothing(tmp_path: Path) -> None:
    out = tmp_path / "questions"
    assert main(["ingest", "--out", str(out), "-q"]) == 0
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in out.iterdir()}
    assert main(["ingest", "--out", str(out), "-q"]) == 0
    after = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in out.iterdir()}
    assert before == after


def test_committed_questions_are_up_to_date(monkeypatch) -> None:
    monkeypatch.chdir(CONTENT.parent)
    assert (CONTENT / "questions").is_dir()
    assert main(["ingest", "--check", "-q"]) == 0
