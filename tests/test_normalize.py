"""normalize.py: typos and variants, sentence case, titles, formulas found in plain text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.document import Code, ListBlock, Math, Paragraph, Strong, Text
from generator.ingest.normalize import (
    Normalizer,
    clean_unicode,
    fixes_possible,
    without_pictographs,
    written_short_forms,
)
from generator.markup.markdown import render_inlines
from generator.model import RawEntry, SourceRef, WordList


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


def test_full_width_forms_and_cjk_punctuation_become_ascii_and_cjk_stays() -> None:
    text = "Is dropout necessary here？ Use cases： （Ａ）\u3000ok。【Q1】「深度学习」、fine"
    assert (
        clean_unicode(text) == 'Is dropout necessary here? Use cases: (A) ok. [Q1]"深度学习", fine'
    )


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
        ("Explain about industry", "Explain about industry?"),
        ("Count the orders placed per day.", "Count the orders placed per day."),
        ("Write a query. Explain it?", "Write a query. Explain it?"),
        ("What are auto encodes :", "What are auto encodes?"),
        ("what is means by convex hull?", "What is convex hull?"),
    ],
)
def test_titles_end_in_exactly_one_question_mark(norm: Normalizer, raw: str, expected: str) -> None:
    assert norm.normalize_title(raw)[0] == expected


def test_listed_formula_becomes_latex(norm: Normalizer) -> None:
    assert (
        render_inlines(norm.find_formulas("Loss: MSE=1nΣ(Y^i–Yi)^2 here"))
        == r"Loss: $\mathrm{MSE}$ here"
    )


def test_inequalities_and_powers_become_latex(norm: Normalizer) -> None:
    assert render_inlines(norm.find_formulas("for all x>=0 and x<0 try x^2")) == (
        r"for all $x \ge 0$ and $x < 0$ try $x^{2}$"
    )
    assert (
        render_inlines(norm.find_formulas("a value <0 for all rows"))
        == "a value $< 0$ for all rows"
    )


def test_answer_text_is_fixed_but_code_and_math_are_not(norm: Normalizer) -> None:
    blocks = (
        Paragraph((Strong((Text("Stocastic"),)), Text(" uses relu, "), Code("relu(x)"), Text("."))),
        ListBlock(False, ((Paragraph((Text("x>=0 gives relu"),)),), (Paragraph((Math("relu"),)),))),
    )
    fixed, fixes = norm.normalize_answer(blocks)
    assert fixed == (
        Paragraph(
            (Strong((Text("Stochastic"),)), Text(" uses ReLU, "), Code("relu(x)"), Text("."))
        ),
        ListBlock(
            False,
            (
                (Paragraph((Math(r"x \ge 0"), Text(" gives ReLU"))),),
                (Paragraph((Math("relu"),)),),
            ),
        ),
    )
    assert fixes == 3


def test_spaces_between_inline_pieces_survive(norm: Normalizer) -> None:
    blocks = (Paragraph((Text("  a  "), Strong((Text("b"),)), Text(" c  "))),)
    assert norm.normalize_answer(blocks)[0] == (
        Paragraph((Text("a "), Strong((Text("b"),)), Text(" c"))),
    )


def test_title_key_ignores_filler_and_plurals(norm: Normalizer) -> None:
    assert norm.title_key("What are the autoencoders?") == ("autoencoder",)
    assert norm.title_key("What is the use of dropout in neural networks?") == (
        "role",
        "dropout",
    )


def test_title_key_keeps_a_filler_word_written_as_a_short_form(words: WordList) -> None:
    norm = Normalizer(words)  # the repository's word list: "do" and "is" are filler
    assert norm.title_key("Describe the working principle of DO for audio tagging.") == (
        "working",
        "principle",
        "do",
        "audio",
        "tagging",
    )
    assert "do" not in norm.title_key("How do you do it for audio tagging?")
    assert norm.title_key("WHAT IS DROPOUT?") == ("dropout",)  # all capitals: no short forms


def test_stop_words_shouted_beside_other_capitals_are_no_short_forms(words: WordList) -> None:
    norm = Normalizer(words)
    # "HOW CAN I CONTROL" is shouted: its stop words are words, as in lower case
    assert norm.title_key("Q. HOW CAN I CONTROL overfitting?") == norm.title_key(
        "Q. How can I control overfitting?"
    )
    assert written_short_forms("Q. HOW CAN I CONTROL it with DO?") == ["DO"]
    assert written_short_forms("Why use SGD VS ADAM? Is IT worth it?") == [
        "SGD",
        "VS",
        "ADAM",
        "IT",
    ]
    assert written_short_forms("CNN LSTM models: WHAT ARE THEY?") == ["CNN", "LSTM"]


def test_a_question_banks_tag_before_a_title_is_dropped(norm: Normalizer) -> None:
    assert norm.normalize_title("[Meta ML E5] What do you gain by adding dropout?")[0] == (
        "What do you gain by adding dropout?"
    )
    assert norm.normalize_title("[Google L5] [onsite] Why use dropout?")[0] == "Why use dropout?"
    assert norm.normalize_title("L2 [ridge] penalty: what is it?")[0].startswith("L2 [ridge]")


def test_normalize_entry_counts_fixes_and_spun_phrases(norm: Normalizer) -> None:
    raw = RawEntry(
        SourceRef("t.txt", "1"),
        "What Is Stocastic Descent?",
        (Paragraph((Text("It uses relu and data value."),)),),
    )
    entry = norm.normalize_entry(raw)
    assert entry.title == "What is stochastic descent?"
    assert entry.answer == (Paragraph((Text("It uses ReLU and data value."),)),)
    assert entry.corrections == 2
    assert entry.spun_phrases == 1
    assert entry.prose_words == 6
    assert "stochastic" in entry.title_key


def test_prose_words_count_prose_only(norm: Normalizer) -> None:
    answer = (
        Paragraph((Text("Scale inputs with "), Code("x / 255"), Text(" first."))),
        ListBlock(False, ((Paragraph((Text("then train"),)),),)),
    )
    entry = norm.normalize_entry(RawEntry(SourceRef("t.txt", "1"), "Why scale?", answer))
    assert entry.prose_words == 6  # "Scale inputs with first." and "then train"


def test_relative_links_and_images_keep_only_their_text(norm: Normalizer) -> None:
    from generator.document import Image, Link

    blocks = (
        Paragraph(
            (
                Link("img/plot.png", (Text("the plot"),)),
                Text(" and "),
                Image("img/roc.png", "ROC curve"),
                Text(" and "),
                Link("https://example.org/a", (Text("a"),)),
            )
        ),
    )
    assert norm.normalize_answer(blocks)[0] == (
        Paragraph(
            (Text("the plot and ROC curve and "), Link("https://example.org/a", (Text("a"),)))
        ),
    )


def test_wiki_links_of_note_apps_keep_only_their_text(norm: Normalizer) -> None:
    title = "5. What kind of [[tabular data]] is [[deep learning|DL]] good at?"
    assert norm.normalize_title(title)[0] == "5. What kind of tabular data is DL good at?"
    answer = (Paragraph((Text("See [[Bias-variance trade-off]]; a [[1, 2]] list stays."),)),)
    assert norm.normalize_answer(answer)[0] == (
        Paragraph((Text("See Bias-variance trade-off; a [[1, 2]] list stays."),)),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\U0001f914 Why use dropout?", " Why use dropout?"),
        ("What is X? \u2b50\ufe0f", "What is X?"),
        ("Dropout drops nodes \U0001f680.", "Dropout drops nodes."),
        ("Dropout \U0001f44d\U0001f3fd works", "Dropout works"),
        ("A family \U0001f468\u200d\U0001f469\u200d\U0001f467 emoji", "A family emoji"),
        ("Keycap 1\ufe0f\u20e3 here", "Keycap 1 here"),
        (
            "Greek \u03b1 \u2192 \u03b2, \u2264 and \u00bd stay",
            "Greek \u03b1 \u2192 \u03b2, \u2264 and \u00bd stay",
        ),
    ],
)
def test_emoji_and_pictographs_are_dropped(text: str, expected: str) -> None:
    assert without_pictographs(text) == expected


def test_a_title_loses_its_emoji(norm: Normalizer) -> None:
    assert norm.normalize_title("\U0001f680 What is dropout? \U0001f914")[0] == "What is dropout?"


def test_spun_count_is_the_detectors_count_of_listed_phrases(norm: Normalizer) -> None:
    assert norm.spun_count("Data value, then data value again.") == 2
    assert norm.spun_count("A value point and a dataset value.") == 0  # filler: not listed
    assert norm.spun_count("stocastic relu") == 0  # typos: fixed and counted as corrections
    assert norm.spun_count("Clean text.") == 0


def test_spun_count_keeps_value_function_the_real_term() -> None:
    norm = Normalizer(WordList(spun_phrases=("value function",)))
    rl = "The agent learns the value function from rewards under a policy."
    assert norm.spun_count(rl) == 0
    assert norm.spun_count("Call drop() on the value function.") == 1


@given(
    st.lists(
        st.one_of(
            st.sampled_from(["hyper parameters", "Hyper Parameters", "relu", "ReLU", "stocastic"]),
            st.sampled_from(["auto-encoder", "AUTO-ENCODER", "what is means by"]),
            st.text(alphabet="acdehilnoprsty -.,İéK'", max_size=8),
        ),
        max_size=8,
    )
)
@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_the_cheap_test_never_skips_text_a_fix_regex_would_change(
    norm: Normalizer, pieces: list[str]
) -> None:
    text = "".join(pieces)
    for pattern, table in (norm._fixes, norm._title_fixes):
        if pattern.search(text):
            assert fixes_possible(text, table)
