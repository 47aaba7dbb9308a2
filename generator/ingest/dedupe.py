"""Find repeated questions: group entries that ask the same thing.

Method (the default, ``method="subjects"``), chosen to be explainable and to scale to
100,000 entries without an all-pairs loop:

1. Each title is split into what it asks about (its *subject*) and how it asks (its
   *ask*: definition, advantages, limitations, how it works, comparison, examples, how
   to fix, when to use, formula, cause, types, purpose), see :mod:`generator.ingest.asks`;
   phrasings no cue list knows are learned from the corpus, see :mod:`.templates`.
2. Subjects are rewritten into one spelling per corpus, with rewrites learned from the
   entries themselves (spelling errors, abbreviations, glued compounds; singular and
   word order come from the title keys), see :mod:`generator.ingest.subjects`.
3. Entries with the same ask and the same subject words are candidates; so are entries
   whose ask-and-subject word sets differ by one or two words (found by filing each set
   under its subsets, :func:`.candidates.near_miss_pairs`), never every pair.
4. A pair's score is ``title_weight`` x subject similarity (IDF-weighted Jaccard of
   the subject words: 1.0 when equal) + the rest x answer cosine. Pairs with the same
   ask scoring at least ``threshold`` are merged (unless a short form in either has
   several readings), best first, by a union-find that
   refuses any merge a curated split forbids. A different ask, or a different key
   subject word, keeps two questions apart; such pairs go to the report's closest pairs.
   Curated merges always apply.

``method="words"`` is the earlier finder (the same key words after the word list's
fixes); ``method="cosine"`` merges by title and answer TF-IDF cosine. Both stay for
comparison in the benchmark. Every decision is kept (:class:`~generator.model.PairScore`)
for the review report.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial

import numpy as np

from ..model import Entry, MergeGroup, PairScore, SourceRef, WordList
from .asks import asks_firmly_apart, clash_group
from .candidates import (
    candidate_pairs,
    same_word_candidates,
    same_words,
    subject_candidates,
)
from .confirm import (
    Confirmation,
    Reading,
    confirm_pairs,
    names_subject,
    read_subject,
)
from .parallel import in_background, process_map
from .subjects import (
    Subject,
    SubjectOptions,
    analyse_subjects,
    subject_similarity,
    subject_weights,
)
from .vectors import pair_cosines, tfidf, tfidf_columns


@dataclass(frozen=True)
class DedupeSettings:
    """Weights and thresholds of the duplicate finder."""

    title_weight: float = 0.85
    threshold: float = 0.85
    """The one merge line: a pair with the same ask scoring at least this is merged.

    At 0.85 (= ``title_weight``) the same subject always merges; subjects that differ
    in a word merge only when their answers agree closely (subject 0.95 needs an answer
    cosine of 0.28, subject 0.9 one of 0.57)."""
    review_below: float = 0.86
    """Automatic merges scoring below this are listed first in the review report."""
    review_group_size: int = 6
    """Automatic groups of at least this many entries are listed for review too: a dump asks
    a question two to four times, and a larger group is more often a wrong subject that
    collapsed several questions into one."""
    answer_line: float = 0.5
    """Entries with the same subject whose asks differ or are unknown merge when their
    answers agree at least this much without the subject words (see :mod:`.confirm`).
    Set above 1 to switch that off."""
    clash_line: float = 0.7
    """Entries with the same subject whose cue lists name different asks ("What is X used
    for?", "Give examples of X") merge when their answers agree at least this much without
    the subject words: repeats that collections file under different asks. Answers to
    different questions about one subject agree far less (0.45 at most on the project's
    own sources). A comparison or a way to fix X never merges so
    (:func:`~generator.ingest.asks.asks_firmly_apart`). Set above 1 to switch that off."""
    min_cover: float = 0.9
    """For such a merge, how alike (weighted Jaccard) the subjects' content words must be."""
    run_group: int = 40
    """More titles than a question is ever asked: a run of subject words more titles share
    finds no candidates (see :mod:`.confirm`), and an ask and subject more titles share
    merges only where the answers' cosine reaches ``answer_line`` too."""
    min_title: float = 0.5
    chunk_rows: int = 2048
    near_misses: int = 25
    same_words_only: bool = True
    method: str = "subjects"
    """"subjects" (ask and tolerant subject), "words" (same key words) or "cosine"."""
    subjects: SubjectOptions = field(default_factory=SubjectOptions)
    """Which subject tolerances apply; the reviewed abbreviations come from the word list."""


def with_word_list(settings: DedupeSettings, words: WordList) -> DedupeSettings:
    """``settings`` with the word list's reviewed short forms and field phrases, unless set."""
    subjects = settings.subjects
    return replace(
        settings,
        subjects=replace(
            subjects,
            reviewed_abbreviations=subjects.reviewed_abbreviations or words.search_aliases,
            field_phrases=subjects.field_phrases or words.title_context,
        ),
    )


@dataclass(frozen=True)
class DedupeResult:
    """The groups found, and the closest pairs that were not merged."""

    groups: tuple[MergeGroup, ...]
    near_misses: tuple[PairScore, ...]
    subjects: tuple[Subject, ...] = ()


class _Groups:
    """Union-find that keeps, per root, its members, so cannot-link checks stay cheap."""

    def __init__(self, size: int, forbidden: Iterable[tuple[int, int]]) -> None:
        self.parent = list(range(size))
        self.members: dict[int, set[int]] = {i: {i} for i in range(size)}
        self.forbidden: dict[int, set[int]] = {}
        for a, b in forbidden:
            self.forbidden.setdefault(a, set()).add(b)
            self.forbidden.setdefault(b, set()).add(a)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def allowed(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        small, large = sorted((self.members[ra], self.members[rb]), key=len)
        return not any(self.forbidden.get(m, set()) & large for m in small)

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] |= self.members.pop(rb)
        return True


def subject_evidence(a: Subject, b: Subject) -> tuple[str, str]:
    """How two subjects compare, for the report: (ask, subject words and rewrites)."""
    ask = a.ask if a.ask == b.ask else f"{a.ask} ≠ {b.ask}"
    shared = " ".join(sorted(a.words & b.words))
    parts = [f"shared: {shared or '-'}"]
    only_a, only_b = sorted(a.words - b.words), sorted(b.words - a.words)
    if only_a or only_b:
        parts.append(f"differ: {' '.join(only_a) or '-'} / {' '.join(only_b) or '-'}")
    rewrites = sorted(set(a.rewrites) | set(b.rewrites))
    if rewrites:
        parts.append("read as: " + "; ".join(rewrites))
    unresolved = sorted({s.unresolved for s in (a, b) if s.unresolved})
    if unresolved:
        parts.append("short form with several readings: " + ", ".join(unresolved))
    return ask, "; ".join(parts)


def _read_entry(
    pair: tuple[Subject, Entry], vocabulary: frozenset[str], columns: dict[str, int]
) -> tuple[Reading, bool]:
    """An entry's subject read against its answer, and whether the answers name it
    (:func:`~generator.ingest.confirm.names_subject`, else :func:`_answers_name_all`)."""
    subject, entry = pair
    reading = read_subject(subject, entry.answer_key, vocabulary)
    named = names_subject(reading, len(entry.answer_key)) or _answers_name_all(subject, columns)
    return reading, named


def _entry_order(entries: Sequence[Entry]) -> tuple[list[float], list[tuple[str, str, int, str]]]:
    """Each entry's writing score and natural source order: what orders a group's
    entries and the groups (computed in a child while the subjects are read)."""
    return [e.writing_score for e in entries], [e.ref.sort_key for e in entries]


def _subject_pairs(
    subjects: Sequence[Subject], weights: dict[str, float], named: Sequence[bool], crowd: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Candidate pairs (left, right), their subject similarity, whether each may
    merge on its subjects alone, and whether its subjects are crowded.

    A pair may merge on its subjects when it has the same ask, no short form left
    unread, and one of the two answers naming its subject (or, for a subject of two or
    more words, every word of it used by some answer: ``named``). An ask and subject
    that more than ``crowd`` titles share is crowded: more than a question is ever
    asked, so more likely a reading gone wrong ("What happens, step by step" read as
    about "step") than one question; its titles alone are no evidence.
    """
    pairs = subject_candidates(subjects, crowd)
    sizes = Counter((s.ask, s.words) for s in subjects)
    crowded = np.array(
        [
            sizes[(subjects[a].ask, subjects[a].words)] > crowd
            or sizes[(subjects[b].ask, subjects[b].words)] > crowd
            for a, b in pairs
        ],
        dtype=bool,
    )
    left = np.array([a for a, _ in pairs], dtype=np.int64)
    right = np.array([b for _, b in pairs], dtype=np.int64)
    similarity = np.array(
        [
            1.0
            if subjects[a].words == subjects[b].words
            else subject_similarity(subjects[a].words, subjects[b].words, weights)
            for a, b in pairs
        ],
        dtype=float,
    )
    mergeable = np.array(
        [
            subjects[a].ask == subjects[b].ask
            and subjects[a].unresolved is None
            and subjects[b].unresolved is None
            and (named[a] or named[b])
            for a, b in pairs
        ],
        dtype=bool,
    )
    return left, right, similarity, mergeable, crowded


def _answers_name_all(subject: Subject, columns: dict[str, int]) -> bool:
    """Whether every word of a subject of two or more words is a word some answer uses.

    An answer may say "it" all through ("What are its strengths?" - "It trains faster,
    ..."); the subject is still what the corpus answers talk about. The words of a title
    read from the wrong part ("I get the idea but not ...": "get not") are not.
    """
    return len(subject.words) >= 2 and all(w in columns for w in subject.words)


def _indices(refs: Sequence[SourceRef], index: dict[SourceRef, int]) -> list[int]:
    return [index[r] for r in refs if r in index]


def _confirmed_merges(
    found: Confirmation,
    entries: Sequence[Entry],
    subjects: Sequence[Subject],
    groups: _Groups,
    settings: DedupeSettings,
) -> tuple[list[PairScore], list[PairScore]]:
    """Merge the confirmed pairs, closest answers first; the links made, and the pairs
    refused by the rule below (at most half of ``settings.near_misses``), for the report.

    Two groups whose titles' cues name asks, none the same, are never joined (close
    asks count as one, :data:`~generator.ingest.asks.CLOSE_ASKS`): a title
    no cue list reads clashes with no other title, and would otherwise carry a group
    about X's advantages into one about when to use X when its answer agrees with both.

    Answers that agree at least ``settings.clash_line`` overrule that rule unless one
    group's asks are firmly apart from the other's
    (:func:`~generator.ingest.asks.asks_firmly_apart`), as they
    overrule the cue lists for a pair (:func:`~generator.ingest.confirm.confirm_pairs`):
    collections file one question under different asks ("What is X used for?" beside
    "Give examples of X"), and two answers that say the same things settle it.

    A link's score puts the line it passed (the answer line, or the clash line when the
    asks clash) at ``threshold`` and full agreement at 1, so the merges the answers
    barely confirm fall below ``review_below`` and go to review.
    """
    merged = []
    refused: list[PairScore] = []
    sequence = np.lexsort((found.right, found.left, -np.round(found.agreement, 9)))
    sequence = sequence[found.confirmed[sequence]]
    # The asks the cue lists name in each group: a title whose cues name none clashes
    # with no title, but must not join a group asking one thing to a group asking another
    cues: dict[int, frozenset[str]] = {}
    for k, subject in enumerate(subjects):
        if subject.cue_ask:
            root = groups.find(k)
            cues[root] = cues.get(root, frozenset()) | {clash_group(subject.cue_ask)}
    for a, b, agreement, cover, pair_clash in zip(
        found.left[sequence].tolist(),
        found.right[sequence].tolist(),
        found.agreement[sequence].tolist(),
        found.cover[sequence].tolist(),
        found.clash[sequence].tolist(),
        strict=True,
    ):
        root_a, root_b = groups.find(a), groups.find(b)
        if root_a == root_b or not groups.allowed(a, b):
            continue
        asked_a, asked_b = cues.get(root_a, frozenset()), cues.get(root_b, frozenset())
        groups_clash = bool(asked_a and asked_b and asked_a.isdisjoint(asked_b))
        asks_differ = groups_clash or pair_clash
        kept_apart = groups_clash and (
            agreement < settings.clash_line - 1e-9 or asks_firmly_apart(asked_a, asked_b)
        )
        if kept_apart and len(refused) >= (settings.near_misses + 1) // 2:
            continue  # the other half of the closest pairs is for near misses by score
        ask, evidence = subject_evidence(subjects[a], subjects[b])
        evidence += f"; answers agree {agreement:.2f} without the subject words"
        line = settings.clash_line if asks_differ else settings.answer_line
        score = settings.threshold + (agreement - line) * (1.0 - settings.threshold) / max(
            1.0 - line, 1e-9
        )
        if asks_differ and not kept_apart:
            evidence += f", over the clash line {line:.2f}: the cue lists' asks differ"
        pair = PairScore(
            entries[a].ref,
            entries[b].ref,
            round(cover, 3),
            round(agreement, 3),
            round(min(score, 1.0), 3),
            ask,
            evidence,
        )
        if kept_apart:
            asks = " / ".join((", ".join(sorted(asked_a)), ", ".join(sorted(asked_b))))
            refused.append(replace(pair, evidence=f"{evidence}; not merged: the groups ask {asks}"))
            continue
        groups.union(a, b)
        cues[groups.find(a)] = asked_a | asked_b
        merged.append(pair)
    return merged, refused


def find_duplicates(
    entries: Sequence[Entry],
    merges: Sequence[Sequence[SourceRef]] = (),
    splits: Sequence[Sequence[SourceRef]] = (),
    settings: DedupeSettings | None = None,
) -> DedupeResult:
    """Group entries that ask the same question; curated merges and splits win."""
    settings = settings or DedupeSettings()
    index = {entry.ref: i for i, entry in enumerate(entries)}
    answer_vectors = in_background(
        partial(tfidf_columns, [e.answer_key for e in entries]), len(entries)
    )
    entry_order = in_background(partial(_entry_order, entries), len(entries))
    by_subject = settings.method == "subjects"
    subjects: list[Subject] = []
    mergeable: np.ndarray
    confirmation: Confirmation | None = None
    if by_subject:
        subjects = analyse_subjects(entries, settings.subjects, answer_vectors)
    answers, columns = answer_vectors.result()
    if by_subject:
        weights = subject_weights(subjects)
        vocabulary = frozenset(itertools.chain.from_iterable(s.order for s in subjects))
        read = process_map(
            partial(_read_entry, vocabulary=vocabulary, columns=columns),
            list(zip(subjects, entries, strict=True)),
        )
        readings = [reading for reading, _ in read]
        named = [names for _, names in read]
        candidates = in_background(
            partial(_subject_pairs, subjects, weights, named, settings.run_group), len(subjects)
        )
        if settings.answer_line <= 1.0:
            confirmation = confirm_pairs(
                subjects,
                readings,
                answers,
                columns,
                weights,
                answer_line=settings.answer_line,
                clash_line=settings.clash_line,
                min_cover=settings.min_cover,
                run_group=settings.run_group,
            )
        left, right, title_cos, mergeable, crowded = candidates.result()
    else:
        titles = tfidf([e.title_key for e in entries])
        if settings.same_words_only:
            left, right, title_cos = same_word_candidates(entries, titles)
        else:
            left, right, title_cos = candidate_pairs(
                titles, settings.min_title, settings.chunk_rows
            )
        mergeable = np.array(
            [
                not settings.same_words_only
                or same_words(entries[a].title_key, entries[b].title_key)
                for a, b in zip(left.tolist(), right.tolist(), strict=True)
            ],
            dtype=bool,
        )
        crowded = np.zeros(len(left), dtype=bool)
    title_cos = title_cos.reshape(-1)
    answer_cos = pair_cosines(answers, left, right)
    # crowded subjects merge only when their answers agree as well
    mergeable &= ~crowded | (answer_cos >= settings.answer_line - 1e-9)
    scores = settings.title_weight * title_cos + (1 - settings.title_weight) * answer_cos
    order = np.lexsort((right, left, -np.round(scores, 9)))

    forbidden: list[tuple[int, int]] = []
    for group in splits:
        ids = _indices(group, index)
        forbidden.extend((a, b) for k, a in enumerate(ids) for b in ids[k + 1 :])
    groups = _Groups(len(entries), forbidden)
    forced_roots: set[int] = set()
    links: dict[int, list[PairScore]] = {}

    def score_of(k: int) -> PairScore:
        a, b = int(left[k]), int(right[k])
        ask, evidence = subject_evidence(subjects[a], subjects[b]) if by_subject else ("", "")
        return PairScore(
            entries[a].ref,
            entries[b].ref,
            round(float(title_cos[k]), 3),
            round(float(answer_cos[k]), 3),
            round(float(scores[k]), 3),
            ask,
            evidence,
        )

    for group in merges:
        ids = _indices(group, index)
        for a, b in itertools.pairwise(ids):
            groups.union(a, b)
            links.setdefault(a, []).append(
                PairScore(entries[a].ref, entries[b].ref, 1.0, 1.0, 1.0, "", "curated merge")
            )
        if ids:
            forced_roots.add(ids[0])

    near: list[PairScore] = []
    lefts, rights, may_merge = left.tolist(), right.tolist(), mergeable.tolist()
    passes = (scores >= settings.threshold - 1e-9).tolist()
    find = groups.find
    for k in order.tolist():
        a, b = lefts[k], rights[k]
        if find(a) == find(b):
            continue  # joined by pairs before it: neither a merge nor a near miss
        if passes[k] and may_merge[k] and groups.allowed(a, b):
            groups.union(a, b)
            links.setdefault(a, []).append(score_of(k))
        elif len(near) < settings.near_misses:
            near.append(score_of(k))
    if confirmation is not None:
        confirmed, refused = _confirmed_merges(confirmation, entries, subjects, groups, settings)
        for score in confirmed:
            links.setdefault(index[score.left], []).append(score)

        # answers that agree, kept apart only by what the groups ask: a person decides;
        # a pair of titles the answers have merged since is no near miss
        def still_apart(pair: PairScore) -> bool:
            return groups.find(index[pair.left]) != groups.find(index[pair.right])

        apart = [p for p in refused if still_apart(p)]
        near = (
            apart + [p for p in near if still_apart(p)][: max(settings.near_misses - len(apart), 0)]
        )

    forced = {groups.find(r) for r in forced_roots}
    by_root: dict[int, list[int]] = {}
    for i in range(len(entries)):
        by_root.setdefault(groups.find(i), []).append(i)
    writing, source_order = entry_order.result()
    found: list[tuple[tuple[str, str, int, str], MergeGroup]] = []
    for root, members in by_root.items():
        ordered = (
            sorted(members, key=lambda i: (-writing[i], source_order[i]))
            if len(members) > 1
            else members
        )
        member_links = tuple(s for m in members for s in links.get(m, ()))
        merged = MergeGroup(tuple(entries[i] for i in ordered), member_links, forced=root in forced)
        found.append((min(source_order[i] for i in members), merged))
    found.sort(key=lambda first_and_group: first_and_group[0])
    return DedupeResult(tuple(g for _, g in found), tuple(near), tuple(subjects))
