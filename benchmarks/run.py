"""Benchmark ingest (and, where available, the site and PDF build) from 1,000 to 100,000 entries.

    python -m benchmarks.run                      # 1,000, 10,000 and 100,000 entries
    python -m benchmarks.run --sizes 1000,10000   # other sizes
    python -m benchmarks.run --quick              # 300 and 1,000 entries only
    python -m benchmarks.run --sizes 1000,10000 --phrasings blind --no-build   # blind set
    python -m benchmarks.run --sizes 1000,10000 --phrasings blind2 --no-build  # second blind set

Each size runs in its own subprocess (``--worker``), so one size's memory and caches
do not pollute the next: it times ``run_ingest`` into a fresh folder (wall and CPU
time, peak RSS from ``getrusage``), then scores the merges against the corpus's ground
truth, overall and per kind of repeat (typo, reword, abbreviation, cross-style) on the
tuning and held-out halves of the corpus's phrasings (with ``--phrasings blind`` or
``blind2``, on a corpus phrased from that blind set only). At 10,000 entries it also runs the
duplicate finder alone with each of its parts switched off (``benchmarks.dedupe_quality``).
For the seed and for 1,000 entries it also reruns ingest with nothing changed
and counts the files touched, and, once ``python -m generator build`` exists, times the
full build. Results: a plain-text table, ``benchmarks/out/results.json`` and a log-log
plot ``docs/assets/performance.png``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .corpus import BLIND_SETS, FEATURES, GROUND_TRUTH, PHRASING_SETS, make_corpus, write_corpus
from .quality import KINDS, kind_scores, pair_scores

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
OUT = ROOT / "benchmarks" / "out"
PLOT = ROOT / "docs" / "assets" / "performance.png"
DEFAULT_SIZES = (1000, 10_000, 100_000)
QUICK_SIZES = (300, 1000)
RERUN_MAX = 10_000
SEED = 1
NOT_BUILT = "not measured: site build not available"
ABLATION_N = 10_000


def _files_state(folder: Path) -> dict[str, int]:
    return {str(p): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def _ingest_once(
    sources: Path, out: Path, report: Path, stages: dict[str, float] | None = None
) -> tuple[Any, float, float]:
    from generator.ingest.pipeline import IngestOptions, run_ingest

    options = IngestOptions(
        sources=(sources,),
        out=out,
        wordlist=CONTENT / "wordlist.yaml",
        taxonomy=CONTENT / "taxonomy.yaml",
        report=report,
    )
    wall, cpu = time.perf_counter(), _cpu_seconds()
    started: dict[str, float] = {}

    def note(message: str) -> None:  # when each stage started, by its first word
        started.setdefault(message.split(" ")[0], time.perf_counter())

    result = run_ingest(options, progress=note)
    end = time.perf_counter()
    if stages is not None and "writing" in started:
        # Writing the files: on this machine's disk (ext4, online discard) it takes
        # several times longer right after many files were deleted.
        stages["writing"] = end - started["writing"]
    return result, end - wall, _cpu_seconds() - cpu


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (ingest's worker processes)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def worker(corpus: Path, rerun: bool, scratch: Path | None = None) -> dict[str, Any]:
    """Ingest one corpus folder into a temp folder; time, memory, quality (runs in a subprocess)."""
    import generator.ingest.pipeline  # noqa: F401  (imports are not part of the ingest time)

    sources = corpus / "sources" if (corpus / "sources").is_dir() else corpus
    # Outputs stay until the whole benchmark ends (the caller removes ``scratch``): on
    # this machine's disk, creating files right after deleting thousands is several
    # times slower, and that would be the previous run's cost, not this one's.
    holder: Any = (
        tempfile.TemporaryDirectory(prefix="bench-ingest-")
        if scratch is None
        else contextlib.nullcontext(tempfile.mkdtemp(prefix="bench-ingest-", dir=scratch))
    )
    with holder as temp:
        out, report = Path(temp) / "questions", Path(temp) / "ingest-review.md"
        stages: dict[str, float] = {}
        result, wall, cpu = _ingest_once(sources, out, report, stages)
        peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        built = result.built
        row: dict[str, Any] = {
            "entries": len(built.entries),
            "questions": len(built.merged),
            "ingest_s": round(wall, 3),
            "ingest_cpu_s": round(cpu, 3),
            "writing_s": round(stages.get("writing", 0.0), 3),
            "peak_rss_mib": round(peak_kib / 1024, 1),
            "files_written": len(result.plan.write) + 1,
        }
        truth_path = corpus / GROUND_TRUTH
        if truth_path.is_file():
            truth = json.loads(truth_path.read_text(encoding="utf-8"))
            scores = pair_scores(([str(s) for s in q.sources] for q in built.questions), truth)
            row.update(
                precision=round(scores.precision, 4),
                recall=round(scores.recall, 4),
                true_pairs=scores.true_pairs,
                predicted_pairs=scores.predicted_pairs,
                unmatched_entries=scores.missing + scores.extra,
            )
            features_path = corpus / FEATURES
            if features_path.is_file():
                features = json.loads(features_path.read_text(encoding="utf-8"))
                groups = [[str(s) for s in q.sources] for q in built.questions]
                blind = [b for b in BLIND_SETS if any(f["half"] == b for f in features.values())]
                row["kinds"] = {
                    half: {
                        kind: [round(score.precision, 4), round(score.recall, 4)]
                        for kind, score in kind_scores(groups, truth, features, half).items()
                    }
                    for half in (blind or ("tune", "held-out"))
                }
        if rerun:
            before = _files_state(Path(temp))
            again, wall, _ = _ingest_once(sources, out, report)
            after = _files_state(Path(temp))
            row["rerun_s"] = round(wall, 3)
            row["rerun_files_written"] = sum(
                1 for name, mtime in after.items() if before.get(name) != mtime
            ) + len(set(before) - set(after))
            row["rerun_plan_changes"] = again.plan.changed
    return row


def _run_worker(corpus: Path, rerun: bool, scratch: Path | None = None) -> dict[str, Any]:
    os.sync()  # the previous run's files reach the disk now, not during this run's writes
    command = [sys.executable, "-m", "benchmarks.run", "--worker", str(corpus)]
    if scratch is not None:
        command += ["--scratch", str(scratch)]
    if rerun:
        command.append("--rerun")
    done = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, check=False, env=_env()
    )
    if done.returncode != 0:
        raise RuntimeError(f"worker failed for {corpus}:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.setdefault("CI", "1")  # the generator prints no progress lines
    return env


REPEAT_UP_TO = 10_000
REPEATS = 3


def _repeats(n: int) -> int:
    """Runs per size: 3 up to 10,000 entries (the disk's write times vary), else 1."""
    return REPEATS if n <= REPEAT_UP_TO else 1


def _median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run with the median wall time, with every run's wall time and the highest peak."""
    ordered = sorted(runs, key=lambda r: r["ingest_s"])
    row = dict(ordered[len(ordered) // 2])
    row["ingest_runs_s"] = [r["ingest_s"] for r in runs]
    row["peak_rss_mib"] = max(r["peak_rss_mib"] for r in runs)
    return row


def growth_exponent(sizes: Sequence[float], times: Sequence[float]) -> float | None:
    """Least-squares slope of log(time) against log(size): 1.0 is linear growth."""
    points = [(math.log(n), math.log(t)) for n, t in zip(sizes, times, strict=True) if t > 0]
    if len(points) < 2:
        return None
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    sxx = sum((x - mx) ** 2 for x, _ in points)
    return round(sum((x - mx) * (y - my) for x, y in points) / sxx, 3) if sxx else None


def _command_exists(*args: str) -> bool:
    done = subprocess.run(
        [sys.executable, "-m", "generator", *args, "--help"],
        cwd=ROOT,
        capture_output=True,
        env=_env(),
        check=False,
    )
    return done.returncode == 0


def _timed(command: list[str], cwd: Path) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, check=True, env=_env(), capture_output=True, text=True)
    return round(time.perf_counter() - start, 3), done.stdout + done.stderr


def _digests(folder: Path) -> dict[str, str]:
    import hashlib

    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _site_weight(site: Path) -> dict[str, int | None]:
    """Bytes of one question page with the CSS and JS it loads; search index; quiz scripts."""
    import re

    weight: dict[str, int | None] = {"page_bytes": None, "search_index_bytes": None}
    pages = sorted((site / "questions").glob("*.html"))
    if pages:
        page = pages[0]
        html = page.read_text(encoding="utf-8", errors="replace")
        total = page.stat().st_size
        for ref in sorted(set(re.findall(r'(?:src|href)="([^"#?]+\.(?:css|js))', html))):
            asset = (page.parent / ref).resolve()
            if asset.is_file() and site.resolve() in asset.parents:
                total += asset.stat().st_size
        weight["page_bytes"] = total
    index = site / "search" / "search_index.js"
    if index.is_file():
        weight["search_index_bytes"] = index.stat().st_size
    scripts = sorted((site / "assets" / "studyguide").glob("quiz*.js"))  # quiz.js and its parts
    weight["quiz_script_bytes"] = sum(p.stat().st_size for p in scripts) if scripts else None
    for key, name in (
        ("quiz_deck_bytes", "assets/studyguide/deck.js"),
        ("scheduler_bytes", "assets/vendor/ts-fsrs/index.umd.js"),
        ("cheatsheet_bytes", "cheatsheet.pdf"),
    ):
        path = site / name
        weight[key] = path.stat().st_size if path.is_file() else None
    return weight


_PLUGIN_TIME = re.compile(r"studyguide: .* in ([0-9.]+) s of plugin time")
_INGEST_TIME = re.compile(r"^ingest: .* in ([0-9.]+)s$", re.MULTILINE)


def full_build(label: str, corpus_sources: Path | None) -> dict[str, Any]:
    """Ingest + site + PDF in a scratch copy of the repository; times, rerun, site weight.

    One ``python -m generator build`` from an empty question folder: ingest writes every
    question file, then MkDocs renders the site while the plugin generates pages, the
    deck and the cheat sheet. The generator's share is the time inside its own code, as
    ingest's summary line and the plugin's log report it, over the command's wall time;
    ``generator_share_with_startup`` also counts a separate ingest command's interpreter
    start-up and imports as the generator's.
    """
    if not _command_exists("build"):
        return {"label": label, "status": NOT_BUILT}
    with tempfile.TemporaryDirectory(prefix="bench-build-") as temp:
        repo = Path(temp) / "repo"
        tracked = subprocess.run(
            ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
        ).stdout.decode()
        for name in filter(None, tracked.split("\0")):
            if (ROOT / name).is_file():
                (repo / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(ROOT / name, repo / name)
        (repo / "node_modules").symlink_to(ROOT / "node_modules")
        shutil.rmtree(repo / "content" / "questions", ignore_errors=True)
        if corpus_sources is not None:
            shutil.rmtree(repo / "content" / "sources")
            shutil.copytree(corpus_sources, repo / "content" / "sources")
            (repo / "content" / "curation.yaml").unlink(missing_ok=True)  # it names seed ids
        py = sys.executable
        total, log = _timed([py, "-m", "generator", "build"], repo)
        ingest_match = _INGEST_TIME.search(log)
        ingest = float(ingest_match.group(1)) if ingest_match else None
        plugin_match = _PLUGIN_TIME.search(log)
        plugin = float(plugin_match.group(1)) if plugin_match else None
        ingest_command, _ = _timed([py, "-m", "generator", "ingest", "-q"], repo)
        questions = repo / "content" / "questions"
        before = _digests(questions)
        site_before = _digests(repo / "site")
        rerun, _ = _timed([py, "-m", "generator", "build"], repo)
        after = _digests(questions)
        site_after = _digests(repo / "site")
        pages = sum(1 for _ in (repo / "site").rglob("*.html"))
        own = (ingest or 0.0) + (plugin or 0.0)
        return {
            "label": label,
            "status": "measured",
            "questions": sum(1 for name in before if name.endswith(".md")),
            "site_pages": pages,
            "total_s": total,
            "ingest_s": ingest,
            "plugin_s": plugin,
            "generator_s": round(own, 3),
            "generator_share": round(own / total, 3) if total else None,
            "ingest_command_s": ingest_command,
            "generator_share_with_startup": round(
                (own + ingest_command - (ingest or 0.0)) / total, 3
            )
            if total
            else None,
            "rerun_s": rerun,
            "rerun_question_files_changed": sum(
                1 for k in set(before) | set(after) if before.get(k) != after.get(k)
            ),
            "rerun_site_files_changed": sum(
                1
                for k in set(site_before) | set(site_after)
                if site_before.get(k) != site_after.get(k)
            ),
            **_site_weight(repo / "site"),
        }


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    info: dict[str, Any] = {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }
    try:
        with open("/proc/meminfo", encoding="utf-8") as meminfo:
            kib = int(meminfo.readline().split()[1])
        info["memory_gib"] = round(kib / 1024 / 1024, 1)
    except (OSError, ValueError, IndexError):
        pass
    return info


def plot(rows: list[dict[str, Any]], path: Path) -> None:
    """Ingest wall time against N on log-log axes, with a linear reference line."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = [r["n"] for r in rows]
    times = [r["ingest_s"] for r in rows]
    fig, ax = plt.subplots(figsize=(6, 4), dpi=100)
    ax.loglog(sizes, times, "o-", label="ingest wall time")
    ax.loglog(sizes, [r["ingest_cpu_s"] for r in rows], "s--", label="ingest CPU time")
    ax.loglog(sizes, [times[0] * n / sizes[0] for n in sizes], ":", color="grey", label="linear")
    for target_n, target_s in ((10_000, 5), (100_000, 60)):
        ax.plot([target_n], [target_s], "r_", markersize=18)
    ax.set_xlabel("raw entries (N)")
    ax.set_ylabel("seconds")
    ax.set_title("Ingest time against corpus size (red: targets)")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, metadata={"Software": None})
    plt.close(fig)


def table(rows: list[dict[str, Any]], exponent: float | None) -> str:
    """The results as a plain-text table."""
    head = f"{'N':>8} {'questions':>9} {'ingest s':>9} {'CPU s':>7} {'peak MiB':>9} {'precision':>9} {'recall':>7}"
    lines = [head, "-" * len(head)]
    for r in rows:
        lines.append(
            f"{r['n']:>8,} {r['questions']:>9,} {r['ingest_s']:>9.2f} {r['ingest_cpu_s']:>7.2f} "
            f"{r['peak_rss_mib']:>9.0f} {r.get('precision', float('nan')):>9.4f} "
            f"{r.get('recall', float('nan')):>7.4f}"
        )
    lines.append(f"growth exponent (log-log least squares, wall time): {exponent}")
    for r in rows:
        for half, kinds in r.get("kinds", {}).items():
            cells = ", ".join(f"{k} {kinds[k][0]:.3f}/{kinds[k][1]:.3f}" for k in KINDS)
            lines.append(f"N={r['n']:,} {half} precision/recall per kind: {cells}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; print a table, write results.json and the plot."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.run", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--sizes", help="comma-separated entry counts (default: 1000,10000,100000)")
    parser.add_argument("--quick", action="store_true", help="300 and 1,000 entries only")
    parser.add_argument("--seed", type=int, default=SEED, help="corpus seed (default: 1)")
    parser.add_argument("--no-plot", action="store_true", help="skip the plot")
    parser.add_argument(
        "--no-ablations",
        action="store_true",
        help="skip the duplicate finder's ablations at 10,000 entries",
    )
    parser.add_argument(
        "--phrasings",
        choices=PHRASING_SETS,
        default="halves",
        help="corpus phrasings: halves (tuning + held-out, default), blind, blind2 ... blind169",
    )
    parser.add_argument("--no-build", action="store_true", help="skip the full builds")
    parser.add_argument("--worker", metavar="CORPUS", help=argparse.SUPPRESS)
    parser.add_argument("--rerun", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--scratch", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        scratch = Path(args.scratch) if args.scratch else None
        print(json.dumps(worker(Path(args.worker), args.rerun, scratch)))
        return 0
    sizes = (
        [int(s) for s in args.sizes.split(",")]
        if args.sizes
        else list(QUICK_SIZES if args.quick else DEFAULT_SIZES)
    )
    results: dict[str, Any] = {
        "machine": machine(),
        "seed": args.seed,
        "phrasings": args.phrasings,
        "sizes": [],
    }
    print(f"machine: {results['machine']}")
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="bench-corpus-") as temp:
        scratch = Path(temp) / "outputs"
        scratch.mkdir()
        seed_row = _run_worker(CONTENT / "sources", rerun=True, scratch=scratch)
        seed_row["n"] = seed_row["entries"]
        results["seed_ingest"] = seed_row
        print(
            f"seed: {seed_row['entries']} entries, ingest {seed_row['ingest_s']:.2f} s, "
            f"rerun {seed_row['rerun_s']:.2f} s writing {seed_row['rerun_files_written']} files"
        )
        corpora: dict[int, Path] = {}
        for n in sizes:
            folder = Path(temp) / f"n{n}"
            started = time.perf_counter()
            corpus = make_corpus(n, args.seed, args.phrasings)
            write_corpus(corpus, folder)
            corpus_s = round(time.perf_counter() - started, 3)
            corpora[n] = folder
            runs = [
                _run_worker(folder, rerun=n <= RERUN_MAX, scratch=scratch)
                for _ in range(_repeats(n))
            ]
            row = _median_run(runs)
            row.update(n=n, clusters=corpus.clusters, corpus_s=corpus_s)
            rows.append(row)
            print(
                f"N={n:,}: ingest {row['ingest_s']:.2f} s (median of {row['ingest_runs_s']}; "
                f"CPU {row['ingest_cpu_s']:.2f} s; writing the files "
                f"{row.get('writing_s', 0.0):.2f} s of it), "
                f"peak {row['peak_rss_mib']:.0f} MiB, precision {row['precision']:.4f}, "
                f"recall {row['recall']:.4f}"
                + (
                    f", rerun {row['rerun_s']:.2f} s writing {row['rerun_files_written']} files"
                    if "rerun_s" in row
                    else ""
                ),
                flush=True,
            )
        exponent = growth_exponent([r["n"] for r in rows], [r["ingest_s"] for r in rows])
        cpu_exponent = growth_exponent([r["n"] for r in rows], [r["ingest_cpu_s"] for r in rows])
        results.update(sizes=rows, growth_exponent=exponent, growth_exponent_cpu=cpu_exponent)
        builds: list[dict[str, Any]] = []
        if not args.no_build:
            builds.append(full_build("seed", None))
            small = 1000 if 1000 in corpora else None
            builds.append(
                full_build("N=1,000", corpora[small] / "sources")
                if small
                else {"label": "N=1,000", "status": "not measured: 1,000 not among the sizes"}
            )
        results["full_build"] = builds
    print()
    print(table(rows, exponent))
    print(f"growth exponent (CPU time): {cpu_exponent}")
    print()
    for build in builds:
        if build.get("status") == "measured":
            print(
                f"full build, {build['label']}: {build['questions']} questions, "
                f"{build['site_pages']} pages in {build['total_s']:.2f} s; generator "
                f"{build['generator_s']:.2f} s (ingest {build['ingest_s']} s + plugin "
                f"{build['plugin_s']} s) = {build['generator_share']:.0%} "
                f"({build['generator_share_with_startup']:.0%} counting an ingest command's "
                f"start-up, {build['ingest_command_s']:.2f} s); rerun {build['rerun_s']:.2f} s "
                f"changing {build['rerun_question_files_changed']} question files and "
                f"{build['rerun_site_files_changed']} site files; question page with CSS+JS "
                f"{build['page_bytes']:,} B, search index {build['search_index_bytes']:,} B, "
                f"quiz scripts {build['quiz_script_bytes']:,} B, deck {build['quiz_deck_bytes']:,} B, "
                f"ts-fsrs {build['scheduler_bytes']:,} B, cheat sheet {build['cheatsheet_bytes']:,} B"
            )
        else:
            print(f"full build, {build['label']}: {build['status']}")
    if not args.no_ablations and ABLATION_N in sizes:
        from .dedupe_quality import evaluate
        from .dedupe_quality import table as ablation_table

        ablations = evaluate(ABLATION_N, args.seed, phrasings=args.phrasings)
        results["ablations"] = ablations
        print(f"\nduplicate finder alone, N={ABLATION_N:,}: precision / recall per kind")
        print(ablation_table(ablations))
    OUT.mkdir(parents=True, exist_ok=True)
    name = "results.json" if args.phrasings == "halves" else f"results-{args.phrasings}.json"
    (OUT / name).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {OUT / name}")
    if not args.no_plot and len(rows) >= 2:
        plot(rows, PLOT)
        print(f"wrote {PLOT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
