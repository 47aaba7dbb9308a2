"""Where each generated page lives in the site, relative to the docs folder."""

from __future__ import annotations

from ..config import QUESTIONS_DIR

TOPICS_DIR = "topics"
UNANSWERED_URI = "unanswered.md"


def question_uri(question_id: str) -> str:
    """Source path of a question's generated page, relative to the docs folder."""
    return f"{QUESTIONS_DIR}/{question_id}.md"


def topic_uri(slug: str) -> str:
    """Source path of a topic's generated page, relative to the docs folder."""
    return f"{TOPICS_DIR}/{slug}.md"
