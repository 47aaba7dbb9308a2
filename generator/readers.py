"""Readers: one per input format, each turning a source's text into raw entries.

A reader knows the layout of one kind of dump; it drops page furniture and keeps
the answer's structure (paragraphs, lists, label lines) as blocks. Adding a format
means adding a class with ``accepts`` and ``read`` to :data:`READERS`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from .errors import SourceError
from .model import Block, RawEntry, SourceRef, SourceText


class Reader(Protocol):
    """The interface every input format implements."""

    name: str

    def accepts(self, source: SourceText) -> bool:
        """Whether this reader recognises the source's layout."""
        ...

    def read(self, source: SourceText, furniture: Sequence[re.Pattern[str]]) -> list[RawEntry]:
        """Parse the source into entries, dropping lines that match ``furniture``."""
        ...


QUESTION_LINE = re.compile(r"^(Q?\d{1,5})[.)]\s+(\S.*?)\s*$")
BULLET_LINE = re.compile(r"^\s*[•·▪◦‣*-]\s+(\S.*?)\s*$")
NUMBERED_LINE = re.compile(r"^\s+\d{1,3}[.)]\s+(\S.*?)\s*$")
LABEL_LINE = re.compile(r"^\s*([^.?!:]{1,60}?)\s*:-?\s*$")
SENTENCE_END = re.compile(r"[.?!:;)]$")
MAX_LABEL_WORDS = 6


@dataclass(frozen=True)
class _Line:
    number: int
    kind: str  # bullet, numbered, label, text, blank
    text: str


def _classify(number: int, line: str) -> _Line:
    if not line.strip():
        return _Line(number, "blank", "")
    if m := BULLET_LINE.match(line):
        return _Line(number, "bullet", m.group(1))
    if m := NUMBERED_LINE.match(line):
        return _Line(number, "numbered", m.group(1))
    if (m := LABEL_LINE.match(line)) and len(m.group(1).split()) <= MAX_LABEL_WORDS:
        return _Line(number, "label", m.group(1))
    return _Line(number, "text", line.strip())


def _paragraph_runs(lines: list[_Line], start: int) -> tuple[list[str], int]:
    """Consecutive text lines from ``start`` (no blank in between), and the next index."""
    run: list[str] = []
    i = start
    while i < len(lines) and lines[i].kind == "text":
        run.append(lines[i].text)
        i += 1
    return run, i


def _text_blocks(run: list[str]) -> list[Block]:
    """Lines with no blank line between: a bare list if none ends a sentence, else paragraphs."""
    if len(run) >= 2 and not any(SENTENCE_END.search(line) for line in run):
        return [Block("bullets", tuple(run))]
    return [Block("paragraph", (line,)) for line in run]


def _next_content(lines: list[_Line], i: int) -> int:
    while i < len(lines) and lines[i].kind == "blank":
        i += 1
    return i


def lines_to_blocks(lines: list[_Line]) -> list[Block]:
    """Group classified answer lines into blocks, keeping list and label structure."""
    blocks: list[Block] = []
    i = _next_content(lines, 0)
    while i < len(lines):
        line = lines[i]
        if line.kind in ("bullet", "numbered"):
            items: list[str] = []
            bodies: list[str] = []
            while i < len(lines) and lines[i].kind == line.kind:
                items.append(lines[i].text)
                j = _next_content(lines, i + 1)
                run, after = _paragraph_runs(lines, j)
                bodies.append(" ".join(run))
                i = _next_content(lines, after)
            if any(bodies):
                pairs: list[str] = []
                for item, body in zip(items, bodies, strict=True):
                    pairs.extend((item, body))
                blocks.append(Block("labels", tuple(pairs)))
            else:
                blocks.append(
                    Block("bullets" if line.kind == "bullet" else "numbered", tuple(items))
                )
            continue
        if line.kind == "label":
            j = _next_content(lines, i + 1)
            run, after = _paragraph_runs(lines, j)
            if run:
                blocks.append(Block("labels", (line.text, " ".join(run))))
                i = _next_content(lines, after)
            else:
                blocks.append(Block("paragraph", (line.text + ":",)))
                i = _next_content(lines, i + 1)
            continue
        run, after = _paragraph_runs(lines, i)
        blocks.extend(_text_blocks(run))
        i = _next_content(lines, after)
    return blocks


class NumberedDumpReader:
    """Plain-text dumps: unindented ``12. Question?`` or ``Q3. Question?`` lines, answers below."""

    name = "numbered-text"

    def accepts(self, source: SourceText) -> bool:
        """True when at least one unindented numbered question line is present."""
        return any(QUESTION_LINE.match(line) for line in source.text.split("\n"))

    def read(self, source: SourceText, furniture: Sequence[re.Pattern[str]]) -> list[RawEntry]:
        """Split the text at question lines; each answer runs to the next question."""
        entries: list[RawEntry] = []
        current: tuple[int, str, str] | None = None
        body: list[_Line] = []
        seen_labels: dict[str, int] = {}

        def finish() -> None:
            if current is None:
                return
            number, label, title = current
            blocks = lines_to_blocks(body)
            if not blocks:
                raise SourceError(source.path, number, f"question {label} has no answer")
            entries.append(RawEntry(SourceRef(source.name, label, number), title, tuple(blocks)))

        for number, line in enumerate(source.text.split("\n"), start=1):
            stripped = line.strip()
            if stripped and any(p.search(stripped) for p in furniture):
                continue
            match = QUESTION_LINE.match(line)
            if match:
                finish()
                label, title = match.group(1), match.group(2)
                if label in seen_labels:
                    raise SourceError(
                        source.path,
                        number,
                        f"label {label} is used twice (first on line {seen_labels[label]})",
                    )
                seen_labels[label] = number
                current, body = (number, label, title), []
            elif current is not None:
                body.append(_classify(number, line))
        finish()
        return entries


READERS: tuple[Reader, ...] = (NumberedDumpReader(),)


def parse_source(source: SourceText, furniture: Sequence[re.Pattern[str]]) -> list[RawEntry]:
    """Parse a source with the first reader that accepts it; error if none does or none is found."""
    for reader in READERS:
        if reader.accepts(source):
            entries = reader.read(source, furniture)
            if entries:
                return entries
    raise SourceError(
        source.path, 1, "no question entries found (expected lines like '1. What is ...?')"
    )
