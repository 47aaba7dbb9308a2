"""sources.py: decoding source bytes, rejecting empty, binary and non-UTF-8 files."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import SourceError
from generator.ingest.sources import decode_source, find_sources, read_source


def test_utf8_text_is_decoded_and_line_endings_unified() -> None:
    data = "\ufeff1. What is it?\r\nIt is “this”.\rDone.\n".encode()
    source = decode_source("a.txt", "dir/a.txt", data)
    assert source.name == "a.txt"
    assert source.path == "dir/a.txt"
    assert source.text == "1. What is it?\nIt is “this”.\nDone.\n"


@pytest.mark.parametrize("data", [b"", b"  \n\n\t\n"])
def test_empty_file_is_an_error_on_line_1(data: bytes) -> None:
    with pytest.raises(SourceError) as info:
        decode_source("a.txt", "a.txt", data)
    assert (info.value.line, info.value.message) == (1, "file is empty")


def test_nul_byte_is_reported_on_its_line() -> None:
    with pytest.raises(SourceError) as info:
        decode_source("a.txt", "a.txt", b"1. What?\nYes.\nbad\x00byte\n")
    assert info.value.line == 3
    assert "binary" in info.value.message


def test_cp1252_text_is_reported_on_the_line_of_the_first_bad_byte() -> None:
    data = "1. What is it?\nPlain line.\nIt is “quoted”.\n".encode("cp1252")
    with pytest.raises(SourceError) as info:
        decode_source("a.txt", "a.txt", data)
    assert info.value.line == 3
    assert "0x93" in info.value.message
    assert str(info.value).startswith("a.txt:3: not valid UTF-8")


def test_read_source_of_a_missing_file_names_it(tmp_path: Path) -> None:
    with pytest.raises(SourceError) as info:
        read_source(tmp_path / "missing.txt")
    assert info.value.path == str(tmp_path / "missing.txt")
    assert "cannot read" in info.value.message


def test_find_sources_lists_visible_files_sorted(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", ".hidden.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    assert [p.name for p in find_sources(tmp_path)] == ["a.txt", "b.txt"]


def test_find_sources_of_a_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="does not exist"):
        find_sources(tmp_path / "nope")
