"""Helpers for tests that build the site: a config copy pointing at other content."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import markdown as python_markdown
import yaml

ROOT = Path(__file__).resolve().parent.parent


def write_config(folder: Path, questions_dir: Path | None = None) -> Path:
    """A copy of mkdocs.yml with absolute paths, optionally reading another question folder."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config["docs_dir"] = str(ROOT / "docs")
    config["theme"]["custom_dir"] = str(ROOT / "overrides")
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "studyguide" in plugin:
            options = plugin["studyguide"] or {}
            options["questions_dir"] = str(questions_dir or ROOT / "content" / "questions")
            options["taxonomy"] = str(ROOT / "content" / "taxonomy.yaml")
            options["wordlist"] = str(ROOT / "content" / "wordlist.yaml")
            options["vendor_dir"] = str(ROOT / "node_modules")
            plugin["studyguide"] = options
        if isinstance(plugin, dict) and "mkdocstrings" in plugin:
            plugin["mkdocstrings"]["handlers"]["python"]["paths"] = [str(ROOT)]
    path = folder / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


def build_site(config: Path, site: Path) -> subprocess.CompletedProcess[str]:
    """Run ``mkdocs build --strict`` (without -q/-v, which hide failures) and capture its log."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml, ignoring its !!python and !ENV tags."""


_ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def site_html(markdown: str) -> str:
    """The HTML the site's Python-Markdown (extensions from mkdocs.yml) makes of ``markdown``."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_ConfigLoader)
    names, settings = [], {}
    for item in config["markdown_extensions"]:
        name, options = next(iter(item.items())) if isinstance(item, dict) else (item, {})
        names.append(name)
        settings[name] = options or {}
    return python_markdown.markdown(markdown, extensions=names, extension_configs=settings)
