"""Browser tests of the self-quiz on the harness site (tests/quiz_harness.py).

Pages open from file:// in Debian's Chromium; any other request is aborted and
counted, console errors and page errors are collected, and both must be zero.
"Now" is fixed with ``window.studyGuideQuizNow`` (or ``?now=`` on a page URL)
and the quiz page's shuffle with ``?seed=``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_support import CHROMIUM_ARGS, chromium_path
from fsrs import Scheduler
from fsrs.scheduler import DEFAULT_PARAMETERS
from playwright.sync_api import Browser, Page, expect, sync_playwright

from tests.quiz_harness import QUESTIONS, QuizSite, build_harness
from tests.test_fsrs_reference import step_minutes

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("quiz-browser")]

CHROMIUM = chromium_path()
ARGS = CHROMIUM_ARGS
NOW = "2024-03-01T09:00:00.000Z"
KEY = "studyguide.v1"
# Unless the page URL has ?now=, every page runs at NOW.
FIX_NOW = f"if (!/[?&]now=/.test(location.search)) window.studyGuideQuizNow = {NOW!r};"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One headless Chromium for the whole module."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> QuizSite:
    """The harness site, built once."""
    return build_harness(tmp_path_factory.mktemp("quiz-site"))


class Watch:
    """What a page did that it must not: network requests, console errors."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.errors: list[str] = []


@pytest.fixture
def watch() -> Watch:
    """A fresh record of forbidden requests and console errors."""
    return Watch()


@pytest.fixture
def page(browser: Browser, watch: Watch) -> Iterator[Page]:
    """A page in a fresh context (empty storage), offline, with a fixed now."""
    context = browser.new_context(viewport={"width": 1000, "height": 800}, accept_downloads=True)
    context.add_init_script(FIX_NOW)

    def route(r):
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            watch.requests.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    pg = context.new_page()
    pg.on("console", lambda m: m.type == "error" and watch.errors.append(m.text))
    pg.on("pageerror", lambda e: watch.errors.append(str(e)))
    yield pg
    context.close()
    assert watch.requests == [], "requests outside file://"
    assert watch.errors == [], "console errors"


def stored(page: Page) -> dict | None:
    """The quiz's localStorage value, parsed."""
    raw = page.evaluate(f"localStorage.getItem({KEY!r})")
    return None if raw is None else json.loads(raw)


def put(page: Page, site: QuizSite, value: str | dict) -> None:
    """Write the quiz's localStorage value (as is if a string) before the next load."""
    page.goto(site.url("assets/studyguide/quiz.css"))  # same file:// origin, no quiz running
    text = value if isinstance(value, str) else json.dumps(value)
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, text])


def card(due: str, last: str, state: int = 2, lapses: int = 0, stability: float = 5.0) -> dict:
    """A stored ts-fsrs card."""
    return {
        "due": due,
        "last_review": last,
        "stability": stability,
        "difficulty": 5.0,
        "elapsed_days": 0,
        "scheduled_days": 3,
        "learning_steps": 0,
        "reps": 2,
        "lapses": lapses,
        "state": state,
    }


def session_ids(page: Page) -> list[str]:
    """Question ids in the current quiz session, in order."""
    return page.evaluate("studyGuideQuiz.currentSession().ids")


def test_reveal_grade_and_reload(page: Page, site: QuizSite) -> None:
    """Question page: answer hidden, revealed, graded Good; the grade survives a reload."""
    page.goto(site.question_url("autoencoder"))
    answer = page.locator("#sg-answer-autoencoder")
    expect(answer).to_be_hidden()
    expect(page.locator(".sg-status")).to_have_text("New card")
    page.get_by_role("button", name="Show answer").click()
    expect(answer).to_be_visible()
    expect(answer).to_be_focused()
    expect(page.locator("[aria-live=polite]")).to_contain_text("Answer: An autoencoder is")
    grades = page.locator(".sg-quiz-controls button.sg-grade")
    expect(grades).to_have_count(4)
    expect(grades).to_contain_text(["Again 1 min", "Hard 6 min", "Good 10 min", "Easy 8 days"])
    page.get_by_role("button", name="Good").click()
    expect(page.locator(".sg-status")).to_contain_text("Good recorded. Next review in 10 min")
    expect(page.locator(".sg-status")).to_be_focused()
    expect(page.locator(".sg-quiz-controls")).to_be_hidden()

    data = stored(page)
    assert data["version"] == 1
    assert data["lastRating"] == {"autoencoder": 3}
    saved = data["cards"]["autoencoder"]
    assert saved["due"] == "2024-03-01T09:10:00.000Z"
    assert saved["last_review"] == NOW
    assert saved["state"] == 1 and saved["reps"] == 1

    page.reload()
    expect(answer).to_be_hidden()
    expect(page.locator(".sg-status")).to_contain_text("Next review in 10 min")
    page.goto(site.question_url("autoencoder", now="2024-03-01T10:00:00Z"))
    expect(page.locator(".sg-status")).to_have_text("Due for review")
    page.goto(site.url(site.home, now="2024-03-01T10:00:00Z"))
    expect(page.locator("[data-sg-due]")).to_have_text("1 due")
    page.goto(site.url(site.home))
    expect(page.locator("[data-sg-due]")).to_have_text("0 due")


def test_scheduler_params_and_math_hook(page: Page, site: QuizSite) -> None:
    """The browser schedules with the parameters the FSRS reference test checks."""
    page.goto(site.url(site.quiz, seed=1))
    params = page.evaluate("studyGuideQuiz.schedulerParams()")
    reference = Scheduler()
    assert params["w"] == pytest.approx(list(DEFAULT_PARAMETERS))
    assert params["enable_fuzz"] is False
    assert params["request_retention"] == reference.desired_retention
    assert params["maximum_interval"] == reference.maximum_interval
    assert tuple(map(step_minutes, params["learning_steps"])) == reference.learning_steps
    assert tuple(map(step_minutes, params["relearning_steps"])) == reference.relearning_steps
    # math arrives typeset at build time: the quiz calls no math script on answers
    assert page.evaluate("window.__mathCalls") is None


def test_filter_by_tag(page: Page, site: QuizSite) -> None:
    """Choosing a tag leaves only that tag's questions; ?tag= does the same."""
    page.goto(site.url(site.quiz, seed=1))
    assert sorted(session_ids(page)) == sorted(q["id"] for q in QUESTIONS)
    page.get_by_label("Tag").select_option("Neural networks")
    expect(page.locator(".sg-quiz-count")).to_have_text("2 cards")
    seen = []
    for _ in range(2):
        seen.append(page.locator(".sg-quiz-card").get_attribute("data-sg-id"))
        page.get_by_role("button", name="Next →").click()
    assert sorted(seen) == ["autoencoder", "dropout"]
    expect(page.locator(".sg-summary")).to_be_visible()

    page.goto(site.url(site.quiz, seed=1, tag="Statistics"))
    assert session_ids(page) == ["bootstrap-sampling"]
    page.get_by_label("Topic").select_option("optimization")
    expect(page.locator(".sg-quiz-empty")).to_have_text("No questions match these filters.")


def test_filter_by_level(page: Page, site: QuizSite) -> None:
    """Difficulty a source marked filters the deck; levels no question has are not offered."""
    page.goto(site.url(site.quiz, seed=1))
    level = page.get_by_label("Level")
    options = level.locator("option").all_inner_texts()
    assert options == ["All levels", "Easy", "Medium", "Hard"]
    level.select_option("hard")
    expect(page.locator(".sg-quiz-count")).to_have_text("1 card")
    assert session_ids(page) == ["bootstrap-sampling"]
    page.goto(site.url(site.quiz, seed=1, level="easy"))
    assert session_ids(page) == ["dropout"]
    expect(page.get_by_label("Level")).to_have_value("easy")


def test_state_filters_and_seeded_shuffle(page: Page, site: QuizSite) -> None:
    """new / due / weak filters use stored progress; one seed, one order."""
    put(
        page,
        site,
        {
            "version": 1,
            "cards": {
                "autoencoder": card("2024-02-28T09:00:00.000Z", "2024-02-20T09:00:00.000Z"),
                "dropout": card("2024-03-10T09:00:00.000Z", "2024-02-25T09:00:00.000Z", lapses=1),
                "cost-function": card("2024-03-10T09:00:00.000Z", "2024-02-25T09:00:00.000Z"),
            },
            "lastRating": {"cost-function": 2},
        },
    )
    page.goto(site.url(site.quiz, seed=7, state="due"))
    assert session_ids(page) == ["autoencoder"]
    page.get_by_label("Cards").select_option("new")
    assert session_ids(page) == ["bootstrap-sampling"]
    page.get_by_label("Cards").select_option("weak")
    assert sorted(session_ids(page)) == ["cost-function", "dropout"]
    page.goto(site.url(site.quiz, seed=7))
    first = session_ids(page)
    page.reload()
    assert session_ids(page) == first
    page.goto(site.url(site.quiz, seed=8))
    orders = {tuple(first), tuple(session_ids(page))}
    page.goto(site.url(site.quiz, seed=9))
    orders.add(tuple(session_ids(page)))
    assert len(orders) > 1, "different seeds should shuffle differently"
    page.goto(site.url(site.home))
    expect(page.locator("[data-sg-due]")).to_have_text("1 due")


def test_keyboard_only_session(page: Page, site: QuizSite) -> None:
    """Tab, Space, 1-4 and the arrows alone take a whole session to its summary."""
    page.goto(site.url(site.quiz, seed=3))
    ids = session_ids(page)
    assert len(ids) == 4

    # typing in the search box never triggers the quiz
    page.get_by_label("Search").focus()
    page.keyboard.type(" 1 3")
    page.keyboard.press("ArrowRight")
    expect(page.locator(".sg-answer")).to_be_hidden()
    expect(page.locator(".sg-progress__text")).to_have_text("Card 1 of 4")

    # every control is a Tab stop, in a sensible order
    page.locator("h1").click()
    stops = []
    for _ in range(12):
        page.keyboard.press("Tab")
        stops.append(page.evaluate("document.activeElement.textContent.trim()"))
    for label in ("Show answer", "Next →", "Export progress", "Import progress…", "Reset progress"):
        assert label in stops, stops
    assert stops.index("Show answer") < stops.index("Next →") < stops.index("Export progress")

    # card 1: Space on the page reveals, focus goes to the answer, 3 grades Good
    page.locator("h1").click()
    page.keyboard.press("Space")
    expect(page.locator(".sg-answer")).to_be_visible()
    expect(page.locator(".sg-answer")).to_be_focused()
    page.keyboard.press("3")
    expect(page.locator(".sg-progress__text")).to_have_text("Card 2 of 4")
    expect(page.locator(".sg-reveal")).to_be_focused()
    expect(page.locator(".sg-progress")).to_have_attribute("aria-valuenow", "1")

    # card 2: skip with ArrowRight, come back with ArrowLeft
    page.keyboard.press("ArrowRight")
    expect(page.locator(".sg-quiz-card")).to_have_attribute("data-sg-id", ids[2])
    page.keyboard.press("ArrowLeft")
    expect(page.locator(".sg-quiz-card")).to_have_attribute("data-sg-id", ids[1])
    expect(page.locator(".sg-reveal")).to_be_focused()

    # card 2: Space on the focused button, Tab to "Again", Enter
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    expect(page.locator(".sg-grade--again")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator(".sg-quiz-card")).to_have_attribute("data-sg-id", ids[2])

    # going back shows the graded card as graded, without grading it twice
    page.keyboard.press("ArrowLeft")
    expect(page.locator(".sg-status")).to_contain_text("Again recorded")
    expect(page.locator(".sg-quiz-controls")).to_be_hidden()
    page.keyboard.press("2")
    page.keyboard.press("ArrowRight")

    # cards 3 and 4: Hard, Easy
    page.keyboard.press("Space")
    page.keyboard.press("2")
    page.keyboard.press("Space")
    page.keyboard.press("4")
    summary = page.locator(".sg-summary")
    expect(summary).to_be_visible()
    expect(page.locator(".sg-summary__title")).to_be_focused()
    expect(page.locator(".sg-progress")).to_have_attribute("aria-valuenow", "4")
    known = summary.locator("[data-sg-group=known] a")
    expect(known).to_have_count(2)
    expect(summary.locator("[data-sg-group=shaky] a")).to_have_count(1)
    repeat = summary.locator("[data-sg-group=repeat] a")
    expect(repeat).to_have_count(1)
    title = next(q["title"] for q in QUESTIONS if q["id"] == ids[1])
    expect(repeat).to_have_text(title)
    expect(repeat).to_have_attribute("href", f"./questions/{ids[1]}.html")
    assert stored(page)["lastRating"] == dict(zip(ids, [3, 1, 2, 4], strict=True))

    # the summary offers the shaky and missed ones again
    page.get_by_role("button", name="Repeat shaky and missed (2)").click()
    assert sorted(session_ids(page)) == sorted([ids[1], ids[2]])


@pytest.mark.parametrize(
    "value",
    ["{not json", '{"foo": 1}', "[1, 2]", '{"version": 99, "cards": {}}'],
    ids=["corrupt", "foreign", "array", "future-version"],
)
def test_unreadable_storage_is_kept_and_can_be_reset(
    page: Page, site: QuizSite, value: str
) -> None:
    """A bad stored value: warning, quiz works in memory, value untouched until reset."""
    put(page, site, value)
    page.goto(site.question_url("dropout"))
    warning = page.locator(".sg-card .sg-notice")
    expect(warning).to_be_visible()
    expect(warning).to_have_attribute("role", "alert")
    page.get_by_role("button", name="Show answer").click()
    page.get_by_role("button", name="Easy").click()
    expect(page.locator(".sg-status")).to_contain_text("Easy recorded")
    assert page.evaluate(f"localStorage.getItem({KEY!r})") == value

    page.once("dialog", lambda d: d.accept())
    warning.get_by_role("button", name="Reset saved progress").click()
    expect(warning).to_have_count(0)
    assert page.evaluate(f"localStorage.getItem({KEY!r})") is None
    page.reload()
    expect(page.locator(".sg-notice")).to_have_count(0)
    page.get_by_role("button", name="Show answer").click()
    page.get_by_role("button", name="Good").click()
    assert list(stored(page)["cards"]) == ["dropout"]


def test_unreadable_storage_on_quiz_and_home(page: Page, site: QuizSite) -> None:
    """The quiz page and the home page keep working and show the warning too."""
    put(page, site, "{not json")
    page.goto(site.url(site.home))
    expect(page.locator("[data-sg-due]")).to_have_text("0 due")
    expect(page.locator(".sg-notice")).to_be_visible()
    page.goto(site.url(site.quiz, seed=1))
    expect(page.locator(".sg-quiz-notices .sg-notice")).to_be_visible()
    expect(page.locator(".sg-quiz-count")).to_have_text("4 cards")
    page.keyboard.press("Space")
    page.keyboard.press("3")
    expect(page.locator(".sg-progress__text")).to_have_text("Card 2 of 4")


def test_storage_unavailable_works_in_memory(browser: Browser, site: QuizSite) -> None:
    """localStorage throwing: a notice, and grading still works for the page's life."""
    context = browser.new_context()
    context.add_init_script(
        FIX_NOW + "Object.defineProperty(window, 'localStorage', {get() {"
        " throw new DOMException('blocked', 'SecurityError'); }});"
    )
    errors: list[str] = []
    pg = context.new_page()
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: m.type == "error" and errors.append(m.text))
    pg.goto(site.url(site.quiz, seed=1))
    expect(pg.locator(".sg-notice")).to_contain_text("does not let the guide save progress")
    pg.keyboard.press("Space")
    pg.keyboard.press("1")
    pg.keyboard.press("ArrowLeft")
    expect(pg.locator(".sg-status")).to_contain_text("Again recorded. Next review in 1 min")
    context.close()
    assert errors == []


def test_export_import_round_trip(page: Page, site: QuizSite, tmp_path: Path) -> None:
    """Export writes the stored progress; reset; import brings it back; bad files are refused."""
    page.goto(site.url(site.quiz, seed=1))
    for key in ("3", "4"):
        page.keyboard.press("Space")
        page.keyboard.press(key)
    before = stored(page)
    assert len(before["cards"]) == 2

    with page.expect_download() as info:
        page.get_by_role("button", name="Export progress").click()
    download = info.value
    assert download.suggested_filename == "studyguide-progress-2024-03-01.json"
    exported = tmp_path / download.suggested_filename
    download.save_as(exported)
    data = json.loads(exported.read_text())
    assert data["version"] == 1
    assert data["cards"] == before["cards"]
    assert data["lastRating"] == before["lastRating"]

    page.once("dialog", lambda d: d.accept())
    page.get_by_role("button", name="Reset progress").click()
    expect(page.locator(".sg-tools-msg")).to_have_text("Progress reset.")
    assert stored(page) is None

    def import_file(path: Path) -> None:
        with page.expect_file_chooser() as chooser:
            page.get_by_role("button", name="Import progress…").click()
        chooser.value.set_files(str(path))

    bad_card = json.loads(exported.read_text())
    next(iter(bad_card["cards"].values()))["due"] = "not a date"
    broken = {
        "garbage.json": "this is not json",
        "foreign.json": json.dumps({"cards": []}),
        "future.json": json.dumps({"version": 2, "cards": {}}),
        "bad-card.json": json.dumps(bad_card),
    }
    for name, text in broken.items():
        path = tmp_path / name
        path.write_text(text)
        import_file(path)
        expect(page.locator(".sg-tools-msg")).to_contain_text("Import failed")
        expect(page.locator(".sg-tools-msg")).to_contain_text("Nothing was changed.")
        assert stored(page) is None, name

    import_file(exported)
    expect(page.locator(".sg-tools-msg")).to_have_text("Imported 2 cards.")
    assert stored(page) == before
    page.goto(site.url(site.quiz, seed=1, state="weak"))
    expect(page.locator(".sg-quiz-count")).to_have_text("0 cards")


def test_alias_carry_over_and_dropped_ids(page: Page, site: QuizSite) -> None:
    """A card under an old id moves to its canonical id; unknown ids are dropped on save."""
    old = card("2024-03-05T09:00:00.000Z", "2024-02-25T09:00:00.000Z", stability=7.5)
    older = card("2024-03-02T09:00:00.000Z", "2024-02-01T09:00:00.000Z", stability=1.0)
    put(
        page,
        site,
        {
            "version": 1,
            "cards": {
                "what-is-autoencoder": old,
                "autoencoders": older,
                "question-removed-long-ago": card(
                    "2024-02-01T09:00:00.000Z", "2024-01-01T09:00:00.000Z"
                ),
            },
            "lastRating": {"what-is-autoencoder": 2},
        },
    )
    page.goto(site.question_url("autoencoder"))
    expect(page.locator(".sg-status")).to_contain_text("Next review in 4 days")
    page.goto(site.question_url("dropout"))
    page.get_by_role("button", name="Show answer").click()
    page.get_by_role("button", name="Good").click()
    data = stored(page)
    assert sorted(data["cards"]) == ["autoencoder", "dropout"]
    assert data["cards"]["autoencoder"] == old  # the most recently reviewed wins
    assert data["lastRating"] == {"autoencoder": 2, "dropout": 3}


def test_material_instant_navigation(page: Page, site: QuizSite) -> None:
    """With Material's document$, each page change enhances the new content once."""
    page.add_init_script(
        "window.document$ = {fns: [], subscribe(f) { this.fns.push(f); f(document); },"
        " next() { this.fns.forEach((f) => f(document)); }};"
    )
    page.goto(site.question_url("autoencoder"))
    expect(page.locator(".sg-reveal")).to_have_count(1)
    other = next(q for q in QUESTIONS if q["id"] == "dropout")
    page.evaluate(
        """(html) => { document.querySelector('article').innerHTML = html; document$.next(); }""",
        f'<div class="sg-card" data-sg-id="dropout"><div class="sg-answer">{other["answerHtml"]}</div></div>',
    )
    expect(page.locator(".sg-reveal")).to_have_count(1)
    expect(page.locator(".sg-card")).to_have_attribute("data-sg-id", "dropout")
    page.keyboard.press("Space")
    page.keyboard.press("4")
    assert list(stored(page)["cards"]) == ["dropout"]


def test_assets_are_small() -> None:
    """The quiz's scripts and quiz.css stay small (no framework crept in)."""
    folder = Path(__file__).resolve().parent.parent / "docs" / "assets" / "studyguide"
    scripts = sorted(folder.glob("quiz*.js"))
    assert len(scripts) == 6  # quiz.js and the five it starts
    assert sum(p.stat().st_size for p in scripts) < 57_000
    assert (folder / "quiz.css").stat().st_size < 10_000
