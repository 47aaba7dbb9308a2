"""Render the study-guide site's generated pages from question files (no MkDocs imports).

The MkDocs plugin (:mod:`generator.site.plugin`) calls these functions; they take
questions and the taxonomy and return Markdown, navigation and data, so they can be
tested without building a site.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..document import (
    Block,
    Blocks,
    Inline,
    Inlines,
    Link,
    ListBlock,
    Paragraph,
    Quote,
    Text,
    merge_text,
)
from ..errors import TaxonomyError
from ..markup.markdown import escape_text, parse_blocks, render_blocks
from ..model import Question, Taxonomy, WordList

QUESTIONS_DIR = "questions"
TOPICS_DIR = "topics"


def question_uri(question_id: str) -> str:
    """Source path of a question's generated page, relative to the docs folder."""
    return f"{QUESTIONS_DIR}/{question_id}.md"


def topic_uri(slug: str) -> str:
    """Source path of a topic's generated page, relative to the docs folder."""
    return f"{TOPICS_DIR}/{slug}.md"


def order_questions(questions: Iterable[Question], taxonomy: Taxonomy) -> list[Question]:
    """Questions in the guide's order: by topic as the taxonomy lists them, then by source order."""
    rank = {topic.slug: i for i, topic in enumerate(taxonomy.topics)}
    return sorted(
        questions,
        key=lambda q: (rank.get(q.topic, len(rank)), min(s.sort_key for s in q.sources), q.id),
    )


def check_questions(questions: Sequence[Question], taxonomy: Taxonomy, folder: str) -> None:
    """Every tag and topic must be in the taxonomy; related ids must exist."""
    tags = {t.slug for t in taxonomy.tags}
    topics = {t.slug for t in taxonomy.topics}
    ids = {q.id for q in questions}
    for q in questions:
        path = f"{folder}/{q.id}.md"
        unknown = [t for t in q.tags if t not in tags]
        if unknown:
            raise TaxonomyError(path, 2, f"unknown tag {unknown[0]!r} (not in the taxonomy)")
        if q.topic not in topics:
            raise TaxonomyError(path, 2, f"unknown topic {q.topic!r} (not in the taxonomy)")
        missing = [r for r in q.related if r not in ids]
        if missing:
            raise TaxonomyError(path, 2, f"related question {missing[0]!r} does not exist")


@dataclass(frozen=True)
class TermIndex:
    """Key terms, each pointing at the question that defines it; longest terms first."""

    terms: tuple[tuple[str, str], ...]

    @classmethod
    def build(cls, questions: Sequence[Question]) -> TermIndex:
        """Collect every question's ``terms`` with simple singular/plural variants."""
        table: dict[str, str] = {}
        for q in sorted(questions, key=lambda q: q.id):
            for term in q.terms:
                base = term.lower()
                variants = {base, base[:-1] if base.endswith("s") else base + "s"}
                for variant in variants:
                    table.setdefault(variant, q.id)
        ordered = sorted(table.items(), key=lambda item: (-len(item[0]), item[0]))
        return cls(tuple(ordered))

    def pattern(self) -> re.Pattern[str] | None:
        """One regex matching any term as a whole word."""
        if not self.terms:
            return None
        body = "|".join(re.escape(term) for term, _ in self.terms)
        return re.compile(rf"(?<![\w-])({body})(?![\w-])", re.IGNORECASE)


def link_terms(markdown: str, index: TermIndex, self_id: str) -> tuple[str, tuple[str, ...]]:
    """Link the first mention of each key term to its defining question.

    The answer (a question file's body, read at the edge) is parsed into the tree once;
    only plain text at the top level of paragraphs, list items and quotes is searched —
    never math, code, links, bold labels or headings — and never to the page itself.
    Returns the answer rendered again and the ids linked to, in order.
    """
    pattern = index.pattern()
    if pattern is None or not markdown.strip():
        return markdown, ()
    owner = dict(index.terms)
    linked: list[str] = []

    def link_text(text: str) -> list[Inline]:
        out: list[Inline] = []
        position = 0
        for match in pattern.finditer(text):
            target = owner[match.group(1).lower()]
            if target == self_id or target in linked:
                continue
            linked.append(target)
            out += [
                Text(text[position : match.start()]),
                Link(f"{target}.md", (Text(match.group(0)),)),
            ]
            position = match.end()
        return [*out, Text(text[position:])] if out else [Text(text)]

    def paragraph(inlines: Inlines) -> Inlines:
        result: list[Inline] = []
        for node in inlines:
            result.extend(link_text(node.text) if isinstance(node, Text) else [node])
        return merge_text(tuple(result))

    def walk(blocks: Blocks) -> Blocks:
        out: list[Block] = []
        for block in blocks:
            if isinstance(block, Paragraph):
                block = Paragraph(paragraph(block.children))
            elif isinstance(block, ListBlock):
                block = ListBlock(block.ordered, tuple(walk(i) for i in block.items), block.start)
            elif isinstance(block, Quote):
                block = Quote(walk(block.children))
            out.append(block)
        return tuple(out)

    tree = walk(parse_blocks(markdown))
    return (render_blocks(tree) if linked else markdown), tuple(linked)


@dataclass(frozen=True)
class SiteModel:
    """The questions in guide order, with what pages need to know about each other."""

    questions: tuple[Question, ...]
    taxonomy: Taxonomy
    answers: dict[str, str] = field(default_factory=dict)
    backlinks: dict[str, tuple[str, ...]] = field(default_factory=dict)
    search_variants: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def by_id(self) -> dict[str, Question]:
        """Questions by id."""
        return {q.id: q for q in self.questions}

    def in_topic(self, slug: str) -> list[Question]:
        """The questions of one topic, in guide order."""
        return [q for q in self.questions if q.topic == slug]


def _variants(question: Question, words: WordList | None) -> tuple[str, ...]:
    """Other spellings of the question's key terms, so search finds them too."""
    if words is None:
        return ()
    subject = " ".join([question.title, *question.terms]).lower()
    found = set()
    for wrong, right in (*words.phrases, *words.typos, *words.search_aliases):
        mentioned = right and re.search(rf"(?<![\w-]){re.escape(right.lower())}(?![\w-])", subject)
        if mentioned and wrong.lower() != right.lower() and wrong.lower() not in subject:
            found.add(wrong.lower())
    return tuple(sorted(found))


def build_model(
    questions: Iterable[Question], taxonomy: Taxonomy, words: WordList | None = None
) -> SiteModel:
    """Order the questions, link key terms in answers, and collect backlinks."""
    ordered = tuple(order_questions(questions, taxonomy))
    index = TermIndex.build(ordered)
    answers: dict[str, str] = {}
    incoming: dict[str, list[str]] = {q.id: [] for q in ordered}
    for q in ordered:
        answers[q.id], linked = link_terms(q.answer, index, q.id)
        for target in (*linked, *q.related):
            if target in incoming and q.id not in incoming[target] and target != q.id:
                incoming[target].append(q.id)
    backlinks = {qid: tuple(sources) for qid, sources in incoming.items()}
    variants = {q.id: _variants(q, words) for q in ordered}
    return SiteModel(ordered, taxonomy, answers, backlinks, variants)


def _tag_titles(question: Question, taxonomy: Taxonomy) -> list[str]:
    return [taxonomy.tag(t).title for t in question.tags]


def _provenance(question: Question) -> str:
    by_file: dict[str, list[str]] = {}
    for ref in question.sources:
        by_file.setdefault(ref.file, []).append(ref.label)
    parts = [f"{', '.join(labels)} of {escape_text(name)}" for name, labels in by_file.items()]
    noun = "entry" if len(question.sources) == 1 else "entries"
    verb = "From raw" if len(question.sources) == 1 else "Merged from raw"
    return f"{verb} {noun} {'; '.join(parts)}."


def _starts_with(answer: str, summary: str) -> bool:
    """Whether the answer already opens with its summary (then the page need not repeat it)."""

    def words(text: str) -> list[str]:
        return re.findall(r"\w+", text.lower())

    head = words(summary.rstrip("…"))
    return bool(head) and words(answer)[: len(head)] == head


def render_question_page(question: Question, model: SiteModel) -> str:
    """The Markdown of one question's page: answer (quiz card), related, backlinks, provenance."""
    taxonomy = model.taxonomy
    topic = taxonomy.topic(question.topic)
    # MkDocs and Material print page and nav titles as raw HTML: escape them here.
    meta = {
        "title": html.escape(question.title),
        "tags": _tag_titles(question, taxonomy),
        "sg_id": question.id,
    }
    lines = [
        "---",
        json.dumps(meta, ensure_ascii=False),
        "---",
        "",
        f"# {escape_text(question.title)}",
        "",
    ]
    level = f" · Level: {escape_text(question.level)}" if question.level else ""
    lines.append(
        f"Topic: [{escape_text(topic.title)}](../{topic_uri(topic.slug)}){{ .sg-topic }}{level}"
    )
    lines.append("")
    if question.context:
        lines += ['<div class="sg-context" markdown>', "", question.context, "", "</div>", ""]
    if not question.answered:
        lines += _unanswered_body(question, model)
        return "\n".join(lines)
    aliases = " ".join(question.aliases)
    lines.append(
        f'<div class="sg-card" data-sg-id="{html.escape(question.id)}" '
        f'data-sg-aliases="{html.escape(aliases)}" markdown>'
    )
    lines.append(f'<div class="sg-answer" id="sg-answer-{html.escape(question.id)}" markdown>')
    answer = model.answers.get(question.id, question.answer)
    lines.append("")
    if not _starts_with(question.answer, question.summary):
        lines += [f"**In short:** {question.summary}", ""]
    lines += [answer, ""]
    if question.reviewed and question.note:
        # the note is the maintainer's record (it names seeds and spun text): learners
        # get a short line saying that an editor corrected the answer, and where from
        lines += [
            '!!! success "Corrected in review"',
            "",
            f"    {REVIEWED_LINE} See [where this question comes from](#{SOURCES_ID}).",
            "",
        ]
    lines += ["</div>", "</div>", ""]
    by_id = model.by_id
    if question.related:
        lines += ["## Related questions", "", *_UNSEARCHED_START]
        for rid in question.related:
            other = by_id[rid]
            gist = other.summary if other.answered else "*not answered yet*"
            lines.append(f"- [{escape_text(other.title)}]({rid}.md) — {gist}")
        lines += ["", *_UNSEARCHED_END]
    backlinks = model.backlinks.get(question.id, ())
    if backlinks:
        lines += ["## Questions that link here", "", *_UNSEARCHED_START]
        lines += [f"- [{escape_text(by_id[b].title)}]({b}.md)" for b in backlinks]
        lines += ["", *_UNSEARCHED_END]
    siblings = model.in_topic(question.topic)
    position = next(i for i, q in enumerate(siblings) if q.id == question.id)
    steps = []
    if position > 0:
        prev = siblings[position - 1]
        steps.append(f"[← Previous: {escape_text(prev.title)}]({prev.id}.md){{ .sg-prev }}")
    if position + 1 < len(siblings):
        nxt = siblings[position + 1]
        steps.append(f"[Next: {escape_text(nxt.title)} →]({nxt.id}.md){{ .sg-next }}")
    if steps:
        lines += [
            f'<nav class="sg-steps" aria-label="In {html.escape(topic.title)}" markdown>',
            "",
            *steps,
            "",
            "</nav>",
            "",
        ]
    variants = model.search_variants.get(question.id, ())
    if variants:
        lines += [
            f"Also written: {', '.join(escape_text(v) for v in variants)}",
            "{: .sg-variants }",
            "",
        ]
    lines += _provenance_section(question)
    if question.quality != "ok" and not question.reviewed:
        lines += [
            '!!! warning "Not reviewed yet"',
            "",
            "    This answer still reads as machine-garbled text in places.",
            "",
        ]
    return "\n".join(lines)


SOURCES_ID = "sg-sources"
# Lists of other pages' titles and summaries are kept out of the search index: every page
# would match its neighbours' titles, and the index that every page downloads would
# double. (Material's indexer matches an excluded element by tag name, so the wrapper
# must hold no other <div>.)
_UNSEARCHED_START = ['<div class="sg-links" data-search-exclude markdown>', ""]
_UNSEARCHED_END = ["</div>", ""]
REVIEWED_LINE = "An editor checked this answer against its sources and corrected it."


def _provenance_section(question: Question) -> list[str]:
    """The collapsed "Where this question comes from" box, with an id to link to."""
    return [
        f'<details class="info" id="{SOURCES_ID}" markdown>',
        "<summary>Where this question comes from</summary>",
        "",
        _provenance(question),
        "",
        "</details>",
        "",
    ]


UNANSWERED_URI = "unanswered.md"


def _unanswered_body(question: Question, model: SiteModel) -> list[str]:
    """An unanswered question's page: says so, keeps a pointer the source gave, no quiz card."""
    lines = [
        '!!! note "Not answered yet"',
        "",
        "    The collections this question comes from ask it but give no answer, so it is "
        "not in the quiz or the cheat sheet.",
        "",
    ]
    if question.answer:
        lines += ["The source points elsewhere for an answer:", "", question.answer, ""]
    lines += _provenance_section(question)
    return lines


def render_unanswered_page(model: SiteModel) -> str | None:
    """The page listing every question no source answers (None when there are none)."""
    missing = [q for q in model.questions if not q.answered]
    if not missing:
        return None
    lines = [
        "---",
        json.dumps({"title": "Unanswered questions"}),
        "---",
        "",
        "# Unanswered questions",
        "",
        f"{len(missing)} questions that a source asks but answers nowhere. They are left out "
        "of the quiz and the cheat sheet until someone writes an answer.",
        "",
    ]
    for topic in model.taxonomy.topics:
        members = [q for q in missing if q.topic == topic.slug]
        if not members:
            continue
        lines += [f"## {escape_text(topic.title)}", ""]
        lines += [f"- [{escape_text(q.title)}]({question_uri(q.id)})" for q in members]
        lines.append("")
    return "\n".join(lines)


def render_topic_page(slug: str, model: SiteModel) -> str:
    """A topic's page: its description and every question with its one-line summary."""
    topic = model.taxonomy.topic(slug)
    questions = model.in_topic(slug)
    meta = {"title": html.escape(topic.title)}
    lines = [
        "---",
        json.dumps(meta, ensure_ascii=False),
        "---",
        "",
        f"# {escape_text(topic.title)}",
        "",
    ]
    lines += [escape_text(topic.description), "", f"{len(questions)} questions.", ""]
    for n, q in enumerate(questions, 1):
        gist = q.summary if q.answered else "*not answered yet*"
        lines.append(f"{n}. [{escape_text(q.title)}](../{question_uri(q.id)}) — {gist}")
    lines.append("")
    return "\n".join(lines)


def build_nav(model: SiteModel, before: Sequence[object], after: Sequence[object]) -> list[object]:
    """MkDocs navigation: hand-written pages, one section per topic, unanswered, the rest."""
    sections: list[object] = []
    for topic in model.taxonomy.topics:
        questions = model.in_topic(topic.slug)
        if not questions:
            continue
        items: list[object] = [{"Overview": topic_uri(topic.slug)}]
        items += [{html.escape(q.title): question_uri(q.id)} for q in questions]
        sections.append({html.escape(topic.title): items})
    unanswered = (
        [{"Unanswered": UNANSWERED_URI}] if any(not q.answered for q in model.questions) else []
    )
    return [*before, {"Topics": sections}, *unanswered, *after]


def counts_markdown(model: SiteModel) -> str:
    """Live counts for the home page."""
    questions = model.questions
    reviewed = sum(1 for q in questions if q.reviewed)
    tags = {t for q in questions for t in q.tags}
    topics = [t for t in model.taxonomy.topics if model.in_topic(t.slug)]
    sources = len({s.file for q in questions for s in q.sources})
    entries = sum(len(q.sources) for q in questions)
    return (
        f"**{len(questions)} questions** in **{len(topics)} topics** with **{len(tags)} tags**, "
        f"merged from {entries} raw entries in {sources} source file{'s' if sources != 1 else ''}. "
        f"**{reviewed} of {len(questions)}** answers reviewed by an editor."
    )


def topics_markdown(model: SiteModel, base: str = "") -> str:
    """A list of topics with their question counts, for the home page."""
    lines = []
    for topic in model.taxonomy.topics:
        count = len(model.in_topic(topic.slug))
        if count:
            lines.append(
                f"- [{escape_text(topic.title)}]({base}{topic_uri(topic.slug)}) — "
                f"{escape_text(topic.description)} ({count})"
            )
    return "\n".join(lines)


def deck_script(model: SiteModel, answer_html: dict[str, str], page_urls: dict[str, str]) -> str:
    """``deck.js``: every question for the quiz page, as ``window.studyGuideDeck``."""
    taxonomy = model.taxonomy
    deck = {
        "version": 1,
        "questions": [
            {
                "id": q.id,
                "title": q.title,
                "url": page_urls.get(q.id, ""),
                "topic": q.topic,
                "topicTitle": taxonomy.topic(q.topic).title,
                "tags": _tag_titles(q, taxonomy),
                "aliases": list(q.aliases),
                "summary": q.summary,
                "answerHtml": answer_html.get(q.id, ""),
                "level": q.level or "",
            }
            for q in model.questions
            if q.answered
        ],
        "topics": [
            {"slug": t.slug, "title": t.title} for t in taxonomy.topics if model.in_topic(t.slug)
        ],
        "tags": sorted({taxonomy.tag(t).title for q in model.questions for t in q.tags}),
    }
    payload = json.dumps(deck, ensure_ascii=False, sort_keys=False, separators=(",", ":"))
    payload = payload.replace("</", "<\\/")
    return f"/* Generated by the studyguide MkDocs plugin: the quiz deck. */\nwindow.studyGuideDeck = {payload};\n"
