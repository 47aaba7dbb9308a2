"""End to end: ingest the seed into a temporary folder."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import CONTENT, SEED

from generator.cli import main
from generator.questionfile import read_question_folder


def _seed_labels() -> list[str]:
    return re.findall(r"^(Q?\d+)\.\s", SEED.read_text(encoding="utf-8"), flags=re.M)


def test_every_source_entry_lands_in_exactly_one_question(tmp_path: Path) -> None:
    from generator.ingest.pipeline import read_entries, source_paths
    from generator.model import WordList

    out = tmp_path / "questions"
    assert main(["ingest", "--out", str(out), "-q"]) == 0
    questions = read_question_folder(out)
    refs = [str(ref) for q in questions for ref in q.sources]
    seed = [f"{SEED.name}#{label}" for label in _seed_labels()]
    assert len(seed) == 95
    every = [str(e.ref) for e in read_entries(source_paths([SEED.parent]), WordList())]
    assert set(seed) <= set(every) and len(every) == 141
    assert sorted(refs) == sorted(every)


def test_rerun_rewrites_nothing(tmp_path: Path) -> None:
    out = tmp_path / "questions"
    assert main(["ingest", "--out", str(out), "-q"]) == 0
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in out.iterdir()}
    assert main(["ingest", "--out", str(out), "-q"]) == 0
    after = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in out.iterdir()}
    assert before == after


def test_committed_questions_are_up_to_date(monkeypatch) -> None:
    monkeypatch.chdir(CONTENT.parent)
    assert (CONTENT / "questions").is_dir()
    assert main(["ingest", "--check", "-q"]) == 0


FURNITURE = ("300+", "Interview Questions", "Pdf Download", "Practical Training")


def _seed_questions(tmp_path: Path):
    out = tmp_path / "questions"
    assert main(["ingest", "--out", str(out), "-q"]) == 0
    return read_question_folder(out)


def test_seed_output_is_clean_tagged_and_linked(tmp_path: Path, taxonomy) -> None:
    questions = _seed_questions(tmp_path)
    ids = {q.id for q in questions}
    tags = {t.slug for t in taxonomy.tags}
    topics = {t.slug for t in taxonomy.topics}
    for q in questions:
        for phrase in FURNITURE:
            assert phrase.lower() not in q.title.lower(), (q.id, phrase)
            assert phrase.lower() not in q.answer.lower(), (q.id, phrase)
        assert q.title.endswith(("?", ".")) and not q.title.endswith(("??", "?.", "..")), q.title
        assert 1 <= len(q.tags) <= 4, q.id
        assert set(q.tags) <= tags, q.id
        assert q.topic in topics, q.id
        assert q.id not in q.related, q.id
        assert len(q.related) <= 5, q.id
        assert set(q.related) <= ids, q.id
        assert not re.search(r"<[A-Za-z/!]", q.answer), q.id  # no raw HTML tag
    assert sum(len(q.related) >= 3 for q in questions) >= len(questions) // 2


def test_seed_formulas_are_latex(tmp_path: Path) -> None:
    answers = {q.id: q.answer for q in _seed_questions(tmp_path)}
    assert r"$\mathrm{MSE} = \frac{1}{n}" in answers["cost-function"]
    assert "Σ" not in "".join(answers.values())


def test_fresh_ingest_reproduces_the_committed_files(tmp_path: Path) -> None:
    """Ids and curation do not depend on earlier runs: an empty folder gets the same files."""
    out = tmp_path / "questions"
    args = ["ingest", "--out", str(out), "--report", str(tmp_path / "review.md"), "-q"]
    curation = CONTENT / "curation.yaml"
    args += ["--curation", str(curation), "--wordlist", str(CONTENT / "wordlist.yaml")]
    args += ["--taxonomy", str(CONTENT / "taxonomy.yaml"), str(CONTENT / "sources")]
    assert main(args) == 0
    committed = {p.name: p.read_bytes() for p in (CONTENT / "questions").glob("*.md")}
    fresh = {p.name: p.read_bytes() for p in out.glob("*.md")}
    assert fresh == committed
    assert (tmp_path / "review.md").read_bytes() == (CONTENT / "ingest-review.md").read_bytes()
