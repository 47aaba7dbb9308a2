"""A small static site that follows the quiz's HTML contract, for browser tests.

It holds what the MkDocs plugin will generate, in miniature: the quiz assets,
ts-fsrs's UMD build, a deck.js, a home page with the due count, the quiz page
and one page per question, each with Material's ``#__config`` (``base``) and,
if available, Material's stylesheets so screenshots look like the real site.
``QuizSite`` is all the tests use, so they can later point at a built site.
"""

from __future__ import annotations

import html
import importlib.util
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

import yaml

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "docs" / "assets" / "studyguide"
TS_FSRS = ROOT / "node_modules" / "ts-fsrs" / "dist" / "index.umd.js"


def quiz_scripts() -> list[str]:
    """The quiz's scripts in the order the site loads them (mkdocs.yml's extra_javascript)."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    entries = config.get("extra_javascript") or []
    paths = [e["path"] if isinstance(e, dict) else e for e in entries]
    return [p for p in paths if p.startswith("assets/studyguide/")]


QUIZ_SCRIPTS = quiz_scripts()

TOPICS = [
    {"slug": "architectures", "title": "Architectures"},
    {"slug": "regularization", "title": "Regularization"},
    {"slug": "statistics", "title": "Statistics"},
    {"slug": "optimization", "title": "Optimization"},
]

QUESTIONS = [
    {
        "id": "autoencoder",
        "title": "What is an autoencoder?",
        "topic": "architectures",
        "tags": ["Autoencoders", "Neural networks"],
        "aliases": ["what-is-autoencoder", "autoencoders"],
        "level": "medium",
        "summary": "A network trained to reproduce its input through a smaller code.",
        "answerHtml": "<p>An autoencoder is a neural network that learns a compact "
        "representation of its input without labels: an <strong>encoder</strong> maps "
        "the input to a smaller code and a <strong>decoder</strong> rebuilds the input "
        "from it.</p><ul><li>Trained to minimise reconstruction error.</li>"
        "<li>Related to PCA when linear.</li></ul>",
    },
    {
        "id": "dropout",
        "title": "What is dropout?",
        "topic": "regularization",
        "tags": ["Regularization", "Neural networks"],
        "aliases": [],
        "summary": "Randomly switching units off during training to prevent overfitting.",
        "level": "easy",
        "answerHtml": "<p>Dropout randomly sets a fraction of a layer's units to zero "
        "at each training step, so the network cannot rely on any one unit. It acts as "
        "a cheap ensemble and reduces overfitting.</p>",
    },
    {
        "id": "bootstrap-sampling",
        "title": "What is bootstrap sampling?",
        "topic": "statistics",
        "tags": ["Statistics"],
        "aliases": [],
        "summary": "Resampling the data with replacement to estimate variability.",
        "level": "hard",
        "answerHtml": "<p>Draw samples of the same size as the data set "
        "<em>with replacement</em> and compute the statistic on each, to estimate its "
        "spread without a formula.</p>",
    },
    {
        "id": "cost-function",
        "title": "What is a cost function?",
        "topic": "optimization",
        "tags": ["Optimization"],
        "aliases": [],
        "summary": "A number that says how wrong the model is.",
        "answerHtml": "<p>A cost function measures how far predictions are from the "
        'targets, for example the mean squared error <span class="arithmatex">'
        "\\(J(\\theta) = \\frac{1}{n}\\sum_i (y_i - \\hat y_i)^2\\)</span>; training "
        "minimises it.</p>",
    },
]

# Stand-in for the lead's KaTeX hook: records that it was called and on what.
MATH_STUB = """window.studyGuideRenderMath = function (el) {
  window.__mathCalls = (window.__mathCalls || 0) + 1;
  el.querySelectorAll(".arithmatex").forEach(function (m) { m.setAttribute("data-rendered", ""); });
};
"""


@dataclass
class QuizSite:
    """Where the pages of a site with the quiz are: a folder opened over file://."""

    root: Path
    home: str = "index.html"
    quiz: str = "quiz.html"
    questions: dict[str, str] = field(default_factory=dict)  # id -> path from root

    def url(self, path: str, **params: str | int) -> str:
        """file:// URL of a page (path relative to the root), with query parameters."""
        query = f"?{urlencode(params)}" if params else ""
        return (self.root / path).resolve().as_uri() + query

    def question_url(self, qid: str, **params: str | int) -> str:
        """file:// URL of question ``qid``'s page."""
        return self.url(self.questions[qid], **params)


def deck(questions: list[dict], topics: list[dict]) -> dict:
    """The ``window.studyGuideDeck`` object for these questions."""
    titles = {t["slug"]: t["title"] for t in topics}
    return {
        "version": 1,
        "questions": [
            {**q, "url": f"questions/{q['id']}.html", "topicTitle": titles[q["topic"]]}
            for q in questions
        ],
        "topics": topics,
        "tags": sorted({tag for q in questions for tag in q["tags"]}),
    }


def _page(title: str, base: str, body: str, material: bool) -> str:
    """One HTML page shaped like a Material page, scripts in the contract's order."""
    prefix = "" if base == "." else base + "/"
    css = [f"{prefix}assets/stylesheets/{p.name}" for p in _material_css()] if material else []
    css.append(f"{prefix}assets/studyguide/quiz.css")
    links = "\n".join(f'<link rel="stylesheet" href="{href}">' for href in css)
    scripts = [
        "assets/harness/math.js",
        "assets/vendor/ts-fsrs/index.umd.js",
        "assets/studyguide/deck.js",
        *QUIZ_SCRIPTS,
    ]
    tags = "\n".join(f'<script src="{prefix}{src}"></script>' for src in scripts)
    config = json.dumps({"base": base, "features": [], "search": "assets/javascripts/x.js"})
    return f"""<!doctype html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{html.escape(title)} - Study guide</title>
{links}
<style>body {{ font-family: system-ui, sans-serif; }}
.harness-search__input {{ margin: 0 0 1rem; padding: .3em .5em; font: inherit;
  color: var(--md-default-fg-color); background: var(--md-default-bg-color);
  border: 1px solid var(--md-default-fg-color--lighter); }}</style>
</head>
<body dir="ltr" data-md-color-scheme="default" data-md-color-primary="indigo" data-md-color-accent="indigo">
<header class="md-header" data-md-component="header">
  <nav class="md-header__inner md-grid" aria-label="Header">
    <div class="md-header__title"><span class="md-ellipsis">Study guide</span></div>
  </nav>
</header>
<div class="md-container">
<main class="md-main"><div class="md-main__inner md-grid"><div class="md-content">
<article class="md-content__inner md-typeset">
<form class="harness-search" role="search"><input type="search" class="harness-search__input"
  placeholder="Search" aria-label="Search"></form>
{body}
</article>
</div></div></main>
</div>
<script id="__config" type="application/json">{config}</script>
{tags}
</body>
</html>
"""


def _material_css() -> list[Path]:
    """Material's own stylesheets (main and palette), if mkdocs-material is installed."""
    spec = importlib.util.find_spec("material")
    if spec is None or not spec.submodule_search_locations:
        return []
    folder = Path(next(iter(spec.submodule_search_locations)))
    return sorted((folder / "templates" / "assets" / "stylesheets").glob("*.min.css"))


def build_harness(
    dest: Path,
    questions: list[dict] | None = None,
    topics: list[dict] | None = None,
    material: bool = True,
) -> QuizSite:
    """Write the harness site into ``dest`` and return where its pages are."""
    questions = QUESTIONS if questions is None else questions
    topics = TOPICS if topics is None else topics
    dest.mkdir(parents=True, exist_ok=True)
    studyguide = dest / "assets" / "studyguide"
    studyguide.mkdir(parents=True, exist_ok=True)
    for asset in ASSETS.iterdir():
        if asset.is_file():
            shutil.copy2(asset, studyguide / asset.name)
    data = json.dumps(deck(questions, topics), indent=1, ensure_ascii=False)
    (studyguide / "deck.js").write_text(f"window.studyGuideDeck = {data};\n", encoding="utf-8")
    vendor = dest / "assets" / "vendor" / "ts-fsrs"
    vendor.mkdir(parents=True, exist_ok=True)
    shutil.copy2(TS_FSRS, vendor / "index.umd.js")
    (dest / "assets" / "harness").mkdir(exist_ok=True)
    (dest / "assets" / "harness" / "math.js").write_text(MATH_STUB, encoding="utf-8")
    if material:
        (dest / "assets" / "stylesheets").mkdir(exist_ok=True)
        for css in _material_css():
            shutil.copy2(css, dest / "assets" / "stylesheets" / css.name)

    site = QuizSite(root=dest)
    home = (
        "<h1>Interview study guide</h1>\n<p>Review: "
        '<a href="quiz.html?state=due"><span class="sg-due-count" data-sg-due></span></a>'
        "</p>\n<ul>"
        + "".join(
            f'<li><a href="questions/{q["id"]}.html">{html.escape(q["title"])}</a></li>'
            for q in questions
        )
        + "</ul>"
    )
    (dest / site.home).write_text(_page("Home", ".", home, material), encoding="utf-8")
    quiz_md = (ROOT / "docs" / "quiz.md").read_text(encoding="utf-8")
    quiz_body = (
        '<h1>Self-quiz</h1>\n<div id="sg-quiz"></div>\n' + quiz_md[quiz_md.index("<noscript>") :]
    )
    (dest / site.quiz).write_text(_page("Self-quiz", ".", quiz_body, material), encoding="utf-8")
    (dest / "questions").mkdir(exist_ok=True)
    for q in questions:
        aliases = html.escape(" ".join(q["aliases"]))
        body = (
            f"<h1>{html.escape(q['title'])}</h1>\n<p><em>{html.escape(q['summary'])}</em></p>\n"
            f'<div class="sg-card" data-sg-id="{q["id"]}" data-sg-aliases="{aliases}">'
            f'<div class="sg-answer" id="sg-answer-{q["id"]}">\n{q["answerHtml"]}\n</div></div>\n'
            '<h2 id="related">Related</h2>\n<p><a href="../quiz.html">Self-quiz</a></p>'
        )
        path = f"questions/{q['id']}.html"
        (dest / path).write_text(_page(q["title"], "..", body, material), encoding="utf-8")
        site.questions[q["id"]] = path
    return site
