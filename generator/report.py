"""The ingest review report: every merge with its scores, and the near misses."""

from __future__ import annotations

from collections.abc import Sequence

from .dedupe import DedupeResult, DedupeSettings
from .model import Entry, MergedQuestion, PairScore, SourceRef


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _pair_row(pair: PairScore, titles: dict[str, str]) -> str:
    left, right = str(pair.left), str(pair.right)
    return (
        f"| `{left}` {_cell(titles[left])} | `{right}` {_cell(titles[right])} "
        f"| {pair.title:.3f} | {pair.answer:.3f} | **{pair.score:.3f}** |"
    )


def render_report(
    entries: Sequence[Entry],
    dedupe: DedupeResult,
    merged: Sequence[MergedQuestion],
    settings: DedupeSettings,
    hand_edited: Sequence[str],
    unmapped_sections: Sequence[tuple[str, SourceRef]] = (),
) -> str:
    """Markdown for maintainers: what was merged and why, what nearly was, what needs a look."""
    titles = {str(e.ref): e.title for e in entries}
    groups = [item for item in merged if len(item.group.entries) > 1]
    lines = [
        "# Ingest review",
        "",
        "Written by `python -m generator ingest`; do not edit: change `content/curation.yaml` instead.",
        "",
        f"- Entries read: {len(entries)}",
        f"- Questions written: {len(merged)}",
        f"- Merged groups: {len(groups)} ({sum(len(m.group.entries) for m in groups)} entries)",
        f"- Score = {settings.title_weight:g} × title cosine + {1 - settings.title_weight:g} × answer cosine; "
        f"merge at ≥ {settings.threshold:g}; pairs compared from title cosine ≥ {settings.min_title:g}.",
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
        lines += [
            "",
            "| left | right | title | answer | score |",
            "| --- | --- | --- | --- | --- |",
        ]
        lines += [_pair_row(p, titles) for p in group.links]
        if text.added_points:
            lines += ["", "Points kept from the other versions:", ""]
            lines += [f"- from `{ref}`: {point}" for ref, point in text.added_points]
        lines.append("")
    lines += [
        "## Closest pairs not merged",
        "",
        "Check these: a real repeat belongs in `merge:` of the curation file.",
        "",
        "| left | right | title | answer | score |",
        "| --- | --- | --- | --- | --- |",
    ]
    lines += [_pair_row(p, titles) for p in dedupe.near_misses]
    unanswered = [m.question for m in merged if not m.question.answered]
    lines += ["", "## Unanswered questions", ""]
    lines += [
        f"- `{q.id}`: {_cell(q.title)} ({', '.join(f'`{s}`' for s in q.sources)})"
        for q in sorted(unanswered, key=lambda q: q.id)
    ] or ["None."]
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
    lines += ["", "## Hand-edited files kept", ""]
    lines += [
        f"- `{name}`: differs from what ingest last wrote; not overwritten" for name in hand_edited
    ] or ["None."]
    return "\n".join(lines) + "\n"
