"""Command line: ``python -m generator`` (also installed as ``studyguide``).

Every command reads its defaults from ``mkdocs.yml`` (the ``studyguide`` plugin's options,
:func:`generator.config.load_settings`); a flag overrides one setting for one run.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from collections.abc import Sequence
from pathlib import Path

from . import commands
from .errors import StudyGuideError
from .ingest.dedupe import DedupeSettings
from .ingest.readers import READERS


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date of the form YYYY-MM-DD: {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Turn raw interview Q&A dumps into a deduplicated, tagged study guide.",
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config-file",
        "--config",
        dest="config_file",
        metavar="FILE",
        default="mkdocs.yml",
        help="MkDocs configuration whose studyguide plugin options give every default "
        "(default: %(default)s)",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help: str, description: str) -> argparse.ArgumentParser:
        return subparsers.add_parser(name, parents=[common], help=help, description=description)

    ingest = command(
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
        help="tag taxonomy (default: the plugin's taxonomy option, content/taxonomy.yaml)",
    )
    ingest.add_argument(
        "--wordlist",
        metavar="FILE",
        help="reviewed typo, variant and formula list (default: the plugin's wordlist option)",
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
    ingest.set_defaults(run=commands.run_ingest_command)

    build = command(
        "build",
        help="ingest, then build the whole site (and cheat sheet) into site/",
        description="Run ingest (writes nothing when question files are up to date), then "
        "`mkdocs build --strict`, which generates every page and the cheat sheet.",
    )
    build.add_argument("--site-dir", default="site", help="output folder (default: %(default)s)")
    build.add_argument(
        "--skip-ingest", action="store_true", help="build from question files as they are"
    )
    build.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    build.set_defaults(run=commands.run_build)

    pdf = command(
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
        help="question files (default: the plugin's questions_dir option, content/questions)",
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
        help="the hosted site, for links to each question (default: site_url in --config-file)",
    )
    pdf.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="date printed on the sheet")
    pdf.add_argument(
        "--taxonomy",
        metavar="FILE",
        help="topics, in the order printed (default: the plugin's taxonomy option)",
    )
    pdf.set_defaults(run=commands.run_pdf)

    anki = command(
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
        help="question files (default: the plugin's questions_dir option, content/questions)",
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
        help="the hosted site, for links to each question (default: site_url in --config-file)",
    )
    anki.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="date the notes carry")
    anki.add_argument(
        "--taxonomy",
        metavar="FILE",
        help="topics and tags (default: the plugin's taxonomy option)",
    )
    anki.set_defaults(run=commands.run_anki)
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
