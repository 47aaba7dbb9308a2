"""The generated pages' Jinja2 templates: the package's own, or a site's replacements.

The templates (``question.md.j2``, ``topic.md.j2``, ``unanswered.md.j2`` and the pieces
they include) write Markdown. A site replaces any of them by putting a file of the same
name in the plugin's ``templates_dir`` (``overrides/studyguide/`` by default), the way
Material's ``overrides/`` replace its partials. Filters: ``md`` escapes text for Markdown
(:func:`~generator.markup.markdown.escape_text`), ``attr`` for an HTML attribute,
``tojson_compact`` writes front matter, ``question_uri`` names a question's page.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

import jinja2

from ..errors import StudyGuideError
from ..markup.markdown import escape_text
from .urls import question_uri

PACKAGE_TEMPLATES = Path(__file__).with_name("templates")


def _front_matter(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


class PageTemplates:
    """Renders the generated pages; templates in ``overrides`` win over the package's."""

    def __init__(self, overrides: Path | None = None) -> None:
        folders = [str(overrides)] if overrides is not None and overrides.is_dir() else []
        self.environment = jinja2.Environment(
            loader=jinja2.FileSystemLoader([*folders, str(PACKAGE_TEMPLATES)]),
            autoescape=False,  # Markdown out: every value is escaped by the filter it needs
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            undefined=jinja2.StrictUndefined,
        )
        self.environment.filters.update(
            md=escape_text,
            attr=html.escape,
            tojson_compact=_front_matter,
            question_uri=question_uri,
        )

    def render(self, name: str, **context: Any) -> str:
        """The page ``name`` renders, ending with exactly one newline."""
        try:
            text = self.environment.get_template(name).render(**context)
        except jinja2.TemplateError as exc:
            where = getattr(exc, "filename", None) or name
            line = getattr(exc, "lineno", None) or 0
            raise StudyGuideError(str(where), line, f"template: {exc}") from None
        return text.rstrip("\n") + "\n"
