"""A seeded synthetic corpus of raw interview Q&A dumps, with the ground truth of its repeats.

The files are written in the seed's text format (``content/sources/*.txt``): unindented
``12. Question?`` and ``Q3. Question?`` lines, answers below as paragraphs, ``  • ``
bullets, ``  1. `` numbered sub-lists and ``Label:`` lines, with page furniture lines
sprinkled in. Labels have at most five digits, so a large corpus is split over several
files, each numbering its entries ``1.``, ``2.``, ... and then ``Q1.``, ``Q2.``, ...

What a corpus holds:

- **Distinct questions** whose subjects are built combinatorially, modifier x head x
  context ("stochastic" x "dropout" x "for image classification"), each asked in one
  frame (what is / advantages / disadvantages / role / how it works / when to use).
- **Look-alikes**: distinct questions that share the frame, head and context and differ
  in one discriminating word from a contrast group ("supervised" / "unsupervised",
  "total" / "within-group" / "between-group").
- **Repeats**: rewordings a person would call the same question: another stem ("What is",
  "What is meant by", "Define", "Explain"), a synonym from :data:`FRAME_SYNONYMS`, the
  context clause moved to the front, a typo from the word list's ``typos``, Title Case,
  an "in neural networks" suffix; each with its own answer drawn from the question's facts.

The ground truth maps each entry's ``file#label`` to its cluster id. Nothing of it is in
the text: labels are numbered after a global shuffle. Same ``n`` and ``seed``, same bytes.

    python -m benchmarks.corpus 10000 --seed 1 --out /tmp/corpus
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
WORDLIST = ROOT / "content" / "wordlist.yaml"
GROUND_TRUTH = "ground-truth.json"
ENTRIES_PER_FILE = 2000

# Modifiers in contrast groups: members of one group are look-alikes of each other.
MODIFIER_GROUPS: tuple[tuple[str, ...], ...] = (
    ("supervised", "unsupervised", "semi-supervised"),
    ("total", "within-group", "between-group"),
    ("forward", "backward"),
    ("batch", "stochastic", "mini-batch"),
    ("linear", "nonlinear"),
    ("sparse", "dense"),
    ("shallow", "deep"),
    ("static", "dynamic"),
    ("local", "global"),
    ("max", "average", "min"),
    ("early", "late"),
    ("online", "offline"),
    ("synchronous", "asynchronous"),
    ("parametric", "non-parametric"),
    ("discrete", "continuous"),
    ("symmetric", "asymmetric"),
    ("hard", "soft"),
    ("univariate", "multivariate", "bivariate"),
    ("weighted", "unweighted"),
    ("conditional", "marginal"),
    ("adaptive", "fixed"),
    ("residual", "gated", "dilated"),
    ("bayesian", "frequentist"),
    ("greedy", "exhaustive"),
    ("random", "systematic", "stratified"),
    ("spectral", "spatial", "temporal"),
    ("contrastive", "generative", "discriminative"),
    ("hierarchical", "flat"),
    ("centralized", "federated", "distributed"),
    ("label", "belief"),
    ("cyclical", "constant", "decaying"),
    ("masked", "causal"),
)

HEADS: tuple[str, ...] = (
    "dropout",
    "gradient descent",
    "gradient clipping",
    "normalization",
    "pooling",
    "attention",
    "autoencoder",
    "embedding",
    "regularization",
    "weight initialization",
    "sampling",
    "loss function",
    "activation function",
    "learning rate schedule",
    "clustering",
    "feature selection",
    "data augmentation",
    "backpropagation",
    "propagation",
    "imputation",
    "sum of squares",
    "convolution",
    "tokenization",
    "beam search",
    "cross-validation",
    "ensemble",
    "decision tree",
    "kernel",
    "optimizer",
    "momentum",
    "network pruning",
    "knowledge distillation",
    "hyperparameter search",
    "transfer learning",
    "quantization",
    "variance estimate",
    "bias correction",
    "hypothesis test",
    "dimensionality reduction",
    "anomaly detection",
    "label smoothing",
    "early stopping",
    "weight decay",
    "batch size",
    "encoder",
    "decoder",
    "recurrent layer",
    "residual connection",
    "positional encoding",
    "softmax",
    "bootstrap",
    "permutation test",
    "confusion matrix",
    "precision estimate",
    "dataset shift",
    "feature scaling",
    "one-hot encoding",
    "matrix factorization",
    "graph convolution",
    "reward shaping",
)

CONTEXTS: tuple[str, ...] = (
    "image classification",
    "object detection",
    "speech recognition",
    "machine translation",
    "time series forecasting",
    "text classification",
    "recommender systems",
    "fraud detection",
    "medical imaging",
    "tabular data",
    "graph data",
    "language modelling",
    "sentiment analysis",
    "question answering",
    "video understanding",
    "robot control",
    "credit scoring",
    "click prediction",
    "protein folding",
    "weather forecasting",
    "music generation",
    "face recognition",
    "document retrieval",
    "spam filtering",
    "churn prediction",
    "demand forecasting",
    "satellite imagery",
    "self-driving cars",
    "handwriting recognition",
    "audio tagging",
    "named entity recognition",
    "image segmentation",
    "survival analysis",
    "A/B testing",
    "search ranking",
    "chatbots",
    "genomics",
    "sensor networks",
    "edge devices",
    "small datasets",
)

# One frame per question; each variant says the same thing. ``{s}`` is the subject.
FRAMES: dict[str, tuple[str, ...]] = {
    "define": (
        "What is {s}?",
        "What is meant by {s}?",
        "Define {s}.",
        "Explain {s}.",
        "What do you mean by {s}?",
    ),
    "advantages": (
        "What are the advantages of {s}?",
        "What are the benefits of {s}?",
        "Advantages of {s}?",
        "What are the main advantages of {s}?",
    ),
    "disadvantages": (
        "What are the disadvantages of {s}?",
        "What are the drawbacks of {s}?",
        "Disadvantages of {s}?",
    ),
    "role": (
        "What is the role of {s}?",
        "What is the purpose of {s}?",
        "What is the use of {s}?",
        "What is the goal of {s}?",
    ),
    "works": (
        "How does {s} work?",
        "Explain how {s} works.",
        "Describe how {s} works.",
    ),
    "when": (
        "When should you use {s}?",
        "When would you use {s}?",
        "When do we use {s}?",
    ),
}
FRAME_NAMES = tuple(FRAMES)
# The synonyms behind the variants above, for the record (and the docs): a person
# reads each row as one word.
FRAME_SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("advantages", "benefits"),
    ("disadvantages", "drawbacks"),
    ("role", "purpose", "use", "goal"),
    ("what is", "what is meant by", "define", "explain", "what do you mean by"),
    ("how does it work", "explain how it works", "describe how it works"),
)
SUFFIXES = (" in neural networks", " in deep learning", " in machine learning")

NOUNS = (
    "gradient",
    "loss",
    "feature",
    "parameter",
    "layer",
    "weights",
    "sample",
    "batch",
    "variance",
    "bias",
    "label",
    "signal",
    "distribution",
    "noise",
    "error",
    "output",
    "input",
    "representation",
    "estimate",
    "objective",
    "network",
    "dataset",
    "model",
    "update",
    "step",
    "score",
    "threshold",
    "margin",
    "capacity",
    "memory",
    "latency",
    "throughput",
    "accuracy",
    "calibration",
    "gradient norm",
    "learning signal",
    "scale",
    "residual",
    "activation",
    "prediction",
    "target",
    "feature map",
    "vocabulary",
    "kernel",
)
VERBS = (
    "reduces",
    "controls",
    "smooths",
    "stabilizes",
    "rescales",
    "constrains",
    "estimates",
    "spreads",
    "limits",
    "balances",
    "amplifies",
    "tracks",
    "summarizes",
    "corrects",
    "separates",
    "compresses",
    "propagates",
    "averages",
    "regularizes",
    "shifts",
)
ADJECTIVES = (
    "noisy",
    "large",
    "small",
    "unstable",
    "skewed",
    "sparse",
    "imbalanced",
    "correlated",
    "high-dimensional",
    "redundant",
    "missing",
    "stale",
    "biased",
    "sharp",
    "flat",
    "long",
)
PHASES = ("training", "inference", "validation", "fine-tuning", "pretraining", "evaluation")
TEMPLATES = (
    "{S} is a technique that {verb} the {n1} of the {n2} during {phase}.",
    "It is mainly used when the {n1} is {adj} and the {n2} must stay {adj2}.",
    "In practice {s} {verb} the {n1}, which makes the {n2} easier to learn.",
    "A common mistake is to apply {s} when the {n1} is already {adj}.",
    "The main cost of {s} is extra {n1} and a slower {n2} through the network.",
    "Compared with plain {n1} updates it {verb} the {n2} at every step.",
    "It helps most with {adj} {n1} and hurts little when the {n2} is {adj2}.",
    "Without it the {n1} becomes {adj} and the {n2} drifts during {phase}.",
    "One way to check it is to plot the {n1} against the {n2} over {phase}.",
    "The idea was first described in early work on {n1} and {n2}.",
    "Most libraries expose it as one option that {verb} the {n1}.",
    "It works by keeping a running {n1} that {verb} each new {n2}.",
)
LABELS = ("Key idea", "In practice", "Why it matters", "Example", "Note", "How it works")
FURNITURE = (
    "300+ TOP {field} Interview Questions and Answers",
    "{field} Interview Questions",
    "{field} Interview Questions for freshers experienced :-",
    "{field} Questions and Answers Pdf Download",
    "300+ [LATEST] {field} Interview Questions and Answers",
    "Get {field} 100% Practical Training",
)
FIELDS = ("Deep Learning", "Machine Learning", "Data Science", "Neural Networks", "AI")
CLUSTER_SIZES = ((1, 0.52), (2, 0.26), (3, 0.13), (4, 0.06), (5, 0.03))
LOOKALIKE_SHARE = 0.3
TYPO_SHARE = 0.25
TITLE_CASE_SHARE = 0.3
SUFFIX_SHARE = 0.2
FRONTED_SHARE = 0.2


@dataclass(frozen=True)
class Question:
    """One distinct question: its frame, modifier, head and context, and its facts."""

    cluster: int
    frame: str
    modifier: str
    head: str
    context: str
    facts: tuple[str, ...]

    @property
    def subject(self) -> str:
        """The subject without its context: "stochastic dropout"."""
        return f"{self.modifier} {self.head}"


@dataclass(frozen=True)
class CorpusEntry:
    """One raw entry as written: its question (cluster), title and answer lines."""

    cluster: int
    title: str
    answer: tuple[str, ...]


@dataclass(frozen=True)
class Corpus:
    """The files of a corpus (name -> text) and its ground truth (``file#label`` -> cluster)."""

    files: dict[str, str]
    truth: dict[str, int]

    @property
    def clusters(self) -> int:
        """How many distinct questions the corpus asks."""
        return len(set(self.truth.values()))


def load_typos(path: Path = WORDLIST) -> dict[str, list[str]]:
    """Correct word -> misspellings of it, from the word list's ``typos`` (real words only)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    table: dict[str, list[str]] = {}
    for wrong, right in sorted((data.get("typos") or {}).items()):
        right = str(right)
        if not right or " " in right or right.lower() == str(wrong).lower():
            continue
        table.setdefault(right, []).append(str(wrong))
    return table


def _fill(template: str, rng: random.Random, subject: str) -> str:
    n1, n2 = rng.sample(NOUNS, 2)
    adj, adj2 = rng.sample(ADJECTIVES, 2)
    text = template.format(
        S=subject[:1].upper() + subject[1:],
        s=subject,
        verb=rng.choice(VERBS),
        n1=n1,
        n2=n2,
        adj=adj,
        adj2=adj2,
        phase=rng.choice(PHASES),
    )
    return text


def _facts(rng: random.Random, subject: str) -> tuple[str, ...]:
    templates = rng.sample(TEMPLATES, 7)
    return tuple(_fill(t, rng, subject) for t in templates)


def _cluster_size(rng: random.Random) -> int:
    roll = rng.random()
    for size, share in CLUSTER_SIZES:
        if roll < share:
            return size
        roll -= share
    return CLUSTER_SIZES[-1][0]


def plan_questions(n: int, rng: random.Random) -> list[tuple[Question, int]]:
    """Distinct questions and how many times each is asked, ``n`` entries in all."""
    space = len(MODIFIER_GROUPS) * len(HEADS) * len(CONTEXTS)
    used: set[int] = set()
    planned: list[tuple[Question, int]] = []
    total = 0
    while total < n:
        if len(used) >= space:
            raise ValueError(f"{n} entries need more subjects than the vocabularies hold")
        key = rng.randrange(space)
        if key in used:
            continue
        used.add(key)
        group_i, rest = divmod(key, len(HEADS) * len(CONTEXTS))
        head_i, context_i = divmod(rest, len(CONTEXTS))
        group = MODIFIER_GROUPS[group_i]
        frame = FRAME_NAMES[(head_i * 7 + context_i * 3) % len(FRAME_NAMES)]
        count = min(len(group), rng.choice((2, 3))) if rng.random() < LOOKALIKE_SHARE else 1
        for modifier in rng.sample(group, count):
            subject = f"{modifier} {HEADS[head_i]}"
            question = Question(
                cluster=len(planned),
                frame=frame,
                modifier=modifier,
                head=HEADS[head_i],
                context=CONTEXTS[context_i],
                facts=_facts(rng, f"{subject} for {CONTEXTS[context_i]}"),
            )
            size = min(_cluster_size(rng), n - total)
            if size <= 0:
                break
            planned.append((question, size))
            total += size
    return planned


def _typo(text: str, rng: random.Random, typos: dict[str, list[str]]) -> str:
    words = text.split(" ")
    spots = [i for i, w in enumerate(words) if w.strip("?.,").lower() in typos]
    if not spots:
        return text
    i = rng.choice(spots)
    core = words[i].strip("?.,")
    wrong = rng.choice(typos[core.lower()])
    if core[:1].isupper():
        wrong = wrong[:1].upper() + wrong[1:]
    words[i] = words[i].replace(core, wrong)
    return " ".join(words)


def _title_case(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in text.split(" "))


def reword_title(q: Question, rng: random.Random, typos: dict[str, list[str]]) -> str:
    """One way of asking ``q``: a random stem variant and random surface changes."""
    variant = rng.choice(FRAMES[q.frame])
    if rng.random() < FRONTED_SHARE:
        body = variant.format(s=q.subject)
        title = f"For {q.context}, {body[:1].lower()}{body[1:]}"
    else:
        title = variant.format(s=f"{q.subject} for {q.context}")
    if rng.random() < SUFFIX_SHARE:
        end = title[-1]
        title = title[:-1] + rng.choice(SUFFIXES) + end
    if rng.random() < TYPO_SHARE:
        title = _typo(title, rng, typos)
    if rng.random() < TITLE_CASE_SHARE:
        title = _title_case(title)
    return title


def write_answer(q: Question, rng: random.Random, typos: dict[str, list[str]]) -> tuple[str, ...]:
    """One version of an answer to ``q`` (30 to 120 words), as source lines."""
    facts = list(q.facts)
    rng.shuffle(facts)
    chosen: list[str] = []
    words = 0
    target = rng.randint(30, 110)
    for fact in facts:
        if words >= target:
            break
        if words + len(fact.split()) > 120:
            continue
        if rng.random() < TYPO_SHARE / 2:
            fact = _typo(fact, rng, typos)
        chosen.append(fact)
        words += len(fact.split())
    shape = rng.choice(("paragraph", "paragraph", "bullets", "numbered", "label", "intro"))
    lines: list[str] = []
    if shape == "paragraph" or len(chosen) < 3:
        lines.append(" ".join(chosen))
    elif shape == "bullets":
        lines.extend(f"  • {fact.rstrip('.')}" for fact in chosen)
    elif shape == "numbered":
        lines.extend(f"  {i}. {fact}" for i, fact in enumerate(chosen, 1))
    elif shape == "label":
        lines.append(f"{rng.choice(LABELS)}:")
        lines.append("")
        lines.append(chosen[0])
        lines.append("")
        lines.append(" ".join(chosen[1:]))
    else:
        lines.append(chosen[0])
        lines.append("")
        lines.extend(f"  • {fact.rstrip('.')}" for fact in chosen[1:])
    return tuple(lines)


def make_entries(n: int, seed: int, typos: dict[str, list[str]]) -> list[CorpusEntry]:
    """``n`` entries in a random order, each a rewording of its question."""
    rng = random.Random(seed)
    entries: list[CorpusEntry] = []
    for question, size in plan_questions(n, rng):
        for _ in range(size):
            entries.append(
                CorpusEntry(
                    question.cluster,
                    reword_title(question, rng, typos),
                    write_answer(question, rng, typos),
                )
            )
    rng.shuffle(entries)
    return entries


def _render_file(
    name: str, entries: Sequence[CorpusEntry], rng: random.Random
) -> tuple[str, dict[str, int]]:
    """The text of one source file and its labels' clusters: a numbered part, then a Q part."""
    field = rng.choice(FIELDS)
    lines = [rng.choice(FURNITURE).format(field=field), ""]
    truth: dict[str, int] = {}
    split = len(entries) // 2 if len(entries) > 1 else len(entries)
    for i, entry in enumerate(entries):
        q_part = i >= split
        number = i - split + 1 if q_part else i + 1
        label = f"Q{number}" if q_part else str(number)
        if (q_part and i == split) or rng.random() < 0.03:
            lines.extend([rng.choice(FURNITURE).format(field=field), ""])
        lines.append(f"{label}. {entry.title}")
        if q_part or rng.random() < 0.3:
            lines.append("")
        lines.extend(entry.answer)
        lines.append("")
        truth[f"{name}#{label}"] = entry.cluster
    return "\n".join(lines), truth


def make_corpus(n: int, seed: int = 1, typos: dict[str, list[str]] | None = None) -> Corpus:
    """A corpus of ``n`` raw entries, split into files of at most 2,000, with ground truth."""
    if n < 1:
        raise ValueError("a corpus needs at least one entry")
    typos = load_typos() if typos is None else typos
    entries = make_entries(n, seed, typos)
    rng = random.Random(seed * 7919 + 17)
    files: dict[str, str] = {}
    truth: dict[str, int] = {}
    for part, start in enumerate(range(0, n, ENTRIES_PER_FILE), 1):
        name = f"synthetic-{part:03d}.txt"
        text, labels = _render_file(name, entries[start : start + ENTRIES_PER_FILE], rng)
        files[name] = text
        truth.update(labels)
    return Corpus(files, truth)


def write_corpus(corpus: Corpus, out: Path) -> Path:
    """Write the source files into ``out/sources/`` and the ground truth beside; return sources."""
    sources = out / "sources"
    sources.mkdir(parents=True, exist_ok=True)
    for name, text in corpus.files.items():
        (sources / name).write_text(text, encoding="utf-8", newline="\n")
    (out / GROUND_TRUTH).write_text(
        json.dumps(corpus.truth, indent=0, sort_keys=True) + "\n", encoding="utf-8"
    )
    return sources


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m benchmarks.corpus N --seed S --out DIR``."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.corpus", description="Write a synthetic Q&A dump corpus."
    )
    parser.add_argument("n", type=int, help="number of raw entries")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default: 1)")
    parser.add_argument("--out", required=True, help="output folder (sources/ + ground truth)")
    args = parser.parse_args(argv)
    corpus = make_corpus(args.n, args.seed)
    sources = write_corpus(corpus, Path(args.out))
    print(
        f"corpus: {args.n} entries, {corpus.clusters} distinct questions, "
        f"{len(corpus.files)} file(s) in {sources}; ground truth in {Path(args.out) / GROUND_TRUTH}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
