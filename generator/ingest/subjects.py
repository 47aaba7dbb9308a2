"""Each entry's ask and canonical subject, with the spelling learned from the entries themselves.

A subject is matched tolerantly by rewriting its words into one canonical spelling per
corpus, never by comparing every pair of titles (the tables of rewrites are learned in
:mod:`generator.ingest.rewrites`; this module applies them):

- **spelling**: a rare title word one letter edit (insert, delete, replace, swap) from a
  word at least three times as common across titles and answers is read as that word
  ("convolutoinal" -> "convolutional"), the reading titles use most winning ("mage" is
  "image", not "make"). Candidates come from an index of one-letter deletions, so the
  cost grows with the vocabulary, not its square. A word that is another with a
  word-forming prefix ("asymmetric", "nonlinear") is never a misspelling;
- **abbreviations**: an all-capitals word in a title ("LSTM") may stand for any run of
  title words whose initials it spells ("long short-term memory"); it is read as the
  one that makes its title ask what another entry asks, or, when several do (or none
  does, and others ask about one or several otherwise), as the one whose askers' answers
  agree clearly best with its own; else it is left alone. A short form no title spells
  out is read as the run of its answer's words whose initials it writes, perhaps with
  one slip, when that gives a subject another entry asks about.
  The word list's reviewed short forms have one reading each;
- **shortened words**: "batch norm" is "batch normalization" when another title says so
  after the same word;
- **compounds**: a glued word made of two subject words ("precisionrecall", from
  "precision-recall") is read as those two words;
- **glued function words**: a title word that no answer uses and that is a function
  word glued to a word the answers use ("OfMasked", where a scraped heading lost its
  space) is read as the two words;
- **singular and plural, word order**: title keys are already singular, and a subject is
  a set of words;
- **preambles**: an opening sentence that several titles share, each naming a subject
  of its own after it, is read past.

Each rewrite is kept as evidence for the review report.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import NamedTuple

import numpy as np
from rapidfuzz.distance import OSA
from scipy import sparse

from ..model import Entry
from .asks import (
    ASK_WORDS,
    ASKS,
    DEFINE,
    LEADING_PHRASE,
    STOP_WORDS,
    clash_group,
    clause_ask,
    cue_ask,
    first_clause,
    key_words,
    numbering_end,
    sentence_starts,
    statement_lead,
    subject_words,
)
from .normalize import written_short_forms
from .parallel import Pending, in_background, process_map
from .phrasings import answer_agreement, apply_phrasings, learn_phrasings
from .rewrites import (
    Slips,
    abbreviation_expansions,
    adjacent_words,
    answer_initials,
    compound_splits,
    glued_function_words,
    misread_short_forms,
    shortened_words,
    spelled_out,
    spelling_fixes,
)
from .templates import template_asks


@dataclass(frozen=True)
class Subject:
    """What one entry asks about and how: canonical subject words, ask, rewrites applied."""

    ask: str
    words: frozenset[str]
    rewrites: tuple[str, ...] = ()
    unresolved: str | None = None
    """A short form with several readings left as written: such a subject never merges."""
    order: tuple[str, ...] = ()
    """The subject words in title order (rewrites applied), for learning phrasings."""
    lead: int = 0
    """How many of ``order``'s first words come from a leading phrase ("For X, ...")."""
    cue_ask: str = ""
    """The ask the cue lists name in the title, before any learned phrasing; ``""`` when
    they name none (see :func:`generator.ingest.asks.cue_ask`)."""
    follow_up: str = ""
    """The ask the cue lists name in the title's follow-up question ("How does it work?"
    after "What is X?"); :data:`UNKNOWN_FOLLOW_UP` when they name none ("What is X and
    what to do with it?"); ``""`` when the title has no follow-up."""
    wording: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    """The words of the title's first clause (without a leading phrase: "For image
    classification, ...") and of the rest: how it is worded around its subject, for
    learning how a collection's templates ask (:mod:`generator.ingest.templates`)."""


@dataclass(frozen=True)
class SubjectOptions:
    """Which tolerances to apply (all on by default; switched off to measure each)."""

    spelling: bool = True
    abbreviations: bool = True
    compounds: bool = True
    asks: bool = True
    learned: bool = True
    """Phrasings learned from the corpus (:mod:`generator.ingest.phrasings`)."""
    templates: bool = True
    """Templates the cue lists misread, filed as the answers say
    (:mod:`generator.ingest.templates`)."""
    reviewed_abbreviations: tuple[tuple[str, str], ...] = ()
    field_phrases: tuple[str, ...] = ()
    """Phrases naming the field ("in deep learning"), dropped when a fix reveals one."""


_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['^-][A-Za-z0-9]+)*")


def _corrected(title: str, spelling: dict[str, str]) -> str:
    """``title`` with each misspelt word replaced by its reading (word count unchanged)."""

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        keys = key_words(word)
        return spelling.get(keys[0], word) if len(keys) == 1 else word

    return _TOKEN.sub(fix, title)


def _unglued(entry: Entry, glued: Mapping[str, str]) -> tuple[Entry, list[str]]:
    """``entry`` with its title's glued words written apart (:func:`.glued_function_words`;
    "Pros OfMasked" -> "Pros Of Masked"), in its title and its title key alike; and a note
    per word. A hyphenated word is left whole ("on-policy")."""
    notes: list[str] = []
    split: set[str] = set()

    def apart(match: re.Match[str]) -> str:
        token = match.group(0)
        keys = key_words(token)
        if "-" in token or "'" in token or len(keys) != 1 or keys[0] not in glued:
            return token
        cut = len(keys[0]) - len(glued[keys[0]])
        split.add(keys[0])
        notes.append(f"{keys[0]} → {keys[0][:cut]} {glued[keys[0]]} (glued)")
        return f"{token[:cut]} {token[cut:]}"

    title = _TOKEN.sub(apart, entry.title)
    if not split:
        return entry, notes
    key = tuple(
        part
        for word in entry.title_key
        for part in (
            (word[: len(word) - len(glued[word])], glued[word]) if word in split else (word,)
        )
    )
    return replace(entry, title=title, title_key=key), notes


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
    lead: int = 0
    cue: str = ""
    follow_up: str = ""
    wording: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())


def _draft(
    entry: Entry,
    spelling: dict[str, str],
    fields: Sequence[tuple[tuple[str, ...], tuple[str, ...]]],
    options: SubjectOptions,
    title_counts: Counter[str] | None = None,
    undecided: Mapping[str, tuple[str, ...]] | None = None,
    shared_opening: bool = False,
    glued: Mapping[str, str] | None = None,
) -> _Draft:
    """Glued words written apart, spelling fixed, first clause only, field phrases, ask,
    stop and ask words removed.

    A slip with several readings (``undecided``) is read as the one the entry's answer
    uses, when it uses exactly one.

    A title that opens with a sentence asking nothing ("I get the idea but not the
    mechanism. What does X do?") is read from its question when the answer uses more of
    that reading's subject words: the opening sentence may also be where the subject is
    ("Critique X. What are its weaknesses?"); when it asks nothing and the question
    names nothing the answer uses but points back to it, the question asks about it
    ("Dropout. How does it work?"). A context the title opens with ("For
    speech, I learn from cases. Any examples of X?") belongs to the question. When the
    answer uses as many words of both, the reading whose words are rarer in all titles
    (``title_counts``; by summed inverse frequency) wins: the words of how people ask
    ("get", "not") recur in every title asked that way. A reading the answer barely
    names is looked for in the title's other sentences (:func:`_subject_elsewhere`), as
    is every reading of a ``shared_opening`` (:func:`_past_shared_openings`).
    """
    glue_notes: list[str] = []
    if glued and any(w in glued for w in entry.title_key):
        entry, glue_notes = _unglued(entry, glued)
    title = entry.title
    if undecided and (chosen := _readings_answered(entry, undecided)):
        spelling = {w: spelling[w] for w in key_words(title) if w in spelling} | chosen
    if spelling and any(w in spelling for w in entry.title_key):
        shorts = misread_short_forms(entry.title_key, entry.answer_key, spelling)
        if shorts:  # this title's fixes only: a copy of the whole table would cost more
            spelling = {
                w: spelling[w] for w in key_words(title) if w in spelling and w not in shorts
            }
        title = _corrected(title, spelling)
    label = numbering_end(title)  # "12. What is X?": the label is no part of the subject
    draft = _draft_from(entry, title, label, spelling, fields, options)
    skip = statement_lead(title) if options.asks else 0
    used = set(entry.answer_key)
    if skip:
        context = LEADING_PHRASE.match(title)
        kept = context.end() if context and context.end() <= skip else 0
        later = _draft_from(entry, title, skip, spelling, fields, options, kept)
        gain = _used(later, used) - _used(draft, used)
        if gain > 0 or (
            gain == 0
            and title_counts
            and _rarity(later, title_counts) > _rarity(draft, title_counts)
        ):
            draft = later
        elif (
            not draft.cue
            and later.cue not in ("", DEFINE)  # "What is going on in it?" is no definition
            and not _used(later, used)
            and _BACK_REFERENCE.search(title, skip)
        ):
            # "Dropout. How does it work?": the question asks about the sentence before it
            draft = replace(draft, ask=later.ask, cue=later.cue)
    if options.asks and (shared_opening or _named(draft, used) <= MIN_NAMED):
        draft = _subject_elsewhere(
            entry, title, draft, used, spelling, fields, options, shared_opening
        )
    return replace(draft, notes=(*glue_notes, *draft.notes)) if glue_notes else draft


def _readings_answered(entry: Entry, undecided: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    """The title's slips of several readings whose entry's answer uses exactly one."""
    chosen = {}
    for word in entry.title_key:
        if word in undecided:
            used = [r for r in undecided[word] if r in entry.answer_key]
            if len(used) == 1:
                chosen[word] = used[0]
    return chosen


_CLAUSE_MARKS = " ?.!,;:"
"""The marks and spaces between a first clause and what follows it."""

_BACK_REFERENCE = re.compile(r"\b(?:it|its|this|these|they|them|their|those)\b", re.IGNORECASE)
"""A word by which a question points back to what the sentence before it names."""
MIN_NAMED = 0.5
"""A reading whose answer uses this share of its words or less is looked for elsewhere
(:func:`_subject_elsewhere`): an answer about X may say "residual" by chance, and then
names half of "observed residuals", the first clause of "What are the observed
residuals and what are X?"."""


def _used(draft: _Draft, used: set[str]) -> int:
    """How many of a draft's words its answer uses."""
    return sum(w in used for w in draft.words)


def _named(draft: _Draft, used: set[str]) -> float:
    """The share of a draft's words its answer uses, leaving out the leading phrase's
    ("For edge devices, what are the residuals and what is X?": the answer about X for
    edge devices uses "edge" and "devices" whatever the clause is about)."""
    words = draft.words[draft.lead :] or draft.words
    return sum(w in used for w in words) / len(words) if words else 0.0


def _subject_elsewhere(
    entry: Entry,
    title: str,
    draft: _Draft,
    used: set[str],
    spelling: dict[str, str],
    fields: Sequence[tuple[tuple[str, ...], tuple[str, ...]]],
    options: SubjectOptions,
    shared_opening: bool = False,
) -> _Draft:
    """The subject of a long title from the sentence, or the follow-up clause, whose
    words the answer uses most ("Long-time listener. My manager keeps saying X in
    standups. Could you spell out what that term denotes?"; "I know what it is meant to
    do, but mechanically, what happens during X?"), with the ask of the first clause;
    ``draft`` when none has at least two more words the answer uses. The words of a
    ``shared_opening`` count for nothing, but the answer must use as large a share of
    the other reading's words."""
    lead_words = draft.words[: draft.lead]
    best, best_used = draft, sum(w in used for w in draft.words[draft.lead :])
    share = _named(draft, used)
    if shared_opening:
        best_used = 0
    # "I know what it is for, but how does X work?"; "The future of AI; why we need X"
    # (read from past the mark that ends the first clause)
    follow_up = len(first_clause(title))
    follow_up += len(title[follow_up:]) - len(title[follow_up:].lstrip(_CLAUSE_MARKS))
    starts = sentence_starts(title)
    if 0 < follow_up < len(title) and follow_up not in starts:
        starts = sorted((*starts, follow_up))
    for start in starts:
        other = _draft_from(entry, title, start, spelling, fields, options)
        count = _used(other, used)
        if count >= best_used + 2 and (not shared_opening or _named(other, used) >= share):
            best, best_used = other, count
    if best is draft:
        return draft
    # the leading phrase still sets the scene of the question read elsewhere
    words = tuple(dict.fromkeys((*lead_words, *best.words)))
    return replace(draft, words=words, notes=best.notes, lead=len(lead_words) or best.lead)


MIN_SHARED_OPENING = 3
"""Titles that must open with one reading, and name that many different subjects after
it, for the opening to be read as a preamble."""


def _past_shared_openings(
    entries: Sequence[Entry], drafts: Sequence[_Draft], past_opening: Callable[[Entry], _Draft]
) -> list[_Draft]:
    """Drafts read past an opening that titles share when each goes on to name a subject
    of its own ("New tools should make life easier, right? Not always. X is a case in
    point."): a collection that opens many questions alike is writing a preamble.

    Titles of more than one sentence that read the same words are read again with the
    opening's words counting for nothing (``past_opening``); when they then name at
    least ``MIN_SHARED_OPENING`` different subjects, those that moved keep their new
    reading. A leading phrase ("For speech, ...") is no part of the opening. Repeats of
    one question that all add the same second sentence name one subject there, and
    stay as read.
    """
    groups: dict[frozenset[str], list[int]] = {}
    for i, draft in enumerate(drafts):
        # the opening without its leading phrase ("For edge devices, ...")
        if opening := draft.words[draft.lead :]:
            groups.setdefault(frozenset(opening), []).append(i)
    shared = [
        longer
        for group in groups.values()
        if len(group) >= MIN_SHARED_OPENING
        and len(longer := [i for i in group if sentence_starts(entries[i].title)])
        >= MIN_SHARED_OPENING
    ]
    if not shared:
        return list(drafts)
    candidates = [i for group in shared for i in group]
    read_again = process_map(past_opening, [entries[i] for i in candidates])
    again = dict(zip(candidates, read_again, strict=True))
    out = list(drafts)
    for group in shared:
        moved = [i for i in group if again[i].words != drafts[i].words]
        if len({frozenset(again[i].words) for i in moved}) >= MIN_SHARED_OPENING:
            note = f"read past an opening {len(group)} titles share"
            for i in moved:
                out[i] = replace(again[i], notes=(*again[i].notes, note))
    return out


def _rarity(draft: _Draft, title_counts: Counter[str]) -> float:
    """Summed inverse frequency of a draft's words in all titles (counts by title key)."""
    total = title_counts.total() + 1
    return sum(math.log(total / (1 + title_counts[w])) for w in draft.words)


def _draft_from(
    entry: Entry,
    title: str,
    skip: int,
    spelling: dict[str, str],
    fields: Sequence[tuple[tuple[str, ...], tuple[str, ...]]],
    options: SubjectOptions,
    context: int = 0,
) -> _Draft:
    """:func:`_draft` of ``title`` (spelling fixed) read from character ``skip`` on, after
    its first ``context`` characters (a leading phrase) when given."""
    rest = title[skip:]
    clause = first_clause(rest)
    after = rest[len(clause) :].lstrip(_CLAUSE_MARKS)
    words = list(entry.title_key)
    if skip or len(clause) < len(rest):
        # The same words of the title as written: title keys keep its spelling.
        tokens = _TOKEN.findall(entry.title)
        before = len(_TOKEN.findall(title[:skip]))
        head = tokens[: len(_TOKEN.findall(title[:context]))]
        written = " ".join(head + tokens[before : before + len(_TOKEN.findall(clause))])
        in_clause = set(key_words(written))
        clause = title[:context] + clause
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
    read = title[:context] + rest
    shorts = {key_words(w)[0] for w in written_short_forms(read)} if read else ()
    subject = subject_words(words, words, shorts)
    leading = LEADING_PHRASE.match(clause)
    lead = 0
    if leading:
        in_lead = set(key_words(leading.group(0)))
        while lead < len(subject) and subject[lead] in in_lead:
            lead += 1
    ask = clause_ask(clause)
    cue = cue_ask(clause, ask)
    follow_up = (cue_ask(first_clause(after)) or UNKNOWN_FOLLOW_UP) if after.strip() else ""
    if (cue == DEFINE and follow_up in FOLLOW_UPS_ASKED) or (cue == "cause" and follow_up == "fix"):
        # "What is X, and how can it be avoided?", "What causes X? How do you mitigate it?"
        # ask how to fix X
        ask = cue = follow_up
        notes.append(f"asks {ask}: its follow-up")
    wording = (tuple(key_words(clause[leading.end() if leading else 0 :])), tuple(key_words(after)))
    return _Draft(ask, subject, tuple(notes), lead, cue, follow_up, wording)


FOLLOW_UPS_ASKED = frozenset(("fix", "when-to-use", "how-it-works"))
"""Asks that a title asks when they follow "What is X?" ("What is X? How does it work?",
"What is X and how to avoid it?", "What is X and when should I use it?"): collections
file such a title under its second question, and so they file "What causes X? How do
you mitigate it?" under how to fix X. Other follow-ups may only ride along ("Give
an example.", "Why does it matter?"); the answers decide those (:func:`_follow_up_asks`)."""


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
    return any(key_words(w)[0] == word for w in written_short_forms(title))


def analyse_subjects(
    entries: Sequence[Entry],
    options: SubjectOptions | None = None,
    answers: tuple[sparse.csr_matrix, dict[str, int]]
    | Pending[tuple[sparse.csr_matrix, dict[str, int]]]
    | None = None,
) -> list[Subject]:
    """The ask and canonical subject of every entry, rewrites learned from all of them.

    Read by :func:`_read_subjects`; with ``answers``, a title that asks a second thing
    after its first question asks that instead when its answer says so
    (:func:`_follow_up_asks`): once before phrasings are learned, so that they learn
    from the asks answers settled, and once at the end, when short forms read in full
    give more titles the same subject.
    """
    options = options or SubjectOptions()
    subjects = _read_subjects(entries, options, answers)
    if isinstance(answers, Pending):
        answers = answers.result()
    if answers is None or not options.asks:
        return subjects
    subjects = _follow_up_asks(subjects, *answers)
    return template_asks(subjects, *answers) if options.templates else subjects


def _follow_up_asks(
    subjects: list[Subject],
    answers: sparse.csr_matrix,
    columns: dict[str, int],
) -> list[Subject]:
    """Subjects whose title's follow-up is the real question, asked as it.

    "What is X? How does it work?" is read by its first question, a definition; but the
    follow-up may be what it asks. The follow-up may ask what its cues name, or an ask
    close to it (:data:`~generator.ingest.asks.CLOSE_ASKS`: "What is X and why would you
    want to use it?" is filed under what X is for as often as under its advantages);
    after "What is X?", a follow-up no cue names ("... and what to do with it?") may ask
    anything else. When other entries ask one of those of the same subject, and the
    entry's answer agrees with one of theirs (without the subject's words,
    :func:`~generator.ingest.phrasings.answer_agreement`) at least
    ``FOLLOW_UP_AGREEMENT`` and by ``READING_MARGIN`` more than with any entry asking the
    first question, the entry asks that (the best agreeing, when several pass). A
    follow-up that only rides along ("Give an example.", "Keep it short.") leaves the
    answer about the first question, so it stays."""
    known = _askers(subjects)
    asked: dict[frozenset[str], set[str]] = {}
    for ask, words in known:
        asked.setdefault(words, set()).add(ask)
    close = {a: [b for b in ASKS if clash_group(b) == clash_group(a)] for a in ASKS}
    left: list[int] = []
    right: list[int] = []
    pair_cores: list[int] = []
    side: list[bool] = []
    asking: list[tuple[int, str]] = []
    for i, subject in enumerate(subjects):
        if not subject.follow_up or subject.unresolved is not None:
            continue
        if subject.follow_up != UNKNOWN_FOLLOW_UP:
            readings = close[subject.follow_up]
        elif subject.cue_ask == DEFINE:
            readings = sorted(asked.get(subject.words, set()) - {DEFINE})
        else:
            continue  # "How does X work, and why does it matter?" asks how X works
        readings = [a for a in readings if a != subject.ask and (a, subject.words) in known]
        if not readings:
            continue
        # only plain askers of the first question: others with a follow-up may be
        # what this entry is, misread the same way
        same = [
            k
            for k in known.get((subject.ask, subject.words), ())
            if k != i
            and subjects[k].follow_up in ("", UNKNOWN_FOLLOW_UP)
            and subjects[k].cue_ask == subject.ask
        ]
        for ask in readings:
            for members, follows in ((same, False), (known[ask, subject.words], True)):
                left.extend([i] * len(members))
                right.extend(members)
                pair_cores.extend([len(asking)] * len(members))
                side.extend([follows] * len(members))
            asking.append((i, ask))
    if not asking:
        return subjects
    agreement = answer_agreement(
        answers,
        columns,
        np.array(left, dtype=np.int64),
        np.array(right, dtype=np.int64),
        np.array(pair_cores, dtype=np.int64),
        [subjects[i].words for i, _ in asking],
    )
    best = np.zeros((len(asking), 2))
    np.maximum.at(best, (np.array(pair_cores), np.array(side, dtype=np.int64)), agreement)
    chosen: dict[int, tuple[float, str]] = {}
    for (i, ask), (first_score, follow_score) in zip(asking, best.tolist(), strict=True):
        passes = (
            follow_score >= FOLLOW_UP_AGREEMENT and follow_score - first_score >= READING_MARGIN
        )
        if passes and follow_score > chosen.get(i, (-1.0, ""))[0]:
            chosen[i] = (follow_score, ask)
    subjects = list(subjects)
    for i, (follow_score, ask) in chosen.items():
        old = subjects[i]
        note = f"asks {ask}: its follow-up (answers agree {follow_score:.2f})"
        subjects[i] = replace(old, ask=ask, cue_ask=ask, rewrites=(*old.rewrites, note))
    return subjects


def _askers(subjects: Sequence[Subject]) -> dict[tuple[str, frozenset[str]], list[int]]:
    """The entries (indices) asking each (ask, subject words)."""
    known: dict[tuple[str, frozenset[str]], list[int]] = {}
    for k, subject in enumerate(subjects):
        known.setdefault((subject.ask, subject.words), []).append(k)
    return known


UNKNOWN_FOLLOW_UP = "?"
"""The follow-up ask of a title whose follow-up names no ask the cue lists know."""

FOLLOW_UP_AGREEMENT = 0.5
"""How far an answer must agree with another asking its title's follow-up, without the
subject's words (the line answer confirmation uses for repeats)."""


def _read_subjects(
    entries: Sequence[Entry],
    options: SubjectOptions,
    answers: tuple[sparse.csr_matrix, dict[str, int]]
    | Pending[tuple[sparse.csr_matrix, dict[str, int]]]
    | None = None,
) -> list[Subject]:
    """The ask and canonical subject of every entry, from its first question.

    With ``answers`` (TF-IDF rows and their columns, or their :class:`Pending`
    computation), phrasings are learned from the
    corpus (:mod:`generator.ingest.phrasings`). A short form is then read among the
    phrases of the capitals its title writes (:func:`_as_written`): as the phrase its
    answer spells out; else as the one that makes its title ask what another entry asks
    (same ask and subject), when exactly one does; when several do, or none does and
    other entries ask about one or several otherwise, as the one whose askers' answers
    agree clearly best with its own (:func:`_closest_readings`); as its only phrase when
    it has one and is written in capitals; else it is left alone. A rare word in lower
    case ("npgc") is read as a short form only when exactly one of its phrases gives a
    question that exists. A short form with no phrase is read by its answer, slips and
    all (:func:`_misspelled_short`, :func:`_short_said_near`). Titles that share an
    opening and go on to name subjects of their own are read past it
    (:func:`_past_shared_openings`).
    """
    title_keys = [key_words(e.title) for e in entries]
    title_counts = Counter(itertools.chain.from_iterable(title_keys))
    counts = Counter(title_counts)
    counts.update(itertools.chain.from_iterable(e.answer_key for e in entries))
    capitals = {key_words(w)[0] for e in entries for w in written_short_forms(e.title)}
    slips = Slips({})
    if options.spelling:
        slips = spelling_fixes(title_counts, counts, capitals, adjacent_words(title_keys))
    spelling = slips.fixes
    glued: dict[str, str] = {}
    if options.spelling:
        glued = glued_function_words(title_counts, counts, {*spelling, *slips.undecided})
    fields = _field_phrases(options.field_phrases)
    read_draft = partial(
        _draft,
        spelling=spelling,
        undecided=slips.undecided,
        fields=fields,
        options=options,
        title_counts=title_counts,
        glued=glued,
    )
    drafts = process_map(read_draft, entries)
    # short forms need no subject: found in a child while the subjects are finished here
    short_forms = (
        in_background(
            partial(
                _short_forms, entries, counts, spelling, capitals, options.reviewed_abbreviations
            ),
            len(entries),
        )
        if options.abbreviations
        else None
    )
    if options.asks:
        drafts = _past_shared_openings(entries, drafts, partial(read_draft, shared_opening=True))
    compounds: dict[str, tuple[str, str]] = {}
    shortened: dict[tuple[str, str], str] = {}
    if options.compounds:
        compounds = compound_splits(itertools.chain.from_iterable(d.words for d in drafts))
        shortened = shortened_words(d.words for d in drafts)
    subjects = []
    for draft in drafts:
        words, notes = _finish(draft.words, compounds, shortened)
        lead = len(_finish(draft.words[: draft.lead], compounds, shortened)[0])
        subjects.append(
            Subject(
                draft.ask,
                frozenset(words),
                draft.notes + tuple(notes),
                order=tuple(dict.fromkeys(words)),
                lead=lead,
                cue_ask=draft.cue,
                follow_up=draft.follow_up,
                wording=draft.wording,
            )
        )
    if isinstance(answers, Pending):  # being computed meanwhile; needed from here on
        answers = answers.result()
    if options.learned and answers is not None:
        if options.asks:
            subjects = _follow_up_asks(subjects, *answers)
        subjects = apply_phrasings(subjects, learn_phrasings(subjects, *answers))
    if short_forms is None:
        return subjects
    lower, found = short_forms.result()
    if not found:
        return subjects
    # Title keys spell a short form as a singular word ("BGRS" -> "bgr"), so "BGR" and
    # "BGRS" share a key; each keeps its own readings, as written.
    spelled: dict[str, dict[str, list[tuple[str, ...]]]] = {}
    for short, readings in found.items():
        # a run of ask and stop words ("what does" for "WD") reads as nothing: no reading
        # once each: two spellings of one phrase ("sftmax", "softmax") are one reading
        read = list(
            dict.fromkeys(
                phrase
                for spelled in ([spelling.get(w, w) for w in r] for r in readings)
                if (
                    phrase := tuple(
                        _finish(subject_words(spelled, spelled), compounds, shortened)[0]
                    )
                )
            )
        )
        if read:
            spelled.setdefault(key_words(short)[0], {})[short] = read
    phrases = {
        key: list(dict.fromkeys(itertools.chain.from_iterable(forms.values())))
        for key, forms in spelled.items()
    }
    known = _askers(subjects)
    asked: dict[frozenset[str], list[int]] = {}
    for k, subject in enumerate(subjects):
        asked.setdefault(subject.words, []).append(k)
    decided: list[
        tuple[int, str, dict[frozenset[str], tuple[str, ...]], frozenset[str] | None, str]
    ] = []
    undecided: list[_Undecided] = []
    for i, entry in enumerate(entries):
        shorts = [
            w
            for w in subjects[i].order
            if w in phrases and (len(w) > 2 or w in lower or _written_short(w, entry.title))
        ]
        if not shorts:
            written = _written_in_capitals(entry.title)
            slip = _misspelled_short(entry, subjects[i], written, phrases, lower, known)
            if slip is None and written:
                slip = _short_said_near(
                    entry, subjects[i], written, phrases, asked, spelling, compounds, shortened
                )
            if slip is not None:
                decided.append((i, *slip))
            continue
        short = shorts[0]
        in_capitals = _written_short(short, entry.title) or short not in lower
        rest = frozenset(subjects[i].words - {short})
        meant = _as_written(spelled[short], entry.title)
        by_words = {rest | frozenset(phrase): phrase for phrase in meant}
        matching = [words for words in by_words if (subjects[i].ask, words) in known]
        own = _answer_reading(short, meant, entry.answer_key) if len(by_words) > 1 else None
        if own is not None:
            decided.append((i, short, by_words, rest | frozenset(own), SPELLED_BY_ANSWER))
        elif len(matching) > 1 and answers is not None:
            askers = [known[subjects[i].ask, words] for words in matching]
            undecided.append(
                _Undecided(i, short, by_words, matching, askers, "abbreviation", in_capitals)
            )
        elif len(matching) == 1:
            decided.append((i, short, by_words, matching[0], "abbreviation"))
        elif not matching and len(by_words) == 1 and in_capitals:
            decided.append((i, short, by_words, next(iter(by_words)), "abbreviation"))
        elif len(by_words) > 1 and in_capitals:
            # no reading is asked this way: the readings other entries ask about otherwise
            others = [words for words in by_words if words in asked]
            if others and answers is not None:
                askers = [asked[words] for words in others]
                undecided.append(
                    _Undecided(i, short, by_words, others, askers, ASKED_OTHERWISE, True)
                )
            else:
                decided.append((i, short, by_words, None, "abbreviation"))
    if undecided and answers is not None:
        closest = _closest_readings(
            [u.entry for u in undecided], [u.askers for u in undecided], answers[0]
        )
        for u, best in zip(undecided, closest, strict=True):
            if best is not None:
                decided.append((u.entry, u.short, u.by_words, u.options[best], u.how))
            elif u.in_capitals:
                decided.append((u.entry, u.short, u.by_words, None, "abbreviation"))
    for i, short, by_words, chosen, how in decided:
        old = subjects[i]
        if chosen is None:
            subjects[i] = replace(old, unresolved=short)
            continue
        note = f"{short} → {' '.join(by_words[chosen])} ({how})"
        at = old.order.index(short) if short in old.order else len(old.order)
        order = tuple(dict.fromkeys((*old.order[:at], *by_words[chosen], *old.order[at + 1 :])))
        subjects[i] = replace(old, words=chosen, rewrites=(*old.rewrites, note), order=order)
    return subjects


class _Undecided(NamedTuple):
    """A short form whose readings (``options``, each asked by ``askers``) its answer
    settles, if it agrees clearly best with one's askers."""

    entry: int
    short: str
    by_words: dict[frozenset[str], tuple[str, ...]]
    options: list[frozenset[str]]
    askers: list[list[int]]
    how: str
    in_capitals: bool


def _as_written(forms: Mapping[str, list[tuple[str, ...]]], title: str) -> list[tuple[str, ...]]:
    """The readings of a short form's key that ``title`` can mean: those of the capitals it
    writes ("NPE" is no "non-parametric early stopping", whose initials are "NPES"; "NPEs"
    is the plural of "NPE"), else those of every spelling that shares the key."""
    written = [f for w in written_short_forms(title) if (f := w.lower()) in forms]
    return list(dict.fromkeys(p for form in (written or forms) for p in forms[form]))


def _answer_reading(
    short: str, phrases: Sequence[tuple[str, ...]], answer_key: Sequence[str]
) -> tuple[str, ...] | None:
    """The one reading of ``short`` that the entry's own answer spells out, if any: an
    answer to "What are BLS's limitations?" that says "batch label smoothing" settles
    which of the short form's readings the title means."""
    return _reading_spelled({"".join(spelled_out(short, answer_key)).replace("-", "")}, phrases)


def _reading_spelled(said: set[str], phrases: Iterable[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The one phrase whose words, run together, an answer spells (``said``), if any."""
    said = said - {""}
    chosen = [phrase for phrase in dict.fromkeys(phrases) if "".join(phrase) in said]
    return chosen[0] if len(chosen) == 1 else None


SPELLED_BY_ANSWER = "abbreviation its answer spells out"
ASKED_OTHERWISE = "abbreviation whose answer agrees with those asking that subject otherwise"
MISSPELLED_SHORT = "misspelled abbreviation"
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _written_in_capitals(title: str) -> set[str]:
    """Title keys of the words of 3-6 letters ``title`` writes with two capitals or more,
    as short forms are written ("DBR", "LhWI")."""
    return {
        key_words(token)[0]
        for token in _TOKEN.findall(title)
        if 3 <= len(token) <= 6
        and not token.islower()
        and token.isalpha()
        and sum(map(str.isupper, token)) >= 2
    }


def _one_edit_away(word: str, known: Container[str]) -> list[str]:
    """The words of ``known`` one letter edit from ``word`` (a letter dropped, added,
    replaced, or two neighbours swapped), in order."""
    near = {word[:k] + word[k + 1 :] for k in range(len(word))}
    near |= {word[:k] + word[k + 1] + word[k] + word[k + 2 :] for k in range(len(word) - 1)}
    for k in range(len(word) + 1):
        near |= {word[:k] + c + word[k:] for c in _LETTERS}
        if k < len(word):
            near |= {word[:k] + c + word[k + 1 :] for c in _LETTERS}
    near.discard(word)
    return sorted(w for w in near if w in known)


def _misspelled_short(
    entry: Entry,
    subject: Subject,
    written: Container[str],
    phrases: dict[str, list[tuple[str, ...]]],
    lower: set[str],
    known: dict[tuple[str, frozenset[str]], list[int]],
) -> tuple[str, dict[frozenset[str], tuple[str, ...]], frozenset[str], str] | None:
    """A short form no title words spell, read as a known short form one slip away
    ("DBR" for "BDR", "LhWI" for "LWI", "mdbo" for "MBO").

    The word must be written as short forms are: three letters or more with two capitals
    or more, or a rare word of four letters or more in lower case ("gap" is no slip of
    "GAN"). Its reading is the one its answer spells out, else the one reading that asks
    a question another title asks (same ask, same words); with none or several, the word
    stays as written.
    """
    for word in subject.order:
        if word in phrases or not (
            (word in written and len(word) >= 3) or (word in lower and len(word) >= 4)
        ):
            continue
        near = [w for w in _one_edit_away(word, phrases) if len(w) >= 3]
        if not near:
            continue
        rest = frozenset(subject.words - {word})
        by_words = {rest | frozenset(p): p for short in near for p in phrases[short]}
        said = {"".join(spelled_out(short, entry.answer_key)).replace("-", "") for short in near}
        own = _reading_spelled(said, by_words.values())
        matching = [words for words in by_words if (subject.ask, words) in known]
        if own is not None:
            return word, by_words, rest | frozenset(own), MISSPELLED_SHORT
        if len(matching) == 1:
            return word, by_words, matching[0], MISSPELLED_SHORT
    return None


def _short_said_near(
    entry: Entry,
    subject: Subject,
    written: Container[str],
    phrases: Container[str],
    asked: Container[frozenset[str]],
    spelling: Mapping[str, str],
    compounds: dict[str, tuple[str, str]],
    shortened: dict[tuple[str, str], str],
) -> tuple[str, dict[frozenset[str], tuple[str, ...]], frozenset[str], str] | None:
    """A short form in capitals that no title spells out, read as the run of its own
    answer's words whose initials it writes, or writes with one slip ("IBS" where the
    answer says "adaptive beam search"), when that reading gives a subject another entry
    asks about and no other run does."""
    words = [w for w in subject.order if w in written and w not in phrases]
    if not words:
        return None
    answer, letters = answer_initials(entry.answer_key)
    for word in words:
        rest = frozenset(subject.words - {word})
        by_words: dict[frozenset[str], tuple[str, ...]] = {}
        for size in (n for n in (len(word) - 1, len(word), len(word) + 1) if n >= 3):
            for start in range(len(letters) - size + 1):
                if OSA.distance(letters[start : start + size], word, score_cutoff=1) > 1:
                    continue
                run = [spelling.get(w, w) for w in answer[start : start + size]]
                if run[0] in STOP_WORDS or run[-1] in STOP_WORDS:
                    continue
                phrase = tuple(_finish(subject_words(run, run), compounds, shortened)[0])
                if len(phrase) >= 2 and (rest | frozenset(phrase)) in asked:
                    by_words[rest | frozenset(phrase)] = phrase
        if len(by_words) == 1:
            return word, by_words, next(iter(by_words)), SAID_NEAR
    return None


SAID_NEAR = "abbreviation its answer spells out nearly"
MAX_LOWER_SHORT_COUNT = 4
MIN_READING_AGREEMENT = 0.5
READING_MARGIN = 0.15


def _closest_readings(
    entries: Sequence[int], readings: Sequence[Sequence[Sequence[int]]], answers: sparse.csr_matrix
) -> list[int | None]:
    """Per entry, the reading whose questions' answers agree clearly best with its answer.

    Each reading is scored by the best answer cosine of the entries already asking it;
    the best must reach ``MIN_READING_AGREEMENT`` and beat the next by ``READING_MARGIN``.
    All cosines are computed in one sparse product.
    """
    left: list[int] = []
    right: list[int] = []
    for entry, options in zip(entries, readings, strict=True):
        for members in options:
            left.extend([entry] * len(members))
            right.extend(members)
    a, b = np.array(left, dtype=np.int64), np.array(right, dtype=np.int64)
    cosines = np.asarray(answers[a].multiply(answers[b]).sum(axis=1)).ravel().tolist()
    out: list[int | None] = []
    at = 0
    for options in readings:
        scores = []
        for members in options:
            scores.append(max(cosines[at : at + len(members)], default=0.0))
            at += len(members)
        ranked = sorted(range(len(scores)), key=lambda k: -scores[k])
        best, second = scores[ranked[0]], scores[ranked[1]] if len(ranked) > 1 else 0.0
        good = best >= MIN_READING_AGREEMENT and best - second >= READING_MARGIN
        out.append(ranked[0] if good else None)
    return out


def _short_forms(
    entries: Sequence[Entry],
    counts: Counter[str],
    spelling: dict[str, str],
    capitals: set[str],
    reviewed: Sequence[tuple[str, str]],
) -> tuple[set[str], dict[str, tuple[tuple[str, ...], ...]]]:
    """Possible short forms in lower case, and every short form's phrases."""
    lower = _lower_case_shorts(entries, counts, spelling, capitals)
    return lower, abbreviation_expansions([e.title for e in entries], reviewed, lower)


def _lower_case_shorts(
    entries: Sequence[Entry], counts: Counter[str], spelling: dict[str, str], capitals: set[str]
) -> set[str]:
    """Words of 2-6 letters written in lower case in titles that are possible short forms:
    rare words, and words other titles write in capitals ("fe" where others write "FE")."""
    found = set()
    for entry in entries:
        for token in _TOKEN.findall(entry.title):
            if 2 <= len(token) <= 6 and token.isalpha() and token.islower():
                key = key_words(token)[0]
                if (
                    (counts[key] <= MAX_LOWER_SHORT_COUNT or key in capitals)
                    and (
                        key not in spelling
                        or key in misread_short_forms((key,), entry.answer_key, spelling)
                    )
                    and key not in STOP_WORDS
                    and key not in ASK_WORDS
                ):
                    found.add(token)
    return found


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
    # fsum: the same total in any order (set order varies from run to run)
    union = math.fsum(weights.get(w, 1.0) for w in a | b)
    return math.fsum(weights.get(w, 1.0) for w in a & b) / union if union else 0.0
