"""Read source files from disk into decoded text, rejecting what no reader can use."""

from __future__ import annotations

from pathlib import Path

from .errors import SourceError
from .model import SourceText

# Binary formats handed to their reader as bytes (Anki packages are zip files).
BINARY_SUFFIXES = (".apkg", ".colpkg")


def decode_source(name: str, path: str, data: bytes) -> SourceText:
    """Decode a source file's bytes as UTF-8, or raise SourceError naming the bad line.

    Files named like a binary format (:data:`BINARY_SUFFIXES`) keep their bytes, undecoded.
    """
    if not data.strip():
        raise SourceError(path, 1, "file is empty")
    if name.lower().endswith(BINARY_SUFFIXES):
        return SourceText(name=name, path=path, text="", data=data)
    nul = data.find(b"\0")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        raise SourceError(path, line, "binary file (NUL byte), expected UTF-8 text")
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
