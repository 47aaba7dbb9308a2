"""One configuration: the ``studyguide`` plugin's options in ``mkdocs.yml``, for every command.

The options are declared once, as MkDocs config options (:class:`StudyGuideConfig`, the way
Material's plugins declare theirs). MkDocs validates them for a site build; the command
line reads the same file with MkDocs' own YAML loader (``!ENV``, ``INHERIT``) and
validates the same class (:func:`load_settings`), without loading the theme and every
plugin. Both end as one frozen :class:`Settings`: absolute paths and the site facts the
outputs need (:class:`SiteInfo`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import ConfigurationError

from .errors import StudyGuideError

CONFIG_FILE = Path("mkdocs.yml")
PLUGIN_NAME = "studyguide"
DEFAULT_TITLE = "Interview study guide"
QUESTIONS_DIR = "questions"
"""The site folder of question pages (``questions/<id>.md``)."""


class StudyGuideConfig(base.Config):
    """Options of the ``studyguide`` plugin (paths are relative to mkdocs.yml)."""

    questions_dir = c.Type(str, default="content/questions")
    """Folder of question files written by ``python -m generator ingest``."""
    sources_dir = c.Type(str, default="content/sources")
    """Raw dumps that ``python -m generator ingest`` reads when given no source."""
    curation = c.Type(str, default="content/curation.yaml")
    """Maintainers' decisions (merges, splits, answers, summaries) applied at ingest."""
    taxonomy = c.Type(str, default="content/taxonomy.yaml")
    """Topics and tags; a question with a tag not listed here fails the build."""
    wordlist = c.Type(str, default="content/wordlist.yaml")
    """Word list whose variants and search aliases are listed on question pages."""
    templates_dir = c.Type(str, default="overrides/studyguide")
    """Folder whose templates replace the package's page templates of the same name."""
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


class _SiteOptions(base.Config):
    """The MkDocs settings outside the plugin that the outputs use, validated as MkDocs does."""

    site_name = c.Type(str, default=DEFAULT_TITLE)
    site_url = c.Optional(c.URL(is_dir=True))
    use_directory_urls = c.Type(bool, default=True)


@dataclass(frozen=True)
class SiteInfo:
    """What the PDF and the deck need to know of the site: its name and where pages live."""

    name: str = DEFAULT_TITLE
    url: str | None = None
    """The hosted site's address, ending in ``/``; None when there is no hosted copy."""
    directory_urls: bool = True

    def page_url(self, question_id: str) -> str | None:
        """The question's page on the hosted site, or None without a site URL."""
        if not self.url:
            return None
        suffix = "/" if self.directory_urls else ".html"
        return f"{self.url}{QUESTIONS_DIR}/{question_id}{suffix}"

    def with_url(self, url: str | None) -> SiteInfo:
        """The same site at another address (a command line's ``--site-url``)."""
        if url is None:
            return self
        clean = url.strip()
        return SiteInfo(
            self.name, (clean.rstrip("/") + "/") if clean else None, self.directory_urls
        )


@dataclass(frozen=True)
class Settings:
    """Every setting of a run, paths made absolute against the folder of ``mkdocs.yml``."""

    questions: Path
    sources: Path
    curation: Path
    taxonomy: Path
    wordlist: Path
    templates: Path
    vendor: Path
    site: SiteInfo
    options: StudyGuideConfig

    @classmethod
    def from_options(
        cls, options: StudyGuideConfig, root: Path, site: SiteInfo | None = None
    ) -> Settings:
        """Settings from validated plugin options, paths relative to ``root``."""

        def path(value: str) -> Path:
            return (root / value).resolve()

        return cls(
            questions=path(options.questions_dir),
            sources=path(options.sources_dir),
            curation=path(options.curation),
            taxonomy=path(options.taxonomy),
            wordlist=path(options.wordlist),
            templates=path(options.templates_dir),
            vendor=path(options.vendor_dir),
            site=site or SiteInfo(),
            options=options,
        )


def _validated(config: base.Config, values: dict[str, Any], where: str) -> None:
    """Load and validate ``values`` into ``config``; a problem is one error naming ``where``."""
    config.load_dict(values)
    failed, _warnings = config.validate()
    if failed:
        key, problem = failed[0]
        raise StudyGuideError(where, 0, f"{key}: {problem}")


def plugin_options(plugins: Any) -> dict[str, Any]:
    """The ``studyguide`` entry's options in a ``plugins:`` list or mapping (empty if absent)."""
    if isinstance(plugins, dict):
        return dict(plugins.get(PLUGIN_NAME) or {})
    for entry in plugins or []:
        if isinstance(entry, dict) and PLUGIN_NAME in entry:
            return dict(entry[PLUGIN_NAME] or {})
    return {}


def site_info(site_name: str, site_url: str | None, directory_urls: bool) -> SiteInfo:
    """Site facts from MkDocs' validated settings."""
    return SiteInfo(site_name.strip() or DEFAULT_TITLE, None, directory_urls).with_url(site_url)


def load_settings(config_file: Path = CONFIG_FILE) -> Settings:
    """The settings in ``config_file``; paths are relative to its folder.

    Without the file every option has its default, relative to the working directory.
    Bad YAML or a bad option stops with a one-line error naming the file.
    """
    root = config_file.resolve().parent if config_file.is_file() else Path.cwd()
    data: dict[str, Any] = {}
    if config_file.is_file():
        from mkdocs.utils.yaml import yaml_load

        try:
            with config_file.open("rb") as handle:
                loaded = yaml_load(handle)
        except (OSError, ConfigurationError) as exc:
            message = " ".join(str(exc).split())
            raise StudyGuideError(str(config_file), 0, message) from None
        data = loaded if isinstance(loaded, dict) else {}
    options = StudyGuideConfig(config_file_path=str(config_file))
    _validated(options, plugin_options(data.get("plugins")), str(config_file))
    site = _SiteOptions(config_file_path=str(config_file))
    known = {
        key: data[key] for key in ("site_name", "site_url", "use_directory_urls") if key in data
    }
    _validated(site, known, str(config_file))
    return Settings.from_options(
        options, root, site_info(site.site_name, site.site_url, site.use_directory_urls)
    )
