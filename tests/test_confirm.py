"""confirm.py: same subject, an ask no list knows, answers that say the same things."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from test_dedupe import entries, grouped

from generator.ingest.asks import asks_firmly_apart, statement_lead
from generator.ingest.confirm import (
    Reading,
    _Cover,
    _union_columns,
    asks_clash,
    names_subject,
    read_subject,
    run_pairs,
    subject_cover,
    subject_covers,
)
from generator.ingest.dedupe import DedupeSettings, find_duplicates
from generator.ingest.subjects import Subject
from generator.model import WordList

# Two collections' answers about gradient clipping: different wording, the same points.
CLIPPING = (
    "Clipping rescales the gradient whenever its norm exceeds a chosen threshold, so a "
    "single exploding step cannot wreck the weights; recurrent networks trained with "
    "backpropagation through time rely on it."
)
CLIPPING_AGAIN = (
    "With clipping, when the norm of the gradient exceeds a threshold, the gradient is "
    "rescaled to that threshold, so an exploding step cannot wreck the weights of recurrent "
    "networks trained with backpropagation through time."
)
# Another question about the same subject: what can go wrong with it.
CLIPPING_COSTS = (
    "A threshold set too low slows learning, because every step is shortened, and the "
    "direction of a clipped step is kept while its size is lost; it hides the cause of "
    "instability instead of curing it."
)


def test_unknown_phrasing_merges_when_the_answers_agree(words: WordList) -> None:
    found = find_duplicates(
        entries(
            words,
            ("1", "Gradient clipping for recurrent networks in a nutshell?", CLIPPING),
            ("2", "Give me the gist of gradient clipping for recurrent networks.", CLIPPING_AGAIN),
        )
    )
    assert grouped(found) == [["1", "2"]]
    (link,) = found.groups[0].links
    assert "answers agree" in link.evidence
    assert link.answer >= DedupeSettings().answer_line


def test_same_subject_with_another_answer_stays_apart(words: WordList) -> None:
    found = find_duplicates(
        entries(
            words,
            ("1", "Gradient clipping for recurrent networks in a nutshell?", CLIPPING),
            ("2", "Give me the gist of gradient clipping for recurrent networks.", CLIPPING_COSTS),
        )
    )
    assert grouped(found) == [["1"], ["2"]]


# A dump that pastes one answer under another wording of its question, a word changed.
CLIPPING_COPIED = CLIPPING.replace("rely on it", "depend on it")


def test_asks_the_cue_lists_tell_apart_merge_only_on_answers_that_say_the_same(
    words: WordList,
) -> None:
    titles = (
        "What are the drawbacks of gradient clipping for RNNs?",
        "Give examples of gradient clipping for RNNs.",
    )
    # answers that agree as rewritten repeats do (above the answer line) are not enough
    found = find_duplicates(
        entries(words, ("1", titles[0], CLIPPING), ("2", titles[1], CLIPPING_AGAIN))
    )
    assert grouped(found) == [["1"], ["2"]]
    # answers that say the same things are above the clash line: a repeat filed under
    # another ask, merged with the evidence, and scored from the clash line
    found = find_duplicates(
        entries(words, ("1", titles[0], CLIPPING), ("2", titles[1], CLIPPING_COPIED))
    )
    assert grouped(found) == [["1", "2"]]
    (link,) = found.groups[0].links
    assert link.ask == "limitations ≠ examples"
    assert "over the clash line 0.70: the cue lists' asks differ" in link.evidence
    # merged by their answers, the two titles are no longer a near miss of the report
    assert not [p for p in found.near_misses if {p.left.label, p.right.label} == {"1", "2"}]
    settings = DedupeSettings()
    assert link.answer >= settings.clash_line
    span = (1 - settings.threshold) / (1 - settings.clash_line)
    assert link.score == pytest.approx(
        settings.threshold + (link.answer - settings.clash_line) * span, abs=2e-3
    )
    # and a clash line above 1 switches that off
    found = find_duplicates(
        entries(words, ("1", titles[0], CLIPPING), ("2", titles[1], CLIPPING_COPIED)),
        settings=DedupeSettings(clash_line=1.1),
    )
    assert grouped(found) == [["1"], ["2"]]


@pytest.mark.parametrize(
    ("first", "second", "cues"),
    [
        # "Why do we use X?" is filed under purpose by some collections, under advantages
        # by others
        (
            "What is gradient clipping for RNNs used for?",
            "What are the advantages of gradient clipping for RNNs?",
            ["purpose", "advantages"],
        ),
        # "How is X calculated?" names a formula, "How does X work?" a mechanism;
        # collections ask both for the same explanation
        (
            "How is gradient clipping for RNNs calculated?",
            "How does gradient clipping for RNNs work?",
            ["formula", "how-it-works"],
        ),
    ],
)
def test_close_asks_do_not_clash_and_the_answers_decide(
    words: WordList, first: str, second: str, cues: list[str]
) -> None:
    for other, merged in ((CLIPPING_AGAIN, True), (CLIPPING_COSTS, False)):
        found = find_duplicates(entries(words, ("1", first, CLIPPING), ("2", second, other)))
        assert [s.cue_ask for s in found.subjects] == cues
        assert grouped(found) == ([["1", "2"]] if merged else [["1"], ["2"]])


def test_switched_off_by_a_line_above_one(words: WordList) -> None:
    settings = DedupeSettings(answer_line=1.1)
    found = find_duplicates(
        entries(
            words,
            ("1", "Gradient clipping for recurrent networks in a nutshell?", CLIPPING),
            ("2", "Give me the gist of gradient clipping for recurrent networks.", CLIPPING_AGAIN),
        ),
        settings=settings,
    )
    assert grouped(found) == [["1"], ["2"]]


def subject(order: tuple[str, ...], cue_ask: str = "") -> Subject:
    return Subject("definition", frozenset(order), order=order, cue_ask=cue_ask)


def test_run_pairs_share_two_words_in_order_and_skip_generic_runs() -> None:
    anchored = [
        ("gradient", "clipping", "recurrent"),
        ("clipping", "recurrent", "nutshell"),
        ("recurrent", "clipping"),  # another order: no shared run
        ("dropout",),
        (),  # a short form left unread takes no part
    ]
    assert _pairs(run_pairs(anchored, run_group=40)) == [(0, 1)]
    crowd = [("a", "b", str(i)) for i in range(5)]
    assert _pairs(run_pairs(crowd, run_group=4)) == []
    assert _pairs(run_pairs(crowd, run_group=5)) == list(itertools.combinations(range(5), 2))
    assert _pairs(run_pairs([("a", "b", "a", "b"), ("a", "b")], run_group=40)) == [(0, 1)]
    assert _pairs(run_pairs([], run_group=40)) == []


def _pairs(found: tuple[np.ndarray, np.ndarray]) -> list[tuple[int, int]]:
    return list(zip(found[0].tolist(), found[1].tolist(), strict=True))


def test_words_no_answer_uses_do_not_count_and_short_forms_are_spelled_out() -> None:
    weights = {"gradient": 2.0, "clipping": 3.0, "recurrent": 2.0, "nutshell": 4.0, "gist": 4.0}
    answer = ("gradient", "clipping", "rescale", "recurrent", "network")
    one = read_subject(subject(("gradient", "clipping", "recurrent", "nutshell")), answer)
    other = read_subject(subject(("gist", "gc", "recurrent")), answer)
    assert one.anchored == ("gradient", "clipping", "recurrent")
    assert other.spelled == ("gist", "gradient", "clipping", "recurrent")
    assert subject_cover(one, other, weights) == 1.0
    # Words each answer uses, only one title has: the two stay apart.
    total = read_subject(subject(("total", "variance")), ("total", "variance", "mean"))
    within = read_subject(subject(("variance", "within")), ("variance", "within", "group"))
    assert subject_cover(total, within, {}) < 0.9


def test_a_hyphenated_answer_word_spells_a_short_form_with_its_parts() -> None:
    answer = ("between-group", "reward", "shaping", "scale", "return")
    read = read_subject(subject(("bgr", "search")), answer)
    assert read.spelled == ("between", "group", "reward", "search")


def test_a_word_the_answer_hyphenates_is_a_word_it_uses() -> None:
    # Title keys join "semi-supervised" into one word; answer keys keep the hyphen.
    read = read_subject(
        subject(("semisupervised", "clustering", "nutshell")),
        ("semi-supervised", "clustering", "label", "few", "point"),
    )
    assert read.anchored == ("semisupervised", "clustering")


def test_clash_needs_two_named_asks_or_a_comparison() -> None:
    assert asks_clash(subject(("x",), "limitations"), subject(("x",), "examples"))
    assert asks_clash(subject(("x",), "definition"), subject(("x",), "fix"))
    assert not asks_clash(subject(("x",), "limitations"), subject(("x",), ""))
    assert asks_clash(subject(("x",), "comparison"), subject(("x",), ""))
    # what X is for and what X is good for: collections file "Why do we use X?" under
    # either, so the answers decide
    assert not asks_clash(subject(("x",), "purpose"), subject(("x",), "advantages"))
    assert asks_clash(subject(("x",), "purpose"), subject(("x",), "limitations"))
    assert asks_clash(subject(("x",), "advantages"), subject(("x",), "when-to-use"))


def test_a_title_whose_subject_no_answer_names_never_merges_on_its_title(words: WordList) -> None:
    lead_in = "I get the idea but not the mechanism. What does {} do behind the scenes?"
    found = find_duplicates(
        entries(
            words,
            ("1", lead_in.format("gradient clipping"), CLIPPING),
            ("2", lead_in.format("label smoothing"), CLIPPING_COSTS),
        )
    )
    assert grouped(found) == [["1"], ["2"]]
    long = ("clipping", "norm") * 10
    assert not names_subject(read_subject(subject(("get", "not")), long), len(long))
    assert names_subject(read_subject(subject(("get", "not")), ("overfitting",)), 1)
    assert names_subject(read_subject(subject(("gc",)), ("gradient", "clipping")), 20)


def test_a_title_opening_with_a_statement_is_read_from_its_question(words: WordList) -> None:
    lead_in = "I get the idea but not the mechanism. What does {} do behind the scenes?"
    found = find_duplicates(
        entries(
            words,
            ("1", lead_in.format("gradient clipping"), CLIPPING),
            ("2", "How does gradient clipping work?", CLIPPING_AGAIN),
            ("3", lead_in.format("label smoothing"), CLIPPING_COSTS),
        )
    )
    assert grouped(found) == [["1", "2"], ["3"]]
    assert {"gradient", "clipping"} <= found.subjects[0].words
    assert not {"get", "idea"} & found.subjects[0].words
    # The opening sentence names the subject and the answer uses it: it stays the reading.
    critique = find_duplicates(
        entries(words, ("1", "Critique gradient clipping. What are its weak spots?", CLIPPING))
    )
    assert {"gradient", "clipping"} <= critique.subjects[0].words


def test_a_context_the_title_opens_with_stays_with_its_question(words: WordList) -> None:
    title = (
        "For recurrent networks, I learn better from concrete cases. "
        "Could you show me examples of gradient clipping in action?"
    )
    (subject,) = find_duplicates(entries(words, ("1", title, CLIPPING))).subjects
    assert {"recurrent", "gradient", "clipping"} <= subject.words
    assert not {"learn", "concrete"} & subject.words
    assert subject.cue_ask == "examples"


def test_on_a_tie_in_answer_words_the_rarer_reading_wins(words: WordList) -> None:
    # Answers that name no subject cannot choose; the lead-in's words recur in every
    # title asked that way, the subjects' words do not.
    lead_in = "I get the idea but not the mechanism. What does {} do behind the scenes?"
    subjects = [
        "gradient clipping",
        "label smoothing",
        "beam search",
        "weight decay",
    ]
    found = find_duplicates(
        entries(
            words,
            *(
                (str(k), lead_in.format(s), "It rescales each step.")
                for k, s in enumerate(subjects)
            ),
        )
    )
    for subject, read in zip(subjects, found.subjects, strict=True):
        assert set(subject.split()) <= read.words
        assert not {"get", "not", "idea"} & read.words


@pytest.mark.parametrize(
    ("title", "asked_as"),
    [
        (  # a middle sentence
            "Long-time listener, first-time caller. My manager keeps saying gradient "
            "clipping in standups and I nod along. Could you spell out, in plain words, "
            "what it denotes?",
            {"spell", "listener"},
        ),
        (  # one sentence: a lead-in that asks about nothing, the question after a comma
            "I know what it's supposed to achieve, but mechanically, what happens during "
            "gradient clipping — like what gets computed and in what order?",
            {"supposed", "achieve", "mechanically"},
        ),
        (  # a follow-up clause, after a leading phrase the answer uses
            "For recurrent networks, what are the observed residuals and what is gradient "
            "clipping?",
            {"observed", "residual"},
        ),
        (  # a first clause the answer names half of by chance ("exploding")
            "What are the exploding residuals and what is gradient clipping for recurrent "
            "networks?",
            {"residual"},
        ),
        (  # a heading whose first clause, ended by a semicolon, is about something else
            "The Future of Artificial Intelligence; Why We Need Gradient Clipping:",
            {"future", "artificial", "intelligence"},
        ),
    ],
)
def test_a_subject_the_first_clause_misses_is_found_where_it_is(
    words: WordList, title: str, asked_as: set[str]
) -> None:
    (subject,) = find_duplicates(entries(words, ("1", title, CLIPPING))).subjects
    assert {"gradient", "clipping"} <= subject.words
    assert not asked_as & subject.words


def test_statement_lead_finds_the_first_sentence_that_asks() -> None:
    title = "I learn better from concrete cases. Could you show me examples of dropout?"
    assert title[statement_lead(title) :] == "Could you show me examples of dropout?"
    assert statement_lead("What is dropout? Explain briefly.") == 0
    assert statement_lead("Summarise the strengths of dropout w.r.t. the usual ones.") == 0
    assert statement_lead("Bagging vs. boosting?") == 0  # nothing later asks
    hooked = '"My data drifted. What\'s next?" How to handle covariate shift'
    assert hooked[statement_lead(hooked) :] == "How to handle covariate shift"
    curly = "\u201cToo slow?\u201d \u2014 how does pruning work?"
    assert curly[statement_lead(curly) :] == "how does pruning work?"
    # a quoted name is no hook
    assert statement_lead('"Attention is all you need": what does it mean?') == 0


GRAPH_CONVOLUTION = (
    "A graph convolution averages each node's features with its neighbours' features "
    "through a learned weight matrix, so information spreads along the edges of the graph."
)


@pytest.mark.parametrize(("spelled_out", "expected"), [(True, [["1", "2"], ["3"]]), (False, None)])
def test_a_short_form_with_several_readings_is_read_by_its_own_answer(
    words: WordList, spelled_out: bool, expected: list[list[str]] | None
) -> None:
    # "GC" could be gradient clipping or graph convolution, and no question asks either
    # the way the short form's title does: only an answer that spells it out settles it,
    # and then the title reads as that subject.
    answer = "Gradient clipping: " + CLIPPING if spelled_out else CLIPPING
    found = find_duplicates(
        entries(
            words,
            (
                "1",
                "Explain the mechanics of gradient clipping for recurrent networks.",
                CLIPPING_AGAIN,
            ),
            ("2", "GC for recurrent networks in a nutshell?", answer),
            (
                "3",
                "Explain the mechanics of graph convolution for recurrent networks.",
                GRAPH_CONVOLUTION,
            ),
        )
    )
    if spelled_out:
        assert found.subjects[1].unresolved is None
        assert found.subjects[1].rewrites == (
            "gc → gradient clipping (abbreviation its answer spells out)",
        )
    else:
        assert found.subjects[1].unresolved == "gc"
    assert grouped(found) == (expected or [["1"], ["2"], ["3"]])


STRENGTHS = (
    "It keeps the network from becoming overconfident, so predicted probabilities are "
    "better calibrated, and it often generalises a little better on unseen examples; "
    "beam search and knowledge distillation downstream also behave better."
)
STRENGTHS_AGAIN = (
    "Predictions stop being overconfident: probabilities come out better calibrated, "
    "training is a bit more robust to noisy annotations, accuracy on held-out data rises, "
    "and the logits stay small enough for later calibration steps to work well."
)
DEFINITION = (
    "Label smoothing replaces one-hot training targets with a mixture of the one-hot "
    "vector and a uniform distribution over the classes."
)


def test_answers_that_never_name_their_subject_merge_when_other_answers_name_it(
    words: WordList,
) -> None:
    strengths = (
        ("1", "What are the strengths of label smoothing?", STRENGTHS),
        ("2", "List the main advantages of label smoothing.", STRENGTHS_AGAIN),
    )
    # No answer anywhere uses "label" or "smoothing": the titles alone are no evidence.
    assert grouped(find_duplicates(entries(words, *strengths))) == [["1"], ["2"]]
    # Another question's answer talks about label smoothing: the subject is a real one.
    with_definition = entries(words, *strengths, ("3", "What is label smoothing?", DEFINITION))
    assert grouped(find_duplicates(with_definition)) == [["1", "2"], ["3"]]


EXPOSURE = (
    "Exposure bias in beam search comes from training only on gold prefixes; scheduled "
    "sampling feeds the model its own predictions during training, and sequence-level "
    "training or minimum risk training closes the gap between training and decoding."
)
EXPOSURE_AGAIN = (
    "Feed the model its own predictions during training with scheduled sampling, or use "
    "sequence-level training such as minimum risk training, so the gap between training "
    "on gold prefixes and decoding closes; exposure bias in beam search then shrinks."
)


def test_a_short_form_in_the_chatter_around_a_question_does_not_keep_it_apart(
    words: WordList,
) -> None:
    # "LB" (leaderboard) could be label balancing or a linear bottleneck, and the answer
    # spells out neither: the title still takes part with its other words.
    found = find_duplicates(
        entries(
            words,
            ("1", "How can you prevent exposure bias in beam search?", EXPOSURE),
            (
                "2",
                "Kaggle newbie: my LB score tanks because of exposure bias in beam search, "
                "how do I get rid of it?",
                EXPOSURE_AGAIN,
            ),
            ("3", "What is label balancing?", "Reweighting classes so each counts alike."),
            ("4", "What is a linear bottleneck?", "A narrow linear layer between wide ones."),
        )
    )
    assert found.subjects[1].unresolved == "lb"
    assert grouped(found) == [["1", "2"], ["3"], ["4"]]


def test_how_one_thing_differs_from_another_is_no_repeat_of_what_it_is(
    words: WordList,
) -> None:
    # "different from" names two things: a comparison, never a repeat of a question
    # about one of them, however alike the answers (even word for word)
    for other in (CLIPPING_AGAIN, CLIPPING):
        found = find_duplicates(
            entries(
                words,
                ("1", "What is gradient clipping?", CLIPPING),
                ("2", "How is gradient clipping different from weight decay?", other),
            )
        )
        assert grouped(found) == [["1"], ["2"]]


@pytest.mark.parametrize(
    ("asks_a", "asks_b", "apart"),
    [
        ({"comparison"}, {"definition"}, True),
        ({"advantages", "comparison"}, {"advantages"}, True),
        ({"definition"}, {"fix"}, True),
        ({"definition", "purpose"}, {"fix", "advantages"}, True),
        ({"fix"}, {"cause"}, False),  # "How to avoid X?" read as what causes it
        ({"definition"}, {"examples"}, False),
        ({"comparison"}, {"comparison"}, False),
        ({"definition", "fix"}, {"fix"}, False),  # sharing an ask, they do not clash
    ],
)
def test_asks_firmly_apart_are_a_comparison_and_what_is_against_how_to_fix(
    asks_a: set[str], asks_b: set[str], apart: bool
) -> None:
    assert asks_firmly_apart(asks_a, asks_b) is apart
    assert asks_firmly_apart(asks_b, asks_a) is apart


def test_a_title_of_unknown_ask_never_joins_two_groups_that_ask_different_things(
    words: WordList,
) -> None:
    # "X in a nutshell?" names no ask, so it clashes with neither title; its answer
    # agrees with both (with 3's word for word). Joined to one, it must not bring the
    # other along: 1 and 3 agree above the answer line but below the clash line.
    found = find_duplicates(
        entries(
            words,
            ("1", "What are the advantages of gradient clipping?", CLIPPING),
            ("2", "Gradient clipping in a nutshell?", CLIPPING_AGAIN),
            ("3", "When should you use gradient clipping?", CLIPPING_AGAIN),
        )
    )
    groups = grouped(found)
    assert not any({"1", "3"} <= set(group) for group in groups)
    assert ["1", "2"] in groups or ["2", "3"] in groups
    # the refused link goes to the report's closest pairs, with its reason
    (refused,) = [p for p in found.near_misses if "not merged" in p.evidence]
    assert "2" in {refused.left.label, refused.right.label}
    assert "the groups ask advantages / when-to-use" in refused.evidence


def test_a_setting_the_title_opens_with_is_context_not_the_subject(words: WordList) -> None:
    # "When training deep networks, ..." read as the question gave every title the
    # subject "training deep": different questions merged on it
    subjects = ("gradient clipping", "label smoothing", "weight decay", "beam search")
    found = find_duplicates(
        entries(
            words,
            *(
                (
                    str(k),
                    f"When training deep networks, what are the standard remedies for {s}?",
                    f"During training of deep networks, {s} is handled with care. " + CLIPPING,
                )
                for k, s in enumerate(subjects)
            ),
        )
    )
    assert grouped(found) == [["0"], ["1"], ["2"], ["3"]]
    assert all({"training", "deep"} < subject.words for subject in found.subjects)


CLIPPING_DEFINED = (
    "Gradient clipping is a safeguard in training: a cap on the size of each update step "
    "of an optimizer, one hyperparameter that practitioners tune like a learning rate."
)


CLIPPING_EXAMPLES = (
    "Recurrent language models such as LSTMs for machine translation clip gradients, and "
    "so do deep reinforcement learning agents like PPO and speech models trained with CTC."
)
CLIPPING_EXAMPLES_AGAIN = (
    "Examples: LSTM language models and translation systems, PPO agents in reinforcement "
    "learning, and CTC speech recognisers all clip gradient norms while training."
)


@pytest.mark.parametrize(
    ("title", "answer", "expected"),
    [
        # the answer gives examples: the follow-up is the question
        (
            "What is gradient clipping? Give an example.",
            CLIPPING_EXAMPLES,
            [["1", "2", "4"], ["3"]],
        ),
        # the follow-up only rides along: the answer is about what it is
        (
            "What is gradient clipping? Give an example.",
            "Gradient clipping is a training safeguard: a cap on the size of each update "
            "step of an optimizer, a hyperparameter practitioners tune like a learning rate.",
            [["1", "2"], ["3", "4"]],
        ),
    ],
)
def test_a_follow_up_is_the_question_when_the_answer_answers_it(
    words: WordList, title: str, answer: str, expected: list[list[str]]
) -> None:
    found = find_duplicates(
        entries(
            words,
            ("1", "What are some examples of gradient clipping?", CLIPPING_EXAMPLES_AGAIN),
            ("2", "Give examples of gradient clipping.", CLIPPING_EXAMPLES_AGAIN + " More."),
            ("3", "What is gradient clipping?", CLIPPING_DEFINED),
            ("4", title, answer),
        )
    )
    assert grouped(found) == expected
    if expected[0] == ["1", "2", "4"]:
        assert found.subjects[3].ask == "examples"
        assert "its follow-up" in found.subjects[3].rewrites[-1]
    else:
        assert found.subjects[3].ask == "definition"


@pytest.mark.parametrize(
    ("title", "ask"),
    [
        ("What is gradient clipping? How does it work?", "how-it-works"),
        ("What is gradient clipping, and how can it be avoided?", "fix"),
        ("What is gradient clipping and when should you use it?", "when-to-use"),
        # a cause, then how to fix it: filed under how to fix it too
        ("What causes exploding gradients? How do you mitigate them?", "fix"),
        ("What can cause exploding gradients and how can they be reduced?", "fix"),
        ("What is gradient clipping, and what to do with it?", "fix"),
    ],
)
def test_a_follow_up_asking_how_it_works_how_to_fix_or_when_is_the_question(
    words: WordList, title: str, ask: str
) -> None:
    # collections file "What is X, and how can it be avoided?" under how to fix X,
    # whatever the answer says first
    found = find_duplicates(entries(words, ("1", title, CLIPPING_DEFINED)))
    assert found.subjects[0].ask == ask
    assert found.subjects[0].cue_ask == ask
    assert f"asks {ask}: its follow-up" in found.subjects[0].rewrites


EXPLODING_FIXES = (
    "Clip the gradient norm to a threshold, lower the learning rate, initialise weights "
    "with a variance-preserving scheme, and add normalisation layers or residual "
    "connections so that updates stay bounded."
)
EXPLODING_DEFINED = (
    "Exploding gradients are gradients whose norm grows exponentially as they flow back "
    "through many layers or time steps, so the loss turns into NaN after a few updates."
)


def test_titles_misread_the_same_way_do_not_outvote_a_follow_up(words: WordList) -> None:
    # Both compound titles are first read as "What are exploding gradients?"; each one's
    # answer agrees best with the other's, but that is no evidence for the first
    # question: only a plain "What are X?" counts against the follow-up.
    found = find_duplicates(
        entries(
            words,
            ("1", "How do you prevent exploding gradients?", EXPLODING_FIXES),
            ("2", "What are exploding gradients, and how can they be avoided?", EXPLODING_FIXES),
            (
                "3",
                "What are exploding gradients, and how to fix them?",
                EXPLODING_FIXES + " Watch the loss for spikes.",
            ),
            ("4", "What are exploding gradients?", EXPLODING_DEFINED),
        )
    )
    assert [found.subjects[k].ask for k in range(4)] == ["fix", "fix", "fix", "definition"]
    assert grouped(found) == [["1", "2", "3"], ["4"]]


CLIPPING_PURPOSE = (
    "It keeps training stable: one oversized step from a steep cliff in the loss surface "
    "would otherwise throw the weights far away and undo many epochs of progress."
)
CLIPPING_PURPOSE_AGAIN = (
    "To keep training stable, so that a single oversized step from a steep cliff in the "
    "loss surface cannot throw the weights far away and undo epochs of progress."
)


@pytest.mark.parametrize(
    ("title", "answer", "ask"),
    [
        # "why would you want to use it" names advantages; the others ask what it is for
        (
            "What is gradient clipping and why would you want to use it?",
            CLIPPING_PURPOSE_AGAIN,
            "purpose",
        ),
        # a follow-up no cue names: the answers say which question it is
        (
            "What is gradient clipping and what to make of it?",
            CLIPPING_PURPOSE_AGAIN,
            "purpose",
        ),
        # a follow-up that rides along: the answer is about what it is
        (
            "What is gradient clipping? Keep the answer short.",
            CLIPPING_DEFINED + " Short.",
            "definition",
        ),
    ],
)
def test_a_follow_up_may_ask_a_close_or_unnamed_ask_when_the_answer_says_so(
    words: WordList, title: str, answer: str, ask: str
) -> None:
    found = find_duplicates(
        entries(
            words,
            ("1", "What is the purpose of gradient clipping?", CLIPPING_PURPOSE),
            ("2", "What is gradient clipping used for?", CLIPPING_PURPOSE + " Always."),
            ("3", "What is gradient clipping?", CLIPPING_DEFINED),
            ("4", title, answer),
        )
    )
    assert found.subjects[3].ask == ask
    if ask == "purpose":
        assert grouped(found) == [["1", "2", "4"], ["3"]]
        assert "asks purpose: its follow-up (answers agree" in found.subjects[3].rewrites[-1]
    else:
        assert grouped(found) == [["1", "2"], ["3", "4"]]


def test_an_unnamed_follow_up_after_another_ask_rides_along(words: WordList) -> None:
    # "How does X work, and what to make of it?": the first question is no definition,
    # so the follow-up is no question of its own whatever the answer says (the clash
    # line is off: answers word for word alike would merge the two over their asks)
    found = find_duplicates(
        entries(
            words,
            ("1", "What is the purpose of gradient clipping?", CLIPPING_PURPOSE),
            ("2", "How does gradient clipping work, and what to make of it?", CLIPPING_PURPOSE),
        ),
        settings=DedupeSettings(clash_line=1.1),
    )
    assert found.subjects[1].ask == "how-it-works"
    assert grouped(found) == [["1"], ["2"]]


def _random_readings(seed: int, count: int) -> list[Reading]:
    """Readings over a small vocabulary: many share words, some have words their answer
    never uses (doubtful ones, for the answer words) or use none of theirs."""
    rng = np.random.default_rng(seed)
    vocabulary = ["dropout", "rate", "layer", "between", "batch", "norm", "gist", "x1", "of"]
    found = []
    for _ in range(count):
        size = int(rng.integers(1, 5))
        spelled = tuple(dict.fromkeys(rng.choice(vocabulary, size=size).tolist()))
        used = frozenset(w for w in vocabulary if rng.random() < 0.6)
        found.append(Reading(spelled, used, spelled))
    return found


def test_covers_of_many_pairs_are_the_covers_of_each_pair() -> None:
    readings = _random_readings(7, 60)
    weights = {"dropout": 3.1, "rate": 1.7, "layer": 0.9, "batch": 2.2, "norm": 2.6, "x1": 0.4}
    covers = [_Cover(r, weights) for r in readings]
    left, right = (
        np.array(side, dtype=np.int64)
        for side in zip(*itertools.combinations(range(60), 2), strict=True)
    )
    found = subject_covers(covers, left, right, weights)
    expected = [
        subject_cover(readings[a], readings[b], weights) for a, b in zip(left, right, strict=True)
    ]
    assert any(c.doubtful for c in covers) and not all(c.doubtful for c in covers)
    assert found == pytest.approx(expected, abs=1e-12)
    assert len(set(np.round(found, 6).tolist())) > 5  # not a constant


def test_union_columns_are_each_pairs_words_in_increasing_order() -> None:
    readings = _random_readings(11, 30)
    covers = [_Cover(r, {}) for r in readings]
    rng = np.random.default_rng(3)
    subjects = [
        Subject(
            "definition",
            frozenset(rng.choice(["tanh", "relu", "dropout", "rate"], size=2).tolist()),
        )
        for _ in readings
    ]
    columns = {
        w: i for i, w in enumerate(["x1", "relu", "dropout", "batch", "rate", "norm", "of", "tanh"])
    }
    left = np.array([0, 0, 3, 7, 29, 12], dtype=np.int64)
    right = np.array([1, 5, 4, 29, 28, 13], dtype=np.int64)
    flat, lengths = _union_columns(subjects, covers, columns, left, right)
    expected = [
        sorted(
            columns[w]
            for w in subjects[a].words | subjects[b].words | covers[a].whole | covers[b].whole
            if w in columns
        )
        for a, b in zip(left.tolist(), right.tolist(), strict=True)
    ]
    assert lengths.tolist() == [len(e) for e in expected]
    assert flat.tolist() == [c for e in expected for c in e]
