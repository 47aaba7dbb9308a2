"""The ``studyguide`` MkDocs plugin: pages for every question file, generated at build time.

Thin by design: the options are :class:`~generator.config.StudyGuideConfig`, the content
is loaded once by :func:`~generator.content.load_content`, and each MkDocs event hook
calls into :mod:`generator.site.pages`, :mod:`generator.site.vendor`,
:mod:`generator.site.mathml` and the outputs (:mod:`generator.outputs.pdf`,
:mod:`generator.outputs.anki`). Nothing generated is written into ``docs/``;
``mkdocs serve`` rebuilds when a question file, the taxonomy or the word list changes.
"""

from __future__ import annotations

import html
import logging
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from ..atomic import write_if_changed
from ..config import Settings, StudyGuideConfig, site_info
from ..content import Content, load_content
from ..dates import Stamp, content_stamp
from ..errors import StudyGuideError
from ..outputs.anki import DECK_FILE, build_deck
from ..outputs.pdf import PdfResult, build_pdf
from .capture import inner_html
from .docrefs import link_roles
from .mathml import MathError, find_formulas, render_formulas, replace_formulas
from .pages import (
    SiteModel,
    build_model,
    build_nav,
    counts_markdown,
    deck_script,
    render_question_page,
    render_topic_page,
    render_unanswered_page,
    topics_markdown,
)
from .templates import PageTemplates
from .urls import UNANSWERED_URI, question_uri, topic_uri
from .vendor import vendored_files

log = logging.getLogger("mkdocs.plugins.studyguide")
DECK = "assets/studyguide/deck.js"
CHEATSHEET = "cheatsheet.pdf"
_T = TypeVar("_T")


class StudyGuidePlugin(BasePlugin[StudyGuideConfig]):
    """Generate question, topic and quiz-deck files from ``content/questions/``."""

    def __init__(self) -> None:
        self.settings: Settings | None = None
        self.content: Content | None = None
        self.model: SiteModel | None = None
        self.stamp: Stamp | None = None
        self.answer_html: dict[str, str] = {}
        self.page_urls: dict[str, str] = {}
        self.cheatsheet: PdfResult | None = None
        self.math_pages: list[Page] = []
        self.anki_facts: str | None = None
        self.seconds = 0.0

    @contextmanager
    def _timed(self) -> Iterator[None]:
        """Add the time spent in a hook to ``self.seconds`` (reported after the build)."""
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds += time.perf_counter() - start

    @event_priority(100)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Load the content once, restrict tags to the taxonomy, build the navigation."""
        with self._timed():
            root = Path(config.config_file_path or ".").parent
            site = site_info(config.site_name, config.site_url, config.use_directory_urls)
            self.settings = settings = Settings.from_options(self.config, root, site)
            self.answer_html, self.page_urls, self.math_pages = {}, {}, []
            try:
                self.content = content = load_content(settings)
                # pages' dates (the sitemap), the sheet's and the deck's: one rule
                self.stamp = content_stamp(settings.questions)
            except StudyGuideError as exc:
                raise PluginError(f"studyguide: {exc}") from None
            self.model = build_model(content)
            tags = config.plugins.get("material/tags")
            if tags is not None:
                from material.plugins.tags.structure.tag import Tag

                tags.config.tags_allowed = {Tag(t.title) for t in content.taxonomy.tags}
            if config.nav:
                nav = list(config.nav)
                for i, item in enumerate(nav):
                    if isinstance(item, dict) and self.config.nav_section in item:
                        config.nav = build_nav(self.model, nav[:i], nav[i + 1 :])
                        break
            return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Add a page per question and per topic, the outputs, and the vendored front-end files."""
        with self._timed():
            model = self._require(self.model)
            templates = PageTemplates(self._require(self.settings).templates)
            for question in model.questions:
                page = render_question_page(question, model, templates)
                files.append(File.generated(config, question_uri(question.id), content=page))
            for topic in model.taxonomy.topics:
                if model.in_topic(topic.slug):
                    page = render_topic_page(topic.slug, model, templates)
                    files.append(File.generated(config, topic_uri(topic.slug), content=page))
            unanswered = render_unanswered_page(model, templates)
            if unanswered is not None:
                files.append(File.generated(config, UNANSWERED_URI, content=unanswered))
            if self.config.cheatsheet:
                files.append(File.generated(config, CHEATSHEET, content=self._typeset_cheatsheet()))
            if self.config.anki_deck:
                files.append(File.generated(config, DECK_FILE, content=self._anki_deck()))
            try:
                vendored = vendored_files(self._require(self.settings).vendor)
            except StudyGuideError as exc:
                raise PluginError(f"studyguide: {exc}") from None
            for source, dest in vendored:
                files.append(File.generated(config, dest, abs_src_path=str(source)))
            return files

    def on_pre_page(self, page: Page, *, config: MkDocsConfig, files: Files) -> Page:
        """Date each page (the sitemap's ``lastmod``) like the cheat sheet, not by the build day."""
        if self.stamp is not None:
            page.update_date = self.stamp.date.isoformat()
        return page

    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        """Fill the home page's live counts; point "edit this page" at the question file."""
        with self._timed():
            model = self._require(self.model)
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
        """Keep each question's rendered answer for the quiz deck, note pages with math,
        and link the API reference's cross-references (:func:`docrefs.link_roles`)."""
        with self._timed():
            if not page.meta.get("sg_id"):  # answers are shown as written
                html_text = link_roles(html_text)
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
                rendered = render_formulas(formulas, self._require(self.settings).vendor)
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
            model = self._require(self.model)
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
        settings = self._require(self.settings)
        for path in (settings.questions, settings.taxonomy, settings.wordlist):
            server.watch(str(path))
        return server

    def _typeset_cheatsheet(self) -> bytes:
        """The cheat sheet's bytes, dated like every page."""
        settings = self._require(self.settings)
        with tempfile.TemporaryDirectory() as folder:
            try:
                self.cheatsheet = build_pdf(
                    self._require(self.content),
                    Path(folder) / CHEATSHEET,
                    site=settings.site,
                    stamp=self._require(self.stamp),
                    paper=self.config.cheatsheet_paper,
                )
            except StudyGuideError as exc:
                raise PluginError(f"studyguide: cheat sheet: {exc}") from None
            return self.cheatsheet.path.read_bytes()

    def _anki_deck(self) -> bytes:
        """The Anki deck's bytes, its notes dated like every page; noted in ``anki_facts``."""
        content = self._require(self.content)
        data = build_deck(content, self._require(self.settings).site, self._require(self.stamp))
        self.anki_facts = f"{len(content.answered)} notes, {max(1, len(data) // 1024)} KiB"
        return data

    @staticmethod
    def _require(value: _T | None) -> _T:
        """``value``, which ``on_config`` set (MkDocs calls it before every other hook)."""
        if value is None:
            raise PluginError("studyguide: the plugin's on_config did not run")
        return value
