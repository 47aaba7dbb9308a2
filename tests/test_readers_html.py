"""readers/html.py: HTML fragments from Anki fields and Markdown sources as answer trees."""

from __future__ import annotations

import pytest

from generator.document import (
    Break,
    Code,
    CodeBlock,
    Emphasis,
    Image,
    Link,
    ListBlock,
    Paragraph,
    Quote,
    Strong,
    Table,
    Text,
)
from generator.markup.html import html_to_blocks, html_to_inlines
from generator.markup.markdown import render_blocks


def test_an_anki_style_field_keeps_its_formatting() -> None:
    html = (
        "<div>The <b>bias</b> of a model is its <i>systematic</i> error.<br>"
        "Compare <code>y_pred &lt; y</code>.</div><div>Second line</div>"
    )
    assert html_to_blocks(html) == (
        Paragraph(
            (
                Text("The "),
                Strong((Text("bias"),)),
                Text(" of a model is its "),
                Emphasis((Text("systematic"),)),
                Text(" error."),
                Break(hard=True),
                Text("Compare "),
                Code("y_pred < y"),
                Text("."),
            )
        ),
        Paragraph((Text("Second line"),)),
    )


def test_white_space_collapses_as_in_a_browser() -> None:
    html = "<p>\n   a   <strong> bold </strong>\n  word  </p>"
    assert html_to_blocks(html) == (
        Paragraph((Text("a "), Strong((Text("bold"),)), Text(" word"))),
    )


def test_a_table_with_a_head_row_becomes_a_table() -> None:
    html = (
        "<table>\n <thead><tr><th>model</th><th>loss</th></tr></thead>\n"
        " <tbody><tr><td><b>logistic</b> regression</td><td>log<br>loss</td></tr>\n"
        " <tr><td>linear regression</td><td>squared error</td></tr></tbody>\n</table>"
    )
    assert html_to_blocks(html) == (
        Table(
            head=((Text("model"),), (Text("loss"),)),
            rows=(
                ((Strong((Text("logistic"),)), Text(" regression")), (Text("log loss"),)),
                ((Text("linear regression"),), (Text("squared error"),)),
            ),
        ),
    )


def test_a_table_without_header_cells_has_no_head_row() -> None:
    table = html_to_blocks("<table><tr><td>⚠️</td><td>Check the answers.</td></tr></table>")
    assert table == (Table(head=(), rows=(((Text("⚠️"),), (Text("Check the answers."),)),)),)


def test_unclosed_cells_and_rows_end_where_the_next_one_starts() -> None:
    table = html_to_blocks("<table><tr><th>a<th>b<tr><td>1<td>2</table>")
    assert table == (
        Table(head=((Text("a"),), (Text("b"),)), rows=(((Text("1"),), (Text("2"),)),)),
    )


def test_lists_nest_and_keep_their_start() -> None:
    html = "<ol start='3'><li>Split<ul><li>train</li><li>test</li></ul></li><li>Fit</ol>"
    assert html_to_blocks(html) == (
        ListBlock(
            ordered=True,
            start=3,
            items=(
                (
                    Paragraph((Text("Split"),)),
                    ListBlock(
                        ordered=False,
                        items=((Paragraph((Text("train"),)),), (Paragraph((Text("test"),)),)),
                    ),
                ),
                (Paragraph((Text("Fit"),)),),
            ),
        ),
    )


def test_pre_becomes_a_code_block_with_its_language() -> None:
    html = '<pre><code class="language-python">if a &lt; b:\n    print("&amp;")\n</code></pre>'
    assert html_to_blocks(html) == (CodeBlock('if a < b:\n    print("&")', "python"),)


def test_headings_become_bold_paragraphs_and_quotes_stay_quotes() -> None:
    html = "<h3>Example</h3><blockquote><p>Quoted <em>text</em></p></blockquote>"
    assert html_to_blocks(html) == (
        Paragraph((Strong((Text("Example"),)),)),
        Quote((Paragraph((Text("Quoted "), Emphasis((Text("text"),)))),)),
    )


def test_images_are_linked_by_url_with_their_alt_text() -> None:
    html = '<img src="img/roc.png" alt="ROC  curve" onerror="alert(1)"> <img src="data:image/png;base64,AAAA" alt="a dot"><img src="javascript:x">'
    assert html_to_blocks(html) == (Paragraph((Image("img/roc.png", "ROC curve"), Text(" a dot"))),)


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        "  JaVaScRiPt:alert(1)",
        "java&#x09;script:alert(1)",
        "javascript&colon;alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
    ],
)
def test_links_with_other_schemes_keep_only_their_text(href: str) -> None:
    assert html_to_blocks(f'see <a href="{href}">the <b>docs</b></a>') == (
        Paragraph((Text("see the "), Strong((Text("docs"),)))),
    )


@pytest.mark.parametrize(
    "href", ["https://example.org/a?b=1", "http://example.org", "mailto:a@example.org", "../x"]
)
def test_http_mailto_and_relative_links_stay_links(href: str) -> None:
    assert html_to_blocks(f'<a href="{href}">docs</a>') == (
        Paragraph((Link(href, (Text("docs"),)),)),
    )


def test_script_and_style_go_with_their_content_while_escaped_tags_are_text() -> None:
    html = (
        "<script>alert('x')</script><style>p { color: red }</style>"
        "Shown: &lt;script&gt;alert(1)&lt;/script&gt;"
    )
    assert html_to_blocks(html) == (Paragraph((Text("Shown: <script>alert(1)</script>"),)),)


def test_other_tags_are_dropped_and_their_text_kept() -> None:
    html = (
        '<details><summary>Show</summary><span style="color:red">hidden</span> '
        '<font size="2">text</font></details><iframe src="https://evil.example">x</iframe>'
        '<svg onload="alert(1)"><text>svg</text></svg>'
    )
    assert html_to_blocks(html) == (
        Paragraph((Text("Show"),)),
        Paragraph((Text("hidden text"),)),
        Paragraph((Text("svg"),)),
    )


def test_unbalanced_tags_do_not_lose_text() -> None:
    assert html_to_blocks("a <b>bold</i> and</p> more") == (
        Paragraph((Text("a "), Strong((Text("bold and"),)))),
        Paragraph((Text("more"),)),
    )


def test_inline_form_joins_blocks_with_hard_breaks() -> None:
    html = "What is <b>dropout</b>?<br><div>Name one use.</div><ul><li>a</li></ul>"
    assert html_to_inlines(html) == (
        Text("What is "),
        Strong((Text("dropout"),)),
        Text("?"),
        Break(hard=True),
        Text("Name one use."),
        Break(hard=True),
        Text("a"),
    )


def test_nothing_html_reaches_the_rendered_markdown() -> None:
    html = (
        '<p onclick="x()">&lt;img src=x onerror=alert(1)&gt; <a href="javascript:x">j</a></p>'
        "<table><tr><td>&lt;b&gt;</td></tr></table>"
    )
    rendered = render_blocks(html_to_blocks(html))
    assert "onclick" not in rendered
    assert "javascript" not in rendered
    assert "\\<img src=x onerror=alert(1)\\>" in rendered


def test_a_superscript_keeps_its_meaning() -> None:
    assert html_to_blocks("Brute force, O(n<sup>2</sup>)") == (
        Paragraph((Text("Brute force, O(n^2)"),)),
    )
    table = html_to_blocks(
        "<table><tr><th>cost</th></tr><tr><td>O(n<sup>2</sup>)</td></tr></table>"
    )
    assert table == (Table(head=((Text("cost"),),), rows=(((Text("O(n^2)"),),),)),)
