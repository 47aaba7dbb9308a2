"""Each entry's ask and canonical subject, with the spelling learned from the entries themselves.

A subject is matched tolerantly by rewriting its words into one canonical spelling per
corpus, never by comparing every pair of titles:

- **spelling**: a rare word one letter edit (insert, delete, replace, swap) from a word
  that is at least three times as common across titles and answers is read as that word
  ("convolutoinal" -> "convolutional"). Candidates come from an index of one-letter
  deletions, so the cost grows with the vocabulary, not its square. A word that only adds
  or drops letters at either end ("symmetric" / "asymmetric") is never a misspelling;
- **abbreviations**: an all-capitals word in a title ("LSTM") stands for the phrase whose
  initials it spells, when titles hold such a phrase and one reading clearly wins
  ("long short-term memory"); the word list's reviewed short forms come first;
- **compounds**: a glued word made of two subject words ("precisionrecall", from
  "precision-recall") is read as those two words;
- **singular and plural, word order**: title keys are already singular, and a subject is
  a set of words.

Each rewrite is kept as evidence for the review report.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from rapidfuzz.distance import OSA

from .asks import (
    ASK_WORDS,
    DEFINE,
    STOP_WORDS,
    ask_of,
    first_clause,
    key_words,
    split_words,
    subject_words,
)
from .model import Entry

MIN_TYPO_LENGTH = 4
MAX_TYPO_COUNT = 2
TYPO_RATIO = 3
RARE_RATIO = 50
MIN_ABBREVIATION = 2
MAX_ABBREVIATION = 6
MIN_COMPOUND_PART = 3
_CAPITALS = re.compile(r"\b([A-Z]{2,6})s?\b")


@dataclass(frozen=True)
class Subject:
    """What one entry asks about and how: canonical subject words, ask, rewrites applied."""

    ask: str
    words: frozenset[str]
    rewrites: tuple[str, ...] = ()


@dataclass(frozen=True)
class SubjectOptions:
    """Which tolerances to apply (all on by default; switched off to measure each)."""

    spelling: bool = True
    abbreviations: bool = True
    compounds: bool = True
    asks: bool = True
    reviewed_abbreviations: tuple[tuple[str, str], ...] = ()
    field_phrases: tuple[str, ...] = ()
    """Phrases naming the field ("in deep learning"), dropped when a fix reveals one."""


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


def spelling_fixes(
    titles: Counter[str], counts: Counter[str], protected: Iterable[str] = ()
) -> dict[str, str]:
    """Rare title words mapped to the common word one letter edit away.

    ``titles`` counts words in titles, ``counts`` in titles and answers. A word is a
    misspelling of a word one edit away that is at least ``TYPO_RATIO`` times as common
    when it occurs at most ``MAX_TYPO_COUNT`` times, or at least ``RARE_RATIO`` times as
    common otherwise (a large corpus repeats a common slip). Readings are ranked by how
    often titles use them, so a subject word wins over an answer's filler ("mage" is
    "image", not "make"); two equally likely readings leave the word alone. Only a stop
    word or an ask word can be the reading of a word of two or three letters ("fro" for
    "for", "wok" for "work"); ``protected`` words
    (short forms written in capitals) are never misspellings.
    """
    keep = set(protected)
    known = keep | STOP_WORDS | ASK_WORDS
    rare = sorted(w for w in titles if len(w) >= 2 and w.isalpha() and w not in known)
    common = [w for w, c in counts.items() if c >= TYPO_RATIO and len(w) >= 2]
    index: dict[str, list[str]] = {}
    for word in common:
        index.setdefault(word, []).append(word)
        for key in _deletions(word):
            index.setdefault(key, []).append(word)
    fixes: dict[str, str] = {}
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
            and (len(word) >= MIN_TYPO_LENGTH or c in STOP_WORDS or c in ASK_WORDS)
            and not _prefixed(word, c)
            and OSA.distance(word, c) == 1
        ]
        if not options:
            continue
        weight = titles if any(titles[c] for c in options) else counts
        options.sort(key=lambda c: (-weight[c], -counts[c], c))
        only_stop_words = all(c in STOP_WORDS for c in options)
        if len(options) > 1 and weight[options[1]] * 2 > weight[options[0]] and not only_stop_words:
            continue  # two plausible readings (any stop word is dropped all the same)
        fixes[word] = options[0]
    return fixes


def _hyphenated_words(title: str) -> tuple[list[str], list[bool]]:
    """Lower-case words with hyphens as breaks, and whether each is hyphen-joined to the next."""
    words: list[str] = []
    joins: list[bool] = []
    for token in title.lower().split():
        parts = split_words(token)
        words.extend(parts)
        joins.extend([True] * (len(parts) - 1) + [False] * bool(parts))
    return words, joins


def abbreviation_expansions(
    titles: Sequence[str], reviewed: Sequence[tuple[str, str]] = ()
) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Short forms found in titles mapped to the key words of the phrases they may abbreviate.

    A short form is an all-capitals word of 2-6 letters ("SGD", "LSTMs"). Its phrases are
    runs of title words (hyphens split words) whose initials spell it and that neither
    start nor end with a stop word ("sum of squares" for "SOS"), most common first. A reviewed short form (``short: long``) has its one
    reviewed phrase.
    """
    shorts = {m.group(1).lower() for t in titles for m in _CAPITALS.finditer(t)}
    found: dict[str, Counter[tuple[str, ...]]] = {}
    if shorts:
        lengths = sorted({len(s) for s in shorts})
        firsts = {s[0] for s in shorts}
        for title in titles:
            words, joins = _hyphenated_words(title)
            for i, first in enumerate(words):
                if first[0] not in firsts or (i and joins[i - 1]):
                    continue  # a run starts at a word, not inside "mini-batch"
                for size in lengths:
                    if i + size > len(words):
                        break
                    run = words[i : i + size]
                    initials = "".join(w[0] for w in run)
                    if (
                        initials in shorts
                        and not joins[i + size - 1]
                        and run[0] not in STOP_WORDS
                        and run[-1] not in STOP_WORDS
                    ):
                        text = "".join(
                            w + ("-" if joins[i + k] else " ") for k, w in enumerate(run)
                        )
                        found.setdefault(initials, Counter())[text.strip()] += 1
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


@dataclass(frozen=True)
class Rewrites:
    """The corpus-wide rewrites: spelling fixes, abbreviations, compound splits."""

    spelling: dict[str, str]
    abbreviations: dict[str, tuple[str, ...]]
    compounds: dict[str, tuple[str, str]]
    shortened: dict[tuple[str, str], str] = field(default_factory=dict)
    """(word before, short word) -> the long word it shortens ("batch", "norm")."""

    def apply(self, words: Sequence[str]) -> tuple[list[str], list[str]]:
        """``words`` rewritten, and a note per rewrite ("atention → attention (spelling)")."""
        out: list[str] = []
        notes: list[str] = []
        for word in words:
            fixed = self.spelling.get(word, word)
            if fixed != word:
                notes.append(f"{word} → {fixed} (spelling)")
            expanded = self.abbreviations.get(fixed)
            if expanded:
                expanded = tuple(self.spelling.get(part, part) for part in expanded)
                notes.append(f"{fixed} → {' '.join(expanded)} (abbreviation)")
                parts: Iterable[str] = expanded
            else:
                parts = (fixed,)
            for part in parts:
                longer = self.shortened.get((out[-1], part)) if out else None
                if longer:
                    notes.append(f"{out[-1]} {part} → {out[-1]} {longer} (shortened)")
                    part = longer
                split = self.compounds.get(part)
                if split:
                    notes.append(f"{part} → {' '.join(split)} (compound)")
                    out.extend(split)
                else:
                    out.append(part)
        return out, notes


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


def _title_counts(entries: Sequence[Entry]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for entry in entries:
        counts.update(key_words(entry.title))
    return counts


_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['^-][A-Za-z0-9]+)*")


def _corrected(title: str, spelling: dict[str, str]) -> str:
    """``title`` with each misspelt word replaced by its reading (word count unchanged)."""

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        keys = key_words(word)
        return spelling.get(keys[0], word) if len(keys) == 1 else word

    return _TOKEN.sub(fix, title)


def _without_field(words: list[str], clause: str, fields: Sequence[str]) -> list[str]:
    """``words`` without the field phrase ("in neural networks") that ends ``clause``.

    Title keys drop such phrases already; this catches one a spelling fix revealed
    ("in nbural networks").
    """
    clause_words = key_words(clause)
    for phrase in sorted((tuple(key_words(f)) for f in fields), key=len, reverse=True):
        if (
            phrase
            and len(clause_words) > len(phrase)
            and tuple(clause_words[-len(phrase) :]) == phrase
        ):
            core = tuple(w for w in phrase if w not in STOP_WORDS)
            if core and len(words) > len(core) and tuple(words[-len(core) :]) == core:
                return words[: -len(core)]
            break
    return words


def _subject(entry: Entry, rewrites: Rewrites, options: SubjectOptions) -> Subject:
    title = entry.title
    if rewrites.spelling and any(w in rewrites.spelling for w in entry.title_key):
        title = _corrected(title, rewrites.spelling)
    clause = first_clause(title)
    # The same number of words of the title as written: title keys keep its spelling.
    written = " ".join(_TOKEN.findall(entry.title)[: len(_TOKEN.findall(clause))])
    in_clause = set(key_words(written))
    words, notes = rewrites.apply([w for w in entry.title_key if w in in_clause])
    if notes and options.field_phrases:
        words = _without_field(words, clause, options.field_phrases)
    if not options.asks:
        subject = tuple(dict.fromkeys(w for w in words if w not in STOP_WORDS))
        return Subject(DEFINE, frozenset(subject), tuple(notes))
    return Subject(ask_of(clause), frozenset(subject_words(words, words)), tuple(notes))


def _written_short(word: str, title: str) -> bool:
    """Whether ``title`` writes ``word`` in capitals, as a short form ("AE", not "ae")."""
    return any(key_words(m.group(1))[0] == word for m in _CAPITALS.finditer(title))


def _key(subject: Subject) -> tuple[str, frozenset[str]]:
    return subject.ask, subject.words


def analyse_subjects(
    entries: Sequence[Entry], options: SubjectOptions | None = None
) -> list[Subject]:
    """The ask and canonical subject of every entry, rewrites learned from all of them.

    A short form is read as the phrase that makes its title ask what another entry asks
    (same ask and subject), when exactly one of its phrases does; otherwise as its most
    common phrase, if that one is at least twice as common as the next; else left alone.
    """
    options = options or SubjectOptions()
    title_counts = _title_counts(entries)
    spelling: dict[str, str] = {}
    if options.spelling:
        counts = Counter(title_counts)
        counts.update(itertools.chain.from_iterable(e.answer_key for e in entries))
        capitals = {key_words(m.group(1))[0] for e in entries for m in _CAPITALS.finditer(e.title)}
        spelling = spelling_fixes(title_counts, counts, capitals)
    plain = Rewrites(spelling, {}, {})
    first = [_subject(e, plain, options) for e in entries]
    compounds: dict[str, tuple[str, str]] = {}
    if options.compounds:
        compounds = compound_splits(itertools.chain.from_iterable(s.words for s in first))
        shortened = shortened_words([spelling.get(w, w) for w in e.title_key] for e in entries)
        plain = Rewrites(spelling, {}, compounds, shortened)
        first = [_subject(e, plain, options) for e in entries]
    if not options.abbreviations:
        return first
    found = abbreviation_expansions([e.title for e in entries], options.reviewed_abbreviations)
    if not found:
        return first
    # Title keys spell a short form as a singular word ("BGRS" -> "bgr").
    phrases = {key_words(short)[0]: readings for short, readings in found.items()}
    known = {_key(s) for s in first}
    result = []
    for entry, subject in zip(entries, first, strict=True):
        shorts = [
            w
            for w in entry.title_key
            if spelling.get(w, w) in phrases and (len(w) > 2 or _written_short(w, entry.title))
        ]
        if not shorts:
            result.append(subject)
            continue
        short = spelling.get(shorts[0], shorts[0])
        readings = [
            _subject(entry, replace(plain, abbreviations={short: phrase}), options)
            for phrase in phrases[short]
        ]
        matching = list({_key(r): r for r in readings if _key(r) in known}.values())
        if len(matching) == 1:
            result.append(matching[0])
        elif not matching and len(phrases[short]) == 1:
            result.append(readings[0])
        else:
            result.append(subject)
    return result


def subject_weights(subjects: Sequence[Subject]) -> dict[str, float]:
    """Inverse document frequency of each subject word: rare words weigh more."""
    df: Counter[str] = Counter()
    for subject in subjects:
        df.update(subject.words)
    n = len(subjects)
    return {w: math.log((1 + n) / (1 + c)) + 1.0 for w, c in df.items()}


def subject_similarity(a: frozenset[str], b: frozenset[str], weights: dict[str, float]) -> float:
    """Weighted Jaccard of two subjects: shared words' weight over all words' weight."""
    if not a or not b:
        return 0.0
    union = sum(weights.get(w, 1.0) for w in a | b)
    return sum(weights.get(w, 1.0) for w in a & b) / union if union else 0.0
