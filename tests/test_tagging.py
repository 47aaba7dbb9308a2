"""tagging.py: 1 to 4 taxonomy tags by keyword, title weighted, and a topic."""

from __future__ import annotations

import pytest
from conftest import FIXTURES

from generator.ingest.tagging import Tagger
from generator.loaders import load_taxonomy
from generator.model import Tag, Taxonomy, Topic

TAXONOMY = Taxonomy(
    topics=(Topic("basics", "Basics", ""), Topic("training", "Training", "")),
    tags=(
        Tag("general", "General", "", ("machine learning",), "basics"),
        Tag("gd", "Gradient descent", "", ("gradient descent", "learning rate"), "training"),
        Tag("reg", "Regularization", "", ("dropout", "regularization"), "training"),
        Tag("nn", "Neural networks", "", ("neural network", "neuron"), "basics"),
        Tag("a", "A", "", ("alpha",), "basics"),
        Tag("b", "B", "", ("beta",), "basics"),
    ),
    default_tag="general",
)


def test_title_keywords_outweigh_answer_keywords() -> None:
    topic, tags = Tagger(TAXONOMY).tag(
        "What is dropout?", "A regularization for a neural network; each neuron may drop."
    )
    assert tags == ("reg", "nn")
    assert topic == "training"


def test_one_answer_keyword_is_not_enough() -> None:
    _, tags = Tagger(TAXONOMY).tag("What is dropout?", "Used in a neural network.")
    assert tags == ("reg",)


def test_nothing_matching_gives_the_default_tag() -> None:
    assert Tagger(TAXONOMY).tag("What is a p value?", "A probability.") == ("basics", ("general",))


def test_at_most_four_tags() -> None:
    title = "Alpha, beta, dropout, gradient descent or a neural network?"
    _, tags = Tagger(TAXONOMY).tag(title, "")
    assert len(tags) == 4
    assert len(set(tags)) == 4


def test_keywords_match_whole_words_only() -> None:
    _, tags = Tagger(TAXONOMY).tag("What are dropouts and alphabets?", "")
    assert tags == ("general",)


def test_markdown_escapes_do_not_hide_keywords() -> None:
    _, tags = Tagger(TAXONOMY).tag(r"What is \*dropout\*?", "")
    assert tags == ("reg",)


def test_a_source_heading_finds_its_home() -> None:
    from generator.ingest.tagging import section_home
    from generator.model import Tag, Taxonomy, Topic

    taxonomy = Taxonomy(
        topics=(
            Topic("foundations", "Foundations", ""),
            Topic("cnns", "Convolutional networks", ""),
        ),
        tags=(
            Tag("basics", "Basics", "", ("basics",), "foundations"),
            Tag("pooling", "Pooling layers", "", ("pooling",), "cnns"),
        ),
        default_tag="basics",
        sources=(("images", "cnns"), ("pool", "pooling")),
    )
    assert section_home("Pooling Layers", taxonomy) == ("cnns", "pooling")
    assert section_home("pooling-layers", taxonomy) == ("cnns", "pooling")
    assert section_home("Convolutional networks", taxonomy) == ("cnns", None)
    assert section_home("Images", taxonomy) == ("cnns", None)
    assert section_home("POOL", taxonomy) == ("cnns", "pooling")
    assert section_home("Recommender systems", taxonomy) is None


SMALL = FIXTURES / "taxonomy_small.yaml"


@pytest.mark.parametrize(
    ("title", "answer", "topic", "first_tag"),
    [
        (
            "What is the Adam optimizer?",
            "Adam keeps running averages of the gradient and its square and scales each step.",
            "training",
            "optimizers",
        ),
        (
            "How does RMSprop differ from plain SGD?",
            "RMSprop divides the learning rate by a running average of squared gradients.",
            "training",
            "optimizers",
        ),
        (
            "What is a convolutional neural network?",
            "It slides learned filters over the image; pooling shrinks the feature maps.",
            "architectures",
            "cnn",
        ),
        (
            "What is layer normalization?",
            "Layer normalization rescales each example's activations over its features.",
            "architectures",
            "normalization-layers",
        ),
        (
            "Why does batch normalization speed up training?",
            "Normalizing each layer's inputs over the mini-batch keeps their scale steady, "
            "so a higher learning rate works.",
            "architectures",
            "normalization-layers",
        ),
        (
            "How do you normalize the input data?",
            "Subtract the mean and divide by the standard deviation of each feature.",
            "data",
            "data-preparation",
        ),
    ],
)
def test_new_questions_get_a_topic_that_fits(
    title: str, answer: str, topic: str, first_tag: str
) -> None:
    chosen_topic, tags = Tagger(load_taxonomy(SMALL)).tag(title, answer)
    assert (chosen_topic, tags[0]) == (topic, first_tag), tags
