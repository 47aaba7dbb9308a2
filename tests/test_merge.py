"""merge.py: the best version leads; every distinct point of the others is kept once."""

from __future__ import annotations

from generator.ingest.merge import OTHER_VERSIONS_HEADING, answer_points, merge_group
from generator.markup.markdown import parse_blocks, render_blocks
from generator.model import Entry, MergeGroup, SourceRef


def entry(label: str, title: str, answer: str) -> Entry:
    """An entry whose answer is written in Markdown here for readability."""
    return Entry(
        SourceRef("t.txt", label), title, parse_blocks(answer), (), (), 0, 0, len(answer.split())
    )


def markdown(answer: object) -> str:
    return render_blocks(answer)  # type: ignore[arg-type]


def test_answer_points_are_list_items_and_sentences() -> None:
    text = "First point. Second point.\n\n- item one\n- item two\n\n1. step\n2. next"
    assert answer_points(parse_blocks(text)) == [
        "First point.",
        "Second point.",
        "item one",
        "item two",
        "step",
        "next",
    ]


def test_distinct_points_of_other_versions_are_kept() -> None:
    main = entry(
        "Q1",
        "What is an autoencoder?",
        "An autoencoder is a neural network trained to copy its input to its output.",
    )
    other = entry(
        "11",
        "What is autoencoder?",
        "An autoencoder is a network trained to copy its input to its output. "
        "Its hidden layer describes a code used to represent the input.",
    )
    merged = merge_group(MergeGroup((main, other), ()))
    text = markdown(merged.answer)
    assert text.startswith(markdown(main.answer) + f"\n\n**{OTHER_VERSIONS_HEADING}**")
    assert text.count("copy its input") == 1
    assert "Its hidden layer describes a code used to represent the input." in text
    assert [(str(ref), point) for ref, point in merged.added_points] == [
        ("t.txt#11", "Its hidden layer describes a code used to represent the input."),
    ]


def test_new_list_items_are_kept_with_their_lead_in() -> None:
    main = entry("Q11", "What is backpropagation?", "1. Forward pass.\n2. Compute the error.")
    other = entry(
        "7",
        "What is backpropagation?",
        "The steps are:\n\n1. Forward pass.\n2. Compute the error.\n3. Update the weights.",
    )
    merged = merge_group(MergeGroup((main, other), ()))
    text = markdown(merged.answer)
    assert text.endswith("The steps are:\n\n1. Update the weights.")
    assert text.count("Forward pass.") == 1


def test_lead_in_is_dropped_when_its_list_adds_nothing() -> None:
    main = entry("1", "Benefits?", "- Efficient computation.\n- Better generalization.")
    other = entry("2", "Benefits?", "Key facts:\n\n- Efficient computation.")
    merged = merge_group(MergeGroup((main, other), ()))
    assert merged.answer == main.answer
    assert merged.added_points == ()


def test_every_version_contributes_its_distinct_points() -> None:
    group = MergeGroup(
        (
            entry("1", "What is dropout?", "Dropout randomly drops nodes during training."),
            entry("2", "What is dropout?", "Dropout is a form of model averaging."),
            entry("3", "What is a dropout?", "Dropout reduces overfitting in neural networks."),
        ),
        (),
    )
    merged = merge_group(group)
    for point in ("randomly drops nodes", "model averaging", "reduces overfitting"):
        assert markdown(merged.answer).count(point) == 1
    assert [str(ref) for ref, _ in merged.added_points] == ["t.txt#2", "t.txt#3"]


def test_title_is_the_most_common_then_the_best_entrys() -> None:
    a = entry("1", "What is a dropout?", "A.")
    b = entry("2", "What is dropout?", "B.")
    c = entry("3", "What is dropout?", "C.")
    assert merge_group(MergeGroup((a, b, c), ())).title == "What is dropout?"
    assert merge_group(MergeGroup((a, b), ())).title == "What is a dropout?"


def test_a_single_entry_is_unchanged() -> None:
    only = entry("1", "What is it?", "It is this.")
    merged = merge_group(MergeGroup((only,), ()))
    assert (merged.title, merged.answer, merged.added_points) == ("What is it?", only.answer, ())


def test_points_alike_in_form_but_not_in_content_are_both_kept() -> None:
    from generator.ingest.merge import is_same_point

    assert not is_same_point("Beta is the second letter.", ["Alpha is the first letter."])
    assert is_same_point(
        "An autoencoder is an autonomous machine learning algorithm that uses backpropagation.",
        [
            "An Autoencoder does an autonomous Machine learning algorithm data that uses backpropagation system."
        ],
    )


def test_an_unanswered_version_adds_nothing_and_never_leads() -> None:
    stub = entry("1", "What is a GAN?", "")
    linked = entry("2", "What is a GAN?", "[Answer](https://example.org/gan)")
    full = entry(
        "3", "What is a GAN?", "Two networks, a generator and a discriminator, trained as a game."
    )
    assert not stub.answered and not linked.answered and full.answered
    assert full.writing_score > linked.writing_score > stub.writing_score
    merged = merge_group(MergeGroup((full, linked, stub), ()))
    assert merged.answer == full.answer
    assert merged.added_points == ()


def test_code_and_tables_of_another_version_are_kept_as_blocks() -> None:
    main = entry("1", "How do you count rows?", "Use `COUNT(*)` over the table.")
    other = entry(
        "2",
        "How do you count rows?",
        "```sql\nSELECT COUNT(*) FROM orders;\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |",
    )
    text = markdown(merge_group(MergeGroup((main, other), ())).answer)
    assert "```sql\nSELECT COUNT(*) FROM orders;\n```" in text
    assert "| a   | b   |" in text
