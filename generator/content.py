"""The guide's content, loaded and checked once: question files, taxonomy and word list.

:func:`load_content` is the one place that reads ``content/questions/``: the site, the
PDF cheat sheet and the Anki deck are renders of the :class:`Content` it returns (plus
the :class:`~generator.config.SiteInfo` of where the site lives).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .config import Settings
from .errors import QuestionFileError, TaxonomyError
from .loaders import load_taxonomy, load_wordlist
from .model import Question, Taxonomy, WordList
from .questionfile import field_line, read_question_folder


def order_questions(questions: Iterable[Question], taxonomy: Taxonomy) -> list[Question]:
    """Questions in the guide's order: by topic as the taxonomy lists them, then by source order."""
    rank = {topic.slug: i for i, topic in enumerate(taxonomy.topics)}
    return sorted(
        questions,
        key=lambda q: (rank.get(q.topic, len(rank)), min(s.sort_key for s in q.sources), q.id),
    )


def _line(path: Path, key: str) -> int:
    """The line of front matter field ``key`` in the file at ``path`` (2 if unreadable)."""
    try:
        return field_line(path.read_text(encoding="utf-8"), key)
    except (OSError, UnicodeDecodeError):
        return 2


def check_questions(questions: Sequence[Question], taxonomy: Taxonomy, folder: Path) -> None:
    """Every tag and topic must be in the taxonomy; related ids must exist.

    The error names the question file and the line of the field at fault.
    """
    tags = {t.slug for t in taxonomy.tags}
    topics = {t.slug for t in taxonomy.topics}
    ids = {q.id for q in questions}
    for q in questions:
        path = folder / f"{q.id}.md"
        unknown = [t for t in q.tags if t not in tags]
        if unknown:
            message = f"unknown tag {unknown[0]!r} (not in the taxonomy)"
            raise TaxonomyError(str(path), _line(path, "tags"), message)
        if q.topic not in topics:
            message = f"unknown topic {q.topic!r} (not in the taxonomy)"
            raise TaxonomyError(str(path), _line(path, "topic"), message)
        missing = [r for r in q.related if r not in ids]
        if missing:
            message = f"related question {missing[0]!r} does not exist"
            raise TaxonomyError(str(path), _line(path, "related"), message)


@dataclass(frozen=True)
class Content:
    """Every question in the guide's order, with the taxonomy and word list they use."""

    questions: tuple[Question, ...]
    taxonomy: Taxonomy
    words: WordList = field(default_factory=WordList)
    folder: Path = Path("content/questions")

    @classmethod
    def of(
        cls,
        questions: Iterable[Question],
        taxonomy: Taxonomy,
        words: WordList | None = None,
        folder: Path = Path("content/questions"),
    ) -> Content:
        """Content from questions in any order (checked against the taxonomy, then ordered)."""
        listed = list(questions)
        check_questions(listed, taxonomy, folder)
        ordered = tuple(order_questions(listed, taxonomy))
        return cls(ordered, taxonomy, words or WordList(), folder)

    @property
    def answered(self) -> tuple[Question, ...]:
        """The questions with an answer (the cheat sheet and the deck leave the rest out)."""
        return tuple(q for q in self.questions if q.answered)

    def path_of(self, question_id: str) -> Path:
        """The file a question was read from."""
        return self.folder / f"{question_id}.md"


def load_content(settings: Settings, *, words: bool = True) -> Content:
    """Read and check the question files, taxonomy and word list that ``settings`` name.

    ``words=False`` skips the word list (the PDF and the deck do not use it).
    """
    taxonomy = load_taxonomy(settings.taxonomy)
    wordlist = load_wordlist(settings.wordlist) if words else WordList()
    if not settings.questions.is_dir():
        raise QuestionFileError(str(settings.questions), 0, "question folder not found")
    questions = read_question_folder(settings.questions)
    if not questions:
        raise QuestionFileError(str(settings.questions), 0, "no question files (*.md)")
    return Content.of(questions, taxonomy, wordlist, settings.questions)
