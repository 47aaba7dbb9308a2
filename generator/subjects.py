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
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from .asks import DEFINE, STOP_WORDS, ask_of, first_clause, key_words, split_words, subject_words
from .model import Entry

MIN_TYPO_LENGTH = 4
MAX_TYPO_COUNT = 2
TYPO_RATIO = 3
MIN_ABBREVIATION = 2
MAX_ABBREVIATION = 6
ABBREVIATION_MARGIN = 2
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


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _only_at_ends(a: str, b: str) -> bool:
    """One word is the other with letters added at its start or end ("symmetric")."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short) or long.endswith(short)


def spelling_fixes(candidates: Iterable[str], counts: Counter[str]) -> dict[str, str]:
    """Rare words in ``candidates`` mapped to the common word one letter edit away.

    ``counts`` are word counts over titles and answers. A word is a misspelling when it
    occurs at most ``MAX_TYPO_COUNT`` times, is at least ``MIN_TYPO_LENGTH`` letters long,
    and exactly one word one edit away is at least ``TYPO_RATIO`` times as common (two
    equally common readings leave it alone).
    """
    rare = sorted(
        w
        for w in set(candidates)
        if len(w) >= MIN_TYPO_LENGTH and counts[w] <= MAX_TYPO_COUNT and w.isalpha()
    )
    if not rare:
        return {}
    floor = TYPO_RATIO
    common = [w for w, c in counts.items() if c >= floor and len(w) >= MIN_TYPO_LENGTH - 1]
    index: dict[str, list[str]] = {}
    for word in common:
        index.setdefault(word, []).append(word)
        for key in _deletions(word):
            index.setdefault(key, []).append(word)
    fixes: dict[str, str] = {}
    for word in rare:
        found = set(index.get(word, ()))
        for key in _deletions(word) | {word}:
            found.update(index.get(key, ()))
        options = [
            c
            for c in found
            if c != word
            and counts[c] >= TYPO_RATIO * counts[word]
            and not _only_at_ends(word, c)
            and OSA.distance(word, c) == 1
        ]
        if not options:
            continue
        options.sort(key=lambda c: (-counts[c], c))
        if len(options) > 1 and counts[options[1]] * 2 > counts[options[0]]:
            continue  # two plausible readings
        fixes[word] = options[0]
    return fixes


def abbreviation_expansions(
    titles: Sequence[str], reviewed: Sequence[tuple[str, str]] = ()
) -> dict[str, tuple[str, ...]]:
    """Short forms found in titles mapped to the key words of the phrase they abbreviate.

    A short form is an all-capitals word of 2-6 letters ("SGD", "LSTMs"). Its phrase is a
    run of title words (hyphens split words) whose initials spell it and that contains no
    stop word; the most common such run wins if it occurs at least twice as often as the
    next. Reviewed short forms (``short: long``) win over found ones.
    """
    shorts = {m.group(1).lower() for t in titles for m in _CAPITALS.finditer(t)}
    found: dict[str, Counter[tuple[str, ...]]] = {}
    if shorts:
        lengths = sorted({len(s) for s in shorts})
        firsts = {s[0] for s in shorts}
        for title in titles:
            words = split_words(title)
            for i, first in enumerate(words):
                if first[0] not in firsts:
                    continue
                for size in lengths:
                    run = words[i : i + size]
                    if len(run) < size:
                        break
                    initials = "".join(w[0] for w in run)
                    if initials in shorts and not any(w in STOP_WORDS for w in run):
                        found.setdefault(initials, Counter())[tuple(run)] += 1
    result: dict[str, tuple[str, ...]] = {}
    for short, runs in found.items():
        (best, best_count), *rest = sorted(runs.items(), key=lambda kv: (-kv[1], kv[0]))
        if rest and rest[0][1] * ABBREVIATION_MARGIN > best_count:
            continue
        if len(best) == 1:
            continue
        result[short] = tuple(key_words(" ".join(best)))
    for short, long in reviewed:
        words = key_words(long)
        if len(key_words(short)) == 1 and words and key_words(short) != words:
            result[key_words(short)[0]] = tuple(words)
    return result


def compound_splits(vocabulary: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Glued words that are two other subject words ("precisionrecall"), split in two."""
    words = set(vocabulary)
    splits: dict[str, tuple[str, str]] = {}
    for word in sorted(words):
        for cut in range(MIN_COMPOUND_PART, len(word) - MIN_COMPOUND_PART + 1):
            left, right = word[:cut], word[cut:]
            if left in words and right in words:
                splits[word] = (left, right)
                break
    return splits


@dataclass(frozen=True)
class Rewrites:
    """The corpus-wide rewrites: spelling fixes, abbreviations, compound splits."""

    spelling: dict[str, str]
    abbreviations: dict[str, tuple[str, ...]]
    compounds: dict[str, tuple[str, str]]

    def apply(self, words: Sequence[str]) -> tuple[list[str], list[str]]:
        """``words`` rewritten, and a note per rewrite ("atention -> attention (spelling)")."""
        out: list[str] = []
        notes: list[str] = []
        for word in words:
            fixed = self.spelling.get(word, word)
            if fixed != word:
                notes.append(f"{word} → {fixed} (spelling)")
            expanded = self.abbreviations.get(fixed)
            if expanded:
                notes.append(f"{fixed} → {' '.join(expanded)} (abbreviation)")
                parts: Iterable[str] = expanded
            else:
                parts = (fixed,)
            for part in parts:
                split = self.compounds.get(part)
                if split:
                    notes.append(f"{part} → {' '.join(split)} (compound)")
                    out.extend(split)
                else:
                    out.append(part)
        return out, notes


def _title_counts(entries: Sequence[Entry]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for entry in entries:
        counts.update(key_words(entry.title))
    return counts


def analyse_subjects(
    entries: Sequence[Entry], options: SubjectOptions | None = None
) -> list[Subject]:
    """The ask and canonical subject of every entry, rewrites learned from all of them."""
    options = options or SubjectOptions()
    title_counts = _title_counts(entries)
    spelling: dict[str, str] = {}
    if options.spelling:
        counts = Counter(title_counts)
        counts.update(itertools.chain.from_iterable(e.answer_key for e in entries))
        spelling = spelling_fixes(title_counts, counts)
    abbreviations: dict[str, tuple[str, ...]] = {}
    if options.abbreviations:
        abbreviations = abbreviation_expansions(
            [e.title for e in entries], options.reviewed_abbreviations
        )
    rewrites = Rewrites(spelling, abbreviations, {})
    raw: list[tuple[str, list[str], list[str]]] = []
    vocabulary: set[str] = set()
    for entry in entries:
        clause = first_clause(entry.title)
        clause_words = key_words(clause)
        fixed_clause, _ = rewrites.apply(clause_words)
        in_clause = [w for w in entry.title_key if w in set(clause_words)]
        words, notes = rewrites.apply(in_clause)
        ask = DEFINE
        if options.asks:
            text = clause.lower() if not notes else " ".join(fixed_clause)
            ask = ask_of(text)
        subject = subject_words(words, fixed_clause + words)
        if not options.asks:
            subject = tuple(dict.fromkeys(w for w in words if w not in STOP_WORDS))
        vocabulary.update(subject)
        raw.append((ask, list(subject), notes))
    compounds = compound_splits(vocabulary) if options.compounds else {}
    subjects = []
    for ask, words, notes in raw:
        final: list[str] = []
        for word in words:
            split = compounds.get(word)
            if split:
                notes = [*notes, f"{word} → {' '.join(split)} (compound)"]
                final.extend(split)
            else:
                final.append(word)
        subjects.append(Subject(ask, frozenset(final), tuple(notes)))
    return subjects


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
