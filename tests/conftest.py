"""Shared fixtures: paths of the repository's content files, loaded word list and taxonomy."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.document import Paragraph, Text
from generator.loaders import load_taxonomy, load_wordlist
from generator.model import RawEntry, SourceRef, Taxonomy, WordList

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
SEED = CONTENT / "sources" / "deep-learning-interview-questions.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
WORDLIST = CONTENT / "wordlist.yaml"
TAXONOMY = CONTENT / "taxonomy.yaml"


@pytest.fixture
def content() -> Path:
    """The repository's content folder."""
    return CONTENT


@pytest.fixture(scope="session")
def words() -> WordList:
    """The repository's reviewed word list."""
    return load_wordlist(WORDLIST)


@pytest.fixture(scope="session")
def taxonomy() -> Taxonomy:
    """The repository's taxonomy."""
    return load_taxonomy(TAXONOMY)


def raw(label: str, title: str, *paragraphs: str, file: str = "t.txt") -> RawEntry:
    """A raw entry whose answer is one paragraph block per argument."""
    blocks = tuple(Paragraph((Text(p),)) for p in paragraphs)
    return RawEntry(SourceRef(file, label, 1), title, blocks)


def snapshot(folder: Path) -> dict[str, tuple[int, bytes]]:
    """Every file under ``folder`` (hidden ones too) with its mtime and bytes."""
    return {
        str(p.relative_to(folder)): (p.stat().st_mtime_ns, p.read_bytes())
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def ingest_args(out: Path, *extra: str) -> list[str]:
    """CLI arguments for an ingest into ``out`` with the repository's word list and taxonomy."""
    return [
        "ingest",
        "--out",
        str(out),
        "--wordlist",
        str(WORDLIST),
        "--taxonomy",
        str(TAXONOMY),
        "-q",
        *extra,
    ]


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real content built into a temporary site folder (once per test worker)."""
    from site_support import build_site, write_config

    folder = tmp_path_factory.mktemp("site")
    result = build_site(write_config(folder), folder / "site")
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return folder / "site"


@pytest.fixture(scope="module")
def browser():
    """Headless Debian Chromium for one test module (see browser_support)."""
    from browser_support import launch
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()
