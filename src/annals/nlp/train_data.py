"""Training data of the NER recipe: the corpus of a language and its spaCy training docs.

The sentences come from ``shared/data/ner`` (:func:`training_corpus`); each becomes
a ``Doc`` of the tokens the packaged pipeline sees at run time, with its gold
PER/ORG/LOC entities placed on them (:func:`sentence_doc`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annals.errors import ConfigurationError
from annals.nlp.ner_data import (
    CHECKPOINT_REMAINDER,
    TaggedSentence,
    gold_spans,
    read_ner_file,
    split_checkpoint,
    split_tail,
)
from annals.nlp.train_recipe import Recipe

#: Languages the recipe covers: WikiNEuRal has a validation split for each.
TRAINABLE_LANGUAGES: tuple[str, ...] = ("it", "de", "es", "nl", "pt", "pl", "ru", "en", "fr")

#: Share of KIND WN_train held out as news dev: its last sentences (whole articles but one).
NEWS_DEV_SHARE = 0.1


def default_data_dir() -> Path:
    """``$ANNALS_NER_DATA``, else ``$ANNALS_SHARED/data/ner``, else ``../shared/data/ner``."""
    configured = os.environ.get("ANNALS_NER_DATA")
    if configured:
        return Path(configured)
    shared = os.environ.get("ANNALS_SHARED")
    if shared:
        return Path(shared) / "data" / "ner"
    return Path(__file__).resolve().parents[3].parent / "shared" / "data" / "ner"


def training_corpus(
    language: str, data_dir: Path, recipe: Recipe | None = None
) -> tuple[list[TaggedSentence], list[TaggedSentence], list[str]]:
    """Train and dev sentences for ``language`` and the files they came from.

    The weights of ``recipe`` (default: ``Recipe()``) repeat the WikiNEuRal
    and KIND news training parts; the dev set is the same whatever the weights.
    """
    if language not in TRAINABLE_LANGUAGES:
        raise ConfigurationError(
            f"no NER training recipe for language {language!r}; "
            f"choose one of {', '.join(TRAINABLE_LANGUAGES)}"
        )
    recipe = recipe or Recipe()
    if recipe.general_weight < 0 or recipe.news_weight < 0:
        raise ConfigurationError(
            f"data weights must be 0 or more (general_weight={recipe.general_weight}, "
            f"news_weight={recipe.news_weight})"
        )
    wikineural = data_dir / "wikineural" / f"{language}.val.conllu.gz"
    general, dev, _held_out = split_checkpoint(read_ner_file(wikineural))
    train = general * recipe.general_weight
    sources = [
        f"wikineural/{wikineural.name} (80% train x{recipe.general_weight}; sentences "
        f"{CHECKPOINT_REMAINDER}, {CHECKPOINT_REMAINDER + 10}, ... dev (checkpoint choice); "
        "every 10th held out, never read)"
    ]
    if language == "it":
        kind = data_dir / "kind"
        news, news_dev = split_tail(read_ner_file(kind / "WN_train.tsv.gz"), NEWS_DEV_SHARE)
        train += news * recipe.news_weight
        dev += news_dev
        sources.append(
            f"kind/WN_train.tsv.gz (first {1 - NEWS_DEV_SHARE:.0%} train x{recipe.news_weight}, "
            f"last {NEWS_DEV_SHARE:.0%} dev)"
        )
        for part in ("ADG", "FIC"):
            train += read_ner_file(kind / f"{part}_train.tsv.gz")
            sources.append(f"kind/{part}_train.tsv.gz (train)")
    if not train:
        raise ConfigurationError(
            f"the recipe of {language!r} leaves no training sentences "
            f"(general_weight={recipe.general_weight}, news_weight={recipe.news_weight})"
        )
    return train, dev, sources


@dataclass(slots=True)
class AlignmentCounts:
    """How gold entities landed on the runtime tokens while building training docs."""

    entities: int = 0
    exact: int = 0
    expanded: int = 0
    lost: int = 0
    split_tokens: int = 0


def sentence_doc(nlp: Any, sentence: TaggedSentence, counts: AlignmentCounts | None = None) -> Any:
    """A spaCy ``Doc`` of the sentence as the pipeline sees it at run time, with its entities.

    The gold tokens are joined with single spaces (as the benchmark does) and
    tokenized by ``nlp.make_doc``, the rule-based tokenizer the packaged model
    runs with, so training and dev see the same tokens as ``Parser`` (hyphens,
    abbreviations and punctuation split the same way). Gold PER/ORG/LOC
    entities are placed by their character offsets: exactly where they fall on
    token boundaries, else widened to the tokens they touch (``expand``); an
    entity that cannot be placed, or overlaps one already placed, is dropped and
    counted as lost. Other labels (MISC, ...) are outside.
    """
    counts = counts if counts is not None else AlignmentCounts()
    doc = nlp.make_doc(" ".join(sentence.tokens))
    counts.split_tokens += len(doc) - len(sentence.tokens)
    entities: list[Any] = []
    taken: set[int] = set()
    for start, end, label in gold_spans(sentence):
        counts.entities += 1
        entity = doc.char_span(start, end, label=label)
        exact = entity is not None
        if entity is None:
            entity = doc.char_span(start, end, label=label, alignment_mode="expand")
        if entity is None or taken & set(range(entity.start, entity.end)):
            counts.lost += 1
            continue
        if exact:
            counts.exact += 1
        else:
            counts.expanded += 1
        taken.update(range(entity.start, entity.end))
        entities.append(entity)
    doc.set_ents(entities, default="outside")
    return doc


def write_docbin(nlp: Any, sentences: Sequence[TaggedSentence], path: Path) -> AlignmentCounts:
    """Training docs of ``sentences`` to ``path``; how their entities were placed."""
    from spacy.tokens import DocBin

    counts = AlignmentCounts()
    docbin = DocBin(attrs=["ENT_IOB", "ENT_TYPE"], store_user_data=False)
    for sentence in sentences:
        docbin.add(sentence_doc(nlp, sentence, counts))
    docbin.to_disk(path)
    return counts
