"""cli.py: ingest end to end on small sources; every bad input is one error line, no writes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ingest_args, snapshot
from site_support import site_html

from generator.cli import main
from generator.questionfile import read_question_folder

GOOD = (
    "Interview Questions and Answers\n\n"
    "1. What is alpha?\nAlpha is the first letter.\n\n"
    "2. What is beta?\nBeta looks like a B with a long tail.\n\n"
    "3. What Is Gamma?\nGamma is the third letter.\n\n"
    "4. What is delta?\nDelta is the fourth letter.\n"
)
ERROR_LINE = re.compile(r"^error: (?P<path>.+?):(?P<line>\d+): (?P<message>\S.*)$")


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A work folder with a good source, already ingested once into out/."""
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    assert main(ingest_args(tmp_path / "out", str(tmp_path / "good.txt"))) == 0
    return tmp_path


def ingest(tree: Path, *args: str) -> int:
    return main(ingest_args(tree / "out", *args))


def one_error(capsys: pytest.CaptureFixture[str]) -> re.Match[str]:
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert len(lines) == 1, err
    match = ERROR_LINE.match(lines[0])
    assert match, lines[0]
    return match


def bad_source(tree: Path, name: str, data: bytes) -> str:
    path = tree / name
    path.write_bytes(data)
    return str(path)


CP1252 = "1. What is it?\nIt is fine.\nIt is “quoted”.\n".encode("cp1252")
BAD_SOURCES = [
    pytest.param("empty.txt", b"", 1, "file is empty", id="empty"),
    pytest.param("binary.txt", b"1. What?\nYes.\n\x00\x01\x02", 3, "binary", id="binary"),
    pytest.param("cp1252.txt", CP1252, 3, "not valid UTF-8", id="non-utf8"),
    pytest.param(
        "noanswer.txt",
        b"1. What is a?\nA is a.\n\n2. What is b?\n\n3. What is c?\nC is c.\n",
        4,
        "question 2 has no answer",
        id="no-answer",
    ),
    pytest.param(
        "noentries.txt",
        b"Some notes\nwithout any numbered questions\n",
        1,
        "no question",
        id="none",
    ),
]


@pytest.mark.parametrize(("name", "data", "line", "message"), BAD_SOURCES)
def test_bad_source_is_one_error_and_writes_nothing(
    tree: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes, line: int, message: str
) -> None:
    path = bad_source(tree, name, data)
    before = snapshot(tree)
    capsys.readouterr()
    assert ingest(tree, str(tree / "good.txt"), path) != 0
    error = one_error(capsys)
    assert error["path"] == path
    assert int(error["line"]) == line
    assert message in error["message"]
    assert snapshot(tree) == before


BAD_CURATIONS = [
    pytest.param(
        "questions:\n  alpha:\n    title: What is Alpha?\n    id: beta\n",
        4,
        "two questions end with id 'beta'",
        id="id-collision",
    ),
    pytest.param("questions:\n  alpha:\n    title: a: b\n", 3, "invalid YAML", id="bad-yaml"),
    pytest.param("questions:\n  alpha:\n    colour: red\n", 3, "unknown field", id="unknown-field"),
    pytest.param(
        "questions:\n  alpha:\n    tags: [no-such-tag]\n", 3, "unknown tag", id="unknown-tag"
    ),
    pytest.param("merge:\n  - [good.txt#1, good.txt#9]\n", 2, "no entry good.txt#9", id="bad-ref"),
]


@pytest.mark.parametrize(("text", "line", "message"), BAD_CURATIONS)
def test_bad_curation_is_one_error_and_writes_nothing(
    tree: Path, capsys: pytest.CaptureFixture[str], text: str, line: int, message: str
) -> None:
    curation = tree / "curation.yaml"
    curation.write_text(text, encoding="utf-8")
    before = snapshot(tree)
    capsys.readouterr()
    assert ingest(tree, str(tree / "good.txt"), "--curation", str(curation)) != 0
    error = one_error(capsys)
    assert error["path"] == str(curation)
    assert int(error["line"]) == line
    assert message in error["message"]
    assert snapshot(tree) == before


def test_source_html_comes_out_escaped(tmp_path: Path) -> None:
    source = tmp_path / "xss.txt"
    source.write_text(
        "1. What is an XSS payload?\n"
        "Like <script>alert(1)</script> in a page.\n"
        "Or <img src=x onerror=alert(1)> in an attribute.\n",
        encoding="utf-8",
    )
    assert main(ingest_args(tmp_path / "out", str(source))) == 0
    (text,) = [p.read_text(encoding="utf-8") for p in (tmp_path / "out").glob("*.md")]
    body = site_html(text.split("\n---\n", 1)[1])
    assert "<script" not in body and "<img" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "&lt;img src=x onerror=alert(1)&gt;" in body


def test_rerun_with_nothing_changed_writes_nothing(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(tree)
    capsys.readouterr()
    assert ingest(tree, str(tree / "good.txt")) == 0
    assert snapshot(tree) == before
    assert "0 files changed" in capsys.readouterr().out


def test_two_runs_are_byte_identical(tmp_path: Path) -> None:
    source = tmp_path / "good.txt"
    source.write_text(GOOD, encoding="utf-8")
    for name in ("one", "two"):
        assert main(ingest_args(tmp_path / name / "out", str(source))) == 0
    one = {k: v[1] for k, v in snapshot(tmp_path / "one").items()}
    two = {k: v[1] for k, v in snapshot(tmp_path / "two").items()}
    assert one == two
    assert "ingest-review.md" in one and "out/alpha.md" in one


def test_ids_survive_adding_and_removing_questions(tree: Path) -> None:
    first = {q.title: q.id for q in read_question_folder(tree / "out")}
    changed = GOOD.replace("2. What is beta?\nBeta looks like a B with a long tail.\n", "")
    changed += "\n5. What is epsilon?\nEpsilon is the fifth letter.\n"
    changed = changed.replace("1. What is alpha?", "1. What is the letter alpha?")
    (tree / "good.txt").write_text(changed, encoding="utf-8")
    assert ingest(tree, str(tree / "good.txt")) == 0
    second = {q.title: q.id for q in read_question_folder(tree / "out")}
    assert second["What is gamma?"] == first["What is gamma?"]
    assert second["What is delta?"] == first["What is delta?"]
    assert second["What is the letter alpha?"] == first["What is alpha?"]  # reused by source
    assert "What is beta?" not in second
    assert not (tree / "out" / f"{first['What is beta?']}.md").exists()  # stale file deleted
    assert second["What is epsilon?"] == "epsilon"


def test_merge_keeps_old_ids_as_aliases(tree: Path) -> None:
    curation = tree / "curation.yaml"
    curation.write_text("merge:\n  - [good.txt#1, good.txt#2]\n", encoding="utf-8")
    assert ingest(tree, str(tree / "good.txt"), "--curation", str(curation)) == 0
    questions = {q.id: q for q in read_question_folder(tree / "out")}
    assert "beta" not in questions
    assert questions["alpha"].aliases == ("beta",)
    assert [str(s) for s in questions["alpha"].sources] == ["good.txt#1", "good.txt#2"]
    assert "Beta looks like a B with a long tail." in questions["alpha"].answer


def test_hand_edited_file_is_kept_and_reported(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = tree / "out" / "gamma.md"
    text = edited.read_text(encoding="utf-8").replace("third letter", "third Greek letter")
    edited.write_text(text, encoding="utf-8")
    (tree / "good.txt").write_text(GOOD.replace("third letter", "3rd letter"), encoding="utf-8")
    capsys.readouterr()
    assert ingest(tree, str(tree / "good.txt")) == 0
    assert edited.read_text(encoding="utf-8") == text
    err = capsys.readouterr().err
    assert f"warning: {edited}: edited by hand" in err
    report = (tree / "ingest-review.md").read_text(encoding="utf-8")
    assert "- `gamma.md`: differs from what ingest last wrote" in report


def test_check_reports_stale_output_and_writes_nothing(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert ingest(tree, str(tree / "good.txt"), "--check") == 0
    (tree / "good.txt").write_text(GOOD.replace("fourth", "4th"), encoding="utf-8")
    before = snapshot(tree)
    capsys.readouterr()
    assert ingest(tree, str(tree / "good.txt"), "--check") == 1
    assert "not up to date" in capsys.readouterr().err
    assert snapshot(tree) == before
