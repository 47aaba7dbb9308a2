"""The ``studyguide`` MkDocs plugin: pages for every question file, generated at build time.

Thin by design: typed options, MkDocs event hooks, and calls into
:mod:`generator.site.pages`. Nothing generated is written into ``docs/``; ``mkdocs serve``
rebuilds when a question file, the taxonomy or the word list changes.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import os
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from ..errors import StudyGuideError
from ..ingest.writer import write_if_changed
from ..loaders import load_taxonomy, load_wordlist
from ..outputs.anki import DECK_FILE, build_deck
from ..outputs.pdf import PdfResult, build_pdf, sheet_date
from ..questionfile import read_question_folder
from .mathml import MathError, find_formulas, render_formulas, replace_formulas
from .pages import (
    UNANSWERED_URI,
    SiteModel,
    build_model,
    build_nav,
    check_questions,
    counts_markdown,
    deck_script,
    question_uri,
    render_question_page,
    render_topic_page,
    render_unanswered_page,
    topic_uri,
    topics_markdown,
)

# Files the site serves from npm packages (installed by `npm ci`), as (source, destination).
VENDOR_FILES = (
    ("iframe-worker/shim/index.js", "assets/vendor/iframe-worker/shim.js"),
    ("katex/dist/katex.min.css", "assets/vendor/katex/katex.min.css"),
    ("ts-fsrs/dist/index.umd.js", "assets/vendor/ts-fsrs/index.umd.js"),
)
VENDOR_GLOBS = (("katex/dist/fonts", "*.woff2", "assets/vendor/katex/fonts"),)
log = logging.getLogger("mkdocs.plugins.studyguide")
DECK = "assets/studyguide/deck.js"
CHEATSHEET = "cheatsheet.pdf"


class StudyGuideConfig(base.Config):
    """Options of the ``studyguide`` plugin (paths are relative to mkdocs.yml)."""

    questions_dir = c.Type(str, default="content/questions")
    """Folder of question files written by ``python -m generator ingest``."""
    taxonomy = c.Type(str, default="content/taxonomy.yaml")
    """Topics and tags; a question with a tag not listed here fails the build."""
    wordlist = c.Type(str, default="content/wordlist.yaml")
    """Word list whose variants and search aliases are listed on question pages."""
    vendor_dir = c.Type(str, default="node_modules")
    """Where ``npm ci`` installed KaTeX, iframe-worker and ts-fsrs."""
    nav_section = c.Type(str, default="Topics")
    """Title of the nav entry replaced by one section per topic."""
    cheatsheet = c.Type(bool, default=True)
    """Typeset the PDF cheat sheet into the site as ``cheatsheet.pdf`` (see :mod:`generator.outputs.pdf`)."""
    cheatsheet_paper = c.Choice(("a4", "us-letter"), default="a4")
    """Paper size of the cheat sheet."""
    anki_deck = c.Type(bool, default=True)
    """Write the Anki deck into the site as ``studyguide.apkg`` (see :mod:`generator.outputs.anki`)."""
    edit_uri_questions = c.Optional(c.Type(str))
    """Path below ``repo_url`` for "edit this page" on question pages, e.g. ``edit/main/content/questions/``."""


class _ElementCapture(HTMLParser):
    """Find the inner HTML of the first element with a given id."""

    def __init__(self, element_id: str) -> None:
        super().__init__(convert_charrefs=False)
        self.element_id = element_id
        self.depth = 0
        self.start: int | None = None
        self.end: int | None = None
        self.offsets: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.end is not None or tag in ("br", "img", "hr", "input", "meta", "link", "wbr"):
            return
        if self.start is None:
            if dict(attrs).get("id") == self.element_id:
                self.start = self._offset() + len(self.get_starttag_text() or "")
                self.depth = 1
        else:
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if self.start is None or self.end is not None:
            return
        self.depth -= 1
        if self.depth == 0:
            self.end = self._offset()

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.offsets[line - 1] + column

    def capture(self, text: str) -> str:
        offsets, total = [], 0
        for line in text.splitlines(keepends=True):
            offsets.append(total)
            total += len(line)
        self.offsets = offsets or [0]
        self.feed(text)
        self.close()
        if self.start is None or self.end is None:
            return ""
        return text[self.start : self.end].strip()


def inner_html(document: str, element_id: str) -> str:
    """The inner HTML of the element with ``element_id`` in ``document`` ('' if absent)."""
    return _ElementCapture(element_id).capture(document)


class StudyGuidePlugin(BasePlugin[StudyGuideConfig]):
    """Generate question, topic and quiz-deck files from ``content/questions/``."""

    def __init__(self) -> None:
        self.model: SiteModel | None = None
        self.root = Path(".")
        self.answer_html: dict[str, str] = {}
        self.page_urls: dict[str, str] = {}
        self.cheatsheet: PdfResult | None = None
        self.math_pages: list[Page] = []
        self.anki_facts: str | None = None
        self.seconds = 0.0
        self.content_day: dt.date | None = None

    @contextmanager
    def _timed(self) -> Iterator[None]:
        """Add the time spent in a hook to ``self.seconds`` (reported after the build)."""
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds += time.perf_counter() - start

    def _path(self, value: str) -> Path:
        return (self.root / value).resolve()

    @event_priority(100)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Load questions and taxonomy, restrict tags to the taxonomy, build the navigation."""
        with self._timed():
            self.root = Path(config.config_file_path or ".").parent
            self.content_day = self._content_date()  # pages' dates (sitemap), like the sheet's
            self.answer_html, self.page_urls, self.math_pages = {}, {}, []
            try:
                taxonomy = load_taxonomy(self._path(self.config.taxonomy))
                words = load_wordlist(self._path(self.config.wordlist))
                folder = self._path(self.config.questions_dir)
                questions = read_question_folder(folder)
                check_questions(questions, taxonomy, self.config.questions_dir)
            except StudyGuideError as exc:
                raise PluginError(f"studyguide: {exc}") from None
            if not questions:
                raise PluginError(f"studyguide: no question files in {self.config.questions_dir}")
            self.model = build_model(questions, taxonomy, words)
            tags = config.plugins.get("material/tags")
            if tags is not None:
                from material.plugins.tags.structure.tag import Tag

                tags.config.tags_allowed = {Tag(t.title) for t in taxonomy.tags}
            if config.nav:
                nav = list(config.nav)
                for i, item in enumerate(nav):
                    if isinstance(item, dict) and self.config.nav_section in item:
                        config.nav = build_nav(self.model, nav[:i], nav[i + 1 :])
                        break
            return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Add a page per question and per topic, and the vendored front-end files."""
        with self._timed():
            model = self._require_model()
            for question in model.questions:
                files.append(
                    File.generated(
                        config,
                        question_uri(question.id),
                        content=render_question_page(question, model),
                    )
                )
            for topic in model.taxonomy.topics:
                if model.in_topic(topic.slug):
                    files.append(
                        File.generated(
                            config,
                            topic_uri(topic.slug),
                            content=render_topic_page(topic.slug, model),
                        )
                    )
            unanswered = render_unanswered_page(model)
            if unanswered is not None:
                files.append(File.generated(config, UNANSWERED_URI, content=unanswered))
            if self.config.cheatsheet:
                files.append(
                    File.generated(config, CHEATSHEET, content=self._typeset_cheatsheet(config))
                )
            if self.config.anki_deck:
                files.append(File.generated(config, DECK_FILE, content=self._anki_deck(config)))
            vendor = self._path(self.config.vendor_dir)
            wanted = [(vendor / src, dest) for src, dest in VENDOR_FILES]
            for folder, pattern, dest in VENDOR_GLOBS:
                wanted += [(p, f"{dest}/{p.name}") for p in sorted((vendor / folder).glob(pattern))]
            for source, dest in wanted:
                if not source.is_file():
                    raise PluginError(
                        f"studyguide: {source} is missing; run `npm ci` (make setup) first"
                    )
                files.append(File.generated(config, dest, abs_src_path=str(source)))
            return files

    def on_pre_page(self, page: Page, *, config: MkDocsConfig, files: Files) -> Page:
        """Date each page (the sitemap's ``lastmod``) like the cheat sheet, not by the build day."""
        if self.content_day is not None:
            page.update_date = self.content_day.isoformat()
        return page

    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        """Fill the home page's live counts; point "edit this page" at the question file."""
        with self._timed():
            model = self._require_model()
            question_id = page.meta.get("sg_id")
            if question_id:
                self.page_urls[question_id] = page.file.url
                if config.repo_url and self.config.edit_uri_questions:
                    page.edit_url = f"{config.repo_url.rstrip('/')}/{self.config.edit_uri_questions}{question_id}.md"
                return markdown
            markdown = markdown.replace("<!-- studyguide:counts -->", counts_markdown(model))
            if self.cheatsheet is not None:
                sheet = self.cheatsheet
                facts = (
                    f"{sheet.questions} questions in {sheet.topics} topics on {sheet.pages} "
                    f"{self.config.cheatsheet_paper.upper().replace('US-', 'US ')} pages ({sheet.size // 1024} KiB)"
                )
                if sheet.site_url:
                    facts += f"; each title links to its page on {sheet.site_url}"
                markdown = markdown.replace("<!-- studyguide:cheatsheet -->", facts)
            if self.anki_facts is not None:
                markdown = markdown.replace("<!-- studyguide:anki -->", self.anki_facts)
            depth = page.file.src_uri.count("/")
            return markdown.replace(
                "<!-- studyguide:topics -->", topics_markdown(model, "../" * depth)
            )

    def on_page_content(
        self, html_text: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        """Keep each question's rendered answer for the quiz deck, and note pages with math."""
        with self._timed():
            if find_formulas(html_text):
                self.math_pages.append(page)
                page.meta["sg_math"] = True  # overrides/main.html links KaTeX's stylesheet
            question_id = page.meta.get("sg_id")
            if question_id:
                self.answer_html[question_id] = inner_html(
                    html_text, f"sg-answer-{html.escape(question_id)}"
                )
            return html_text

    def on_env(self, env: Any, *, config: MkDocsConfig, files: Files) -> Any:
        """Typeset every page's math in one KaTeX run (after all pages are rendered)."""
        with self._timed():
            formulas = [f for page in self.math_pages for f in find_formulas(page.content or "")]
            formulas += [f for answer in self.answer_html.values() for f in find_formulas(answer)]
            try:
                rendered = render_formulas(formulas, self._path(self.config.vendor_dir))
            except MathError as exc:
                where = next(
                    (
                        p.file.src_uri
                        for p in self.math_pages
                        if exc.formula in find_formulas(p.content or "")
                    ),
                    "a page",
                )
                raise PluginError(f"studyguide: {where}: {exc}") from None
            for page in self.math_pages:
                page.content = replace_formulas(page.content or "", rendered)
            self.answer_html = {
                qid: replace_formulas(answer, rendered) for qid, answer in self.answer_html.items()
            }
        return env

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Write the quiz deck with every question's answer."""
        with self._timed():
            model = self._require_model()
            script = deck_script(model, self.answer_html, self.page_urls)
            write_if_changed(Path(config.site_dir) / DECK, script)
        log.info(
            "studyguide: %d question pages, %d topic pages, quiz deck%s in %.2f s of plugin time",
            len(model.questions),
            sum(1 for t in model.taxonomy.topics if model.in_topic(t.slug)),
            f", cheat sheet ({self.cheatsheet.pages} pages)" if self.cheatsheet else "",
            self.seconds,
        )

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        """Rebuild when question files, the taxonomy or the word list change."""
        for value in (self.config.questions_dir, self.config.taxonomy, self.config.wordlist):
            server.watch(str(self._path(value)))
        return server

    def _typeset_cheatsheet(self, config: MkDocsConfig) -> bytes:
        """The cheat sheet's bytes, dated by the last commit that changed the questions."""
        with tempfile.TemporaryDirectory() as folder:
            try:
                self.cheatsheet = build_pdf(
                    self._path(self.config.questions_dir),
                    Path(folder) / CHEATSHEET,
                    paper=self.config.cheatsheet_paper,
                    date=self._content_date(),
                    taxonomy=self._path(self.config.taxonomy),
                    mkdocs_config=Path(config.config_file_path or "mkdocs.yml"),
                )
            except StudyGuideError as exc:
                raise PluginError(f"studyguide: cheat sheet: {exc}") from None
            return self.cheatsheet.path.read_bytes()

    def _anki_deck(self, config: MkDocsConfig) -> bytes:
        """The Anki deck's bytes, its notes dated like the cheat sheet; notes it in ``anki_facts``."""
        model = self._require_model()
        try:
            _, stamp = sheet_date(self._content_date())
        except StudyGuideError as exc:
            raise PluginError(f"studyguide: Anki deck: {exc}") from None
        data = build_deck(
            model.questions,
            model.taxonomy,
            config.site_url or None,
            dt.datetime.fromtimestamp(stamp, dt.UTC),
            title=config.site_name,
            directory_urls=config.use_directory_urls,
        )
        notes = sum(1 for q in model.questions if q.answered)
        self.anki_facts = f"{notes} notes, {max(1, len(data) // 1024)} KiB"
        return data

    def _content_date(self) -> dt.date | None:
        """Date of the last commit touching the question files, so rebuilds are byte-identical.

        None (the PDF module then uses SOURCE_DATE_EPOCH or today) outside a git checkout.
        """
        if os.environ.get("SOURCE_DATE_EPOCH"):
            return None
        folder = self._path(self.config.questions_dir)
        try:
            out = subprocess.run(
                ["git", "log", "-1", "--format=%cs", "--", "."],
                cwd=folder,
                capture_output=True,
                text=True,
                check=True,
                timeout=10,
            ).stdout.strip()
            return dt.date.fromisoformat(out) if out else None
        except (OSError, subprocess.SubprocessError, ValueError):
            return None

    def _require_model(self) -> SiteModel:
        if self.model is None:
            raise PluginError("studyguide: the plugin's on_config did not run")
        return self.model
