"""Read source files from disk into decoded text, rejecting what no reader can use."""

from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import SourceError, StudyGuideError
from ..model import SourceText

# Byte order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)


def decode_marked(path: str, data: bytes, error: type[StudyGuideError] = SourceError) -> str | None:
    """The text of a file that starts with a UTF-16 or UTF-32 byte order mark, else None.

    ``error`` (naming the line) when the rest is not valid in the encoding the mark names.
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                return body.decode(codec)
            except UnicodeDecodeError as exc:
                line = body[: exc.start].decode(codec, "replace").count("\n") + 1
                raise error(
                    path, line, f"not valid {name} (the file starts with a {name} byte order mark)"
                ) from None
    return None


# Binary formats handed to their reader as bytes (Anki packages are zip files).
BINARY_SUFFIXES = (".apkg", ".colpkg")


def decode_source(name: str, path: str, data: bytes) -> SourceText:
    """Decode a source file's bytes (UTF-8, or UTF-16/32 with a byte order mark).

    SourceError names the bad line of a file that is none of these. Files named like a
    binary format (:data:`BINARY_SUFFIXES`) keep their bytes, undecoded.
    """
    if not data.strip():
        raise SourceError(path, 1, "file is empty")
    if name.lower().endswith(BINARY_SUFFIXES):
        return SourceText(name=name, path=path, text="", data=data)
    marked = decode_marked(path, data)
    if marked is not None:
        data = marked.encode("utf-8")
    nul = data.find(b"\0")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        raise SourceError(
            path, line, "binary file (NUL byte), expected UTF-8 text (or UTF-16/32 with a BOM)"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        bad = data[exc.start : exc.start + 1].hex()
        raise SourceError(
            path, line, f"not valid UTF-8 (byte 0x{bad}); re-save the file as UTF-8"
        ) from None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return SourceText(name=name, path=path, text=text)


def read_source(path: Path) -> SourceText:
    """Read one source file from disk."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(str(path), 0, f"cannot read file: {exc.strerror}") from None
    return decode_source(path.name, str(path), data)


def find_sources(folder: Path) -> list[Path]:
    """Every regular, non-hidden file in ``folder``, sorted by name."""
    if not folder.is_dir():
        raise SourceError(str(folder), 0, "source folder does not exist")
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
