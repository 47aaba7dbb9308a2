"""The Anki deck: imported into a fresh collection with Anki's own library, updated, pinned."""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from conftest import CONTENT
from site_support import site_html

from generator.cli import main
from generator.config import SiteInfo
from generator.content import Content
from generator.dates import midnight
from generator.model import Question, SourceRef, Taxonomy
from generator.outputs.anki import (
    FIELDS,
    NOTE_TYPE_ID,
    NOTE_TYPE_NAME,
    answer_html,
    build_deck,
    guid_key,
    note_guid,
)
from generator.questionfile import read_question_folder, render_question

SITE = "https://example.github.io/studyguide/"
DATE = dt.date(2026, 3, 14)


def _deck(questions, taxonomy: Taxonomy, site_url: str | None, date: dt.date) -> bytes:
    """build_deck over ``questions`` with a site of ``.html`` pages at ``site_url``."""
    site = SiteInfo(directory_urls=False).with_url(site_url)
    return build_deck(Content.of(questions, taxonomy), site, midnight(date))


GRADIENT = Question(
    id="gradient-descent",
    title="What is gradient descent? (<b> is not a tag)",
    answer=(
        "Gradient descent steps against the gradient, $w \\leftarrow w - \\eta \\nabla L$, "
        "until the loss $L < \\epsilon$.\n\n"
        "$$\n\\nabla L = \\frac{\\partial L}{\\partial w}\n$$\n\n"
        "1. Compute the loss.\n2. Compute the gradient.\n3. Update the weights.\n\n"
        "```python\nfor x, y in batches:\n    w -= lr * grad(w, x, y)\n```\n\n"
        "| variant | batch |\n| --- | --- |\n| SGD | 1 |\n| mini-batch | 32 |\n"
    ),
    summary="Step the weights against the gradient of the loss, $\\nabla L$.",
    topic="training",
    tags=("gradient-descent", "neural-networks"),
    sources=(SourceRef("dump.txt", "1"),),
    level="junior",
)
RELU = Question(
    id="relu",
    title="What is ReLU?",
    answer="- $\\max(0, x)$\n- cheap to compute\n- no vanishing gradient for $x > 0$\n",
    summary="The activation $\\max(0, x)$.",
    topic="neural-networks",
    tags=("activation-functions",),
    sources=(SourceRef("dump.txt", "2"),),
)
UNANSWERED = Question(
    id="explain-attention",
    title="Explain attention.",
    answer="",
    summary="",
    topic="architectures",
    tags=("neural-networks",),
    sources=(SourceRef("dump.txt", "3"),),
    answered=False,
)
QUESTIONS = (GRADIENT, RELU, UNANSWERED)


def _import(collection: Collection, folder: Path, data: bytes, name: str):
    path = folder / name
    path.write_bytes(data)
    request = ImportAnkiPackageRequest(
        package_path=str(path), options=ImportAnkiPackageOptions(with_scheduling=False)
    )
    return collection.import_anki_package(request).log


@pytest.fixture
def collection(tmp_path: Path):
    col = Collection(str(tmp_path / "collection.anki2"))
    yield col
    col.close()


def _notes(collection: Collection) -> dict[str, object]:
    return {
        collection.get_note(nid)["Question"]: collection.get_note(nid)
        for nid in collection.find_notes("")
    }


def test_fresh_collection_imports_one_note_per_answered_question(
    collection: Collection, tmp_path: Path, taxonomy: Taxonomy
) -> None:
    log = _import(collection, tmp_path, _deck(QUESTIONS, taxonomy, SITE, DATE), "a.apkg")
    assert len(log.new) == 2 and collection.note_count() == 2 and collection.card_count() == 2
    notes = _notes(collection)
    gradient = notes["What is gradient descent? (&lt;b&gt; is not a tag)"]
    assert list(gradient.keys()) == list(FIELDS)
    answer = gradient["Answer"]
    assert r'<span class="arithmatex">\(w \leftarrow w - \eta \nabla L\)</span>' in answer
    assert r"\(L &lt; \epsilon\)" in answer  # HTML-escaped inside math; MathJax reads the text
    assert '<div class="arithmatex">\\[\n\\nabla L' in answer and "\\]</div>" in answer
    assert "$" not in answer
    assert "<ol>\n<li>Compute the loss.</li>" in answer
    assert '<div class="highlight"><pre>' in answer and '<span class="k">for</span>' in answer
    assert "<table>" in answer and "<th>variant</th>" in answer and "<td>mini-batch</td>" in answer
    assert gradient["Summary"] == (
        r'Step the weights against the gradient of the loss, <span class="arithmatex">'
        r"\(\nabla L\)</span>."
    )
    assert gradient["Topic"] == "Training and optimization"
    assert gradient["Tags list"] == "Gradient descent, Neural networks"
    assert gradient["Level"] == "junior"
    assert gradient["Link"] == f"{SITE}questions/gradient-descent.html"
    assert sorted(gradient.tags) == [
        "studyguide::level::junior",
        "studyguide::neural-networks::neural-networks",
        "studyguide::training",
        "studyguide::training::gradient-descent",
    ]
    relu = notes["What is ReLU?"]
    assert sorted(relu.tags) == [
        "studyguide::neural-networks",
        "studyguide::neural-networks::activation-functions",
    ]
    assert relu["Level"] == ""
    assert all(note.tags for note in notes.values())


def test_cards_render_with_summary_tags_and_link(
    collection: Collection, tmp_path: Path, taxonomy: Taxonomy
) -> None:
    _import(collection, tmp_path, _deck(QUESTIONS, taxonomy, SITE, DATE), "a.apkg")
    cards = {
        collection.get_card(cid).note()["Question"]: collection.get_card(cid)
        for cid in collection.find_cards("")
    }
    card = cards["What is ReLU?"]
    assert "What is ReLU?" in card.question() and "max(0, x)" not in card.question()
    back = card.answer()
    assert "In short:" in back and r"\(\max(0, x)\)" in back
    assert "Neural networks · Activation functions" in back
    assert f'href="{SITE}questions/relu.html"' in back
    assert "level:" not in back  # no level, no level line


def test_without_site_url_notes_have_no_link(
    collection: Collection, tmp_path: Path, taxonomy: Taxonomy
) -> None:
    _import(collection, tmp_path, _deck(QUESTIONS, taxonomy, None, DATE), "a.apkg")
    card = collection.get_card(collection.find_cards("")[0])
    assert card.note()["Link"] == "" and "href" not in card.answer()


def test_second_import_adds_nothing_and_keeps_review_history(
    collection: Collection, tmp_path: Path, taxonomy: Taxonomy
) -> None:
    _import(collection, tmp_path, _deck(QUESTIONS, taxonomy, SITE, DATE), "a.apkg")
    card = collection.get_card(collection.find_cards('"Question:What is ReLU?"')[0])
    card.start_timer()
    collection.sched.answerCard(card, 3)
    reviewed = collection.get_card(card.id)
    edited = replace(RELU, answer=RELU.answer + "- the default in most networks\n")
    later = _deck((GRADIENT, edited, UNANSWERED), taxonomy, SITE, DATE + dt.timedelta(1))
    log = _import(collection, tmp_path, later, "b.apkg")
    assert len(log.new) == 0 and len(log.updated) == 2
    assert collection.note_count() == 2 and collection.card_count() == 2
    assert "default in most networks" in collection.get_card(card.id).note()["Answer"]
    after = collection.get_card(card.id)
    assert (after.reps, after.ivl, after.due, after.type) == (
        reviewed.reps,
        reviewed.ivl,
        reviewed.due,
        reviewed.type,
    )
    assert after.reps == 1 and collection.db.scalar("select count() from revlog") == 1
    # The same deck again: nothing new, nothing changed.
    again = _import(collection, tmp_path, later, "c.apkg")
    assert len(again.new) == 0 and len(again.updated) == 0 and collection.note_count() == 2


def test_renamed_question_keeps_its_note(
    collection: Collection, tmp_path: Path, taxonomy: Taxonomy
) -> None:
    _import(collection, tmp_path, _deck(QUESTIONS, taxonomy, SITE, DATE), "a.apkg")
    renamed = replace(RELU, id="rectified-linear-unit", aliases=("relu",))
    assert guid_key(renamed) == "relu" and note_guid(renamed) == note_guid(RELU)
    later = _deck((GRADIENT, renamed), taxonomy, SITE, DATE + dt.timedelta(1))
    log = _import(collection, tmp_path, later, "b.apkg")
    assert len(log.new) == 0 and collection.note_count() == 2
    link = _notes(collection)["What is ReLU?"]["Link"]
    assert link == f"{SITE}questions/rectified-linear-unit.html"


def test_merged_question_keeps_a_note_of_the_ids_it_absorbed(taxonomy: Taxonomy) -> None:
    merged = replace(GRADIENT, aliases=("sgd", "steepest-descent"))
    assert guid_key(merged) == "sgd"
    assert note_guid(merged) == note_guid(replace(GRADIENT, id="sgd"))
    assert note_guid(GRADIENT) != note_guid(RELU)


def test_same_questions_and_date_give_the_same_bytes(taxonomy: Taxonomy) -> None:
    first = _deck(QUESTIONS, taxonomy, SITE, DATE)
    second = _deck(tuple(reversed(QUESTIONS)), taxonomy, SITE, DATE)
    assert first == second
    assert _deck(QUESTIONS, taxonomy, SITE, DATE + dt.timedelta(1)) != first
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert archive.namelist() == ["collection.anki2", "media"]
        assert {info.date_time for info in archive.infolist()} == {(2026, 3, 14, 0, 0, 0)}
        database = archive.read("collection.anki2")
    connection = sqlite3.connect(":memory:")
    connection.deserialize(database)
    stamp = int(dt.datetime(2026, 3, 14, tzinfo=dt.UTC).timestamp())
    assert connection.execute("select crt, mod from col").fetchone() == (stamp, stamp * 1000)
    assert {row[0] for row in connection.execute("select mod from notes")} == {stamp}
    assert {row[0] for row in connection.execute("select mod from cards")} == {stamp}
    ids = [
        row[0] for row in connection.execute("select id from notes union all select id from cards")
    ]
    assert min(ids) == stamp * 1000 and len(set(ids)) == 4
    connection.close()


def test_question_url_follows_directory_urls() -> None:
    pages = SiteInfo(directory_urls=False)
    assert pages.with_url(SITE).page_url("relu") == f"{SITE}questions/relu.html"
    folders = SiteInfo(directory_urls=True).with_url(SITE.rstrip("/"))
    assert folders.page_url("relu") == f"{SITE}questions/relu/"
    assert pages.page_url("relu") is None and pages.with_url("").page_url("relu") is None


def test_committed_questions_make_a_tagged_deck(
    collection: Collection, tmp_path: Path, taxonomy: Taxonomy
) -> None:
    questions = read_question_folder(CONTENT / "questions")
    answered = sum(1 for q in questions if q.answered)
    data = _deck(questions, taxonomy, SITE, DATE)
    assert data == _deck(questions, taxonomy, SITE, DATE)
    log = _import(collection, tmp_path, data, "guide.apkg")
    assert len(log.new) == answered == collection.note_count() > 0
    for nid in collection.find_notes(""):
        note = collection.get_note(nid)
        assert note.tags and all(t.startswith("studyguide::") for t in note.tags)
        assert note["Answer"] and "$" not in note["Answer"]
    assert collection.find_notes("Answer:*arithmatex*")  # the guide's math reached the cards
    again = _import(collection, tmp_path, _deck(questions, taxonomy, SITE, DATE), "b.apkg")
    assert len(again.new) == 0 and collection.note_count() == answered


def test_cli_writes_the_deck_and_rejects_unknown_tags(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "questions"
    folder.mkdir()
    for question in QUESTIONS:
        (folder / f"{question.id}.md").write_text(render_question(question), encoding="utf-8")
    out = tmp_path / "out" / "deck.apkg"
    args = ["anki", "--questions", str(folder), "--out", str(out), "--date", "2026-03-14"]
    args += ["--site-url", "https://example.org/guide/"]  # mkdocs.yml may leave it unset
    assert main(args) == 0
    assert "anki: 2 notes" in capsys.readouterr().out
    first = out.read_bytes()
    assert main(args) == 0 and out.read_bytes() == first
    bad = replace(RELU, tags=("no-such-tag",))
    (folder / "relu.md").write_text(render_question(bad), encoding="utf-8")
    out.unlink()
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "no-such-tag" in err and len(err.splitlines()) == 1
    assert not out.exists()


def test_note_type_is_ours_and_loads_nothing_from_outside(
    collection: Collection, tmp_path: Path, taxonomy: Taxonomy
) -> None:
    _import(collection, tmp_path, _deck(QUESTIONS, taxonomy, SITE, DATE), "a.apkg")
    note_type = collection.models.by_name(NOTE_TYPE_NAME)
    assert note_type is not None and note_type["id"] == NOTE_TYPE_ID
    css = note_type["css"]
    assert ".nightMode .highlight .k" in css and ".highlight .k" in css and ".nightMode" in css
    for remote in ("url(", "@import", "@font-face", "http", "<script", "<link"):
        assert remote not in css
        assert all(remote not in t["qfmt"] + t["afmt"] for t in note_type["tmpls"])


def test_answers_render_as_the_site_renders_them() -> None:
    questions = [*read_question_folder(CONTENT / "questions"), GRADIENT, RELU]
    for question in questions:
        assert answer_html(question.answer) == site_html(question.answer).strip(), question.id
