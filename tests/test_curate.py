"""curate.py: checked references, field overrides, renames, and id collisions."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import CurationError
from generator.ingest.curate import apply_overrides, check_references
from generator.loaders import load_curation
from generator.model import Question, SourceRef, Taxonomy


def question(qid: str, label: str, aliases: tuple[str, ...] = ()) -> Question:
    return Question(
        qid, f"What is {qid}?", "A.", "", "", (), (SourceRef("t.txt", label),), aliases=aliases
    )


QUESTIONS = [question("alpha", "1"), question("beta", "2", ("old-beta",)), question("gamma", "3")]


def curation(tmp_path: Path, text: str):
    path = tmp_path / "curation.yaml"
    path.write_text(text, encoding="utf-8")
    return load_curation(path)


def test_fields_set_by_a_maintainer_win(tmp_path: Path, taxonomy: Taxonomy) -> None:
    cur = curation(
        tmp_path,
        "questions:\n"
        "  alpha:\n"
        "    title: What is Alpha, really?\n"
        "    tags: [regularization, overfitting]\n"
        "    reviewed: true\n"
        "  old-beta:\n"
        "    note: Found by its alias.\n",
    )
    result = apply_overrides(QUESTIONS, cur, taxonomy)
    assert result[0].title == "What is Alpha, really?"
    assert result[0].tags == ("regularization", "overfitting")
    assert result[0].topic == taxonomy.tag("regularization").topic
    assert result[0].reviewed is True
    assert result[1].note == "Found by its alias."
    assert result[2] == QUESTIONS[2]


def test_renaming_keeps_the_old_id_as_alias(tmp_path: Path, taxonomy: Taxonomy) -> None:
    cur = curation(tmp_path, "questions:\n  beta:\n    id: beta-renamed\n")
    renamed = apply_overrides(QUESTIONS, cur, taxonomy)[1]
    assert renamed.id == "beta-renamed"
    assert renamed.aliases == ("beta", "old-beta")


def test_swapping_two_ids_is_allowed(tmp_path: Path, taxonomy: Taxonomy) -> None:
    cur = curation(tmp_path, "questions:\n  alpha:\n    id: beta\n  beta:\n    id: alpha\n")
    result = apply_overrides(QUESTIONS, cur, taxonomy)
    assert [q.id for q in result] == ["beta", "alpha", "gamma"]


def test_id_override_colliding_with_another_question(tmp_path: Path, taxonomy: Taxonomy) -> None:
    cur = curation(tmp_path, "questions:\n  alpha:\n    title: A?\n    id: gamma\n")
    with pytest.raises(CurationError) as info:
        apply_overrides(QUESTIONS, cur, taxonomy)
    assert info.value.line == 4
    assert "two questions end with id 'gamma'" in info.value.message


def test_two_overrides_giving_one_id(tmp_path: Path, taxonomy: Taxonomy) -> None:
    cur = curation(tmp_path, "questions:\n  alpha:\n    id: zeta\n  beta:\n    id: zeta\n")
    with pytest.raises(CurationError) as info:
        apply_overrides(QUESTIONS, cur, taxonomy)
    assert info.value.line == 5


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("questions:\n  alpha:\n    title: X?\n    tags: [nope]\n", 4, "unknown tag 'nope'"),
        ("questions:\n  alpha:\n    tags: [a, b, c, d, e]\n", 3, "unknown tag"),
        ("questions:\n  alpha:\n    topic: nope\n", 3, "unknown topic 'nope'"),
        ("questions:\n  alpha:\n    title: X?\n  missing:\n    title: Y?\n", 4, "no question"),
    ],
)
def test_bad_overrides_name_their_line(
    tmp_path: Path, taxonomy: Taxonomy, text: str, line: int, message: str
) -> None:
    with pytest.raises(CurationError) as info:
        apply_overrides(QUESTIONS, curation(tmp_path, text), taxonomy)
    assert info.value.line == line
    assert message in info.value.message


def test_too_many_tags(tmp_path: Path, taxonomy: Taxonomy) -> None:
    tags = ", ".join(t.slug for t in taxonomy.tags[:5])
    cur = curation(tmp_path, f"questions:\n  alpha:\n    tags: [{tags}]\n")
    with pytest.raises(CurationError, match="1 to 4 tags"):
        apply_overrides(QUESTIONS, cur, taxonomy)


def test_merge_of_an_unknown_entry_is_an_error(tmp_path: Path) -> None:
    cur = curation(tmp_path, "merge:\n  - [t.txt#1, t.txt#2]\n  - [t.txt#3, t.txt#99]\n")
    known = [SourceRef("t.txt", str(n)) for n in (1, 2, 3)]
    with pytest.raises(CurationError) as info:
        check_references(cur, known)
    assert info.value.line == 3
    assert "t.txt#99" in info.value.message
