"""questionfile.py: render and parse are inverses; bad files name their line."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.errors import QuestionFileError
from generator.model import Question, SourceRef
from generator.questionfile import (
    _DUMPER,
    _field,
    parse_question,
    read_question_folder,
    render_question,
)

QUESTION = Question(
    id="autoencoder",
    title="What is an autoencoder: yes or no?",
    answer="It copies its input.\n\n- &lt;b&gt;x&lt;/b&gt;\n- $x^{2}$",
    summary="It copies: its input.",
    topic="architectures",
    tags=("autoencoders", "neural-networks"),
    sources=(SourceRef("a.txt", "11"), SourceRef("a.txt", "Q1")),
    related=("backpropagation", "dropout", "pca"),
    terms=("autoencoder",),
    aliases=("auto-encoder",),
    quality="garbled",
    reviewed=True,
    note="Checked # by hand.",
)


def test_render_then_parse_gives_the_same_question() -> None:
    assert parse_question(render_question(QUESTION), "q.md") == QUESTION


def test_front_matter_field_order_and_body() -> None:
    text = render_question(QUESTION)
    keys = [
        line.split(":")[0] for line in text.split("---\n")[1].splitlines() if line[:1].isalpha()
    ]
    assert keys == [
        "id", "title", "topic", "tags", "summary", "terms", "related", "aliases",
        "sources", "quality", "reviewed", "note",
    ]  # fmt: skip
    assert text.endswith("\n---\n\n" + QUESTION.answer + "\n")


def test_optional_fields_are_left_out_when_empty() -> None:
    plain = Question("a", "What is a?", "A.", "A.", "t", ("x",), (SourceRef("a.txt", "1"),))
    text = render_question(plain)
    assert "terms:" not in text and "aliases:" not in text and "note:" not in text
    assert parse_question(text, "a.md") == plain


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("no front matter\n", 1, "must start with"),
        ("---\nid: a\n", 1, "not closed"),
        ("---\nid: [a\n---\n\nA.\n", 3, "invalid front matter"),
        ("---\nid: a\ntitle: T\n---\n\nA.\n", 2, "lacks topic, tags, sources"),
        (
            "---\nid: a\ntitle: T\ntopic: t\ntags: [x]\nsummary: S\nsources: [nohash]\n---\n\nA.\n",
            2,
            "FILE#LABEL",
        ),
        (
            "---\nid: a\ntitle: T\ntopic: t\ntags: [x]\nsummary: S\nsources: [a#1]\n---\n\n",
            8,
            "no answer",
        ),
    ],
)
def test_bad_question_files(text: str, line: int, message: str) -> None:
    with pytest.raises(QuestionFileError) as info:
        parse_question(text, "q.md")
    assert info.value.line == line
    assert message in info.value.message


def test_read_question_folder_sorted_by_name(tmp_path: Path) -> None:
    for qid in ("beta", "alpha"):
        q = Question(qid, f"{qid}?", "A.", "A.", "t", ("x",), (SourceRef("a.txt", qid),))
        (tmp_path / f"{qid}.md").write_text(render_question(q), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a question", encoding="utf-8")
    assert [q.id for q in read_question_folder(tmp_path)] == ["alpha", "beta"]


def test_unanswered_question_round_trips_without_body_or_summary() -> None:
    q = Question(
        "gan",
        "What is a GAN?",
        "[Answer](https://example.org/gan)",
        "",
        "architectures",
        ("x",),
        (SourceRef("list.md", "Q7"),),
        answered=False,
        level="hard",
        context="Given the schema:\n\n```sql\nCREATE TABLE t (x int);\n```",
    )
    text = render_question(q)
    assert "answered: false" in text and "level: hard" in text
    assert parse_question(text, "gan.md") == q
    empty = Question("e", "E?", "", "", "t", ("x",), (SourceRef("a.md", "L3"),), answered=False)
    assert render_question(empty).endswith("reviewed: false\n---\n")
    assert parse_question(render_question(empty), "e.md") == empty


def test_answered_question_needs_a_summary() -> None:
    text = "---\nid: a\ntitle: T\ntopic: t\ntags: [x]\nsources: [a#1]\n---\n\nA.\n"
    with pytest.raises(QuestionFileError) as info:
        parse_question(text, "q.md")
    assert "lacks summary" in info.value.message


_YAML_TEXT = st.lists(
    st.sampled_from(
        [
            *"aZ09 -?:#'\"[]{},&*!|>%@`\\.~",
            *("\t", "é", "\n", "true", "1e3", "no"),
            *("…", "\u00a0", "\u2028", "\u2029", "\x85", "\ufeff", "\u3000", "\U0001f600"),
        ]
    ),
    max_size=10,
).map("".join)


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(st.one_of(_YAML_TEXT, st.lists(_YAML_TEXT, max_size=3), st.booleans()))
def test_front_matter_fields_are_what_yaml_writes(value: object) -> None:
    """Fields written without PyYAML read the same as PyYAML's own dump of them."""
    expected = yaml.dump(
        {"key": value}, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, width=1_000_000
    )
    assert _field("key", value) == expected
