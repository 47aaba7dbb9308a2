"""A small shared Anki deck, written by Anki's own library as a learner's export would be."""

from __future__ import annotations

from pathlib import Path

from anki.collection import Collection, ExportAnkiPackageOptions

# (GUID, front, back, tags): HTML as Anki's editor stores it. Anki makes GUIDs of 10
# random base-91 characters; these are fixed so labels are stable, and some use the
# characters that provenance labels cannot hold.
BASIC_NOTES = (
    (
        "r+7[c$w5i>",
        "Why use <b>ReLU</b> rather than sigmoid?",
        "<div>Three reasons:</div><ul><li>it is cheap: \\(\\max(0, x)\\)</li>"
        "<li>no vanishing gradient for \\(x &gt; 0\\)</li><li>sparse activations</li></ul>"
        "<div>\\[f'(x) = 1 \\text{ for } x &gt; 0\\]</div>",
        ["ML::Activation_functions", "ML"],
    ),
    (
        "q(V|ZX[Lf-",
        "Compare L1 and L2 regularization",
        "<div>Both add a penalty on the weights to the loss.</div>"
        "<table><tr><th>penalty</th><th>effect</th></tr>"
        "<tr><td>L1 &lt;|w|&gt;</td><td>sparse weights</td></tr>"
        "<tr><td>L2</td><td>small weights</td></tr></table>"
        '<div><img src="penalty-chart.png" alt="Weights under L1 and L2"></div>',
        ["ML::Regularization"],
    ),
    (
        "n3,*__`&{D",
        "How do you freeze layers in PyTorch?",
        '<pre><code class="language-python">for p in model.parameters():\n'
        "    p.requires_grad = False</code></pre>"
        "<div>Then pass only the trainable parameters to the optimizer.</div>",
        ["pytorch", "level::senior"],
    ),
    (
        "MXJ5l8QLXQ",
        "Sketch a perceptron",
        'A weighted sum and a step function.<br><img src="perceptron-diagram.png">',
        ["ML::Neural_networks"],
    ),
    (
        "lQ_Xx59&u+",
        "Can you explain what dropout does?",
        "Dropout is a regularization technique: during training it randomly sets a fraction "
        "of the units to zero at each step, so the network cannot rely on any single unit. "
        "It works like averaging many thinned networks that share weights, which reduces "
        "overfitting.",
        ["ML::Regularization", "leech"],
    ),
)
CLOZE_GUID = "C6wEsX`_i8"
CLOZE_TEXT = (
    "The {{c1::encoder}} maps the input to a code and the {{c2::decoder::part}} "
    "reconstructs the input from it."
)
CLOZE_EXTRA = "Trained to reproduce its input, an autoencoder learns a compressed code."


def write_fixture_deck(path: Path, *, legacy: bool = False) -> Path:
    """Write the deck to ``path`` (``.apkg``): Anki's current format, or its legacy one."""
    folder = path.parent / f".{path.stem}-collection"
    folder.mkdir(parents=True, exist_ok=True)
    collection = Collection(str(folder / "collection.anki2"))
    try:
        deck = collection.decks.id("Interview prep")
        basic = collection.models.by_name("Basic")
        for guid, front, back, tags in BASIC_NOTES:
            note = collection.new_note(basic)
            note.guid = guid
            note["Front"], note["Back"] = front, back
            note.tags = tags
            collection.add_note(note, deck)
        cloze = collection.new_note(collection.models.by_name("Cloze"))
        cloze.guid = CLOZE_GUID
        cloze["Text"], cloze["Back Extra"] = CLOZE_TEXT, CLOZE_EXTRA
        cloze.tags = ["ML::Autoencoders"]
        collection.add_note(cloze, deck)
        collection.media.write_data("penalty-chart.png", b"\x89PNG\r\n\x1a\n")
        options = ExportAnkiPackageOptions(
            with_scheduling=False, with_deck_configs=False, with_media=True, legacy=legacy
        )
        collection.export_anki_package(out_path=str(path), options=options, limit=None)
    finally:
        collection.close()
    return path
