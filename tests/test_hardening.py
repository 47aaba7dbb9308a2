"""Probes as an attacker or an unlucky user: paths, markup, bad manifests, OS errors, text.

Each test drives ``python -m generator ingest`` (``main``) the way a maintainer would and
checks the promise: one error line and exit 2 with nothing touched, or a clean result.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import stat
from pathlib import Path

import pytest
from conftest import ingest_args, snapshot

from generator.cli import main
from generator.questionfile import read_question_folder

SOURCE = (
    "Interview Questions\n\n"
    "1. What is alpha?\nAlpha is the first letter of the Greek alphabet.\n\n"
    "2. What is beta?\nBeta is the second letter, and it looks like a B.\n\n"
    "3. What is gamma?\nGamma is the third letter; physicists use it for photons.\n"
)
ERROR_LINE = re.compile(r"^error: (?P<path>.+?)(?::(?P<line>\d+))?: (?P<message>\S.*)$")


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A work folder with one source, ingested once into out/ (beside a victim file)."""
    (tmp_path / "src.txt").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "victim.txt").write_text("precious\n", encoding="utf-8")
    assert main(ingest_args(tmp_path / "out", str(tmp_path / "src.txt"))) == 0
    return tmp_path


def ingest(tree: Path, *extra: str) -> int:
    return main(ingest_args(tree / "out", str(tree / "src.txt"), *extra))


def one_error(capsys: pytest.CaptureFixture[str]) -> re.Match[str]:
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert len(lines) == 1, err
    match = ERROR_LINE.match(lines[0])
    assert match, lines[0]
    return match


def curate(tree: Path, text: str) -> str:
    path = tree / "curation.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def everything(tree: Path) -> dict[str, tuple[int, bytes]]:
    return snapshot(tree)


# --- 1. names from files never leave their folder --------------------------------------


def test_manifest_entry_outside_the_folder_deletes_nothing(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = tree / "out" / ".ingest-manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["../victim.txt"] = hashlib.sha256(b"precious\n").hexdigest()
    manifest.write_text(json.dumps(data, indent=1), encoding="utf-8")
    capsys.readouterr()
    before = everything(tree)
    assert ingest(tree) == 2
    error = one_error(capsys)
    assert error["path"] == str(manifest)
    assert "../victim.txt" in error["message"]
    assert everything(tree) == before


@pytest.mark.parametrize(
    "bad_id",
    ["/tmp/hardening-escape", "../../escape", "../escape", "a/b", 'x" onmouseover="alert(1)', ""],
)
def test_curation_id_that_is_no_slug_is_one_error_and_writes_nothing(
    tree: Path, bad_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    curation = curate(tree, f"questions:\n  alpha:\n    id: {json.dumps(bad_id)}\n")
    capsys.readouterr()
    before = everything(tree)
    assert ingest(tree, "--curation", curation) == 2
    error = one_error(capsys)
    assert (error["path"], error["line"]) == (curation, "3")
    assert everything(tree) == before
    assert not Path("/tmp/hardening-escape.md").exists()


def test_curation_key_and_references_must_be_plain_names(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for text, line in [
        ("questions:\n  ../alpha:\n    title: What is alpha?\n", "2"),
        ("merge:\n  - [../src.txt#1, src.txt#2]\n", "2"),
        ("merge:\n  - [src.txt#1, src.txt#<b>2</b>]\n", "2"),
    ]:
        curation = curate(tree, text)
        capsys.readouterr()
        assert ingest(tree, "--curation", curation) == 2
        error = one_error(capsys)
        assert (error["path"], error["line"]) == (curation, line)


def test_question_file_id_outside_the_folder_is_never_written(tree: Path) -> None:
    """A committed question file claiming the id ``../escape`` cannot make ingest write there."""
    out = tree / "out"
    alpha = out / "alpha.md"
    alpha.write_text(
        alpha.read_text(encoding="utf-8").replace("id: alpha", "id: ../escape"), encoding="utf-8"
    )
    assert ingest(tree) == 0
    assert not (tree / "escape.md").exists()
    assert sorted(p.name for p in out.glob("*.md")) == ["alpha.md", "beta.md", "gamma.md"]


def test_question_file_with_a_traversing_id_is_refused_when_read(tree: Path) -> None:
    alpha = tree / "out" / "alpha.md"
    alpha.write_text(
        alpha.read_text(encoding="utf-8").replace("id: alpha", "id: ../../x"), encoding="utf-8"
    )
    with pytest.raises(Exception) as caught:
        read_question_folder(tree / "out")
    assert f"{alpha}:2:" in str(caught.value)


# --- 2. markup in maintainer fields stays text ------------------------------------------


def test_markup_in_curated_fields_is_escaped_in_the_question_file(tree: Path) -> None:
    curation = curate(
        tree,
        "questions:\n"
        "  alpha:\n"
        "    answer: |-\n"
        "      <script>alert(1)</script>\n\n"
        '      !!! danger "boom"\n'
        "          x\n\n"
        "      ---\n"
        "    summary: <img src=x onerror=alert(2)>\n",
    )
    assert ingest(tree, "--curation", curation) == 0
    text = (tree / "out" / "alpha.md").read_text(encoding="utf-8")
    body = text.split("\n---\n", 1)[1]
    assert not re.search(r"(?<!\\)<(script|img)", text)  # dropped, or escaped as text
    assert not re.search(r"^!!! ", body, re.MULTILINE)
    assert not re.search(r"^---$", body, re.MULTILINE)


def test_source_markup_cannot_make_blocks(tmp_path: Path) -> None:
    (tmp_path / "src.txt").write_text(
        'Questions\n\n1. What is alpha?\n!!! danger "Boom"\nAlpha.\n??? info\n---\n'
        "<details>x</details>\n",
        encoding="utf-8",
    )
    assert main(ingest_args(tmp_path / "out", str(tmp_path / "src.txt"))) == 0
    body = (tmp_path / "out" / "alpha.md").read_text(encoding="utf-8").split("\n---\n", 1)[1]
    for line in body.splitlines():
        assert not line.startswith(("!!!", "???", "<details")), body
        assert line.strip() != "---", body


# --- 4. a manifest that does not parse or match is rebuilt -------------------------------


@pytest.mark.parametrize("garbage", ["{not json", "[1, 2]", '{"alpha.md": 5}'])
def test_corrupt_manifest_is_reported_and_rebuilt(
    tree: Path, garbage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tree / "out"
    (out / ".ingest-manifest.json").write_text(garbage, encoding="utf-8")
    # gamma is dropped from the source: its file must go although the manifest is lost
    (tree / "src.txt").write_text(SOURCE.split("3. What is gamma?")[0], encoding="utf-8")
    curation = curate(tree, "questions:\n  alpha:\n    title: What is the letter alpha?\n")
    capsys.readouterr()
    assert ingest(tree, "--curation", curation) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2, err
    assert ".ingest-manifest.json" in err[0] and "rebuilt from the files on disk" in err[0]
    assert err[1] == f"note: {out / 'gamma.md'}: its question no longer exists; removed"
    assert sorted(p.name for p in out.glob("*.md")) == ["alpha.md", "beta.md"]
    assert "title: What is the letter alpha?" in (out / "alpha.md").read_text(encoding="utf-8")
    assert set(json.loads((out / ".ingest-manifest.json").read_text())) == {"alpha.md", "beta.md"}
    capsys.readouterr()
    assert ingest(tree, "--curation", curation) == 0
    assert capsys.readouterr().err == ""


def test_rebuilt_manifest_keeps_hand_edits(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tree / "out"
    (out / ".ingest-manifest.json").write_text("garbage", encoding="utf-8")
    (out / "beta.md").write_text("my own notes on beta\n", encoding="utf-8")
    capsys.readouterr()
    assert ingest(tree) == 0
    err = capsys.readouterr().err
    assert "beta.md: edited by hand" in err
    assert (out / "beta.md").read_text(encoding="utf-8") == "my own notes on beta\n"


def test_hand_deleted_file_is_written_again_with_a_note(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tree / "out" / "beta.md").unlink()
    capsys.readouterr()
    assert ingest(tree) == 0
    err = capsys.readouterr().err
    assert "beta.md: was deleted by hand; written again" in err
    assert (tree / "out" / "beta.md").is_file()


# --- 5. OS errors are one line, with no partial file ------------------------------------


@pytest.fixture
def tiny_disk(tmp_path: Path):
    """A 64 KiB tmpfs (root only; skipped where mounting is not allowed)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or os.system(f"mount -t tmpfs -o size=64k tmpfs {mount} 2>/dev/null"):
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield mount
    finally:
        os.system(f"umount {mount}")


def test_full_disk_is_one_error_and_leaves_no_partial_file(
    tmp_path: Path, tiny_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    long = "".join(
        f"{i}. What is item {i}?\nItem {i} is {'a long explanation ' * 60}.\n\n"
        for i in range(1, 40)
    )
    (tmp_path / "src.txt").write_text(f"Questions\n\n{long}", encoding="utf-8")
    out = tiny_disk / "questions"
    code = main(ingest_args(out, str(tmp_path / "src.txt"), "--report", str(tmp_path / "r.md")))
    assert code == 2
    error = one_error(capsys)
    assert "No space left on device" in error["message"]
    assert list(tiny_disk.iterdir()) == []


def test_read_only_folder_is_one_error(
    tree: Path, tiny_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tiny_disk / "questions"
    assert main(ingest_args(out, str(tree / "src.txt"))) == 0
    before = snapshot(tiny_disk)
    (tree / "src.txt").write_text(SOURCE.replace("first letter", "1st letter"), encoding="utf-8")
    assert os.system(f"mount -o remount,ro {tiny_disk}") == 0
    capsys.readouterr()
    assert main(ingest_args(out, str(tree / "src.txt"))) == 2
    error = one_error(capsys)
    assert "Read-only file system" in error["message"]
    assert snapshot(tiny_disk) == before


def test_injected_os_error_while_writing_is_one_error(
    tree: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Permission denied (root ignores modes, so the error is injected)."""
    (tree / "src.txt").write_text(SOURCE.replace("first letter", "1st letter"), encoding="utf-8")
    before = everything(tree)
    real_replace = os.replace
    denied: list[str] = []

    def deny(src: object, dst: object, *args: object, **kwargs: object) -> None:
        if str(dst).endswith("out") and not denied:  # the new folder's rename into place
            denied.append(str(dst))
            raise PermissionError(errno.EACCES, "Permission denied", str(dst))
        real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", deny)
    capsys.readouterr()
    assert ingest(tree) == 2
    error = one_error(capsys)
    assert "Permission denied" in error["message"]
    assert denied
    assert everything(tree) == before


def test_question_files_manifest_and_report_are_world_readable(tmp_path: Path) -> None:
    (tmp_path / "src.txt").write_text(SOURCE, encoding="utf-8")
    old = os.umask(0o022)
    try:
        assert main(ingest_args(tmp_path / "out", str(tmp_path / "src.txt"))) == 0
    finally:
        os.umask(old)
    questions = sorted((tmp_path / "out").glob("*.md"))
    assert questions
    for path in (
        tmp_path / "out" / ".ingest-manifest.json",
        tmp_path / "ingest-review.md",
        *questions,
    ):
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path


# --- 5. encodings, 6. text hygiene -----------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_bom_are_read(tmp_path: Path, encoding: str) -> None:
    data = SOURCE.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    (tmp_path / "src.txt").write_bytes(data)
    assert main(ingest_args(tmp_path / "out", str(tmp_path / "src.txt"))) == 0
    titles = sorted(q.title for q in read_question_folder(tmp_path / "out"))
    assert titles == ["What is alpha?", "What is beta?", "What is gamma?"]


def test_bidi_and_zero_width_characters_leave_titles_and_ids(tmp_path: Path) -> None:
    (tmp_path / "src.txt").write_text(
        SOURCE.replace("What is alpha?", "What is al\u202eahpla\u202c\u200b?"), encoding="utf-8"
    )
    assert main(ingest_args(tmp_path / "out", str(tmp_path / "src.txt"))) == 0
    for question in read_question_folder(tmp_path / "out"):
        for char in "\u202e\u202c\u200b":
            assert char not in question.title and char not in question.id


def test_curated_title_loses_bidi_controls(tree: Path) -> None:
    curation = curate(tree, 'questions:\n  alpha:\n    title: "What is \\u202Eahpla?"\n')
    assert ingest(tree, "--curation", curation) == 0
    titles = {q.id: q.title for q in read_question_folder(tree / "out")}
    assert titles["alpha"] == "What is ahpla?"


def test_punctuation_only_title_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "src.txt").write_text(SOURCE.replace("What is beta?", "?!?"), encoding="utf-8")
    out = tmp_path / "new" / "guide" / "out"
    assert main(ingest_args(out, str(tmp_path / "src.txt"))) == 2
    error = one_error(capsys)
    assert (error["path"], error["line"]) == (str(tmp_path / "src.txt"), "6")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["src.txt"]


@pytest.mark.parametrize("title", ["What is 注意力?", "What is \u0500 learning?"])
def test_title_the_cheat_sheet_cannot_draw_is_reported_at_ingest(
    tmp_path: Path, title: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "src.txt").write_text(SOURCE.replace("What is beta?", title), encoding="utf-8")
    assert main(ingest_args(tmp_path / "out", str(tmp_path / "src.txt"))) == 2
    error = one_error(capsys)
    assert (error["path"], error["line"]) == (str(tmp_path / "src.txt"), "6")
    assert "cheat sheet" in error["message"]


def test_a_full_width_question_mark_is_read_as_one(tmp_path: Path) -> None:
    (tmp_path / "src.txt").write_text(
        SOURCE.replace("What is beta?", "What is beta？"), encoding="utf-8"
    )
    assert main(ingest_args(tmp_path / "out", str(tmp_path / "src.txt"))) == 0
    titles = {q.title for q in read_question_folder(tmp_path / "out")}
    assert "What is beta?" in titles


def test_emoji_leave_titles_and_summaries_but_stay_in_answers(tmp_path: Path) -> None:
    source = SOURCE.replace("What is beta?", "\U0001f914 What is \U0001f916 beta? \U0001f680")
    source = source.replace("Beta is", "\u2b50\ufe0f Beta is", 1)
    assert source != SOURCE and "\u2b50" in source
    (tmp_path / "src.txt").write_text(source, encoding="utf-8")
    assert main(ingest_args(tmp_path / "out", str(tmp_path / "src.txt"))) == 0
    (beta,) = [q for q in read_question_folder(tmp_path / "out") if "beta" in q.title]
    assert beta.title == "What is beta?"
    assert "\u2b50" not in beta.summary and beta.summary.startswith("Beta is")
    assert "\u2b50" in beta.answer


def test_curated_title_the_cheat_sheet_cannot_draw_names_the_curation_line(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    curation = curate(tree, "questions:\n  beta:\n    reviewed: true\n    title: 什么是 beta?\n")
    capsys.readouterr()
    before = everything(tree)
    assert ingest(tree, "--curation", curation) == 2
    error = one_error(capsys)
    assert (error["path"], error["line"]) == (curation, "4")
    assert everything(tree) == before


def test_utf16_curation_file_is_read(tree: Path) -> None:
    path = tree / "curation.yaml"
    path.write_bytes("questions:\n  alpha:\n    title: What is α?\n".encode("utf-16"))
    assert ingest(tree, "--curation", str(path)) == 0
    assert {q.id: q.title for q in read_question_folder(tree / "out")}["alpha"] == "What is α?"


@pytest.mark.parametrize(
    ("edit", "line", "field"),
    [
        (
            lambda t: t.replace("summary: ", "summary: <img src=x onerror=alert(1)> ", 1),
            7,
            "summary",
        ),
        (lambda t: t + "\n<script>alert(2)</script>\n", 0, "answer"),
        (lambda t: t + '\n!!! danger "Boom"\n    x\n', -1, "answer"),
        (lambda t: t + "\n??? info\n    x\n", -1, "answer"),
    ],
    ids=["summary-html", "answer-script", "admonition", "details"],
)
def test_hand_edited_question_file_cannot_hold_raw_markup(
    tree: Path, edit, line: int, field: str
) -> None:
    path = tree / "out" / "alpha.md"
    text = edit(path.read_text(encoding="utf-8"))
    path.write_text(text, encoding="utf-8")
    expected = line if line > 0 else text.count("\n") + line  # <= 0: counted from the end
    with pytest.raises(Exception) as caught:
        read_question_folder(tree / "out")
    assert str(caught.value).startswith(f"{path}:{expected}: {field}: "), caught.value


def test_stale_temporaries_of_dead_runs_are_cleaned_up(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Thousands of ``.name.tmp`` files were the old crash residue; a dead run's new folder
    is the current one. Both go at the next ingest, which says so.
    """
    out = tree / "out"
    for name in ("alpha", "beta"):
        (out / f".{name}.md.tmp").write_text("half a fi", encoding="utf-8")
    (tree / ".out.new-99999-deadbeef").mkdir()
    (tree / ".out.new-99999-deadbeef" / "alpha.md").write_text("half", encoding="utf-8")
    capsys.readouterr()
    assert ingest(tree) == 0
    err = capsys.readouterr().err
    assert err.count("left by an interrupted run") == 3, err
    assert sorted(p.name for p in tree.iterdir()) == [
        "ingest-review.md",
        "out",
        "src.txt",
        "victim.txt",
    ]
    assert sorted(p.name for p in out.iterdir()) == [
        ".ingest-manifest.json",
        "alpha.md",
        "beta.md",
        "gamma.md",
    ]
