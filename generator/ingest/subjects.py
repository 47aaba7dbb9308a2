"""Each entry's ask and canonical subject, with the spelling learned from the entries themselves.

A subject is matched tolerantly by rewriting its words into one canonical spelling per
corpus, never by comparing every pair of titles:

- **spelling**: a rare title word one letter edit (insert, delete, replace, swap) from a
  word at least three times as common across titles and answers is read as that word
  ("convolutoinal" -> "convolutional"), the reading titles use most winning ("mage" is
  "image", not "make"). Candidates come from an index of one-letter deletions, so the
  cost grows with the vocabulary, not its square. A word that is another with a
  word-forming prefix ("asymmetric", "nonlinear") is never a misspelling;
- **abbreviations**: an all-capitals word in a title ("LSTM") may stand for any run of
  title words whose initials it spells ("long short-term memory"); it is read as the
  one that makes its title ask what another entry asks, and left alone when several do.
  The word list's reviewed short forms have one reading each;
- **shortened words**: "batch norm" is "batch normalization" when another title says so
  after the same word;
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
from dataclasses import dataclass, replace

from rapidfuzz.distance import OSA

from ..model import Entry
from .asks import (
    ASK_WORDS,
    DEFINE,
    STOP_WORDS,
    clause_ask,
    first_clause,
    key_words,
    subject_words,
)

MIN_TYPO_LENGTH = 4
MAX_TYPO_COUNT = 2
TYPO_RATIO = 3
RARE_RATIO = 50
MIN_COMPOUND_PART = 3
_CAPITALS = re.compile(r"\b([A-Z]{2,6})s?\b")


@dataclass(frozen=True)
class Subject:
    """What one entry asks about and how: canonical subject words, ask, rewrites applied."""

    ask: str
    words: frozenset[str]
    rewrites: tuple[str, ...] = ()
    unresolved: str | None = None
    """A short form with several readings left as written: such a subject never merges."""


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


_HYPHENATED = re.compile(r"([a-z0-9]+(?:['^][a-z0-9]+)*)(-(?=[a-z0-9]))?")


def _hyphenated_words(title: str) -> tuple[list[str], list[bool]]:
    """Lower-case words with hyphens as breaks, and whether each is hyphen-joined to the next."""
    pairs = _HYPHENATED.findall(title.lower())
    return [word for word, _ in pairs], [bool(hyphen) for _, hyphen in pairs]


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
    found: dict[str, Counter[str]] = {}
    if shorts:
        lengths = sorted({len(s) for s in shorts})
        firsts = {s[0] for s in shorts}
        for title in titles:
            words, joins = _hyphenated_words(title)
            initials = "".join(w[0] for w in words)
            for i in range(len(words)):
                if initials[i] not in firsts or (i and joins[i - 1]):
                    continue  # a run starts at a word, not inside "mini-batch"
                for size in lengths:
                    if i + size > len(words):
                        break
                    if initials[i : i + size] not in shorts or joins[i + size - 1]:
                        continue  # nor ends inside one
                    run = words[i : i + size]
                    if run[0] in STOP_WORDS or run[-1] in STOP_WORDS:
                        continue
                    text = "".join(w + ("-" if joins[i + k] else " ") for k, w in enumerate(run))
                    found.setdefault(initials[i : i + size], Counter())[text.strip()] += 1
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


def _field_phrases(fields: Sequence[str]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Each field phrase's words ("in", "neural", "network") and its core ("neural", "network")."""
    phrases = sorted({tuple(key_words(f)) for f in fields}, key=len, reverse=True)
    return [(p, tuple(w for w in p if w not in STOP_WORDS)) for p in phrases if p]


def _without_field(
    words: list[str], clause: str, fields: Sequence[tuple[tuple[str, ...], tuple[str, ...]]]
) -> list[str]:
    """``words`` without the field phrase ("in neural networks") that ends ``clause``.

    Title keys drop such phrases already; this catches one a spelling fix revealed
    ("in nbural networks").
    """
    clause_words = key_words(clause)
    for phrase, core in fields:
        if len(clause_words) > len(phrase) and tuple(clause_words[-len(phrase) :]) == phrase:
            if core and len(words) > len(core) and tuple(words[-len(core) :]) == core:
                return words[: -len(core)]
            break
    return words


@dataclass(frozen=True)
class _Draft:
    """An entry's ask, subject words in title order and rewrite notes, before corpus rewrites."""

    ask: str
    words: tuple[str, ...]
    notes: tuple[str, ...]


def _draft(
    entry: Entry,
    spelling: dict[str, str],
    fields: Sequence[tuple[tuple[str, ...], tuple[str, ...]]],
    options: SubjectOptions,
) -> _Draft:
    """Spelling fixed, first clause only, field phrases, ask, stop and ask words removed."""
    title = entry.title
    if spelling and any(w in spelling for w in entry.title_key):
        title = _corrected(title, spelling)
    clause = first_clause(title)
    words = list(entry.title_key)
    if len(clause) < len(title):
        # The same number of words of the title as written: title keys keep its spelling.
        written = " ".join(_TOKEN.findall(entry.title)[: len(_TOKEN.findall(clause))])
        in_clause = set(key_words(written))
        words = [w for w in words if w in in_clause]
    notes = []
    if spelling:
        for i, word in enumerate(words):
            fixed = spelling.get(word)
            if fixed:
                notes.append(f"{word} → {fixed} (spelling)")
                words[i] = fixed
    if notes and fields:
        words = _without_field(words, clause, fields)
    if not options.asks:
        return _Draft(DEFINE, tuple(dict.fromkeys(w for w in words if w not in STOP_WORDS)), ())
    shorts = {key_words(m.group(1))[0] for m in _CAPITALS.finditer(title)} if title else ()
    return _Draft(clause_ask(clause), subject_words(words, words, shorts), tuple(notes))


def _finish(
    words: Sequence[str],
    compounds: dict[str, tuple[str, str]],
    shortened: dict[tuple[str, str], str],
) -> tuple[list[str], list[str]]:
    """Shortened words read in full, compounds split; and a note per rewrite."""
    out: list[str] = []
    notes: list[str] = []
    for word in words:
        longer = shortened.get((out[-1], word)) if out else None
        if longer:
            notes.append(f"{out[-1]} {word} → {out[-1]} {longer} (shortened)")
            word = longer
        split = compounds.get(word)
        if split:
            notes.append(f"{word} → {' '.join(split)} (compound)")
            out.extend(split)
        else:
            out.append(word)
    return out, notes


def _written_short(word: str, title: str) -> bool:
    """Whether ``title`` writes ``word`` in capitals, as a short form ("AE", not "ae")."""
    return any(key_words(m.group(1))[0] == word for m in _CAPITALS.finditer(title))


def analyse_subjects(
    entries: Sequence[Entry], options: SubjectOptions | None = None
) -> list[Subject]:
    """The ask and canonical subject of every entry, rewrites learned from all of them.

    A short form is read as the phrase that makes its title ask what another entry asks
    (same ask and subject), when exactly one of its phrases does; as its only phrase when
    none does; else it is left alone.
    """
    options = options or SubjectOptions()
    title_counts = _title_counts(entries)
    spelling: dict[str, str] = {}
    if options.spelling:
        counts = Counter(title_counts)
        counts.update(itertools.chain.from_iterable(e.answer_key for e in entries))
        capitals = {key_words(m.group(1))[0] for e in entries for m in _CAPITALS.finditer(e.title)}
        spelling = spelling_fixes(title_counts, counts, capitals)
    fields = _field_phrases(options.field_phrases)
    drafts = [_draft(e, spelling, fields, options) for e in entries]
    compounds: dict[str, tuple[str, str]] = {}
    shortened: dict[tuple[str, str], str] = {}
    if options.compounds:
        compounds = compound_splits(itertools.chain.from_iterable(d.words for d in drafts))
        shortened = shortened_words(d.words for d in drafts)
    subjects = []
    for draft in drafts:
        words, notes = _finish(draft.words, compounds, shortened)
        subjects.append(Subject(draft.ask, frozenset(words), draft.notes + tuple(notes)))
    if not options.abbreviations:
        return subjects
    found = abbreviation_expansions([e.title for e in entries], options.reviewed_abbreviations)
    if not found:
        return subjects
    # Title keys spell a short form as a singular word ("BGRS" -> "bgr").
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for short, readings in found.items():
        phrases[key_words(short)[0]] = [
            tuple(_finish(subject_words(spelled, spelled), compounds, shortened)[0])
            for spelled in ([spelling.get(w, w) for w in r] for r in readings)
        ]
    known = {(s.ask, s.words) for s in subjects}
    for i, (entry, draft) in enumerate(zip(entries, drafts, strict=True)):
        shorts = [
            w
            for w in draft.words
            if w in phrases and (len(w) > 2 or _written_short(w, entry.title))
        ]
        if not shorts:
            continue
        short = shorts[0]
        rest = frozenset(subjects[i].words - {short})
        by_words = {rest | frozenset(phrase): phrase for phrase in phrases[short]}
        matching = [words for words in by_words if (draft.ask, words) in known]
        chosen = matching[0] if len(matching) == 1 else None
        if not matching and len(by_words) == 1:
            chosen = next(iter(by_words))
        if chosen is not None:
            note = f"{short} → {' '.join(by_words[chosen])} (abbreviation)"
            subjects[i] = Subject(draft.ask, chosen, (*subjects[i].rewrites, note))
        elif len(by_words) > 1:
            subjects[i] = replace(subjects[i], unresolved=short)
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
