"""Smoke test of the benchmark tools: corpus maker + ingest on a small N. Never timed."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import CONTENT

from benchmarks.corpus import (
    BLIND2_PHRASINGS,
    BLIND_PHRASINGS,
    GROUND_TRUTH,
    PHRASINGS,
    make_corpus,
    make_entries,
    write_corpus,
)
from benchmarks.quality import kind_scores, pair_scores
from benchmarks.run import growth_exponent
from generator.ingest.pipeline import IngestOptions, run_ingest

N = 300
SUFFIX_AT = r" in (?:neural networks|deep learning|machine learning)"


def test_corpus_is_deterministic_and_truth_round_trips(tmp_path: Path) -> None:
    first, second = make_corpus(N, seed=3), make_corpus(N, seed=3)
    assert first == second
    assert make_corpus(N, seed=4).files != first.files
    write_corpus(first, tmp_path)
    truth = json.loads((tmp_path / GROUND_TRUTH).read_text(encoding="utf-8"))
    assert truth == first.truth
    assert len(truth) == N
    assert first.clusters < N  # some entries are repeats


def test_blind_corpus_is_phrased_from_the_blind_set_only() -> None:
    blind = make_corpus(N, seed=3, phrasings="blind")
    assert blind == make_corpus(N, seed=3, phrasings="blind")
    assert {f["half"] for f in blind.features.values()} == {"blind"}
    assert len(blind.truth) == N and blind.clusters < N
    assert set(BLIND_PHRASINGS) == set(PHRASINGS)
    for ask, phrasings in BLIND_PHRASINGS.items():
        assert 6 <= len(phrasings) == len(set(phrasings))
        assert not set(phrasings) & set(PHRASINGS[ask])
        assert all(p.count("{s}") + p.count("{S}") == 1 for p in phrasings)
    text = "\n".join(blind.files.values()).lower()
    assert "in a nutshell" in text or "give me the gist of" in text
    halves = make_corpus(N, seed=3)
    assert {f["half"] for f in halves.features.values()} == {"tune", "held-out"}


def test_second_blind_corpus_is_phrased_from_its_own_set_only() -> None:
    blind2 = make_corpus(N, seed=3, phrasings="blind2")
    assert blind2 == make_corpus(N, seed=3, phrasings="blind2")
    assert make_corpus(N, seed=4, phrasings="blind2").files != blind2.files
    assert {f["half"] for f in blind2.features.values()} == {"blind2"}
    assert len(blind2.truth) == N and blind2.clusters < N
    assert set(BLIND2_PHRASINGS) == set(PHRASINGS)
    others = {p for table in (PHRASINGS, BLIND_PHRASINGS) for ps in table.values() for p in ps}
    for phrasings in BLIND2_PHRASINGS.values():
        assert len(phrasings) == len(set(phrasings)) == 8
        assert not set(phrasings) & others
        assert all(p.count("{s}") + p.count("{S}") == 1 for p in phrasings)
    everything = [p for ps in BLIND2_PHRASINGS.values() for p in ps]
    assert len(everything) == len(set(everything))
    text = "\n".join(blind2.files.values()).lower()
    assert "write a short note on" in text or "sketch the maths behind" in text
    # Planned like the first blind set (same questions and cluster sizes), worded otherwise.
    blind = make_corpus(N, seed=3, phrasings="blind")
    assert blind2.clusters == blind.clusters and blind2.files != blind.files


def test_a_field_suffix_never_splits_the_last_word() -> None:
    """blind13 has phrasings without a closing mark ("... mean in ML"): the suffix goes
    after them, not inside their last word ("mean in m in machine learningl")."""
    untyped = [e for e in make_entries(2000, seed=1, phrasings="blind13") if not e.typo]
    suffixed = [e.title for e in untyped if re.search(SUFFIX_AT, e.title)]
    assert len(suffixed) > 50
    assert not [t for t in suffixed if re.search(SUFFIX_AT + r"[a-z]", t)]
    assert any(not t.endswith(("?", ".", "!")) for t in suffixed)


def test_a_fronted_short_form_keeps_its_capitals() -> None:
    """A fronted "TVE" stays "TVE", never "tVE" (which is read as a word)."""
    entries = make_entries(3000, seed=1, phrasings="blind13")
    fronted = [e.title for e in entries if e.abbreviation and e.title.startswith("For ")]
    assert len(fronted) > 20
    assert not [t for t in fronted if re.search(r", [a-z][A-Z]{2,}\b", t)]
    assert any(re.search(r", [A-Z]{2,}\b", t) for t in fronted)


def test_ingest_of_a_small_corpus_scores_its_merges(tmp_path: Path) -> None:
    corpus = make_corpus(N, seed=1)
    sources = write_corpus(corpus, tmp_path / "corpus")
    result = run_ingest(
        IngestOptions(
            sources=(sources,),
            out=tmp_path / "questions",
            wordlist=CONTENT / "wordlist.yaml",
            taxonomy=CONTENT / "taxonomy.yaml",
        )
    )
    groups = [[str(s) for s in q.sources] for q in result.built.questions]
    assert sorted(ref for group in groups for ref in group) == sorted(corpus.truth)
    scores = pair_scores(groups, corpus.truth)
    assert scores.missing == 0 and scores.extra == 0
    assert scores.true_pairs > 0
    assert scores.precision >= 0.9
    tuned = kind_scores(groups, corpus.truth, corpus.features, "tune")["all"]
    held_out = kind_scores(groups, corpus.truth, corpus.features, "held-out")["all"]
    print(f"\nN={N}: tune recall {tuned.recall:.3f}, held-out recall {held_out.recall:.3f}")
    assert tuned.recall >= 0.8  # a small corpus gives the spelling rules little to count
    assert tuned.correct + tuned.missed + held_out.correct + held_out.missed == scores.true_pairs


def test_kind_scores_count_each_pair_in_every_kind_it_is() -> None:
    truth = {"a": 1, "b": 1, "c": 2, "d": 2}
    plain = {"half": "tune", "phrasing": 0, "typo": False, "abbreviation": False, "style": "x"}
    features = {
        "a": plain,
        "b": {**plain, "typo": True, "phrasing": 2},
        "c": plain,
        "d": {**plain, "style": "y"},
    }
    scores = kind_scores([["a", "b", "c"], ["d"]], truth, features, "tune")
    assert (scores["typo"].correct, scores["reword"].correct) == (1, 1)
    assert (scores["cross-style"].missed, scores["same wording"].wrong) == (1, 1)
    assert scores["all"].precision == 1 / 3 and scores["all"].recall == 1 / 2


def test_pair_scores_and_growth_exponent() -> None:
    truth = {"a": 1, "b": 1, "c": 2, "d": 2}
    perfect = pair_scores([["a", "b"], ["c", "d"]], truth)
    assert (perfect.precision, perfect.recall) == (1.0, 1.0)
    merged = pair_scores([["a", "b", "c", "d"]], truth)
    assert merged.precision == 2 / 6 and merged.recall == 1.0
    split = pair_scores([["a"], ["b"], ["c", "d"]], truth)
    assert split.precision == 1.0 and split.recall == 0.5
    assert growth_exponent([10, 100, 1000], [1, 10, 100]) == 1.0
