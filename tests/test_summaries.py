"""summaries.py: one-line summaries and the term a "What is X?" title defines."""

from __future__ import annotations

import pytest

from generator.document import inline_text
from generator.ingest.summaries import MAX_SUMMARY, defined_terms
from generator.ingest.summaries import summarize as summarize_tree
from generator.markup.markdown import parse_blocks, render_inlines


def summarize(answer: str) -> str:
    """The summary of an answer written here in Markdown, as the Markdown a file holds."""
    return render_inlines(summarize_tree(parse_blocks(answer)))


def test_summary_is_the_first_sentence() -> None:
    assert summarize("Dropout drops nodes. It reduces overfitting.") == "Dropout drops nodes."


def test_summary_loses_emoji() -> None:
    assert summarize("\u2705 Dropout drops nodes \U0001f680. It helps.") == "Dropout drops nodes."


def test_summary_of_a_list_joins_its_first_items() -> None:
    assert summarize("- lots of data\n- cross-validation") == "Lots of data; cross-validation."
    many = "\n".join(f"{n}. step {n}" for n in range(1, 7))
    assert summarize(many) == "Step 1; step 2; step 3; step 4; …"


def test_lead_in_with_a_colon_takes_the_list_after_it() -> None:
    summary = summarize("Three layers:\n\n- encoder\n- code\n- decoder")
    assert summary.lower() == "three layers: encoder; code; decoder."


def test_long_summary_is_cut_at_a_word_without_breaking_math() -> None:
    text = "word " * 60 + "and $x^{2}$ end."
    summary = summarize(text)
    assert len(inline_text(summarize_tree(parse_blocks(text)))) <= MAX_SUMMARY + 1
    assert summary.endswith("…")
    assert summary.count("$") % 2 == 0
    cut = summarize("a" * 10 + " " + "word " * 41 + "$x \\ge 0$ tail.")
    assert cut.count("$") % 2 == 0


def test_summary_is_one_line() -> None:
    assert "\n" not in summarize("First line\nsecond line.\n\nNext paragraph.")


@pytest.mark.parametrize(
    ("title", "terms"),
    [
        ("What is an autoencoder?", ("autoencoder",)),
        ("What is the cost function?", ("cost function",)),
        ("What is gradient descent", ("gradient descent",)),
        ("What is the difference between A and B?", ()),
        ("What is overfitting and underfitting?", ()),
        ("How does ReLU work?", ()),
        ("What is R^2 value?", ()),
        ("What is a very long noun phrase here now?", ()),
    ],
)
def test_defined_terms(title: str, terms: tuple[str, ...]) -> None:
    assert defined_terms(title) == terms
