"""Bold questions under topic headings: ``**What is k-means? When does it fail? 👶**``.

The layout of collections such as data-science-interviews' ``theory.md``: ``##`` topic
headings, each question a paragraph that is bold from end to end, often ending with a
difficulty mark (👶 easy, ⭐️ medium, 🚀 hard), the answer in Markdown below it up to a
``<br/>`` line or the next question. No labels are printed: each entry is ``L<line>``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..document import Strong
from ..model import RawEntry, SourceText
from .markdown_questions import Found, sniff_score, split_level, walk
from .markdown_tree import Node, parse, plain, to_inlines

QUESTION_LINE = re.compile(
    r"^\*\*(?!\d+\s*[.)])(?=[^\n]*(\?|👶|⭐|🚀))[^\n]*\*\*\s*$", re.MULTILINE
)


def _question(node: Node) -> Found | None:
    if node.type != "paragraph" or not node.children:
        return None
    inlines = to_inlines(node.children[0])
    if len(inlines) != 1 or not isinstance(inlines[0], Strong):
        return None
    title, level = split_level(plain(inlines))
    if not (title.endswith("?") or level):
        return None
    return Found(None, title, level)


class BoldQuestionsReader:
    """Markdown with each question a bold paragraph under ``##`` topic headings."""

    name = "markdown-bold"
    description = "Markdown, '## Topic' headings, '**Question? 👶**' bold lines, answers below"

    def sniff(self, source: SourceText) -> float:
        """Scores by the number of lines that are one bold question."""
        return sniff_score(len(QUESTION_LINE.findall(source.text)))

    def read(self, source: SourceText, furniture: Sequence[re.Pattern[str]]) -> list[RawEntry]:
        """Every bold question with the Markdown below it; placeholder answers are empty."""
        return walk(source, parse(source.text), _question, furniture)
