"""Quiz storage under pressure: a full localStorage, and stored cards that cannot be read.

Uses the harness site and fixtures of ``test_quiz_browser`` (offline Chromium, fixed now).
"""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Browser, Page, expect

from tests import test_quiz_browser as quiz
from tests.quiz_harness import QuizSite
from tests.test_quiz_browser import FIX_NOW, KEY, card, put, stored

# The quiz tests' fixtures: one Chromium per module, the harness site, an offline page.
browser, site, page, watch = quiz.browser, quiz.site, quiz.page, quiz.watch

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("quiz-browser")]
# Every write to localStorage fails as a full quota does; reads work.
QUOTA = (
    "Storage.prototype.setItem = function () {"
    " throw new DOMException('quota', 'QuotaExceededError'); };"
)


def test_full_storage_keeps_the_grade_in_memory_and_says_so(
    browser: Browser, site: QuizSite
) -> None:
    context = browser.new_context()
    context.add_init_script(FIX_NOW + QUOTA)
    errors: list[str] = []
    pg = context.new_page()
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto(site.question_url("dropout"))
    pg.get_by_role("button", name="Show answer").click()
    pg.get_by_role("button", name="Easy").click()
    expect(pg.locator(".sg-status")).to_contain_text("Easy recorded. Next review in")
    expect(pg.locator(".sg-notice")).to_contain_text("storage for the guide is full")
    assert pg.evaluate(f"localStorage.getItem({KEY!r})") is None
    context.close()
    assert errors == []


def test_full_storage_on_the_quiz_page_keeps_every_grade(browser: Browser, site: QuizSite) -> None:
    context = browser.new_context()
    context.add_init_script(FIX_NOW + QUOTA)
    pg = context.new_page()
    pg.goto(site.url(site.quiz, seed=1))
    pg.keyboard.press("Space")
    pg.keyboard.press("1")
    pg.keyboard.press("Space")
    pg.keyboard.press("4")
    pg.keyboard.press("ArrowLeft")
    expect(pg.locator(".sg-status")).to_contain_text("Easy recorded")
    pg.keyboard.press("ArrowLeft")
    expect(pg.locator(".sg-status")).to_contain_text("Again recorded. Next review in 1 min")
    context.close()


def test_malformed_cards_are_reported_and_kept_as_they_were(page: Page, site: QuizSite) -> None:
    good = card("2024-03-05T09:00:00.000Z", "2024-02-27T09:00:00.000Z")
    broken = {**good, "stability": "high"}
    value = {"version": 1, "cards": {"dropout": good, "autoencoder": broken}, "lastRating": {}}
    put(page, site, value)
    page.goto(site.question_url("autoencoder"))
    expect(page.locator(".sg-notice")).to_contain_text("1 saved card(s) could not be read")
    page.goto(site.question_url("cost-function"))
    page.get_by_role("button", name="Show answer").click()
    page.get_by_role("button", name="Good").click()
    expect(page.locator(".sg-status")).to_contain_text("Good recorded")
    cards = stored(page)["cards"]
    assert cards["autoencoder"] == broken
    assert cards["dropout"] == json.loads(json.dumps(good))
    assert "cost-function" in cards
