"""Math typeset at build time: the TeX that pymdownx.arithmatex marks becomes KaTeX HTML.

Every formula of a build goes to KaTeX in one Node run (``render_math.cjs``), so pages
carry no math script: only KaTeX's stylesheet and fonts, and only where there is math.
KaTeX writes HTML for the eye and MathML for screen readers. The result is wrapped in the
element arithmatex wrote, inside an ``<sg-math data-search-exclude>`` so search previews
never show TeX source or the formula's letters run together.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

RENDERER = Path(__file__).with_name("render_math.cjs")
SEARCH_EXCLUDED = "sg-math"
# What arithmatex writes in generic mode: inline \(...\) in a span, display \[...\] in a div.
_ARITHMATEX = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">\s*'
    r"(?:\\\((?P<inline>.*?)\\\)|\\\[(?P<display>.*?)\\\])\s*</(?P=tag)>",
    re.DOTALL,
)


@dataclass(frozen=True, order=True)
class Formula:
    """One formula as TeX, and whether it is set on its own line."""

    tex: str
    display: bool


class MathError(Exception):
    """KaTeX could not typeset a formula (``formula``), or Node is missing (``formula`` None)."""

    def __init__(self, message: str, formula: Formula | None = None) -> None:
        super().__init__(message)
        self.formula = formula


def find_formulas(page_html: str) -> list[Formula]:
    """The formulas arithmatex marked in a page's HTML, in order."""
    return [_formula(match) for match in _ARITHMATEX.finditer(page_html)]


def _formula(match: re.Match[str]) -> Formula:
    display = match.group("display") is not None
    tex = match.group("display") if display else match.group("inline")
    return Formula(html.unescape(tex).strip(), display)


def render_formulas(formulas: Iterable[Formula], vendor: Path) -> dict[Formula, str]:
    """KaTeX's HTML and MathML for each distinct formula, from one Node run of KaTeX in ``vendor``.

    Raises MathError naming the first formula KaTeX rejects.
    """
    unique = sorted(set(formulas))
    if not unique:
        return {}
    node = shutil.which("node")
    if node is None:
        raise MathError("node is not installed (math is typeset with KaTeX at build time)")
    payload = json.dumps([{"tex": f.tex, "display": f.display} for f in unique])
    try:
        run = subprocess.run(
            [node, str(RENDERER), str(vendor)],
            input=payload,
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=True,
            timeout=120,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        detail = getattr(exc, "stderr", "") or str(exc)
        raise MathError(f"KaTeX did not run: {detail.strip().splitlines()[-1:]}") from None
    results = json.loads(run.stdout)
    rendered: dict[Formula, str] = {}
    for formula, result in zip(unique, results, strict=True):
        if "error" in result:
            raise MathError(f"cannot typeset ${formula.tex}$: {result['error']}", formula)
        rendered[formula] = result["html"]
    return rendered


def replace_formulas(page_html: str, rendered: Mapping[Formula, str]) -> str:
    """The page with each marked formula replaced by its rendering (unknown ones left as they are)."""

    def replace(match: re.Match[str]) -> str:
        mathml = rendered.get(_formula(match))
        if mathml is None:
            return match.group(0)
        tag = match.group("tag")
        # Material's search indexer matches excluded elements by tag name, so a <span>
        # inside KaTeX's output would end the exclusion: the marker is an element of
        # its own (a custom element, laid out as if it were not there)
        return (
            f'<{tag} class="arithmatex"><{SEARCH_EXCLUDED} data-search-exclude>'
            f"{mathml}</{SEARCH_EXCLUDED}></{tag}>"
        )

    return _ARITHMATEX.sub(replace, page_html)
