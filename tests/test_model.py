"""The data model's helpers."""

from __future__ import annotations

import dataclasses

import pytest

from generator.document import Paragraph, Text
from generator.model import QuestionDraft, SourceRef, evolve


def _draft() -> QuestionDraft:
    return QuestionDraft(
        title="What is dropout?",
        answer=(Paragraph((Text("Randomly zeroing units while training."),)),),
        sources=(SourceRef("a.md", "3", 7),),
        answered=True,
    )


def test_evolve_gives_what_replace_gives() -> None:
    draft = _draft()
    changed = evolve(draft, id="dropout", tags=("regularization",))
    assert changed == dataclasses.replace(draft, id="dropout", tags=("regularization",))
    assert type(changed) is QuestionDraft
    assert draft.id != "dropout"  # the original is untouched


def test_evolve_refuses_a_name_that_is_not_a_field() -> None:
    with pytest.raises(TypeError, match="no field 'ids'"):
        evolve(_draft(), ids="dropout")


def test_evolve_computes_a_cached_property_again_from_the_new_fields() -> None:
    ref = SourceRef("a.md", "10", 4)
    assert ref.sort_key == ("a.md", "", 10, "")
    moved = evolve(ref, label="Q2")
    assert moved.sort_key == ("a.md", "Q", 2, "")
    assert moved.line == 4
