"""Names and text that come from files, checked before they reach a path, a page or a title.

A name read from a file (an id, a manifest key, a source reference) becomes part of a
path or a URL, so it must be a slug or a plain file name that stays inside its folder;
the checks here return a message (or None) and the caller raises its own
:class:`~generator.errors.StudyGuideError` naming the file and line. Titles lose the
invisible characters that can reorder or hide text (bidi controls, zero-width marks).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from .errors import CurationError, SourceError
from .glyphs import has_glyph
from .model import Curation, Question, RawEntry

# An id as slugify makes it: lowercase ASCII words joined by single hyphens.
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# A source label as readers make it: "21", "Q7", "2.3", "sql-1", "L12", an Anki GUID
# with unsafe characters as "_" + hex ("_7bOt0").
_LABEL = re.compile(r"[A-Za-z0-9_][A-Za-z0-9._-]*")
MAX_NAME = 200
# Bidirectional controls (embeddings, overrides, isolates, marks) and zero-width
# characters: invisible, and able to make a title read differently from what it holds.
INVISIBLE = frozenset(
    "\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
_INVISIBLE_RE = re.compile("[" + "".join(sorted(INVISIBLE)) + "]")


def slug_problem(value: object, what: str = "id") -> str | None:
    """Why ``value`` is not a slug (lowercase letters, digits, single hyphens), or None."""
    if not isinstance(value, str):
        return f"{what} must be text, not {type(value).__name__}"
    if len(value) > MAX_NAME or not _SLUG.fullmatch(value):
        return (
            f"{what} {value[:60]!r} is not a slug (lowercase letters, digits and single "
            "hyphens, like 'batch-normalization')"
        )
    return None


def file_name_problem(value: object, what: str = "file name") -> str | None:
    """Why ``value`` is not a plain file name inside its folder (no path, no dot start), or None."""
    if not isinstance(value, str):
        return f"{what} must be text, not {type(value).__name__}"
    bad = (
        not value
        or len(value) > MAX_NAME
        or value.startswith(".")
        or any(c in value for c in "/\\:")
        or any(unicodedata.category(c)[0] == "C" for c in value)
        or value != value.strip()
    )
    if bad:
        return f"{what} {value[:60]!r} is not a plain file name inside its folder"
    return None


def question_file_problem(name: object) -> str | None:
    """Why ``name`` is not the name ingest gives a question file (``<slug>.md``), or None."""
    if not isinstance(name, str) or not name.endswith(".md"):
        return f"file name {str(name)[:60]!r} is not of the form <id>.md"
    problem = slug_problem(name[:-3])
    return None if problem is None else f"file name {name[:60]!r} is not of the form <id>.md"


def source_ref_problem(file: str, label: str) -> str | None:
    """Why ``file#label`` is not a reference to a source file's entry, or None."""
    problem = file_name_problem(file, "source file name")
    if problem:
        return problem
    if len(label) > MAX_NAME or not _LABEL.fullmatch(label):
        return f"source label {label[:60]!r} is not a plain label (letters, digits, '.', '-', '_')"
    return None


def strip_invisible(text: str) -> str:
    """``text`` without bidi controls and zero-width characters, spaces collapsed."""
    if not _INVISIBLE_RE.search(text):
        return text
    return " ".join(_INVISIBLE_RE.sub("", text).split())


def title_problem(title: str) -> str | None:
    """Why ``title`` cannot be a question title (no letter or digit in it), or None."""
    if not any(unicodedata.category(c)[0] in "LN" for c in title):
        return f"title {title[:60]!r} has no letter or digit"
    return None


def clean_titles(entries: Sequence[RawEntry], path: str) -> list[RawEntry]:
    """Entries with invisible characters removed from their titles; SourceError (naming the
    entry's line) for a title left with no letter or digit.
    """
    cleaned = []
    for entry in entries:
        title = strip_invisible(entry.title)
        problem = title_problem(title)
        if problem:
            raise SourceError(path, entry.ref.line, f"question {entry.ref.label}: {problem}")
        cleaned.append(entry if title == entry.title else replace(entry, title=title))
    return cleaned


def check_printable(
    questions: Iterable[Question], paths: Mapping[str, Path], curation: Curation | None = None
) -> None:
    """Raise, at ingest, for a title or summary the cheat sheet's fonts cannot draw (rather
    than fail the site build later): CurationError at the curation file's line when the
    text came from there, else SourceError at the question's first source and line.
    """
    overrides = {item.key: item for item in (curation.questions if curation else ())}
    drawn: dict[str, bool] = {}  # each distinct character is looked up once

    def draws(char: str) -> bool:
        found = drawn.get(char)
        if found is None:
            found = drawn[char] = has_glyph(char)
        return found

    questions = tuple(questions)
    every: set[str] = set()
    for question in questions:
        every.update(question.title)
        every.update(question.summary)
    if all(draws(c) for c in every):  # the usual case, found at once
        return
    for question in questions:
        for field, text in (("title", question.title), ("summary", question.summary)):
            if all(draws(c) for c in set(text)):
                continue
            missing = next(c for c in text if not draws(c))
            what = f"the {field} holds {missing!r} (U+{ord(missing):04X}), which the cheat sheet's fonts cannot draw"
            item = next(
                (overrides[k] for k in (question.id, *question.aliases) if k in overrides), None
            )
            if curation and item and getattr(item, field) is not None:
                raise CurationError(
                    curation.path, item.line_of(field), f"question {item.key}: {what}"
                )
            ref = question.sources[0]
            where = paths.get(ref.file)
            raise SourceError(
                str(where) if where else ref.file,
                ref.line,
                f"question {ref.label} ({question.id}): {what}; rewrite it, or override "
                f"the {field} in the curation file",
            )


_FENCE = re.compile(r"^\s*(`{3,}|~{3,}|\$\$)")
# Code spans and math, where "<" is text: `...`, $$...$$, $...$ (not after a backslash);
# and HTML comments closed on their line, which run nothing (the renderer writes
# "<!-- -->" to keep two lists apart).
_LITERAL = re.compile(
    r"<!--.*?-->|"
    r"(?<!\\)(`+)(?:.+?)(?<!`)\1(?!`)|(?<!\\)\$\$.+?(?<!\\)\$\$|(?<!\\)\$[^$]+?(?<!\\)\$"
)
# An HTML tag, comment or processing instruction not escaped with a backslash; autolinks
# (<https://...>, <mailto:...>) are Markdown, not HTML.
_RAW_HTML = re.compile(r"(?<!\\)<(?!(?:https?|mailto):)[A-Za-z!?/]")
# Block syntax of the site's extensions: admonitions (!!!) and collapsible details (???).
_BLOCK_SYNTAX = re.compile(r"^\s*(?:!!!|\?\?\?\+?)(?:\s|$)")


def raw_markup_problem(markdown: str) -> tuple[int, str] | None:
    """The first line (counted from 1) of ``markdown`` holding raw HTML or admonition or
    details syntax, with why; None when it holds only text and Markdown the site renders
    as text. Fenced code blocks, code spans and math (``$...$``, ``$$`` blocks) are skipped.
    """
    fence = None
    for number, line in enumerate(markdown.split("\n"), 1):
        opening = _FENCE.match(line)
        if fence == "$$":  # display math: closed by a line ending in $$
            if line.rstrip().endswith("$$"):
                fence = None
            continue
        if fence is not None:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            continue
        if opening and opening.group(1) == "$$":
            rest = line.strip()[2:]
            if not rest.endswith("$$"):  # one-line $$...$$ is handled as a span below
                fence = "$$"
                continue
        elif opening:
            fence = opening.group(1)
            continue
        if _BLOCK_SYNTAX.match(line):
            return number, "admonition or details syntax ('!!!', '???') is not allowed here"
        if _RAW_HTML.search(_LITERAL.sub("", line)):
            return number, "raw HTML is not allowed (write \\< for a literal '<')"
    return None
