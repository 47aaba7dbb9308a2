"""Normalize raw entries: clean Unicode, fix typos and variants, case titles, find formulas.

Works on the answer tree: only :class:`~generator.document.Text` nodes change
(code and math are left alone), and flattened formulas in plain text ("x>=0",
"R^2", the word list's reviewed formulas) become :class:`~generator.document.Math`.
Nothing here writes Markdown: that happens once, when a question file is written.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from urllib.parse import urlsplit

from ..document import (
    Blocks,
    Image,
    Inline,
    Inlines,
    Link,
    Math,
    Text,
    map_blocks,
    plain_text,
    prose_text,
    strip_inlines,
)
from ..model import Entry, RawEntry, WordList
from .announced import question_from_body
from .spun import SpunDetector

_STOPWORD_TEXT = """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his
    how i if in into is it its itself just me more most my myself no nor not now of off
    on once only or other our ours out over own same she should so some such than that
    the their theirs them then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your
    yours
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def answer_word(word: str) -> bool:
    """Whether answer keys keep ``word``: no stop word, no single letter."""
    return word not in STOPWORDS and len(word) > 1


_QUOTES = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "\u00a0": " ",
        "\u3000": " ",
        # full-width forms of ASCII ("？", "：", "（Ａ）") and CJK punctuation ("。", "、",
        # "【】", "「」"), as writers of Chinese and Japanese type them in English text:
        # their ASCII counterparts (the cheat sheet's fonts draw no CJK)
        **{chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)},
        "\u3001": ", ",
        "\u3002": ". ",
        **dict.fromkeys("\u3008\u300a\u300c\u300e", '"'),
        **dict.fromkeys("\u3009\u300b\u300d\u300f", '"'),
        "\u3010": "[",
        "\u3011": "]",
    }
)
_ASCII_SPACES = {c: " " for c in (*range(32), 127)}  # ASCII Cc (Zs is just " ")
_WORD = re.compile(r"[a-z0-9]+(?:[-'^][a-z0-9]+)*")
CAPITALS = re.compile(r"\b([A-Z]{2,6})s?\b")
"""A short form as titles write it: two to six capitals, perhaps a plural "s" ("CNNs")."""
_CAPITAL_NEIGHBOUR = re.compile(r"\b[A-Z]+\s+$|^\s+[A-Z]+\b")
"""A word in capitals right before (at the end of) or right after (at the start of) a stretch."""


def written_short_forms(title: str) -> list[str]:
    """The short forms ``title`` writes (:data:`CAPITALS`, without a plural "s").

    A stop word in capitals beside another word in capitals is shouted, not short
    ("HOW CAN I CONTROL X?"); alone, it may be one ("DO" for dropout)."""
    found = []
    for m in CAPITALS.finditer(title):
        word = m.group(1)
        if word.lower() in STOPWORDS and (
            _CAPITAL_NEIGHBOUR.search(title[max(0, m.start() - 40) : m.start()])
            or _CAPITAL_NEIGHBOUR.search(title[m.end() : m.end() + 40])
        ):
            continue
        found.append(word)
    return found


_INEQUALITY = re.compile(r"(?<![\w.])([a-zA-Z])\s*(>=|<=|<|>)\s*(-?\d+(?:\.\d+)?)(?![\w.])")
_BARE_INEQUALITY = re.compile(r"(?<=\s)(>=|<=|<|>)\s*(-?\d+(?:\.\d+)?)(?![\w.])")
_POWER = re.compile(r"(?<![\w^])([A-Za-z])\^(\d+|[a-z])(?![\w^])")
_LATEX_OPERATORS = {">=": r"\ge", "<=": r"\le", "<": "<", ">": ">"}


_MATHY = frozenset("^<>")


def _absolute(url: str) -> bool:
    return bool(urlsplit(url).scheme)


_WIKI_LINK = re.compile(r"\[\[(?=[^\W\d_])([^\[\]|\n]{1,200})(?:\|([^\[\]\n]{1,200}))?\]\]")


def _collapse_spaces(text: str) -> str:
    return re.sub(r" {2,}", " ", text) if "  " in text else text


_TAGS = re.compile(r"^(?:\s*\[[^\[\]]{1,40}\])+\s+(?=\S)")


def without_tags(title: str) -> str:
    """A title without the bracketed tags question banks put before it ("[Meta ML E5]
    ...": where the question was asked, not what it asks; its capitals would read as
    short forms); the title itself when nothing would be left."""
    stripped = _TAGS.sub("", title, count=1)
    return stripped if any(c.isalnum() for c in stripped) else title


def fixes_possible(text: str, table: dict[str, str]) -> bool:
    """Cheap test before the fix regex: does any fix occur in the lower-cased text at all?
    (Text that is not ASCII goes to the regex: its case rules are subtler.)"""
    if not text.isascii():
        return True
    return any(map(text.lower().__contains__, table))


def clean_unicode(text: str, strip: bool = True) -> str:
    """NFC-normalize, straighten quotes, make full-width ASCII forms and CJK punctuation
    ASCII ("？" -> "?", "。" -> "."), turn odd spaces into one space, trim (unless not
    ``strip``)."""
    if text.isascii():  # fast path, same result: NFC and the quote table leave ASCII alone
        text = text.translate(_ASCII_SPACES)
    else:
        text = unicodedata.normalize("NFC", text).translate(_QUOTES)
        text = "".join(" " if unicodedata.category(c) in ("Zs", "Cc") else c for c in text)
    text = _collapse_spaces(text)
    return text.strip() if strip else text


_PICTOGRAPHS = re.compile(
    " ?[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]"
    "[\ufe0e\ufe0f\u20e3\U0001f3fb-\U0001f3ff]*"
    "(?:\u200d[\u2600-\u27bf\U0001f000-\U0001faff][\ufe0e\ufe0f]*)*"
    "| ?[\ufe0e\ufe0f\u20e3]"
)


def without_pictographs(text: str) -> str:
    """``text`` without emoji and pictographic symbols ("🤔", "🚀", "✅", "⭐️"): the
    decoration of a title or summary, which says nothing the words do not and which the
    cheat sheet's fonts cannot draw. Answers keep theirs (the site shows them)."""
    if text.isascii() or not _PICTOGRAPHS.search(text):
        return text

    def gap(match: re.Match[str]) -> str:
        # "nodes 🚀." -> "nodes."; "Dropout 👍 works" -> "Dropout works"
        after = text[match.end() : match.end() + 1]
        return "" if not after or after in ".,;:!?)" else " "

    return _collapse_spaces(_PICTOGRAPHS.sub(gap, text))


_NOT_PLURALS = frozenset(("does", "goes"))
"""Verbs the rules below would read as plurals ("does" is no plural of "doe")."""


@lru_cache(maxsize=65536)
def singular(word: str) -> str:
    """A crude English singular, good enough to compare question words."""
    if len(word) <= 3 or word in _NOT_PLURALS:
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "as", "os")):
        return word[:-1]
    return word


def _word_pattern(words: list[str]) -> re.Pattern[str]:
    ordered = sorted(words, key=len, reverse=True)
    body = "|".join(re.escape(w) for w in ordered) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


@dataclass(frozen=True)
class Normalizer:
    """A word list compiled for fast, repeated use over many entries."""

    words: WordList

    @cached_property
    def _fixes(self) -> tuple[re.Pattern[str], dict[str, str]]:
        table = {w.lower(): r for w, r in (*self.words.typos, *self.words.phrases)}
        return _word_pattern(list(table)), table

    @cached_property
    def _title_fixes(self) -> tuple[re.Pattern[str], dict[str, str]]:
        table = {w.lower(): r for w, r in self.words.title_phrases}
        return _word_pattern(list(table)), table

    @cached_property
    def _keep_case(self) -> dict[str, str]:
        return {w.lower(): w for w in self.words.keep_case}

    @cached_property
    def _formulas(self) -> tuple[re.Pattern[str], dict[str, str]]:
        table = dict(self.words.formulas)
        body = "|".join(re.escape(f) for f in sorted(table, key=len, reverse=True)) or "(?!)"
        return re.compile(body), table

    @cached_property
    def _spun(self) -> SpunDetector:
        return SpunDetector(self.words)

    @cached_property
    def _context(self) -> re.Pattern[str]:
        return _word_pattern(list(self.words.title_context))

    @cached_property
    def _filler(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.words.title_filler)

    @cached_property
    def _synonyms(self) -> dict[str, str]:
        return {singular(w.lower()): singular(r.lower()) for w, r in self.words.synonyms}

    @cached_property
    def furniture(self) -> tuple[re.Pattern[str], ...]:
        """The furniture line patterns, compiled into one (one search per line)."""
        if not self.words.furniture:
            return ()
        body = "|".join(f"(?:{p})" for p in self.words.furniture)
        return (re.compile(body, re.IGNORECASE),)

    @staticmethod
    def _apply(
        text: str, fixes: tuple[re.Pattern[str], dict[str, str]], strip: bool = True
    ) -> tuple[str, int]:
        pattern, table = fixes
        count = 0

        def replace(match: re.Match[str]) -> str:
            nonlocal count
            found = match.group(0)
            fixed = table[found.lower()]
            if fixed and found[0].isupper() and not fixed[0].isupper():
                fixed = fixed[0].upper() + fixed[1:]
            if fixed != found:
                count += 1
            return fixed

        if not fixes_possible(text, table):
            return (text.strip() if strip else text), 0
        text = _collapse_spaces(pattern.sub(replace, text))
        return (text.strip() if strip else text), count

    def fix_text(self, text: str, strip: bool = True) -> tuple[str, int]:
        """Clean Unicode and apply typo and variant fixes; return the text and how many fixes.

        Wiki links of note apps ("[[tabular data]]", "[[page|shown text]]") point into the
        source's own notes: their text stays, the link goes (as for relative links).
        ``strip=False`` keeps white space at the ends (a piece of text between others).
        """
        if "[[" in text:
            text = _WIKI_LINK.sub(lambda m: m.group(2) or m.group(1), text)
        return self._apply(clean_unicode(text, strip), self._fixes, strip)

    def spun_count(self, text: str) -> int:
        """How many of the word list's spun phrases the text contains (see :mod:`generator.ingest.spun`)."""
        return self._spun.count_phrases(text)

    def sentence_case(self, title: str) -> str:
        """Lower-case a Title Case title, keeping acronyms and listed proper nouns."""
        words = title.split(" ")
        capitalised = sum(1 for w in words[1:] if w[:1].isupper())
        title_case = len(words) > 2 and capitalised >= (len(words) - 1) * 0.6
        out = []
        for i, word in enumerate(words):
            core = word.strip("?.,:;!()\"'")
            keep = self._keep_case.get(core.lower())
            if keep:
                word = word.replace(core, keep)
            elif i > 0 and title_case and not (core.isupper() and len(core) > 1):
                word = word.lower()
            out.append(word)
        text = " ".join(out)
        return text[:1].upper() + text[1:]

    def normalize_title(self, raw: str) -> tuple[str, int]:
        """A clean title in sentence case that ends with one question mark.

        A title that asks nothing and ends with a full stop ("Count the orders placed
        per day.") is a task, and keeps its full stop.
        """
        text, count = self.fix_text(without_tags(without_pictographs(raw)))
        text, title_count = self._apply(text, self._title_fixes)
        text = re.sub(r"\s+([?.,:;])", r"\1", text)
        text = re.sub(r"\b(is|are)\s+(a|an|the)\s+(\w+)\s*\?$", r"\1 \2 \3?", text, flags=re.I)
        task = "?" not in text and text.rstrip().endswith(".")
        text = self.sentence_case(text.rstrip(" .:;,-"))
        text = re.sub(r"\?+$", "", text).rstrip()
        return text + ("." if task else "?"), count + title_count

    def _segments(self, text: str) -> list[tuple[str, bool]]:
        """Split text into (piece, is_math) with flattened formulas turned into LaTeX."""
        pattern, table = self._formulas
        if _MATHY.isdisjoint(text) and not any(map(text.__contains__, table)):
            return [(text, False)] if text else []
        found: list[tuple[int, int, str]] = [
            (m.start(), m.end(), table[m.group(0)]) for m in pattern.finditer(text)
        ]
        for m in _POWER.finditer(text):
            found.append((m.start(), m.end(), f"{m.group(1)}^{{{m.group(2)}}}"))
        for m in _INEQUALITY.finditer(text):
            found.append(
                (m.start(), m.end(), f"{m.group(1)} {_LATEX_OPERATORS[m.group(2)]} {m.group(3)}")
            )
        for m in _BARE_INEQUALITY.finditer(text):
            found.append((m.start(), m.end(), f"{_LATEX_OPERATORS[m.group(1)]} {m.group(2)}"))
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        pieces: list[tuple[str, bool]] = []
        pos = 0
        for start, end, latex in found:
            if start < pos:
                continue
            if start > pos:
                pieces.append((text[pos:start], False))
            pieces.append((latex, True))
            pos = end
        if pos < len(text):
            pieces.append((text[pos:], False))
        return pieces

    def find_formulas(self, text: str) -> Inlines:
        """Plain text as text and math: flattened formulas become :class:`Math` nodes."""
        return tuple(
            Math(piece) if is_math else Text(piece) for piece, is_math in self._segments(text)
        )

    def normalize_answer(self, blocks: Blocks) -> tuple[Blocks, int]:
        """Fix every text node of an answer and find its formulas; return it and the fix count.

        A link or image with a relative URL points into the source's own folder, which
        the guide does not have: its text stays, the link goes.
        """
        fixes = 0

        def fix_run(inlines: Inlines) -> Inlines:
            nonlocal fixes
            out: list[Inline] = []
            for node in inlines:
                if isinstance(node, Link) and not _absolute(node.url):
                    out.extend(node.children)  # points into the source's own folder
                    continue
                if isinstance(node, Image) and not _absolute(node.url):
                    node = Text(node.alt)
                if isinstance(node, Text):
                    text, count = self.fix_text(node.text, strip=False)
                    fixes += count
                    out.extend(self.find_formulas(text))
                else:
                    out.append(node)
            return strip_inlines(tuple(out))

        return map_blocks(blocks, fix_run), fixes

    @cached_property
    def _field_suffix(self) -> re.Pattern[str]:
        suffixes = [c for c in self.words.title_context if c.lower().startswith("in ")]
        body = "|".join(re.escape(c) for c in sorted(suffixes, key=len, reverse=True)) or "(?!)"
        return re.compile(rf"\s+(?:{body})\s*(?=\?*$)", re.IGNORECASE)

    def without_field_suffix(self, title: str) -> str:
        """The title without a trailing "in deep neural networks"-like phrase (for ids)."""
        return self._field_suffix.sub("", title)

    def title_key(self, title: str) -> tuple[str, ...]:
        """The words that say what a title asks, for comparing questions.

        A filler word written as a short form in a title that is not all capitals stays
        ("DO" for dropout, "IT" for information theory)."""
        text = self._context.sub(" ", title.lower())
        shorts = (
            {w.lower() for w in written_short_forms(title)} if title != title.upper() else set()
        )
        words = []
        for word in _WORD.findall(text.replace("-", "")):
            if word in self._filler and word not in shorts:
                continue
            word = singular(word.replace("'", ""))
            words.append(self._synonyms.get(word, word))
        return tuple(words)

    def answer_key(self, text: str) -> tuple[str, ...]:
        """The content words of an answer, for comparing questions."""
        # answer_word(w), inlined: this runs over every word of every answer
        return tuple(
            [singular(w) for w in _WORD.findall(text.lower()) if len(w) > 1 and w not in STOPWORDS]
        )

    def normalize_entry(self, raw: RawEntry) -> Entry:
        """Turn a raw entry into a clean entry with matching keys and quality counts."""
        raw_title, blocks = question_from_body(raw.title, raw.blocks)
        title, title_fixes = self.normalize_title(raw_title)
        answer, answer_fixes = self.normalize_answer(blocks)
        context, _ = self.normalize_answer(raw.context)
        prose = prose_text(answer)
        return Entry(
            ref=raw.ref,
            title=title,
            answer=answer,
            title_key=self.title_key(title),
            answer_key=self.answer_key(plain_text(answer)),
            corrections=title_fixes + answer_fixes,
            spun_phrases=self.spun_count(prose),
            prose_words=len(prose.split()),
            section=clean_unicode(raw.section) if raw.section else None,
            level=raw.level,
            context=context,
        )
