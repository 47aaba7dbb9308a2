"""Duplicate finding alone on a synthetic corpus: precision and recall per kind, and ablations.

    python -m benchmarks.dedupe_quality                 # 10,000 entries, seed 1
    python -m benchmarks.dedupe_quality --n 2000 --half tune
    python -m benchmarks.dedupe_quality --phrasings blind   # a corpus phrased from the blind set
    python -m benchmarks.dedupe_quality --phrasings blind2  # ... from the second blind set
    python -m benchmarks.dedupe_quality --phrasings blind3  # ... from the third
    python -m benchmarks.dedupe_quality --phrasings blind4  # ... from the fourth
    python -m benchmarks.dedupe_quality --phrasings blind5  # ... from the fifth
    python -m benchmarks.dedupe_quality --phrasings blind6  # ... from the sixth
    python -m benchmarks.dedupe_quality --phrasings blind7  # ... from the seventh
    python -m benchmarks.dedupe_quality --phrasings blind8  # ... from the eighth
    python -m benchmarks.dedupe_quality --phrasings blind9  # ... from the ninth
    python -m benchmarks.dedupe_quality --phrasings blind10  # ... from the tenth
    python -m benchmarks.dedupe_quality --phrasings blind11  # ... from the eleventh
    python -m benchmarks.dedupe_quality --phrasings blind12  # ... from the twelfth
    python -m benchmarks.dedupe_quality --phrasings blind13  # ... from the thirteenth
    python -m benchmarks.dedupe_quality --phrasings blind14  # ... from the fourteenth
    python -m benchmarks.dedupe_quality --phrasings blind15  # ... from the fifteenth
    python -m benchmarks.dedupe_quality --phrasings blind16  # ... from the sixteenth
    python -m benchmarks.dedupe_quality --phrasings blind17  # ... from the seventeenth
    python -m benchmarks.dedupe_quality --phrasings blind18  # ... from the eighteenth
    python -m benchmarks.dedupe_quality --phrasings blind40  # ... from the fortieth
    python -m benchmarks.dedupe_quality --labelled      # the seed's labels, the test fixtures

The corpus is read and normalized as ingest does; then :func:`generator.ingest.dedupe.find_duplicates`
runs once per variant: the full finder, then with one part switched off at a time (learned
phrasings, asks, spelling, abbreviations, compounds, the answer cosine that lets subjects
a word apart merge), and the earlier finder (same key words). Each
variant's figures are given per half of the phrasings (``tune``: the half the finder was
tuned on; ``held-out``: the half nobody looked at while tuning; ``blind``: with
``--phrasings blind``, the blind set; ``blind2``: with ``--phrasings blind2``, the second
blind set) and per kind of repeat.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from .corpus import (
    BLIND_SETS,
    PHRASING_SETS,
    make_corpus,
    write_corpus,
)
from .quality import KINDS, kind_scores

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
SEED = CONTENT / "sources" / "deep-learning-interview-questions.txt"


def variants() -> dict[str, Any]:
    """The settings compared: the full finder and one part switched off at a time."""
    from generator.ingest.dedupe import DedupeSettings, with_word_list
    from generator.loaders import load_wordlist

    words = load_wordlist(CONTENT / "wordlist.yaml")
    full = with_word_list(DedupeSettings(), words)
    return {
        "full": full,
        "no learned phrasings": replace(full, subjects=replace(full.subjects, learned=False)),
        "no templates filed by answers": replace(
            full, subjects=replace(full.subjects, templates=False)
        ),
        "no asks": replace(full, subjects=replace(full.subjects, asks=False)),
        "no spelling": replace(full, subjects=replace(full.subjects, spelling=False)),
        "no abbreviations": replace(full, subjects=replace(full.subjects, abbreviations=False)),
        "no compounds": replace(full, subjects=replace(full.subjects, compounds=False)),
        "asks never overruled by answers (no clash line)": replace(full, clash_line=1.1),
        "subject alone (no answer cosine)": replace(full, title_weight=1.0, threshold=0.999),
        "earlier finder (same key words)": replace(full, method="words"),
    }


def evaluate(
    n: int, seed: int, only: Sequence[str] = (), phrasings: str = "halves"
) -> list[dict[str, Any]]:
    """Per variant, half and kind: precision, recall; and the finder's time in seconds."""
    from generator.ingest.dedupe import find_duplicates
    from generator.ingest.normalize import Normalizer
    from generator.ingest.pipeline import read_entries, source_paths
    from generator.loaders import load_wordlist

    corpus = make_corpus(n, seed, phrasings)
    halves = (phrasings,) if phrasings in BLIND_SETS else ("tune", "held-out")
    words = load_wordlist(CONTENT / "wordlist.yaml")
    with tempfile.TemporaryDirectory(prefix="bench-dedupe-") as temp:
        sources = write_corpus(corpus, Path(temp))
        raws = read_entries(source_paths((sources,)), words)
    normalizer = Normalizer(words)
    entries = [normalizer.normalize_entry(raw) for raw in raws]
    rows = []
    for name, settings in variants().items():
        if only and name not in only:
            continue
        started = time.perf_counter()
        result = find_duplicates(entries, settings=settings)
        seconds = time.perf_counter() - started
        groups = [[str(e.ref) for e in g.entries] for g in result.groups]
        for half in halves:
            scores = kind_scores(groups, corpus.truth, corpus.features, half)
            for kind in KINDS:
                score = scores[kind]
                rows.append(
                    {
                        "variant": name,
                        "half": half,
                        "kind": kind,
                        "precision": round(score.precision, 4),
                        "recall": round(score.recall, 4),
                        "pairs": score.correct + score.missed,
                        "seconds": round(seconds, 2),
                    }
                )
    return rows


def _pairs(groups: Sequence[Sequence[str]]) -> set[frozenset[str]]:
    return {frozenset((a, b)) for g in groups for i, a in enumerate(g) for b in g[i + 1 :]}


def labelled(only: Sequence[str] = ()) -> list[dict[str, Any]]:
    """Per variant: precision and recall on the seed's hand labels and the test fixtures.

    The seed is scored on its labelled repeats and look-alikes (``tests/fixtures/
    seed_labels.yaml``, curated judgment calls left out); the fixtures
    (``tests/fixtures/dedupe_cases.yaml``) on every pair of each part.
    """
    import yaml

    from generator.document import Paragraph, Text
    from generator.ingest.dedupe import find_duplicates
    from generator.ingest.normalize import Normalizer
    from generator.ingest.pipeline import read_entries
    from generator.loaders import load_wordlist
    from generator.model import RawEntry, SourceRef

    fixtures = ROOT / "tests" / "fixtures"
    words = load_wordlist(CONTENT / "wordlist.yaml")
    normalizer = Normalizer(words)
    labels = yaml.safe_load((fixtures / "seed_labels.yaml").read_text(encoding="utf-8"))
    seed = [normalizer.normalize_entry(r) for r in read_entries([SEED], words)]
    repeats = _pairs([[str(x) for x in g] for g in labels["repeats"]])
    distinct = _pairs([[str(x) for x in g] for g in labels["distinct"]])
    cases = yaml.safe_load((fixtures / "dedupe_cases.yaml").read_text(encoding="utf-8"))
    parts = {}
    for part, items in cases.items():
        entries, clusters = [], []
        for item in items:
            refs = []
            for title in item["titles"]:
                file, _, text = title.partition(": ")
                ref = SourceRef(file, str(len(entries) + 1), 1)
                answer = (Paragraph((Text(item["answer"]),)),)
                entries.append(normalizer.normalize_entry(RawEntry(ref, text, answer)))
                refs.append(str(ref))
            clusters.append(refs)
        parts[part] = (entries, _pairs(clusters))
    rows = []
    for name, settings in variants().items():
        if only and name not in only:
            continue
        result = find_duplicates(seed, settings=settings)
        merged = _pairs([[e.ref.label for e in g.entries] for g in result.groups])
        found, wrong = len(merged & repeats), len(merged & distinct)
        row: dict[str, Any] = {
            "variant": name,
            "seed": f"{found}/{len(repeats)} repeat pairs, {wrong} look-alike pairs merged",
        }
        for part, (entries, true) in parts.items():
            got = _pairs(
                [
                    [str(e.ref) for e in g.entries]
                    for g in find_duplicates(entries, settings=settings).groups
                ]
            )
            precision = len(got & true) / len(got) if got else 1.0
            row[part] = f"{precision:.2f} / {len(got & true) / len(true):.2f}"
        rows.append(row)
    return rows


def table(rows: Sequence[dict[str, Any]], half: str | None = None) -> str:
    """The rows as a Markdown table: one line per variant and half, kinds across."""
    lines = [
        "| variant | half | s | " + " | ".join(f"{kind} P / R" for kind in KINDS) + " |",
        "| --- | --- | ---: | " + " | ".join("---:" for _ in KINDS) + " |",
    ]
    keys = dict.fromkeys((r["variant"], r["half"]) for r in rows)
    for variant, row_half in keys:
        if half and row_half != half:
            continue
        cells = {r["kind"]: r for r in rows if (r["variant"], r["half"]) == (variant, row_half)}
        seconds = next(iter(cells.values()))["seconds"]
        lines.append(
            f"| {variant} | {row_half} | {seconds:.2f} | "
            + " | ".join(
                f"{cells[k]['precision']:.3f} / {cells[k]['recall']:.3f} ({cells[k]['pairs']})"
                for k in KINDS
            )
            + " |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the per-kind table for every variant."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.dedupe_quality", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--n", type=int, default=10_000, help="entries (default: 10,000)")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default: 1)")
    parser.add_argument(
        "--half",
        choices=("tune", "held-out", *BLIND_SETS),
        help="print one half only",
    )
    parser.add_argument(
        "--phrasings",
        choices=PHRASING_SETS,
        default="halves",
        help="corpus phrasings: halves (tuning + held-out, default), blind, blind2 ... blind235",
    )
    parser.add_argument("--variant", action="append", default=[], help="run only this variant")
    parser.add_argument(
        "--labelled", action="store_true", help="the seed's labels and the test fixtures instead"
    )
    args = parser.parse_args(argv)
    if args.labelled:
        labelled_rows = labelled(args.variant)
        keys = list(labelled_rows[0])
        print("| " + " | ".join(keys) + " |")
        print("| " + " | ".join("---" for _ in keys) + " |")
        for row in labelled_rows:
            print("| " + " | ".join(str(row[k]) for k in keys) + " |")
        return 0
    rows = evaluate(args.n, args.seed, args.variant, args.phrasings)
    print(
        f"N={args.n:,}, seed {args.seed}, {args.phrasings}; P / R (true repeat pairs of the kind)"
    )
    print(table(rows, args.half))
    return 0


if __name__ == "__main__":
    sys.exit(main())
