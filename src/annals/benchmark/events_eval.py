"""`annals benchmark accuracy events`: PLOVER event typing and actors on gold sentences and stories.

Two public formats are read:

* the PLOVER gold-standard records (``PLOVER_GSR_CAMEO.txt``): a JSON list of
  sentences, each with ``event`` (PLOVER 0.5b1 labels, mapped to v0.8:
  DEMAND→REQUEST, DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE, FIGHT→ASSAULT),
  ``source``/``target`` actors (``actorText``) and ``text``;
* the NGEC synthetic stories (a CSV, optionally inside a ``.zip``) with
  ``prompt`` (headline and agency line), ``text`` (the story body) and its
  PLOVER ``label`` and ``mode``.

Each text runs through the real per-article stages (parser, knowledge-base
linker, time tagger, event coder). The predicted type of a text is the type of
its highest-confidence event as PLOVER codes it (:func:`annals.events.plover.plover_type`:
negated and hypothetical events are not facts, a promised AID is an AGREE, a
announced hostile action a THREATEN), or ``"none"``. Metrics: type accuracy,
per-type precision/recall/F1 and their macro average over the 16 PLOVER types
(a text with no prediction is a miss), the same for the *lead* reading (the
best event of the first sentence that has one: a story's headline and lead
carry its main event), and actor match among texts whose type
is right and whose gold names an actor. Records are split deterministically
by a hash of their id: 80% ``dev`` (tune on it), 20% ``heldout`` (report it).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import re
import time
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from annals.errors import ConfigurationError, InputError
from annals.events.plover import plover_type
from annals.models import EVENT_TYPES, EntityMention, Event, PublicationDate

logger = logging.getLogger(__name__)

Split = Literal["dev", "heldout", "all"]
SPLITS: tuple[str, ...] = ("dev", "heldout", "all")
NONE_LABEL = "none"
#: PLOVER 0.5b1 labels of the gold-standard file that v0.8 renamed or folded.
LEGACY_LABELS = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}
HELDOUT_PERCENT = 20
ANCHOR = "dictionary coders (PETRARCH family): ~0.40-0.45 of events right"
GOAL_MACRO_F1 = {"en": 0.80, "other": 0.70}
GOAL_ACTOR_MATCH = 0.75


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One gold text: a sentence (PLOVER GSR) or a story (NGEC)."""

    id: str
    text: str
    label: str  # one of the 16 PLOVER v0.8 types
    language: str
    actors: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    mode: str | None = None


@dataclass(frozen=True, slots=True)
class Prediction:
    """What the coder said about one text."""

    label: str  # a PLOVER type or "none"
    actor_names: tuple[str, ...]  # canonical names and surface texts of the actors
    actor_ids: tuple[str, ...]
    events: int
    lead_label: str = NONE_LABEL  # the best event of the first sentence that has one


# --------------------------------------------------------------------------- readers


def map_label(label: str) -> str | None:
    """A PLOVER v0.8 type for a 0.5b1 or v0.8 label; None for labels outside the 16."""
    upper = label.strip().upper()
    upper = LEGACY_LABELS.get(upper, upper)
    return upper if upper in EVENT_TYPES else None


def _actor_texts(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    texts = [str(item.get("actorText", "")).strip() for item in value if isinstance(item, dict)]
    return tuple(text for text in texts if text)


def read_gsr(text: str) -> list[GoldRecord]:
    """Records of the PLOVER gold-standard file (a JSON list); DOCUMENT entries are skipped."""
    try:
        data = json.loads(text)
    except ValueError as error:
        raise InputError("PLOVER gold file", f"not valid JSON ({error})") from error
    if not isinstance(data, list):
        raise InputError("PLOVER gold file", "expected a JSON list of records")
    records: list[GoldRecord] = []
    for item in data:
        if not isinstance(item, dict) or not item.get("text"):
            continue
        label = map_label(str(item.get("event", "")))
        if label is None:
            continue
        records.append(
            GoldRecord(
                id=str(item.get("id", f"gsr-{len(records)}")),
                text=str(item["text"]),
                label=label,
                language=str(item.get("language") or "en"),
                actors=_actor_texts(item.get("source")),
                recipients=_actor_texts(item.get("target")),
                mode=str(item.get("mode") or "").lower() or None,
            )
        )
    return records


def read_ngec(text: str) -> list[GoldRecord]:
    """Stories of the NGEC CSV: headline and agency line (``prompt``) then the body."""
    reader = csv.DictReader(io.StringIO(text))
    missing = {"text", "label"} - set(reader.fieldnames or ())
    if missing:
        raise InputError("NGEC stories", f"the CSV lacks the columns {sorted(missing)}")
    records: list[GoldRecord] = []
    for number, row in enumerate(reader):
        label = map_label(row.get("label") or "")
        body = (row.get("text") or "").strip()
        if label is None or not body:
            continue
        prompt = (row.get("prompt") or "").strip()
        story = f"{prompt} {body}" if prompt else body
        digest = hashlib.sha1(f"{prompt}|{body}".encode()).hexdigest()[:12]
        records.append(
            GoldRecord(
                id=f"ngec-{number:05d}-{digest}",
                text=story,
                label=label,
                language=(row.get("language") or "en").strip() or "en",
                mode=(row.get("mode") or "").lower() or None,
            )
        )
    return records


def load_records(path: Path) -> list[GoldRecord]:
    """Gold records from a PLOVER gold JSON file, an NGEC CSV, or a zip holding one CSV."""
    if not path.is_file():
        raise ConfigurationError(
            f"--data {str(path)!r} is not a file; give PLOVER_GSR_CAMEO.txt or the NGEC .csv/.zip"
        )
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as archive:
            names = [name for name in archive.namelist() if name.lower().endswith(".csv")]
            if not names:
                raise InputError(str(path), "the zip holds no .csv file")
            return read_ngec(archive.read(names[0]).decode("utf-8"))
    text = path.read_text(encoding="utf-8")
    if text.lstrip().startswith("["):
        return read_gsr(text)
    return read_ngec(text)


def split_of(record_id: str) -> Literal["dev", "heldout"]:
    """Deterministic split by a hash of the id: 80% dev, 20% held-out."""
    bucket = int(hashlib.sha1(record_id.encode()).hexdigest()[:8], 16) % 100
    return "heldout" if bucket < HELDOUT_PERCENT else "dev"


def select(records: Iterable[GoldRecord], split: str) -> list[GoldRecord]:
    if split not in SPLITS:
        raise ConfigurationError(f"split {split!r} is not one of {', '.join(SPLITS)}")
    return [r for r in records if split == "all" or split_of(r.id) == split]


# --------------------------------------------------------------------------- metrics


def normalize_name(text: str) -> str:
    """Lowercase, accents and punctuation removed, a leading article dropped."""
    folded = unicodedata.normalize("NFKD", text.lower())
    letters = "".join(c for c in folded if not unicodedata.combining(c))
    words = re.findall(r"[a-z0-9]+", letters)
    if words and words[0] in {"the", "a", "an"}:
        words = words[1:]
    return " ".join(words)


def names_match(gold: str, names: Iterable[str]) -> bool:
    """Gold actor text and one of our names are equal or one contains the other (word-wise)."""
    wanted = normalize_name(gold)
    if not wanted:
        return False
    for name in names:
        ours = normalize_name(name)
        if ours and (f" {wanted} " in f" {ours} " or f" {ours} " in f" {wanted} "):
            return True
    return False


def type_metrics(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, Any]:
    """Accuracy, per-type P/R/F1 and macro-F1 over the PLOVER types present in gold or output.

    ``"none"`` predictions are misses: they lower recall and accuracy but are
    not a type of their own.
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predictions")
    per_type: dict[str, dict[str, float]] = {}
    for label in EVENT_TYPES:
        true_positive = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == label)
        support = sum(1 for g in gold if g == label)
        predicted_count = sum(1 for p in predicted if p == label)
        if support == 0 and predicted_count == 0:
            continue
        precision = true_positive / predicted_count if predicted_count else 0.0
        recall = true_positive / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_type[label] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "support": support,
            "predicted": predicted_count,
        }
    correct = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p)
    macro = sum(row["f1"] for row in per_type.values()) / len(per_type) if per_type else 0.0
    return {
        "texts": len(gold),
        "type_accuracy": round(correct / len(gold), 4) if gold else 0.0,
        "macro_f1": round(macro, 4),
        "no_prediction": sum(1 for p in predicted if p == NONE_LABEL),
        "per_type": per_type,
    }


def actor_match(
    records: Sequence[GoldRecord],
    predictions: Sequence[Prediction],
    gold_ids: Sequence[frozenset[str]] = (),
) -> dict[str, Any]:
    """Share of correctly typed texts with a gold actor whose actor we got right.

    Right: a gold actor text matches one of our actor names (see
    :func:`names_match`) or resolves to the same knowledge-base entity
    (``gold_ids[i]``, when given).
    """
    eligible = 0
    right = 0
    for position, (record, prediction) in enumerate(zip(records, predictions, strict=True)):
        if prediction.label != record.label or not record.actors:
            continue
        eligible += 1
        ids = gold_ids[position] if gold_ids else frozenset()
        if ids & set(prediction.actor_ids) or any(
            names_match(actor, prediction.actor_names) for actor in record.actors
        ):
            right += 1
    return {
        "eligible": eligible,
        "right": right,
        "actor_match": round(right / eligible, 4) if eligible else None,
    }


# --------------------------------------------------------------------------- coder


class _Coder:
    """The per-article stages the pipeline runs, loaded once."""

    def __init__(self) -> None:
        from annals.config import load_settings
        from annals.events.extractor import EventExtractor, TypeTuning
        from annals.kb.knowledge_base import KnowledgeBase
        from annals.kb.linker import EntityLinker
        from annals.nlp.parser import Parser

        settings = load_settings()
        # as configured: ANNALS_NER_MERGE=en,fr measures the coder with English names merged
        self.parser = Parser(merge_languages=settings.ner_merge)
        self.knowledge_base = KnowledgeBase.load()
        self.linker = EntityLinker(self.knowledge_base)
        # as configured (ANNALS_EVENT_EMBEDDINGS=true measures the sentence type model too)
        embeddings = settings.event_embeddings
        self.extractor = EventExtractor(tuning=TypeTuning(embedding_fallback=embeddings))

    def predict(self, text: str, language: str) -> Prediction:
        from annals.time.tagger import extract_times

        publication = PublicationDate.unknown()
        parsed = self.parser.parse(text, language)
        sentences = [(s.start, s.end) for s in parsed.sentences]
        times = extract_times(text, language, None, sentences)
        linked = self.linker.link(parsed, None)
        events = self.extractor.extract("bench", parsed, linked.mentions, times, publication)
        coded = [(event, plover_type(event)) for event in events]
        facts = [(event, kind[0]) for event, kind in coded if kind is not None]
        if not facts:
            return Prediction(NONE_LABEL, (), (), len(events))
        best, label = _best_event(facts)
        first_start = min(event.mentions[0].start for event, _ in facts)
        _, lead = _best_event([pair for pair in facts if pair[0].mentions[0].start == first_start])
        ids = tuple(ref.id for ref in best.actors)
        names = [ref.name for ref in best.actors]
        names += _surface_texts(linked.mentions, set(ids))
        return Prediction(label, tuple(names), ids, len(events), lead)

    def gold_ids(self, names: Iterable[str]) -> frozenset[str]:
        """Knowledge-base entities a gold actor text names (aliases and demonyms)."""
        found: set[str] = set()
        for name in names:
            for entity in self.knowledge_base.candidates(name):
                found.add(entity.id)
            for word in name.split():
                country = self.knowledge_base.country_by_demonym(word)
                if country is not None:
                    found.add(country.id)
        return frozenset(found)


def _best_event(coded: Sequence[tuple[Event, str]]) -> tuple[Event, str]:
    """The highest-confidence event with its PLOVER type; the earliest wins a tie."""
    return max(enumerate(coded), key=lambda pair: (pair[1][0].confidence, -pair[0]))[1]


def _surface_texts(mentions: Sequence[EntityMention], ids: set[str]) -> list[str]:
    return sorted({m.text for m in mentions if m.entity_id in ids})


# --------------------------------------------------------------------------- benchmark


def run_events_benchmark(
    data: Path,
    language: str | None = None,
    limit: int | None = None,
    split: str = "all",
) -> dict[str, Any]:
    """Code every selected gold text and score the types and actors.

    ``language`` overrides the records' language; ``limit`` keeps the first
    records of the split (in file order); ``split`` is ``dev``, ``heldout`` or
    ``all``.
    """
    records = _selected_records(data, language, limit, split)
    coder = _Coder()
    started = time.perf_counter()
    predictions = [coder.predict(r.text, r.language) for r in records]
    elapsed = time.perf_counter() - started
    gold_ids = [coder.gold_ids(r.actors) for r in records]
    metrics = type_metrics([r.label for r in records], [p.label for p in predictions])
    lead = type_metrics([r.label for r in records], [p.lead_label for p in predictions])
    languages = sorted({r.language for r in records})
    by_language: dict[str, dict[str, Any]] = {}
    if len(languages) > 1:  # a mixed file: each language's own figures too
        by_language = _by_language(languages, records, predictions, gold_ids)
    return {
        "task": "events",
        "data": str(data),
        "split": split,
        "languages": languages,
        **metrics,
        **actor_match(records, predictions, gold_ids),
        "by_language": by_language,
        "lead_type_accuracy": lead["type_accuracy"],
        "lead_macro_f1": lead["macro_f1"],
        "events_per_text": round(sum(p.events for p in predictions) / len(records), 3),
        "seconds": round(elapsed, 2),
        "docs_per_second": round(len(records) / elapsed, 2) if elapsed else None,
        "anchor": ANCHOR,
        "goal": {
            "macro_f1": GOAL_MACRO_F1["en" if languages == ["en"] else "other"],
            "actor_match": GOAL_ACTOR_MATCH,
        },
    }


def _selected_records(
    data: Path, language: str | None, limit: int | None, split: str
) -> list[GoldRecord]:
    """The gold records of ``split`` (see :func:`run_events_benchmark`); an error if none."""
    records = select(load_records(data), split)
    if language:
        records = [_with_language(r, language) for r in records]
    if limit is not None:
        records = records[:limit]
    if not records:
        raise InputError(str(data), f"no gold records in split {split!r}")
    return records


def _by_language(
    languages: Sequence[str],
    records: Sequence[GoldRecord],
    predictions: Sequence[Prediction],
    gold_ids: Sequence[frozenset[str]],
) -> dict[str, dict[str, Any]]:
    """Each language's own type and actor figures, for a file that mixes languages."""
    by_language: dict[str, dict[str, Any]] = {}
    for code in languages:
        chosen = [i for i, r in enumerate(records) if r.language == code]
        part = type_metrics(
            [records[i].label for i in chosen], [predictions[i].label for i in chosen]
        )
        actors = actor_match(
            [records[i] for i in chosen],
            [predictions[i] for i in chosen],
            [gold_ids[i] for i in chosen],
        )
        by_language[code] = {
            "texts": len(chosen),
            "type_accuracy": part["type_accuracy"],
            "macro_f1": part["macro_f1"],
            "actor_match": actors["actor_match"],
        }
    return by_language


def _with_language(record: GoldRecord, language: str) -> GoldRecord:
    from dataclasses import replace

    return replace(record, language=language)


def format_events_report(report: dict[str, Any]) -> str:
    """A plain-text table of the figures, with the anchor and the goal beside them."""
    goal = report.get("goal", {})
    actor = report.get("actor_match")
    lines = [
        f"events benchmark on {report['data']} (split {report['split']}, "
        f"{report['texts']} texts, languages {', '.join(report['languages'])})",
        f"  type accuracy   {report['type_accuracy']:.3f}   "
        f"(no event found in {report['no_prediction']} texts)",
        f"  macro-F1        {report['macro_f1']:.3f}   goal >= {goal.get('macro_f1', 0):.2f}",
        f"  lead sentence   accuracy {report.get('lead_type_accuracy', 0):.3f}, macro-F1 "
        f"{report.get('lead_macro_f1', 0):.3f}   (type of the first sentence with an event)",
        "  actor match     "
        + (f"{actor:.3f}" if actor is not None else "n/a  ")
        + f"   ({report['right']}/{report['eligible']} correct-type texts with a gold actor;"
        f" goal >= {goal.get('actor_match', 0):.2f})",
        *(
            f"  {code:<15} {row['texts']} texts: type accuracy {row['type_accuracy']:.3f}, "
            f"macro-F1 {row['macro_f1']:.3f} (over the types present), actor match "
            + (f"{row['actor_match']:.3f}" if row["actor_match"] is not None else "n/a")
            for code, row in report.get("by_language", {}).items()
        ),
        f"  speed           {report['docs_per_second']} docs/s ({report['seconds']} s)",
        f"  anchor          {report['anchor']}",
        "",
        f"  {'type':<10} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}",
    ]
    for label, row in report["per_type"].items():
        lines.append(
            f"  {label:<10} {row['precision']:>6.3f} {row['recall']:>6.3f} {row['f1']:>6.3f}"
            f" {row['support']:>5} {row['predicted']:>5}"
        )
    return "\n".join(lines)


__all__ = [
    "GoldRecord",
    "format_events_report",
    "load_records",
    "read_gsr",
    "read_ngec",
    "run_events_benchmark",
    "split_of",
    "type_metrics",
]
