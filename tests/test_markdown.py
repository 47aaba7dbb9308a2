"""markdown.py: Markdown to the answer tree and back, with one escaper the site cannot misread."""

from __future__ import annotations

import pytest
from site_support import site_html

from generator.document import (
    Break,
    Code,
    CodeBlock,
    Emphasis,
    Image,
    Link,
    ListBlock,
    Math,
    MathBlock,
    Paragraph,
    Quote,
    Strong,
    Table,
    Text,
    safe_url,
)
from generator.markup.markdown import (
    parse_blocks,
    parse_inlines,
    render_blocks,
    render_inlines,
)

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    '!!! danger "Boom"',
    "??? info",
    "---",
    "{: onclick=alert(1) }",
    "x { onclick=alert(1) }",
    "&lt;script&gt; &amp; &#60;b&#62;",
    "$x$ and $$y$$ cost $5",
    "*not bold* _not em_ `not code` [not](link) ![not](image)",
    "# not a heading",
    "1. not a list",
    "- not a bullet",
    "> not a quote",
    "| not | a table |",
    "<div markdown>**x**</div>",
    "\\(x\\) \\[y\\]",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_plain_text_renders_as_the_same_plain_text(text: str) -> None:
    html = site_html(render_blocks((Paragraph((Text(text),)),)))
    assert html.startswith("<p>") and html.endswith("</p>")
    inner = html[3:-4]
    for tag in ("<script", "<img", "<a ", "<div", "<strong", "<em", "<code", "<h1", "<ol", "<ul"):
        assert tag not in inner
    assert "arithmatex" not in inner
    assert "onclick" not in html.split(">", 1)[0]


def test_plain_text_in_every_container_stays_text() -> None:
    payload = Text("<script>alert(1)</script> {: onclick=x }")
    blocks = (
        ListBlock(False, ((Paragraph((payload,)),),)),
        ListBlock(True, ((Paragraph((Strong((payload,)),)),),)),
        Quote((Paragraph((payload,)),)),
        Table(((payload,),), (((Emphasis((payload,)),),),)),
        Paragraph((Link("https://example.org", (payload,)),)),
    )
    html = site_html(render_blocks(blocks))
    assert "<script" not in html and "onclick=" not in html.replace("{: onclick=x }", "")
    assert html.count("&lt;script&gt;") == 6


def test_structure_renders_as_the_site_expects() -> None:
    blocks = (
        Paragraph(
            (Text("Intro with "), Code("a|b"), Text(" and "), Math(r"\frac{1}{2}"), Text(":"))
        ),
        ListBlock(
            True,
            (
                (Paragraph((Strong((Text("First"),)), Text(": step."))),),
                (
                    Paragraph((Text("Second, with code:"),)),
                    CodeBlock("SELECT 1;\n-- done", "sql"),
                    MathBlock(r"a^2 + b^2 = c^2"),
                ),
            ),
        ),
        Table(((Text("k"),), (Text("v"),)), (((Text("a|b"),), (Math("x"),)),), ("left", "")),
        Paragraph((Image("https://example.org/a.png", "a plot"), Break(hard=True), Text("after"))),
    )
    html = site_html(render_blocks(blocks))
    assert '<span class="arithmatex">\\(\\frac{1}{2}\\)</span>' in html
    assert "<ol>" in html and "<strong>First</strong>: step." in html
    assert 'class="highlight"' in html and "SELECT" in html and "<table>" in html
    assert '<div class="arithmatex">\\[\na^2 + b^2 = c^2\n\\]</div>' in html
    assert ">a|b</td>" in html and "<code>a|b</code>" in html
    assert '<a href="https://example.org/a.png">Image: a plot</a>' in html and "<br />" in html
    assert "<img" not in html


def test_parse_then_render_is_stable() -> None:
    text = (
        "Para with **bold**, *em*, `code`, $x^2$ and a [link](https://example.org).\n\n"
        "- one\n- two\n\n    ```python\n    x = 1\n    ```\n\n"
        "1. a\n2. b\n\n"
        "| h1 | h2 |\n| --- | --- |\n| 1 | $y$ |\n\n"
        "$$\nz = 1\n$$\n\n> quoted"
    )
    tree = parse_blocks(text)
    assert parse_blocks(render_blocks(tree)) == tree
    assert render_blocks(parse_blocks(render_blocks(tree))) == render_blocks(tree)


def test_parser_builds_the_tree() -> None:
    tree = parse_blocks(
        "## Heading\n\nText <b>raw</b> [bad](javascript:alert(1)) ![i](data:x) "
        "[ok](https://a.b)\n\n```py\nprint(1)\n```\n\n---\n\n<div>block html</div>"
    )
    assert tree[0] == Paragraph((Strong((Text("Heading"),)),))
    assert tree[2:] == (CodeBlock("print(1)", "py"), Paragraph((Text("block html"),)))
    second = tree[1]
    assert isinstance(second, Paragraph)
    assert Link("https://a.b", (Text("ok"),)) in second.children
    assert not any(isinstance(n, Link) and "javascript" in n.url for n in second.children)
    assert not any(isinstance(n, Image) for n in second.children)


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://a.b/c", True),
        ("http://a.b", True),
        ("mailto:x@y.z", True),
        ("page.html#x", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("data:text/html,x", False),
        ("vbscript:x", False),
        (" javascript:x", False),
        ("java\tscript:x", False),
        ("", False),
    ],
)
def test_only_safe_links_survive(url: str, safe: bool) -> None:
    assert (safe_url(url) is not None) is safe


def test_summaries_round_trip_as_one_line() -> None:
    inlines = parse_inlines("A *short* line with $x$ and `c`.")
    assert render_inlines(inlines) == "A *short* line with $x$ and `c`."
    assert "\n" not in render_inlines((Text("a"), Break(hard=False), Text("b")))
