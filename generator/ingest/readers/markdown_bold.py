"""Bold questions under topic headings: ``**What is k-means? When does it fail? 👶**``.

The layout of collections such as data-science-interviews' ``theory.md``: ``##`` topic
headings, each question a line that is bold from end to end, often ending with a
difficulty mark (👶 easy, ⭐️ medium, 🚀 hard), the answer in Markdown below it up to a
``<br/>`` line or the next question. No labels are printed: each entry is ``L<line>``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...document import Break, Paragraph, Strong, strip_inlines
from ...markup.markdown_tree import Node, parse, plain, to_inlines
from ...model import RawEntry, SourceText
from .markdown_questions import Found, sniff_score, split_level, walk

QUESTION_LINE = re.compile(
    r"^\*\*(?!\d+\s*[.)])(?=[^\n]*(\?|👶|⭐|🚀))[^\n]*\*\*\s*$", re.MULTILINE
)


def _question(node: Node) -> Found | None:
    if node.type != "paragraph" or not node.children:
        return None
    inlines = to_inlines(node.children[0])
    # The question is the paragraph's first line; an answer may start on the next one.
    cut = next((k for k, n in enumerate(inlines) if isinstance(n, Break)), len(inlines))
    first = strip_inlines(inlines[:cut])
    if len(first) != 1 or not isinstance(first[0], Strong):
        return None
    title, level = split_level(plain(first))
    if not (title.endswith("?") or level):
        return None
    rest = strip_inlines(inlines[cut:])
    return Found(None, title, level, (Paragraph(rest),) if rest else ())


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
