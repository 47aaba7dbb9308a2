"""Numbered heading questions: ``#### 23) Why is ReLU preferred over sigmoid? [[src](…)]``.

The layout of collections such as MLQuestions: each question a heading numbered
``23)`` (or ``23.``), with a ``[src]`` link to where it was asked (dropped from the
title), sometimes an ``[[Answer]](…)`` link before the prose (kept in the answer: an
answer that is only that link is an unanswered question with the link). A number
printed twice gives both questions ``L<line>`` labels. Sponsor blocks, "Preparation
resources" lists and promo lines before the questions are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...document import Inlines, Link, inline_text
from ...markup.markdown_tree import Node, heading_level, parse, plain, to_inlines
from ...model import RawEntry, SourceText
from .markdown_headings import question_level
from .markdown_questions import Found, sniff_score, split_level, walk

QUESTION_LINE = re.compile(r"^#{1,6}[ \t]+\d+\s*[.)][ \t]+\S", re.MULTILINE)
LABEL = re.compile(r"^(\d+)\s*[.)]\s+(.*)$")
SOURCE_LINK = re.compile(r"^\[?\s*(src|source|ref|reference)\s*\d*\s*\]?$", re.IGNORECASE)


def _without_source_links(inlines: Inlines) -> str:
    """The title's text without ``[[src](…)]`` links and the brackets around them."""
    kept = [
        n
        for n in inlines
        if not (isinstance(n, Link) and SOURCE_LINK.match(inline_text(n.children)))
    ]
    text = plain(tuple(kept))
    return " ".join(re.sub(r"\[\s*\]|\(\s*\)", " ", text).split())


def _question(node: Node, level: int) -> Found | None:
    if heading_level(node) != level or not node.children:
        return None
    text = _without_source_links(to_inlines(node.children[0]))
    match = LABEL.match(text)
    printed, title = (match.group(1), match.group(2)) if match else (None, text)
    title, difficulty = split_level(title)
    if match is None and not title.endswith("?"):
        return None
    return Found(printed, title, difficulty)


class NumberedHeadingsReader:
    """Markdown with each question a numbered heading, ``#### 23) Question?``."""

    name = "markdown-numbered-headings"
    description = "Markdown, '#### 23) Question? [[src](…)]' headings, answers below"

    def sniff(self, source: SourceText) -> float:
        """Scores by the number of numbered heading lines."""
        return sniff_score(len(QUESTION_LINE.findall(source.text)))

    def read(self, source: SourceText, furniture: Sequence[re.Pattern[str]]) -> list[RawEntry]:
        """Every numbered question heading with the Markdown below it."""
        nodes = parse(source.text)
        level = question_level(nodes, LABEL)
        if not level:
            return []
        return walk(
            source, nodes, lambda node: _question(node, level), furniture, question_level=level
        )
