"""docs/stylesheets/print.css: what a printed page shows, checked in headless Chromium."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import ROOT

PRINT_CSS = ROOT / "docs" / "stylesheets" / "print.css"

PAGE = """<!doctype html>
<html><head><link rel="stylesheet" href="print.css"></head><body>
<header class="md-header">header</header>
<nav class="md-tabs">tabs</nav>
<div class="md-container"><main class="md-main"><div class="md-main__inner md-grid"
     style="max-width: 600px; margin: 0 auto">
  <div class="md-sidebar md-sidebar--primary">navigation</div>
  <div class="md-sidebar md-sidebar--secondary">toc</div>
  <article class="md-content"><div class="md-content__inner md-typeset">
    <a class="md-content__button" href="#">edit</a>
    <h1>What is dropout?</h1>
    <div class="sg-quiz-controls"><button>Show answer</button></div>
    <div id="answer" class="sg-answer sg-answer--hidden" style="display: none">Dropping units.</div>
    <div class="sg-grade"><button>Again</button><button>Good</button></div>
    <details id="more"><summary>More</summary><p id="hidden-detail">Detail text.</p></details>
    <p><a id="link" href="https://example.org/">a link</a></p>
    <ul><li id="item">one</li></ul>
  </div></article>
</div></main>
<footer class="md-footer">footer</footer>
<div class="md-search">search</div><a class="md-top" href="#">top</a>
</div></body></html>
"""

HIDDEN = [".md-header", ".md-tabs", ".md-sidebar", ".md-footer", ".md-search", ".md-top"]
HIDDEN += [".md-content__button", ".sg-quiz-controls", ".sg-grade", "button"]


@pytest.mark.browser
def test_printed_page_shows_content_only(tmp_path: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("Debian's chromium is not installed (make test installs it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    shutil.copy(PRINT_CSS, tmp_path / "print.css")
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium)
        try:
            page = browser.new_page()
            page.goto((tmp_path / "page.html").as_uri())
            assert not page.is_visible("#answer")  # screen: the stylesheet changes nothing
            page.emulate_media(media="print")
            for selector in HIDDEN:
                shown = page.eval_on_selector_all(
                    selector, "els => els.filter(e => getComputedStyle(e).display !== 'none')"
                )
                assert shown == [], selector
            assert page.is_visible("#answer")
            assert page.is_visible("#hidden-detail")
            style = "(e, p) => getComputedStyle(e)[p]"
            assert "underline" in page.eval_on_selector("#link", style, "textDecorationLine")
            assert page.eval_on_selector("#item", style, "breakInside") == "avoid"
            assert page.eval_on_selector(".md-main__inner", style, "maxWidth") == "none"
        finally:
            browser.close()
