"""What each command does: ingest, build, pdf and anki (the parser is in :mod:`generator.cli`)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

from .atomic import folder_lock, recover, replace_folder
from .config import Settings, load_settings
from .content import Content, load_content
from .dates import EPOCH_VARIABLE, content_stamp, last_commit_seconds
from .ingest.dedupe import DedupeSettings
from .ingest.pipeline import IngestOptions, run_ingest
from .ingest.report import summary
from .ingest.writer import MANIFEST


def _progress(quiet: bool) -> Callable[[str], None] | None:
    """Progress lines on an interactive terminal only; silent in CI and pipes."""
    if quiet or os.environ.get("CI") or not sys.stderr.isatty():
        return None
    start = time.perf_counter()
    return lambda message: print(
        f"[{time.perf_counter() - start:6.1f}s] {message}", file=sys.stderr
    )


def run_ingest_command(args: argparse.Namespace) -> int:
    settings = load_settings(Path(args.config_file))
    out = Path(args.out) if args.out else settings.questions
    curation = Path(args.curation) if args.curation else None
    if curation is None and args.out is None and settings.curation.is_file():
        curation = settings.curation
    options = IngestOptions(
        sources=tuple(Path(s) for s in args.sources) or (settings.sources,),
        out=out,
        wordlist=Path(args.wordlist) if args.wordlist else settings.wordlist,
        taxonomy=Path(args.taxonomy) if args.taxonomy else settings.taxonomy,
        curation=curation,
        report=Path(args.report) if args.report else None,
        format=args.format,
        settings=DedupeSettings(threshold=args.merge_threshold),
    )
    started = time.perf_counter()
    result = run_ingest(options, _progress(args.quiet), check=args.check)
    plan = result.plan
    for line in result.recovered:
        print(f"note: {line}", file=sys.stderr)
    if plan.manifest_problem:
        print(
            f"warning: {out / MANIFEST}: {plan.manifest_problem}; rebuilt from the files on disk",
            file=sys.stderr,
        )
        for name in plan.delete:
            print(f"note: {out / name}: its question no longer exists; removed", file=sys.stderr)
    for name in plan.recreated:
        print(f"note: {out / name}: was deleted by hand; written again", file=sys.stderr)
    for name in plan.hand_edited:
        print(
            f"warning: {out / name}: edited by hand since the last ingest; kept, not overwritten",
            file=sys.stderr,
        )
    verb = "would change" if args.check else "changed"
    print(
        f"ingest: {result.sources} source(s): {summary(result.review)}; "
        f"{plan.changed} files {verb} ({len(plan.write)} written, {len(plan.delete)} deleted, "
        f"{len(plan.unchanged)} unchanged, {len(plan.hand_edited)} hand-edited kept) "
        f"in {time.perf_counter() - started:.2f}s"
    )
    if args.check and (plan.changed or result.report_changed):
        print(
            "ingest --check: question files are not up to date; run python -m generator ingest",
            file=sys.stderr,
        )
        return 1
    return 0


class _BuildFailed(Exception):
    """MkDocs exited non-zero (it has printed why)."""


def run_build(args: argparse.Namespace) -> int:
    """Ingest (a no-op when up to date), then build the site with MkDocs in strict mode.

    The site is built into a new folder beside ``--site-dir`` and swapped in only when
    MkDocs succeeds (:mod:`generator.atomic`): a failed or killed build leaves the old site.
    """
    if not args.skip_ingest:
        ingest = ["ingest", "--config-file", args.config_file, *(["-q"] if args.quiet else [])]
        from .cli import build_parser  # the parser lives with the command line

        code = run_ingest_command(build_parser().parse_args(ingest))
        if code:
            return code
    site_dir = Path(args.site_dir)
    command = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "--strict",
        "-f",
        args.config_file,
        "-d",
        str(site_dir),
    ]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if EPOCH_VARIABLE not in env:  # dates in the sitemap, PDF and deck: the last commit's
        seconds = last_commit_seconds(Path.cwd())
        if seconds is not None:
            env[EPOCH_VARIABLE] = str(seconds)
    started = time.perf_counter()
    failed: list[int] = []

    def build_into(new: Path) -> None:  # MkDocs writes a new folder; swapped in if it succeeds
        result = subprocess.run([*command[:-1], str(new)], env=env, check=False)
        if result.returncode:
            failed.append(result.returncode)
            raise _BuildFailed

    with folder_lock(site_dir):
        recover(site_dir)
        try:
            replace_folder(site_dir, build_into, keep=lambda _name: False)
        except _BuildFailed:
            print(
                f"error: {args.config_file}: mkdocs build failed (exit {failed[0]}); "
                f"{site_dir}/ left as it was",
                file=sys.stderr,
            )
            return failed[0]
    pages = sum(1 for _ in site_dir.rglob("*.html"))
    index = (site_dir / "index.html").resolve()
    print(f"site: {pages} pages in {site_dir}/ built in {time.perf_counter() - started:.1f}s")
    print(f"  open from disk:  {index.as_uri()}")
    site_url = load_settings(Path(args.config_file)).site.url or "/"
    served = f"http://127.0.0.1:8000{urlsplit(site_url).path or '/'}"
    print(f"  or serve it:     .venv/bin/mkdocs serve   (then {served})")
    print(f"  offline copy:    cd {site_dir} && zip -qr ../studyguide-offline.zip .")
    sheet = site_dir / "cheatsheet.pdf"
    if sheet.is_file():
        print(
            f"cheat sheet: {sheet} ({sheet.stat().st_size // 1024} KiB), linked from the home page"
        )
    deck = site_dir / "studyguide.apkg"
    if deck.is_file():
        print(f"anki deck: {deck} ({deck.stat().st_size // 1024} KiB), linked from the home page")
    return 0


def _outputs_input(args: argparse.Namespace) -> tuple[Settings, Content]:
    """The settings (``--questions``, ``--taxonomy`` and ``--site-url`` win) and the content."""
    settings = load_settings(Path(args.config_file))
    settings = replace(
        settings,
        questions=Path(args.questions) if args.questions else settings.questions,
        taxonomy=Path(args.taxonomy) if args.taxonomy else settings.taxonomy,
        site=settings.site.with_url(args.site_url),
    )
    return settings, load_content(settings, words=False)


def run_pdf(args: argparse.Namespace) -> int:
    """``pdf``: typeset the cheat sheet."""
    started = time.perf_counter()
    from .outputs.pdf import build_pdf  # Typst and pandoc load only for the commands using them

    settings, content = _outputs_input(args)
    result = build_pdf(
        content,
        Path(args.out),
        site=settings.site,
        stamp=content_stamp(settings.questions, args.date),
        paper=args.paper,
    )
    if result.site_url is None:
        print(
            f"warning: no site URL (--site-url or site_url in {args.config_file}); "
            "question titles in the PDF are not links",
            file=sys.stderr,
        )
    print(
        f"pdf: {result.questions} questions in {result.topics} topics, {result.pages} pages, "
        f"{result.size // 1024} KiB written to {result.path} "
        f"in {time.perf_counter() - started:.2f}s"
    )
    return 0


def run_anki(args: argparse.Namespace) -> int:
    """``anki``: write the Anki deck."""
    started = time.perf_counter()
    from .outputs.anki import write_deck

    settings, content = _outputs_input(args)
    result = write_deck(
        Path(args.out), content, settings.site, content_stamp(settings.questions, args.date)
    )
    if settings.site.url is None:
        print(
            f"warning: no site URL (--site-url or site_url in {args.config_file}); "
            "notes have no link to their page",
            file=sys.stderr,
        )
    print(
        f"anki: {result.notes} notes, {result.size // 1024} KiB written to {result.path} "
        f"in {time.perf_counter() - started:.2f}s"
    )
    return 0
