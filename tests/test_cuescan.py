"""The cue scanner finds exactly what the whole alternation's ``finditer`` finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.corpus import BLIND_SETS
from generator.ingest import asks
from generator.ingest.cuescan import CueScanner, first_characters, split_alternatives

BUDGET = settings(max_examples=400, deadline=None, derandomize=True)


def whole_alternation(groups: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(rf"(?P<a{i}>\b(?:{g})\b)" for i, g in enumerate(groups)))


def found_by_finditer(pattern: re.Pattern[str], text: str) -> list[int]:
    return [int((m.lastgroup or "a0")[1:]) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("pattern", "parts"),
    [
        ("a|b", ["a", "b"]),
        ("a(?:b|c)|d", ["a(?:b|c)", "d"]),
        (r"x\|y|z", [r"x\|y", "z"]),
        ("[|]|q", ["[|]", "q"]),
        ("[]|]|q", ["[]|]", "q"]),
        ("[^]|]|q", ["[^]|]", "q"]),
        ("(?<!a|b)c|d", ["(?<!a|b)c", "d"]),
    ],
)
def test_alternatives_split_at_the_top_level_only(pattern: str, parts: list[str]) -> None:
    assert split_alternatives(pattern) == parts


@pytest.mark.parametrize(
    ("alternative", "chars"),
    [
        ("differences?", "d"),
        (r"(?<!\bmake a )differ", "d"),
        ("(?:how|ways?) to", "hw"),
        ("s?how", "sh"),  # an optional first letter adds what follows
        ("(?:when .{0,9})?not", "wn"),
        (r"(?:^|[.:#]\s*)managing", ".:#m"),
        (r"\?x", "?"),
        ("(?:a|b)+c", "ab"),
        ("x{2,3}", "x"),
        ("x{0,3}y", "xy"),
    ],
)
def test_first_characters_are_read_from_the_text(alternative: str, chars: str) -> None:
    assert first_characters(alternative) == frozenset(chars)


@pytest.mark.parametrize(
    "alternative",
    [".{1,9}x", r"\w+ing", "[a-z]x", "[^x]y", "(x)y", "(?:a|)", "a?", r"(?:a|\d)b", "$"],
)
def test_first_characters_unknown_when_not_plain(alternative: str) -> None:
    assert first_characters(alternative) is None


def test_every_real_phrasing_finds_the_same_cues() -> None:
    """Thousands of real-world question templates, filled in and lower-cased as the ask
    reader reads them: the scanner's groups equal ``finditer``'s."""
    groups = [cues for _, cues in asks._ASK_CUES]
    whole = whole_alternation(groups)
    texts = [
        template.format(s="sparse attention", S="Sparse attention").lower().replace("-", " ")
        for phrasings in BLIND_SETS.values()
        for templates in phrasings.values()
        for template in templates
    ]
    assert len(texts) > 3000
    differing = [
        t for t in texts if list(asks._ASK_SCANNER.groups_found(t)) != found_by_finditer(whole, t)
    ]
    assert differing == []
    assert sum(bool(found_by_finditer(whole, t)) for t in texts) > len(texts) // 2


_CUE_WORDS = sorted(
    {w for _, cues in asks._ASK_CUES for w in re.findall(r"[a-z']+", cues) if len(w) > 1}
)


@BUDGET
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_CUE_WORDS),
            st.sampled_from(["x", "dropout", "?", ".", ":", "#", "**", "(", ")", "n't"]),
        ),
        max_size=14,
    ),
    st.sampled_from([" ", "", "  ", " - "]),
)
def test_cue_words_in_any_order_find_the_same_cues(words: list[str], joint: str) -> None:
    text = joint.join(words)
    whole = whole_alternation([cues for _, cues in asks._ASK_CUES])
    assert list(asks._ASK_SCANNER.groups_found(text)) == found_by_finditer(whole, text)


_TRICKY = [
    r"(?:^|[.:)]\s*)is (?!there\b).{1,20}\buseful",
    r"(?<!\bnot )works?|s?how|(?:when .{0,9})?(?:not|n't) use",
    r"[a-c]bc|\w+ing|(?:x|y)+z",
    r" for(?=\s*[?.]*$)|(?:the|a) catch\b",
]


@BUDGET
@given(
    st.lists(
        st.sampled_from(
            [
                *("is", "there", "useful", "not", "works", "show", "how", "when", "n't", "use"),
                *("abc", "bbc", "testing", "xyz", "xxz", "for", "the", "catch", "a", ".", ")", "?"),
            ]
        ),
        max_size=12,
    ),
    st.sampled_from([" ", "", ". "]),
)
def test_tricky_groups_find_the_same_matches(words: list[str], joint: str) -> None:
    """Groups with unknown first characters, optional items and anchors: still equal."""
    text = joint.join(words)
    assert list(CueScanner(_TRICKY).groups_found(text)) == found_by_finditer(
        whole_alternation(_TRICKY), text
    )
