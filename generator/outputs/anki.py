"""The guide as an Anki deck (``.apkg``): one note per answered question.

:func:`build_deck` is pure: the guide's :class:`~generator.content.Content`, where the
site lives (:class:`~generator.config.SiteInfo`) and a :class:`~generator.dates.Stamp` in,
the bytes of the package out. Same input, same bytes: every clock value genanki and
SQLite would write (note, card, note type and collection times, note and card ids, the
zip's file dates) is derived from the stamp.

Updating a deck a learner already imported must update notes, never duplicate them,
and keep their review history. Anki matches notes by GUID, so:

- the note type and the deck have fixed ids (:data:`NOTE_TYPE_ID`, :func:`deck_id`);
- a note's GUID comes from one id of its question (:func:`guid_key`): its first
  alias when it has aliases (a renamed question keeps the id it had before the
  rename as an alias; a merged question keeps the ids it absorbed), else its id;
- notes are stamped with the build date, and Anki updates an existing note only
  from a newer one, so a deck built later wins over one built earlier.

The back of a card is the answer rendered to HTML with Python-Markdown and the
extensions of the site that change what an answer looks like (tables, fenced code
with Pygments classes, math). Math is left for Anki's own MathJax as ``\\(…\\)`` and
``\\[…\\]``; nothing in a card loads anything from the web.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import io
import itertools
import re
import sqlite3
import zipfile
from dataclasses import dataclass
from pathlib import Path

import genanki
import markdown
from pygments.formatters import HtmlFormatter

from ..atomic import write_if_changed
from ..config import SiteInfo
from ..content import Content
from ..dates import Stamp
from ..model import Question, Taxonomy

DECK_FILE = "studyguide.apkg"
TAG_ROOT = "studyguide"
# Random once (Anki's own range for ids), then fixed forever: Anki recognises the note
# type by this id, so changing it would make every learner's notes a new note type.
NOTE_TYPE_ID = 1_764_209_377
NOTE_TYPE_NAME = "Study guide question"
FIELDS = ("Question", "Answer", "Summary", "Topic", "Tags list", "Level", "Link")
# The Markdown extensions of mkdocs.yml that change how an answer renders; the others
# (toc permalinks, admonitions, the site's attribute lists) do not occur in answers.
MARKDOWN_EXTENSIONS = (
    "tables",
    "attr_list",
    "md_in_html",
    "pymdownx.superfences",
    "pymdownx.escapeall",
    "pymdownx.arithmatex",
)
MARKDOWN_CONFIG = {
    "pymdownx.escapeall": {"hardbreak": True, "nbsp": False},
    "pymdownx.arithmatex": {"generic": True},  # \(…\) and \[…\]: what MathJax reads
}

FRONT = '<div class="sg-question">{{Question}}</div>'
BACK = """{{FrontSide}}
<hr id="answer">
{{#Summary}}<p class="sg-summary"><strong>In short:</strong> {{Summary}}</p>{{/Summary}}
<div class="sg-answer">{{Answer}}</div>
<p class="sg-meta">{{Topic}}{{#Tags list}} · {{Tags list}}{{/Tags list}}\
{{#Level}} · level: {{Level}}{{/Level}}</p>
{{#Link}}<p class="sg-link"><a href="{{text:Link}}">Open this question in the study guide</a></p>{{/Link}}"""

CARD_CSS = """/* Study guide cards: system fonts only, light and night mode. */
.card {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 18px;
  line-height: 1.5;
  text-align: left;
  color: #1f2328;
  background-color: #ffffff;
  max-width: 46em;
  margin: 0 auto;
  padding: 0 0.75em;
}
.sg-question { font-size: 1.25em; font-weight: 600; margin: 0.5em 0; }
.sg-summary { background: #eef2fb; border-left: 4px solid #3f51b5; padding: 0.4em 0.7em; }
.sg-meta { font-size: 0.8em; color: #59636e; margin-top: 1.5em; }
.sg-link { font-size: 0.8em; }
a { color: #3949ab; }
table { border-collapse: collapse; margin: 0.75em 0; }
th, td { border: 1px solid #d1d9e0; padding: 0.25em 0.6em; vertical-align: top; }
th { background: #f6f8fa; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace;
  font-size: 0.9em; background: #f6f8fa; padding: 0.1em 0.3em; border-radius: 3px; }
pre { overflow-x: auto; padding: 0.6em 0.8em; border-radius: 4px; background: #f6f8fa;
  line-height: 1.35; }
pre code { background: none; padding: 0; font-size: 0.85em; }
.arithmatex { overflow-x: auto; }
.nightMode.card, .night_mode .card, .nightMode .card {
  color: #e6edf3; background-color: #1e1e1e;
}
.nightMode .sg-summary, .night_mode .sg-summary { background: #262c3d; border-left-color: #ffc107; }
.nightMode .sg-meta, .night_mode .sg-meta { color: #9198a1; }
.nightMode a, .night_mode a { color: #8ab4f8; }
.nightMode th, .nightMode td, .night_mode th, .night_mode td { border-color: #3d444d; }
.nightMode th, .night_mode th { background: #262a30; }
.nightMode code, .nightMode pre, .night_mode code, .night_mode pre { background: #262a30; }
.nightMode pre code, .night_mode pre code { background: none; }
"""


_TOKEN_RULE = re.compile(r"^(?:\.nightMode )?\.highlight \.")


def _code_css() -> str:
    """Pygments colours for highlighted code: a light style, and a dark one for night mode.

    Only the token rules are kept: the card CSS sets the code block's own background.
    """
    light = HtmlFormatter(style="default").get_style_defs(".highlight")
    dark = HtmlFormatter(style="monokai").get_style_defs(
        [".nightMode .highlight", ".night_mode .highlight"]
    )
    rules = [line for line in f"{light}\n{dark}".splitlines() if _TOKEN_RULE.match(line)]
    return "\n".join(rules) + "\n"


@dataclass(frozen=True)
class AnkiResult:
    """What :func:`write_deck` wrote."""

    path: Path
    notes: int
    size: int


def guid_key(question: Question) -> str:
    """The id a question's note GUID comes from: its first alias if it has any, else its id.

    Ingest keeps a question's former ids as sorted ``aliases``: a question renamed once,
    or one that absorbed others in a merge, keeps the GUID of a note the learner already
    has. (A second rename whose old id sorts before the first one moves the GUID.)
    """
    return min(question.aliases) if question.aliases else question.id


def note_guid(question: Question) -> str:
    """The note's GUID (Anki's base-91 form), stable for the question's life."""
    return str(genanki.guid_for(TAG_ROOT, guid_key(question)))


def deck_id(title: str) -> int:
    """A stable deck id for a guide's title (renaming the guide makes a new deck)."""
    digest = hashlib.sha256(f"{TAG_ROOT} deck {title}".encode()).digest()
    return (1 << 30) | int.from_bytes(digest[:4], "big") >> 2


def _tag_part(text: str) -> str:
    """A piece of an Anki tag: no spaces, no ``::``."""
    return re.sub(r"\s+", "-", text.strip()).replace("::", "-")


def note_tags(question: Question, taxonomy: Taxonomy) -> tuple[str, ...]:
    """Hierarchical tags: the question's topic, each tag under its topic, and its level."""
    tags = [f"{TAG_ROOT}::{question.topic}"]
    for slug in question.tags:
        tags.append(f"{TAG_ROOT}::{taxonomy.tag(slug).topic}::{slug}")
    if question.level:
        tags.append(f"{TAG_ROOT}::level::{_tag_part(question.level)}")
    return tuple(sorted(dict.fromkeys(tags)))


def _markdown() -> markdown.Markdown:
    return markdown.Markdown(
        extensions=list(MARKDOWN_EXTENSIONS), extension_configs=MARKDOWN_CONFIG
    )


def answer_html(text: str) -> str:
    """An answer's Markdown as HTML, rendered as the site renders it."""
    return str(_markdown().convert(text)).strip()


def inline_html(text: str) -> str:
    """One line of Markdown (a summary) as HTML without the paragraph around it."""
    rendered = answer_html(text)
    match = re.fullmatch(r"<p>(.*)</p>", rendered, re.DOTALL)
    return match.group(1) if match else rendered


def note_type() -> genanki.Model:
    """The guide's own note type: its fields, card template and CSS."""
    return genanki.Model(
        NOTE_TYPE_ID,
        NOTE_TYPE_NAME,
        fields=[{"name": name} for name in FIELDS],
        templates=[{"name": "Question → answer", "qfmt": FRONT, "afmt": BACK}],
        css=CARD_CSS + _code_css(),
        sort_field_index=0,
    )


def note_fields(question: Question, taxonomy: Taxonomy, site: SiteInfo) -> list[str]:
    """The note's fields, in the order of :data:`FIELDS`, as HTML."""
    return [
        html.escape(question.title, quote=False),
        answer_html(question.answer),
        inline_html(question.summary) if question.summary.strip() else "",
        html.escape(taxonomy.topic(question.topic).title, quote=False),
        html.escape(", ".join(taxonomy.tag(t).title for t in question.tags), quote=False),
        html.escape(question.level or "", quote=False),
        html.escape(site.page_url(question.id) or ""),
    ]


def build_deck(content: Content, site: SiteInfo, stamp: Stamp) -> bytes:
    """The ``.apkg`` of every answered question, in the guide's order; byte-identical per input.

    ``stamp`` dates the notes, cards and note type; ``site`` names the deck (its title)
    and makes each note's link (none without a site URL).
    """
    seconds = stamp.seconds
    model = note_type()
    deck = genanki.Deck(
        deck_id(site.name),
        site.name,
        description=f"{site.name}: one note per question."
        + (f" Site: {site.url}" if site.url else ""),
    )
    for position, question in enumerate(content.answered):
        deck.add_note(
            genanki.Note(
                model=model,
                fields=note_fields(question, content.taxonomy, site),
                tags=list(note_tags(question, content.taxonomy)),
                guid=note_guid(question),
                due=position,
            )
        )
    connection = sqlite3.connect(":memory:")
    try:
        cursor = connection.cursor()
        ids = itertools.count(seconds * 1000)
        genanki.Package(deck).write_to_db(cursor, seconds, ids)
        cursor.execute("UPDATE col SET crt = ?, mod = ?", (seconds, seconds * 1000))
        connection.commit()
        database = connection.serialize()
    finally:
        connection.close()
    return _zip({"collection.anki2": database, "media": b"{}"}, stamp.moment.date())


def _zip(members: dict[str, bytes], date: dt.date) -> bytes:
    """A zip of ``members`` in order, every entry dated ``date`` (no clock, no file mode)."""
    moment = (max(date.year, 1980), date.month, date.day, 0, 0, 0)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=moment)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data, compresslevel=9)
    return buffer.getvalue()


def write_deck(path: Path, content: Content, site: SiteInfo, stamp: Stamp) -> AnkiResult:
    """Build the deck and write it to ``path`` (left as it was if the bytes are the same)."""
    data = build_deck(content, site, stamp)
    write_if_changed(path, data)
    return AnkiResult(path, len(content.answered), len(data))
