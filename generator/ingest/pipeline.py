"""The ingest pipeline, top to bottom.

read sources -> parse entries -> normalize -> deduplicate and merge -> ids ->
curation -> tag and link -> write question files and the review report.

:func:`build_questions` is the pure middle (data in, data out): :func:`tag_questions`,
then :func:`link_questions`; :func:`run_ingest` adds the file reading and writing at the
edges, and writes the review report while the links are ranked.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TypeVar

from ..atomic import folder_lock, recover, write_if_changed
from ..document import is_answer, plain_text, prose_text
from ..errors import QuestionFileError, SourceError, StudyGuideError
from ..loaders import load_curation, load_taxonomy, load_wordlist
from ..markup.markdown import render_blocks, render_inlines
from ..model import (
    Curation,
    Entry,
    MergedQuestion,
    MergedText,
    MergeGroup,
    Question,
    QuestionDraft,
    RawEntry,
    SourceRef,
    Taxonomy,
    WordList,
    evolve,
)
from ..questionfile import read_question_file, render_question
from ..safety import check_printable, clean_titles
from .curate import apply_overrides, check_references
from .dedupe import DedupeResult, DedupeSettings, find_duplicates, with_word_list
from .identity import PreviousQuestion, assign_ids
from .linking import linking_words, rank_related
from .merge import merge_group
from .normalize import Normalizer
from .parallel import in_background, process_map
from .readers import parse_source
from .report import ReviewItems, hand_edited_section, report_body, review_items
from .sources import find_sources, read_source
from .summaries import defined_terms, summarize
from .tagging import MAX_TAGS, Tagger, section_home
from .writer import WritePlan, apply_plan, plan_writes

Progress = Callable[[str], None]
T = TypeVar("T")
PARALLEL_FILES = (
    32  # read sources in worker processes from this many files on (forking costs ~0.1 s)
)


@dataclass(frozen=True)
class Built:
    """Everything the pure part of ingest produced."""

    entries: tuple[Entry, ...]
    dedupe: DedupeResult
    merged: tuple[MergedQuestion, ...]
    unmapped_sections: tuple[tuple[str, SourceRef], ...] = ()

    @property
    def questions(self) -> tuple[Question, ...]:
        """The canonical questions, sorted by id."""
        return tuple(sorted((m.question for m in self.merged), key=lambda q: q.id))


def draft_question(group: MergeGroup, text: MergedText) -> QuestionDraft:
    """The draft of a merged group: its text, every source, and what its entries marked."""
    entries = group.entries
    return QuestionDraft(
        title=text.title,
        answer=text.answer,
        sources=tuple(sorted((e.ref for e in entries), key=lambda r: r.sort_key)),
        answered=is_answer(text.answer),
        level=next((e.level for e in entries if e.level), None),
        sections=tuple(dict.fromkeys(e.section for e in entries if e.section)),
        context=next((e.context for e in entries if e.context), ()),
    )


def complete_question(
    draft: QuestionDraft, tagger: Tagger, normalizer: Normalizer
) -> QuestionDraft:
    """Fill what is still unset after curation: tags and topic, summary, terms, quality.

    A source's topic heading, where the taxonomy knows it, decides the topic (and adds
    its tag, when it names a tag); keywords choose the other tags.
    """
    taxonomy = tagger.taxonomy
    tags, topic = draft.tags, draft.topic
    if tags is None:
        found_topic, tags = tagger.tag(draft.title, plain_text(draft.answer))
        home = next((h for h in (section_home(s, taxonomy) for s in draft.sections) if h), None)
        if home is not None:
            found_topic, tag = home
            if tag is not None:
                tags = (tag, *(t for t in tags if t != tag))[:MAX_TAGS]
        topic = topic or found_topic
    elif topic is None:
        topic = taxonomy.tag(tags[0]).topic
    summary = draft.summary
    if summary is None:
        summary = summarize(draft.answer) if draft.answered else ()
    terms = draft.terms
    if terms is None:
        terms = defined_terms(draft.title) if draft.answered else ()
    quality = draft.quality
    if quality is None:
        quality = "garbled" if normalizer.spun_count(prose_text(draft.answer)) else "ok"
    return evolve(draft, tags=tags, topic=topic, summary=summary, terms=terms, quality=quality)


def finish_question(draft: QuestionDraft) -> Question:
    """The question file's content: the answer tree and summary rendered to Markdown, once."""
    return Question(
        id=draft.id,
        title=draft.title,
        answer=render_blocks(draft.answer),
        summary=render_inlines(draft.summary or ()),
        topic=draft.topic or "",
        tags=draft.tags or (),
        sources=draft.sources,
        related=draft.related,
        terms=draft.terms or (),
        aliases=draft.aliases,
        quality=draft.quality or "ok",
        reviewed=draft.reviewed,
        note=draft.note or "",
        answered=draft.answered,
        level=draft.level,
        context=render_blocks(draft.context),
    )


def _merge_and_draft(
    group: MergeGroup, normalizer: Normalizer
) -> tuple[MergedText, QuestionDraft, str]:
    """A group's merged text, its draft, and the title its id is made from (the first
    entry's in source order, without a trailing field such as "in deep learning")."""
    text = merge_group(group)
    first = min(group.entries, key=lambda e: e.ref.sort_key)
    return text, draft_question(group, text), normalizer.without_field_suffix(first.title)


def _complete_and_finish(
    item: tuple[QuestionDraft, Entry], tagger: Tagger, normalizer: Normalizer
) -> tuple[Question, list[str]]:
    """A curated draft completed and finished (links still unset), and its linking words
    (the keys of its group's main entry where it kept that entry's title or answer):
    one pass per question in the worker processes."""
    draft, main = item
    completed = complete_question(draft, tagger, normalizer)
    return finish_question(completed), linking_words(completed, normalizer, main)


def normalize_entries(raws: Sequence[RawEntry], normalizer: Normalizer) -> tuple[Entry, ...]:
    """Every raw entry normalized (in forked processes when there are many)."""
    return tuple(process_map(normalizer.normalize_entry, raws))


@dataclass(frozen=True)
class Tagged:
    """The questions before linking: everything of :class:`Built`, links still unset, and
    each question's linking words (:func:`~generator.ingest.linking.linking_words`)."""

    built: Built
    linking: tuple[list[str], ...]


def build_questions(
    raws: Sequence[RawEntry] | Sequence[Entry],
    words: WordList,
    taxonomy: Taxonomy,
    curation: Curation | None = None,
    previous: Sequence[PreviousQuestion] = (),
    settings: DedupeSettings | None = None,
    progress: Progress | None = None,
) -> Built:
    """Turn raw entries into canonical, tagged, linked questions (no file I/O):
    :func:`tag_questions`, then :func:`link_questions`.

    ``raws`` may also be entries already normalized (:func:`read_normalized`).
    """
    tagged = tag_questions(raws, words, taxonomy, curation, previous, settings, progress)
    return link_questions(tagged, previous, progress)


def tag_questions(
    raws: Sequence[RawEntry] | Sequence[Entry],
    words: WordList,
    taxonomy: Taxonomy,
    curation: Curation | None = None,
    previous: Sequence[PreviousQuestion] = (),
    settings: DedupeSettings | None = None,
    progress: Progress | None = None,
) -> Tagged:
    """Normalize, find repeats, merge, give ids, apply curation, tag: every question but
    its links."""
    say = progress or (lambda _message: None)
    curation = curation or Curation()
    settings = with_word_list(settings or DedupeSettings(), words)
    normalizer = Normalizer(words)
    if all(isinstance(item, Entry) for item in raws):
        entries = tuple(item for item in raws if isinstance(item, Entry))
    else:
        say(f"normalizing {len(raws)} entries")
        entries = normalize_entries([r for r in raws if isinstance(r, RawEntry)], normalizer)
    check_references(curation, (e.ref for e in entries))
    say("finding repeats")
    dedupe = find_duplicates(
        entries,
        [refs for refs, _ in curation.merges],
        [refs for refs, _ in curation.splits],
        settings,
    )
    say(f"merging {len(dedupe.groups)} questions")
    merged_drafts = process_map(partial(_merge_and_draft, normalizer=normalizer), dedupe.groups)
    texts = [text for text, _, _ in merged_drafts]
    drafts = assign_ids(
        [draft for _, draft, _ in merged_drafts],
        previous,
        [first_title for _, _, first_title in merged_drafts],
    )
    curated = apply_overrides(drafts, curation, taxonomy)
    say(f"tagging {len(curated)} questions")
    finished = process_map(
        partial(_complete_and_finish, tagger=Tagger(taxonomy), normalizer=normalizer),
        [(draft, group.entries[0]) for draft, group in zip(curated, dedupe.groups, strict=True)],
    )
    merged = tuple(
        MergedQuestion(g, t, q) for g, t, (q, _) in zip(dedupe.groups, texts, finished, strict=True)
    )
    unmapped = {
        (e.section, e.ref)
        for e in entries
        if e.section and section_home(e.section, taxonomy) is None
    }
    ordered_unmapped = tuple(sorted(unmapped, key=lambda pair: (pair[0], pair[1].sort_key)))
    built = Built(entries, dedupe, merged, ordered_unmapped)
    return Tagged(built, tuple(linking for _, linking in finished))


def link_questions(
    tagged: Tagged, previous: Sequence[PreviousQuestion] = (), progress: Progress | None = None
) -> Built:
    """Each question's related questions (:func:`~generator.ingest.linking.rank_related`):
    the files an earlier run left (``previous``) keep their links where nothing new ranks
    among their best."""
    say = progress or (lambda _message: None)
    say("linking related questions")
    merged = tagged.built.merged
    order = sorted(range(len(merged)), key=lambda i: merged[i].question.id)
    related = rank_related(
        [merged[i].question.id for i in order],
        [merged[i].question.tags for i in order],
        [tagged.linking[i] for i in order],
        {p.id: p.related for p in previous},
    )
    linked = list(merged)
    for i, links in zip(order, related, strict=True):
        linked[i] = evolve(merged[i], question=evolve(merged[i].question, related=links))
    return replace(tagged.built, merged=tuple(linked))


@dataclass(frozen=True)
class IngestOptions:
    """Where ingest reads from and writes to."""

    sources: tuple[Path, ...]
    out: Path
    wordlist: Path
    taxonomy: Path
    curation: Path | None = None
    report: Path | None = None
    settings: DedupeSettings = field(default_factory=DedupeSettings)
    format: str | None = None
    """The reader every source is read with (``--format``); None: sniffed per source."""


@dataclass(frozen=True)
class IngestResult:
    """What a run read, built and wrote."""

    built: Built
    plan: WritePlan
    report_changed: bool
    sources: int
    review: ReviewItems
    recovered: tuple[str, ...] = ()


def read_previous(folder: Path) -> list[PreviousQuestion]:
    """Ids, sources and aliases of the question files an earlier run left in ``folder``."""
    if not folder.is_dir():
        return []
    found = process_map(_previous_question, sorted(folder.glob("*.md")))
    return [question for question in found if question is not None]


def _previous_question(path: Path) -> PreviousQuestion | None:
    try:
        q = read_question_file(path)
    except QuestionFileError:
        return None
    return PreviousQuestion(q.id, frozenset(str(s) for s in q.sources), q.aliases, q.related)


def _read_file(
    path: Path, furniture: Sequence[re.Pattern[str]], format: str | None = None
) -> list[RawEntry] | StudyGuideError:
    """One source's entries, or the error it raised (returned, so the first in order wins)."""
    try:
        return clean_titles(parse_source(read_source(path), furniture, format), str(path))
    except StudyGuideError as exc:
        return exc


def _read_normalized(
    path: Path,
    furniture: Sequence[re.Pattern[str]],
    format: str | None,
    normalizer: Normalizer,
) -> list[Entry] | StudyGuideError:
    """One source's entries, normalized, or the error reading it raised."""
    raws = _read_file(path, furniture, format)
    if isinstance(raws, StudyGuideError):
        return raws
    return [normalizer.normalize_entry(raw) for raw in raws]


def _read_each(
    paths: Sequence[Path], reader: Callable[[Path], list[T] | StudyGuideError]
) -> list[T]:
    """Every file's results in order (in forked processes from ``PARALLEL_FILES`` files
    on); the first file's error in order is raised. File names must differ."""
    _check_names(paths)
    found: list[T] = []
    for result in process_map(reader, list(paths), min_items=PARALLEL_FILES):
        if isinstance(result, StudyGuideError):
            raise result
        found.extend(result)
    return found


def _check_names(paths: Sequence[Path]) -> None:
    names: dict[str, Path] = {}
    for path in paths:
        if path.name in names:
            raise SourceError(
                str(path), 0, f"another source has the same file name: {names[path.name]}"
            )
        names[path.name] = path


def read_normalized(
    paths: Sequence[Path], words: WordList, format: str | None = None
) -> tuple[Entry, ...]:
    """:func:`read_entries`, then :func:`normalize_entries`: the same entries.

    From ``PARALLEL_FILES`` files on, each file is read and its entries normalized in
    one pass in forked processes (one fork, and no raw entry pickled between the two).
    """
    normalizer = Normalizer(words)
    if len(paths) < PARALLEL_FILES:
        return normalize_entries(read_entries(paths, words, format), normalizer)
    reader = partial(
        _read_normalized, furniture=normalizer.furniture, format=format, normalizer=normalizer
    )
    return tuple(_read_each(paths, reader))


def read_entries(
    paths: Sequence[Path], words: WordList, format: str | None = None
) -> list[RawEntry]:
    """Read and parse every source file (in parallel when there are many); names must differ.

    ``format`` names the reader for every file; None lets each file's content choose.
    """
    return _read_each(
        paths, partial(_read_file, furniture=Normalizer(words).furniture, format=format)
    )


def source_paths(sources: Sequence[Path]) -> tuple[Path, ...]:
    """Expand folders into their files; keep files as given."""
    paths: list[Path] = []
    for source in sources:
        paths.extend(find_sources(source) if source.is_dir() else [source])
    if not paths:
        raise SourceError(str(sources[0]) if sources else ".", 0, "no source files found")
    return tuple(paths)


def run_ingest(
    options: IngestOptions, progress: Progress | None = None, check: bool = False
) -> IngestResult:
    """Read, build and (unless ``check``) write; nothing is written if any input is bad.

    The cyclic garbage collector is paused meanwhile: ingest makes millions of small
    objects and no cycles worth collecting, and full collections over them cost more
    than the work itself on large inputs.
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        if check:  # reads only: no lock, nothing recovered or cleaned
            return _run_ingest(options, progress, check)
        with folder_lock(options.out):
            recovered = recover(options.out)
            return replace(_run_ingest(options, progress, check), recovered=tuple(recovered))
    finally:
        if paused:
            gc.enable()


def _run_ingest(options: IngestOptions, progress: Progress | None, check: bool) -> IngestResult:
    say = progress or (lambda _message: None)
    words = load_wordlist(options.wordlist)
    taxonomy = load_taxonomy(options.taxonomy)
    curation = load_curation(options.curation) if options.curation else Curation()
    paths = source_paths(options.sources)
    say(f"reading and normalizing {len(paths)} source file(s)")
    entries = read_normalized(paths, words, options.format)
    previous = read_previous(options.out)
    tagged = tag_questions(entries, words, taxonomy, curation, previous, options.settings, say)
    # the report needs no links: written in a child while they are ranked here
    unlinked = tagged.built
    body = in_background(
        partial(
            report_body,
            unlinked.entries,
            unlinked.dedupe,
            unlinked.merged,
            options.settings,
            unlinked.unmapped_sections,
            previous,
        ),
        len(unlinked.entries),
    )
    built = link_questions(tagged, previous, say)
    say(f"rendering {len(built.merged)} question files")
    questions = built.questions
    check_printable(questions, {p.name: p for p in paths}, curation)
    files = dict(
        zip(
            [f"{q.id}.md" for q in questions],
            process_map(render_question, questions),
            strict=True,
        )
    )
    plan = plan_writes(options.out, files)
    say(f"writing {plan.changed} changed files")
    review = review_items(built.entries, built.merged, options.settings, previous)
    report = body.result() + hand_edited_section(plan.hand_edited)
    report_path = options.report or options.out.parent / "ingest-review.md"
    report_changed = not report_path.is_file() or report_path.read_text(encoding="utf-8") != report
    if not check:
        apply_plan(plan)
        write_if_changed(report_path, report)
    return IngestResult(built, plan, report_changed, len(paths), review)
