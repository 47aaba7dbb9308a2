"""Rewrites learned from the entries themselves: spelling, short forms, shortened words, compounds.

Each function reads a whole corpus's titles (and answers, for spelling) and returns a
table of rewrites; :mod:`generator.ingest.subjects` applies them to each entry's subject.
Nothing here is a hand-written list of words beyond English word-forming prefixes and
the function words a scraped title may glue to the next word.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial

from rapidfuzz.distance import OSA

from .asks import ASK_WORDS, STOP_WORDS, key_words
from .normalize import written_short_forms
from .parallel import map_ranges

MIN_TYPO_LENGTH = 4
MAX_TYPO_COUNT = 2
TYPO_RATIO = 3
RARE_RATIO = 50
MIN_COMPOUND_PART = 3
MIN_SHORT, MAX_SHORT = 2, 5
"""How many letters a short form an answer spells out may have."""


def answer_initials(answer_key: Sequence[str]) -> tuple[Sequence[str], str]:
    """An answer's words, a hyphenated word counting as its parts, and their initials,
    one letter a word ("between-group reward shaping": "b", "g", "r", "s")."""
    if any("-" in w for w in answer_key):
        answer_key = [part for w in answer_key for part in w.split("-") if part]
    return answer_key, "".join(w[:1] or " " for w in answer_key)


def spelled_out(short: str, answer_key: Sequence[str]) -> tuple[str, ...]:
    """The first run of answer words whose initials spell ``short`` (or ``short`` + "s",
    as title keys make short forms singular), else nothing. A hyphenated answer word
    counts as its parts ("between-group reward shaping" spells "BGRS")."""
    answer_key, letters = answer_initials(answer_key)
    for initials in (short, short + "s"):
        start = letters.find(initials)
        if start >= 0:
            return tuple(answer_key[start : start + len(initials)])
    return ()


def misread_short_forms(
    title_key: Sequence[str], answer_key: Sequence[str], spelling: dict[str, str]
) -> set[str]:
    """Title words the corpus's ``spelling`` reads as a stop or ask word ("tp" as "to")
    that are short forms here: the entry's own answer spells them out ("temporal pooling").

    Two or three letters one edit from "to" or "we" are as often initials as slips
    ("fro" for "for"); the answer tells which.
    """
    return {
        w
        for w in title_key
        if w in spelling
        and (spelling[w] in STOP_WORDS or spelling[w] in ASK_WORDS)
        and MIN_SHORT <= len(w) <= MAX_SHORT
        and spelled_out(w, answer_key)
    }


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


# Prefixes that make another word of a word: "asymmetric" is no misspelling of "symmetric".
WORD_PREFIXES = frozenset(
    ("a", "an", "un", "in", "im", "ir", "il", "non", "dis", "de", "bi", "tri", "multi"),
) | frozenset(("semi", "re", "pre", "co", "sub", "super", "over", "under", "anti", "mis"))


def _prefixed(word: str, reading: str) -> bool:
    """``word`` is ``reading`` with a word-forming prefix ("asymmetric" for "symmetric")."""
    return (
        len(reading) >= MIN_TYPO_LENGTH
        and word.endswith(reading)
        and word[: len(word) - len(reading)] in WORD_PREFIXES
    )


def adjacent_words(titles: Iterable[Sequence[str]]) -> Counter[tuple[str, str]]:
    """How often each two words stand next to each other in titles (title keys, in order),
    stop words left out: the context :func:`spelling_fixes` reads a slip in."""
    pairs: Counter[tuple[str, str]] = Counter()
    for words in titles:
        pairs.update(itertools.pairwise(w for w in words if w not in STOP_WORDS))
    return pairs


def _beside(
    adjacent: Iterable[tuple[str, str]], words: set[str]
) -> dict[str, list[tuple[bool, str]]]:
    """Per word of ``words``: the words titles put right after it (True) or before it."""
    beside: dict[str, list[tuple[bool, str]]] = {}
    for left, right in adjacent:
        if left in words:
            beside.setdefault(left, []).append((True, right))
        if right in words:
            beside.setdefault(right, []).append((False, left))
    return beside


@dataclass(frozen=True)
class Slips:
    """Title words read as misspellings: the same everywhere, or as each entry's answer says."""

    fixes: dict[str, str]
    """Each slip read as one word wherever it is written."""
    undecided: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Slips with two readings about as likely: an entry whose answer uses exactly one
    of them reads the slip as that one ("necoder" is "encoder" where the answer talks
    of encoders, "decoder" where it talks of decoders); other entries leave it alone."""


def spelling_fixes(
    titles: Counter[str],
    counts: Counter[str],
    protected: Iterable[str] = (),
    adjacent: Counter[tuple[str, str]] | None = None,
) -> Slips:
    """Rare title words mapped to the common word one letter edit away.

    ``titles`` counts words in titles, ``counts`` in titles and answers. A word is a
    misspelling of a word one edit away that is at least ``TYPO_RATIO`` times as common
    when it occurs at most ``MAX_TYPO_COUNT`` times, or at least ``RARE_RATIO`` times as
    common otherwise (a large corpus repeats a common slip). Readings are ranked by how
    often titles use them, so a subject word wins over an answer's filler ("mage" is
    "image", not "make"). Only a stop word or an ask word can be the reading of a word
    of two or three letters ("fro" for "for", "wok" for "work"); ``protected`` words
    (short forms written in capitals) are never misspellings.

    With ``adjacent`` (:func:`adjacent_words`), the words next to a slip decide between
    readings: where other titles put one reading next to the same word at least
    ``TYPO_RATIO`` times and no other reading there ("self-driving casr" is "cars", not
    "case"; "graph ata" is "data"), that reading wins, even for a slip of two or three
    letters. Otherwise two equally likely readings are left to each entry's answer
    (:attr:`Slips.undecided`).
    """
    keep = set(protected)
    known = keep | STOP_WORDS | ASK_WORDS
    rare = sorted(w for w in titles if len(w) >= 2 and w.isalpha() and w not in known)
    adjacent = adjacent or Counter()
    beside = _beside(adjacent, set(rare))

    def in_context(word: str, reading: str) -> int:
        """How often titles put ``reading`` next to the words ``word`` stands next to."""
        return sum(
            adjacent[(reading, other) if after else (other, reading)]
            for after, other in beside.get(word, ())
        )

    common = [w for w, c in counts.items() if c >= TYPO_RATIO and len(w) >= 2]
    index: dict[str, list[str]] = {}
    for word in common:
        index.setdefault(word, []).append(word)
        for key in _deletions(word):
            index.setdefault(key, []).append(word)
    fixes: dict[str, str] = {}
    undecided: dict[str, tuple[str, ...]] = {}
    for word in rare:
        seen = counts[word]
        found = set(index.get(word, ()))
        for key in _deletions(word):
            found.update(index.get(key, ()))
        options = [
            c
            for c in found
            if c != word
            and counts[c] >= TYPO_RATIO * seen
            and (seen <= MAX_TYPO_COUNT or titles[c] >= RARE_RATIO * titles[word])
            and not _prefixed(word, c)
            and OSA.distance(word, c) == 1
        ]
        context = {c: in_context(word, c) for c in options}
        placed = [c for c in options if context[c] >= TYPO_RATIO]
        if len(placed) == 1 and all(context[c] == 0 for c in options if c != placed[0]):
            fixes[word] = placed[0]  # the only reading other titles put here
            continue
        options = [
            c for c in options if len(word) >= MIN_TYPO_LENGTH or c in STOP_WORDS or c in ASK_WORDS
        ]
        if not options:
            continue
        weight = titles if any(titles[c] for c in options) else counts
        options.sort(key=lambda c: (-weight[c], -counts[c], c))
        only_stop_words = all(c in STOP_WORDS for c in options)
        if len(options) > 1 and weight[options[1]] * 2 > weight[options[0]] and not only_stop_words:
            # two plausible readings (any stop word is dropped all the same)
            undecided[word] = tuple(c for c in options if weight[c] * 2 > weight[options[0]])
            continue
        fixes[word] = options[0]
    return Slips(fixes, undecided)


_HYPHENATED = re.compile(r"([a-z0-9]+(?:['^][a-z0-9]+)*)(-(?=[a-z0-9]))?")


def _hyphenated_words(title: str) -> tuple[list[str], list[bool]]:
    """Lower-case words with hyphens as breaks, and whether each is hyphen-joined to the next."""
    pairs = _HYPHENATED.findall(title.lower())
    return [word for word, _ in pairs], [bool(hyphen) for _, hyphen in pairs]


def _spelling_runs(
    titles: Sequence[str], shorts: frozenset[str], start: int, stop: int
) -> list[tuple[str, str]]:
    """(short form, phrase) for each run of words in ``titles[start:stop]`` that spells one."""
    seen: list[tuple[str, str]] = []
    longest = max(len(s) for s in shorts)
    prefixes = {s[:k] for s in shorts for k in range(1, len(s) + 1)}
    for title in titles[start:stop]:
        words, joins = _hyphenated_words(title)
        initials = "".join(w[0] for w in words)
        for i in range(len(words)):
            if i and joins[i - 1]:
                continue  # a run starts at a word, not inside "mini-batch"
            for size in range(1, min(longest, len(words) - i) + 1):
                if initials[i : i + size] not in prefixes:
                    break  # no short form starts so: longer runs cannot spell one
                if initials[i : i + size] not in shorts or joins[i + size - 1]:
                    continue  # nor ends inside one
                run = words[i : i + size]
                # a stop word inside a hyphenated word is part of it ("between-group")
                if (run[0] in STOP_WORDS and not joins[i]) or (
                    run[-1] in STOP_WORDS and not (size > 1 and joins[i + size - 2])
                ):
                    continue
                text = "".join(w + ("-" if joins[i + k] else " ") for k, w in enumerate(run))
                seen.append((initials[i : i + size], text.strip()))
    return seen


def abbreviation_expansions(
    titles: Sequence[str], reviewed: Sequence[tuple[str, str]] = (), lower: Iterable[str] = ()
) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Short forms found in titles mapped to the key words of the phrases they may abbreviate.

    A short form is an all-capitals word of 2-6 letters ("SGD", "LSTMs"). Its phrases are
    runs of title words (hyphens split words) whose initials spell it and that neither
    start nor end with a stop word ("sum of squares" for "SOS"; "between-group" is one
    word), most common first. A reviewed short form (``short: long``) has its one
    reviewed phrase. ``lower`` adds short forms written in lower case ("npgc").
    """
    shorts = {w.lower() for t in titles for w in written_short_forms(t)} | set(lower)
    found: dict[str, Counter[str]] = {}
    if shorts:
        spelling = partial(_spelling_runs, titles, frozenset(shorts))
        for (short, text), count in Counter(map_ranges(spelling, len(titles))).items():
            found.setdefault(short, Counter())[text] = count
    result: dict[str, tuple[tuple[str, ...], ...]] = {}
    for short, runs in sorted(found.items()):
        ordered = sorted(runs.items(), key=lambda kv: (-kv[1], kv[0]))
        result[short] = tuple(tuple(key_words(text)) for text, _ in ordered)
    for short, long in reviewed:
        words = key_words(long)
        if len(key_words(short)) == 1 and words and key_words(short) != words:
            result[key_words(short)[0]] = (tuple(words),)
    return result


def compound_splits(vocabulary: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Glued words that are two other subject words ("precisionrecall"), split in two.

    A word-forming prefix ("non", "semi") is no word of its own: "nonlinear" stays whole.
    """
    words = set(vocabulary)
    splits: dict[str, tuple[str, str]] = {}
    for word in sorted(words):
        for cut in range(MIN_COMPOUND_PART, len(word) - MIN_COMPOUND_PART + 1):
            left, right = word[:cut], word[cut:]
            if left in words and right in words and left not in WORD_PREFIXES:
                splits[word] = (left, right)
                break
    return splits


FUNCTION_WORDS = frozenset(("the", "of", "on", "at", "for", "to", "by", "from")) | frozenset(
    ("with", "into", "about", "as", "and", "or", "is", "are")
)
"""Words a scraped title may glue to the word after them when the markup between the two
is lost ("Pros OfUnschooling"). One-letter words and word-forming prefixes are left out:
"asymmetric", "invariant" and "anomaly" are words."""


def glued_function_words(
    titles: Counter[str], counts: Counter[str], slips: Container[str] = ()
) -> dict[str, str]:
    """Title words that are a function word glued to the word after it, mapped to that
    word ("ofmasked" -> "masked", from "Pros OfMasked optimizers").

    ``titles`` counts words in titles, ``counts`` in titles and answers. A word is read so
    when no answer uses it, answers use the word after the function word at least
    ``TYPO_RATIO`` times, and titles at least ``TYPO_RATIO`` times as often as the glued
    word; a word that splits two ways stays whole, and so does a word of ``slips``, read
    as a misspelling of a word one letter away ("onlinear" is "nonlinear", not "on
    linear"; see :func:`spelling_fixes`). Answers are written text, where the
    glue of a title's lost markup does not happen: a real word such as "online" or
    "asset" is one the answers use. Words glued the other way round ("predictor",
    "nearby") are left alone: too many real words end in a function word.
    """
    splits: dict[str, str] = {}
    for word, seen in titles.items():
        if counts[word] > seen or word in slips or word in STOP_WORDS or word in ASK_WORDS:
            continue
        found = [
            rest
            for glue in FUNCTION_WORDS
            if word.startswith(glue)
            and len(rest := word[len(glue) :]) >= MIN_TYPO_LENGTH
            and rest not in STOP_WORDS
            and counts[rest] - titles[rest] >= TYPO_RATIO
            and titles[rest] >= TYPO_RATIO * seen
        ]
        if len(found) == 1:
            splits[word] = found[0]
    return splits


def shortened_words(keys: Iterable[Sequence[str]]) -> dict[tuple[str, str], str]:
    """Words that titles shorten after the same word: ("batch", "norm") -> "normalization".

    A word of four letters or more is a shortening of the one longer word that starts
    with it and follows the same word in another title.
    """
    followers: dict[str, set[str]] = {}
    for key in keys:
        for before, word in itertools.pairwise(key):
            followers.setdefault(before, set()).add(word)
    result: dict[tuple[str, str], str] = {}
    for before, words in followers.items():
        for word in words:
            if len(word) < MIN_TYPO_LENGTH:
                continue
            longer = [w for w in words if len(w) > len(word) + 1 and w.startswith(word)]
            if len(longer) == 1:
                result[before, word] = longer[0]
    return result
