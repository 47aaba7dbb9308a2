"""pipeline.py: drafts, completion of what curation left unset, and rendering once."""

from __future__ import annotations

from pathlib import Path

from generator.document import Link, Paragraph, Text
from generator.ingest.normalize import Normalizer
from generator.ingest.pipeline import (
    build_questions,
    complete_question,
    draft_question,
    finish_question,
)
from generator.ingest.tagging import Tagger
from generator.markup.markdown import parse_blocks
from generator.model import (
    Curation,
    Entry,
    MergedText,
    MergeGroup,
    QuestionDraft,
    QuestionOverride,
    SourceRef,
    Tag,
    Taxonomy,
    Topic,
    WordList,
)

TAXONOMY = Taxonomy(
    topics=(Topic("foundations", "Foundations", ""), Topic("cnns", "Convolutional networks", "")),
    tags=(
        Tag("basics", "Basics", "", ("learning",), "foundations"),
        Tag("pooling", "Pooling", "", ("pooling",), "cnns"),
        Tag("conv", "Convolutions", "", ("convolution", "kernel"), "cnns"),
    ),
    default_tag="basics",
    sources=(("vision", "cnns"),),
)
NORMALIZER = Normalizer(WordList())
TAGGER = Tagger(TAXONOMY)


def entry(label: str, answer: str, section: str | None = None, level: str | None = None) -> Entry:
    return Entry(
        SourceRef("s.md", label), "What is a kernel?", parse_blocks(answer), (), (), 0, 0, len(answer.split()),
        section=section, level=level,
    )  # fmt: skip


def test_draft_takes_sources_level_and_sections_from_its_entries() -> None:
    group = MergeGroup((entry("L9", "A small filter.", "Vision", "hard"), entry("2", "x")), ())
    draft = draft_question(group, MergedText("What is a kernel?", group.entries[0].answer, ()))
    assert [str(s) for s in draft.sources] == ["s.md#2", "s.md#L9"]
    assert (draft.level, draft.sections, draft.answered) == ("hard", ("Vision",), True)


def test_a_heading_the_taxonomy_maps_decides_the_topic() -> None:
    draft = QuestionDraft(
        "What is a kernel?", parse_blocks("A convolution kernel slides over the image."), (),
        sections=("Vision",),
    )  # fmt: skip
    done = complete_question(draft, TAGGER, NORMALIZER)
    assert done.topic == "cnns" and done.tags == ("conv",)
    unmapped = complete_question(
        QuestionDraft(
            "What is learning?", parse_blocks("Learning from data."), (), sections=("Misc",)
        ),
        TAGGER,
        NORMALIZER,
    )
    assert unmapped.topic == "foundations"


def test_completion_fills_only_what_is_unset() -> None:
    curated = QuestionDraft(
        "What is a kernel?",
        parse_blocks("A kernel is a small weight matrix."),
        (),
        tags=("conv",),
        terms=(),
        summary=(Text("Curated."),),
    )
    done = complete_question(curated, TAGGER, NORMALIZER)
    assert done.terms == () and done.summary == (Text("Curated."),)
    assert done.topic == "cnns"
    fresh = complete_question(
        QuestionDraft("What is a kernel?", parse_blocks("A small matrix. More."), ()),
        TAGGER,
        NORMALIZER,
    )
    assert fresh.terms == ("kernel",) and fresh.summary == (Text("A small matrix."),)


def test_unanswered_question_keeps_its_link_and_gets_no_summary() -> None:
    link = (Paragraph((Link("https://example.org/a", (Text("Answer"),)),)),)
    draft = QuestionDraft("What is a GAN?", link, (), answered=False)
    question = finish_question(complete_question(draft, TAGGER, NORMALIZER))
    assert question.answer == "[Answer](https://example.org/a)"
    assert (question.summary, question.terms, question.answered) == ("", (), False)


def test_a_curated_empty_term_list_stays_empty_end_to_end() -> None:
    from generator.model import RawEntry

    raws = [RawEntry(SourceRef("s.txt", "1"), "What is a kernel?", parse_blocks("A small matrix."))]
    plain = build_questions(raws, WordList(), TAXONOMY)
    assert plain.questions[0].terms == ("kernel",)
    override = QuestionOverride(key=plain.questions[0].id, line=3, terms=())
    curated = build_questions(raws, WordList(), TAXONOMY, Curation("c.yaml", questions=(override,)))
    assert curated.questions[0].terms == ()


def test_reading_and_normalizing_in_one_pass_gives_the_same_entries(
    monkeypatch, tmp_path, words
) -> None:
    import pytest

    from generator.errors import SourceError
    from generator.ingest import parallel, pipeline

    sources = sorted((Path(__file__).parent / "fixtures" / "sources").iterdir())
    paths = [p for p in sources if p.is_file()]
    expected = pipeline.normalize_entries(pipeline.read_entries(paths, words), Normalizer(words))
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(pipeline, "PARALLEL_FILES", 2)
    assert pipeline.read_normalized(paths, words) == expected
    broken = tmp_path / "broken.txt"
    broken.write_text("1. What is X?\nAn x.\n1. What is Y?\nA y.\n", encoding="utf-8")
    with pytest.raises(SourceError, match=r"broken\.txt:3: label 1 is used twice"):
        pipeline.read_normalized([*paths, broken], words)
