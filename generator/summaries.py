"""One-line summaries and the key terms a question defines."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z$])")
_LIST_ITEM = re.compile(r"^(?:- |\d+\. )")
_DEFINES = re.compile(r"^what (?:is|are) (?:a |an |the )?(?P<term>[^?,]{2,48}?)\??$", re.IGNORECASE)
_NOT_A_TERM = re.compile(r"\b(and|or|between|difference|when|how|why|use|role|roles|mean)\b", re.I)
MAX_SUMMARY = 220


def _shorten(text: str, limit: int = MAX_SUMMARY) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    if cut.count("$") % 2:
        cut = cut[: cut.rfind("$")].rstrip()
    return cut + "…"


def summarize(answer: str) -> str:
    """The answer's first sentence, or its first list items, in at most one line."""
    first = answer.strip().split("\n\n", 1)[0]
    lines = first.split("\n")
    if all(_LIST_ITEM.match(line) for line in lines):
        items = [_LIST_ITEM.sub("", line).strip().rstrip(".") for line in lines]
        text = "; ".join(items[:4]) + ("; …" if len(items) > 4 else ".")
    else:
        text = _SENTENCE_END.split(" ".join(lines).strip(), 1)[0]
    if text.endswith(":"):
        rest = answer.strip().split("\n\n", 2)
        if len(rest) > 1:
            text = text[:-1] + ": " + summarize(rest[1])
    text = text[:1].upper() + text[1:]
    return _shorten(text)


def defined_terms(title: str) -> tuple[str, ...]:
    """The term a "What is X?" title defines, if X is a short noun phrase."""
    match = _DEFINES.match(title.strip())
    if not match:
        return ()
    term = match.group("term").strip()
    if len(term.split()) > 4 or _NOT_A_TERM.search(term) or "^" in term:
        return ()
    return (term,)
