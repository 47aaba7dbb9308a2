"""Property tests at the edges: question files read back as written, readers never crash.

Hypothesis draws questions with arbitrary printable text in every field (YAML syntax,
Markdown, non-Latin scripts, emoji) and arbitrary source text and bytes, with a fixed,
derandomized budget so CI stays fast and repeatable.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.errors import SourceError
from generator.ingest.readers import READERS, parse_source
from generator.ingest.sources import decode_source
from generator.markup.markdown import escape_text
from generator.model import Question, SourceRef, SourceText
from generator.questionfile import parse_question, render_question

BUDGET = settings(
    max_examples=100,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
FURNITURE = (re.compile(r"^Page \d+$"),)

slugs = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}", fullmatch=True)
labels = st.from_regex(r"[A-Za-z0-9]{1,4}([._-][A-Za-z0-9]{1,3})?", fullmatch=True)
files = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9 _-]{0,12}\.(txt|md)", fullmatch=True)
# Printable text of any script, YAML and Markdown syntax included; no control characters.
_chars = st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Co", "Cn"))
_syntax = st.sampled_from(
    [": ", "- ", "#", "'", '"', "---", "...", "&a", "*b", "!tag", "{", "[", "|", ">", "%", "@"]
)
_line = st.lists(st.one_of(st.text(_chars, min_size=1, max_size=8), _syntax), max_size=8).map(
    "".join
)
line = _line.map(str.strip).filter(bool)
# Markdown as ingest writes it: text through the one escaper, a line at a time.
markdown_line = line.map(escape_text).filter(lambda text: text.strip() == text)
block = st.lists(markdown_line, min_size=1, max_size=4).map("\n".join)


@st.composite
def questions(draw: st.DrawFn) -> Question:
    answered = draw(st.booleans())
    return Question(
        id=draw(slugs),
        title=draw(line),
        answer=draw(block) if answered else draw(st.just("") | block),
        summary=draw(markdown_line) if answered else draw(st.just("") | markdown_line),
        topic=draw(slugs),
        tags=tuple(draw(st.lists(slugs, min_size=1, max_size=3))),
        sources=tuple(
            draw(st.lists(st.builds(SourceRef, file=files, label=labels), min_size=1, max_size=3))
        ),
        related=tuple(draw(st.lists(slugs, max_size=3))),
        terms=tuple(draw(st.lists(line, max_size=3))),
        aliases=tuple(draw(st.lists(slugs, max_size=2))),
        quality=draw(st.sampled_from(["ok", "garbled"])),
        reviewed=draw(st.booleans()),
        note=draw(st.just("") | line),
        answered=answered,
        level=draw(st.none() | line),
        context=draw(st.just("") | block),
    )


@BUDGET
@given(questions())
def test_a_question_file_reads_back_as_the_question_written(question: Question) -> None:
    text = render_question(question)
    assert parse_question(text, "q.md") == question
    assert render_question(parse_question(text, "q.md")) == text


# Source text that looks like a dump: numbered questions, answers, furniture, noise.
_source_line = st.one_of(
    st.builds(lambda n, t: f"{n}. {t}", st.integers(0, 120), _line),
    st.builds(lambda n, t: f"Q{n}: {t}", st.integers(0, 30), _line),
    st.builds(lambda t: f"- {t}", _line),
    st.builds(lambda t: f"{t}:", _line),
    st.sampled_from(["", "Page 3", "Answer:", "?", "---", "!!! danger", "1.", "\t", "\u202e"]),
    _line,
)
source_texts = st.lists(_source_line, max_size=30).map("\n".join)


@BUDGET
@given(source_texts)
def test_the_numbered_text_reader_returns_entries_or_a_source_error(text: str) -> None:
    try:
        entries = parse_source(SourceText("s.txt", "s.txt", text), FURNITURE, "numbered-text")
    except SourceError as error:
        assert error.path == "s.txt" and error.line >= 0
        return
    assert entries
    for entry in entries:
        assert entry.ref.file == "s.txt" and entry.title


# Markdown-shaped lines for the Markdown readers: headings, bold questions, tasks, HTML.
_markdown_line = st.one_of(
    _source_line,
    st.builds(lambda h, t: f"{h} {t}", st.sampled_from(["#", "##", "###"]), _line),
    st.builds(lambda n, t: f"## Q{n}: {t}?", st.integers(0, 9), _line),
    st.builds(lambda t: f"**{t}?**", _line),
    st.builds(lambda n, t: f"**{n})** {t}", st.integers(0, 9), _line),
    st.sampled_from(["```", "```python", "<details>", "</details>", "<br/>", "| a | b |", "> q"]),
)
markdown_texts = st.lists(_markdown_line, max_size=30).map("\n".join)
TEXT_READERS = [r.name for r in READERS if r.name != "anki"]


@pytest.mark.parametrize("reader", TEXT_READERS)
def test_every_text_reader_returns_entries_or_a_source_error(reader: str) -> None:
    @BUDGET
    @given(markdown_texts)
    def read(text: str) -> None:
        try:
            entries = parse_source(SourceText("s.md", "s.md", text), FURNITURE, reader)
        except SourceError as error:
            assert error.path == "s.md"
            return
        assert entries and all(entry.ref.file == "s.md" for entry in entries)

    read()


@BUDGET
@given(st.binary(max_size=200) | source_texts.map(lambda t: t.encode("utf-16")))
def test_any_bytes_decode_to_text_or_a_source_error(data: bytes) -> None:
    try:
        source = decode_source("s.txt", "s.txt", data)
    except SourceError as error:
        assert error.path == "s.txt"
        return
    assert "\r" not in source.text and "\0" not in source.text
