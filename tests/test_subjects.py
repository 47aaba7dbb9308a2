"""subjects.py: spelling, short forms, shortened words and compounds read from the entries."""

from __future__ import annotations

import itertools
from collections import Counter

import pytest
from conftest import raw

from generator.ingest.asks import key_words
from generator.ingest.normalize import Normalizer
from generator.ingest.rewrites import (
    abbreviation_expansions,
    adjacent_words,
    compound_splits,
    glued_function_words,
    misread_short_forms,
    shortened_words,
    spelling_fixes,
)
from generator.ingest.subjects import analyse_subjects
from generator.ingest.vectors import tfidf_columns
from generator.model import WordList


def test_a_rare_word_one_edit_from_a_common_one_is_a_misspelling() -> None:
    titles = Counter({"convolutional": 5, "convolutoinal": 1, "image": 9, "mage": 1, "make": 1})
    counts = Counter({**titles, "make": 40, "atention": 1, "attention": 6})
    fixes = spelling_fixes(titles + Counter({"atention": 1, "attention": 1}), counts).fixes
    assert fixes["convolutoinal"] == "convolutional"  # letters swapped
    assert fixes["atention"] == "attention"  # a letter dropped
    assert fixes["mage"] == "image"  # titles say "image", answers "make"
    assert "convolutional" not in fixes


def test_real_words_are_not_misspellings() -> None:
    titles = Counter({"symmetric": 9, "asymmetric": 1, "batch": 2, "patch": 2, "cnn": 1})
    counts = Counter({**titles, "can": 50})
    fixes = spelling_fixes(titles, counts, protected={"cnn"}).fixes
    assert "asymmetric" not in fixes  # a prefix makes another word
    assert "patch" not in fixes and "batch" not in fixes  # equally common
    assert "cnn" not in fixes  # a short form in capitals


def _titles(*titles: str) -> list[list[str]]:
    return [key_words(t) for t in titles]


# "case" is more common in titles than "car", so without context "casr" has two readings
CONTEXT_TITLES = _titles(
    *[f"What is pruning for self-driving cars ({k})?" for k in range(5)],
    *[f"Give a use case of dropout for graph data ({k})" for k in range(8)],
    "Why use dropout for self-driving casr?",
    "When is attention for graph ata useful?",
    "What is a sliding gap?",
)


def _context_fixes(adjacent: bool) -> dict[str, str]:
    titles = Counter(itertools.chain.from_iterable(CONTEXT_TITLES))
    pairs = adjacent_words(CONTEXT_TITLES) if adjacent else None
    return spelling_fixes(titles, titles, adjacent=pairs).fixes


def test_the_words_next_to_a_slip_decide_between_its_readings() -> None:
    assert "casr" not in _context_fixes(adjacent=False)  # "case" or "car"
    assert "ata" not in _context_fixes(adjacent=False)  # too short to read alone
    fixes = _context_fixes(adjacent=True)
    assert fixes["casr"] == "car"  # titles say "self-driving car", never "self-driving case"
    assert fixes["ata"] == "data"  # "graph data"
    assert "gap" not in fixes  # no title puts "gap"'s readings after "sliding"


# "encoder" and "decoder" are as common, so "necoder" has two readings
CODERS = [
    (str(k), f"What is a {kind} for {task}?", f"A {kind} maps inputs to codes.")
    for k, (kind, task) in enumerate(
        (kind, task)
        for kind in ("encoder", "decoder")
        for task in ("translation", "speech", "vision", "ranking")
    )
]


@pytest.mark.parametrize(
    ("answer", "read"),
    [
        ("The encoder maps tokens to vectors.", "encoder"),
        ("The decoder maps vectors to tokens.", "decoder"),
        ("It maps vectors to tokens and back.", "necoder"),  # no reading: left alone
        ("An encoder and a decoder in one.", "necoder"),  # both: left alone
    ],
)
def test_the_answer_decides_a_slip_of_two_readings(words: WordList, answer: str, read: str) -> None:
    found = _subjects_of(words, ("1", "What is a parametric necoder?", answer), *CODERS)
    assert found[0].words == {"parametric", read}


def test_adjacent_words_leave_stop_words_out() -> None:
    pairs = adjacent_words(_titles("What is pruning for self-driving cars?"))
    assert pairs == Counter({("pruning", "selfdriving"): 1, ("selfdriving", "car"): 1})


def test_short_forms_come_from_initials_of_title_words() -> None:
    titles = [
        "What is an LSTM?",
        "What is a long short-term memory network?",
        "What is SGD?",
        "Explain stochastic gradient descent.",
        "What is the sum of squares (SOS)?",
    ]
    found = abbreviation_expansions(titles, reviewed=[("backprop", "backpropagation")])
    assert found["lstm"] == (("long", "shortterm", "memory"),)
    assert found["sgd"] == (("stochastic", "gradient", "descent"),)
    assert found["sos"] == (("sum", "of", "square"),)
    assert found["backprop"] == (("backpropagation",),)


def test_a_hyphenated_word_spells_its_parts_even_when_one_is_a_stop_word() -> None:
    # "between" and "out" are stop words, but inside a hyphenated word they are part of it
    titles = [
        "What is BGFS?",
        "Why use between-group feature scaling?",
        "What does OOD mean?",
        "How do you detect out-of-distribution inputs?",
        "Give the SOT of it.",
        "What are the limits of the scaling between groups?",
    ]
    found = abbreviation_expansions(titles)
    assert found["bgfs"] == (("betweengroup", "feature", "scaling"),)
    assert found["ood"] == (("outofdistribution",),)
    assert "sot" not in found  # "scaling of the"? a run still may not end on a stop word


def test_compounds_and_shortened_words() -> None:
    vocabulary = ["precisionrecall", "precision", "recall", "nonlinear", "non", "linear"]
    assert compound_splits(vocabulary) == {"precisionrecall": ("precision", "recall")}
    shortened = shortened_words(
        [["batch", "norm"], ["batch", "normalization"], ["gradient", "norm"]]
    )
    assert shortened == {("batch", "norm"): "normalization"}


def test_a_function_word_glued_to_a_word_the_answers_use_is_written_apart() -> None:
    titles = Counter(
        {"ofmasked": 2, "masked": 6, "online": 4, "line": 9, "ofsparse": 2, "sparse": 2}
        | {"asymmetric": 1, "symmetric": 9, "invariant": 1, "variant": 9, "ofnorm": 1, "norm": 1}
    )
    answers = Counter({"masked": 3, "online": 2, "line": 5, "sparse": 2, "symmetric": 4})
    answers |= Counter({"variant": 5, "norm": 5})
    assert glued_function_words(titles, titles + answers) == {"ofmasked": "masked"}
    # "online" is a word the answers use; the answers use "sparse" only twice; titles use
    # "norm" no more than "ofnorm"; "a" and "in" are word-forming prefixes, not glue
    slip = titles + Counter({"onlinear": 1, "nonlinear": 5, "linear": 6})
    counts = slip + answers + Counter({"linear": 4})
    assert glued_function_words(slip, counts)["onlinear"] == "linear"
    assert "onlinear" not in glued_function_words(slip, counts, slips={"onlinear"})


def test_a_title_that_glues_of_to_its_subject_asks_about_that_subject(words: WordList) -> None:
    subjects = _subjects_of(
        words,
        ("1", "Pros OfMasked Attention", "It hides future tokens."),
        ("2", "What are the pros of masked attention?", "Masked attention hides tokens."),
        ("3", "Where is masked attention used?", "Masked attention is used in decoders."),
        ("4", "When does masked attention fail?", "Masked attention fails on long input."),
        ("5", "How is masked attention computed?", "A mask is added to the scores."),
        # a slip of "nonlinear" that reads as "on linear" is read as the slip it is
        ("6", "Pros of onlinear attention", "Nonlinear attention fits curved maps."),
        ("7", "What is nonlinear attention?", "Nonlinear attention scores through a kernel."),
        ("8", "Where is nonlinear attention used?", "Nonlinear attention is used in vision."),
        ("9", "What is linear attention?", "Linear attention is attention in linear time."),
        ("10", "When does linear attention fail?", "Linear attention fails on sharp maps."),
        ("11", "How does linear attention work?", "Linear attention reorders products."),
    )
    assert subjects[5].words == {"nonlinear", "attention"}
    assert subjects[0].words == subjects[1].words == {"masked", "attention"}
    assert subjects[0].ask == subjects[1].ask == "advantages"
    assert "ofmasked → of masked (glued)" in subjects[0].rewrites


def test_a_short_form_one_edit_from_a_stop_word_is_kept_when_its_answer_spells_it_out() -> None:
    spelling = {"tp": "to", "fro": "for", "convolutoinal": "convolutional"}
    pooling = ("temporal", "pooling", "average", "frame", "selfdriving", "car")
    assert misread_short_forms(("pick", "tp", "selfdriving", "car"), pooling, spelling) == {"tp"}
    assert misread_short_forms(("pick", "tp", "car"), ("average", "frame"), spelling) == set()
    used_for = ("drop", "unit", "random", "training")
    assert misread_short_forms(("dropout", "used", "fro"), used_for, spelling) == set()
    # only readings that are stop or ask words: a real misspelling stays one
    assert misread_short_forms(("convolutoinal",), ("cat", "on", "image"), spelling) == set()


def test_subjects_keep_a_lower_case_short_form_the_spelling_reads_as_to(words: WordList) -> None:
    norm = Normalizer(words)
    items = [
        (
            "1",
            "Under which circumstances would you pick tp for self-driving cars?",
            "Temporal pooling averages the frames of a clip before the classifier sees them.",
        ),
        (
            "2",
            "What is dropout used fro?",
            "It switches off random units while training, so units cannot co-adapt.",
        ),
    ] + [
        (str(k), f"How to choose the {noun} to use for training?", f"Look at the {noun} first.")
        for k, noun in enumerate(("optimizer", "loss", "metric", "kernel"), 3)
    ]
    found = analyse_subjects([norm.normalize_entry(raw(*item)) for item in items])
    assert "tp" in found[0].order or {"temporal", "pooling"} <= found[0].words
    assert "fro" not in found[1].words and "dropout" in found[1].words


def test_a_short_form_is_never_read_as_nothing(words: WordList) -> None:
    # "Waht does" is "what does": initials W D, but only ask and stop words once spelt.
    norm = Normalizer(words)
    items = [
        ("1", "Outline the merits of WD for protein folding.", "Decoding is steadier."),
        ("2", "Waht does pooling do?", "It shrinks feature maps."),
    ] + [
        (str(k), f"What does {name} do?", f"It changes how {name} behaves.")
        for k, name in enumerate(("dropout", "attention", "batch norm", "a kernel"), 3)
    ]
    found = analyse_subjects([norm.normalize_entry(raw(*item)) for item in items])
    assert "pooling" in found[1].words
    assert {"wd", "protein", "folding"} <= found[0].words


def test_a_list_label_is_no_part_of_the_subject(words: WordList) -> None:
    norm = Normalizer(words)
    items = [
        ("1", "Q12. What is dropout?", "Dropout zeroes random units while training."),
        ("2", "17. Examples of dropout.", "Dropout regularises image classifiers."),
    ]
    found = analyse_subjects([norm.normalize_entry(raw(*item)) for item in items])
    assert found[0].words == {"dropout"} and found[0].ask == "definition"
    assert found[1].words == {"dropout"} and found[1].ask == "examples"


def test_a_misspelt_does_is_read_back_as_does(words: WordList) -> None:
    # "does" is no plural: read as "doe", the fixed title lost the ask it spelt
    norm = Normalizer(words)
    items = [("1", "What problem dos dropout solve?", "Units stop co-adapting.")] + [
        (str(k), f"What problem does {name} solve?", f"It fixes what {name} was made for.")
        for k, name in enumerate(("attention", "batch norm", "pooling", "a kernel"), 2)
    ]
    found = analyse_subjects([norm.normalize_entry(raw(*item)) for item in items])
    assert found[0].words == {"dropout"}
    assert found[0].ask == found[1].ask == "purpose"


def _subjects_of(words: WordList, *items: tuple[str, str, str]) -> list:
    norm = Normalizer(words)
    return analyse_subjects([norm.normalize_entry(raw(*item)) for item in items])


ELSEWHERE = [
    ("10", "BDR for edge devices: pros?", "Belief dimensionality reduction keeps models small."),
    ("11", "Limitations of BDR for edge devices?", "It forgets rare features."),
    ("12", "What is belief dimensionality reduction for edge devices?", "A projection."),
    ("13", "How does bucket dropout regularisation for edge devices work?", "By buckets."),
]


@pytest.mark.parametrize(
    ("title", "answer", "read"),
    [
        # letters swapped, a letter added, a letter replaced: read as BDR
        ("For edge devices, what is DBR?", "A way to shrink inputs.", True),
        ("Q. What is BhDR for edge devices?", "A way to shrink inputs.", True),
        ("What is BDk for edge devices?", "A way to shrink inputs.", True),
        ("what is bdrr for edge devices?", "A way to shrink inputs.", True),
        # no question asks "What is ... for edge devices?" of bucket dropout regularisation
        # either, and the answer spells out the one reading: that reading wins
        ("What is DBR for edge devices?", "Bucket dropout regularisation, by buckets.", False),
        # a short word in lower case is no slip of a short form ("bar" is a word)
        ("What is bar for edge devices?", "A way to shrink inputs.", False),
    ],
)
def test_a_misspelt_short_form_is_read_as_the_short_form_one_slip_away(
    words: WordList, title: str, answer: str, read: bool
) -> None:
    found = _subjects_of(words, ("1", title, answer), *ELSEWHERE)
    belief = {"belief", "dimensionality", "reduction", "edge", "device"}
    assert (found[0].words == belief) is read
    assert found[0].ask == "definition"
    if read:
        assert any("(misspelled abbreviation)" in note for note in found[0].rewrites)


def test_a_misspelt_short_form_with_two_readings_that_ask_existing_questions_stays(
    words: WordList,
) -> None:
    # "DBR" is one slip from BDR and from DBD: both readings ask a question that exists
    found = _subjects_of(
        words,
        ("1", "What is DBR for edge devices?", "A way to shrink inputs."),
        *ELSEWHERE,
        ("20", "DBD for edge devices: pros?", "Deep belief denoising cleans sensor data."),
        ("21", "What is deep belief denoising for edge devices?", "A denoiser."),
    )
    assert "dbr" in found[0].words


def test_the_answer_settles_a_short_form_whose_readings_differ_only_in_spelling(
    words: WordList,
) -> None:
    # "hierarchical sftmax" is a slip of "hierarchical softmax": one reading, not two,
    # so the answer that spells it out settles "HS" against "hyperparameter search"
    found = _subjects_of(
        words,
        ("1", "HS for chatbots in a nutshell?", "Hierarchical softmax cuts the cost."),
        ("2", "HS for chatbots vs full softmax?", "It is faster."),
        ("3", "Why use hierarchical softmax for chatbots?", "Speed."),
        ("4", "Limits of hierarchical softmax for chatbots?", "Tree quality."),
        ("5", "Pitfalls of hierarchical sftmax for chatbots?", "Tree quality."),
        ("6", "How does hyperparameter search for chatbots work?", "It tries settings."),
        *[
            (str(k), f"Does {name} use softmax?", f"Yes, {name} ends in a softmax.")
            for k, name in enumerate(("attention", "a classifier", "a language model"), 7)
        ],
    )
    assert {"hierarchical", "softmax", "chatbot"} <= found[0].words
    assert "hs" not in found[0].words and found[0].unresolved is None


def test_a_lower_case_short_form_others_write_in_capitals_is_read(words: WordList) -> None:
    # "fe" is in more titles and answers than a rare word would be, because other
    # titles write it "FE": it is still a short form
    found = _subjects_of(
        words,
        ("1", "how does fe for document retrieval work?", "It embeds term counts."),
        ("2", "How does frequentist embedding for document retrieval work?", "Counts."),
        *[
            (str(k), f"FE for document retrieval: {ask}?", "Frequentist embedding, again.")
            for k, ask in enumerate(("pros", "cons", "examples", "alternatives", "history"), 3)
        ],
    )
    assert found[0].words == found[1].words


def test_a_short_form_is_read_as_the_initials_it_is_written_with(words: WordList) -> None:
    # "BGR" and "BGRS" share the title key "bgr"; "BGR" cannot mean "between-group reward
    # shaping", whose initials are "BGRS", though that reading asks a question that exists
    found = _subjects_of(
        words,
        ("1", "What is BGR for credit scoring?", "A penalty on group effects."),
        ("2", "What is between-group regularization for credit scoring?", "A penalty."),
        ("3", "What is between-group reward shaping for credit scoring?", "Group rewards."),
        ("4", "BGRS for credit scoring: pros?", "Faster learning."),
    )
    assert found[0].words == {"betweengroup", "regularization", "credit", "scoring"}
    assert found[3].words == {"betweengroup", "reward", "shaping", "credit", "scoring"}


def test_a_short_form_no_reading_of_which_is_asked_so_is_read_as_its_answer_agrees(
    words: WordList,
) -> None:
    # neither reading of "SKD" is asked about its limits; the answer agrees with the
    # answers of those asking about one of them otherwise
    distillation = "A student model learns from the soft labels of a larger teacher model."
    density = "Kernels placed on each sample are summed into a smooth density estimate."
    items = [
        ("1", "Where does SKD for genomics fail?", distillation + " The student can lag."),
        ("2", "When should we apply supervised knowledge distillation for genomics?", distillation),
        ("3", "How does sparse kernel density for genomics work?", density),
        ("4", "Why use sparse kernel density for genomics?", density + " It is cheap."),
    ]
    norm = Normalizer(words)
    entries = [norm.normalize_entry(raw(*item)) for item in items]
    answers = tfidf_columns([e.answer_key for e in entries])
    found = analyse_subjects(entries, answers=answers)
    assert found[0].words == found[1].words == {"supervised", "distillation", "genomic"}
    assert found[0].ask == "limitations"
    assert found[0].unresolved is None
    # without answers to compare, the short form keeps its two readings apart
    assert analyse_subjects(entries)[0].unresolved == "skd"


def test_a_short_form_with_one_reading_asked_otherwise_is_read_when_the_answers_agree(
    words: WordList,
) -> None:
    # of the two readings of "SKD", only supervised knowledge distillation for genomics is
    # asked (sparse kernel density is asked for images): the answers settle whether the
    # title means it
    distillation = "A student model learns from the soft labels of a larger teacher model."
    density = "Kernels placed on each sample are summed into a smooth density estimate."
    items = [
        ("1", "Where does SKD for genomics fail?", distillation + " The student can lag."),
        ("2", "When should we apply supervised knowledge distillation for genomics?", distillation),
        ("3", "How does sparse kernel density for images work?", density),
        ("4", "Where does SKD for genomics fail?", density + " Bandwidth matters."),
    ]
    norm = Normalizer(words)
    entries = [norm.normalize_entry(raw(*item)) for item in items]
    found = analyse_subjects(entries, answers=tfidf_columns([e.answer_key for e in entries]))
    assert found[0].words == found[1].words == {"supervised", "distillation", "genomic"}
    assert found[0].unresolved is None
    # an answer about something else leaves the short form unread
    assert found[3].unresolved == "skd"


NEAR = [
    ("10", "Why do we need adaptive beam search for speech recognition?", "Fewer errors."),
    ("11", "How does sparse beam search for speech recognition work?", "It prunes."),
    *ELSEWHERE,  # short forms whose readings titles write, as in every real collection
]


@pytest.mark.parametrize(
    ("title", "answer", "read"),
    [
        # no title writes "ABS" or "SBS": the answer spells out the run "IBS" slips from
        ("What is IBS for speech recognition used for?", "Adaptive beam search keeps a few.", True),
        # two letters swapped
        ("BAS for speech recognition: why?", "We use adaptive beam search to keep a few.", True),
        # the answer spells out nothing near the short form
        ("What is IBS for speech recognition used for?", "It keeps a few hypotheses.", False),
        # what the answer spells out gives a subject no one asks about
        ("What is IBS for image captioning used for?", "Adaptive beam search keeps a few.", False),
    ],
)
def test_a_short_form_no_title_spells_is_read_as_its_answer_spells_it_nearly(
    words: WordList, title: str, answer: str, read: bool
) -> None:
    found = _subjects_of(words, ("1", title, answer), *NEAR)
    adaptive = {"adaptive", "beam", "search", "speech", "recognition"}
    assert (found[0].words == adaptive) is read
    if read:
        assert any("answer spells out nearly" in note for note in found[0].rewrites)


def _opening(k: int, subject: str) -> tuple[str, str, str]:
    return (
        str(k),
        f"New tools are supposed to make life easier, right? Not always. {subject} is a case"
        " in point.",
        f"{subject} makes training slower and harder to tune, and life is not easier.",
    )


def test_an_opening_many_titles_share_before_naming_their_own_subjects_is_a_preamble(
    words: WordList,
) -> None:
    subjects = ("Label smoothing", "Gradient clipping", "Weight decay", "Early stopping")
    found = _subjects_of(words, *(_opening(k, s) for k, s in enumerate(subjects, 1)))
    for subject, read in zip(subjects, found, strict=True):
        assert set(key_words(subject)) <= read.words
        assert not read.words & {"tool", "supposed", "life", "easier"}
        assert "read past an opening 4 titles share" in read.rewrites


def test_repeats_that_add_the_same_second_sentence_keep_their_first(words: WordList) -> None:
    item = (
        "What is dropout? Give an example with image classifiers.",
        "Dropout zeroes random units while training image classifiers.",
    )
    found = _subjects_of(words, *((str(k), *item) for k in range(1, 5)))
    assert all(s.words == {"dropout"} for s in found)


@pytest.mark.parametrize(
    ("title", "ask"),
    [
        ("Label smoothing. How does it work?", "how-it-works"),
        ("Label smoothing. Why do we need it?", "purpose"),
        ("Label smoothing: a bare topic. What are its drawbacks?", "limitations"),
    ],
)
def test_a_question_pointing_back_to_a_bare_topic_asks_about_it(
    words: WordList, title: str, ask: str
) -> None:
    answer = "Label smoothing mixes the one-hot targets with a uniform distribution."
    (found,) = _subjects_of(words, ("1", title, answer))
    assert {"label", "smoothing"} <= found.words
    assert found.ask == ask


def test_a_question_naming_its_own_subject_is_no_question_about_the_topic_before_it(
    words: WordList,
) -> None:
    # "overfitting" is no pronoun: the question does not ask about the opening's CNN
    (found,) = _subjects_of(
        words, ("1", "I have a CNN. How do I fix overfitting?", "Use more data.")
    )
    assert found.ask != "fix" or "overfitting" in found.words
