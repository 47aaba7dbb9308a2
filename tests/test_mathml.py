"""generator/mathml.py: formulas found in arithmatex's HTML and typeset by KaTeX under Node."""

from __future__ import annotations

import re

import pytest
from conftest import CONTENT, ROOT

from generator.site.mathml import (
    Formula,
    MathError,
    find_formulas,
    render_formulas,
    replace_formulas,
)

VENDOR = ROOT / "node_modules"
# What pymdownx.arithmatex (generic mode) writes for "$a &lt; b$" and a "$$...$$" block.
PAGE = (
    '<p>If <span class="arithmatex">\\(a &lt; b\\)</span> then</p>\n'
    '<div class="arithmatex">\\[\n\\frac{1}{1-p}\n\\]</div>\n'
    "<p>and <code>\\(not math\\)</code>.</p>"
)


def test_find_formulas_unescapes_and_tells_inline_from_display() -> None:
    assert find_formulas(PAGE) == [Formula("a < b", False), Formula("\\frac{1}{1-p}", True)]
    assert find_formulas("<p>No math, only $5 and \\(text\\).</p>") == []


def test_render_and_replace_leave_no_tex_and_no_script() -> None:
    rendered = render_formulas(find_formulas(PAGE), VENDOR)
    page = replace_formulas(PAGE, rendered)
    assert "\\(" not in page.split("<code>")[0] and "\\[" not in page
    assert page.count('class="katex"') == 2 and page.count('class="katex-display"') == 1
    assert "<math" in page and "<mfrac>" in page  # MathML for screen readers
    assert page.count("<sg-math data-search-exclude>") == 2
    assert "<code>\\(not math\\)</code>" in page  # code is left alone
    assert "<script" not in page


def test_render_runs_once_per_distinct_formula() -> None:
    rendered = render_formulas([Formula("x", False)] * 3 + [Formula("x", True)], VENDOR)
    assert set(rendered) == {Formula("x", False), Formula("x", True)}
    assert "katex-display" in rendered[Formula("x", True)]
    assert "katex-display" not in rendered[Formula("x", False)]


def test_a_formula_katex_rejects_is_named() -> None:
    with pytest.raises(MathError, match=r"\\frac\{1\}") as caught:
        render_formulas([Formula("x", False), Formula("\\frac{1}", False)], VENDOR)
    assert caught.value.formula == Formula("\\frac{1}", False)


def test_unknown_formulas_are_left_as_they_were() -> None:
    assert replace_formulas(PAGE, {}) == PAGE


# Math in the question files as they are written: $$...$$ blocks and $...$ inline
# (a backslash-escaped \$ is a dollar sign, not math).
_DISPLAY = re.compile(r"\$\$(.+?)\$\$", re.DOTALL)
_INLINE = re.compile(r"(?<![\\$])\$(?!\$)((?:\\.|[^$\\\n])+?)\$")


def guide_formulas() -> list[Formula]:
    """Every formula in content/questions/*.md, as written."""
    found: list[Formula] = []
    for path in sorted((CONTENT / "questions").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        found += [Formula(m.strip(), True) for m in _DISPLAY.findall(text)]
        found += [Formula(m.strip(), False) for m in _INLINE.findall(_DISPLAY.sub("", text))]
    return found


def test_every_formula_of_the_guide_typesets() -> None:
    formulas = guide_formulas()
    assert len(formulas) > 200  # the guide is math-heavy; a broken regex would find few
    rendered = render_formulas(formulas, VENDOR)  # MathError (with the formula) on any failure
    assert set(rendered) == set(formulas)
    assert not any("katex-error" in html for html in rendered.values())
