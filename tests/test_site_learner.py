"""What a new learner meets on the built site, on a phone (390×844) and on a desktop."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from browser_support import offline_page
from conftest import CONTENT, ROOT
from playwright.sync_api import Browser, Page, expect

from generator.questionfile import read_question_folder

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("site")]
QUESTIONS = read_question_folder(CONTENT / "questions")
SCREENS = [pytest.param(True, id="phone"), pytest.param(False, id="desktop")]
# The question with the longest answer: revealing it is where the page used to jump.
LONGEST = max((q for q in QUESTIONS if q.answered), key=lambda q: (len(q.answer), q.id))
CORRECTED = next(q for q in sorted(QUESTIONS, key=lambda q: q.id) if q.reviewed and q.note)


def _box(page: Page, selector: str) -> dict[str, float]:
    box = page.locator(selector).first.bounding_box()
    assert box is not None, selector
    return box


def _header_bottom(page: Page) -> float:
    return _box(page, ".md-header")["y"] + _box(page, ".md-header")["height"]


def _in_view(page: Page, selector: str) -> bool:
    """Whether the element is wholly on screen and not under the sticky header."""
    box = _box(page, selector)
    height = page.viewport_size["height"] if page.viewport_size else 0
    return box["y"] >= _header_bottom(page) - 1 and box["y"] + box["height"] <= height + 1


@pytest.mark.parametrize("phone", SCREENS)
def test_reveal_keeps_the_question_in_view(browser: Browser, built_site: Path, phone: bool) -> None:
    with offline_page(browser, phone=phone) as offline:
        page = offline.page
        page.goto((built_site / "questions" / f"{LONGEST.id}.html").as_uri())
        page.locator(".sg-reveal").scroll_into_view_if_needed()
        assert _in_view(page, "h1")
        page.locator(".sg-reveal").click()
        expect(page.locator(".sg-answer").first).to_be_visible()
        assert _in_view(page, "h1")  # the question did not scroll away
        first_line = ".sg-answer > *:first-child"
        assert _box(page, first_line)["y"] >= _header_bottom(page)  # not under the header
        assert offline.errors == []


@pytest.mark.parametrize("phone", SCREENS)
def test_quiz_card_starts_above_the_fold_and_stays_after_reveal(
    browser: Browser, built_site: Path, phone: bool
) -> None:
    with offline_page(browser, phone=phone) as offline:
        page = offline.page
        page.goto((built_site / "quiz.html").as_uri() + "?seed=3")
        expect(page.locator(".sg-quiz-title")).to_be_visible()
        assert _in_view(page, ".sg-quiz-title") and _in_view(page, ".sg-reveal")
        page.locator(".sg-reveal").click()
        expect(page.locator(".sg-quiz-card .sg-answer")).to_be_visible()
        assert _in_view(page, ".sg-quiz-title")
        assert offline.errors == [] and offline.blocked == []


@pytest.mark.parametrize("phone", SCREENS)
def test_first_visit_due_list_starts_new_cards(
    browser: Browser, built_site: Path, phone: bool
) -> None:
    with offline_page(browser, phone=phone) as offline:
        page = offline.page
        page.goto((built_site / "index.html").as_uri())
        due_button = page.locator("a.md-button", has=page.locator("[data-sg-due]"))
        expect(due_button).to_be_hidden()  # nothing is due on a first visit
        page.goto((built_site / "quiz.html").as_uri() + "?state=due")
        expect(page.locator(".sg-quiz-title")).to_be_visible()
        expect(page.locator(".sg-quiz-first")).to_contain_text("new cards")
        assert page.locator("#sg-filter-state").input_value() == "new"
        # once something has been graded and falls due, the home page offers it
        page.locator(".sg-reveal").click()
        page.locator(".sg-grade--again").click()
        state_key = page.evaluate("() => window.studyGuideQuiz.storageKey")
        stored = json.loads(_storage(page)[state_key])
        for card in stored["cards"].values():
            card["due"] = "2000-01-01T00:00:00.000Z"
        page.evaluate("([k, v]) => localStorage.setItem(k, v)", [state_key, json.dumps(stored)])
        page.goto((built_site / "index.html").as_uri())
        expect(due_button).to_be_visible()
        expect(due_button).to_contain_text("1 due")
        assert offline.errors == []


def _storage(page: Page) -> dict[str, str]:
    return page.evaluate("() => Object.fromEntries(Object.entries(localStorage))")


@pytest.mark.parametrize("phone", SCREENS)
def test_home_page_says_only_what_it_offers(
    browser: Browser, built_site: Path, phone: bool
) -> None:
    with offline_page(browser, phone=phone) as offline:
        page = offline.page
        page.goto((built_site / "index.html").as_uri())
        text = page.locator("article").inner_text()
        assert "in the navigation" not in text  # the home page hides the navigation
        assert not re.search(r"\b(seed|spun)\b", text, re.IGNORECASE)
        assert "Download the site" not in text  # there is no such download
        topics = page.locator("a", has_text=re.compile(r"^topic$"))
        topics.first.click()
        assert _in_view(page, "#topics")
        repository = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["repo_url"]
        for link in page.locator("article a[href]").all():
            href = link.get_attribute("href") or ""
            # no link to a hosted copy of the site until site_url names one
            assert not href.startswith("http") or href.startswith(repository), href


@pytest.mark.parametrize("phone", SCREENS)
def test_review_note_is_written_for_learners(
    browser: Browser, built_site: Path, phone: bool
) -> None:
    with offline_page(browser, phone=phone) as offline:
        page = offline.page
        page.goto((built_site / "questions" / f"{CORRECTED.id}.html").as_uri())
        page.locator(".sg-reveal").click()
        box = page.locator(".admonition.success")
        expect(box).to_contain_text("Corrected in review")
        text = page.locator("article").inner_text()
        assert CORRECTED.note not in text
        assert not re.search(r"\b(seed|spun)\b", text, re.IGNORECASE), text
        box.locator("a").click()
        expect(page.locator("#sg-sources summary")).to_be_visible()


@pytest.mark.parametrize("phone", SCREENS)
def test_search_previews_show_words_not_tex(
    browser: Browser, built_site: Path, phone: bool
) -> None:
    with offline_page(browser, phone=phone) as offline:
        page = offline.page
        page.goto((built_site / "index.html").as_uri())
        opener = "label.md-header__button[for='__search']" if phone else ".md-search__input"
        page.locator(opener).first.click()
        page.locator("input.md-search__input").type("dropout", delay=30)
        results = page.locator(".md-search-result__item")
        expect(results.first).to_be_visible(timeout=10_000)
        previews = page.locator(".md-search-result").inner_text()
        assert "\\(" not in previews and "\\frac" not in previews
        marks = page.locator(".md-search-result mark").all_inner_texts()
        assert marks and not [m for m in marks if m.endswith("?")], marks
        assert offline.errors == []
