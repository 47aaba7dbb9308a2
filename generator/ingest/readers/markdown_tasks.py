"""Numbered tasks with a shared preamble: ``## SQL``, a schema, then ``**1)** Count …``.

The layout of collections such as data-science-interviews' ``technical.md``: topic
headings (``## SQL``, ``## Coding (Python)``), what a section's tasks share described
once before the first task (a schema, an image, "Write queries for…"), then tasks that
start with a bold number, ``**1)** Count the orders.`` or ``**1) FizzBuzz.** Print …``,
the answer (usually a fenced code block) below, up to a ``<br/>`` line or the next task.

The task is its first paragraph; what follows is the answer; the preamble is the
``context`` of every task of its section. Numbering restarts in each section, so a
label is the section's slug and the number as printed, ``sql-1``, ``coding-python-1``
(just ``1`` before any section); one printed twice in a section becomes ``L<line>``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...document import Break, Paragraph, Strong, Text, strip_inlines
from ...markup.markdown_tree import Node, parse, plain, to_inlines
from ...model import RawEntry, SourceText
from .markdown_questions import Found, sniff_score, split_level, walk

QUESTION_LINE = re.compile(r"^\*\*\d+\s*[.)]", re.MULTILINE)
NUMBER = re.compile(r"^\s*(\d+)\s*[.)]\s*")


def _task(node: Node) -> Found | None:
    if node.type != "paragraph" or not node.children:
        return None
    inlines = list(to_inlines(node.children[0]))
    if not inlines or not isinstance(inlines[0], Strong):
        return None
    lead = list(inlines[0].children)
    if not lead or not isinstance(lead[0], Text) or not (match := NUMBER.match(lead[0].text)):
        return None
    lead[0] = Text(lead[0].text[match.end() :])
    rest = strip_inlines(tuple(lead))
    inlines[0:1] = [Strong(rest)] if rest else []
    # The task is the paragraph's first line; lines below it in the same paragraph answer it.
    cut = next((k for k, n in enumerate(inlines) if isinstance(n, Break)), len(inlines))
    title, level = split_level(plain(tuple(inlines[:cut])))
    answer = strip_inlines(tuple(inlines[cut:]))
    return Found(match.group(1), title, level, (Paragraph(answer),) if answer else ())


def _slug(section: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", section.lower()))


def _label(found: Found, section: str | None) -> str | None:
    if found.label is None or not section or not _slug(section):
        return found.label
    return f"{_slug(section)}-{found.label}"


class NumberedTasksReader:
    """Markdown tasks, ``**1)** Task.``, under topic headings with a shared preamble."""

    name = "markdown-tasks"
    description = "Markdown, '## SQL' sections with a shared preamble, '**1)** Task.' lines"

    def sniff(self, source: SourceText) -> float:
        """Scores by the number of lines that start with a bold number."""
        return sniff_score(len(QUESTION_LINE.findall(source.text)))

    def read(self, source: SourceText, furniture: Sequence[re.Pattern[str]]) -> list[RawEntry]:
        """Every task with its answer, its section's preamble as context."""
        return walk(
            source, parse(source.text), _task, furniture, preamble_is_context=True, label=_label
        )
