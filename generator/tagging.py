"""Tag questions from the controlled taxonomy by keyword, and pick each one's topic."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from .model import Taxonomy

TITLE_WEIGHT = 3
MIN_SCORE = 2
MAX_TAGS = 4


@dataclass(frozen=True)
class Tagger:
    """Keyword matching for every tag of a taxonomy, compiled once."""

    taxonomy: Taxonomy

    @cached_property
    def _pattern(self) -> re.Pattern[str]:
        keywords = sorted(
            {k for tag in self.taxonomy.tags for k in tag.keywords}, key=len, reverse=True
        )
        body = "|".join(re.escape(k) for k in keywords)
        return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)

    @cached_property
    def _tags_of(self) -> dict[str, tuple[str, ...]]:
        table: dict[str, list[str]] = {}
        for tag in self.taxonomy.tags:
            for keyword in tag.keywords:
                table.setdefault(keyword, []).append(tag.slug)
        return {k: tuple(v) for k, v in table.items()}

    @cached_property
    def _order(self) -> dict[str, int]:
        return {tag.slug: i for i, tag in enumerate(self.taxonomy.tags)}

    def _hits(self, text: str) -> dict[str, int]:
        """Per tag, how many distinct keywords of it occur in ``text``."""
        found = {m.group(0).lower() for m in self._pattern.finditer(text.replace("\\", ""))}
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
