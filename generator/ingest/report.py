"""The ingest review report: what needs a person first, then every merge with its evidence.

:func:`review_items` decides what needs review and counts it; the report and the CLI's
summary line both print :func:`summary` of it, so their counts cannot disagree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..document import plain_text
from ..model import Entry, MergedQuestion, PairScore, Question, SourceRef
from .dedupe import DedupeResult, DedupeSettings
from .identity import PreviousQuestion

LIST_LIMIT = 1000
"""At most this many questions listed per review category (all are counted)."""


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _pair_row(pair: PairScore, titles: dict[str, str]) -> str:
    left, right = str(pair.left), str(pair.right)
    return (
        f"| `{left}` {_cell(titles[left])} | `{right}` {_cell(titles[right])} "
        f"| {_cell(pair.ask) or '-'} | {pair.title:.3f} | {pair.answer:.3f} "
        f"| **{pair.score:.3f}** | {_cell(pair.evidence) or '-'} |"
    )


_PAIR_HEAD = [
    "| left | right | ask | subject | answer | score | evidence |",
    "| --- | --- | --- | --- | --- | --- | --- |",
]


@dataclass(frozen=True)
class GainedSource:
    """A reviewed question that an ingest found again in a source it did not have."""

    question: Question
    new_entries: tuple[Entry, ...]


@dataclass(frozen=True)
class ReviewItems:
    """What an ingest produced that needs a person, and the counts both outputs print."""

    entries: int
    questions: int
    merged_groups: int
    merged_entries: int
    new: tuple[Question, ...]
    unreviewed: tuple[Question, ...]
    gained_source: tuple[GainedSource, ...]
    unanswered: tuple[Question, ...]
    low_confidence: tuple[MergedQuestion, ...]

    @property
    def repeats(self) -> int:
        """Entries folded into another entry's question."""
        return self.merged_entries - self.merged_groups


def review_items(
    entries: Sequence[Entry],
    merged: Sequence[MergedQuestion],
    settings: DedupeSettings,
    previous: Sequence[PreviousQuestion] = (),
) -> ReviewItems:
    """Sort an ingest's questions into what needs review.

    New: an id no earlier question file had (only when there were earlier files).
    Unreviewed: not marked reviewed in the curation file. Gained a source: reviewed, and
    now merged with entries from sources its file did not list. Unanswered: no answer of
    its own. Low confidence: an automatic merge with a pair scoring below
    ``settings.review_below``, or of at least ``settings.review_group_size`` entries.
    """
    before = {p.id: p.sources for p in previous}
    groups = [m for m in merged if len(m.group.entries) > 1]
    questions = sorted((m.question for m in merged), key=lambda q: q.id)
    gained = []
    for item in sorted(merged, key=lambda m: m.question.id):
        question = item.question
        old = before.get(question.id)
        if question.reviewed and old is not None:
            fresh = tuple(e for e in item.group.entries if str(e.ref) not in old)
            if fresh:
                gained.append(GainedSource(question, fresh))
    low = tuple(
        m
        for m in sorted(groups, key=lambda m: m.question.id)
        if not m.group.forced
        and (
            any(link.score < settings.review_below for link in m.group.links)
            or len(m.group.entries) >= settings.review_group_size
        )
    )
    return ReviewItems(
        entries=len(entries),
        questions=len(merged),
        merged_groups=len(groups),
        merged_entries=sum(len(m.group.entries) for m in groups),
        new=tuple(q for q in questions if previous and q.id not in before),
        unreviewed=tuple(q for q in questions if not q.reviewed),
        gained_source=tuple(gained),
        unanswered=tuple(q for q in questions if not q.answered),
        low_confidence=low,
    )


def summary(items: ReviewItems) -> str:
    """One line of counts, the same in the report and the CLI."""
    return (
        f"{items.entries} entries, {items.questions} questions, {items.merged_groups} merged "
        f"groups ({items.repeats} repeats folded in); to review: {len(items.new)} new, "
        f"{len(items.unreviewed)} unreviewed, {len(items.gained_source)} reviewed with a new "
        f"source, {len(items.unanswered)} unanswered, {len(items.low_confidence)} "
        "low-confidence merges"
    )


def _low_line(item: MergedQuestion, settings: DedupeSettings) -> str:
    """One low-confidence merge: its weak pairs, or its size when that is the reason."""
    weak = [
        f"`{link.left}` + `{link.right}` {link.score:.3f}"
        for link in item.group.links
        if link.score < settings.review_below
    ]
    size = len(item.group.entries)
    if size >= settings.review_group_size:
        weak.append(f"{size} entries in one question")
    return f"- `{item.question.id}`: {_cell(item.question.title)}: " + "; ".join(weak)


def _question_lines(questions: Sequence[Question]) -> list[str]:
    lines = [
        f"- `{q.id}`: {_cell(q.title)} ({', '.join(f'`{s}`' for s in q.sources)})"
        for q in questions[:LIST_LIMIT]
    ]
    if len(questions) > LIST_LIMIT:
        lines.append(f"- … and {len(questions) - LIST_LIMIT} more")
    return lines or ["None."]


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _needs_review(items: ReviewItems, settings: DedupeSettings) -> list[str]:
    lines = ["## Needs review", "", f"- {summary(items)}.", ""]
    lines += ["### Reviewed questions that gained a source", ""]
    lines += [
        "Compare the new text with the reviewed answer; merge or split in the curation file.",
        "",
    ]
    if not items.gained_source:
        lines += ["None.", ""]
    for gained in items.gained_source:
        q = gained.question
        lines += [f"#### `{q.id}`: {_cell(q.title)}", "", "Reviewed answer:", ""]
        lines += [f"> {line}" if line else ">" for line in q.answer.splitlines()]
        for entry in gained.new_entries:
            lines += ["", f"New text from `{entry.ref}` ({_cell(entry.title)}):", ""]
            text = plain_text(entry.answer) or "(no answer)"
            lines += [f"> {line}" if line else ">" for line in text.splitlines()]
        lines.append("")
    lines += [
        f"### Merges below the confidence line ({settings.review_below:g}) or of "
        f"{settings.review_group_size} entries or more",
        "",
    ]
    lines += [_low_line(m, settings) for m in items.low_confidence[:LIST_LIMIT]] or ["None."]
    lines += ["", "### New questions", ""]
    lines += _question_lines(items.new)
    lines += ["", "### Unreviewed questions", ""]
    lines += _question_lines(items.unreviewed)
    lines += ["", "### Unanswered questions", ""]
    lines += _question_lines(items.unanswered)
    lines.append("")
    return lines


def render_report(
    entries: Sequence[Entry],
    dedupe: DedupeResult,
    merged: Sequence[MergedQuestion],
    settings: DedupeSettings,
    hand_edited: Sequence[str],
    unmapped_sections: Sequence[tuple[str, SourceRef]] = (),
    previous: Sequence[PreviousQuestion] = (),
) -> str:
    """Markdown for maintainers: what needs a person first, then each merge and its evidence.

    :func:`report_body` followed by :func:`hand_edited_section`.
    """
    body = report_body(entries, dedupe, merged, settings, unmapped_sections, previous)
    return body + hand_edited_section(hand_edited)


def hand_edited_section(hand_edited: Sequence[str]) -> str:
    """The report's last section: the files ingest kept because a person edited them."""
    lines = ["", "## Hand-edited files kept", ""]
    lines += [
        f"- `{name}`: differs from what ingest last wrote; not overwritten" for name in hand_edited
    ] or ["None."]
    return "\n".join(lines) + "\n"


def report_body(
    entries: Sequence[Entry],
    dedupe: DedupeResult,
    merged: Sequence[MergedQuestion],
    settings: DedupeSettings,
    unmapped_sections: Sequence[tuple[str, SourceRef]] = (),
    previous: Sequence[PreviousQuestion] = (),
) -> str:
    """The report up to its last section, which needs the files on disk: what needs a
    person, each merge and its evidence, the closest non-merges, unmapped headings and
    garbled answers."""
    titles = {str(e.ref): e.title for e in entries}
    groups = [item for item in merged if len(item.group.entries) > 1]
    items = review_items(entries, merged, settings, previous)
    lines = [
        "# Ingest review",
        "",
        "Written by `python -m generator ingest`; do not edit: change `content/curation.yaml` instead.",
        "",
        *_needs_review(items, settings),
        "## How repeats are found",
        "",
        f"- Entries read: {items.entries}",
        f"- Questions written: {items.questions}",
        f"- Merged groups: {items.merged_groups} ({items.merged_entries} entries)",
        "- A title's *ask* (definition, advantages, limitations, how it works, comparison, "
        "examples, how to fix, when to use, formula, cause, types, purpose) and its *subject* "
        "(its other key words, with spelling fixes, short forms and shortened words read from "
        "the entries themselves) are compared apart.",
        f"- Score = {settings.title_weight:g} × subject similarity + "
        f"{1 - settings.title_weight:g} × answer cosine; pairs with the same ask merge at "
        f"≥ {settings.threshold:g} (`DedupeSettings.threshold`); merges below "
        f"{settings.review_below:g} are listed above.",
        "",
        "## Merges",
        "",
    ]
    for item in groups:
        group, text, question = item.group, item.text, item.question
        how = "forced by curation" if group.forced else "automatic"
        lines += [
            f"### `{question.id}`: {question.title}",
            "",
            f"{len(group.entries)} entries, {how}; main text from `{group.entries[0].ref}`.",
            "",
        ]
        lines += ["| entry | title |", "| --- | --- |"]
        lines += [f"| `{e.ref}` | {_cell(e.title)} |" for e in group.entries]
        lines += ["", *_PAIR_HEAD]
        lines += [_pair_row(p, titles) for p in group.links]
        answer = _words(question.answer)
        kept = [(ref, point) for ref, point in text.added_points if _words(point) in answer]
        dropped = [(ref, point) for ref, point in text.added_points if _words(point) not in answer]
        if kept:
            lines += ["", "Points kept from the other versions:", ""]
            lines += [f"- from `{ref}`: {point}" for ref, point in kept]
        if dropped:
            lines += ["", "Points of the other versions that the answer does not have:", ""]
            lines += [f"- from `{ref}`: {point}" for ref, point in dropped]
        lines.append("")
    lines += [
        "## Closest pairs not merged",
        "",
        "Check these: a real repeat belongs in `merge:` of the curation file. A different "
        "ask, or a subject word one title has and the other lacks, kept each pair apart. "
        "First come pairs whose answers agree, refused only because their groups' titles "
        "ask different things.",
        "",
        *_PAIR_HEAD,
    ]
    lines += [_pair_row(p, titles) for p in dedupe.near_misses]
    lines += ["", "## Source headings the taxonomy does not map", ""]
    headings: dict[str, list[SourceRef]] = {}
    for heading, ref in unmapped_sections:
        headings.setdefault(heading, []).append(ref)
    lines += [
        f"- {_cell(heading)!s}: {len(refs)} entries, first `{refs[0]}`; "
        "map it under `sources:` in the taxonomy"
        for heading, refs in headings.items()
    ] or ["None."]
    garbled = [m.question for m in merged if m.question.quality != "ok"]
    lines += ["", "## Answers that still read as garbled", ""]
    lines += [f"- `{q.id}`: {q.title}" for q in garbled] or ["None."]
    return "\n".join(lines) + "\n"
