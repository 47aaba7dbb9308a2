"""Every reader's fixture together with the seed, end to end: ingest, site build, Chromium.

The Markdown fixtures (tests/fixtures/sources/) carry code, tables, math, lists, stubs
and a hostile file (scripts, event handlers, javascript: links, admonition syntax); the
guide built from them and the seed must show the formatting and run none of the markup.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from browser_support import offline_page
from conftest import SEED
from playwright.sync_api import Browser
from site_support import build_site, write_config

from generator.cli import main
from generator.questionfile import read_question_folder

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
CURATION = SEED.parents[1] / "curation.yaml"
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("sources-site")]


@pytest.fixture(scope="module")
def guide(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The fixtures and the repository's sources ingested (with its curation) and built."""
    folder = tmp_path_factory.mktemp("sources-site")
    questions = folder / "questions"
    sources = [str(p) for p in sorted(FIXTURES.glob("*.md"))]
    args = [
        "ingest",
        *sources,
        str(SEED.parent),
        "--out",
        str(questions),
        "--curation",
        str(CURATION),
    ]
    assert main([*args, "-q"]) == 0
    result = build_site(write_config(folder, questions), folder / "site")
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return questions, folder / "site"


def _pages_from(questions: Path, source: str) -> list[str]:
    return [
        f"questions/{q.id}.html"
        for q in read_question_folder(questions)
        if any(ref.file == source for ref in q.sources)
    ]


def test_the_seed_keeps_its_questions_and_ids(guide: tuple[Path, Path]) -> None:
    questions, _ = guide
    seed_ids = {
        q.id
        for q in read_question_folder(SEED.parents[1] / "questions")
        if all(ref.file == SEED.name for ref in q.sources)
    }
    assert seed_ids <= {q.id for q in read_question_folder(questions)}


def test_unanswered_questions_are_listed_and_left_out_of_the_deck(
    guide: tuple[Path, Path],
) -> None:
    questions, site = guide
    unanswered = [q for q in read_question_folder(questions) if not q.answered]
    assert unanswered, "the fixtures hold stubs"
    listing = (site / "unanswered.html").read_text(encoding="utf-8")
    deck = (site / "assets/studyguide/deck.js").read_text(encoding="utf-8")
    for q in unanswered:
        assert f'href="questions/{q.id}.html"' in listing
        assert f'"id":"{q.id}"' not in deck


@pytest.mark.browser
def test_hostile_source_runs_nothing_in_chromium(
    guide: tuple[Path, Path], browser: Browser
) -> None:
    questions, site = guide
    pages = _pages_from(questions, "hostile.md")
    assert len(pages) == 4
    dialogs: list[str] = []
    with offline_page(browser) as view:
        view.page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        for uri in pages:
            view.page.goto((site / uri).as_uri())
            view.page.wait_for_load_state("load")
            article = view.page.locator("article")
            handlers = article.evaluate(
                "a => [...a.querySelectorAll('*')].filter(e => [...e.attributes]"
                ".some(x => x.name.startsWith('on'))).length"
            )
            assert handlers == 0, uri
            assert article.locator("script, iframe, style").count() == 0, uri
            answer = article.locator(".sg-answer")
            assert answer.count() == 1, uri
            for tag in ("svg", "img", "details", "hr", ".admonition"):
                assert answer.locator(tag).count() == 0, (uri, tag)
            hrefs = article.evaluate(
                "a => [...a.querySelectorAll('a[href]')].map(e => e.getAttribute('href'))"
            )
            assert not [h for h in hrefs if re.match(r"\s*(javascript|data|vbscript):", h, re.I)]
            assert article.locator(".admonition.danger").count() == 0
        assert view.blocked == [], view.blocked
    assert dialogs == []


@pytest.mark.browser
def test_markdown_answers_keep_code_tables_lists_and_math(
    guide: tuple[Path, Path], browser: Browser
) -> None:
    questions, site = guide
    pages = [
        uri
        for name in ("ds-theory-bold.md", "ml-q-headings.md", "ml-numbered-headings.md")
        for uri in _pages_from(questions, name)
    ] + _pages_from(questions, "ds-technical-tasks.md")
    seen = {"highlighted code": 0, "table": 0, "list": 0, "math": 0}
    with offline_page(browser) as view:
        for uri in pages:
            view.page.goto((site / uri).as_uri())
            view.page.wait_for_load_state("load")
            answer = view.page.locator(".sg-answer, .md-content__inner").first
            seen["highlighted code"] += answer.locator(".highlight code span").count() > 0
            seen["table"] += answer.locator("table").count() > 0
            seen["list"] += answer.locator("ul li, ol li").count() > 0
            seen["math"] += answer.locator(".arithmatex").count() > 0
        assert view.errors == [], view.errors
    assert all(seen.values()), seen
