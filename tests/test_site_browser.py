"""The built site in real headless Chromium, opened from disk with the network blocked."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser_support import offline_page
from conftest import CONTENT, SEED
from playwright.sync_api import Browser, expect

from generator.questionfile import read_question_folder

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("site")]
QUESTIONS = read_question_folder(CONTENT / "questions")


def page_of(seed_label: str) -> str:
    """The page of the question that a seed entry was merged into (ids may change; sources don't)."""
    ref = f"{SEED.name}#{seed_label}"
    return next(f"questions/{q.id}.html" for q in QUESTIONS if ref in {str(s) for s in q.sources})


def _search(page, query: str) -> list[str]:
    page.locator("label.md-search__icon, .md-search__input").first.click()
    box = page.locator("input.md-search__input")
    box.fill("")
    box.type(query, delay=30)
    results = page.locator(".md-search-result__item > .md-search-result__link")
    expect(results.first).to_be_visible(timeout=10_000)
    return [href for href in results.evaluate_all("els => els.map(e => e.getAttribute('href'))")]


@pytest.mark.parametrize(
    ("query", "seed_label"),
    [
        ("backpropagation", "Q11"),
        ("relu", "61"),
        ("backprop", "Q11"),
        ("auto-encoder", "Q1"),
    ],
)
def test_offline_search_finds_the_question(
    browser: Browser, built_site: Path, query: str, seed_label: str
) -> None:
    expected = page_of(seed_label)
    with offline_page(browser) as offline:
        offline.page.goto((built_site / "index.html").as_uri())
        hrefs = _search(offline.page, query)
        assert any(h.split("#")[0].split("?")[0].endswith(expected) for h in hrefs[:5]), hrefs[:5]
        assert offline.blocked == []
        assert offline.errors == []


def test_open_a_result_and_see_rendered_math(browser: Browser, built_site: Path) -> None:
    with offline_page(browser) as offline:
        page = offline.page
        page.goto((built_site / "index.html").as_uri())
        target = page_of("56")  # "What is gradient descent?": its answer has a formula
        _search(page, "gradient descent")
        page.locator(
            f".md-search-result__item > .md-search-result__link[href*='{target}']"
        ).first.click()
        page.wait_for_url(f"**/{target}*")
        expect(page.locator("h1")).to_contain_text("gradient descent")
        page.get_by_role("button", name="Show answer").click()  # the quiz hides answers
        math = page.locator(".arithmatex .katex").first
        expect(math).to_be_visible()
        assert page.locator(".arithmatex .katex-html").count() >= 1
        assert offline.blocked == [], offline.blocked
        assert offline.errors == []


def test_navigation_by_topic_works_from_disk(browser: Browser, built_site: Path) -> None:
    with offline_page(browser) as offline:
        page = offline.page
        target = page_of("56")
        page.goto((built_site / "topics" / "training.html").as_uri())
        page.locator(f"article a[href$='/{target}']").first.click()
        page.wait_for_url(f"**/{target}")
        page.locator("article a.sg-next").click()
        page.wait_for_load_state()
        assert page.url.endswith(".html") and not page.url.endswith(target)
        assert offline.blocked == []
        assert offline.errors == []
