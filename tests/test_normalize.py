"""normalize.py: typos and variants, sentence case, titles, formulas, escaping."""

from __future__ import annotations

import pytest

from generator.model import Block, RawEntry, SourceRef, WordList
from generator.normalize import Normalizer, clean_unicode


@pytest.fixture(scope="module")
def norm() -> Normalizer:
    return Normalizer(
        WordList(
            typos=(("stocastic", "stochastic"), ("relu", "ReLU"), ("thinging", "")),
            phrases=(("auto-encoder", "autoencoder"), ("hyper parameters", "hyperparameters")),
            title_phrases=(("what is means by", "what is"),),
            formulas=(("MSE=1nΣ(Y^i–Yi)^2", r"\mathrm{MSE}"),),
            keep_case=("Boltzmann", "ReLU", "RNN"),
            spun_phrases=("data value",),
            title_filler=("what", "is", "are", "the", "a", "of"),
            title_context=("in neural networks",),
            synonyms=(("use", "role"),),
        )
    )


def test_clean_unicode_straightens_quotes_and_spaces() -> None:
    assert clean_unicode("  It’s  “fine”\u00a0now\t ") == 'It\'s "fine" now'


def test_typos_and_variants_are_fixed_and_counted(norm: Normalizer) -> None:
    text, fixes = norm.fix_text("Stocastic descent with an Auto-encoder and hyper parameters")
    assert text == "Stochastic descent with an Autoencoder and hyperparameters"
    assert fixes == 3


def test_fixes_match_whole_words_only(norm: Normalizer) -> None:
    assert norm.fix_text("prelude and relu-like")[0] == "prelude and relu-like"
    assert norm.fix_text("use relu here")[0] == "use ReLU here"


def test_a_typo_fixed_to_nothing_leaves_no_double_space(norm: Normalizer) -> None:
    assert norm.fix_text("two thinging useful functions")[0] == "two useful functions"


def test_title_case_becomes_sentence_case_keeping_acronyms(norm: Normalizer) -> None:
    title, _ = norm.normalize_title("What Is A Boltzmann Machine In An RNN Or Relu?")
    assert title == "What is a Boltzmann machine in an RNN or ReLU?"


def test_sentence_case_titles_are_left_alone(norm: Normalizer) -> None:
    title, _ = norm.normalize_title("Is regression better than Neural Networks?")
    assert title == "Is regression better than Neural Networks?"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("What is p value", "What is p value?"),
        ("What is p value ??", "What is p value?"),
        ("Explain about industry.", "Explain about industry?"),
        ("What are auto encodes :", "What are auto encodes?"),
        ("what is means by convex hull?", "What is convex hull?"),
    ],
)
def test_titles_end_in_exactly_one_question_mark(norm: Normalizer, raw: str, expected: str) -> None:
    assert norm.normalize_title(raw)[0] == expected


def test_listed_formula_becomes_latex(norm: Normalizer) -> None:
    assert norm.to_markdown("Loss: MSE=1nΣ(Y^i–Yi)^2 here") == r"Loss: $\mathrm{MSE}$ here"


def test_inequalities_and_powers_become_latex(norm: Normalizer) -> None:
    assert norm.to_markdown("for all x>=0 and x<0 try x^2") == (
        r"for all $x \ge 0$ and $x < 0$ try $x^{2}$"
    )
    assert norm.to_markdown("a value <0 for all rows") == "a value $< 0$ for all rows"


def test_html_in_source_text_is_escaped(norm: Normalizer) -> None:
    out = norm.to_markdown("<script>alert(1)</script> and <img src=x onerror=alert(1)>")
    assert "<" not in out and ">" not in out
    assert out == ("&lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=alert(1)&gt;")


def test_markdown_in_source_text_is_escaped(norm: Normalizer) -> None:
    assert norm.to_markdown("*bold* _em_ `code` [link](x) $5 a|b") == (
        r"\*bold\* \_em\_ \`code\` \[link\](x) \$5 a\|b"
    )
    assert norm.to_markdown("# not a heading") == r"\# not a heading"
    assert norm.to_markdown("1. not a list") == r"1\. not a list"
    assert norm.to_markdown("- not a bullet") == r"\- not a bullet"


def test_blocks_render_as_markdown_lists_and_labels(norm: Normalizer) -> None:
    blocks = (
        Block("paragraph", ("Intro:",)),
        Block("bullets", ("one", "two")),
        Block("numbered", ("first", "second")),
        Block("labels", ("Learning rate", "How fast.")),
        Block("labels", ("Encoder", "Compresses.", "Decoder", "Restores.")),
    )
    markdown, plain, fixes = norm.render_blocks(blocks)
    assert markdown == (
        "Intro:\n\n- one\n- two\n\n1. first\n2. second\n\n**Learning rate:** How fast.\n\n"
        "- **Encoder**: Compresses.\n- **Decoder**: Restores."
    )
    assert fixes == 0
    assert "Compresses." in plain


def test_list_items_are_escaped_too(norm: Normalizer) -> None:
    markdown, _, _ = norm.render_blocks((Block("bullets", ("<b>x</b>", "*y*")),))
    assert markdown == "- &lt;b&gt;x&lt;/b&gt;\n- \\*y\\*"


def test_title_key_ignores_filler_and_plurals(norm: Normalizer) -> None:
    assert norm.title_key("What are the autoencoders?") == ("autoencoder",)
    assert norm.title_key("What is the use of dropout in neural networks?") == (
        "role",
        "dropout",
    )


def test_normalize_entry_counts_fixes_and_spun_phrases(norm: Normalizer) -> None:
    raw = RawEntry(
        SourceRef("t.txt", "1"),
        "What Is Stocastic Descent?",
        (Block("paragraph", ("It uses relu and data value.",)),),
    )
    entry = norm.normalize_entry(raw)
    assert entry.title == "What is stochastic descent?"
    assert entry.answer == "It uses ReLU and data value."
    assert entry.corrections == 2
    assert entry.spun_phrases == 1
    assert "stochastic" in entry.title_key
