"""A learned PLOVER type classifier for candidate sentences (``annals.event_classifier.v1``).

A multinomial logistic (softmax) regression over hashed lexical and syntactic
features of one sentence: its words and bigrams, the trigger candidates that
the lexicons found in it (type, type and mode: language-independent, so the
model transfers to languages with little training text), the head verb and
its dependents, negation, modal verbs and amounts. It scores the 16 PLOVER
types and ``none`` (nothing eventful). The event coder uses the scores to
re-type or re-rank trigger candidates and to propose an event in a sentence
that looks eventful but matched no trigger.

The weights are trained by ``python -m annals.events.train`` on the dev split
of the PLOVER gold sentences and of the NGEC stories plus the bundled example
sentences (``events/data/event_examples.json``) and stored, as float16, in
``events/data/event_classifier.json`` (see ``EVENT_CLASSIFIER_MODEL_CARD.md``).
"""

from __future__ import annotations

import base64
import itertools
import json
import logging
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from annals.errors import ModelLoadError
from annals.events.lexicon import load_json
from annals.events.triggers import TriggerCandidate
from annals.models import EVENT_TYPES, ParsedText, Sentence, Token

logger = logging.getLogger(__name__)

NAME = "annals.event_classifier.v1"
MODEL_FILE = "event_classifier.json"
NONE_LABEL = "none"
#: The classes of the model, in column order.
LABELS: tuple[str, ...] = (*EVENT_TYPES, NONE_LABEL)
DEFAULT_BITS = 16

_SKIP_POS = frozenset({"PUNCT", "DET", "SPACE", "SYM", "CCONJ", "NUM"})
_MODALS = frozenset(
    {
        "will",
        "would",
        "could",
        "may",
        "might",
        "should",
        "can",
        "shall",
        "must",
        "pouvoir",
        "devoir",
        "vouloir",
    }
)
_NEGATIONS = frozenset(
    {
        "not",
        "n't",
        "never",
        "no",
        "ne",
        "pas",
        "jamais",
        "non",
        "mai",
        "nicht",
        "kein",
        "keine",
        "nie",
        "niemals",
        "nunca",
        "ni",
    }
)
_MONEY = re.compile(
    r"[$€£¥]|\b(?:million|billion|milion|miliard|millones|milliard|mrd|mln)\w*", re.I
)
_DIGIT = re.compile(r"\d")
#: A letter or a digit (what ``str.isalnum`` accepts): one search instead of a generator.
_ALNUM = re.compile(r"[^\W_]")
#: Feature strings whose hashed ids a classifier remembers before the memo starts afresh.
_ID_MEMO_SIZE = 200_000
_ARGUMENT_DEPS = frozenset({"dobj", "obj", "xcomp", "ccomp", "attr", "prep", "dative", "obl"})


@dataclass(frozen=True, slots=True)
class TypeScores:
    """Probabilities of the 16 PLOVER types and ``none`` for one sentence."""

    probabilities: dict[str, float]

    def of(self, label: str) -> float:
        return self.probabilities.get(label, 0.0)

    def best(self) -> tuple[str, float]:
        label = max(self.probabilities, key=lambda key: self.probabilities[key])
        return label, self.probabilities[label]

    def best_type(self) -> tuple[str, float]:
        """The likeliest PLOVER type (never ``none``) and its probability."""
        label = max(
            (key for key in self.probabilities if key != NONE_LABEL),
            key=lambda key: self.probabilities[key],
        )
        return label, self.probabilities[label]


# --------------------------------------------------------------------------- features


def _word(token: Token, has_parser: bool) -> str:
    return token.lemma.lower() if has_parser and token.lemma else token.text.lower()


def sentence_features(
    parsed: ParsedText, sentence: Sentence, candidates: Sequence[TriggerCandidate]
) -> list[str]:
    """The feature strings of one sentence and its trigger candidates."""
    tokens = parsed.sentence_tokens(sentence)
    has_parser = parsed.has_parser
    features = ["bias"]
    words: list[str] = []
    for token in tokens:
        if _ALNUM.search(token.text) is None:
            continue
        word = _word(token, has_parser)
        words.append(word)
        if has_parser and token.pos in _SKIP_POS:
            continue
        features.append(f"w:{word}")
        if not has_parser and len(word) > 5:
            features.append(f"s:{word[:5]}")
    features += [f"b:{a}_{b}" for a, b in itertools.pairwise(words)]
    text = parsed.text[sentence.start : sentence.end]
    if _MONEY.search(text):
        features.append("money")
    if _DIGIT.search(text):
        features.append("digit")
    if any(word in _NEGATIONS for word in words):
        features.append("negation")
    if any(word in _MODALS for word in words):
        features.append("modal")
    if not candidates:
        features.append("notrigger")
    for candidate in candidates:
        features += _candidate_features(parsed, candidate)
    if has_parser:
        features += _parse_features(tokens)
    return features


def _candidate_features(parsed: ParsedText, candidate: TriggerCandidate) -> list[str]:
    kind = candidate.type
    found = [f"t:{kind}", f"tm:{kind}:{candidate.mode}", f"tn:{kind}:{candidate.nominal}"]
    found.append(f"tw:{kind}:{round(candidate.weight * 4)}")
    found.append(f"p:{parsed.language}:{kind}:{candidate.pattern}")
    if candidate.purpose:
        found.append(f"tpurpose:{kind}")
    if parsed.has_parser:
        head = parsed.tokens[candidate.head]
        found.append(f"tdep:{kind}:{head.dep}")
        if head.head == head.index or head.dep in {"ROOT", "root"}:
            found.append(f"troot:{kind}")
        else:
            found.append(f"tgov:{kind}:{_word(parsed.tokens[head.head], True)}")
    return found


def _parse_features(tokens: Sequence[Token]) -> list[str]:
    found: list[str] = []
    by_index = {token.index: token for token in tokens}
    for token in tokens:
        if token.dep not in {"ROOT", "root"}:
            continue
        root = token.lemma.lower()
        found.append(f"root:{root}")
        for child in tokens:
            if child.head != token.index or child.index == token.index:
                continue
            lemma = child.lemma.lower()
            if child.dep in _ARGUMENT_DEPS:
                found.append(f"rc:{child.dep}:{lemma}")
                found.append(f"rr:{root}:{lemma}")
            elif child.dep in {"neg", "advmod"} and lemma in _NEGATIONS:
                found.append("root_neg")
            elif child.dep == "aux" and lemma in _MODALS:
                found.append(f"root_aux:{lemma}")
            if child.dep in {"xcomp", "ccomp"}:
                for grandchild in tokens:
                    if grandchild.head == child.index and grandchild.dep in {"dobj", "obj"}:
                        found.append(f"xo:{lemma}:{grandchild.lemma.lower()}")
        governor = by_index.get(token.head)
        if governor is not None and governor.index != token.index:
            found.append(f"rg:{governor.lemma.lower()}")
    return found


def feature_hash(feature: str, bits: int) -> int:
    return zlib.crc32(feature.encode("utf-8")) & ((1 << bits) - 1)


def hash_features(features: Sequence[str], bits: int) -> npt.NDArray[np.int64]:
    """Hashed feature ids, each once."""
    return np.array(sorted({feature_hash(f, bits) for f in features}), dtype=np.int64)


# --------------------------------------------------------------------------- model


def check_model(data: dict[str, Any], name: str, where: str, trainer: str) -> None:
    """Fail unless ``data`` is a ``name`` model over :data:`LABELS`."""
    if data.get("name") != name or tuple(data.get("labels", ())) != LABELS:
        raise ModelLoadError(
            f"{where!r} is not a {name} model over the labels {', '.join(LABELS)}; "
            f"rebuild it with `python -m {trainer}`"
        )


def unpack_weights(packed: str, shape: tuple[int, int]) -> npt.NDArray[np.float32]:
    """float32 weights from base64 float16 (:func:`pack_weights`)."""
    raw = base64.b64decode(packed)
    return np.frombuffer(raw, dtype=np.float16).astype(np.float32).reshape(shape)


def pack_weights(weights: npt.NDArray[np.float32]) -> str:
    """Weights as base64 float16, the form the model files keep."""
    return base64.b64encode(weights.astype(np.float16).tobytes()).decode("ascii")


class EventTypeClassifier:
    """Scores sentences with the bundled (or a given) weight file; loaded once per coder."""

    def __init__(
        self, weights: npt.NDArray[np.float32], bias: npt.NDArray[np.float32], bits: int
    ) -> None:
        if weights.shape != (1 << bits, len(LABELS)) or bias.shape != (len(LABELS),):
            raise ModelLoadError(
                f"event classifier weights have shape {weights.shape} and bias {bias.shape}; "
                f"expected ({1 << bits}, {len(LABELS)}) and ({len(LABELS)},). "
                "Rebuild the model with `python -m annals.events.train`."
            )
        self.weights = weights
        self.bias = bias
        self.bits = bits
        self._ids: dict[str, int] = {}  # feature -> hashed id: words recur in every text

    @classmethod
    def load(cls, path: Path | None = None) -> EventTypeClassifier:
        """The bundled model, or the one at ``path``."""
        if path is None:
            return cls.from_dict(load_json(MODEL_FILE), f"annals/events/data/{MODEL_FILE}")
        where = str(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise ModelLoadError(
                f"cannot read the event classifier {where!r} ({error}); "
                "rebuild it with `python -m annals.events.train`"
            ) from error
        return cls.from_dict(data, where)

    @classmethod
    def from_dict(
        cls, data: dict[str, Any], where: str = "event classifier"
    ) -> EventTypeClassifier:
        check_model(data, NAME, where, "annals.events.train")
        bits = int(data["bits"])
        weights = unpack_weights(data["weights"], (1 << bits, len(LABELS)))
        bias = np.array(data["bias"], dtype=np.float32)
        return cls(weights, bias, bits)

    def to_dict(self, extra: dict[str, Any] | None = None) -> dict[str, Any]:
        return {
            "name": NAME,
            "labels": list(LABELS),
            "bits": self.bits,
            "bias": [round(float(value), 5) for value in self.bias],
            **(extra or {}),
            "weights": pack_weights(self.weights),
        }

    def score_features(self, features: Sequence[str]) -> TypeScores:
        ids = self._feature_ids(features)
        logits = self.weights[ids].sum(axis=0) + self.bias
        logits -= logits.max()
        exp = np.exp(logits)
        probabilities = exp / exp.sum()
        return TypeScores({label: float(p) for label, p in zip(LABELS, probabilities, strict=True)})

    def _feature_ids(self, features: Sequence[str]) -> npt.NDArray[np.int64]:
        """:func:`hash_features`, with each feature's id remembered."""
        memo = self._ids
        found: set[int] = set()
        for feature in features:
            value = memo.get(feature)
            if value is None:
                if len(memo) >= _ID_MEMO_SIZE:
                    memo.clear()  # memory stays flat however large the corpus
                value = memo[feature] = feature_hash(feature, self.bits)
            found.add(value)
        return np.array(sorted(found), dtype=np.int64)

    def score(
        self, parsed: ParsedText, sentence: Sentence, candidates: Sequence[TriggerCandidate]
    ) -> TypeScores:
        return self.score_features(sentence_features(parsed, sentence, candidates))


__all__ = [
    "LABELS",
    "NAME",
    "EventTypeClassifier",
    "TypeScores",
    "feature_hash",
    "hash_features",
    "sentence_features",
]
