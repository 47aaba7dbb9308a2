"""Which characters the cheat sheet's built-in fonts can draw.

Checked at ingest (a title or summary the sheet cannot print is an error there, not at
the end of a build) and again when the sheet is typeset.
"""

from __future__ import annotations

import unicodedata

# What the built-in fonts (Libertinus Serif, then New Computer Modern as fallback)
# draw; any other character would print as an empty box, so it is an error. Ranges
# and exceptions found by rendering every character against the box glyph.
_COVERED = (
    (0x20, 0x7E),
    (0xA0, 0x4FF),  # Latin-1, Latin Extended, IPA, Greek, Cyrillic
    (0x1E00, 0x1EFF),
    (0x2000, 0x20CF),  # punctuation, super- and subscripts, currency
    (0x2100, 0x214F),
    (0x2190, 0x25FF),  # arrows, mathematical operators, technical, shapes
    (0x27C0, 0x27EF),
    (0x2900, 0x2AFF),
    (0xFB00, 0xFB06),
)
_UNCOVERED = frozenset({0x2041, 0x2043, 0x2053, 0x211F, 0x2121, 0x2123, 0x2125})


def has_glyph(char: str) -> bool:
    """Whether the sheet's built-in fonts draw ``char`` (spaces and format marks count)."""
    code = ord(char)
    category = unicodedata.category(char)
    if category in ("Cc", "Cf", "Zs", "Zl", "Zp"):
        return True
    if category in ("Cn", "Co", "Cs"):  # unassigned, private use, lone surrogates
        return False
    return code not in _UNCOVERED and any(low <= code <= high for low, high in _COVERED)
