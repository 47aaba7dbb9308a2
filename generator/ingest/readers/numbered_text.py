"""The numbered plain-text reader: ``12. Question?`` or ``Q3. Question?`` lines, answers below.

Scraped pages flatten an answer's structure into lines: bullets (``•``), indented
numbers, ``Label:`` lines followed by their text. This reader rebuilds that
structure as a document tree; the text itself stays plain text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...document import Block, ListBlock, Paragraph, Strong, Text
from ...errors import SourceError
from ...model import RawEntry, SourceRef, SourceText

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


def _para(*inlines: Text | Strong) -> Paragraph:
    return Paragraph(tuple(inlines))


def _list(ordered: bool, items: list[str]) -> ListBlock:
    return ListBlock(ordered, tuple((_para(Text(item)),) for item in items))


def _labelled(label: str, body: str, colon: bool = True) -> Paragraph:
    """``**Label:** body`` (one label) or ``**Label**: body`` (a list item)."""
    if not body:
        return _para(Strong((Text(label),)))
    if colon:
        return _para(Strong((Text(label + ":"),)), Text(" " + body))
    return _para(Strong((Text(label),)), Text(": " + body))


def _text_blocks(run: list[str]) -> list[Block]:
    """Lines with no blank line between: a bare list if none ends a sentence, else paragraphs."""
    if len(run) >= 2 and not any(SENTENCE_END.search(line) for line in run):
        return [_list(False, run)]
    return [_para(Text(line)) for line in run]


def _next_content(lines: list[_Line], i: int) -> int:
    while i < len(lines) and lines[i].kind == "blank":
        i += 1
    return i


def _labels(pairs: list[tuple[str, str]]) -> Block:
    """Label lines with their text: one bold-led paragraph, or a list of them."""
    if len(pairs) == 1:
        return _labelled(*pairs[0])
    return ListBlock(False, tuple((_labelled(label, body, colon=False),) for label, body in pairs))


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
                blocks.append(_labels(list(zip(items, bodies, strict=True))))
            else:
                blocks.append(_list(line.kind == "numbered", items))
            continue
        if line.kind == "label":
            j = _next_content(lines, i + 1)
            run, after = _paragraph_runs(lines, j)
            if run:
                blocks.append(_labelled(line.text, " ".join(run)))
                i = _next_content(lines, after)
            else:
                blocks.append(_para(Text(line.text + ":")))
                i = _next_content(lines, i + 1)
            continue
        run, after = _paragraph_runs(lines, i)
        blocks.extend(_text_blocks(run))
        i = _next_content(lines, after)
    return blocks


def _sub_item(current: tuple[int, str, str], body: list[_Line], label: str) -> bool:
    """Whether a numbered line is an item of the question just above it, not a question:
    the question ends with a colon and has no answer line yet, and the number is out of
    sequence ("159. Write short notes on the following:", then "1. Dropout")."""
    _, current_label, title = current
    number = current_label.lstrip("Q")
    if body or not title.endswith(":") or not (label.isdigit() and number.isdigit()):
        return False
    return int(label) != int(number) + 1


class NumberedDumpReader:
    """Plain-text dumps: unindented ``12. Question?`` or ``Q3. Question?`` lines, answers below."""

    name = "numbered-text"
    description = "plain text, '12. Question?' or 'Q3. Question?' lines with the answer below"

    def sniff(self, source: SourceText) -> float:
        """0.5 when unindented numbered question lines are present (Markdown readers outbid it)."""
        found = sum(1 for line in source.text.split("\n") if QUESTION_LINE.match(line))
        return 0.5 if found else 0.0

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
            if match and current is not None and _sub_item(current, body, match.group(1)):
                # "159. Write short notes on the following:" then "1. Dropout (5 marks)"
                current = (current[0], current[1], f"{current[2]} {match.group(2)}")
            elif match:
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
