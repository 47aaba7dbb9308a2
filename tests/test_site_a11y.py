"""axe-core (from node_modules, injected from disk) over the built site, light and dark."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser_support import offline_page
from conftest import CONTENT, ROOT
from playwright.sync_api import Browser

from generator.questionfile import read_question_folder

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("site")]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


def math_page() -> str:
    """The question page with the most display formulas (ids may change; content decides)."""
    questions = read_question_folder(CONTENT / "questions")
    best = max(questions, key=lambda q: (q.answer.count("$$"), q.answer.count("$"), q.id))
    assert best.answer.count("$$") >= 2, "no question with a display formula"
    return f"questions/{best.id}.html"


# The quiz shows a random card unless a seed picks it: seed 1 is checked every time.
VIEWS = ["index.html", math_page(), "quiz.html?seed=1"]


def serious_violations(page) -> list[str]:
    """axe's serious and critical findings on the page as it is, one line each."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {node['target']} {node.get('failureSummary', '')[:200]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
        for node in v["nodes"]
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", VIEWS)
def test_no_serious_axe_violations(
    browser: Browser, built_site: Path, path: str, scheme: str
) -> None:
    with offline_page(browser, color_scheme=scheme) as offline:
        page = offline.page
        file, _, query = path.partition("?")
        page.goto((built_site / file).as_uri() + (f"?{query}" if query else ""))
        page.wait_for_load_state("load")
        reveal = page.locator(".sg-reveal").first
        if reveal.count():
            reveal.click()  # the answer and the grade buttons are checked too
        assert serious_violations(page) == []
        assert offline.blocked == []
