"""The spun-text detector: machine-spun text in a question, for ingest and for review.

The seed dump was run through an article spinner, which left filler ("data-set value
function", "hidden stories") and typos in its answers. This module is the one place
that finds it. Three kinds of finding:

- ``spun``: a phrase from the word list's ``spun_phrases``;
- ``typo``: a misspelling from the word list's ``typos`` (its keys), written unfixed;
- ``filler``: the spinner's "value" filler in any form ("data value", "dataset value",
  "value point", "value level", "value function").

"value function" is also a real reinforcement-learning term (the state-value function
$V(s)$ or the action-value function $Q(s, a)$), so the word list does not list it as spun
(ingest would then mark a good answer garbled). It counts as spun text only when used as
filler: when a data word comes right before it ("data value function"), or when the text
within :data:`RL_WINDOW` characters of it names no reinforcement-learning idea
(:data:`RL_CUES`). Should a maintainer add it to ``spun_phrases`` anyway, the same rule
applies (:data:`CONTEXT_SENSITIVE`), in ingest and in review alike.

Two users:

- ingest (:class:`~generator.ingest.normalize.Normalizer`) counts the word list's spun
  phrases in an answer (:meth:`SpunDetector.count_phrases`): the count lowers an entry's
  score when repeats are merged, and a new question with any is marked ``garbled``.
  Typos are not counted there (ingest has already fixed them, and counts the fixes), nor
  is the filler pattern (a guess from nearby words: the reviewed word list decides what
  marks an answer garbled);
- review: ``tests/test_editorial.py`` runs :func:`check_question`, every kind, over every
  committed question file; a question marked ``reviewed`` must have no finding.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache, cached_property

from ..model import Question, WordList

KINDS = ("spun", "filler", "typo")
"""Every kind of finding, in the order each is looked for."""

CONTEXT_SENSITIVE = frozenset({"value function"})
"""Spun phrases that are also real terms: checked with the reinforcement-learning test."""

RL_CUES = re.compile(
    r"(?<![\w-])(?:reinforcement|reward|rewards|policy|policies|bellman|agent|"
    r"q-learning|temporal[- ]difference|state-value|action-value|markov|"
    r"V\(s\)|Q\(s)",
    re.IGNORECASE,
)
"""Words that show "value function" is the reinforcement-learning term."""

RL_WINDOW = 120
"""How many characters either side of "value function" are searched for an RL cue."""

_FILLER = re.compile(
    r"(?<![\w-])(?:"
    r"(?:data|data-set|dataset|data set)[ -]value(?:[ -]function)?"
    r"|value (?:point|level)"
    r"|value function"
    r")(?![\w-])",
    re.IGNORECASE,
)
_DATA_BEFORE = re.compile(r"(?:data|data-set|dataset|data set)[ -]$", re.IGNORECASE)


@dataclass(frozen=True)
class Finding:
    """One piece of spun text in one field of one question."""

    question_id: str
    field: str
    kind: str
    phrase: str
    excerpt: str

    def __str__(self) -> str:
        return f"{self.question_id} ({self.field}): {self.kind} {self.phrase!r} in …{self.excerpt}…"


def _pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    ordered = sorted({p for p in phrases if p}, key=len, reverse=True)
    body = "|".join(re.escape(p) for p in ordered) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def _excerpt(text: str, start: int, end: int, width: int = 30) -> str:
    return " ".join(text[max(0, start - width) : end + width].split())


def is_filler_value_function(text: str, start: int, end: int) -> bool:
    """Whether the "value function" at ``text[start:end]`` is spinner filler, not the RL term."""
    if _DATA_BEFORE.search(text[max(0, start - 10) : start]):
        return True
    window = text[max(0, start - RL_WINDOW) : end + RL_WINDOW]
    return RL_CUES.search(window) is None


def _is_real_term(text: str, match: re.Match[str]) -> bool:
    """A context-sensitive phrase used as the real term, not as filler."""
    return match.group(0).lower() in CONTEXT_SENSITIVE and not is_filler_value_function(
        text, match.start(), match.end()
    )


def _typo_is_fixed(found: str, right: str) -> bool:
    """A typo key that matches its own fix (``relu`` -> ``ReLU`` matching "ReLU") is no typo."""
    if not right:
        return False
    return found == right or found == right[:1].upper() + right[1:]


@dataclass(frozen=True)
class SpunDetector:
    """A word list's spun phrases and typos, compiled for repeated use."""

    words: WordList

    @cached_property
    def _spun(self) -> re.Pattern[str]:
        return _pattern(self.words.spun_phrases)

    @cached_property
    def _spun_lower(self) -> tuple[str, ...]:
        return tuple(p.lower() for p in self.words.spun_phrases)

    @cached_property
    def _typos(self) -> tuple[re.Pattern[str], dict[str, str]]:
        table = {wrong.lower(): right for wrong, right in self.words.typos}
        return _pattern(table), table

    def find(
        self,
        text: str,
        question_id: str = "",
        field: str = "answer",
        kinds: Collection[str] = KINDS,
    ) -> list[Finding]:
        """Every piece of spun text of the given ``kinds`` in ``text``, in text order.

        Each span of text is reported once (a spun phrase wins over the filler pattern
        that also matches it).
        """
        findings: list[tuple[int, Finding]] = []
        covered: list[tuple[int, int]] = []

        def add(start: int, end: int, kind: str) -> None:
            if any(start < e and s < end for s, e in covered):
                return
            covered.append((start, end))
            finding = Finding(question_id, field, kind, text[start:end], _excerpt(text, start, end))
            findings.append((start, finding))

        if "spun" in kinds:
            for match in self._spun.finditer(text):
                if not _is_real_term(text, match):
                    add(match.start(), match.end(), "spun")
        if "filler" in kinds:
            for match in _FILLER.finditer(text):
                if not _is_real_term(text, match):
                    add(match.start(), match.end(), "filler")
        if "typo" in kinds:
            typo_pattern, typos = self._typos
            for match in typo_pattern.finditer(text):
                if not _typo_is_fixed(match.group(0), typos[match.group(0).lower()]):
                    add(match.start(), match.end(), "typo")
        return [finding for _, finding in sorted(findings, key=lambda item: item[0])]

    def count_phrases(self, text: str) -> int:
        """How many of the word list's spun phrases ``text`` holds (filler and typos not counted)."""
        lowered = text.lower()
        if not any(map(lowered.__contains__, self._spun_lower)):
            return 0  # fast path: most answers hold none
        return len(self.find(text, kinds=("spun",)))


@cache
def _detector(words: WordList) -> SpunDetector:
    return SpunDetector(words)


def find_spun_text(
    question_id: str, text: str, words: WordList, field: str = "answer"
) -> list[Finding]:
    """Every piece of spun text in ``text``, one finding per occurrence, in text order.

    ``words`` supplies the ``spun_phrases`` and ``typos`` to look for; the spinner's
    "value" filler is looked for whatever the word list says. Each span of text is
    reported once (a spun phrase wins over the filler pattern that also matches it).
    """
    return _detector(words).find(text, question_id, field)


def count_spun_phrases(text: str, words: WordList) -> int:
    """How many of the word list's spun phrases ``text`` holds, as ingest counts them.

    The "value function" rule applies; the filler pattern and typos are not counted.
    """
    return _detector(words).count_phrases(text)


def check_question(question: Question, words: WordList) -> list[Finding]:
    """Spun text in a question's title, summary and answer."""
    return [
        *find_spun_text(question.id, question.title, words, "title"),
        *find_spun_text(question.id, question.summary, words, "summary"),
        *find_spun_text(question.id, question.answer, words, "answer"),
    ]
