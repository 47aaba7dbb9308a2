"""One configuration, content loaded once, the reproducible date, overridable page templates."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from conftest import CONTENT

from generator.cli import main
from generator.config import SiteInfo, load_settings
from generator.content import Content, load_content
from generator.dates import content_stamp, midnight
from generator.errors import StudyGuideError, TaxonomyError
from generator.model import Question, SourceRef, Tag, Taxonomy, Topic
from generator.questionfile import render_question
from generator.site.pages import build_model, render_question_page, render_topic_page
from generator.site.templates import PageTemplates

ROOT = CONTENT.parent
TAXONOMY = Taxonomy(
    topics=(Topic("basics", "Basics", "The basics."),),
    tags=(Tag("nets", "Networks", "", ("network",), "basics"),),
    default_tag="nets",
)


def _question(qid: str, **fields: object) -> Question:
    values: dict[str, object] = {
        "id": qid,
        "title": f"What is {qid}?",
        "answer": f"{qid} is a thing.",
        "summary": f"{qid} in short.",
        "topic": "basics",
        "tags": ("nets",),
        "sources": (SourceRef("dump.md", qid),),
    }
    values.update(fields)
    return Question(**values)  # type: ignore[arg-type]


def test_the_repository_settings_come_from_mkdocs_yml() -> None:
    settings = load_settings(ROOT / "mkdocs.yml")
    assert settings.questions == (ROOT / "content" / "questions").resolve()
    assert settings.sources == (ROOT / "content" / "sources").resolve()
    assert settings.options.edit_uri_questions == "edit/main/content/questions/"
    assert settings.site.directory_urls is False  # mkdocs.yml: use_directory_urls: false


def test_plugin_options_move_every_path_relative_to_the_config(tmp_path: Path) -> None:
    config = tmp_path / "site" / "mkdocs.yml"
    config.parent.mkdir()
    config.write_text(
        "site_name: Guide\nsite_url: https://example.org/g\nplugins:\n"
        "  - search\n  - studyguide:\n      questions_dir: qs\n      taxonomy: ../tax.yaml\n",
        encoding="utf-8",
    )
    settings = load_settings(config)
    assert settings.questions == (tmp_path / "site" / "qs").resolve()
    assert settings.taxonomy == (tmp_path / "tax.yaml").resolve()
    assert settings.site == SiteInfo("Guide", "https://example.org/g/", True)
    assert settings.site.page_url("relu") == "https://example.org/g/questions/relu/"


def test_a_bad_option_is_one_error_naming_the_file(tmp_path: Path, capsys) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text("plugins:\n  - studyguide:\n      cheatsheet_paper: a3\n", encoding="utf-8")
    with pytest.raises(StudyGuideError, match=r"mkdocs\.yml: cheatsheet_paper: "):
        load_settings(config)
    assert main(["ingest", "--check", "--config-file", str(config)]) == 2
    error = capsys.readouterr().err
    assert error.startswith(f"error: {config}: cheatsheet_paper") and error.count("\n") == 1


def test_load_content_orders_and_checks_naming_the_line(tmp_path: Path) -> None:
    settings = load_settings(ROOT / "mkdocs.yml")
    content = load_content(settings)
    assert len(content.questions) == len(list(settings.questions.glob("*.md")))
    topics = [t.slug for t in content.taxonomy.topics]
    ranks = [topics.index(q.topic) for q in content.questions]
    assert ranks == sorted(ranks)
    folder = tmp_path / "questions"
    folder.mkdir()
    bad = _question("a", related=("missing",))
    (folder / "a.md").write_text(render_question(bad), encoding="utf-8")
    line = render_question(bad).splitlines().index("related:") + 1
    with pytest.raises(TaxonomyError, match=rf"a\.md:{line}: related question 'missing'"):
        Content.of([bad], TAXONOMY, folder=folder)


def test_content_stamp_prefers_date_then_epoch_then_last_commit(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert content_stamp(tmp_path, dt.date(2025, 1, 2)) == midnight(dt.date(2025, 1, 2))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert content_stamp(tmp_path).seconds == 1_700_000_000
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    repo = tmp_path / "repo"
    repo.mkdir()
    env = {"GIT_COMMITTER_DATE": "2024-05-06T12:00:00Z", "GIT_AUTHOR_DATE": "2024-05-06T12:00:00Z"}
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@e", "-C", str(repo)]
    subprocess.run([*git, "init", "-q"], check=True)
    (repo / "a.md").write_text("x", encoding="utf-8")
    subprocess.run([*git, "add", "a.md"], check=True)
    subprocess.run([*git, "commit", "-qm", "c"], check=True, env={**_path_env(), **env})
    assert content_stamp(repo) == midnight(dt.date(2024, 5, 6))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "soon")
    with pytest.raises(StudyGuideError, match="SOURCE_DATE_EPOCH: not a whole number"):
        content_stamp(repo)


def _path_env() -> dict[str, str]:
    import os

    return {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp")}


def test_a_site_template_replaces_the_packages(tmp_path: Path) -> None:
    model = build_model(Content.of([_question("a"), _question("b")], TAXONOMY))
    default = render_topic_page("basics", model)
    assert "1. [What is a?](../questions/a.md) — a in short." in default
    overrides = tmp_path / "overrides"
    overrides.mkdir()
    (overrides / "topic.md.j2").write_text(
        "# {{ topic.title | md }}\n\n{% for q in questions %}* {{ q.title | md }}\n{% endfor %}",
        encoding="utf-8",
    )
    custom = render_topic_page("basics", model, PageTemplates(overrides))
    assert custom == "# Basics\n\n* What is a?\n* What is b?\n"
    # the question page still comes from the package
    page = render_question_page(model.questions[0], model, PageTemplates(overrides))
    assert page == render_question_page(model.questions[0], model)


def test_a_broken_template_is_one_error_naming_it(tmp_path: Path) -> None:
    (tmp_path / "topic.md.j2").write_text("{% for q in questions %}\n{{ q.nope }}\n", "utf-8")
    model = build_model(Content.of([_question("a")], TAXONOMY))
    with pytest.raises(StudyGuideError, match=r"topic\.md\.j2"):
        render_topic_page("basics", model, PageTemplates(tmp_path))
