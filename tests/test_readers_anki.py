"""readers/anki.py: Anki packages as written by Anki itself, and the guide's own deck."""

from __future__ import annotations

import datetime as dt
import io
import logging
import zipfile
from pathlib import Path

import pytest
from anki.collection import Collection
from anki_support import BASIC_NOTES, CLOZE_GUID, write_fixture_deck
from conftest import CONTENT, SEED

from generator.cli import main
from generator.config import SiteInfo
from generator.content import Content
from generator.dates import midnight
from generator.document import CodeBlock, ListBlock, Math, MathBlock, Paragraph, Table, plain_text
from generator.errors import SourceError
from generator.ingest.readers import choose_reader, parse_source
from generator.ingest.readers.anki import AnkiReader, note_label
from generator.ingest.sources import decode_source, read_source
from generator.ingest.tagging import section_home
from generator.markup.markdown import parse_blocks, render_blocks
from generator.model import SourceText, Taxonomy
from generator.outputs.anki import build_deck
from generator.questionfile import read_question_file, read_question_folder


@pytest.fixture(scope="module")
def deck_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("decks")
    write_fixture_deck(folder / "interview-prep.apkg")
    write_fixture_deck(folder / "legacy.apkg", legacy=True)
    return folder


def _entries(path: Path) -> list:
    return parse_source(read_source(path), [])


def test_deck_written_by_anki_gives_one_entry_per_note(deck_folder: Path) -> None:
    entries = _entries(deck_folder / "interview-prep.apkg")
    assert [e.ref.label for e in entries] == [note_label(guid) for guid, *_ in BASIC_NOTES] + [
        note_label(CLOZE_GUID)
    ]
    assert entries[0].ref.label == "r_2b7_5bc_24w5i_3e"
    by_title = {e.title: e for e in entries}
    relu = by_title["Why use ReLU rather than sigmoid?"]
    assert relu.blocks[0] == Paragraph((*parse_blocks("Three reasons:")[0].children,))
    items = relu.blocks[1]
    assert isinstance(items, ListBlock) and len(items.items) == 3
    assert Math(r"\max(0, x)") in items.items[0][0].children
    assert Math("x > 0") in items.items[1][0].children
    assert relu.blocks[2] == MathBlock(r"f'(x) = 1 \text{ for } x > 0")
    assert relu.section == "Activation functions"
    table = by_title["Compare L1 and L2 regularization"].blocks[1]
    assert isinstance(table, Table) and len(table.rows) == 2
    assert plain_text((table,)).startswith("penalty effect L1 <|w|> sparse weights")
    code = by_title["How do you freeze layers in PyTorch?"]
    assert code.blocks[0] == CodeBlock(
        "for p in model.parameters():\n    p.requires_grad = False", "python"
    )
    assert (code.section, code.level) == ("pytorch", "senior")
    assert by_title["Can you explain what dropout does?"].section == "Regularization"


def test_cloze_note_is_blanked_in_the_question_and_filled_in_the_answer(
    deck_folder: Path,
) -> None:
    cloze = _entries(deck_folder / "interview-prep.apkg")[-1]
    assert cloze.title == (
        "The […] maps the input to a code and the [part] reconstructs the input from it."
    )
    assert render_blocks(cloze.blocks) == (
        "The **encoder** maps the input to a code and the **decoder** reconstructs the input "
        "from it.\n\nTrained to reproduce its input, an autoencoder learns a compressed code."
    )
    assert cloze.section == "Autoencoders"


def test_media_is_reported_and_left_out_never_fetched(
    deck_folder: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        entries = _entries(deck_folder / "interview-prep.apkg")
    sketch = next(e for e in entries if e.title == "Sketch a perceptron")
    assert render_blocks(sketch.blocks) == "A weighted sum and a step function."
    compare = next(e for e in entries if e.title == "Compare L1 and L2 regularization")
    assert render_blocks(compare.blocks[-1:]) == "Weights under L1 and L2"
    path = deck_folder / "interview-prep.apkg"
    assert [r.getMessage() for r in caplog.records] == [
        f"warning: {path}: note q(V|ZX[Lf-: media file 'penalty-chart.png' is in the package, "
        "but the guide does not carry Anki media; left out",
        f"warning: {path}: note MXJ5l8QLXQ: media file 'perceptron-diagram.png' is not in the "
        "package (not fetched); left out",
    ]


def test_legacy_and_collection_packages_read_the_same(deck_folder: Path, tmp_path: Path) -> None:
    current = _entries(deck_folder / "interview-prep.apkg")
    legacy = _entries(deck_folder / "legacy.apkg")
    assert [(e.ref.label, e.title, e.blocks, e.section) for e in legacy] == [
        (e.ref.label, e.title, e.blocks, e.section) for e in current
    ]
    with zipfile.ZipFile(deck_folder / "legacy.apkg") as archive:
        assert "collection.anki21" in archive.namelist()
    with zipfile.ZipFile(deck_folder / "interview-prep.apkg") as archive:
        assert "collection.anki21b" in archive.namelist()
    collection = Collection(str(tmp_path / "c.anki2"))
    try:
        note = collection.new_note(collection.models.by_name("Basic"))
        note["Front"], note["Back"] = "What is a <i>tensor</i>?", "An n-dimensional array."
        collection.add_note(note, 1)
        collection.export_collection_package(str(tmp_path / "all.colpkg"), True, False)
    finally:
        collection.close()
    (entry,) = _entries(tmp_path / "all.colpkg")
    assert entry.title == "What is a tensor?" and entry.ref.file == "all.colpkg"


def test_labels_are_unique_and_safe() -> None:
    labels = {note_label(g) for g in ("a#b", "a_23b", "a/b", "a b", "ab")}
    assert len(labels) == 5
    assert all(c.isalnum() or c in "-_" for label in labels for c in label)


def test_only_anki_packages_are_sniffed_as_anki(deck_folder: Path) -> None:
    deck = read_source(deck_folder / "interview-prep.apkg")
    assert deck.text == "" and deck.data[:2] == b"PK"
    assert isinstance(choose_reader(deck), AnkiReader)
    assert AnkiReader().sniff(SourceText("notes.txt", "notes.txt", "1. What is a?\nA.")) == 0
    renamed = SourceText("deck.zip", "deck.zip", "", deck.data)
    assert AnkiReader().sniff(renamed) == 0


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"1. What is a?\nA is a.\n", "not an Anki package (.apkg/.colpkg must be a zip file)"),
        (b"", "file is empty"),
    ],
)
def test_bad_packages_stop_with_one_line(data: bytes, message: str) -> None:
    with pytest.raises(SourceError) as error:
        parse_source(decode_source("deck.apkg", "in/deck.apkg", data), [])
    assert message in str(error.value) and "\n" not in str(error.value)


def test_package_without_collection_names_what_it_looked_for() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("media", "{}")
    with pytest.raises(SourceError, match=r"in/deck.apkg: no Anki collection in the package"):
        parse_source(decode_source("deck.apkg", "in/deck.apkg", buffer.getvalue()), [])


def test_binary_text_sources_are_still_rejected() -> None:
    with pytest.raises(SourceError, match="binary file"):
        decode_source("dump.txt", "dump.txt", b"1. What?\x00\n")


def test_the_guides_own_deck_reads_back_as_its_questions(
    tmp_path: Path, taxonomy: Taxonomy
) -> None:
    questions = [q for q in read_question_folder(CONTENT / "questions") if q.answered]
    path = tmp_path / "guide.apkg"
    deck = build_deck(Content.of(questions, taxonomy), SiteInfo(), midnight(dt.date(2026, 1, 1)))
    path.write_bytes(deck)
    entries = _entries(path)
    assert len(entries) == len(questions)
    by_title = {q.title: q for q in questions}
    for entry in entries:
        question = by_title[entry.title]
        expected = " ".join(plain_text(parse_blocks(question.answer)).split())
        assert " ".join(plain_text(entry.blocks).split()) == expected
        home = section_home(entry.section or "", taxonomy)
        assert home is not None and home[1] in question.tags
        if any(taxonomy.tag(t).topic == question.topic for t in question.tags):
            assert home[0] == question.topic
        assert entry.level == question.level


def test_ingest_merges_a_deck_with_the_text_dump(deck_folder: Path, tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / SEED.name).write_bytes(SEED.read_bytes())
    (sources / "interview-prep.apkg").write_bytes(
        (deck_folder / "interview-prep.apkg").read_bytes()
    )
    out = tmp_path / "questions"
    assert main(["ingest", str(sources), "--out", str(out), "-q"]) == 0
    files = {p.name: read_question_file(p) for p in out.glob("*.md")}
    from_deck = [q for q in files.values() if any(s.file.endswith(".apkg") for s in q.sources)]
    assert len(from_deck) == 6
    dropout = next(q for q in from_deck if "lQ_5fXx59_26u_2b" in {s.label for s in q.sources})
    assert {s.file for s in dropout.sources} == {SEED.name, "interview-prep.apkg"}
    assert len(dropout.sources) == 3
    freeze = next(q for q in from_deck if q.title == "How do you freeze layers in PyTorch?")
    assert freeze.level == "senior" and "```python" in freeze.answer
    relu = next(q for q in from_deck if q.title == "Why use ReLU rather than sigmoid?")
    assert relu.tags[0] == "activation-functions" and "$\\max(0, x)$" in relu.answer
