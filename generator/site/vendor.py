"""Front-end files the site serves from npm packages (installed by ``npm ci``), never a CDN."""

from __future__ import annotations

from pathlib import Path

from ..errors import StudyGuideError

VENDOR_FILES = (
    ("iframe-worker/shim/index.js", "assets/vendor/iframe-worker/shim.js"),
    ("katex/dist/katex.min.css", "assets/vendor/katex/katex.min.css"),
    ("ts-fsrs/dist/index.umd.js", "assets/vendor/ts-fsrs/index.umd.js"),
)
"""Single files, as (path in ``node_modules``, path in the site)."""
VENDOR_GLOBS = (("katex/dist/fonts", "*.woff2", "assets/vendor/katex/fonts"),)
"""Folders of files, as (folder in ``node_modules``, pattern, folder in the site)."""


def vendored_files(vendor: Path) -> list[tuple[Path, str]]:
    """Every file to serve, as (file on disk, path in the site); an error if one is missing."""
    wanted = [(vendor / source, dest) for source, dest in VENDOR_FILES]
    for folder, pattern, dest in VENDOR_GLOBS:
        wanted += [(p, f"{dest}/{p.name}") for p in sorted((vendor / folder).glob(pattern))]
    for source, _dest in wanted:
        if not source.is_file():
            raise StudyGuideError(str(source), 0, "missing; run `npm ci` (make setup) first")
    return wanted
