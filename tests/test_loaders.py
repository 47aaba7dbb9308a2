"""loaders.py: the word list, taxonomy and curation files, and their errors with lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import TAXONOMY, WORDLIST

from generator.errors import CurationError, TaxonomyError, WordListError
from generator.loaders import load_curation, load_taxonomy, load_wordlist
from generator.model import SourceRef


def write(tmp_path: Path, text: str, name: str = "file.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_repository_word_list_and_taxonomy_load() -> None:
    words = load_wordlist(WORDLIST)
    assert ("stocastic", "stochastic") in words.typos
    assert words.furniture
    taxonomy = load_taxonomy(TAXONOMY)
    assert taxonomy.tag(taxonomy.default_tag).topic in {t.slug for t in taxonomy.topics}
    assert all(tag.keywords for tag in taxonomy.tags)


def test_curation_is_loaded_with_lines(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "merge:\n"
        "  - [a.txt#21, a.txt#43]\n"
        "split:\n"
        "  - [a.txt#1, a.txt#2, a.txt#3]\n"
        "questions:\n"
        "  autoencoder:\n"
        "    title: What is an autoencoder?\n"
        "    tags: [autoencoders]\n",
    )
    cur = load_curation(path)
    assert cur.merges == ((tuple(SourceRef("a.txt", n) for n in ("21", "43")), 2),)
    assert cur.splits[0][1] == 4
    (item,) = cur.questions
    assert (item.key, item.line, item.title, item.tags) == (
        "autoencoder",
        6,
        "What is an autoencoder?",
        ("autoencoders",),
    )
    assert item.line_of("tags") == 8


def test_empty_curation_file_is_no_curation(tmp_path: Path) -> None:
    cur = load_curation(write(tmp_path, "# nothing yet\n"))
    assert (cur.merges, cur.splits, cur.questions) == ((), (), ())


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("questions:\n  alpha:\n    title: a: b\n", 3, "invalid YAML"),
        ("questions:\n  alpha:\n    colour: red\n", 3, "unknown field 'colour'"),
        ("merges:\n  - [a.txt#1, a.txt#2]\n", 1, "unknown section 'merges'"),
        ("merge:\n  - [a.txt#1]\n", 2, "two or more"),
        ("merge:\n  - [a.txt#1, a.txt]\n", 2, "FILE#LABEL"),
        ("merge: a.txt#1\n", 1, "merge must be a list"),
        ("questions:\n  alpha:\n    reviewed: maybe\n", 3, "true or false"),
        ("questions:\n  alpha:\n    title: ''\n", 3, "non-empty text"),
        ("questions:\n  alpha:\n    tags: dropout\n", 3, "list of text"),
        ("questions:\n  alpha: [x]\n", 2, "mapping of fields"),
        ("- just\n- a list\n", 1, "must be a mapping"),
    ],
)
def test_bad_curation_names_file_and_line(
    tmp_path: Path, text: str, line: int, message: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(CurationError) as info:
        load_curation(path)
    assert info.value.path == str(path)
    assert info.value.line == line
    assert message in info.value.message
    assert "\n" not in str(info.value)


def test_missing_and_non_utf8_curation(tmp_path: Path) -> None:
    with pytest.raises(CurationError, match="file not found"):
        load_curation(tmp_path / "nope.yaml")
    path = tmp_path / "cp.yaml"
    path.write_bytes("questions:\n  alpha:\n    title: “x”\n".encode("cp1252"))
    with pytest.raises(CurationError) as info:
        load_curation(path)
    assert info.value.line == 3


def test_bad_furniture_pattern_names_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "furniture:\n  - '^ok$'\n  - '(unclosed'\n")
    with pytest.raises(WordListError) as info:
        load_wordlist(path)
    assert info.value.line == 3


def test_word_list_entries_must_be_text(tmp_path: Path) -> None:
    with pytest.raises(WordListError) as info:
        load_wordlist(write(tmp_path, "typos:\n  ok: fine\n  bad: [x]\n"))
    assert info.value.line == 3


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("topics: []\n", 1, "non-empty list"),
        (
            "default_tag: a\ntopics:\n  - slug: t\ntags:\n  a:\n    topic: nope\n    keywords: [x]\n",
            5,
            "unknown topic 'nope'",
        ),
        (
            "default_tag: a\ntopics:\n  - slug: t\ntags:\n  a:\n    topic: t\n    keywords: []\n",
            5,
            "keywords",
        ),
        (
            "default_tag: b\ntopics:\n  - slug: t\ntags:\n  a:\n    topic: t\n    keywords: [x]\n",
            1,
            "default_tag 'b'",
        ),
    ],
)
def test_bad_taxonomy_names_its_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    with pytest.raises(TaxonomyError) as info:
        load_taxonomy(write(tmp_path, text))
    assert info.value.line == line
    assert message in info.value.message


TAXONOMY_WITH_SOURCES = """
default_tag: basics
topics:
  - {slug: foundations, title: Foundations, description: d}
  - {slug: practice, title: Practice, description: d}
tags:
  basics: {title: Basics, topic: foundations, keywords: [basics]}
  sql: {title: SQL, topic: practice, keywords: [sql]}
sources:
  Databases: sql
  "Theory  Questions": foundations
"""


def test_taxonomy_maps_source_headings_to_tags_and_topics(tmp_path: Path) -> None:
    taxonomy = load_taxonomy(write(tmp_path, TAXONOMY_WITH_SOURCES))
    assert taxonomy.sources == (("databases", "sql"), ("theory questions", "foundations"))


def test_a_source_heading_must_map_to_a_known_tag_or_topic(tmp_path: Path) -> None:
    text = TAXONOMY_WITH_SOURCES.replace("Databases: sql", "Databases: nosql")
    with pytest.raises(TaxonomyError) as info:
        load_taxonomy(write(tmp_path, text))
    assert info.value.line == 10
    assert "'nosql', which is no tag or topic" in info.value.message
