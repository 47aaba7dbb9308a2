"""A maintainer adds five questions to the seed's dump: only the files that must change do."""

from __future__ import annotations

from pathlib import Path

from conftest import CONTENT, SEED, ingest_args

from generator.cli import main
from generator.questionfile import read_question_file

ADDED = """

Q17. What are the benefits of mini batch gradient descent?

It is faster than batch gradient descent and its updates are less noisy than stochastic ones.

Q18. What is the Adam optimizer?

Adam is an optimizer that keeps running averages of the gradient and of its square, and
scales each weight's learning rate by them, so it combines momentum with adaptive steps.

Q19. What is a convolutional neural network?

A convolutional neural network slides small learned filters over an image, so the same
weights detect a pattern anywhere; pooling layers then shrink the feature maps.

Q20. What is layer normalization?

Layer normalization rescales the activations of each example over its features to zero
mean and unit variance, unlike batch normalization, which normalizes over the batch.

Q21. What is early stopping?

Early stopping ends training when the loss on a validation set stops improving, which
keeps the model from overfitting the training data.
"""


MODERN_MARK = "  # ================================================ content/sources/modern"


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.md"))}


def test_adding_five_questions_changes_only_the_files_it_must(tmp_path: Path) -> None:
    source = tmp_path / "sources" / SEED.name
    source.parent.mkdir()
    source.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "questions"
    # The seed's part of the curation file (the modern source's questions are not read here).
    text = (CONTENT / "curation.yaml").read_text(encoding="utf-8")
    seed_part = tmp_path / "curation.yaml"
    seed_part.write_text(text.split(MODERN_MARK, 1)[0], encoding="utf-8")
    curation = ["--curation", str(seed_part)]
    assert main([*ingest_args(out, str(source.parent)), *curation]) == 0
    before = _files(out)

    source.write_text(source.read_text(encoding="utf-8").rstrip("\n") + ADDED, encoding="utf-8")
    assert main([*ingest_args(out, str(source.parent)), *curation]) == 0
    after = _files(out)

    new = set(after) - set(before)
    assert len(new) == 4  # Q17 repeats "benefits of mini-batch gradient descent"
    assert set(before) <= set(after)
    new_ids = {name.removesuffix(".md") for name in new}
    changed = sorted(name for name in before if before[name] != after[name])
    for name in changed:
        question = read_question_file(out / name)
        gained = any(ref.label == "Q17" for ref in question.sources)
        links_new = bool(new_ids & set(question.related))
        assert gained or links_new, f"{name} changed though no new question belongs in it"
    assert any(
        any(ref.label == "Q17" for ref in read_question_file(out / name).sources)
        for name in changed
    )
    assert len(changed) <= 15
    print(f"\n{len(new)} new files, {len(changed)} changed: {changed}")
