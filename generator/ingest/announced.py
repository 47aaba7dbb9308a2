"""Titles that only announce a question, or name it only on the next line: the body's first line.

Forum posts and issue dumps often put a greeting or a label where the question should
be ("Hi, I have a newbie question.", "#### QUESTION", "Quick question") and ask it in
the first line of the body. Such a title says nothing a reader or the duplicate finder
can use, so the body's first line, when it reads as a question, becomes the title and
leaves the answer. A leading phrase before the announcement ("For image search, quick
question") is kept in front of it.

Flashcards and exam papers ask in the same way with an instruction whose object is on
the next line ("Define:" over "Batch normalization"): the term joins the title
("Define batch normalization") and leaves the answer.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from ..document import Blocks, Break, Paragraph, inline_text, strip_inlines


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


ANNOUNCING_WORDS = _word_set(
    """
    hi hello hey dear all everyone everybody folks guys team there
    i im i'm we have got a an the my our one some this another here
    quick simple small silly stupid dumb basic short little general newbie noob noobie
    beginner beginners novice naive
    question questions query queries doubt doubts help please needed need thanks thank
    you ask asking perhaps maybe probably sorry q qn
    """
)
"""Words of a title that announces a question without asking it (ordinary English)."""

QUESTION_OPENERS = _word_set(
    """
    what what's whats why how when where which who whom whose is are was were do does
    did can could should would will shall may might must has have explain describe
    define tell give list name compare discuss
    """
)
"""First words of a line that asks something even without a question mark."""

INSTRUCTION_WORDS = _word_set(
    """
    define definition explain describe discuss elaborate clarify what is are meant by mean
    meaning the a an of on term terms following concept briefly write short note notes
    """
)
"""Words of a title that asks for something it names only on the next line, after a
colon, as flashcards and exam papers write ("Define:", "Explain the following term:",
"What is meant by:")."""

INSTRUCTING_WORDS = _word_set(
    "define definition explain describe discuss elaborate clarify what meant meaning write"
)
"""The words that make such a title ask (one at least): "The following:" asks nothing."""

MAX_TERM_WORDS = 10
"""Words beyond which a body's first line is an answer, not the term a title asks about."""

MAX_QUESTION_LENGTH = 300
"""Characters beyond which a body's first line is an answer, not a question."""

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def _is_announcing(word: str) -> bool:
    if word in ANNOUNCING_WORDS:
        return True
    # one slip of the keyboard in a longer word ("questiown", "hae")
    return len(word) >= 3 and any(
        len(known) >= 4 and OSA.distance(word, known, score_cutoff=1) <= 1
        for known in ANNOUNCING_WORDS
    )


def announces_only(text: str) -> bool:
    """Whether ``text`` has words and every one of them only announces a question."""
    words = _WORD.findall(text.lower())
    if not words or sum(w not in ANNOUNCING_WORDS for w in words) > 2:
        return False
    return all(_is_announcing(w) for w in words)


def _announcement_start(title: str) -> int | None:
    """Where the announcing part of a title starts (0: all of it), or None."""
    if announces_only(title):
        return 0
    # "For image search, quick question": a leading phrase that asks nothing itself
    comma = title.find(",")
    if comma > 0 and announces_only(title[comma + 1 :]):
        lead = _WORD.findall(title[:comma].lower())
        if "?" not in title[:comma] and not QUESTION_OPENERS.intersection(lead):
            return comma + 1
    return None


def _reads_as_question(line: str) -> bool:
    words = _WORD.findall(line.lower())
    if not words:
        return False
    # "How it works: ..." opens an answer with a heading of its own
    return line.rstrip().endswith("?") or (words[0] in QUESTION_OPENERS and ":" not in line)


def _asks_for_next_line(title: str) -> bool:
    """Whether a title ends with a colon after words that ask for something they do not
    name ("Define:", "For credit scoring, explain the term:")."""
    title = title.rstrip()
    if not title.endswith(":"):
        return False
    comma = title.find(",")
    words = set(_WORD.findall(title[comma + 1 : -1].lower()))
    return bool(words) and words <= INSTRUCTION_WORDS and bool(words & INSTRUCTING_WORDS)


def _reads_as_term(line: str) -> bool:
    """Whether a line names something, as a term, not a sentence ("Batch normalization")."""
    return 0 < len(line.split()) <= MAX_TERM_WORDS and not re.search(r"[.!?;:](?:\s|$)", line)


def question_from_body(title: str, blocks: Blocks) -> tuple[str, Blocks]:
    """The title and answer, with the question taken from the body's first line when
    the title only announces one, or completed by it when the title asks for something
    it names only there ("Define:" over "Batch normalization"); otherwise both unchanged."""
    start = _announcement_start(title)
    asks_next = start is None and _asks_for_next_line(title)
    if (start is None and not asks_next) or not blocks or not isinstance(blocks[0], Paragraph):
        return title, blocks
    children = blocks[0].children
    cut = next((i for i, node in enumerate(children) if isinstance(node, Break)), len(children))
    line = inline_text(strip_inlines(children[:cut])).strip()
    rest = strip_inlines(children[cut + 1 :])
    answer = ((Paragraph(rest),) if rest else ()) + blocks[1:]
    if asks_next:
        if not _reads_as_term(line):
            return title, blocks
        return f"{title.rstrip()[:-1].rstrip()} {line}", answer
    if not line or len(line) > MAX_QUESTION_LENGTH or not _reads_as_question(line):
        return title, blocks
    lead = title[:start].strip()
    if lead and line[1:2].islower():
        line = line[:1].lower() + line[1:]
    question = f"{lead} {line}" if lead else line
    return question, answer
