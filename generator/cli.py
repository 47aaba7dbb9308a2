"""Command line: ``python -m generator`` (also installed as ``studyguide``)."""

from __future__ import annotations

import argparse
import datetime
import os
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from urllib.parse import urlsplit

from .atomic import folder_lock, recover, replace_folder
from .errors import StudyGuideError
from .ingest.dedupe import DedupeSettings
from .ingest.pipeline import IngestOptions, run_ingest
from .ingest.readers import READERS
from .ingest.report import summary
from .ingest.writer import MANIFEST

CONTENT = Path("content")
DEFAULT_OUT = CONTENT / "questions"


def _progress(quiet: bool) -> Callable[[str], None] | None:
    """Progress lines on an interactive terminal only; silent in CI and pipes."""
    if quiet or os.environ.get("CI") or not sys.stderr.isatty():
        return None
    start = time.perf_counter()
    return lambda message: print(
        f"[{time.perf_counter() - start:6.1f}s] {message}", file=sys.stderr
    )


def _ingest(args: argparse.Namespace) -> int:
    out = Path(args.out) if args.out else DEFAULT_OUT
    curation = Path(args.curation) if args.curation else None
    if curation is None and args.out is None and (CONTENT / "curation.yaml").is_file():
        curation = CONTENT / "curation.yaml"
    options = IngestOptions(
        sources=tuple(Path(s) for s in args.sources) or (CONTENT / "sources",),
        out=out,
        wordlist=Path(args.wordlist),
        taxonomy=Path(args.taxonomy),
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


def _build(args: argparse.Namespace) -> int:
    """Ingest (a no-op when up to date), then build the site with MkDocs in strict mode.

    The site is built into a new folder beside ``--site-dir`` and swapped in only when
    MkDocs succeeds (:mod:`generator.atomic`): a failed or killed build leaves the old site.
    """
    if not args.skip_ingest:
        code = _ingest(build_parser().parse_args(["ingest", *(["-q"] if args.quiet else [])]))
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
    if "SOURCE_DATE_EPOCH" not in env:  # dates in the sitemap and PDF: those of the last commit
        commit = subprocess.run(
            ["git", "log", "-1", "--format=%ct"], capture_output=True, text=True, check=False
        )
        if commit.returncode == 0 and commit.stdout.strip().isdigit():
            env["SOURCE_DATE_EPOCH"] = commit.stdout.strip()
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
    from .outputs.pdf import (
        read_mkdocs_config,  # Typst and pandoc load only for the commands using them
    )

    site_url = read_mkdocs_config(Path(args.config_file)).get("site_url") or "/"
    served = f"http://127.0.0.1:8000{urlsplit(str(site_url)).path or '/'}"
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


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date of the form YYYY-MM-DD: {text!r}") from None


def _pdf(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    from .outputs.pdf import build_pdf

    result = build_pdf(
        Path(args.questions),
        Path(args.out),
        paper=args.paper,
        site_url=args.site_url,
        date=args.date,
        taxonomy=Path(args.taxonomy),
        mkdocs_config=Path(args.config),
    )
    if result.site_url is None:
        print(
            f"warning: no site URL (--site-url or site_url in {args.config}); "
            "question titles in the PDF are not links",
            file=sys.stderr,
        )
    print(
        f"pdf: {result.questions} questions in {result.topics} topics, {result.pages} pages, "
        f"{result.size // 1024} KiB written to {result.path} "
        f"in {time.perf_counter() - started:.2f}s"
    )
    return 0


def _anki(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    from .loaders import load_taxonomy
    from .outputs.anki import DEFAULT_TITLE, write_deck
    from .outputs.pdf import read_mkdocs_config, sheet_date
    from .questionfile import read_question_folder
    from .site.pages import check_questions

    config = read_mkdocs_config(Path(args.config))
    site_url = args.site_url or str(config.get("site_url") or "").strip() or None
    title = str(config.get("site_name") or "").strip() or DEFAULT_TITLE
    taxonomy = load_taxonomy(Path(args.taxonomy))
    questions = read_question_folder(Path(args.questions))
    check_questions(questions, taxonomy, args.questions)
    _, stamp = sheet_date(args.date)
    result = write_deck(
        Path(args.out),
        questions,
        taxonomy,
        site_url,
        datetime.datetime.fromtimestamp(stamp, datetime.UTC),
        title=title,
        directory_urls=config.get("use_directory_urls", True) is not False,
    )
    if site_url is None:
        print(
            f"warning: no site URL (--site-url or site_url in {args.config}); "
            "notes have no link to their page",
            file=sys.stderr,
        )
    print(
        f"anki: {result.notes} notes, {result.size // 1024} KiB written to {result.path} "
        f"in {time.perf_counter() - started:.2f}s"
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Turn raw interview Q&A dumps into a deduplicated, tagged study guide.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    ingest = commands.add_parser(
        "ingest",
        help="read raw dumps, write clean question files",
        description=(
            "Read raw Q&A dumps, drop page furniture, normalize, merge repeats, tag and link, "
            "and write one Markdown file per canonical question plus a review report. "
            "Nothing is written if any input is bad; files edited by hand are kept."
        ),
    )
    ingest.add_argument(
        "sources",
        nargs="*",
        metavar="SOURCE",
        help="source files or folders (default: every file in content/sources/)",
    )
    ingest.add_argument(
        "--out",
        metavar="DIR",
        help="output folder (default: content/questions/). With another folder, "
        "curation applies only if --curation is given",
    )
    ingest.add_argument(
        "--curation",
        metavar="FILE",
        help="curation file (default: content/curation.yaml when writing to the default folder)",
    )
    ingest.add_argument(
        "--taxonomy",
        metavar="FILE",
        default=str(CONTENT / "taxonomy.yaml"),
        help="tag taxonomy (default: %(default)s)",
    )
    ingest.add_argument(
        "--wordlist",
        metavar="FILE",
        default=str(CONTENT / "wordlist.yaml"),
        help="reviewed typo, variant and formula list (default: %(default)s)",
    )
    ingest.add_argument(
        "--report",
        metavar="FILE",
        help="review report (default: ingest-review.md beside the output folder)",
    )
    ingest.add_argument(
        "--format",
        choices=[reader.name for reader in READERS],
        metavar="NAME",
        help="read every source with this reader instead of the one its content suggests: "
        + "; ".join(f"{reader.name}: {reader.description}" for reader in READERS),
    )
    ingest.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if any file would change"
    )
    ingest.add_argument(
        "--merge-threshold",
        type=float,
        default=DedupeSettings.threshold,
        metavar="SCORE",
        help="merge pairs with the same ask scoring at least this (default: %(default)s); "
        "the review report shows each pair's score",
    )
    ingest.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    ingest.set_defaults(run=_ingest)

    build = commands.add_parser(
        "build",
        help="ingest, then build the whole site (and cheat sheet) into site/",
        description="Run ingest (writes nothing when question files are up to date), then "
        "`mkdocs build --strict`, which generates every page and the cheat sheet.",
    )
    build.add_argument(
        "--config-file", default="mkdocs.yml", help="MkDocs configuration (default: %(default)s)"
    )
    build.add_argument("--site-dir", default="site", help="output folder (default: %(default)s)")
    build.add_argument(
        "--skip-ingest", action="store_true", help="build from question files as they are"
    )
    build.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    build.set_defaults(run=_build)

    pdf = commands.add_parser(
        "pdf",
        help="build the printable PDF cheat sheet",
        description=(
            "Typeset every question's title and summary, grouped by topic, into a PDF "
            "cheat sheet whose titles link to the site. The date printed is --date, else "
            "SOURCE_DATE_EPOCH, else today; the same input and date give the same bytes."
        ),
    )
    pdf.add_argument(
        "--questions",
        metavar="DIR",
        default=str(DEFAULT_OUT),
        help="question files (default: %(default)s)",
    )
    pdf.add_argument(
        "--out",
        metavar="FILE",
        default=str(Path("site") / "cheatsheet.pdf"),
        help="PDF to write (default: %(default)s)",
    )
    pdf.add_argument(
        "--paper",
        choices=("a4", "us-letter"),
        default="a4",
        help="paper size (default: %(default)s)",
    )
    pdf.add_argument(
        "--site-url",
        metavar="URL",
        help="the hosted site, for links to each question (default: site_url in --config)",
    )
    pdf.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="date printed on the sheet")
    pdf.add_argument(
        "--taxonomy",
        metavar="FILE",
        default=str(CONTENT / "taxonomy.yaml"),
        help="topics, in the order printed (default: %(default)s)",
    )
    pdf.add_argument(
        "--config",
        metavar="FILE",
        default="mkdocs.yml",
        help="MkDocs configuration read for site_url and site_name (default: %(default)s)",
    )
    pdf.set_defaults(run=_pdf)

    anki = commands.add_parser(
        "anki",
        help="export the guide as an Anki deck (.apkg)",
        description=(
            "Write one Anki note per answered question (title; answer, summary, tags and a "
            "link to its page). Importing a newer deck updates the notes and keeps the "
            "review history. Notes are dated --date, else SOURCE_DATE_EPOCH, else today; "
            "the same questions and date give the same bytes."
        ),
    )
    anki.add_argument(
        "--questions",
        metavar="DIR",
        default=str(DEFAULT_OUT),
        help="question files (default: %(default)s)",
    )
    anki.add_argument(
        "--out",
        metavar="FILE",
        default=str(Path("site") / "studyguide.apkg"),
        help="deck to write (default: %(default)s)",
    )
    anki.add_argument(
        "--site-url",
        metavar="URL",
        help="the hosted site, for links to each question (default: site_url in --config)",
    )
    anki.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="date the notes carry")
    anki.add_argument(
        "--taxonomy",
        metavar="FILE",
        default=str(CONTENT / "taxonomy.yaml"),
        help="topics and tags (default: %(default)s)",
    )
    anki.add_argument(
        "--config",
        metavar="FILE",
        default="mkdocs.yml",
        help="MkDocs configuration read for site_url and site_name (default: %(default)s)",
    )
    anki.set_defaults(run=_anki)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; bad input prints one line naming the file and line, exit 2."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except StudyGuideError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # read-only, disk full, permission: one line, never a traceback
        where = exc.filename if exc.filename is not None else "."
        print(f"error: {where}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
