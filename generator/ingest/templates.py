"""Templates the cue lists misread, filed as their answers say.

A collection writes many of its questions from one template: "What were the negatives
involved with X?", "What are X used for?". The cue lists read each template as one ask,
and may read it otherwise than its writer meant (the first is filed under the
limitations of X, the second under examples of X in one collection, under what X is
for in another). Then every question written from it stays apart from its repeats
asked the ordinary way, unless a pair's answers agree past the clash line.

Over many subjects the answers settle it, as they do for phrasings no cue list knows
(:mod:`generator.ingest.phrasings`). A template is a title's words around its subject
(:func:`template_of`). For two templates whose cue lists name asks that clash, the
answers of entries with the same subject are compared without the subject words and
pooled: repeats of one question agree far more than siblings that ask something else
about the same subject, and over many subjects the means separate where single pairs
do not. Two templates ask the same thing when at least ``MIN_SUPPORT`` distinct
subjects agree at ``MIN_AGREEMENT`` on average; they are kept apart for good when they
disagree. Joined templates form classes; in a class whose templates the cue lists read
as different asks, the ask most of its entries were read as wins, and the other
templates' entries are filed under it, with the evidence as a rewrite; it must have at
least ``CLEAR_VOTE`` times the entries of the next ask, or the class is left as read.

- A template no cue list reads ("What about X?": no asking word is left in the subject
  for :mod:`~generator.ingest.phrasings` to learn from) takes part the same way; its
  own reading (a definition, by default) counts for nothing in its class's vote.
- A comparison, and what X is against how to fix X, are never joined
  (:func:`~generator.ingest.asks.asks_firmly_apart`): one answer pasted under both must
  not make them one question. A definition that goes on to a follow-up ("What is X and
  why should you avoid it?") asks two things and may ask how to fix X: the answers
  decide, as they do entry by entry in :mod:`generator.ingest.subjects`.
- With few entries no pair of templates has the support, so nothing changes (the
  seed's 95 entries are left to the cue lists).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

from .asks import DEFINE, asks_firmly_apart, clash_group
from .phrasings import answer_agreement, sharing_pairs
from .vectors import sorted_distinct

if TYPE_CHECKING:
    from .subjects import Subject

MIN_SUPPORT = 6
"""Distinct subjects two templates must both ask before they are joined."""
MIN_AGREEMENT = 0.5
"""Mean answer agreement over those subjects needed to join two templates: the line a
single pair of answers needs to confirm a repeat whose asks do not clash."""
MIN_APART = 2
"""Distinct subjects on which two templates' answers must disagree to stay apart for good."""
MAX_DISAGREEMENT = 0.3
"""Mean answer agreement below which two templates ask different things (with
``MIN_SUPPORT`` subjects, any mean below ``MIN_AGREEMENT`` keeps them apart too)."""
MAX_GROUP = 24
"""Entries sharing a subject beyond which the subject is too generic to say anything."""
CLEAR_VOTE = 2
"""How many times the entries of the next ask the ask most of a class's entries were
read as must have, for the class to be filed under it."""


class _Classes:
    """Union-find over templates that never joins two known to ask different things:
    their answers disagree (``apart``), or the asks they were read as are firmly apart.

    ``read_as`` gives each template's ask group (``""``: no cue); a ``loose`` template
    (a definition with a follow-up) is firmly apart from nothing."""

    def __init__(
        self, read_as: dict[int, str], apart: set[tuple[int, int]], loose: set[int]
    ) -> None:
        self.parent: dict[int, int] = {}
        self.members: dict[int, list[int]] = {}
        self.firm_asks: dict[int, set[str]] = {}
        """Per class: the ask groups that keep it firmly apart from others."""
        self.read_as = read_as
        self.loose = loose
        self.apart: dict[int, set[int]] = {}
        for a, b in sorted(apart):
            self.apart.setdefault(a, set()).add(b)
            self.apart.setdefault(b, set()).add(a)

    def find(self, template: int) -> int:
        if template not in self.parent:
            self.parent[template] = template
            self.members[template] = [template]
            self.firm_asks[template] = (
                set() if template in self.loose else {self.read_as[template]} - {""}
            )
        while self.parent[template] != template:
            self.parent[template] = self.parent[self.parent[template]]
            template = self.parent[template]
        return template

    def join(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        named_a, named_b = self.firm_asks[ra], self.firm_asks[rb]
        if any(asks_firmly_apart({x}, {y}) for x in named_a for y in named_b):
            return False
        small, large = sorted((self.members[ra], self.members[rb]), key=len)
        if any(self.apart.get(t, set()).intersection(large) for t in small):
            return False
        self.parent[rb] = ra
        self.members[ra].extend(self.members.pop(rb))
        self.firm_asks[ra] |= self.firm_asks.pop(rb)
        return True


def template_of(subject: Subject) -> str:
    """The title's words around its subject, "X" for the span from its first subject word
    to its last, then the rest of the title: "what is X and why should you avoid it".
    ``""`` when the first clause uses no subject word, or says nothing else: a title
    whose asking words stayed in its subject shows no template."""
    clause, rest = subject.wording
    at = [k for k, w in enumerate(clause) if w in subject.words]
    if not at:
        return ""
    outside = (*clause[: at[0]], *clause[at[-1] + 1 :], *rest)
    return " ".join((*clause[: at[0]], "X", *clause[at[-1] + 1 :], *rest)) if outside else ""


def template_asks(
    subjects: Sequence[Subject], answers: sparse.csr_matrix, columns: dict[str, int]
) -> list[Subject]:
    """Subjects whose template the answers show to ask what other templates ask, filed
    under the ask most entries of those templates were read as (see the module)."""
    templates = {
        i: t
        for i, s in enumerate(subjects)
        # not refiled already; a title no cue reads keeps the default ask till now
        if (clash_group(s.ask) == clash_group(s.cue_ask) if s.cue_ask else s.ask == DEFINE)
        and s.unresolved is None
        and (t := template_of(s))
    }
    eligible = list(templates)
    if len(eligible) < 2 * MIN_SUPPORT:
        return list(subjects)
    # a template read as two asks (a follow-up settled some of its entries) is two
    names: dict[tuple[str, str], int] = {}
    cores: dict[frozenset[str], int] = {}
    template = np.array(
        [
            names.setdefault((templates[i], clash_group(subjects[i].cue_ask)), len(names))
            for i in eligible
        ],
        dtype=np.int64,
    )
    core = np.array(
        [cores.setdefault(subjects[i].words, len(cores)) for i in eligible], dtype=np.int64
    )
    group_names = sorted({g for _, g in names})
    group_of = {g: k for k, g in enumerate(group_names)}
    group = np.array([group_of[g] for _, g in names], dtype=np.int64)[template]
    firm = np.array(
        [[asks_firmly_apart({x} - {""}, {y} - {""}) for y in group_names] for x in group_names],
        dtype=bool,
    )
    followed = np.array(
        [subjects[i].cue_ask == DEFINE and bool(subjects[i].follow_up) for i in eligible],
        dtype=bool,
    )
    first, second = sharing_pairs(core, MAX_GROUP)
    keep = (group[first] != group[second]) & (
        ~firm[group[first], group[second]] | followed[first] | followed[second]
    )
    first, second = first[keep], second[keep]
    if not len(first):
        return list(subjects)
    low = np.minimum(template[first], template[second])
    high = np.maximum(template[first], template[second])
    codes, key_of = np.unique(low * len(names) + high, return_inverse=True)
    distinct = sorted_distinct(key_of * len(cores) + core[first])
    supports = np.bincount(distinct // len(cores), minlength=len(codes))
    wanted = supports[key_of] >= MIN_APART
    first, second, key_of = first[wanted], second[wanted], key_of[wanted]
    if not len(first):
        return list(subjects)
    index = np.asarray(eligible, dtype=np.int64)
    agreement = answer_agreement(
        answers, columns, index[first], index[second], core[first], list(cores)
    )
    pairs = np.bincount(key_of, minlength=len(codes))
    means = np.bincount(key_of, agreement, minlength=len(codes)) / np.maximum(pairs, 1)
    text = [t for t, _ in names]
    accepted: list[tuple[int, float, str, str, int, int]] = []
    apart: set[tuple[int, int]] = set()
    for k in np.flatnonzero(pairs).tolist():
        a, b = divmod(int(codes[k]), len(names))
        support, mean = int(supports[k]), float(means[k])
        if support >= MIN_SUPPORT and mean >= MIN_AGREEMENT:
            accepted.append((support, mean, text[a], text[b], a, b))
        elif mean < MAX_DISAGREEMENT or support >= MIN_SUPPORT:
            apart.add((a, b))
    if not accepted:
        return list(subjects)
    loose = set(template[followed].tolist())
    classes = _Classes({k: g for k, (_, g) in enumerate(names)}, apart, loose)
    evidence: dict[int, str] = {}
    accepted.sort(key=lambda t: (-t[0], -t[1], t[2], t[3]))
    for support, mean, text_a, text_b, a, b in accepted:
        if classes.join(a, b):
            evidence.setdefault(
                a, f"asks as {text_b}: {support} subjects, answers agree {mean:.2f}"
            )
            evidence.setdefault(
                b, f"asks as {text_a}: {support} subjects, answers agree {mean:.2f}"
            )
    return _refiled(subjects, eligible, template, classes, evidence, text)


def _refiled(
    subjects: Sequence[Subject],
    eligible: Sequence[int],
    template: np.ndarray,
    classes: _Classes,
    evidence: dict[int, str],
    text: Sequence[str],
) -> list[Subject]:
    """Each entry of a class's minority templates filed under the class's ask: the
    group most of its entries were read as (by ``CLEAR_VOTE`` times the next), and
    within it the ask most were read as."""
    entries_of: dict[int, list[int]] = {}
    for i, t in zip(eligible, template.tolist(), strict=True):
        entries_of.setdefault(t, []).append(i)
    ask_of: dict[int, str] = {}
    for members in classes.members.values():
        if len({classes.read_as[t] for t in members}) < 2:
            continue
        asked = [subjects[i].cue_ask for t in members for i in entries_of[t]]
        by_group = Counter(clash_group(a) for a in asked if a)
        if not by_group:
            continue
        ranked = sorted(by_group, key=lambda g: (-by_group[g], g))
        if len(ranked) > 1 and by_group[ranked[1]] * CLEAR_VOTE > by_group[ranked[0]]:
            continue  # the class's own readings are split: no clear ask to file under
        group = ranked[0]
        within = Counter(a for a in asked if clash_group(a) == group)
        ask = min(within, key=lambda a: (-within[a], a))
        for t in members:
            if classes.read_as[t] != group:
                ask_of[t] = ask
    out = list(subjects)
    for t, ask in sorted(ask_of.items()):
        read = subjects[entries_of[t][0]].cue_ask or "no cue"
        note = f"{text[t]} ({read}) → {ask} (template; {evidence[t]})"
        for i in entries_of[t]:
            old = subjects[i]
            out[i] = replace(old, ask=ask, cue_ask=ask, rewrites=(*old.rewrites, note))
    return out
