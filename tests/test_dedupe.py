"""dedupe.py: repeats merged, look-alikes kept apart, curated merges and splits win."""

from __future__ import annotations

from dataclasses import replace

from conftest import raw

from generator.ingest.dedupe import DedupeSettings, find_duplicates
from generator.ingest.normalize import Normalizer
from generator.model import Entry, SourceRef, WordList


def entries(words: WordList, *items: tuple[str, str, str]) -> list[Entry]:
    norm = Normalizer(words)
    return [norm.normalize_entry(raw(label, title, answer)) for label, title, answer in items]


def grouped(result) -> list[list[str]]:
    return sorted(sorted(e.ref.label for e in g.entries) for g in result.groups)


def ref(label: str) -> SourceRef:
    return SourceRef("t.txt", label)


AUTOENCODERS = (
    ("1", "What is means by auto-encoder?", "A network whose targets equal its inputs."),
    ("2", "What Is An Autoencoder?", "An autoencoder learns to copy its input to its output."),
    ("3", "What are auto encodes?", "A neural network trained so targets are set to inputs."),
)
LOOK_ALIKES = (
    ("4", "What is total sum of squares?", "Squares of differences from the population mean."),
    ("5", "What is sum of squares within?", "Squares of differences from the group mean."),
    ("6", "What is sum of squares between?", "Squares of group means from the population mean."),
    ("7", "Explain vanishing gradients?", "Small slopes in many layers."),
    ("8", "Explain exploding gradient descent?", "Huge error gradients add up."),
)


def test_repeats_merge_and_look_alikes_stay_apart(words: WordList) -> None:
    result = find_duplicates(entries(words, *AUTOENCODERS, *LOOK_ALIKES))
    assert grouped(result) == [["1", "2", "3"], ["4"], ["5"], ["6"], ["7"], ["8"]]
    (group,) = [g for g in result.groups if len(g.entries) > 1]
    assert len(group.links) == 2
    assert all(link.score >= DedupeSettings().threshold for link in group.links)
    assert not group.forced


def test_best_written_entry_comes_first(words: WordList) -> None:
    short = ("1", "What is dropout?", "Dropping nodes.")
    long = (
        "2",
        "What is a dropout?",
        "Dropout is a regularization technique that randomly drops nodes during training, "
        "so many thinned networks share weights and overfitting is reduced.",
    )
    result = find_duplicates(entries(words, short, long))
    (group,) = result.groups
    assert [e.ref.label for e in group.entries] == ["2", "1"]


def test_near_misses_are_reported_not_merged(words: WordList) -> None:
    items = entries(
        words,
        ("1", "What is gradient descent?", "Minimizing a loss to find optimal weights."),
        ("2", "What is stocastic gradient descent?", "Slopes are taken on one batch at a time."),
        ("3", "What is a batch?", "A subset of the data."),
    )
    result = find_duplicates(items)
    assert len(result.groups) == 3
    (miss,) = result.near_misses
    assert (miss.left.label, miss.right.label) == ("1", "2")
    assert miss.title >= DedupeSettings().min_title
    assert miss.score < DedupeSettings().threshold


def test_curated_merge_wins_over_low_scores(words: WordList) -> None:
    result = find_duplicates(entries(words, *LOOK_ALIKES), merges=[(ref("4"), ref("5"), ref("6"))])
    assert grouped(result) == [["4", "5", "6"], ["7"], ["8"]]
    assert next(g for g in result.groups if len(g.entries) == 3).forced


def test_curated_split_wins_over_high_scores(words: WordList) -> None:
    result = find_duplicates(entries(words, *AUTOENCODERS), splits=[(ref("1"), ref("3"))])
    groups = grouped(result)
    assert not any({"1", "3"} <= set(g) for g in groups)
    assert sum(len(g) for g in groups) == 3


def test_result_does_not_depend_on_input_order(words: WordList) -> None:
    items = entries(words, *AUTOENCODERS, *LOOK_ALIKES)
    forward = find_duplicates(items)
    backward = find_duplicates(list(reversed(items)))
    assert grouped(forward) == grouped(backward)
    assert [[e.ref for e in g.entries] for g in forward.groups] == [
        [e.ref for e in g.entries] for g in backward.groups
    ]


def test_no_entries_and_one_entry(words: WordList) -> None:
    assert find_duplicates([]).groups == ()
    (group,) = find_duplicates(entries(words, AUTOENCODERS[0])).groups
    assert group.links == ()


def test_prefix_filtered_candidates_equal_brute_force() -> None:
    import numpy as np
    from scipy import sparse

    from generator.ingest.candidates import candidate_pairs

    rng = np.random.default_rng(7)
    dense = rng.random((300, 40)) * (rng.random((300, 40)) < 0.08)
    dense[:, :3] *= 0.2  # a few common, light words, as real titles have
    norms = np.linalg.norm(dense, axis=1, keepdims=True)
    dense = np.divide(dense, norms, out=np.zeros_like(dense), where=norms > 0)
    exact = dense @ dense.T
    for threshold in (0.5, 0.8):
        left, right, cosines = candidate_pairs(sparse.csr_matrix(dense), threshold, chunk_rows=64)
        found = {(int(a), int(b)) for a, b in zip(left, right, strict=True)}
        expected = {
            (i, j) for i in range(300) for j in range(i + 1, 300) if exact[i, j] >= threshold - 1e-9
        }
        assert found == expected
        assert np.allclose(cosines, exact[left, right])


def test_near_miss_pairs_are_one_or_two_words_apart() -> None:
    from generator.ingest.candidates import near_miss_pairs

    keys = [
        frozenset({"sum", "square", "total"}),
        frozenset({"sum", "square", "within"}),
        frozenset({"gradient", "descent"}),
        frozenset({"stochastic", "gradient", "descent"}),
        frozenset({"autoencoder"}),
        frozenset({"boltzmann", "machine", "restricted", "deep", "belief"}),
    ]
    pairs = near_miss_pairs(keys)
    assert (0, 1) in pairs and (2, 3) in pairs
    assert all(4 not in pair and 5 not in pair for pair in pairs)


def test_one_threshold_decides_how_far_apart_subjects_may_be(words: WordList) -> None:
    answer = "Dropout zeroes random units while training so the network cannot co-adapt."
    items = entries(
        words,
        ("1", "What is dropout?", answer),
        ("2", "What is dropout regularization?", answer),
        ("3", "How can you avoid dropout?", answer),
    )
    titles_only = DedupeSettings(answer_line=1.1)  # no merges confirmed by answers
    assert grouped(find_duplicates(items, settings=titles_only)) == [["1"], ["2"], ["3"]]
    loose = find_duplicates(items, settings=replace(titles_only, threshold=0.45))
    assert grouped(loose) == [["1", "2"], ["3"]]  # another ask never merges
    (link,) = next(g for g in loose.groups if len(g.entries) == 2).links
    assert link.ask == "definition"
    assert "differ: - / regularization" in link.evidence
    # The same answer confirms "dropout regularization" as "dropout" (the answer never
    # says "regularization"), but never "What is X?" as "How can you avoid X?".
    assert grouped(find_duplicates(items)) == [["1", "2"], ["3"]]


def test_asks_and_subjects_are_compared_apart(words: WordList) -> None:
    items = entries(
        words,
        ("1", "What are the advantages of dropout?", "Less overfitting."),
        ("2", "Why would you use dropout?", "It reduces overfitting."),
        ("3", "When does dropout fail?", "With tiny networks."),
        ("4", "What are the limitations of dropout?", "Slower training."),
        ("5", "What is an LSTM?", "A recurrent network with gates."),
        ("6", "What Is A Long Short-Term Memory Network?", "Gated recurrent cells."),
        ("7", "What is atention in transformers?", "Weights over tokens."),
        ("8", "What is attention in transformers?", "Attention weighs tokens; attention scores."),
    )
    result = find_duplicates(items)
    assert grouped(result) == [["1", "2"], ["3", "4"], ["5", "6"], ["7", "8"]]
    rewrites = {r for s in result.subjects for r in s.rewrites}
    assert "atention → attention (spelling)" in rewrites
    assert "lstm → long shortterm memory (abbreviation)" in rewrites


def test_why_one_thing_is_better_than_another_asks_its_advantages_over_it(
    words: WordList,
) -> None:
    items = entries(
        words,
        ("1", "Why is Adam better than SGD?", "It adapts each step size."),
        ("2", "What are the advantages of Adam over SGD?", "Per-parameter step sizes."),
        ("3", "What is the difference between Adam and SGD?", "Adam keeps moment estimates."),
        ("4", "Is Adam better than SGD?", "Often, but not always."),
    )
    assert grouped(find_duplicates(items)) == [["1", "2"], ["3", "4"]]


def test_a_trailing_preposition_is_part_of_the_subject(words: WordList) -> None:
    items = entries(
        words,
        ("1", "What is sum of squares between?", "Squares of group means from the mean."),
        ("2", "What is the sum of squares?", "Squares of differences from the mean."),
        ("3", "What's the trade-off between precision and recall?", "One rises, one falls."),
        ("4", "What is the precision-recall trade-off?", "Raising one lowers the other."),
    )
    assert grouped(find_duplicates(items)) == [["1"], ["2"], ["3", "4"]]


def test_a_short_form_with_several_readings_merges_nothing(words: WordList) -> None:
    items = entries(
        words,
        ("1", "What is stochastic gradient descent?", "One sample at a time."),
        ("2", "What is sparse gradient descent?", "Only some weights move."),
        ("3", "Define SGD.", "Updates from small batches."),
        ("4", "What is SGD?", "Descent on sparse gradients."),
        ("5", "Why do we need SO?", "Second-order steps."),
        ("6", "Why do we need it?", "Nobody knows."),
    )
    result = find_duplicates(items)
    assert grouped(result) == [["1"], ["2"], ["3"], ["4"], ["5"], ["6"]]
    assert {s.unresolved for s in result.subjects} == {None, "sgd"}
    assert "so" in result.subjects[4].words  # written in capitals: a short form, no stop word


UNRELATED = (
    "Pooling keeps the largest activation of each window of a feature map.",
    "Beam search keeps the best few partial sequences at every decoding step.",
    "Label smoothing mixes one-hot targets with a uniform distribution.",
    "Weight decay adds the squared norm of the weights to the loss.",
    "Dropout zeroes random units during training so none can co-adapt.",
)
OVERFITTING = (
    "Overfitting is when a model fits noise in the training data and generalises badly.",
    "A model overfits when it fits the training data, noise included, and generalises badly.",
    "Overfitting: fitting noise in the training data, so the model generalises badly.",
    "When a model learns noise in its training data it overfits and generalises badly.",
    "Overfitting means the model fits training noise and so generalises badly to new data.",
)


def test_a_subject_more_titles_share_than_a_question_is_asked_needs_its_answers(
    words: WordList,
) -> None:
    """A reading gone wrong can give hundreds of titles one subject ("What happens, step
    by step, ..." as about "step"); past ``run_group`` titles the answers must agree."""
    crowded = replace(DedupeSettings(), run_group=3)
    misread = [(str(k), "What is step?", answer) for k, answer in enumerate(UNRELATED)]
    assert len(grouped(find_duplicates(entries(words, *misread), settings=crowded))) == 5
    # the same titles under the default line (40) still merge on their titles
    assert len(grouped(find_duplicates(entries(words, *misread)))) == 1
    repeats = [(str(k), "What is overfitting?", answer) for k, answer in enumerate(OVERFITTING)]
    assert len(grouped(find_duplicates(entries(words, *repeats), settings=crowded))) == 1
