"""Shared fixtures: paths of the repository's content files."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
SEED = CONTENT / "sources" / "deep-learning-interview-questions.txt"


@pytest.fixture
def content() -> Path:
    """The repository's content folder."""
    return CONTENT
