"""Tag questions from the controlled taxonomy by keyword, and pick each one's topic."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from ..model import Taxonomy

TITLE_WEIGHT = 3
MIN_SCORE = 2
MAX_TAGS = 4
# Words as keywords are written: hyphens, carets and apostrophes stay inside a word.
_WORD = re.compile(r"[a-z0-9]+(?:[-^'][a-z0-9]+)*")


@dataclass(frozen=True)
class Tagger:
    """Keyword matching for every tag of a taxonomy, compiled once."""

    taxonomy: Taxonomy

    @cached_property
    def _phrases(self) -> dict[str, tuple[int, ...]]:
        """For each first word of a keyword, the word counts of the keywords it starts."""
        starts: dict[str, set[int]] = {}
        for keyword in self._tags_of:
            words = keyword.split(" ")
            starts.setdefault(words[0], set()).add(len(words))
        return {word: tuple(sorted(sizes)) for word, sizes in starts.items()}

    @cached_property
    def _tags_of(self) -> dict[str, tuple[str, ...]]:
        """Each keyword, as its words joined by one space, and the tags it counts for."""
        table: dict[str, list[str]] = {}
        for tag in self.taxonomy.tags:
            for keyword in tag.keywords:
                slugs = table.setdefault(" ".join(_WORD.findall(keyword.lower())), [])
                if tag.slug not in slugs:
                    slugs.append(tag.slug)
        return {k: tuple(v) for k, v in table.items()}

    @cached_property
    def _order(self) -> dict[str, int]:
        return {tag.slug: i for i, tag in enumerate(self.taxonomy.tags)}

    def _hits(self, text: str) -> dict[str, int]:
        """Per tag, how many distinct keywords of it occur in ``text``.

        The longest keyword wins where keywords overlap: "layer normalization" counts,
        the "normalization" inside it does not.
        """
        starts, keywords = self._phrases, self._tags_of
        words = _WORD.findall(text.replace("\\", "").lower())
        found = set()
        covered = 0  # words before this index belong to a longer keyword already found
        for i in [i for i, word in enumerate(words) if word in starts]:  # keywords start few
            for size in reversed(starts[words[i]]):
                candidate = " ".join(words[i : i + size])
                if candidate in keywords and i + size > covered:
                    found.add(candidate)
                    covered = i + size
                    break
        hits: dict[str, int] = {}
        for keyword in found:
            for slug in self._tags_of[keyword]:
                hits[slug] = hits.get(slug, 0) + 1
        return hits

    def tag(self, title: str, answer: str) -> tuple[str, tuple[str, ...]]:
        """The primary topic and 1 to 4 tags, best first; the default tag if nothing matches."""
        scores = self._hits(answer)
        for slug, count in self._hits(title).items():
            scores[slug] = scores.get(slug, 0) + TITLE_WEIGHT * count
        chosen = sorted(
            (slug for slug, score in scores.items() if score >= MIN_SCORE),
            key=lambda slug: (-scores[slug], self._order[slug]),
        )[:MAX_TAGS]
        if not chosen:
            chosen = [self.taxonomy.default_tag]
        return self.taxonomy.tag(chosen[0]).topic, tuple(chosen)


def _heading_key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower().replace("-", " ").replace("_", " ")))


def section_home(section: str, taxonomy: Taxonomy) -> tuple[str, str | None] | None:
    """Where a source's topic heading belongs: (topic, tag or None), or None if unknown.

    A heading matches a tag or topic by slug or title ("Neural networks",
    "neural-networks"), else through the taxonomy's ``sources:`` mapping.
    """
    key = _heading_key(section)
    for tag in taxonomy.tags:
        if key in (_heading_key(tag.slug), _heading_key(tag.title)):
            return tag.topic, tag.slug
    for topic in taxonomy.topics:
        if key in (_heading_key(topic.slug), _heading_key(topic.title)):
            return topic.slug, None
    mapped = {_heading_key(heading): target for heading, target in taxonomy.sources}.get(key)
    if mapped is None:
        return None
    if any(tag.slug == mapped for tag in taxonomy.tags):
        return taxonomy.tag(mapped).topic, mapped
    return mapped, None
