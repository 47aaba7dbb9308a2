"""Heading questions: ``### Q7: What is a GAN? Explain its two networks. ###``.

Each question is a heading with a ``Q<n>:`` label (closing hashes allowed), often
followed by an ``Answer:`` line; a table of contents near the top repeats every
question as a link to its heading and is dropped, as are empty and placeholder answers
(kept as unanswered entries). Headings above the questions' level are topics.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...markup.markdown_tree import Node, heading_level, parse, plain, to_inlines
from ...model import RawEntry, SourceText
from .markdown_questions import Found, sniff_score, split_level, walk

QUESTION_LINE = re.compile(r"^#{1,6}[ \t]+Q\d+\s*[:.)]", re.MULTILINE)
LABEL = re.compile(r"^(Q\d+)\s*[:.)]\s*(.*)$")


def heading_question(node: Node, level: int, label: re.Pattern[str]) -> Found | None:
    """A heading at ``level`` that is a question: labelled by ``label``, or ending with '?'."""
    if heading_level(node) != level or not node.children:
        return None
    text = plain(to_inlines(node.children[0]))
    match = label.match(text)
    printed, title = (match.group(1), match.group(2)) if match else (None, text)
    title, difficulty = split_level(title)
    if match is None and not title.endswith("?"):
        return None
    return Found(printed, title, difficulty)


def question_level(nodes: Sequence[Node], label: re.Pattern[str]) -> int:
    """The heading level of the first labelled question (0 when there is none)."""
    for node in nodes:
        if node.type == "heading" and label.match(plain(to_inlines(node.children[0]))):
            return heading_level(node)
    return 0


class HeadingQuestionsReader:
    """Markdown with each question a ``Q<n>:`` heading."""

    name = "markdown-headings"
    description = "Markdown, '### Q7: Question? ###' headings, an 'Answer:' line, answers below"

    def sniff(self, source: SourceText) -> float:
        """Scores by the number of ``Q<n>:`` heading lines."""
        return sniff_score(len(QUESTION_LINE.findall(source.text)))

    def read(self, source: SourceText, furniture: Sequence[re.Pattern[str]]) -> list[RawEntry]:
        """Every question heading with the Markdown below it, without its 'Answer:' line."""
        nodes = parse(source.text)
        level = question_level(nodes, LABEL)
        if not level:
            return []
        return walk(
            source,
            nodes,
            lambda node: heading_question(node, level, LABEL),
            furniture,
            question_level=level,
        )
