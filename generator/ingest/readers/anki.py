"""Anki decks (``.apkg``) and collections (``.colpkg``): one entry per note.

A package is a zip holding an SQLite collection: ``collection.anki21b``
(zstd-compressed, what Anki 2.1.50 and later write), else ``collection.anki21`` or
``collection.anki2`` (older Anki, genanki). What a note becomes:

- **question**: its first field, HTML as text; **answer**: its second field, HTML
  converted to the answer tree (:func:`~generator.markup.html.html_to_blocks`),
  MathJax ``\\(…\\)`` and ``\\[…\\]`` as math.
- **cloze notes** (``{{c1::answer::hint}}`` in the first field): the question is the
  text with each cloze blanked (``[…]``, or ``[hint]``), the answer the same text with
  the clozes filled in bold, then the second field ("Back Extra").
- **provenance**: ``<file>#<note GUID>``, the GUID's characters outside ``A-Z a-z 0-9 -``
  written as ``_`` and two hex digits (``A7h;Z`` → ``A7h_3bZ``), so labels stay unique.
- **tags**: the note's most specific tag becomes the entry's ``section`` (its last
  ``::`` part, ``-`` and ``_`` read as spaces), which the pipeline maps onto the
  taxonomy's tags and topics by slug or title, like a source's heading;
  a tag under a topic the note is also tagged with wins (``studyguide::training`` and
  ``studyguide::training::gradient-descent`` give ``gradient-descent``). A
  ``…::level::X`` tag becomes the entry's level.
- **media**: never read, never fetched. Every image (its alt text kept) and
  ``[sound:…]`` a note names is left out with a warning naming the file and the note,
  which says whether the package holds the file or not: the guide's pages carry no
  Anki media, and an image link to nothing would fail the site's strict build.

Image-occlusion notes and notes with an empty first field are reported and skipped.
What cannot be read at all (not a zip, no collection inside, a damaged database)
stops with a one-line :class:`~generator.errors.SourceError`.
"""

from __future__ import annotations

import io
import json
import logging
import re
import sqlite3
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass

import zstandard

from ...document import (
    Block,
    Blocks,
    Inline,
    Inlines,
    Math,
    MathBlock,
    Paragraph,
    Text,
    inline_text,
    map_blocks,
    merge_text,
    strip_inlines,
)
from ...errors import SourceError
from ...markup.html import html_to_blocks, html_to_inlines
from ...model import RawEntry, SourceRef, SourceText

SUFFIXES = (".apkg", ".colpkg")
# Newest first: a package from a recent Anki also holds a collection.anki2 whose only
# note asks the user to update Anki.
COLLECTIONS = ("collection.anki21b", "collection.anki21", "collection.anki2")
FIELD_SEPARATOR = "\x1f"
CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.DOTALL)
_MEDIA_IMG_TAG = re.compile(
    r"""<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>""", re.IGNORECASE
)
_ALT = re.compile(r"""\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_SOUND = re.compile(r"\[sound:([^\]]+)\]")
_MATH = re.compile(r"\\\((.+?)\\\)|\\\[(.+?)\\\]", re.DOTALL)
_SAFE_LABEL = re.compile(r"[A-Za-z0-9-]")
_IGNORED_TAGS = frozenset({"leech", "marked"})
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AnkiNote:
    """One note as the collection stores it: GUID, fields (HTML) and tags."""

    guid: str
    fields: tuple[str, ...]
    tags: tuple[str, ...]


def note_label(guid: str) -> str:
    """A GUID as a provenance label: safe characters kept, the others as ``_`` + hex."""
    return "".join(c if _SAFE_LABEL.fullmatch(c) else f"_{ord(c):02x}" for c in guid)


def _sqlite_bytes(data: bytes) -> bytes:
    """An SQLite file that ``deserialize`` accepts: WAL mode switched off in the header."""
    if data[:16] == b"SQLite format 3\x00" and data[18:20] == b"\x02\x02":
        return data[:18] + b"\x01\x01" + data[20:]
    return data


def _zstd(data: bytes) -> bytes:
    return zstandard.ZstdDecompressor().decompressobj().decompress(data)


def _media_names(archive: zipfile.ZipFile, compressed: bool) -> frozenset[str]:
    """File names of the media the package holds (its ``media`` index)."""
    if "media" not in archive.namelist():
        return frozenset()
    raw = archive.read("media")
    if not compressed:
        mapping = json.loads(raw.decode("utf-8") or "{}")
        return frozenset(str(name) for name in mapping.values())
    return frozenset(_protobuf_names(_zstd(raw)))


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, pos


def _protobuf_names(data: bytes) -> list[str]:
    """The ``name`` (field 1) of each entry (field 1) of Anki's ``MediaEntries`` message."""
    names: list[str] = []
    pos = 0
    while pos < len(data):
        key, pos = _varint(data, pos)
        if key & 7 != 2:
            raise ValueError("unexpected media index layout")
        length, pos = _varint(data, pos)
        entry, pos = data[pos : pos + length], pos + length
        if key >> 3 != 1:
            continue
        inner = 0
        while inner < len(entry):
            field_key, inner = _varint(entry, inner)
            kind = field_key & 7
            if kind == 0:
                _, inner = _varint(entry, inner)
            elif kind == 2:
                size, inner = _varint(entry, inner)
                if field_key >> 3 == 1:
                    names.append(entry[inner : inner + size].decode("utf-8"))
                inner += size
            else:
                raise ValueError("unexpected media entry layout")
    return names


def read_package(data: bytes, path: str) -> tuple[list[AnkiNote], frozenset[str]]:
    """The notes of a package, in the order they were added, and the media files it holds."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise SourceError(
            path, 0, "not an Anki package (.apkg/.colpkg must be a zip file)"
        ) from None
    with archive:
        member = next((name for name in COLLECTIONS if name in archive.namelist()), None)
        if member is None:
            raise SourceError(
                path, 0, f"no Anki collection in the package (looked for {', '.join(COLLECTIONS)})"
            )
        try:
            database = archive.read(member)
            compressed = member.endswith("b")
            if compressed:
                database = _zstd(database)
            media = _media_names(archive, compressed)
        except (zipfile.BadZipFile, zstandard.ZstdError, ValueError, IndexError) as exc:
            raise SourceError(path, 0, f"damaged Anki package ({member}: {exc})") from None
    connection = sqlite3.connect(":memory:")
    try:
        connection.deserialize(_sqlite_bytes(database))
        rows = connection.execute("SELECT guid, flds, tags FROM notes ORDER BY id").fetchall()
    except sqlite3.Error as exc:
        raise SourceError(path, 0, f"cannot read the Anki collection {member}: {exc}") from None
    finally:
        connection.close()
    notes = [
        AnkiNote(str(guid), tuple(str(fields).split(FIELD_SEPARATOR)), tuple(str(tags).split()))
        for guid, fields, tags in rows
    ]
    return notes, media


def _with_math(inlines: Inlines) -> Inlines:
    """Split MathJax ``\\(…\\)`` and ``\\[…\\]`` out of text nodes as :class:`Math`."""
    out: list[Inline] = []
    for node in inlines:
        if not isinstance(node, Text) or "\\" not in node.text:
            out.append(node)
            continue
        last = 0
        for match in _MATH.finditer(node.text):
            out.append(Text(node.text[last : match.start()]))
            out.append(Math((match.group(1) or match.group(2)).strip()))
            last = match.end()
        out.append(Text(node.text[last:]))
    return merge_text(tuple(out))


def _math_blocks(blocks: Blocks) -> Blocks:
    """Math in every block; a paragraph that is one ``\\[…\\]`` alone becomes display math."""
    converted = map_blocks(blocks, _with_math)
    out: list[Block] = []
    for before, after in zip(blocks, converted, strict=True):
        children = strip_inlines(after.children) if isinstance(after, Paragraph) else ()
        if (
            len(children) == 1
            and isinstance(children[0], Math)
            and isinstance(before, Paragraph)
            and inline_text(before.children).strip().startswith("\\[")
        ):
            out.append(MathBlock(children[0].latex))
        else:
            out.append(after)
    return tuple(out)


def _without_media(html: str) -> str:
    """The HTML without images (their alt text kept) and without ``[sound:…]`` tags."""

    def image(match: re.Match[str]) -> str:
        alt = _ALT.search(match.group(0))
        return next((g for g in alt.groups() if g is not None), "") if alt else ""

    return _SOUND.sub("", _MEDIA_IMG_TAG.sub(image, html))


def _media_ref(match: re.Match[str]) -> str:
    return next(g for g in match.groups() if g is not None)


def _media_refs(html: str) -> list[str]:
    return [_media_ref(m) for m in _MEDIA_IMG_TAG.finditer(html)] + _SOUND.findall(html)


def _blank(match: re.Match[str]) -> str:
    return f"[{match.group(3)}]" if match.group(3) else "[…]"


def _fill(match: re.Match[str]) -> str:
    return f"<b>{match.group(2)}</b>"


def _section_and_level(tags: Sequence[str]) -> tuple[str | None, str | None]:
    """The most specific tag's last part (see the module docstring), and a ``level`` tag's value."""
    level = None
    candidates: list[str] = []
    for tag in tags:
        parts = [p for p in tag.split("::") if p]
        lowered = [p.lower() for p in parts]
        if "level" in lowered[:-1]:
            level = parts[lowered.index("level") + 1].replace("_", " ")
        elif parts and lowered[-1] not in _IGNORED_TAGS:
            candidates.append(tag)
    if not candidates:
        return None, level
    present = {t.lower() for t in candidates}

    def rank(item: tuple[int, str]) -> tuple[int, int, int]:
        index, tag = item
        parent = tag.rsplit("::", 1)[0].lower() if "::" in tag else ""
        return (0 if parent in present else 1, -tag.count("::"), index)

    best = min(enumerate(candidates), key=rank)[1]
    return re.sub(r"[-_]+", " ", best.split("::")[-1]).strip(), level


def note_entry(note: AnkiNote, media: frozenset[str], source: SourceText) -> RawEntry | None:
    """The raw entry of one note, or None (with a warning) for a note that has no question."""
    label = note_label(note.guid)
    front = note.fields[0] if note.fields else ""
    back = note.fields[1] if len(note.fields) > 1 else ""
    if "image-occlusion:" in front:
        log.warning("warning: %s: note %s: image-occlusion note skipped", source.path, note.guid)
        return None
    for name in sorted(set(_media_refs(front + back))):
        reason = (
            "is in the package, but the guide does not carry Anki media"
            if name in media
            else "is not in the package (not fetched)"
        )
        log.warning(
            "warning: %s: note %s: media file %r %s; left out", source.path, note.guid, name, reason
        )
    if CLOZE.search(front):
        question_html = CLOZE.sub(_blank, front)
        answer_html = f"<div>{CLOZE.sub(_fill, front)}</div><div>{back}</div>"
    else:
        question_html, answer_html = front, back
    question_html, answer_html = _without_media(question_html), _without_media(answer_html)
    title = " ".join(inline_text(html_to_inlines(question_html)).split())
    if not title:
        log.warning("warning: %s: note %s: no question text; skipped", source.path, note.guid)
        return None
    blocks = _math_blocks(html_to_blocks(answer_html))
    section, level = _section_and_level(note.tags)
    return RawEntry(SourceRef(source.name, label), title, blocks, section=section, level=level)


class AnkiReader:
    """Anki packages: the first field of each note is the question, the second its answer."""

    name = "anki"
    description = "Anki deck or collection (.apkg, .colpkg): first field question, second answer"

    def sniff(self, source: SourceText) -> float:
        """1 for a file named ``.apkg`` or ``.colpkg`` (its reading says if it is not one)."""
        return 1.0 if source.data and source.name.lower().endswith(SUFFIXES) else 0.0

    def read(self, source: SourceText, furniture: Sequence[re.Pattern[str]]) -> list[RawEntry]:
        """One entry per note with a question (``furniture`` does not apply to decks)."""
        if not source.data:
            raise SourceError(source.path, 0, "not an Anki package (.apkg or .colpkg file)")
        notes, media = read_package(source.data, source.path)
        entries = [note_entry(note, media, source) for note in notes]
        return [entry for entry in entries if entry is not None]
