"""Readers: one per input format, each turning a source's text into raw entries.

A reader knows the layout of one kind of dump. It drops that layout's page
furniture and returns each question with its answer as a document tree
(:mod:`generator.document`). Which reader reads a source is decided by sniffing:
every reader scores how well the text fits its layout and the best score wins;
``--format NAME`` forces one. Adding a format means adding a class with ``name``,
``description``, ``sniff`` and ``read`` to :data:`READERS`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from ...errors import SourceError
from ...model import RawEntry, SourceText
from .anki import AnkiReader
from .markdown_bold import BoldQuestionsReader
from .markdown_headings import HeadingQuestionsReader
from .markdown_numbered import NumberedHeadingsReader
from .markdown_tasks import NumberedTasksReader
from .numbered_text import NumberedDumpReader


class Reader(Protocol):
    """The interface every input format implements."""

    name: str
    """Short name for ``--format`` (``numbered-text``, ``markdown-bold``, …)."""
    description: str
    """One line for ``ingest --help``: what the layout looks like."""

    def sniff(self, source: SourceText) -> float:
        """How well the source fits this layout, from 0 (not at all) to 1 (certainly)."""
        ...

    def read(self, source: SourceText, furniture: Sequence[re.Pattern[str]]) -> list[RawEntry]:
        """Parse the source into entries, dropping lines that match ``furniture``.

        Raises :class:`~generator.errors.SourceError` (file and line) on input the
        layout cannot make sense of.
        """
        ...


READERS: tuple[Reader, ...] = (
    NumberedDumpReader(),
    BoldQuestionsReader(),
    HeadingQuestionsReader(),
    NumberedHeadingsReader(),
    NumberedTasksReader(),
    AnkiReader(),
)


def reader_named(name: str) -> Reader:
    """The reader called ``name``; ValueError listing the known names if there is none."""
    for reader in READERS:
        if reader.name == name:
            return reader
    known = ", ".join(r.name for r in READERS)
    raise ValueError(f"unknown format {name!r} (known: {known})")


def choose_reader(source: SourceText) -> Reader | None:
    """The reader whose sniff scores highest (first listed wins a tie); None if all score 0."""
    best: Reader | None = None
    best_score = 0.0
    for reader in READERS:
        score = reader.sniff(source)
        if score > best_score:
            best, best_score = reader, score
    return best


def parse_source(
    source: SourceText, furniture: Sequence[re.Pattern[str]], format: str | None = None
) -> list[RawEntry]:
    """Parse a source with the reader ``format`` names, else the best-sniffing one.

    SourceError when no reader recognises the layout or the reader finds no entry.
    """
    reader = reader_named(format) if format else choose_reader(source)
    if reader is not None:
        entries = reader.read(source, furniture)
        if entries:
            return entries
    known = "; ".join(f"{r.name}: {r.description}" for r in READERS)
    raise SourceError(source.path, 1, f"no question entries found (formats read: {known})")
