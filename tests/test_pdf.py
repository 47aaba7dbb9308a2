"""The PDF cheat sheet: content, layout limits, links, fonts, errors and determinism."""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from pathlib import Path

import pypdf
import pytest
import typst
from conftest import CONTENT

from generator.cli import main
from generator.config import SiteInfo, load_settings
from generator.content import Content
from generator.dates import content_stamp
from generator.errors import PdfError, StudyGuideError
from generator.glyphs import has_glyph
from generator.loaders import load_taxonomy
from generator.model import Question, SourceRef
from generator.outputs.pdf import (
    BODY_FONT,
    MIN_FONT_SIZE,
    balance_breaks,
    build_pdf,
    cheatsheet_source,
)
from generator.outputs.typst_markup import apostrophes
from generator.questionfile import read_question_folder, render_question

SITE = "https://example.github.io/studyguide/"
DATE = dt.date(2025, 3, 14)
A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)


def _question(qid: str, title: str, summary: str, topic: str = "foundations") -> Question:
    return Question(
        id=qid,
        title=title,
        answer=f"{summary}\n\nMore detail than the cheat sheet prints.",
        summary=summary,
        topic=topic,
        tags=("machine-learning-basics",),
        sources=(SourceRef("dump.txt", qid),),
    )


FIXTURE = (
    _question(
        "precision-recall", "Define precision and recall?", r"Recall = $\frac{TP}{TP + FN}$."
    ),
    _question("what-is-bias", "What is bias?", "Error from *wrong assumptions* in the model."),
    _question("zebra-question", "Are zebras supervised?", "Only by other zebras.", "statistics"),
)


def _write(folder: Path, questions: tuple[Question, ...] | list[Question]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for question in questions:
        (folder / f"{question.id}.md").write_text(render_question(question), encoding="utf-8")
    return folder


def _content(folder: Path) -> Content:
    """The question files in ``folder`` with the real taxonomy."""
    taxonomy = load_taxonomy(CONTENT / "taxonomy.yaml")
    return Content.of(read_question_folder(folder), taxonomy, folder=folder)


def _pdf(
    folder: Path,
    out: Path,
    *,
    site_url: str | None = SITE,
    date: dt.date | None = DATE,
    site: SiteInfo | None = None,
    **options,
):
    """build_pdf over the question files in ``folder``."""
    site = site or SiteInfo().with_url(site_url)
    stamp = content_stamp(folder, date)
    return build_pdf(_content(folder), out, site=site, stamp=stamp, **options)


def _build(tmp_path: Path, questions=FIXTURE, name: str = "sheet.pdf", **options) -> Path:
    folder = _write(tmp_path / "questions", questions)
    out = tmp_path / name
    _pdf(folder, out, **options)
    return out


def _squash(text: str) -> str:
    """Text for comparing: NFKC (math italic letters are letters), plain quotes, and no
    whitespace or hyphens of any kind. pypdf reads the ToUnicode map only, where a
    hyphen glyph used both as ``-`` and for hyphenation reads as a soft hyphen (Typst
    records the difference in /ActualText, which poppler honours)."""
    text = unicodedata.normalize("NFKC", text).translate(str.maketrans("‘’“”", "''\"\""))
    return re.sub(r"[\s\u00ad\u2010\u2011\u2212-]+", "", text)


def _text(pdf: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)


def _uris(pdf: Path) -> list[str]:
    uris = []
    for page in pypdf.PdfReader(pdf).pages:
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A")
            if action is not None and "/URI" in action:
                uris.append(str(action["/URI"]))
    return uris


def _font_sizes(pdf: Path) -> dict[str, set[float]]:
    """Effective text sizes (points) used per font, from the page content streams."""
    sizes: dict[str, set[float]] = {}

    def visit(text, cm, tm, font, size) -> None:
        if not text.strip() or font is None:
            return
        scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])
        sizes.setdefault(str(font.get("/BaseFont")), set()).add(round(size * scale, 2))

    for page in pypdf.PdfReader(pdf).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def _font_descriptors(pdf: Path) -> list[dict]:
    reader = pypdf.PdfReader(pdf)
    found = []
    for number in range(1, int(reader.trailer["/Size"])):
        try:
            obj = reader.get_object(number)
        except Exception:  # free entries in the cross-reference table
            continue
        if isinstance(obj, dict) and obj.get("/Type") == "/FontDescriptor":
            found.append(obj)
    return found


def test_fixture_sheet_groups_by_topic_and_sorts_by_title(tmp_path: Path) -> None:
    text = _squash(_text(_build(tmp_path)))
    order = [
        "Foundations",
        "Definepreci",  # "Define precision and recall?" sorts before "What is bias?"
        "Whatisbias?",
        "Statistics",
        "Arezebrassupervised?",
    ]
    positions = [text.find(_squash(part)) for part in order]
    assert -1 not in positions, positions
    assert positions == sorted(positions)
    assert "Neuralnetworks" not in text  # empty topics print no heading
    assert "3questionsin2topics" in text
    assert "14March2025" in text
    assert _squash("Only by other zebras.") in text
    assert "More detail" not in text  # the summary, not the full answer


def test_math_is_typeset_not_left_as_latex(tmp_path: Path) -> None:
    text = _text(_build(tmp_path))
    assert "\\frac" not in text and "$" not in text and "frac" not in text
    assert "Recall=TPTP+FN." in _squash(text)
    fonts = _font_sizes(tmp_path / "sheet.pdf")
    assert any("Math" in name for name in fonts)  # the formula is set in the math font


def test_titles_link_to_site_pages(tmp_path: Path) -> None:
    uris = _uris(_build(tmp_path))
    assert set(uris) == {f"{SITE}questions/{q.id}/" for q in FIXTURE}


def test_site_url_comes_from_mkdocs_yml_with_tags(tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "site_name: ML interview guide\n"
        "site_url: https://example.org/guide\n"
        "markdown_extensions:\n"
        "  - pymdownx.superfences:\n"
        "      custom_fences:\n"
        "        - name: mermaid\n"
        "          format: !!python/name:pymdownx.superfences.fence_code_format\n"
        "extra:\n"
        "  analytics: !ENV [ANALYTICS, false]\n",
        encoding="utf-8",
    )
    site = load_settings(config).site
    assert site.url == "https://example.org/guide/"
    out = tmp_path / "sheet.pdf"
    result = _pdf(_write(tmp_path / "questions", FIXTURE), out, site=site)
    assert result.site_url == "https://example.org/guide/"
    assert "https://example.org/guide/questions/what-is-bias/" in _uris(out)
    assert "MLinterviewguide" in _squash(_text(out))


def test_paper_sizes(tmp_path: Path) -> None:
    for paper, expected in (("a4", A4), ("us-letter", LETTER)):
        pdf = _build(tmp_path, name=f"{paper}.pdf", paper=paper)
        box = pypdf.PdfReader(pdf).pages[0].mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(expected, abs=0.05)


def test_same_input_gives_identical_bytes(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first = _build(tmp_path, name="one.pdf", date=None).read_bytes()
    second = _build(tmp_path, name="two.pdf", date=None).read_bytes()
    assert first == second
    assert "14November2023" in _squash(_text(tmp_path / "one.pdf"))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")
    assert _build(tmp_path, name="three.pdf", date=None).read_bytes() != first


def test_font_size_parameter_is_the_smallest_text_size(tmp_path: Path) -> None:
    source, _ = cheatsheet_source([("Topic", [("Title", "Summary", None)])], date=DATE)
    assert re.search(r"#let body-size = ([\d.]+)pt", source).group(1) == "8.0"
    with pytest.raises(ValueError, match="minimum"):
        cheatsheet_source([], date=DATE, font_size=MIN_FONT_SIZE - 0.5)
    pdf = _build(tmp_path, font_size=9.0)
    text_sizes = {
        s for name, sizes in _font_sizes(pdf).items() if "Math" not in name for s in sizes
    }
    assert min(text_sizes) == 9.0


@pytest.mark.parametrize(
    ("summary", "reason"),
    [
        (r"Broken $\frac{1}{$ formula.", "cannot typeset the summary"),
        (r"Raw \frac{1}{2} outside math.", "'\\\\frac' outside math"),
        (r"Costs $5 and more.", "does not open or close math"),
        ("A picture: ![plot](missing-plot.png)", "file not found"),
        ("Hard to print: 中文.", "no glyph for '中' (U+4E2D)"),
        ("Fun 😀 stuff.", "U+1F600"),
    ],
)
def test_untypesettable_question_names_its_file(tmp_path: Path, summary: str, reason: str) -> None:
    bad = _question("broken-one", "Which summary breaks?", summary, "statistics")
    with pytest.raises(PdfError) as caught:
        _build(tmp_path, [*FIXTURE, bad])
    message = str(caught.value)
    assert "broken-one.md:" in message
    assert reason in message
    assert "\n" not in message
    assert not (tmp_path / "sheet.pdf").exists()


def _png(code: int) -> bytes:
    source = (
        "#set page(width: 20pt, height: 20pt, margin: 2pt)\n"
        f'#set text(font: "{BODY_FONT}", size: 12pt)\n#str.from-unicode({code})'
    )
    return typst.compile(source.encode(), format="png", ppi=72, ignore_system_fonts=True)


def test_glyph_coverage_matches_the_fonts() -> None:
    box = _png(0x4E2D)  # no built-in font has CJK: Typst draws its empty box
    for char in "aZ€é—’≥∑αЖ→ℝ½ﬁ⁴":
        assert has_glyph(char) and _png(ord(char)) != box, char
    for char in "中😀\u2041\u0500\u2072":
        assert not has_glyph(char) and _png(ord(char)) == box, char


def test_escaped_dollar_is_a_dollar(tmp_path: Path) -> None:
    fine = _question("price", "What does it cost?", r"About \$5 a month.")
    assert "About$5amonth." in _squash(_text(_build(tmp_path, [fine])))


def test_unknown_topic_is_an_error(tmp_path: Path) -> None:
    stray = _question("stray", "Where does this go?", "Nowhere.", "astrology")
    with pytest.raises(StudyGuideError, match=r"stray\.md:\d+: unknown topic 'astrology'"):
        _build(tmp_path, [stray])


def test_cli_writes_pdf_and_reports_errors(tmp_path: Path, capsys) -> None:
    folder = _write(tmp_path / "questions", FIXTURE)
    out = tmp_path / "out" / "cheatsheet.pdf"
    args = ["pdf", "--questions", str(folder), "--out", str(out), "--paper", "us-letter"]
    args += ["--site-url", SITE, "--date", "2025-03-14", "--config", str(tmp_path / "none.yml")]
    assert main(args) == 0
    assert "3 questions in 2 topics" in capsys.readouterr().out
    assert float(pypdf.PdfReader(out).pages[0].mediabox.width) == pytest.approx(612.0)
    _write(folder, [_question("bad-math", "Bad?", r"$\frac{1}{$", "data")])
    assert main(args) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith("error: ") and "bad-math.md:" in error and "\n" not in error


def test_real_content(tmp_path: Path) -> None:
    questions = read_question_folder(CONTENT / "questions")
    taxonomy = load_taxonomy(CONTENT / "taxonomy.yaml")
    out = tmp_path / "cheatsheet.pdf"
    result = _pdf(CONTENT / "questions", out)  # its time is a benchmark's business
    reader = pypdf.PdfReader(out)
    assert result.questions == len(questions) and result.pages == len(reader.pages)
    assert len(reader.pages) <= math.ceil(len(questions) / 20)

    raw = _text(out)
    text = _squash(raw)
    missing = [q.title for q in questions if _squash(q.title) not in text]
    assert not missing
    used = {q.topic for q in questions}
    for topic in taxonomy.topics:
        assert (_squash(topic.title) in text) == (topic.slug in used)

    # formulas are typeset: no LaTeX or dollar signs survive anywhere on the sheet
    assert any("$" in q.summary for q in questions)
    assert "$" not in raw and "\\" not in raw

    # a title over two lines has one link area per line
    assert set(_uris(out)) == {f"{SITE}questions/{q.id}/" for q in questions}

    descriptors = _font_descriptors(out)
    assert descriptors
    for descriptor in descriptors:
        assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), descriptor
    body = {s for name, sizes in _font_sizes(out).items() if "Math" not in name for s in sizes}
    assert min(body) >= MIN_FONT_SIZE


def test_cli_paper_choices_match_the_pdf_module() -> None:
    from generator.cli import build_parser
    from generator.outputs.pdf import PAPERS

    pdf = build_parser()._subparsers._group_actions[0].choices["pdf"]
    paper = next(a for a in pdf._actions if a.dest == "paper")
    assert set(paper.choices) == set(PAPERS)


def test_apostrophe_after_a_digit_is_not_a_prime(tmp_path: Path) -> None:
    questions = (
        _question(
            "layers",
            "Can layer 4's output feed layer 2?",
            "Yes: layer 4's output at step $t-1$ feeds layer 2, and $f'(x)$ keeps its prime.",
        ),
    )
    text = _text(_build(tmp_path, questions))
    assert "layer 4\u2019s output" in text and "4\u2032" not in text
    assert "\u2032" in text or "'" in text  # the derivative's prime is still there


def test_apostrophes_leave_math_and_raw_text_alone() -> None:
    assert apostrophes("layer 4's and it's") == "layer 4\u2019s and it\u2019s"
    assert apostrophes("$f'(x)$ and `a'b` but 2's") == "$f'(x)$ and `a'b` but 2\u2019s"
    assert apostrophes(r"costs \$5 at 4's") == "costs \\$5 at 4\u2019s"


def test_no_site_url_no_links_and_the_sheet_says_where_the_site_is(tmp_path: Path) -> None:
    out = _build(tmp_path, site_url=None)  # and no site_url in the (absent) mkdocs.yml
    assert _uris(out) == []
    assert "make build writes it to site/index.html" in _text(out).replace("\n", " ")


def _marks(column_entries: list[list[float]], page: int = 2) -> tuple[list[dict], list[dict]]:
    """Start and end marks for entries laid out in columns: heights per column, 5 pt apart."""
    starts, ends, n = [], [], 0
    for column, heights in enumerate(column_entries):
        y = 20.0
        for height in heights:
            starts.append({"n": n, "page": page, "x": 30.0 + 180 * column, "y": y})
            ends.append({"n": n, "page": page, "x": 30.0 + 180 * column, "y": y + height})
            y += height + 5
            n += 1
    return starts, ends


def test_balance_breaks_share_a_last_page_filled_in_one_column() -> None:
    earlier = [{"n": -1, "page": 1, "x": 30.0, "y": 20.0}]
    starts, ends = _marks([[40.0] * 9])  # nine equal entries, all in the first column
    assert balance_breaks(earlier + starts, ends, 3) == frozenset({3, 6})


def test_balance_breaks_leave_a_single_entry_or_column_alone() -> None:
    starts, ends = _marks([[40.0]])
    assert balance_breaks(starts, ends, 3) == frozenset()
    starts, ends = _marks([[40.0] * 4])
    assert balance_breaks(starts, ends, 1) == frozenset()


def test_real_sheet_last_page_columns_are_balanced(tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    _pdf(CONTENT / "questions", out, site_url=None)
    last = pypdf.PdfReader(out).pages[-1]
    width, height = float(last.mediabox.width), float(last.mediabox.height)
    lowest = [height, height, height]  # the lowest text in each third of the page

    def visitor(text, cm, tm, font, size):
        x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
        y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
        if text.strip() and y > 40:  # not the footer
            third = min(int(3 * x / width), 2)
            lowest[third] = min(lowest[third], y)

    last.extract_text(visitor_text=visitor)
    filled = [height - y for y in lowest]
    assert min(filled) > 0.6 * max(filled), filled  # no column left nearly empty
