"""Audit the built site with Lighthouse (mobile profile) over a loopback gzip server.

    make build
    CHROME_PATH=/usr/bin/chromium .venv/bin/python -m benchmarks.lighthouse site [--runs 3]

Pages: the home page, the question page with the most display formulas, the quiz page.
Lighthouse 12 comes from npm (``node_modules/.bin/lighthouse``, pinned in
package-lock.json) and drives Debian's chromium (``CHROME_PATH``). Prints, per page, the
median of each category score over the runs and the bytes transferred (Lighthouse's
``total-byte-weight``: every response, compressed as sent); the reports are kept in
``benchmarks/out/lighthouse/``. Timing-dependent, so it is a benchmark, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out" / "lighthouse"
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def math_page(site: Path) -> str:
    """The question page with the most display formulas."""
    pages = sorted((site / "questions").glob("*.html"))
    best = max(pages, key=lambda p: (p.read_text(encoding="utf-8").count("katex-display"), p.name))
    return f"questions/{best.name}"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for(port: int) -> None:
    for _ in range(100):
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise SystemExit(f"error: the gzip server did not start on port {port}")


def audit(url: str, report: Path) -> dict[str, float]:
    """One Lighthouse run of ``url`` (mobile, simulated throttling): scores and bytes."""
    chrome = os.environ.get("CHROME_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
    subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={report}",
            f"--only-categories={','.join(CATEGORIES)}",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
        ],
        check=True,
        env={**os.environ, "CHROME_PATH": chrome},
    )
    result = json.loads(report.read_text(encoding="utf-8"))
    scores = {c: round(100 * result["categories"][c]["score"]) for c in CATEGORIES}
    audits = result["audits"]
    scores["bytes"] = audits["total-byte-weight"]["numericValue"]
    scores["lcp_ms"] = audits["largest-contentful-paint"]["numericValue"]
    return scores


def main() -> int:
    """Serve the site, audit each page ``--runs`` times, print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, nargs="?", default=ROOT / "site")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        print("error: node_modules/.bin/lighthouse missing; run `npm ci`", file=sys.stderr)
        return 2
    pages = ["index.html", math_page(args.site), "quiz.html"]
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.gzip_server", str(args.site), "--port", str(port)],
        cwd=ROOT,
    )
    OUT.mkdir(parents=True, exist_ok=True)
    try:
        _wait_for(port)
        print("| page | performance | accessibility | best practices | SEO | LCP | transferred |")
        print("|---|---|---|---|---|---|---|")
        for page in pages:
            runs = [
                audit(
                    f"http://127.0.0.1:{port}/{page}",
                    OUT / f"{page.replace('/', '_')}.{n}.json",
                )
                for n in range(args.runs)
            ]
            med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
            print(
                f"| {page} | {med['performance']:.0f} | {med['accessibility']:.0f} "
                f"| {med['best-practices']:.0f} | {med['seo']:.0f} "
                f"| {med['lcp_ms'] / 1000:.1f} s | {med['bytes'] / 1024:.0f} KiB |",
                flush=True,
            )
    finally:
        server.terminate()
        server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
