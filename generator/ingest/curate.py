"""Apply the maintainers' curation: check its references, then override question fields."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from ..document import is_answer
from ..errors import CurationError
from ..markup.markdown import parse_blocks, parse_inlines
from ..model import Curation, QuestionDraft, SourceRef, Taxonomy


def check_references(curation: Curation, known: Iterable[SourceRef]) -> None:
    """Every FILE#LABEL in a curated merge or split must name an entry that was read."""
    names = {str(ref) for ref in known}
    for refs, line in (*curation.merges, *curation.splits):
        for ref in refs:
            if str(ref) not in names:
                raise CurationError(
                    curation.path, line, f"no entry {ref} was read from the sources"
                )


def _check_tags(
    curation: Curation, line: int, key: str, tags: Sequence[str], taxonomy: Taxonomy
) -> None:
    known = {tag.slug for tag in taxonomy.tags}
    for tag in tags:
        if tag not in known:
            raise CurationError(curation.path, line, f"question {key}: unknown tag {tag!r}")
    if not 1 <= len(tags) <= 4:
        raise CurationError(curation.path, line, f"question {key}: give 1 to 4 tags")


def apply_overrides(
    questions: Sequence[QuestionDraft], curation: Curation, taxonomy: Taxonomy
) -> list[QuestionDraft]:
    """Override fields of questions named (by id or alias) in the curation file.

    Fields a maintainer sets win over ingest's, and later stages fill only what is
    still unset; ``id`` renames a question and keeps the old id as an alias. A curated
    answer or summary is Markdown the maintainer wrote, parsed here into the tree.
    Two questions ending with one id is an error.
    """
    index = {q.id: i for i, q in enumerate(questions)}
    for i, q in enumerate(questions):
        for alias in q.aliases:
            index.setdefault(alias, i)
    result = list(questions)
    renamed: dict[str, int] = {}
    topics = {topic.slug for topic in taxonomy.topics}
    for item in curation.questions:
        if item.key not in index:
            raise CurationError(curation.path, item.line, f"no question has id {item.key!r}")
        i = index[item.key]
        q = result[i]
        answer = q.answer if item.answer is None else parse_blocks(item.answer)
        tags, topic = q.tags, q.topic
        if item.tags is not None:
            _check_tags(curation, item.line_of("tags"), item.key, item.tags, taxonomy)
            tags, topic = item.tags, taxonomy.tag(item.tags[0]).topic
        if item.topic is not None:
            if item.topic not in topics:
                raise CurationError(
                    curation.path,
                    item.line_of("topic"),
                    f"question {item.key}: unknown topic {item.topic!r}",
                )
            topic = item.topic
        new_id, aliases = q.id, q.aliases
        if item.id is not None and item.id != q.id:
            if item.id in renamed:
                raise CurationError(
                    curation.path,
                    item.line_of("id"),
                    f"id {item.id!r} is already given to another question by this file",
                )
            renamed[item.id] = i
            new_id, aliases = item.id, tuple(sorted({*q.aliases, q.id} - {item.id}))
        result[i] = replace(
            q,
            id=new_id,
            aliases=aliases,
            title=q.title if item.title is None else item.title,
            note=q.note if item.note is None else item.note,
            answer=answer,
            answered=q.answered if item.answer is None else is_answer(answer),
            summary=q.summary if item.summary is None else parse_inlines(item.summary),
            terms=q.terms if item.terms is None else item.terms,
            reviewed=q.reviewed if item.reviewed is None else item.reviewed,
            tags=tags,
            topic=topic,
        )
    seen: dict[str, int] = {}
    for i, q in enumerate(result):
        if q.id in seen:
            line = next((it.line_of("id") for it in curation.questions if it.id == q.id), 0)
            other = result[seen[q.id]]
            raise CurationError(
                curation.path,
                line,
                f"two questions end with id {q.id!r}: {q.sources[0]} and {other.sources[0]}",
            )
        seen[q.id] = i
    return result
