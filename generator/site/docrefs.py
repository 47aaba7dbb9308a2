"""Cross-references in the API reference: docstrings' Sphinx roles turned into links.

The package's docstrings name other objects as Sphinx does (":func:`first_clause`",
":mod:`generator.ingest.asks`"). mkdocstrings renders the role's name as text in front
of the code ("<code>first_clause</code>" after ":func:"), which a reader should not see.
Each role becomes a link to the object's heading on the same page when exactly one
object there has that name (or dotted path ending); else just the code.
"""

from __future__ import annotations

import html
import re

_ROLE = re.compile(r":(?:mod|func|class|meth|data|attr|exc|obj):<code>([^<]*)</code>")
_OBJECT_ID = re.compile(r'\bid="(generator(?:\.[A-Za-z_][A-Za-z0-9_]*)*)"')


def link_roles(page_html: str) -> str:
    """``page_html`` with every rendered Sphinx role linked to its object, or plain code."""
    if ":<code>" not in page_html:
        return page_html
    ids = set(_OBJECT_ID.findall(page_html))

    def target(name: str) -> str | None:
        name = html.unescape(name).lstrip("~.").removesuffix("()")
        if name in ids:
            return name
        found = [i for i in ids if i.endswith("." + name)]
        return found[0] if len(found) == 1 else None

    def replace(match: re.Match[str]) -> str:
        code = f"<code>{match.group(1)}</code>"
        found = target(match.group(1))
        return f'<a href="#{found}">{code}</a>' if found else code

    return _ROLE.sub(replace, page_html)
