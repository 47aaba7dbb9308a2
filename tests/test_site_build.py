"""Build the site (real content, and a hostile fixture) and check the HTML."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from conftest import CONTENT
from site_support import build_site, write_config

from generator.cli import main
from generator.questionfile import read_question_folder

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("site")]
QUESTIONS = read_question_folder(CONTENT / "questions")


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str, str]] = []  # (tag, attribute, value)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.links.append((tag, name, value))


def _links(path: Path) -> list[tuple[str, str, str]]:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.links


def test_every_question_has_a_page_topic_pages_and_tags_index(built_site: Path) -> None:
    for q in QUESTIONS:
        page = built_site / "questions" / f"{q.id}.html"
        assert page.is_file(), q.id
        text = page.read_text(encoding="utf-8")
        assert f'data-sg-id="{q.id}"' in text
        assert "Where this question comes from" in text
        for ref in q.sources:
            assert ref.label in text
    topics = {q.topic for q in QUESTIONS}
    assert {p.stem for p in (built_site / "topics").glob("*.html")} == topics
    tags = (built_site / "tags.html").read_text(encoding="utf-8")
    assert 'class="md-tag' in tags


def test_every_local_link_and_asset_resolves(built_site: Path) -> None:
    broken = []
    for page in built_site.rglob("*.html"):
        if page.name == "404.html":  # served by the host at any depth: absolute paths by design
            continue
        for tag, attr, value in _links(page):
            parts = urlsplit(value)
            if parts.scheme or value.startswith(("#", "mailto:")) or not parts.path:
                continue
            target = (page.parent / unquote(parts.path)).resolve()
            if not target.exists():
                broken.append(f"{page.relative_to(built_site)}: {tag} {attr}={value}")
    assert not broken, broken[:10]


def test_related_and_backlinks_point_at_existing_questions(built_site: Path) -> None:
    by_id = {q.id: q for q in QUESTIONS}
    for q in QUESTIONS:
        text = (built_site / "questions" / f"{q.id}.html").read_text(encoding="utf-8")
        assert q.id not in q.related
        assert len(q.related) <= 5
        if not q.related:  # below the relevance floor: no section rather than noise
            assert 'id="related-questions"' not in text
            continue
        related = text.split('id="related-questions"', 1)[1].split("</ul>", 1)[0]
        assert re.findall(r'href="([^"#]+)\.html"', related) == list(q.related)
        for rid in q.related:
            assert rid in by_id
    # a question that others list as related shows them under "Questions that link here"
    source = next(q for q in QUESTIONS if q.related)
    target = source.related[0]
    text = (built_site / "questions" / f"{target}.html").read_text(encoding="utf-8")
    assert 'id="questions-that-link-here"' in text
    assert f'href="{source.id}.html"' in text.split('id="questions-that-link-here"', 1)[1]


_RESOURCE = re.compile(
    r"""(?:<(?:script|img|iframe|source|audio|video|embed)\b[^>]*\bsrc=["']?https?://"""
    r"""|<link\b[^>]*\bhref=["']?https?://[^>]*>(?<!rel="canonical">)"""
    r"""|url\(\s*["']?(?:https?:)?//|@import\s+["']?(?:url\()?["']?https?://)""",
    re.IGNORECASE,
)


def test_no_page_or_stylesheet_loads_anything_from_the_network(built_site: Path) -> None:
    offenders = []
    for path in [*built_site.rglob("*.html"), *built_site.rglob("*.css")]:
        text = path.read_text(encoding="utf-8")
        for match in _RESOURCE.finditer(text):
            snippet = text[match.start() : match.start() + 120]
            if 'rel="canonical"' in snippet:
                continue
            offenders.append(f"{path.relative_to(built_site)}: {snippet}")
    assert not offenders, offenders[:5]
    index = (built_site / "index.html").read_text(encoding="utf-8")
    assert "assets/vendor/iframe-worker/shim.js" in index
    assert "unpkg.com" not in index and "fonts.googleapis" not in index


def _head(path: Path) -> str:
    return path.read_text(encoding="utf-8").split("</head>")[0]


def test_math_is_typeset_at_build_time_with_no_math_script(built_site: Path) -> None:
    page = built_site / "questions" / "gradient-descent.html"
    text = page.read_text(encoding="utf-8")
    assert 'class="katex"' in text and "<math" in text
    assert not re.search(r'class="arithmatex">\\[(\[]', text)  # no TeX left for a script
    assert not list(built_site.rglob("katex*.js")) and "math.js" not in text
    assert "katex.min.css" in _head(page)
    assert list((built_site / "assets/vendor/katex/fonts").glob("*.woff2"))
    # KaTeX's stylesheet only where there is math (and on the quiz, whose cards may have it)
    assert "katex.min.css" not in _head(built_site / "about.html")
    assert "katex.min.css" in _head(built_site / "quiz.html")


def test_scripts_wait_for_first_paint_and_load_only_where_a_quiz_runs(built_site: Path) -> None:
    question = (built_site / "questions" / "gradient-descent.html").read_text(encoding="utf-8")
    quiz = (built_site / "quiz.html").read_text(encoding="utf-8")
    home = (built_site / "index.html").read_text(encoding="utf-8")
    for text in (question, quiz, home):
        head = text.split("</head>")[0]
        assert "<script src" not in head  # no script file before first paint
        assert re.search(r'<script src="[^"]*quiz\.js" defer>', text)
    assert re.search(r'<script src="[^"]*ts-fsrs/index\.umd\.js" defer>', question)
    assert re.search(r'<script src="[^"]*deck\.js" defer>', quiz)
    assert "deck.js" not in question and "deck.js" not in home and "ts-fsrs" not in home
    assert re.search(r'<link rel="stylesheet" href="[^"]*print\.css" media="print">', home)


def test_every_generated_file_is_world_readable(built_site: Path) -> None:
    private = [
        f"{path.relative_to(built_site)} ({path.stat().st_mode & 0o777:o})"
        for path in [built_site, *built_site.rglob("*")]
        if path.stat().st_mode & (0o005 if path.is_dir() else 0o004)
        != (0o005 if path.is_dir() else 0o004)
    ]
    assert private == []  # a web server running as another user must read every file


def test_search_index_has_no_tex_and_no_maintainer_words(built_site: Path) -> None:
    index = json.loads((built_site / "search/search_index.json").read_text(encoding="utf-8"))
    learner_pages = [
        d for d in index["docs"] if d["location"].startswith(("questions/", "topics/"))
    ]
    assert learner_pages
    for doc in learner_pages:
        text = doc["text"]
        assert "\\(" not in text and "\\frac" not in text and "x-tex" not in text, doc["location"]
        assert not re.search(r"\b(seed|spun)\b", text, re.IGNORECASE), doc["location"]
    assert "?" in index["config"]["separator"]  # "dropout?" is searched and shown as "dropout"


def test_home_page_shows_live_counts(built_site: Path) -> None:
    text = (built_site / "index.html").read_text(encoding="utf-8")
    assert f"<strong>{len(QUESTIONS)} questions</strong>" in text
    assert "<!-- studyguide" not in text


def test_anki_deck_is_built_and_linked_with_its_size(built_site: Path) -> None:
    deck = built_site / "studyguide.apkg"
    answered = sum(1 for q in QUESTIONS if q.answered)
    facts = f"({answered} notes, {deck.stat().st_size // 1024} KiB)"
    for page in ("index.html", "quiz.html", "cheatsheet.html"):
        text = (built_site / page).read_text(encoding="utf-8")
        assert 'href="studyguide.apkg"' in text and facts in text, page


def test_quiz_deck_holds_every_question_with_its_answer(built_site: Path) -> None:
    deck = (built_site / "assets/studyguide/deck.js").read_text(encoding="utf-8")
    for q in QUESTIONS:
        assert f'"id":"{q.id}"' in deck
    assert '"answerHtml":""' not in deck


def test_edit_link_points_at_the_question_file(built_site: Path) -> None:
    text = (built_site / "questions" / "gradient-descent.html").read_text(encoding="utf-8")
    assert "edit/main/content/questions/gradient-descent.md" in text


XSS_DUMP = """1. What does <script>alert(1)</script> do?
It shows <script>alert(1)</script> and <img src=x onerror=alert(1)> as text.

2. Is *this* [a link](javascript:alert(1))?
No: `code` and $5 stay plain text.
"""


def test_source_html_is_shown_as_text_never_as_markup(tmp_path: Path) -> None:
    source = tmp_path / "xss.txt"
    source.write_text(XSS_DUMP, encoding="utf-8")
    questions = tmp_path / "questions"
    assert main(["ingest", str(source), "--out", str(questions), "-q"]) == 0
    result = build_site(write_config(tmp_path, questions), tmp_path / "site")
    assert result.returncode == 0, result.stderr
    pages = list((tmp_path / "site" / "questions").glob("*.html"))
    assert len(pages) == 2
    html_text = "".join(p.read_text(encoding="utf-8") for p in pages)
    assert "<script>alert(1)</script>" not in html_text
    assert "<img src=x" not in html_text and 'onerror="alert(1)"' not in html_text
    assert 'href="javascript:' not in html_text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html_text
    assert "&lt;img src=x onerror=alert(1)&gt;" in html_text


def test_the_api_reference_shows_links_not_sphinx_roles(built_site: Path) -> None:
    reference = (built_site / "reference.html").read_text(encoding="utf-8")
    assert not re.search(r":(?:mod|func|class|meth|data|attr):<code>", reference)
    # frames.py's docstring names :meth:`Readings.frame_at`
    assert 'href="#generator.ingest.frames.Readings.frame_at"' in reference
