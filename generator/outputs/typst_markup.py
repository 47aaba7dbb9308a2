"""Markdown to Typst markup: the cheat sheet's titles and summaries, converted by pandoc.

Every title and summary of the sheet goes through one pandoc run (split apart again at
separator lines). Before that, every character is checked against what the sheet's
built-in fonts draw; after it, LaTeX that pandoc passed through as text is an error. Each
problem is a :class:`~generator.errors.PdfError` naming the question file and line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pypandoc

from ..errors import PdfError
from ..glyphs import has_glyph
from ..markup.markdown import escape_text
from ..questionfile import field_line

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


@dataclass(frozen=True)
class Snippet:
    """One piece of Markdown to typeset, and where it came from (for errors).

    ``line`` is looked up in the file only when an error needs it.
    """

    markdown: str
    path: str
    field: str

    @property
    def line(self) -> int:
        """The line of this snippet's front matter field in its file (2 if unreadable)."""
        try:
            return field_line(Path(self.path).read_text(encoding="utf-8"), self.field)
        except (OSError, UnicodeDecodeError):
            return 2


def typst_string(text: str) -> str:
    """A Typst string literal."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    escaped = escaped.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    return f'"{escaped}"'


def title_markdown(title: str) -> str:
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


def _pandoc_failure(snippet: Snippet) -> PdfError:
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


def to_typst(snippets: Sequence[Snippet]) -> list[str]:
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
