"""The editorial check: find machine-spun text left in a question's answer.

The seed dump was run through an article spinner, which left filler ("data-set value
function", "hidden stories") and typos in its answers. A question marked ``reviewed``
must be free of them; ``tests/test_editorial.py`` runs :func:`check_question` over every
committed question file.

Three kinds of finding:

- ``spun``: a phrase from the word list's ``spun_phrases``;
- ``typo``: a misspelling from the word list's ``typos`` (its keys), written unfixed;
- ``filler``: the spinner's "value" filler in any form ("data value", "dataset value",
  "value point", "value level", "value function").

"value function" is also a real reinforcement-learning term (the state-value function
$V(s)$ or the action-value function $Q(s, a)$), so the word list does not list it as spun
(ingest would then mark a good answer garbled). This check flags it only when used as
filler: when a data word comes right before it ("data value function"), or when the text
within :data:`RL_WINDOW` characters of it names no reinforcement-learning idea
(:data:`RL_CUES`). Should a maintainer add it to ``spun_phrases`` anyway, the same rule
applies (:data:`CONTEXT_SENSITIVE`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from ..model import Question, WordList

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


@cache
def _compiled(words: WordList) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    typos = {wrong.lower(): right for wrong, right in words.typos}
    return _pattern(words.spun_phrases), _pattern(typos), typos


def _excerpt(text: str, start: int, end: int, width: int = 30) -> str:
    return " ".join(text[max(0, start - width) : end + width].split())


def is_filler_value_function(text: str, start: int, end: int) -> bool:
    """Whether the "value function" at ``text[start:end]`` is spinner filler, not the RL term."""
    if _DATA_BEFORE.search(text[max(0, start - 10) : start]):
        return True
    window = text[max(0, start - RL_WINDOW) : end + RL_WINDOW]
    return RL_CUES.search(window) is None


def _typo_is_fixed(found: str, right: str) -> bool:
    """A typo key that matches its own fix (``relu`` -> ``ReLU`` matching "ReLU") is no typo."""
    if not right:
        return False
    return found == right or found == right[:1].upper() + right[1:]


def find_spun_text(
    question_id: str, text: str, words: WordList, field: str = "answer"
) -> list[Finding]:
    """Every piece of spun text in ``text``, one finding per occurrence, in text order.

    ``words`` supplies the ``spun_phrases`` and ``typos`` to look for; the spinner's
    "value" filler is looked for whatever the word list says. Each span of text is
    reported once (a spun phrase wins over the filler pattern that also matches it).
    """
    spun, typo_pattern, typos = _compiled(words)
    findings: list[tuple[int, Finding]] = []
    covered: list[tuple[int, int]] = []

    def add(start: int, end: int, kind: str) -> None:
        if any(start < e and s < end for s, e in covered):
            return
        covered.append((start, end))
        finding = Finding(question_id, field, kind, text[start:end], _excerpt(text, start, end))
        findings.append((start, finding))

    for match in spun.finditer(text):
        phrase = match.group(0)
        if phrase.lower() in CONTEXT_SENSITIVE and not is_filler_value_function(
            text, match.start(), match.end()
        ):
            continue
        add(match.start(), match.end(), "spun")
    for match in _FILLER.finditer(text):
        phrase = match.group(0).lower()
        if phrase in CONTEXT_SENSITIVE and not is_filler_value_function(
            text, match.start(), match.end()
        ):
            continue
        add(match.start(), match.end(), "filler")
    for match in typo_pattern.finditer(text):
        if not _typo_is_fixed(match.group(0), typos[match.group(0).lower()]):
            add(match.start(), match.end(), "typo")
    return [finding for _, finding in sorted(findings, key=lambda item: item[0])]


def check_question(question: Question, words: WordList) -> list[Finding]:
    """Spun text in a question's title, summary and answer."""
    return [
        *find_spun_text(question.id, question.title, words, "title"),
        *find_spun_text(question.id, question.summary, words, "summary"),
        *find_spun_text(question.id, question.answer, words, "answer"),
    ]
