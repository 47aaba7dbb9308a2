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


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real content built into a temporary site folder (once per test worker)."""
    from site_support import build_site, write_config

    folder = tmp_path_factory.mktemp("site")
    result = build_site(write_config(folder), folder / "site")
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return folder / "site"
