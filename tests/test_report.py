"""report.py: what needs review first (counts shared with the CLI), merges with evidence."""

from __future__ import annotations

from pathlib import Path

from conftest import raw

from generator.ingest.dedupe import DedupeSettings
from generator.ingest.identity import PreviousQuestion
from generator.ingest.pipeline import build_questions, link_questions, tag_questions
from generator.ingest.report import render_report, report_body, review_items, summary
from generator.loaders import load_curation
from generator.model import Curation, Taxonomy, WordList

RAWS = [
    raw("1", "What is means by auto-encoder?", "A network whose targets equal its inputs."),
    raw("2", "What Is An Autoencoder?", "It learns to copy its input | to its output."),
    raw("3", "What is gradient descent?", "Minimizing a loss to find optimal weights."),
    raw("4", "What is stocastic gradient descent?", "Slopes on one batch data value."),
]


def test_report_lists_merges_near_misses_garbled_and_hand_edits(
    words: WordList, taxonomy: Taxonomy
) -> None:
    built = build_questions(RAWS, words, taxonomy)
    report = render_report(built.entries, built.dedupe, built.merged, DedupeSettings(), ["old.md"])
    assert "- Entries read: 4" in report
    assert "- Questions written: 3" in report
    assert "### `autoencoder`: What is an autoencoder?" in report
    assert "2 entries, automatic; main text from" in report
    assert "| `t.txt#1` | What is autoencoder? |" in report
    near = report.split("## Closest pairs not merged")[1].split("## Answers")[0]
    assert "`t.txt#3` What is gradient descent?" in near
    assert "`t.txt#4` What is stochastic gradient descent?" in near
    garbled = report.split("## Answers that still read as garbled")[1].split("## Hand")[0]
    assert "stochastic-gradient-descent" in garbled
    assert "- `old.md`: differs from what ingest last wrote" in report


def test_report_without_merges_or_edits_says_none(words: WordList, taxonomy: Taxonomy) -> None:
    built = build_questions(RAWS[2:3], words, taxonomy)
    report = render_report(built.entries, built.dedupe, built.merged, DedupeSettings(), [])
    needs = report.split("## Needs review")[1].split("## How repeats")[0]
    assert needs.count("None.") == 4  # no gained source, no weak merge, nothing new, unanswered
    assert "- `gradient-descent`: What is gradient descent?" in needs.split("### Unreviewed")[1]
    merges = report.split("\n## Merges\n")[1].split("## Closest")[0]
    assert "### " not in merges
    assert report.split("## Hand-edited files kept")[1].strip() == "None."


def curated(tmp_path: Path, text: str) -> Curation:
    path = tmp_path / "curation.yaml"
    path.write_text(text, encoding="utf-8")
    return load_curation(path)


def test_needs_review_opens_the_report_and_matches_the_summary_counts(
    tmp_path: Path, words: WordList, taxonomy: Taxonomy
) -> None:
    first = build_questions(RAWS[:1] + RAWS[2:], words, taxonomy)
    previous = [PreviousQuestion(q.id, frozenset(map(str, q.sources))) for q in first.questions]
    cur = curated(tmp_path, "questions:\n  autoencoder:\n    reviewed: true\n")
    later = [
        *RAWS,
        raw("5", "What is a Boltzmann machine?"),
        raw("6", "What is an epoch?", "One pass."),
    ]
    built = build_questions(later, words, taxonomy, cur, previous)
    report = render_report(
        built.entries, built.dedupe, built.merged, DedupeSettings(), [], previous=previous
    )
    assert report.index("## Needs review") < report.index("\n## Merges\n")
    items = review_items(built.entries, built.merged, DedupeSettings(), previous)
    assert f"- {summary(items)}." in report
    assert [q.id for q in items.new] == ["boltzmann-machine", "epoch"]
    assert [q.id for q in items.unanswered] == ["boltzmann-machine"]
    assert "autoencoder" not in [q.id for q in items.unreviewed]
    (gained,) = items.gained_source
    assert gained.question.id == "autoencoder"
    assert [str(e.ref) for e in gained.new_entries] == ["t.txt#2"]
    section = report.split("### Reviewed questions that gained a source")[1].split("### Merges")[0]
    assert "New text from `t.txt#2`" in section
    assert "> It learns to copy its input" in section
    assert items.merged_groups == 1 and items.repeats == 1
    assert "1 merged groups (1 repeats folded in)" in summary(items)


def test_points_claimed_as_kept_are_in_the_answer(
    tmp_path: Path, words: WordList, taxonomy: Taxonomy
) -> None:
    raws = [
        raw(
            "1",
            "What is dropout?",
            "Dropout randomly drops units while training, so the network cannot rely on any "
            "one unit and overfits less.",
        ),
        raw("2", "What is a dropout?", "It acts like an averaged ensemble of thinned networks."),
    ]
    merged = build_questions(raws, words, taxonomy)
    report = render_report(merged.entries, merged.dedupe, merged.merged, DedupeSettings(), [])
    added = [point for _, point in merged.merged[0].text.added_points]
    assert added, "the shorter entry's extra point is merged in"
    assert "Points kept from the other versions:" in report
    cur = curated(tmp_path, "questions:\n  dropout:\n    answer: Dropout zeroes units.\n")
    replaced = build_questions(raws, words, taxonomy, cur)
    report = render_report(replaced.entries, replaced.dedupe, replaced.merged, DedupeSettings(), [])
    assert "Points kept from the other versions:" not in report
    assert "Points of the other versions that the answer does not have:" in report


def test_a_large_automatic_group_is_listed_for_review(words: WordList, taxonomy: Taxonomy) -> None:
    # seven entries that ask one thing: a dump asks a question two to four times, so a
    # group this large is listed for a person even though every pair scores high
    raws = [
        raw(str(n), "What is gradient descent?", f"Gradient descent, version {n}.")
        for n in range(1, 8)
    ]
    built = build_questions(raws, words, taxonomy)
    (group,) = [m for m in built.merged if len(m.group.entries) > 1]
    assert len(group.group.entries) == 7
    assert all(link.score >= DedupeSettings().review_below for link in group.group.links)
    items = review_items(built.entries, built.merged, DedupeSettings())
    assert [m.question.id for m in items.low_confidence] == ["gradient-descent"]
    report = render_report(built.entries, built.dedupe, built.merged, DedupeSettings(), [])
    assert "- `gradient-descent`: What is gradient descent?: 7 entries in one question" in report
    larger = DedupeSettings(review_group_size=8)
    assert review_items(built.entries, built.merged, larger).low_confidence == ()


def test_the_report_reads_nothing_that_linking_adds(words: WordList, taxonomy: Taxonomy) -> None:
    """Ingest writes the report from the questions before linking, while the links are
    ranked: tagging leaves the links unset, linking sets them, and the report is the same
    with or without them."""
    tagged = tag_questions(RAWS, words, taxonomy)
    built = link_questions(tagged)
    assert built == build_questions(RAWS, words, taxonomy)
    assert not any(m.question.related for m in tagged.built.merged)
    assert any(q.related for q in built.questions)
    before, after = tagged.built, built
    assert report_body(
        before.entries, before.dedupe, before.merged, DedupeSettings()
    ) == report_body(after.entries, after.dedupe, after.merged, DedupeSettings())
