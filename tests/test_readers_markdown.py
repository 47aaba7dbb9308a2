"""The Markdown readers on fixtures shaped like the public Q&A collections, and their rules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from generator import document
from generator.cli import build_parser, main
from generator.document import (
    Block,
    Break,
    Code,
    CodeBlock,
    Emphasis,
    Image,
    Inline,
    Link,
    ListBlock,
    Math,
    MathBlock,
    Paragraph,
    Strong,
    Table,
    Text,
    block_texts,
    is_answer,
    safe_url,
)
from generator.errors import SourceError
from generator.ingest.pipeline import read_entries
from generator.ingest.readers import READERS, choose_reader, parse_source
from generator.markup.markdown import render_blocks
from generator.model import RawEntry, SourceText, WordList

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
EXPECTED = yaml.safe_load((FIXTURES.parent / "sources-expected.yaml").read_text(encoding="utf-8"))
SEED = Path(__file__).parents[1] / "content" / "sources" / "deep-learning-interview-questions.txt"


def source(name: str) -> SourceText:
    path = FIXTURES / name
    return SourceText(name, str(path), path.read_text(encoding="utf-8"))


def read(name: str) -> list[RawEntry]:
    return parse_source(source(name), ())


def entry(name: str, label: str) -> RawEntry:
    (found,) = [e for e in read(name) if e.ref.label == label]
    return found


def text_source(text: str, name: str = "notes.md") -> SourceText:
    return SourceText(name, f"src/{name}", text)


def parse(text: str, format: str | None = None) -> list[RawEntry]:
    return parse_source(text_source(text), (), format)


# ----------------------------------------------------------------------------- fixtures


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sniffing_picks_the_reader_of_each_fixture(name: str) -> None:
    reader = choose_reader(source(name))
    assert reader is not None and reader.name == EXPECTED[name]["format"]


def test_the_seed_is_still_read_as_numbered_text() -> None:
    seed = SourceText(SEED.name, str(SEED), SEED.read_text(encoding="utf-8"))
    reader = choose_reader(seed)
    assert reader is not None and reader.name == "numbered-text"
    assert all(r.sniff(seed) < reader.sniff(seed) for r in READERS if r is not reader)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_gives_exactly_the_expected_entries(name: str) -> None:
    expected = EXPECTED[name]["entries"]
    entries = read(name)
    got = [
        {
            "label": e.ref.label,
            "line": e.ref.line,
            "section": e.section,
            "level": e.level,
            "answered": is_answer(e.blocks),
            **({"context": bool(e.context)} if "context" in expected[0] else {}),
            "title": e.title,
        }
        for e in entries
    ]
    assert got == expected
    assert all(e.ref.file == name for e in entries)


def test_fixture_counts() -> None:
    counts = {name: len(read(name)) for name in EXPECTED}
    assert counts == {
        "ds-theory-bold.md": 10,
        "ml-q-headings.md": 9,
        "ml-numbered-headings.md": 10,
        "ds-technical-tasks.md": 8,
        "hostile.md": 4,
    }


# ----------------------------------------------------------------------------- whole trees


def test_bold_answer_with_math_display_math_and_an_image() -> None:
    kmeans = entry("ds-theory-bold.md", "L83")
    assert kmeans.blocks == (
        Paragraph(
            (
                Text("K-means places "),
                Math("k"),
                Text(" centroids and alternates two steps until no point changes cluster:"),
                Break(),
                Text(
                    "assign every point to its nearest centroid, then move every centroid to "
                    "the mean of its points."
                ),
                Break(),
                Text("It minimises"),
            )
        ),
        MathBlock(r"\sum_{i=1}^{k} \sum_{x \in C_i} \lVert x - \mu_i \rVert^2"),
        Paragraph(
            (
                Text(
                    "It fails when clusters are not round, differ a lot in size or density, "
                    "or when "
                ),
                Math("k"),
                Text(" is wrong."),
            )
        ),
        Paragraph((Image("img/kmeans-moons.png", "k-means on two half moons"),)),
    )


def test_bold_answer_with_raw_html_and_a_javascript_link() -> None:
    clusters = entry("ds-theory-bold.md", "L99")
    assert clusters.blocks == (
        Paragraph(
            (
                Text("Plot the within-cluster sum of squares against "),
                Math("k"),
                Text(" and look for the elbow, or keep the "),
                Math("k"),
                Break(),
                Text("with the best "),
                Strong((Text("silhouette"),)),
                Text(" score."),
                Break(hard=True),
                Text("Another option is the gap statistic."),
            )
        ),
    )


def test_a_heading_inside_an_answer_is_a_bold_paragraph() -> None:
    dropout = entry("ds-theory-bold.md", "L108")
    assert [b for b in dropout.blocks if b == Paragraph((Strong((Text("Where to put it"),)),))]
    assert dropout.blocks[-2:] == (
        Paragraph((Strong((Text("Rule of thumb"),)),)),
        Paragraph((Text("Start with "), Math("p = 0.5"), Text(" for dense layers."))),
    )


def test_a_task_answer_is_its_code_and_the_schema_is_shared_context() -> None:
    first, second = read("ds-technical-tasks.md")[:2]
    assert first.blocks == (
        CodeBlock(
            "SELECT DATE(created_at) AS day, COUNT(*) AS orders\nFROM Orders\n"
            "GROUP BY DATE(created_at)\nORDER BY day;",
            "sql",
        ),
    )
    assert first.context == (
        Paragraph((Text("An online shop keeps two tables:"),)),
        ListBlock(
            ordered=False,
            items=(
                (Paragraph((Code("Customers(customer_id, name, country, signup_date)"),)),),
                (Paragraph((Code("Orders(order_id, customer_id, amount, created_at)"),)),),
            ),
        ),
        Paragraph((Image("img/shop-schema.png", "the two tables and their key"),)),
        Paragraph((Text("Write a query for each of the following:"),)),
    )
    assert second.context is first.context


def test_the_examples_below_a_task_belong_to_its_answer() -> None:
    mean = entry("ds-technical-tasks.md", "python-2")
    assert isinstance(mean.blocks[0], ListBlock)
    assert mean.blocks[1] == CodeBlock(
        'def mean(numbers):\n    return sum(numbers) / len(numbers) if numbers else float("nan")',
        "python",
    )


def test_an_answer_link_before_the_prose_stays_in_the_answer() -> None:
    descent = entry("ml-numbered-headings.md", "2")
    assert descent.blocks[0] == Paragraph(
        (Link("https://example.com/gradient-descent", (Text("[Answer]"),)),)
    )
    assert render_blocks(descent.blocks[1:]).startswith("Gradient descent finds parameters")


def test_a_link_only_answer_is_kept_as_a_link() -> None:
    sparse = entry("ml-numbered-headings.md", "5")
    assert sparse.blocks == (
        Paragraph((Link("https://example.com/sparse-matrix", (Text("[Answer]"),)),)),
    )
    assert not is_answer(sparse.blocks)


def test_the_answer_line_is_dropped_and_a_same_line_answer_kept() -> None:
    vae = entry("ml-q-headings.md", "Q3")
    assert vae.blocks == (
        Paragraph(
            (
                Text(
                    "A VAE encodes each input as a distribution (a mean and a variance) "
                    "instead of a"
                ),
                Break(),
                Text(
                    "point, and a KL term keeps those distributions close to a standard "
                    "normal, so sampling the"
                ),
                Break(),
                Text("latent space gives plausible outputs."),
            )
        ),
    )
    assert entry("ml-q-headings.md", "Q2").blocks == ()


def test_an_answer_folded_in_details_loses_its_summary_label() -> None:
    text = (
        "### Q1: What is label smoothing? ###\n\n<details><summary>Answer</summary>\n\n"
        "Targets of $1 - \\epsilon$ instead of 1.\n\n</details>\n"
    )
    (only,) = parse(text)
    assert only.blocks == (
        Paragraph((Text("Targets of "), Math("1 - \\epsilon"), Text(" instead of 1."))),
    )


def test_a_table_in_a_markdown_answer() -> None:
    epochs = entry("ml-q-headings.md", "Q6")
    assert epochs.blocks[0] == Table(
        head=((Text("term"),), (Text("meaning"),)),
        rows=(
            ((Text("epoch"),), (Text("one pass over the whole training set"),)),
            ((Text("batch"),), (Text("the samples used for one weight update"),)),
            ((Text("iteration"),), (Text("one weight update"),)),
        ),
        align=(),
    )


# ----------------------------------------------------------------------------- furniture


FURNITURE_TEXT = (
    "Legend",
    "Table of contents",
    "community",
    "pull request",
    "Sponsors",
    "Practise ML interviews",
    "Preparation resources",
    "Deep Learning, the book",
    "20% off",
    "Recently added",
    "NLP interview questions",
    "stars",
    "Corrections are welcome",
    "A collection of technical interview questions",
)


def all_text(entries: list[RawEntry]) -> str:
    parts: list[str] = []
    for e in entries:
        parts.append(e.title)
        parts.extend(block_texts(e.blocks))
        parts.extend(block_texts(e.context))
        parts.append(e.section or "")
    return "\n".join(parts)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_furniture_never_becomes_a_question_or_answer_text(name: str) -> None:
    text = all_text(read(name)).lower()
    for phrase in FURNITURE_TEXT:
        assert phrase.lower() not in text


def test_the_table_of_contents_is_not_a_second_copy() -> None:
    entries = read("ml-q-headings.md")
    assert len({e.title for e in entries}) == len(entries) == 9
    links = [n for e in entries for n in nodes(e.blocks) if isinstance(n, Link)]
    assert not [link for link in links if link.url.startswith("#")]


def test_the_source_link_is_dropped_from_the_title_and_the_title_link_keeps_its_text() -> None:
    titles = [e.title for e in read("ml-numbered-headings.md")]
    assert not [t for t in titles if "src" in t or "[" in t or "http" in t]
    assert titles[5] == "Write a function that computes the receptive field of a node in a 1-D CNN."


# ----------------------------------------------------------------------------- hostile text


def nodes(blocks: tuple[Block, ...]) -> list[Block | Inline]:
    """Every block and inline node of a tree, depth first."""
    out: list[Block | Inline] = []

    def inline(items: tuple[Inline, ...]) -> None:
        for node in items:
            out.append(node)
            if isinstance(node, Strong | Emphasis | Link):
                inline(node.children)

    for block in blocks:
        out.append(block)
        if isinstance(block, Paragraph):
            inline(block.children)
        elif isinstance(block, ListBlock):
            for item in block.items:
                out.extend(nodes(item))
        elif isinstance(block, document.Quote):
            out.extend(nodes(block.children))
        elif isinstance(block, Table):
            for row in (block.head, *block.rows):
                for cell in row:
                    inline(cell)
    return out


DOCUMENT_TYPES = tuple(
    t
    for t in vars(document).values()
    if isinstance(t, type) and t.__module__ == document.__name__ and t.__dataclass_fields__
)


def test_hostile_text_stays_text_and_bad_links_are_dropped() -> None:
    entries = read("hostile.md")
    found = [n for e in entries for n in nodes(e.blocks)]
    assert all(isinstance(n, DOCUMENT_TYPES) for n in found)
    links = [n for n in found if isinstance(n, Link)]
    assert [link.url for link in links] == ["https://example.org/safe"]
    assert all(safe_url(n.url) == n.url for n in found if isinstance(n, Image))
    text = all_text(entries)
    assert "<script>alert(1)</script>" in text  # written as entities in the source: shown
    for gone in ("inline script", "a script block", "display: none", "onerror", "onclick"):
        assert gone not in text
    for kept in ("a javascript link", "a data link", "a vbscript link", "an iframe", "svg"):
        assert kept in text


def test_hostile_markdown_renders_without_html_or_block_syntax() -> None:
    for e in read("hostile.md"):
        rendered = render_blocks(e.blocks)
        assert not re.search(r"(?<!\\)<[A-Za-z/!?]", rendered), rendered
        assert "javascript:" not in rendered and "data:" not in rendered
        assert not re.search(r"^!!!", rendered, re.MULTILINE)


def test_raw_html_table_in_markdown_becomes_a_table() -> None:
    table = entry("hostile.md", "L17").blocks[0]
    assert table == Table(
        head=((Text("model"),), (Text("loss"),)),
        rows=(((Strong((Text("logistic"),)), Text(" regression")), (Text("log loss"),)),),
    )


# ----------------------------------------------------------------------------- rules, small


def test_an_answer_ends_at_a_br_line_and_what_follows_is_dropped() -> None:
    text = (
        "## Basics\n\n**What is a feature? 👶**\n\nAn input column.\n\n<br/>\n\n"
        "Stray text after the break.\n\n**What is a label? 👶**\n\nThe target.\n"
    )
    first, second = parse(text)
    assert first.blocks == (Paragraph((Text("An input column."),)),)
    assert second.ref.label == "L11"


@pytest.mark.parametrize(
    "stub", ["Answer here", "TODO", "…", "...", "_[To be filled]_", "**TBD**", "Answer here."]
)
def test_placeholder_answers_are_no_answer(stub: str) -> None:
    (only,) = parse(f"## Topic\n\n**What is bagging? ⭐️**\n\n{stub}\n")
    assert only.blocks == ()


def test_an_answer_may_start_on_the_line_below_a_bold_question() -> None:
    text = "## Trees\n\n**What is a decision stump? 👶**\nA tree with one split.\n\nUsed in boosting.\n"
    (only,) = parse(text)
    assert (only.title, only.level) == ("What is a decision stump?", "easy")
    assert only.blocks == (
        Paragraph((Text("A tree with one split."),)),
        Paragraph((Text("Used in boosting."),)),
    )


def test_difficulty_marks_with_and_without_variation_selector() -> None:
    text = "**What is a tensor? ⭐**\n\nAn array.\n\n**What is a GPU? ⭐️**\n\nHardware.\n"
    assert [(e.title, e.level) for e in parse(text)] == [
        ("What is a tensor?", "medium"),
        ("What is a GPU?", "medium"),
    ]


def test_a_bold_line_in_an_answer_that_asks_nothing_stays_in_the_answer() -> None:
    (only,) = parse("**What is a ROC curve? 👶**\n\n**Short version**\n\nTPR against FPR.\n")
    assert [render_blocks((b,)) for b in only.blocks] == ["**Short version**", "TPR against FPR."]


def test_section_titles_lose_emoji_and_numbering() -> None:
    text = "## 🧠 3. Deep learning\n\n**What is a neuron?**\n\nA unit.\n"
    assert parse(text)[0].section == "Deep learning"


def test_closing_hashes_and_a_deeper_heading_inside_the_answer() -> None:
    text = "## Basics\n\n### Q1: What is a bias term? ###\n\nAn offset.\n\n#### Why\n\nShifts.\n"
    (only,) = parse(text)
    assert only.title == "What is a bias term?"
    assert render_blocks(only.blocks) == "An offset.\n\n**Why**\n\nShifts."


def test_a_number_printed_twice_gives_both_questions_line_labels() -> None:
    text = (
        "#### 1) What is a? [[src](http://e.x/1)]\nA.\n\n#### 2) What is b?\nB.\n\n"
        "#### 2) What is c?\nC.\n"
    )
    assert [e.ref.label for e in parse(text)] == ["1", "L4", "L7"]


def test_task_numbers_restart_per_section_and_stay_unique() -> None:
    text = (
        "## SQL\n\nTable T(a, b).\n\n**1)** Count rows.\n\n```sql\nSELECT 1;\n```\n\n"
        "## Coding (Python)\n\n**1) Sum**. Add two numbers.\n\n```python\na + b\n```\n"
    )
    first, second = parse(text)
    assert (first.ref.label, second.ref.label) == ("sql-1", "coding-python-1")
    assert first.context == (Paragraph((Text("Table T(a, b)."),)),)
    assert second.context == ()
    assert second.title == "Sum. Add two numbers."


def test_word_list_furniture_is_dropped_from_markdown_answers() -> None:
    furniture = (re.compile(r"^.*interview questions( and answers)?.*$", re.IGNORECASE),)
    text = "**What is a kernel?**\n\nA similarity.\n\nTop 50 ML interview questions\n"
    (only,) = parse_source(text_source(text), furniture)
    assert only.blocks == (Paragraph((Text("A similarity."),)),)


# ----------------------------------------------------------------------------- errors, --format


def test_a_markdown_file_with_no_questions_is_a_one_line_error() -> None:
    with pytest.raises(SourceError) as caught:
        parse("# Notes\n\nSome prose about models.\n\n- a list\n- of things\n")
    assert caught.value.path == "src/notes.md" and caught.value.line == 1
    assert "\n" not in str(caught.value)
    assert str(caught.value).startswith("src/notes.md:1: no question entries found")


def test_a_task_with_no_text_is_an_error_at_its_line() -> None:
    with pytest.raises(SourceError) as caught:
        parse("## SQL\n\n**1)** Count rows.\n\nSELECT 1\n\n**2)**\n\nSELECT 2\n")
    assert (caught.value.line, caught.value.message) == (7, "question has no text")


def test_format_forces_a_reader() -> None:
    text = (
        "**What is a bold question?**\n\nBold.\n\n### Q1: What is a heading question? ###\n\nH.\n"
    )
    assert choose_reader(text_source(text)).name == "markdown-bold"  # type: ignore[union-attr]
    (forced,) = parse(text, format="markdown-headings")
    assert (forced.ref.label, forced.title) == ("Q1", "What is a heading question?")
    with pytest.raises(SourceError, match="no question entries found"):
        parse_source(source("ds-theory-bold.md"), (), "markdown-tasks")


def test_read_entries_passes_the_format_down(tmp_path: Path) -> None:
    path = tmp_path / "mixed.md"
    path.write_text("**What is a?**\n\nA.\n\n### Q1: What is b? ###\n\nB.\n", encoding="utf-8")
    assert [e.ref.label for e in read_entries([path], WordList())] == ["L1"]
    forced = read_entries([path], WordList(), format="markdown-headings")
    assert [e.ref.label for e in forced] == ["Q1"]


def test_ingest_help_lists_every_format_with_its_description(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "2000")  # argparse wraps at hyphens in a narrow terminal
    parser = build_parser()
    ingest = parser._subparsers._group_actions[0].choices["ingest"]  # type: ignore[union-attr]
    help_text = " ".join(ingest.format_help().split())
    for reader in READERS:
        assert f"{reader.name}: {' '.join(reader.description.split())}" in help_text
    args = parser.parse_args(["ingest", "--format", "markdown-tasks"])
    assert args.format == "markdown-tasks"
    with pytest.raises(SystemExit):
        parser.parse_args(["ingest", "--format", "docx"])


# ----------------------------------------------------------------------------- with the seed


def test_every_fixture_entry_and_the_seed_land_in_exactly_one_question(tmp_path: Path) -> None:
    sources = [str(FIXTURES / name) for name in sorted(EXPECTED)]
    out = tmp_path / "questions"
    assert main(["ingest", *sources, str(SEED), "--out", str(out), "-q"]) == 0
    refs = sorted(
        ref
        for path in out.glob("*.md")
        for ref in yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])["sources"]
    )
    expected = [f"{name}#{e['label']}" for name in EXPECTED for e in EXPECTED[name]["entries"]]
    seed = [str(e.ref) for e in read_entries([SEED], WordList())]
    assert len(expected) == 41 and len(seed) == 95
    assert refs == sorted(expected + seed)


def test_each_readme_example_is_read_by_the_format_it_illustrates() -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Input formats\n", 1)[1].split("\n## The ingest pipeline", 1)[0]
    examples = re.findall(r"^`([a-z-]+)`: .*?\n(`{3,4})\w*\n(.*?)\n\2$", section, re.M | re.S)
    described = re.findall(r"^`([a-z-]+)`: ", section, re.M)
    assert described == [r.name for r in READERS]
    binary = {"anki"}  # a zip of SQLite: described, no text example
    assert [name for name, _, _ in examples] == [n for n in described if n not in binary]
    for name, _, example in examples:
        example_source = text_source(example + "\n")
        assert choose_reader(example_source).name == name  # type: ignore[union-attr]
        (only,) = parse_source(example_source, ())
        assert only.title and only.blocks
