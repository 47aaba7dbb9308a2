"""report.py: merges with scores, near misses, garbled answers, hand-edited files."""

from __future__ import annotations

from conftest import raw

from generator.dedupe import DedupeSettings
from generator.model import Taxonomy, WordList
from generator.pipeline import build_questions
from generator.report import render_report

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
    assert report.count("None.") == 4
    assert "### " not in report
