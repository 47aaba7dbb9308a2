"""Unit tests for generator.site.pages: page Markdown, term links, navigation, deck."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.content import Content, check_questions, order_questions
from generator.errors import TaxonomyError
from generator.model import Question, SourceRef, Tag, Taxonomy, Topic, WordList
from generator.site.capture import inner_html
from generator.site.pages import (
    TermIndex,
    build_model,
    build_nav,
    deck_script,
    escape_text,
    link_terms,
    render_question_page,
    render_topic_page,
    render_unanswered_page,
)

TAXONOMY = Taxonomy(
    topics=(
        Topic("basics", "Basics", "The basics."),
        Topic("training", "Training", "How to train."),
    ),
    tags=(
        Tag("nets", "Neural networks", "", ("network",), "basics"),
        Tag("gd", "Gradient descent", "", ("gradient",), "training"),
    ),
    default_tag="nets",
)


def question(
    qid: str,
    title: str,
    answer: str,
    *,
    topic: str = "basics",
    tags=("nets",),
    label: str = "1",
    related=(),
    terms=(),
    **extra,
) -> Question:
    return Question(
        id=qid,
        title=title,
        answer=answer,
        summary=extra.pop("summary", f"Summary of {qid}."),
        topic=topic,
        tags=tags,
        sources=(SourceRef("dump.txt", label),),
        related=related,
        terms=terms,
        **extra,
    )


def test_escape_text_keeps_markup_and_html_out() -> None:
    assert escape_text("<script>alert(1)</script>") == r"\<script\>alert(1)\</script\>"
    assert escape_text("a*b_c [x](y) $5 {: x} #h &amp; ![i]") == (
        r"a\*b\_c \[x\](y) \$5 \{: x\} \#h \&amp; \!\[i\]"
    )


def test_link_terms_links_first_mention_only_and_never_itself() -> None:
    index = TermIndex.build(
        [question("gd", "What is gradient descent?", "x", terms=("gradient descent",))]
    )
    text, linked = link_terms("Gradient descent here; gradient descent again.", index, "other")
    assert text == "[Gradient descent](gd.md) here; gradient descent again."
    assert linked == ("gd",)
    assert link_terms("Gradient descent.", index, "gd") == ("Gradient descent.", ())


@pytest.mark.parametrize(
    "markdown",
    [
        "Math $\\text{gradient descent}$ only.",
        "Code `gradient descent` only.",
        "A [gradient descent](x.md) link.",
        "# Gradient descent heading",
        "**Gradient descent:** label.",
        '<span title="gradient descent">x</span>',
    ],
)
def test_link_terms_skips_math_code_links_headings_labels_html(markdown: str) -> None:
    index = TermIndex.build([question("gd", "t", "x", terms=("gradient descent",))])
    assert link_terms(markdown, index, "other") == (markdown, ())


def test_link_terms_matches_plural() -> None:
    index = TermIndex.build(
        [question("ae", "What is an autoencoder?", "x", terms=("autoencoder",))]
    )
    assert link_terms("Two autoencoders.", index, "x")[0] == "Two [autoencoders](ae.md)."


def test_order_follows_taxonomy_then_source_order() -> None:
    qs = [
        question("b", "B?", "x", topic="training", tags=("gd",), label="1"),
        question("c", "C?", "x", label="10"),
        question("a", "A?", "x", label="2"),
    ]
    assert [q.id for q in order_questions(qs, TAXONOMY)] == ["a", "c", "b"]


def test_check_questions_rejects_unknown_tag_naming_the_file() -> None:
    with pytest.raises(TaxonomyError, match=r"content/questions/a\.md:2: unknown tag 'nope'"):
        check_questions(
            [question("a", "A?", "x", tags=("nope",))], TAXONOMY, Path("content/questions")
        )


def test_question_page_has_card_related_backlinks_steps_and_provenance() -> None:
    a = question(
        "a", "What is a network?", "A network.", related=("b",), terms=("network",), label="1"
    )
    b = question(
        "b",
        "Why <b>deep</b>?",
        "Deep network stacks.",
        related=(),
        label="2",
        reviewed=True,
        note="Was wrong.",
    )
    model = build_model(Content.of([a, b], TAXONOMY, WordList()))
    page_b = render_question_page(b, model)
    assert 'data-sg-id="b"' in page_b and 'id="sg-answer-b"' in page_b
    assert "[network](a.md)" in page_b  # key term linked to its defining question
    assert "## Questions that link here" in page_b and "(a.md)" in page_b
    assert r"Why \<b\>deep\</b\>?" in page_b
    # learners see that an editor corrected it, with a link to the sources; the
    # maintainer's note (which names seeds and spun text) stays in the question file
    assert "Corrected in review" in page_b and "Was wrong." not in page_b
    assert "](#sg-sources)" in page_b and 'id="sg-sources"' in page_b
    assert "From raw entry 2 of dump.txt." in page_b
    assert "[← Previous: What is a network?](a.md)" in page_b
    page_a = render_question_page(a, model)
    assert "## Related questions" in page_a and "](b.md) — Summary of b." in page_a
    assert r"[Next: Why \<b\>deep\</b\>? →](b.md)" in page_a


def test_in_short_shown_only_when_summary_is_not_the_opening() -> None:
    a = question("a", "A?", "A network is a graph. More.", summary="A network is a graph.")
    b = question("b", "B?", "Long text.", summary="Short gist.")
    model = build_model(Content.of([a, b], TAXONOMY))
    assert "In short" not in render_question_page(a, model)
    assert "**In short:** Short gist." in render_question_page(b, model)


def test_search_variants_listed_from_word_list() -> None:
    words = WordList(
        phrases=(("auto-encoder", "autoencoder"),), search_aliases=(("ae", "autoencoder"),)
    )
    q = question("ae", "What is an autoencoder?", "x", terms=("autoencoder",))
    page = render_question_page(q, build_model(Content.of([q], TAXONOMY, words)))
    assert "Also written: ae, auto-encoder" in page


def test_topic_page_and_nav() -> None:
    a = question("a", "A?", "x")
    b = question("b", "B?", "x", topic="training", tags=("gd",))
    model = build_model(Content.of([a, b], TAXONOMY))
    assert "1. [A?](../questions/a.md) — Summary of a." in render_topic_page("basics", model)
    nav = build_nav(model, ["index.md"], ["tags.md"])
    assert nav == [
        "index.md",
        {
            "Topics": [
                {"Basics": [{"Overview": "topics/basics.md"}, {"A?": "questions/a.md"}]},
                {"Training": [{"Overview": "topics/training.md"}, {"B?": "questions/b.md"}]},
            ]
        },
        "tags.md",
    ]


def test_deck_script_is_json_and_cannot_close_a_script_tag() -> None:
    a = question("a", "A?", "x")
    script = deck_script(
        build_model(Content.of([a], TAXONOMY)),
        {"a": "<p>x</script></p>"},
        {"a": "questions/a.html"},
    )
    assert "</script>" not in script
    payload = json.loads(script.split("window.studyGuideDeck = ", 1)[1].rstrip(";\n"))
    assert payload["questions"][0]["answerHtml"] == "<p>x</script></p>"
    assert payload["questions"][0]["url"] == "questions/a.html"


def test_inner_html_handles_nesting_and_void_tags() -> None:
    doc = '<div id="x"><div>a<br>b</div><p>c</p></div><div>d</div>'
    assert inner_html(doc, "x") == "<div>a<br>b</div><p>c</p>"
    assert inner_html(doc, "missing") == ""


def test_unanswered_questions_get_their_own_page_and_no_quiz_card() -> None:
    answered = question("a", "What is a?", "A is a.", label="1")
    stub = question(
        "b",
        "What is b?",
        "[Answer](https://example.org/b)",
        label="2",
        summary="",
        answered=False,
        level="hard",
    )
    model = build_model(Content.of([answered, stub], TAXONOMY))
    page = render_question_page(stub, model)
    assert "Not answered yet" in page and "sg-card" not in page
    assert "[Answer](https://example.org/b)" in page and "Level: hard" in page
    listing = render_unanswered_page(model)
    assert listing is not None and "[What is b?](questions/b.md)" in listing
    assert render_unanswered_page(build_model(Content.of([answered], TAXONOMY))) is None
    assert "*not answered yet*" in render_topic_page("basics", model)
    nav = build_nav(model, [], [])
    assert {"Unanswered": "unanswered.md"} in nav
    deck = json.loads(deck_script(model, {}, {}).split("= ", 1)[1].rstrip(";\n"))
    assert [q["id"] for q in deck["questions"]] == ["a"]


def test_shared_context_is_shown_before_the_answer() -> None:
    task = question(
        "count",
        "Count the orders per day.",
        "```sql\nSELECT day, COUNT(*) FROM orders GROUP BY day;\n```",
        context="Table `orders(id, day)`.",
    )
    page = render_question_page(task, build_model(Content.of([task], TAXONOMY)))
    assert page.index("sg-context") < page.index("sg-answer")
