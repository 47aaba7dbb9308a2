"""Render the study-guide site's generated pages from question files (no MkDocs imports).

The MkDocs plugin (:mod:`generator.site.plugin`) calls these functions; they take
questions and the taxonomy and return Markdown, navigation and data, so they can be
tested without building a site.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..content import Content
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
from ..markup.markdown import escape_text, parse_blocks, render_blocks
from ..model import Question, Taxonomy, WordList
from .templates import PageTemplates
from .urls import UNANSWERED_URI, question_uri, topic_uri


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


def build_model(content: Content) -> SiteModel:
    """Link key terms in answers, collect backlinks and search variants (guide order kept)."""
    ordered, taxonomy, words = content.questions, content.taxonomy, content.words
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


def render_question_page(
    question: Question, model: SiteModel, templates: PageTemplates | None = None
) -> str:
    """The Markdown of one question's page: answer (quiz card), related, backlinks, provenance."""
    taxonomy = model.taxonomy
    topic = taxonomy.topic(question.topic)
    by_id = model.by_id
    siblings = model.in_topic(question.topic)
    position = next(i for i, q in enumerate(siblings) if q.id == question.id)
    # MkDocs and Material print page and nav titles as raw HTML: escape them here.
    meta = {
        "title": html.escape(question.title),
        "tags": _tag_titles(question, taxonomy),
        "sg_id": question.id,
    }
    return (templates or PageTemplates()).render(
        "question.md.j2",
        meta=meta,
        question=question,
        topic=topic,
        topic_uri=topic_uri(topic.slug),
        answer=model.answers.get(question.id, question.answer),
        show_summary=not _starts_with(question.answer, question.summary),
        reviewed_line=REVIEWED_LINE,
        sources_id=SOURCES_ID,
        related=[by_id[rid] for rid in question.related],
        backlinks=[by_id[b] for b in model.backlinks.get(question.id, ())],
        previous=siblings[position - 1] if position > 0 else None,
        next=siblings[position + 1] if position + 1 < len(siblings) else None,
        variants=model.search_variants.get(question.id, ()),
        provenance=_provenance(question),
    )


SOURCES_ID = "sg-sources"
"""The id of a question page's "Where this question comes from" box."""
REVIEWED_LINE = "An editor checked this answer against its sources and corrected it."
"""What a learner reads where a maintainer corrected an answer (the note stays theirs)."""


def render_unanswered_page(model: SiteModel, templates: PageTemplates | None = None) -> str | None:
    """The page listing every question no source answers (None when there are none)."""
    missing = [q for q in model.questions if not q.answered]
    if not missing:
        return None
    groups = [
        (topic, [q for q in missing if q.topic == topic.slug]) for topic in model.taxonomy.topics
    ]
    return (templates or PageTemplates()).render(
        "unanswered.md.j2", missing=missing, groups=[(t, m) for t, m in groups if m]
    )


def render_topic_page(slug: str, model: SiteModel, templates: PageTemplates | None = None) -> str:
    """A topic's page: its description and every question with its one-line summary."""
    topic = model.taxonomy.topic(slug)
    return (templates or PageTemplates()).render(
        "topic.md.j2",
        meta={"title": html.escape(topic.title)},
        topic=topic,
        questions=model.in_topic(slug),
    )


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
