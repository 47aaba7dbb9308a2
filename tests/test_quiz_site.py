"""The self-quiz on the real built site (not the harness): file://, network blocked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from browser_support import offline_page
from conftest import CONTENT
from playwright.sync_api import Browser, expect

from generator.loaders import load_taxonomy
from generator.questionfile import read_question_folder

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("site")]
QUESTIONS = read_question_folder(CONTENT / "questions")
TAXONOMY = load_taxonomy(CONTENT / "taxonomy.yaml")


def _with_math() -> str:
    return next(q.id for q in QUESTIONS if "$" in q.answer)


def test_reveal_grade_reload_on_a_real_question_page(browser: Browser, built_site: Path) -> None:
    qid = _with_math()
    with offline_page(browser) as offline:
        page = offline.page
        page.goto((built_site / "questions" / f"{qid}.html").as_uri())
        answer = page.locator(f"#sg-answer-{qid}")
        expect(answer).to_be_hidden()
        page.keyboard.press("Space")
        expect(answer).to_be_visible()
        expect(answer.locator(".katex").first).to_be_visible()  # real KaTeX, from disk
        page.keyboard.press("3")
        expect(page.locator(".sg-status")).to_contain_text("Good recorded")
        stored = json.loads(page.evaluate("localStorage.getItem('studyguide.v1')"))
        assert qid in stored["cards"]
        page.reload()
        expect(page.locator(".sg-status")).to_contain_text("Next review in")
        page.goto((built_site / "index.html").as_uri())
        expect(page.locator("[data-sg-due]")).to_have_text("0 due")
        assert offline.blocked == []
        assert offline.errors == []


def test_quiz_page_filters_by_tag_on_the_real_deck(browser: Browser, built_site: Path) -> None:
    tag = TAXONOMY.tag("autoencoders")
    expected = sorted(q.id for q in QUESTIONS if tag.slug in q.tags)
    with offline_page(browser) as offline:
        page = offline.page
        page.goto((built_site / "quiz.html").as_uri() + "?seed=1")
        assert len(page.evaluate("studyGuideQuiz.currentSession().ids")) == len(QUESTIONS)
        page.get_by_label("Tag").select_option(tag.title)
        assert sorted(page.evaluate("studyGuideQuiz.currentSession().ids")) == expected
        page.keyboard.press("Space")
        expect(page.locator(".sg-quiz-card .sg-answer")).to_be_visible()
        page.keyboard.press("4")
        assert offline.blocked == []
        assert offline.errors == []


def test_corrupted_progress_does_not_break_a_real_page(browser: Browser, built_site: Path) -> None:
    with offline_page(browser) as offline:
        page = offline.page
        page.goto((built_site / "quiz.html").as_uri())
        page.evaluate("localStorage.setItem('studyguide.v1', '{not json')")
        page.goto((built_site / "questions" / f"{QUESTIONS[0].id}.html").as_uri())
        expect(page.get_by_role("button", name="Show answer")).to_be_visible()
        expect(page.locator(".sg-notice, [role=alert]").first).to_be_visible()
        assert offline.blocked == []
        assert offline.errors == []
