"""The quiz's scripts, file by file: Node unit tests and the shape of the split.

``tests/js/*.test.cjs`` load the scripts the site serves into Node (classic
scripts on ``globalThis.StudyGuide``, after ts-fsrs's UMD build, as the browser
runs them) and test what needs no DOM with ``node:test``: storage (parse,
migrate, reconcile, the localStorage store), the scheduler (against ts-fsrs and
the cards of the single-file quiz.js it replaced), the session (filters,
seeded order, steps) and the view's wording. The DOM is tested in the browser
(``test_quiz_browser.py`` and friends).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.quiz_harness import QUIZ_SCRIPTS

ROOT = Path(__file__).resolve().parent.parent
JS_TESTS = sorted((ROOT / "tests" / "js").glob("*.test.cjs"))
ASSETS = ROOT / "docs" / "assets" / "studyguide"
# The order the scripts must load in: each uses only the ones before it.
ORDER = ["storage", "scheduler", "session", "view", "page"]


@pytest.mark.parametrize("script", JS_TESTS, ids=lambda p: p.name)
def test_node_unit_tests(script: Path) -> None:
    if shutil.which("node") is None:
        pytest.skip("node is not installed")
    out = subprocess.run(
        ["node", "--test", str(script)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stdout[-6000:] + out.stderr[-3000:]


def test_every_script_has_unit_tests_or_is_the_entry() -> None:
    names = {p.name.removesuffix(".test.cjs") for p in JS_TESTS}
    assert {"storage", "scheduler", "session", "view"} <= names


def test_site_loads_the_scripts_in_dependency_order() -> None:
    """mkdocs.yml (which the harness reads) lists them in the order they use each other."""
    expected = [f"assets/studyguide/quiz-{name}.js" for name in ORDER]
    assert [*expected, "assets/studyguide/quiz.js"] == QUIZ_SCRIPTS
    load = (ROOT / "tests" / "js" / "load.cjs").read_text(encoding="utf-8")
    assert f"const ORDER = {ORDER!r};".replace("'", '"') in load


def test_dependencies_only_point_backwards() -> None:
    """A script reads only the namespace parts loaded before it."""
    for i, name in enumerate(ORDER):
        text = (ASSETS / f"quiz-{name}.js").read_text(encoding="utf-8")
        wrapper = text[: text.index("function (root")]
        for later in ORDER[i + 1 :]:
            assert f"SG.{later}" not in wrapper.replace(f"SG.{name} =", ""), (name, later)


@pytest.mark.parametrize("path", QUIZ_SCRIPTS, ids=lambda p: Path(p).name)
def test_each_script_is_small_and_says_its_job(path: str) -> None:
    text = (ROOT / "docs" / path).read_text(encoding="utf-8")
    assert len(text.splitlines()) < 300
    assert text.startswith("/*\n * Study guide")
    assert not re.search(r"^\s*(import|export)\b", text, re.MULTILINE)  # classic scripts, no ESM
