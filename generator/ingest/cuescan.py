"""Find the matches of a long alternation of named cue groups, quickly.

Python's regular expressions try every alternative of an alternation at every place in
the text; the ask cues hold hundreds of alternatives, and at any one place nearly all of
them begin with a character the text does not have there. :class:`CueScanner` splits
each group into its top-level alternatives, reads which characters each can begin with
(where it cannot tell, the alternative is tried everywhere), and compiles one
alternation per beginning character, keeping the alternatives' order. At each word
boundary (where every cue group's match begins) it tries only the alternation for the
character there. It finds the same matches as the whole alternation's ``finditer``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

_QUANTIFIERS = frozenset("?*{")
_ZERO_WIDTH_GROUPS = ("(?<!", "(?<=", "(?!", "(?=")
_BOUNDARY = re.compile(r"\b")


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """Each character of ``pattern`` from ``start`` on that is neither escaped nor inside
    a character class: its index, itself, and the depth of the groups open after it."""
    depth = 0
    in_class = False
    i = start
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += pattern.startswith("^", i + 1)
            i += pattern.startswith("]", i + 1)  # "[]...]", "[^]...]": "]" is a member
        else:
            depth += (char == "(") - (char == ")")
            yield i, char, depth
        i += 1


def _group_end(pattern: str, start: int = 0) -> int | None:
    """The index just past the ``)`` closing the group opened at ``pattern[start]``."""
    for i, char, depth in _structure(pattern, start):
        if char == ")" and depth == 0:
            return i + 1
    return None


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression (``a|(?:b|c)|d`` -> three)."""
    parts: list[str] = []
    start = 0
    for i, char, depth in _structure(pattern):
        if char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def first_characters(alternative: str) -> frozenset[str] | None:
    """The characters a match of ``alternative`` can begin with, or None when that is not
    plain from its text (a capturing group, a class with ranges, a match that may be empty...).

    Zero-width items (``\\b``, ``^``, look-arounds) are skipped: they consume nothing; an
    optional item adds its characters to those of what follows it.
    """
    chars, nullable = _sequence_firsts(alternative)
    return None if chars is None or nullable else chars


def _sequence_firsts(sequence: str) -> tuple[frozenset[str] | None, bool]:
    """The first characters of a sequence of items, and whether it may match empty text."""
    found: set[str] = set()
    rest = sequence
    while rest:
        chars, nullable, rest = _item_firsts(rest)
        if chars is None:
            return None, False
        found |= chars
        if not nullable:
            return frozenset(found), False
    return frozenset(found), True


def _item_firsts(pattern: str) -> tuple[frozenset[str] | None, bool, str]:
    """The first item of ``pattern``: its first characters (None: unknown), whether it
    may match empty text, and the text after it (and its quantifier)."""
    if pattern.startswith(("\\b", "^")):
        return frozenset(), True, pattern[1 if pattern[0] == "^" else 2 :]
    if pattern.startswith(_ZERO_WIDTH_GROUPS):
        end = _group_end(pattern)
        return (frozenset(), True, pattern[end:]) if end is not None else (None, False, "")
    if pattern.startswith("(?:"):
        end = _group_end(pattern)
        if end is None:
            return None, False, ""
        chars: set[str] = set()
        nullable = False
        for inner in split_alternatives(pattern[3 : end - 1]):
            inner_chars, inner_nullable = _sequence_firsts(inner)
            if inner_chars is None:
                return None, False, ""
            chars |= inner_chars
            nullable = nullable or inner_nullable
        first = frozenset(chars)
    elif pattern.startswith("[") and not pattern.startswith(("[^", "[]")):
        close = pattern.find("]")
        members = pattern[1:close]
        if close < 0 or "\\" in members or "-" in members[1:-1]:
            return None, False, ""
        first, nullable, end = frozenset(members), False, close + 1
    elif pattern[:1].isalnum() or pattern[:1] in (" ", "'", "-", ","):
        first, nullable, end = frozenset(pattern[0]), False, 1
    elif pattern.startswith("\\") and len(pattern) > 1 and not pattern[1].isalnum():
        first, nullable, end = frozenset(pattern[1]), False, 2
    else:
        return None, False, ""
    quantifier = pattern[end : end + 1]
    if quantifier in ("?", "*") or pattern.startswith("{0", end) or pattern.startswith("{,", end):
        nullable = True
    if quantifier in _QUANTIFIERS or quantifier == "+":
        close = pattern.find("}", end) + 1 if quantifier == "{" else end + 1
        if close <= end:
            return None, False, ""
        end = close + (pattern[close : close + 1] in ("?", "+"))  # lazy or possessive
    return first, nullable, pattern[end:]


class CueScanner:
    """The named groups ``a0``, ``a1``... (``\\b(?:group)\\b`` each) matched in a text,
    as ``re.finditer`` over their alternation finds them, group by group in order.

    No group may match empty text (a cue is always some words).
    """

    def __init__(self, groups: Sequence[str]) -> None:
        firsts: list[list[tuple[str, frozenset[str] | None]]] = [
            [(alt, first_characters(alt)) for alt in split_alternatives(group)] for group in groups
        ]
        chars = sorted({c for group in firsts for _, first in group if first for c in first})
        self._by_char = {char: self._compile(firsts, char) for char in chars}
        self._others = self._compile(firsts, None)
        # where every alternative's first characters are known, only boundaries before
        # one of them are tried
        self._starts = (
            _BOUNDARY
            if self._others is not None
            else re.compile(rf"\b(?=[{''.join(re.escape(c) for c in chars)}])")
        )

    @staticmethod
    def _compile(
        firsts: Sequence[Sequence[tuple[str, frozenset[str] | None]]], char: str | None
    ) -> re.Pattern[str] | None:
        """The alternation of every alternative that may begin with ``char`` (None: only
        those whose first character is unknown), groups and order kept."""
        parts = []
        for index, group in enumerate(firsts):
            kept = [alt for alt, first in group if first is None or (char and char in first)]
            if kept:
                parts.append(rf"(?P<a{index}>\b(?:{'|'.join(kept)})\b)")
        return re.compile("|".join(parts)) if parts else None

    def groups_found(self, text: str) -> Iterator[int]:
        """The group index of each match, left to right, matches not overlapping."""
        resume = 0
        for boundary in self._starts.finditer(text):
            at = boundary.start()
            if at < resume:
                continue
            pattern = self._by_char.get(text[at : at + 1], self._others)
            found = pattern.match(text, at) if pattern is not None else None
            if found is not None:
                resume = found.end()
                yield int((found.lastgroup or "a0")[1:])
