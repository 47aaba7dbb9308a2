"""The printable PDF cheat sheet: every question's title and summary, grouped by topic.

Pipeline: question files (read with :mod:`generator.questionfile`) -> titles and
summaries converted from Markdown with ``$...$`` LaTeX math to Typst markup by pandoc
(one pandoc run for the whole sheet) -> one Typst document -> PDF with the ``typst``
package, using only the fonts built into it (system fonts are ignored, so every
machine produces the same file).

Order: topics in taxonomy order; within a topic, questions by title (case-folded),
then by id. Nothing printed depends on the clock unless no date is given: the date is
``date=``, else ``SOURCE_DATE_EPOCH``, else today (UTC); the same input and date give
a byte-identical PDF.

Only what is printed is typeset: the title and the ``summary`` (which curation can
override at ingest). A title or summary that pandoc or Typst cannot typeset, or that
would leave raw LaTeX (``\\frac``, a stray ``$``) in the sheet, stops the build with a
:class:`~generator.errors.PdfError` naming the question file and line.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pypandoc
import typst
import yaml

from ..errors import PdfError
from ..loaders import load_taxonomy
from ..markup.markdown import escape_text
from ..model import Question, Taxonomy
from ..questionfile import read_question_file
from ..site.pages import order_questions

PAPERS = {"a4": "a4", "us-letter": "us-letter"}
DEFAULT_TITLE = "Interview study guide"
# Where the full answers are when no site_url names a hosted copy of the site.
BUILT_SITE_HINT = "full answers: the study guide's site (make build writes it to site/index.html)"
BODY_FONT = "Libertinus Serif"
MIN_FONT_SIZE = 7.5
# Markdown as the question files write it, with every way of passing markup through
# unconverted turned off: raw HTML and raw TeX would be dropped silently by the Typst
# writer, and ``@word`` would become a citation.
PANDOC_FROM = (
    "markdown+tex_math_dollars-citations-raw_html-raw_tex-raw_attribute"
    "-yaml_metadata_block-auto_identifiers-implicit_figures"
)
PANDOC_ARGS = ["--wrap=none", "--fail-if-warnings"]
_SEPARATOR = "SGPDFSNIPPET"
_SEPARATOR_LINE = re.compile(rf"^{_SEPARATOR}(\d+)$", re.MULTILINE)
# A LaTeX command that reached the Typst text as literal characters (``\\frac``).
_RAW_COMMAND = re.compile(r"\\\\[A-Za-z]+")
# What the built-in fonts (Libertinus Serif, then New Computer Modern as fallback)
# draw; any other character would print as an empty box, so it is an error. Ranges
# and exceptions found by rendering every character against the box glyph.
_COVERED = (
    (0x20, 0x7E),
    (0xA0, 0x4FF),  # Latin-1, Latin Extended, IPA, Greek, Cyrillic
    (0x1E00, 0x1EFF),
    (0x2000, 0x20CF),  # punctuation, super- and subscripts, currency
    (0x2100, 0x214F),
    (0x2190, 0x25FF),  # arrows, mathematical operators, technical, shapes
    (0x27C0, 0x27EF),
    (0x2900, 0x2AFF),
    (0xFB00, 0xFB06),
)
_UNCOVERED = frozenset({0x2041, 0x2043, 0x2053, 0x211F, 0x2121, 0x2123, 0x2125})
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

# typst's stubs tie ``input`` and ``root`` to one type variable (both str or both bytes);
# we pass the source as bytes and the root as a path string, which typst accepts.
_typst: Any = typst


@dataclass(frozen=True)
class PdfResult:
    """What :func:`build_pdf` wrote."""

    path: Path
    questions: int
    topics: int
    pages: int
    size: int
    site_url: str | None


@dataclass(frozen=True)
class _Snippet:
    """One piece of Markdown to typeset, and where it came from (for errors)."""

    markdown: str
    path: str
    line: int
    field: str


class _AnyTagLoader(yaml.SafeLoader):
    """A safe loader that reads MkDocs' ``!!python/name:`` and ``!ENV`` tags as None."""


_AnyTagLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def read_mkdocs_config(path: Path) -> dict[str, Any]:
    """The mapping in an ``mkdocs.yml`` (unknown tags read as None); empty if there is none."""
    if not path.is_file():
        return {}
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_AnyTagLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise PdfError(str(path), 0, f"cannot read MkDocs configuration: {exc}") from None
    return data if isinstance(data, dict) else {}


def sheet_date(date: dt.date | None = None) -> tuple[dt.date, int]:
    """The date printed on the sheet and the PDF timestamp (Unix seconds) to embed.

    ``date`` if given, else ``SOURCE_DATE_EPOCH``, else today (UTC). The timestamp is
    ``SOURCE_DATE_EPOCH`` itself when that decides, else midnight UTC of the date.
    """
    if date is None:
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        if epoch:
            if not epoch.isdigit():
                raise PdfError("SOURCE_DATE_EPOCH", 0, f"not a whole number of seconds: {epoch!r}")
            stamp = int(epoch)
            try:
                return dt.datetime.fromtimestamp(stamp, dt.UTC).date(), stamp
            except (OverflowError, OSError, ValueError):
                raise PdfError("SOURCE_DATE_EPOCH", 0, f"out of range: {epoch}") from None
        date = dt.datetime.now(dt.UTC).date()
    midnight = dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC)
    return date, int(midnight.timestamp())


def _typst_string(text: str) -> str:
    """A Typst string literal."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    escaped = escaped.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    return f'"{escaped}"'


def _title_markdown(title: str) -> str:
    """A title (plain text) as one Markdown paragraph: escaped like every title of the site,
    and a leading ``1.``, ``-`` or ``+`` is not a list."""
    title = escape_text(" ".join(title.split()))
    title = re.sub(r"^(\d+)([.)])(\s)", r"\1\\\2\3", title)
    return re.sub(r"^([-+|:])", r"\\\1", title)


def _convert(markdowns: Sequence[str]) -> list[str] | None:
    """Convert Markdown snippets to Typst markup in one pandoc run; None if pandoc fails.

    Pandoc's warnings (such as math it cannot convert) count as failures.
    """
    if not markdowns:
        return []
    parts = []
    for number, markdown in enumerate(markdowns):
        parts.append(f"{_SEPARATOR}{number}\n\n{markdown.strip()}\n\n")
    try:
        out = pypandoc.convert_text(
            "".join(parts), "typst", format=PANDOC_FROM, extra_args=PANDOC_ARGS
        )
    except RuntimeError:
        return None
    pieces = _SEPARATOR_LINE.split(out.replace("\r\n", "\n"))
    numbers = [int(n) for n in pieces[1::2]]
    if numbers != list(range(len(markdowns))):
        return None  # something swallowed a separator (an unclosed code fence, say)
    return [piece.strip() for piece in pieces[2::2]]


def has_glyph(char: str) -> bool:
    """Whether the sheet's built-in fonts draw ``char`` (spaces and format marks count)."""
    code = ord(char)
    category = unicodedata.category(char)
    if category in ("Cc", "Cf", "Zs", "Zl", "Zp"):
        return True
    if category in ("Cn", "Co", "Cs"):  # unassigned, private use, lone surrogates
        return False
    return code not in _UNCOVERED and any(low <= code <= high for low, high in _COVERED)


def _missing_glyph(markdown: str) -> str | None:
    """Describe the first character the fonts cannot draw, or None."""
    for char in markdown:
        if not has_glyph(char):
            return f"no glyph for {char!r} (U+{ord(char):04X}) in the built-in fonts"
    return None


def _leftover_latex(markdown: str, typst_markup: str) -> str | None:
    """Describe LaTeX that pandoc passed through as literal text, or None if there is none."""
    command = _RAW_COMMAND.search(typst_markup)
    if command:
        return f"LaTeX {command.group(0)[1:]!r} outside math would print as raw text"
    # pandoc escapes a literal dollar as \$; one the author did not escape is
    # math that was never closed (or a price that should be written \$5).
    if typst_markup.count("\\$") > markdown.count("\\$"):
        return "a '$' that does not open or close math (write \\$ for a dollar sign)"
    return None


def _pandoc_failure(snippet: _Snippet) -> PdfError:
    """The error for a snippet that fails on its own (or was part of a failing batch)."""
    message = f"cannot typeset the {snippet.field}: pandoc cannot convert its Markdown or math"
    try:
        pypandoc.convert_text(snippet.markdown, "typst", format=PANDOC_FROM, extra_args=PANDOC_ARGS)
    except RuntimeError as exc:
        text = str(exc)
        warning = re.search(r"\[(?:WARNING|ERROR)\]\s*(.+)", text)
        detail = warning.group(1) if warning else text.strip().splitlines()[-1]
        detail = re.sub(r", rendering as TeX:?$", "", detail.strip())
        reason = re.search(r"\^\n\s*(.+)", text)  # pandoc's parser message under the caret
        if reason:
            detail += f" ({reason.group(1).strip()})"
        message = f"cannot typeset the {snippet.field}: {detail[:200]}"
    return PdfError(snippet.path, snippet.line, message)


def _to_typst(snippets: Sequence[_Snippet]) -> list[str]:
    """Typst markup for every snippet; PdfError naming the first file that cannot be typeset."""
    for snippet in snippets:
        problem = _missing_glyph(snippet.markdown)
        if problem:
            raise PdfError(
                snippet.path, snippet.line, f"cannot typeset the {snippet.field}: {problem}"
            )
    converted = _convert([s.markdown for s in snippets])
    if converted is None:
        # Find the culprit by bisection: a handful of pandoc runs, not one per question.
        suspects = list(snippets)
        while len(suspects) > 1:
            half = suspects[: len(suspects) // 2]
            suspects = (
                half if _convert([s.markdown for s in half]) is None else suspects[len(half) :]
            )
        raise _pandoc_failure(suspects[0])
    for snippet, markup in zip(snippets, converted, strict=True):
        if snippet.field == "title":
            continue  # a title is plain text, escaped: LaTeX in it prints as written
        problem = _leftover_latex(snippet.markdown, markup)
        if problem:
            raise PdfError(
                snippet.path, snippet.line, f"cannot typeset the {snippet.field}: {problem}"
            )
    return [apostrophes(markup) for markup in converted]


# Math and raw text in Typst markup, where a quote mark means what it says (a prime in math).
_TYPST_VERBATIM = re.compile(r"((?<!\\)\$(?:\\.|[^$\\])*\$|`[^`]*`)")


def apostrophes(markup: str) -> str:
    """Typst markup with each apostrophe between two word characters typeset as ’.

    Typst's smart quotes turn a ``'`` after a digit into a prime (``layer 4′s``); an
    explicit ’ is an apostrophe everywhere. Math and raw text are left as they are.
    """
    pieces = _TYPST_VERBATIM.split(markup)
    for k in range(0, len(pieces), 2):
        pieces[k] = re.sub(r"(?<=\w)'(?=\w)", "\u2019", pieces[k])
    return "".join(pieces)


def _field_line(path: Path, field: str) -> int:
    """The line of a front matter field in a question file (0 if not found)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return 0
    for number, line in enumerate(lines, start=1):
        if line.startswith(f"{field}:"):
            return number
    return 0


def _sorted_questions(
    files: Sequence[tuple[Path, Question]], taxonomy: Taxonomy
) -> list[tuple[str, list[tuple[Path, Question]]]]:
    """Questions grouped by topic title, in the site's order (:func:`generator.site.pages.order_questions`)."""
    groups: dict[str, list[tuple[Path, Question]]] = {t.slug: [] for t in taxonomy.topics}
    for path, question in files:
        if question.topic not in groups:
            line = _field_line(path, "topic")
            raise PdfError(
                str(path), line, f"unknown topic {question.topic!r} (not in the taxonomy)"
            )
    rank = {
        id(question): i
        for i, question in enumerate(order_questions((q for _, q in files), taxonomy))
    }
    for path, question in sorted(files, key=lambda pq: rank[id(pq[1])]):
        groups[question.topic].append((path, question))
    result = []
    for topic in taxonomy.topics:
        members = groups[topic.slug]
        if members:
            result.append((topic.title, members))
    return result


def _long_date(date: dt.date) -> str:
    return f"{date.day} {_MONTHS[date.month - 1]} {date.year}"


def cheatsheet_source(
    sections: Sequence[tuple[str, Sequence[tuple[str, str, str | None]]]],
    *,
    title: str = DEFAULT_TITLE,
    date: dt.date,
    paper: str = "a4",
    site_url: str | None = None,
    columns: int = 3,
    font_size: float = 8.0,
    breaks: frozenset[int] = frozenset(),
) -> tuple[str, list[tuple[int, int]]]:
    """The Typst source of the sheet, and the line span (first, last) of every entry.

    ``sections`` are ``(topic title, [(title markup, summary markup, url or None)])``
    with titles and summaries already in Typst markup. Every text on the sheet is set
    at ``font_size`` points or larger. Each entry records where it starts and ends
    (metadata with ``sg`` "start" and "end", for :func:`balance_breaks`); a column
    break goes before each entry numbered in ``breaks`` (before its topic heading when
    it opens the topic).
    """
    if paper not in PAPERS:
        raise ValueError(f"unknown paper {paper!r}; choose one of {', '.join(PAPERS)}")
    if font_size < MIN_FONT_SIZE:
        raise ValueError(f"font size {font_size} pt is below the {MIN_FONT_SIZE} pt minimum")
    if not 1 <= columns <= 4:
        raise ValueError("columns must be between 1 and 4")
    count = sum(len(entries) for _, entries in sections)
    subtitle = [
        f"{count} questions in {len(sections)} topics",
        _long_date(date),
    ]
    # a link to the hosted site only when the maintainer set site_url (see build_pdf)
    subtitle.append(f"full answers: {site_url}" if site_url else BUILT_SITE_HINT)
    head = f"""// Generated by generator/pdf.py; edit that, not this.
#let guide-title = {_typst_string(title)}
#let body-size = {font_size}pt
#set document(title: guide-title + " – cheat sheet", author: guide-title,
  date: datetime(year: {date.year}, month: {date.month}, day: {date.day}))
#set page(
  paper: {_typst_string(PAPERS[paper])},
  columns: {columns},
  margin: (x: 10mm, top: 10mm, bottom: 13mm),
  footer: context {{
    set text(size: body-size, fill: luma(90))
    grid(columns: (1fr, auto), guide-title + " – cheat sheet",
      counter(page).display("1 / 1", both: true))
  }},
)
#set columns(gutter: 5mm)
#set text(font: {_typst_string(BODY_FONT)}, size: body-size, lang: "en")
#set par(justify: true, leading: 0.42em, spacing: 0.5em)
#set list(indent: 0.4em, body-indent: 0.4em, spacing: 0.3em)
#set enum(indent: 0.4em, body-indent: 0.4em, spacing: 0.3em)
#show raw: set text(size: body-size)
#show link: set text(fill: rgb("#1d4f91"))
#show heading.where(level: 1): it => block(
  width: 100%, sticky: true, above: 0.9em, below: 0.55em, inset: (y: 2.5pt),
  stroke: (bottom: 0.8pt + rgb("#1d4f91")),
  text(size: body-size + 2.5pt, weight: "bold", fill: rgb("#1d4f91"), it.body),
)
#show heading.where(level: 2): it => block(sticky: true, above: 0.5em, below: 0.3em,
  text(size: body-size, weight: "bold", it.body))
#let mark(n, kind) = context [#metadata((sg: kind, n: n, page: here().page(),
  x: here().position().x.pt(), y: here().position().y.pt()))]
#let entry(n, url, title, body) = block(breakable: false, width: 100%, above: 0.75em, below: 0.75em)[
  #mark(n, "start")
  #block(below: 0.32em, text(weight: "bold",
    if url == none {{ title }} else {{ link(url, title) }}))
  #body
  #mark(n, "end")
]
#place(top + left, float: true, scope: "parent", clearance: 5mm, block(width: 100%, {{
  set par(justify: false, spacing: 0.6em)
  text(size: body-size + 9pt, weight: "bold", guide-title)
  h(0.6em)
  text(size: body-size + 3pt, fill: luma(70))[cheat sheet]
  parbreak()
  text(fill: luma(60), {_typst_string(" · ".join(subtitle))})
  parbreak()
  line(length: 100%, stroke: 0.6pt + luma(120))
}}))"""
    lines = head.splitlines()
    spans: list[tuple[int, int]] = []
    number = 0
    for topic_title, entries in sections:
        lines.append("")
        if number in breaks:
            lines.append("#colbreak()")
        lines.append(f"#heading(level: 1, {_typst_string(topic_title)})")
        for k, (title_markup, summary_markup, url) in enumerate(entries):
            if k and number in breaks:
                lines.append("#colbreak()")
            first = len(lines) + 1
            url_arg = "none" if url is None else _typst_string(url)
            lines.append(f"#entry({number}, {url_arg})[{title_markup}][")
            number += 1
            lines.extend(summary_markup.splitlines())
            lines.append("]")
            spans.append((first, len(lines)))
    return "\n".join(lines) + "\n", spans


def balance_breaks(
    starts: Sequence[dict[str, Any]], ends: Sequence[dict[str, Any]], columns: int
) -> frozenset[int]:
    """Column breaks that share the last page's entries evenly between its columns.

    ``starts`` and ``ends`` are each entry's recorded position (``n``, ``page``, ``x``,
    ``y`` in points) from a first typesetting. An entry's height counts from its start
    to the next start in its column (so gaps and topic headings count), the last one in
    a column to its end. Breaks go where the running height first passes each
    ``k / columns`` of the total; none when the last page has no more than one entry.
    """
    last_page = max((s["page"] for s in starts), default=0)
    on_page = sorted((s for s in starts if s["page"] == last_page), key=lambda s: s["n"])
    if len(on_page) < 2 or columns < 2:
        return frozenset()
    end_y = {e["n"]: e["y"] for e in ends if e["page"] == last_page}
    heights = []
    for here, after in zip(on_page, [*on_page[1:], None], strict=True):
        if after is not None and abs(after["x"] - here["x"]) < 1:  # same column
            bottom = after["y"]
        else:
            bottom = end_y.get(here["n"], here["y"])
        heights.append(max(bottom - here["y"], 0.0))
    total = sum(heights)
    breaks: list[int] = []
    filled = 0.0
    for entry, height in zip(on_page, heights, strict=True):
        target = total * (len(breaks) + 1) / columns
        if filled and len(breaks) < columns - 1 and filled + height / 2 > target:
            breaks.append(entry["n"])
        filled += height
    return frozenset(breaks)


def _positions(source: str, root: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Where each entry starts and ends in the typeset ``source`` (see ``mark``)."""
    found = json.loads(
        _typst.query(
            source.encode("utf-8"),
            "metadata",
            field="value",
            root=str(root.resolve()),
            ignore_system_fonts=True,
        )
    )
    marks = [v for v in found if isinstance(v, dict) and "sg" in v]
    return [m for m in marks if m["sg"] == "start"], [m for m in marks if m["sg"] == "end"]


def _page_count(pdf: bytes) -> int:
    """Pages in a PDF that Typst wrote (one page tree)."""
    match = re.search(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", pdf)
    return int(match.group(1)) if match else 0


def _typst_error_line(diagnostic: str) -> int:
    match = re.search(r"\.typ:(\d+):\d+", diagnostic)
    return int(match.group(1)) if match else 0


def build_pdf(
    questions: Path = Path("content/questions"),
    out: Path = Path("site/cheatsheet.pdf"),
    *,
    paper: str = "a4",
    site_url: str | None = None,
    date: dt.date | None = None,
    taxonomy: Path = Path("content/taxonomy.yaml"),
    mkdocs_config: Path = Path("mkdocs.yml"),
    title: str | None = None,
    columns: int = 3,
    font_size: float = 8.0,
) -> PdfResult:
    """Build the cheat sheet PDF from a folder of question files and write it to ``out``.

    Questions marked ``answered: false`` are left out: a cheat sheet states answers.
    ``site_url`` (question titles link to the question's page: ``<site_url>questions/<id>.html``,
    or ``questions/<id>/`` when the MkDocs config uses directory URLs) and ``title``
    default to ``site_url`` and ``site_name`` in ``mkdocs_config``; with no site URL
    anywhere the titles are not links. ``paper`` is ``a4`` or ``us-letter``. The date
    printed is ``date``, else ``SOURCE_DATE_EPOCH``, else today (UTC). Raises
    :class:`~generator.errors.StudyGuideError` (a one-line message naming the file) on
    bad input; nothing is written then.
    """
    if paper not in PAPERS:
        raise PdfError(str(out), 0, f"unknown paper {paper!r}; choose one of {', '.join(PAPERS)}")
    config = read_mkdocs_config(mkdocs_config)
    if site_url is None and isinstance(config.get("site_url"), str):
        site_url = config["site_url"].strip() or None
    if site_url and not site_url.endswith("/"):
        site_url += "/"
    page_suffix = "/" if config.get("use_directory_urls", True) is not False else ".html"
    if title is None:
        name = config.get("site_name")
        title = name.strip() if isinstance(name, str) and name.strip() else DEFAULT_TITLE
    printed_date, timestamp = sheet_date(date)

    tax = load_taxonomy(taxonomy)
    if not questions.is_dir():
        raise PdfError(str(questions), 0, "question folder not found")
    read = [(path, read_question_file(path)) for path in sorted(questions.glob("*.md"))]
    files = [(path, question) for path, question in read if question.answered]
    if not files:
        raise PdfError(str(questions), 0, "no answered question files (*.md) to print")
    sections = _sorted_questions(files, tax)

    snippets: list[_Snippet] = []
    for _, members in sections:
        for path, question in members:
            snippets.append(
                _Snippet(
                    _title_markdown(question.title), str(path), _field_line(path, "title"), "title"
                )
            )
            snippets.append(
                _Snippet(question.summary, str(path), _field_line(path, "summary"), "summary")
            )
    markup = iter(_to_typst(snippets))
    typst_sections = []
    for topic_title, members in sections:
        entries = []
        for _, question in members:
            url = f"{site_url}questions/{quote(question.id)}{page_suffix}" if site_url else None
            entries.append((next(markup), next(markup), url))
        typst_sections.append((topic_title, entries))
    owners = snippets[1::2]

    def source_with(breaks: frozenset[int]) -> tuple[str, list[tuple[int, int]]]:
        return cheatsheet_source(
            typst_sections,
            title=title,
            date=printed_date,
            paper=paper,
            site_url=site_url,
            columns=columns,
            font_size=font_size,
            breaks=breaks,
        )

    source, spans = source_with(frozenset())

    def failure(problem: typst.TypstError | typst.TypstWarning) -> PdfError:
        line = _typst_error_line(problem.diagnostic)
        for owner, (first, last) in zip(owners, spans, strict=True):
            if first <= line <= last:
                message = f"cannot typeset the summary or title: {problem.message}"
                return PdfError(owner.path, owner.line, message)
        return PdfError(str(out), 0, f"Typst cannot compile the cheat sheet: {problem.message}")

    def typeset(text: str) -> bytes:
        try:
            pdf, warnings = _typst.compile_with_warnings(
                text.encode("utf-8"),
                format="pdf",
                root=str(questions.resolve()),  # files a summary refers to resolve beside it
                ignore_system_fonts=True,
                timestamp=timestamp,
            )
        except typst.TypstError as exc:
            raise failure(exc) from None
        if warnings:  # a missing glyph or font falls back silently otherwise
            raise failure(warnings[0])
        assert isinstance(pdf, bytes)
        return pdf

    pdf = typeset(source)
    # Second pass: balance the last page's columns (a last page with one full column
    # and two empty ones wastes the sheet); kept only if the page count is unchanged.
    breaks = balance_breaks(*_positions(source, questions), columns)
    if breaks:
        balanced_source, balanced_spans = source_with(breaks)
        balanced = typeset(balanced_source)
        if _page_count(balanced) == _page_count(pdf):
            pdf, source, spans = balanced, balanced_source, balanced_spans
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".tmp")
    try:
        partial.write_bytes(pdf)
        partial.replace(out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise PdfError(str(out), 0, f"cannot write the PDF: {exc}") from None
    return PdfResult(
        path=out,
        questions=len(files),
        topics=len(sections),
        pages=_page_count(pdf),
        size=len(pdf),
        site_url=site_url,
    )
