"""Maintainer text in every field reaches the built site as text, never as markup.

A small guide is ingested with ``<img onerror>`` and ``<script>`` in the taxonomy's titles
and descriptions and in the curation file's title, summary, note and answer; the whole
site is built with MkDocs, and no page may hold the markup as HTML.
"""

from __future__ import annotations

import datetime
import os
import re
import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import TAXONOMY, WORDLIST
from site_support import build_site, write_config

from generator.cli import main

pytestmark = pytest.mark.slow
SOURCE = (
    "Questions\n\n"
    "1. What is alpha in machine learning?\n"
    "Alpha is the learning rate in machine learning algorithms.\n\n"
    "2. What is beta in machine learning?\n"
    "Beta is a momentum term in machine learning algorithms.\n"
)
# Markup as a browser would run it: an element with an event handler, or a script.
RUNNABLE = re.compile(r"<img[^>]*onerror|<script>alert", re.IGNORECASE)


def commit_all(folder: Path, date: str) -> None:
    """Make ``folder`` a git repository whose one commit (of everything) is dated ``date``."""
    env = {**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    git = ["git", "-C", str(folder), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "init", "-q"], check=True, env=env)
    subprocess.run([*git, "add", "-A"], check=True, env=env)
    subprocess.run([*git, "commit", "-q", "--allow-empty", "-m", "x"], check=True, env=env)


def attack(n: int) -> str:
    return f"<img src=javascript:x onerror=alert({n})>"


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with a small guide (markup in every maintainer field) and its built site/."""
    work = tmp_path_factory.mktemp("escaping")
    (work / "src.txt").write_text(SOURCE, encoding="utf-8")
    taxonomy = yaml.safe_load(TAXONOMY.read_text(encoding="utf-8"))
    topic = taxonomy["topics"][0]
    topic["title"], topic["description"] = attack(1) + "Topic", attack(2) + "About"
    for tag in taxonomy["tags"].values():
        if tag["topic"] == topic["slug"]:
            tag["title"] = attack(3) + tag["title"]
            tag["description"] = attack(4) + tag["description"]
    (work / "taxonomy.yaml").write_text(yaml.safe_dump(taxonomy), encoding="utf-8")
    args = ["ingest", str(work / "src.txt"), "--out", str(work / "questions")]
    args += ["--taxonomy", str(work / "taxonomy.yaml"), "--wordlist", str(WORDLIST), "-q"]
    assert main(args) == 0
    ids = sorted(p.stem for p in (work / "questions").glob("*.md"))
    curation = {
        "questions": {
            ids[0]: {
                "title": attack(5) + "What is alpha?",
                "summary": attack(6) + " in short.",
                "note": attack(7) + " a note.",
                "answer": "<script>alert(8)</script> and " + attack(9),
            }
        }
    }
    (work / "curation.yaml").write_text(yaml.safe_dump(curation), encoding="utf-8")
    assert main([*args, "--curation", str(work / "curation.yaml")]) == 0
    config = write_config(work, work / "questions")
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    # The questions in a repository whose last commit is old: whose date does the sitemap get?
    commit_all(work / "questions", "2001-02-03T04:05:06Z")
    data["site_url"] = "https://example.org/guide/"  # a sitemap lists pages only with one
    for plugin in data["plugins"]:
        if isinstance(plugin, dict) and "studyguide" in plugin:
            plugin["studyguide"]["taxonomy"] = str(work / "taxonomy.yaml")
    config.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    result = build_site(config, work / "site")
    assert result.returncode == 0, result.stderr
    return work


@pytest.fixture(scope="module")
def site(work: Path) -> Path:
    """The built site of ``work``."""
    return work / "site"


def test_no_page_runs_maintainer_markup(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 5
    hits = [
        f"{p.relative_to(site)}: {m.group(0)}"
        for p in pages
        for m in RUNNABLE.finditer(p.read_text(encoding="utf-8"))
    ]
    assert hits == []


def test_the_markup_is_shown_as_text(site: Path) -> None:
    """Escaped, not dropped: a reader sees what the maintainer wrote."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))
    for n in (1, 3, 5):
        assert f"&lt;img src=javascript:x onerror=alert({n})&gt;" in text, n


def test_plain_mkdocs_build_dates_the_sitemap_by_the_last_commit(site: Path) -> None:
    """By the last commit of the questions, like the cheat sheet, not by the day of the build:
    the same content gives the same sitemap any day.
    """
    stamp = int(os.environ.get("SOURCE_DATE_EPOCH", "981173106"))  # 2001-02-03, the commit
    day = datetime.datetime.fromtimestamp(stamp, datetime.UTC).date().isoformat()
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert set(re.findall(r"<lastmod>([^<]+)</lastmod>", sitemap)) == {day}


def test_build_command_swaps_in_a_new_site_only_when_mkdocs_succeeds(
    work: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "site"
    out.mkdir()
    (out / "old.html").write_text("old site\n", encoding="utf-8")
    args = ["build", "--skip-ingest", "-q", "--config-file", str(work / "mkdocs.yml")]
    broken = tmp_path / "broken.yml"
    broken.write_text(
        (work / "mkdocs.yml")
        .read_text(encoding="utf-8")
        .replace(str(work / "questions"), str(tmp_path / "no-such-folder")),
        encoding="utf-8",
    )
    assert main([*args[:-1], str(broken), "--site-dir", str(out)]) != 0
    assert "left as it was" in capsys.readouterr().err
    assert [p.name for p in out.iterdir()] == ["old.html"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.yml", "site"]
    assert main([*args, "--site-dir", str(out)]) == 0
    assert (out / "index.html").is_file() and not (out / "old.html").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.yml", "site"]
