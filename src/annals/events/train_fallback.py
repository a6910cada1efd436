"""Train the sentence type model of :mod:`annals.events.fallback`:
``python -m annals.events.train_fallback``.

Training sentences (development parts only; nothing held out is read):

* the bundled example sentences (``events/data/event_examples.json``, MIT): each with its
  type or ``none``;
* ``events/data/none_examples.json`` (MIT): sentences with no event, many with words of
  events in another sense ("an all-out assault on the title"), written for this model;
* the PLOVER gold-standard sentences of the dev split (CC BY-SA 4.0);
* the development part of ``benchmarks/events/written_gold.json`` (MIT), by the same id
  hash as the benchmark (its held-out part stays a test).

Each sentence is embedded (:func:`annals.events.fallback.encode`) and a softmax layer with
class-balanced weights is fitted by full-batch gradient descent (deterministic). The
result is written to ``events/data/sentence_types.json``.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import Counter
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import numpy as np

from annals.errors import ConfigurationError, InputError
from annals.events.classifier import LABELS, NONE_LABEL
from annals.events.fallback import EMBEDDING_SIZE, MODEL_FILE, SentenceTypeModel, encode
from annals.events.lexicon import load_json
from annals.events.train import DEFAULT_GSR, bundled_examples

logger = logging.getLogger(__name__)

DEFAULT_WRITTEN = Path("benchmarks/events/written_gold.json")
NONE_FILE = "none_examples.json"
SCALE = 8.0
STEPS = 400
RATE = 0.5
L2 = 1e-4


def collect(gsr: Path, written: Path) -> tuple[list[str], list[str], Counter[str]]:
    """Texts and labels of the development sentences, and how many came from where."""
    from annals.benchmark.events_eval import load_records, select

    texts: list[str] = []
    labels: list[str] = []
    origins: Counter[str] = Counter()
    for item in bundled_examples():
        texts.append(item["text"])
        labels.append(item["label"] if item["label"] in LABELS else NONE_LABEL)
        origins["examples"] += 1
    nones = load_json(NONE_FILE).get("sentences")
    if not isinstance(nones, list):
        raise InputError(NONE_FILE, "expected an object with a 'sentences' list")
    for item in nones:
        texts.append(str(item["text"]))
        labels.append(NONE_LABEL)
        origins["none_examples"] += 1
    for path, origin in ((gsr, "gsr"), (written, "written_gold")):
        for record in select(load_records(path), "dev"):
            texts.append(record.text)
            labels.append(record.label)
            origins[origin] += 1
    return texts, labels, origins


def fit(vectors: np.ndarray, labels: Sequence[str]) -> SentenceTypeModel:
    """Class-balanced softmax regression on the embeddings."""
    index = {label: number for number, label in enumerate(LABELS)}
    targets = np.array([index[label] for label in labels])
    counts = np.bincount(targets, minlength=len(LABELS)).astype(np.float64)
    class_weight = np.where(counts > 0, len(targets) / (len(LABELS) * np.maximum(counts, 1)), 0)
    sample_weight = class_weight[targets]
    sample_weight /= sample_weight.sum()
    onehot = np.eye(len(LABELS))[targets]
    x = vectors.astype(np.float64)
    weights = np.zeros((EMBEDDING_SIZE, len(LABELS)))
    bias = np.zeros(len(LABELS))
    for _ in range(STEPS):
        logits = SCALE * (x @ weights) + bias
        logits -= logits.max(axis=1, keepdims=True)
        probabilities = np.exp(logits)
        probabilities /= probabilities.sum(axis=1, keepdims=True)
        delta = (probabilities - onehot) * sample_weight[:, None]
        weights -= RATE * (SCALE * (x.T @ delta) + L2 * weights)
        bias -= RATE * delta.sum(axis=0)
    return SentenceTypeModel(weights.astype(np.float32), bias.astype(np.float32), SCALE)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = argparse.ArgumentParser(
        prog="python -m annals.events.train_fallback", description=__doc__
    )
    arguments.add_argument("--gsr", type=Path, default=DEFAULT_GSR, help="PLOVER_GSR_CAMEO.txt")
    arguments.add_argument(
        "--written", type=Path, default=DEFAULT_WRITTEN, help="written_gold.json"
    )
    arguments.add_argument("--out", type=Path, default=None, help="model file (default: bundled)")
    options = arguments.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    for path in (options.gsr, options.written):
        if not path.is_file():
            raise ConfigurationError(
                f"training data {str(path)!r} not found; give --gsr and --written "
                "(see ../shared/data/README.md and benchmarks/events/README.md)"
            )
    texts, labels, origins = collect(options.gsr, options.written)
    logger.info("%d sentences: %s; labels %s", len(texts), dict(origins), dict(Counter(labels)))
    vectors = encode(texts)
    model = fit(vectors, labels)
    predicted = [LABELS[int(row.argmax())] for row in model.probabilities(vectors)]
    right = sum(p == g for p, g in zip(predicted, labels, strict=True))
    logger.info("training accuracy %.3f", right / len(labels))
    out = options.out or Path(str(resources.files("annals.events").joinpath("data", MODEL_FILE)))
    extra = {"trained_on": dict(origins), "steps": STEPS, "rate": RATE, "l2": L2}
    out.write_text(json.dumps(model.to_dict(extra)) + "\n", encoding="utf-8")
    logger.info("wrote %s (%d bytes)", out, out.stat().st_size)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
