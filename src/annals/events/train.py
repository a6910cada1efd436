"""Train the PLOVER type classifier: ``python -m annals.events.train``.

Training sentences, all from the *dev* split of the events benchmark
(:func:`annals.benchmark.events_eval.split_of`; the held-out 20% is never read):

* PLOVER gold-standard sentences (CC BY-SA 4.0): each text with its label;
* NGEC synthetic stories (MIT): the headline and the first body sentence with
  the story's label, and one later sentence without any trigger as ``none``;
* the bundled example sentences (``events/data/event_examples.json``, MIT, written
  for this project in en/it/fr/de/es), types and ``none``.

Each sentence is parsed by the same stages as the coder (:class:`annals.nlp.parser.Parser`,
:class:`annals.events.triggers.TriggerMatcher`) and its features hashed; a
softmax regression with class-balanced weights and L2 is fitted by full-batch
Adam. The result is written to ``events/data/event_classifier.json``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from annals.errors import ConfigurationError, InputError
from annals.events.classifier import (
    DEFAULT_BITS,
    LABELS,
    MODEL_FILE,
    NONE_LABEL,
    EventTypeClassifier,
    hash_features,
    sentence_features,
)
from annals.events.lexicon import load_json
from annals.events.triggers import TriggerMatcher
from annals.models import ParsedText, Sentence

logger = logging.getLogger(__name__)

DEFAULT_GSR = Path("../shared/data/events/plover/PLOVER_GSR_CAMEO.txt")
DEFAULT_NGEC = Path("../shared/data/events/ngec/gpt_synthetic_events_2023-10-19.csv.zip")
#: Extra weight of the sentence-level sources beside the NGEC stories (tuned on the dev split).
ORIGIN_WEIGHTS = {"gsr": 3.0, "examples": 2.0}
DEFAULT_L2 = 4e-4
DEFAULT_EPOCHS = 150
EXAMPLES_FILE = "event_examples.json"


@dataclass(frozen=True, slots=True)
class Example:
    """One training sentence: its features and label."""

    features: tuple[str, ...]
    label: str
    origin: str  # gsr, ngec, examples


def _inner_fold(record_id: str) -> bool:
    """A second, independent hash: one dev record in four is the tuning fold."""
    return int(hashlib.md5(record_id.encode()).hexdigest()[:8], 16) % 4 == 0


def bundled_examples() -> list[dict[str, str]]:
    items = load_json(EXAMPLES_FILE).get("examples")
    if not isinstance(items, list):
        raise InputError(EXAMPLES_FILE, "expected an object with an 'examples' list")
    return [item for item in items if isinstance(item, dict)]


def _whole(parsed: ParsedText) -> Sentence:
    return Sentence(0, 0, len(parsed.text), 0, len(parsed.tokens))


def _features(parsed: ParsedText, sentence: Sentence, matcher: TriggerMatcher) -> tuple[str, ...]:
    return tuple(sentence_features(parsed, sentence, matcher.find(parsed, sentence)))


def collect(
    gsr: Path | None,
    ngec: Path | None,
    use_examples: bool,
    fold: str = "all",
) -> list[Example]:
    """Training examples from the dev split. ``fold``: ``all`` (the dev split) or ``train``
    (dev without the tuning fold)."""
    from annals.benchmark.events_eval import load_records, select
    from annals.nlp.parser import Parser

    def wanted(record_id: str) -> bool:
        return fold == "all" or not _inner_fold(record_id)

    parser = Parser()
    matcher = TriggerMatcher()
    examples: list[Example] = []
    if gsr is not None:
        records = [r for r in select(load_records(gsr), "dev") if wanted(r.id)]
        for parsed, record in zip(
            parser.parse_batch([r.text for r in records], "en"), records, strict=True
        ):
            examples.append(
                Example(_features(parsed, _whole(parsed), matcher), record.label, "gsr")
            )
        logger.info("%d PLOVER gold sentences", len(records))
    if ngec is not None:
        records = [r for r in select(load_records(ngec), "dev") if wanted(r.id)]
        for parsed, record in zip(
            parser.parse_batch([r.text for r in records], "en"), records, strict=True
        ):
            examples += _story_examples(parsed, record.label, matcher)
        logger.info("%d NGEC stories", len(records))
    if use_examples:
        bundled = bundled_examples()
        for item in bundled:
            if not wanted(f"example|{item['text']}"):
                continue
            parsed = parser.parse(item["text"], item["lang"])
            label = item["label"] if item["label"] in LABELS else NONE_LABEL
            examples.append(Example(_features(parsed, _whole(parsed), matcher), label, "examples"))
        logger.info("%d bundled example sentences", len(bundled))
    return examples


def _story_examples(parsed: ParsedText, label: str, matcher: TriggerMatcher) -> list[Example]:
    found: list[Example] = []
    for sentence in parsed.sentences[:2]:
        found.append(Example(_features(parsed, sentence, matcher), label, "ngec"))
    for sentence in parsed.sentences[3:]:
        candidates = matcher.find(parsed, sentence)
        if not candidates:
            features = tuple(sentence_features(parsed, sentence, candidates))
            found.append(Example(features, NONE_LABEL, "ngec-none"))
            break
    return found


# --------------------------------------------------------------------------- fitting


@dataclass(frozen=True, slots=True)
class _Batch:
    """The training sentences as one sparse batch: each row's hashed features (``indices``,
    row by row, with the ``row_of`` each and the ``starts`` of each row), the target label
    numbers and their one-hot rows, and the weight of each sentence (summing to 1)."""

    indices: npt.NDArray[np.int64]
    row_of: npt.NDArray[np.int64]
    starts: npt.NDArray[np.int64]
    targets: npt.NDArray[np.int64]
    onehot: npt.NDArray[np.float64]
    sample_weight: npt.NDArray[np.float64]


def fit(
    examples: Sequence[Example],
    bits: int = DEFAULT_BITS,
    epochs: int = DEFAULT_EPOCHS,
    l2: float = DEFAULT_L2,
    rate: float = 0.05,
    weights_by_origin: dict[str, float] | None = None,
) -> EventTypeClassifier:
    """Class-balanced softmax regression by full-batch Adam."""
    if not examples:
        raise InputError("training data", "no training sentences were found")
    batch = _batch(examples, bits, weights_by_origin)
    size = 1 << bits
    weights = np.zeros((size, len(LABELS)), dtype=np.float64)
    bias = np.zeros(len(LABELS), dtype=np.float64)
    moments: list[npt.NDArray[np.float64]] = [
        np.zeros_like(weights),
        np.zeros_like(weights),
        np.zeros_like(bias),
        np.zeros_like(bias),
    ]
    for step in range(1, epochs + 1):
        probabilities = _probabilities(batch, weights, bias)
        grad_w, grad_b = _gradients(batch, probabilities, weights, l2, size)
        _adam_update(
            ((weights, grad_w, moments[0], moments[1]), (bias, grad_b, moments[2], moments[3])),
            step,
            rate,
        )
        if step % 25 == 0 or step == epochs:
            loss = -float(
                (
                    np.log(probabilities[np.arange(len(examples)), batch.targets] + 1e-12)
                    * batch.sample_weight
                ).sum()
            )
            logger.info("epoch %d: weighted loss %.4f", step, loss)
    return EventTypeClassifier(weights.astype(np.float32), bias.astype(np.float32), bits)


def _batch(
    examples: Sequence[Example], bits: int, weights_by_origin: dict[str, float] | None
) -> _Batch:
    """The examples' hashed features, targets and class- and origin-balanced weights."""
    rows = [hash_features(example.features, bits) for example in examples]
    lengths = np.array([len(row) for row in rows], dtype=np.int64)
    indices = np.concatenate(rows)
    row_of = np.repeat(np.arange(len(rows)), lengths)
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    label_index = {label: number for number, label in enumerate(LABELS)}
    targets = np.array([label_index[example.label] for example in examples], dtype=np.int64)
    counts = np.bincount(targets, minlength=len(LABELS)).astype(np.float64)
    class_weight = np.where(counts > 0, len(examples) / (len(LABELS) * np.maximum(counts, 1)), 0)
    origin = ORIGIN_WEIGHTS if weights_by_origin is None else weights_by_origin
    sample_weight = class_weight[targets] * np.array(
        [origin.get(example.origin, 1.0) for example in examples]
    )
    sample_weight = sample_weight / sample_weight.sum()
    onehot = np.zeros((len(examples), len(LABELS)))
    onehot[np.arange(len(examples)), targets] = 1.0
    return _Batch(indices, row_of, starts, targets, onehot, sample_weight)


def _probabilities(
    batch: _Batch, weights: npt.NDArray[np.float64], bias: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64]:
    """The softmax of each row's scores."""
    logits = np.add.reduceat(weights[batch.indices], batch.starts, axis=0) + bias
    logits -= logits.max(axis=1, keepdims=True)
    probabilities: npt.NDArray[np.float64] = np.exp(logits)
    probabilities /= probabilities.sum(axis=1, keepdims=True)
    return probabilities


def _gradients(
    batch: _Batch,
    probabilities: npt.NDArray[np.float64],
    weights: npt.NDArray[np.float64],
    l2: float,
    size: int,
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """The gradients of the weighted loss (with L2 on the weights) by weights and bias."""
    delta = (probabilities - batch.onehot) * batch.sample_weight[:, None]
    grad_w: npt.NDArray[np.float64] = np.stack(
        [
            np.bincount(batch.indices, delta[batch.row_of, c], minlength=size)
            for c in range(len(LABELS))
        ],
        axis=1,
    )
    grad_w += l2 * weights
    grad_b: npt.NDArray[np.float64] = delta.sum(axis=0)
    return grad_w, grad_b


def _adam_update(
    groups: Sequence[tuple[npt.NDArray[np.float64], ...]], step: int, rate: float
) -> None:
    """One Adam step, in place, for each (parameter, gradient, first moment, second
    moment)."""
    beta1, beta2, epsilon = 0.9, 0.999, 1e-8
    for param, grad, first, second in groups:
        first *= beta1
        first += (1 - beta1) * grad
        second *= beta2
        second += (1 - beta2) * grad * grad
        corrected = first / (1 - beta1**step)
        param -= rate * corrected / (np.sqrt(second / (1 - beta2**step)) + epsilon)


def accuracy(model: EventTypeClassifier, examples: Sequence[Example]) -> dict[str, Any]:
    right = Counter[str]()
    total = Counter[str]()
    for example in examples:
        label, _ = model.score_features(example.features).best()
        total[example.origin] += 1
        right[example.origin] += label == example.label
    return {origin: round(right[origin] / total[origin], 4) for origin in sorted(total)}


def _model_path() -> Path:
    return Path(str(resources.files("annals.events").joinpath("data", MODEL_FILE)))


def main(argv: Sequence[str] | None = None) -> int:
    arguments = argparse.ArgumentParser(prog="python -m annals.events.train", description=__doc__)
    arguments.add_argument("--gsr", type=Path, default=DEFAULT_GSR, help="PLOVER_GSR_CAMEO.txt")
    arguments.add_argument("--ngec", type=Path, default=DEFAULT_NGEC, help="NGEC CSV or zip")
    arguments.add_argument("--no-examples", action="store_true", help="skip the bundled examples")
    arguments.add_argument("--out", type=Path, default=None, help="model file (default: bundled)")
    arguments.add_argument("--bits", type=int, default=DEFAULT_BITS)
    arguments.add_argument("--epochs", type=int, default=DEFAULT_EPOCHS)
    arguments.add_argument("--l2", type=float, default=DEFAULT_L2)
    arguments.add_argument(
        "--fold",
        choices=("all", "train"),
        default="all",
        help="'train' leaves out one dev record in four (for tuning the coder's thresholds)",
    )
    options = arguments.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    for path in (options.gsr, options.ngec):
        if not path.is_file():
            raise ConfigurationError(
                f"training data {str(path)!r} not found; give --gsr and --ngec "
                "(see ../shared/data/README.md)"
            )
    examples = collect(options.gsr, options.ngec, not options.no_examples, options.fold)
    logger.info("labels: %s", dict(Counter(example.label for example in examples)))
    model = fit(examples, options.bits, options.epochs, options.l2)
    logger.info("training accuracy by origin: %s", accuracy(model, examples))
    out = options.out or _model_path()
    extra = {
        "trained_on": dict(Counter(example.origin for example in examples)),
        "fold": options.fold,
        "epochs": options.epochs,
        "l2": options.l2,
    }
    out.write_text(json.dumps(model.to_dict(extra)) + "\n", encoding="utf-8")
    logger.info("wrote %s (%d bytes)", out, out.stat().st_size)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
