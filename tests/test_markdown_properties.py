"""Property tests of the one renderer: any text in any container survives as the same text.

Hypothesis draws answer trees with arbitrary printable text (markup characters, HTML,
math delimiters, admonition and attribute-list syntax included); rendering them and
parsing the Markdown back must give the same tree, and the site's Python-Markdown
must never turn that text into HTML elements.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from site_support import site_html

from generator.document import (
    Code,
    CodeBlock,
    Emphasis,
    Link,
    ListBlock,
    Math,
    Paragraph,
    Quote,
    Strong,
    Table,
    Text,
)
from generator.markup.markdown import _render_tree, parse_blocks, render_blocks

BUDGET = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
MARKUP = [
    *list("\\`*_{}[]()<>#+-.!|$&:;'\"?=~^/ "),
    "<script>",
    "!!! ",
    "??? ",
    "{: ",
    "&amp;",
    "\n",
]
_words = st.lists(
    st.one_of(
        st.text(st.characters(codec="utf-8", categories=("L", "N")), min_size=1, max_size=6),
        st.sampled_from(MARKUP),
    ),
    min_size=1,
    max_size=12,
).map("".join)


def _clean(text: str) -> str:
    """Text as a paragraph holds it: no line breaks, single spaces, no edge spaces."""
    return re.sub(r"\s+", " ", text).strip()


texts = _words.map(_clean).filter(bool)
plain = texts.map(lambda t: (Text(t),))


@st.composite
def inlines(draw: st.DrawFn) -> tuple:
    """A run of inline pieces separated by spaces, as a parser would give it back."""
    pieces = draw(
        st.lists(
            st.one_of(
                texts.map(Text),
                texts.map(lambda t: Strong((Text(t),))),
                texts.map(lambda t: Emphasis((Text(t),))),
                st.text("abc xyz+-", min_size=1, max_size=8).map(_clean).filter(bool).map(Code),
                st.sampled_from([r"x^2", r"\frac{a}{b}", r"\sum_i w_i"]).map(Math),
                texts.map(lambda t: Link("https://example.org/p?q=1", (Text(t),))),
            ),
            min_size=1,
            max_size=4,
        )
    )
    out: list = []
    for k, piece in enumerate(pieces):
        if k:
            out.append(Text(" "))
        out.append(piece)
    merged: list = []
    for node in out:
        if merged and isinstance(node, Text) and isinstance(merged[-1], Text):
            merged[-1] = Text(merged[-1].text + node.text)
        else:
            merged.append(node)
    return tuple(merged)


blocks = st.one_of(
    inlines().map(Paragraph),
    st.lists(inlines().map(lambda i: (Paragraph(i),)), min_size=1, max_size=3).map(
        lambda items: ListBlock(False, tuple(items))
    ),
    st.lists(inlines().map(lambda i: (Paragraph(i),)), min_size=1, max_size=3).map(
        lambda items: ListBlock(True, tuple(items))
    ),
    inlines().map(lambda i: Quote((Paragraph(i),))),
    st.tuples(plain, plain).map(lambda cells: Table((cells[0], cells[1]), ((cells[1], cells[0]),))),
    st.text("abc\n<>`$ {}", min_size=1, max_size=20).map(
        lambda c: CodeBlock(c.strip("\n") or "x", "py")
    ),
)


@BUDGET
@given(st.lists(blocks, min_size=1, max_size=4).map(tuple))
def test_render_then_parse_gives_the_same_tree(tree: tuple) -> None:
    assert parse_blocks(render_blocks(tree)) == tree


@BUDGET
@given(texts)
def test_text_never_becomes_html(text: str) -> None:
    html = site_html(render_blocks((Paragraph((Text(text),)),)))
    assert html.startswith("<p>") and html.endswith("</p>")
    assert not re.search(r"<(?!/?p>)[a-z]", html[3:-4])


_raw_texts = st.one_of(
    _words, st.sampled_from(["- a", " 1. b", "#", "<div>x", "===", "\t--- ", "  "])
)
_plain_leaves = st.one_of(
    _raw_texts.map(Text),
    st.text("ab `\n", min_size=1, max_size=8).map(Code),
    st.sampled_from([r"x^2", r"\frac{a}{b}", ""]).map(Math),
)
_plain_inlines = st.lists(
    st.one_of(
        _plain_leaves,
        st.lists(_plain_leaves, min_size=1, max_size=3).map(lambda c: Strong(tuple(c))),
        st.lists(_plain_leaves, min_size=1, max_size=3).map(lambda c: Emphasis(tuple(c))),
    ),
    max_size=5,
).map(tuple)


_plain_blocks = st.one_of(
    _plain_inlines.map(Paragraph),
    st.builds(
        ListBlock,
        st.booleans(),
        st.lists(_plain_inlines.map(lambda i: (Paragraph(i),)), max_size=3).map(tuple),
        st.integers(0, 12),
    ),
)


@BUDGET
@given(st.lists(_plain_blocks, max_size=4).map(tuple))
def test_plain_blocks_render_as_through_the_tree(tree: tuple) -> None:
    """The shortcut for paragraphs of text, code and math and flat lists of them gives
    mdformat's output."""
    assert render_blocks(tree) == _render_tree(tree)
