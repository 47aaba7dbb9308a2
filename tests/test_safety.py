"""safety.py: which names from files may become paths, and what titles may hold."""

from __future__ import annotations

import pytest

from generator.safety import (
    file_name_problem,
    question_file_problem,
    raw_markup_problem,
    slug_problem,
    source_ref_problem,
    strip_invisible,
    title_problem,
)


@pytest.mark.parametrize("name", ["dropout", "batch-normalization", "r2", "2000-samples-set"])
def test_ids_as_ingest_makes_them_are_slugs(name: str) -> None:
    assert slug_problem(name) is None


@pytest.mark.parametrize(
    "name",
    [
        "",
        "../x",
        "/etc/passwd",
        "a/b",
        "Dropout",
        "drop out",
        "drop--out",
        "-x",
        "x-",
        'a"b',
        "caf\u00e9",
        "x\u202e",
        "x" * 201,
        7,
        None,
    ],
)
def test_anything_else_is_no_slug(name: object) -> None:
    assert slug_problem(name) is not None


@pytest.mark.parametrize("name", ["deep-learning-interview-questions.txt", "DL Q&A (2).md"])
def test_plain_file_names(name: str) -> None:
    assert file_name_problem(name) is None


@pytest.mark.parametrize(
    "name", ["", ".", "..", "../x.txt", "a/b.txt", "a\\b.txt", ".hidden", "c:x", "x\n", " x"]
)
def test_names_that_leave_or_hide_in_their_folder(name: str) -> None:
    assert file_name_problem(name) is not None


def test_question_file_names_are_slug_dot_md() -> None:
    assert question_file_problem("dropout.md") is None
    for name in ("../victim.txt", "dropout.txt", "a/b.md", ".md", "../x.md", 3):
        assert question_file_problem(name) is not None


def test_source_references() -> None:
    assert source_ref_problem("seed.txt", "21") is None
    assert source_ref_problem("seed.txt", "Q7") is None
    assert source_ref_problem("seed.txt", "2.3") is None
    assert source_ref_problem("../seed.txt", "21") is not None
    assert source_ref_problem("seed.txt", "<b>1</b>") is not None
    assert source_ref_problem("seed.txt", "1 2") is not None


def test_invisible_characters_leave_titles() -> None:
    assert strip_invisible("What is \u202eahpla\u202c?") == "What is ahpla?"
    assert strip_invisible("zero\u200bwidth\u2060 join\ufeff") == "zerowidth join"
    assert strip_invisible("\u200f \u200e") == ""
    same = "What is 注意力 (attention)?"
    assert strip_invisible(same) is same


def test_titles_need_a_letter_or_digit() -> None:
    assert title_problem("?!?") is not None
    assert title_problem("— … —") is not None
    assert title_problem("") is not None
    assert title_problem("R²?") is None
    assert title_problem("Что такое?") is None


@pytest.mark.parametrize(
    ("markdown", "line"),
    [
        ("Plain text with \\<b\\> escaped.", None),
        ("`<b>` in code, $a<b$ in math, <https://example.org> as a link", None),
        ("1. one\n\n<!-- -->\n\n- two", None),  # the renderer keeps two lists apart so
        ("```html\n<script>x</script>\n```", None),
        ("$$\na<b\n$$", None),
        ("text\n<script>alert(1)</script>", 2),
        ("a <img src=x onerror=alert(1)> b", 1),
        ("<!-- never closed", 1),
        ('x\n\n!!! danger "Boom"\n    y', 3),
        ("??? info\n    y", 1),
    ],
)
def test_raw_markup_is_found_outside_code_and_math(markdown: str, line: int | None) -> None:
    problem = raw_markup_problem(markdown)
    assert (problem[0] if problem else None) == line
