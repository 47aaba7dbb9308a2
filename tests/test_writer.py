"""writer.py: only changes are written, hand edits are kept, stale files deleted."""

from __future__ import annotations

from pathlib import Path

from conftest import snapshot

from generator.atomic import write_if_changed
from generator.ingest.writer import (
    MANIFEST,
    apply_plan,
    plan_writes,
    read_manifest,
)


def run(folder: Path, files: dict[str, str]):
    plan = plan_writes(folder, files)
    apply_plan(plan)
    return plan


def test_first_run_writes_everything_and_a_manifest(tmp_path: Path) -> None:
    out = tmp_path / "out"
    plan = run(out, {"a.md": "A\n", "b.md": "B\n"})
    assert sorted(plan.write) == ["a.md", "b.md"]
    assert (out / "a.md").read_text(encoding="utf-8") == "A\n"
    assert set(read_manifest(out)) == {"a.md", "b.md"}
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_rerun_with_the_same_files_touches_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(out, {"a.md": "A\n", "b.md": "B\n"})
    before = snapshot(out)
    plan = run(out, {"a.md": "A\n", "b.md": "B\n"})
    assert plan.changed == 0
    assert plan.unchanged == ("a.md", "b.md")
    assert snapshot(out) == before


def test_changed_file_is_rewritten_and_others_left_alone(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(out, {"a.md": "A\n", "b.md": "B\n"})
    before = snapshot(out)
    plan = run(out, {"a.md": "A2\n", "b.md": "B\n"})
    assert list(plan.write) == ["a.md"]
    after = snapshot(out)
    assert after["b.md"] == before["b.md"]
    assert after["a.md"][1] == b"A2\n"


def test_hand_edited_file_is_kept_and_reported(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(out, {"a.md": "A\n"})
    (out / "a.md").write_text("A edited by hand\n", encoding="utf-8")
    plan = run(out, {"a.md": "A new\n"})
    assert plan.hand_edited == ("a.md",)
    assert plan.write == {}
    assert (out / "a.md").read_text(encoding="utf-8") == "A edited by hand\n"
    assert run(out, {"a.md": "A newer\n"}).hand_edited == ("a.md",)


def test_stale_files_are_deleted_unless_edited_by_hand(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(out, {"a.md": "A\n", "b.md": "B\n", "c.md": "C\n"})
    (out / "c.md").write_text("C edited\n", encoding="utf-8")
    (out / "notes.md").write_text("mine\n", encoding="utf-8")
    plan = run(out, {"a.md": "A\n"})
    assert plan.delete == ("b.md",)
    assert plan.hand_edited == ("c.md",)
    assert sorted(p.name for p in out.iterdir()) == [MANIFEST, "a.md", "c.md", "notes.md"]


def test_existing_file_not_written_by_ingest_is_not_overwritten(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.md").write_text("mine\n", encoding="utf-8")
    plan = run(out, {"a.md": "A\n"})
    assert plan.hand_edited == ("a.md",)
    assert (out / "a.md").read_text(encoding="utf-8") == "mine\n"


def test_write_if_changed(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "report.md"
    assert write_if_changed(path, "R\n") is True
    mtime = path.stat().st_mtime_ns
    assert write_if_changed(path, "R\n") is False
    assert path.stat().st_mtime_ns == mtime
    assert write_if_changed(path, "R2\n") is True
    assert path.read_text(encoding="utf-8") == "R2\n"
