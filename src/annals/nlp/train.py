"""`annals train ner`: small CPU NER pipelines for languages without a spaCy model on PyPI.

The recipe (one per language, no pretrained vectors, CPU, one thread):

* a blank spaCy pipeline of the language (its rule-based tokenizer), with a
  hash-embedding ``tok2vec`` (width 96, depth 4) and a transition-based ``ner``;
  ``Recipe`` (and the command line) can change its table sizes, width, depth,
  dropout and learning rate, or embed the bytes at both ends of each word
  instead of PREFIX/SUFFIX/SHAPE (``embed="characters"``);
* data from ``shared/data/ner``: 80 % of the language's WikiNEuRal validation
  split; sentences 5, 15, 25, ... are dev (they choose the checkpoint) and every
  10th sentence is never read (the benchmark's ``--holdout`` scores it); for Italian also the
  KIND train splits: WN (news) less its last 10 % of sentences, which join the
  dev set, repeated ``Recipe.news_weight`` times, and ADG and FIC once. KIND
  WN_dev is never read by training: it stays held out for the benchmark;
* training and dev docs hold the tokens the model sees at run time: gold
  tokens joined with spaces and re-tokenized by the blank pipeline's
  tokenizer, gold entities placed by character offsets (`sentence_doc`);
* labels PER, ORG, LOC (MISC is trained as outside);
* a wall-clock time box; the best checkpoint by dev F1 is written to the
  output folder whenever it improves (atomically), without optimizer state;
* optionally (``--init-tok2vec``) a ``tok2vec`` that starts from weights
  pretrained on raw text by ``scripts/pretrain_ner_it.py`` (spaCy's characters
  objective, same architecture): the model keeps its size and dependencies.

The data are licensed for non-commercial use only (KIND CC BY-NC 4.0,
WikiNEuRal CC BY-NC-SA 4.0), and so are the models trained on them.

The recipe, its data, the training loop and the model card live in
:mod:`~annals.nlp.train_recipe`, :mod:`~annals.nlp.train_data`,
:mod:`~annals.nlp.train_loop` and :mod:`~annals.nlp.model_card`; this module
trains a language's model into its package folder and is the command line.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from annals.errors import ConfigurationError
from annals.nlp.model_card import write_model_card
from annals.nlp.ner_data import CHECKPOINT_REMAINDER, TaggedSentence
from annals.nlp.train_data import (
    TRAINABLE_LANGUAGES,
    AlignmentCounts,
    default_data_dir,
    sentence_doc,
    training_corpus,
    write_docbin,
)
from annals.nlp.train_loop import folder_size, load_pretrained_tok2vec, train_in
from annals.nlp.train_recipe import CHARACTER_BYTES, CHARACTER_WIDTH, Recipe, build_config

__all__ = [
    "CHARACTER_BYTES",
    "CHARACTER_WIDTH",
    "MODELS_DIR",
    "TRAINABLE_LANGUAGES",
    "AlignmentCounts",
    "Recipe",
    "build_config",
    "build_packaged_model",
    "load_pretrained_tok2vec",
    "main",
    "sentence_doc",
    "train_ner",
    "training_corpus",
    "write_docbin",
    "write_model_card",
]

logger = logging.getLogger(__name__)

#: Where packaged models live (``annals/nlp/models/<lang>``).
MODELS_DIR = Path(__file__).resolve().parent / "models"


def train_ner(
    language: str,
    output: Path,
    max_minutes: float,
    *,
    data_dir: Path | None = None,
    recipe: Recipe | None = None,
    max_train_sentences: int | None = None,
    max_steps: int = 0,
    sentences: tuple[Sequence[TaggedSentence], Sequence[TaggedSentence]] | None = None,
    resume_from: Path | None = None,
    init_tok2vec: Path | None = None,
) -> dict[str, Any]:
    """Train the NER pipeline of ``language`` into ``output``; returns a summary.

    ``sentences`` (train, dev) replaces the shared corpus (tests use it);
    ``max_steps`` > 0 stops after that many updates as well as after ``max_minutes``;
    ``resume_from`` starts from the weights of a model trained by the same recipe;
    ``init_tok2vec`` starts the ``tok2vec`` from pretrained weights of the same
    architecture (``scripts/pretrain_ner_it.py``; the bytes ``spacy pretrain`` writes).
    """
    if max_minutes <= 0:
        raise ConfigurationError(f"max_minutes={max_minutes} must be positive")
    if init_tok2vec is not None and resume_from is not None:
        raise ConfigurationError("init_tok2vec starts a new model: it cannot be resumed as well")
    if init_tok2vec is not None and not init_tok2vec.is_file():
        raise ConfigurationError(f"no pretrained tok2vec weights at {init_tok2vec}")
    recipe = recipe or Recipe()
    _single_thread()
    if sentences is not None:
        train, dev = list(sentences[0]), list(sentences[1])
        sources = ["sentences given by the caller"]
    else:
        train, dev, sources = training_corpus(language, data_dir or default_data_dir(), recipe)
    if max_train_sentences:
        train = train[:max_train_sentences]
    if not train or not dev:
        raise ConfigurationError(f"NER training for {language!r} needs train and dev sentences")
    with tempfile.TemporaryDirectory(prefix=f"annals-ner-{language}-") as work:
        summary = train_in(
            language,
            output,
            (max_minutes, max_steps, resume_from),
            recipe,
            (train, dev, sources),
            Path(work),
            init_tok2vec=init_tok2vec,
        )
    if sentences is None:  # the WikiNEuRal positions (modulo 10) that chose the checkpoint
        summary["checkpoint_remainder"] = CHECKPOINT_REMAINDER
    return summary


def _single_thread() -> None:
    for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")


def _previous(output: Path, *keys: str) -> float:
    """A figure of the model being resumed (its ``training.json``), or 0."""
    path = output / "training.json"
    if not path.is_file():
        return 0
    previous = json.loads(path.read_text(encoding="utf-8"))
    for key in keys:
        if key in previous:
            return float(previous[key])
    return 0


def _previous_phases(output: Path) -> list[dict[str, Any]]:
    """The training phases of the model being resumed; one summary phase for older models."""
    path = output / "training.json"
    if not path.is_file():
        return []
    previous = json.loads(path.read_text(encoding="utf-8"))
    if "phases" in previous:
        return list(previous["phases"])
    return [
        {
            "minutes": previous.get("total_minutes", previous.get("elapsed_minutes")),
            "steps": previous.get("total_steps", previous.get("steps")),
            "sources": previous.get("sources", []),
        }
    ]


def _previous_pretraining(output: Path) -> dict[str, Any] | None:
    """How the tok2vec of the model being resumed was pretrained, if it was."""
    path = output / "training.json"
    if not path.is_file():
        return None
    previous: dict[str, Any] | None = json.loads(path.read_text(encoding="utf-8")).get(
        "pretrained_tok2vec"
    )
    return previous


def build_packaged_model(
    language: str,
    minutes: float = 15.0,
    *,
    resume: bool = False,
    output: Path | None = None,
    data_dir: Path | None = None,
    max_train_sentences: int | None = None,
    recipe: Recipe | None = None,
    init_tok2vec: Path | None = None,
) -> dict[str, Any]:
    """Train ``language``'s NER into ``annals/nlp/models/<lang>`` (or ``output``) with its card.

    Checkpoints go to a sibling ``<lang>.partial`` folder that the Parser does not
    load, so pipelines running meanwhile keep the previous model until this one is
    done; ``resume`` starts from the weights of the current model; ``init_tok2vec``
    starts a new model's tok2vec from pretrained weights (``scripts/pretrain_ner_it.py``).
    """
    output = output or MODELS_DIR / language
    partial = output.with_name(output.name + ".partial")
    summary = train_ner(
        language,
        partial,
        minutes,
        data_dir=data_dir,
        max_train_sentences=max_train_sentences,
        recipe=recipe,
        resume_from=output if resume and (output / "config.cfg").is_file() else None,
        init_tok2vec=init_tok2vec,
    )
    _add_history(summary, output, minutes)
    (partial / "training.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    write_model_card(partial)
    if output.exists():
        shutil.rmtree(output)
    partial.rename(output)
    summary["size_bytes"] = folder_size(output)
    return summary


def _add_history(summary: dict[str, Any], output: Path, minutes: float) -> None:
    """Totals and phases of ``summary``, counting those of the model in ``output`` when
    this run resumed it."""
    summary["max_minutes"] = minutes
    resumed = summary["resumed_from"] is not None
    previous_steps = _previous(output, "total_steps", "steps") if resumed else 0
    previous_minutes = _previous(output, "total_minutes", "elapsed_minutes") if resumed else 0
    summary["total_steps"] = int(summary["steps"] + previous_steps)
    summary["total_minutes"] = round(summary["elapsed_minutes"] + previous_minutes, 1)
    summary["phases"] = [
        *(_previous_phases(output) if resumed else []),
        {
            "minutes": round(summary["elapsed_minutes"], 1),
            "steps": summary["steps"],
            "best_step": summary["best_step"],
            "resumed": resumed,
            "general_weight": summary["recipe"]["general_weight"],
            "news_weight": summary["recipe"]["news_weight"],
            "learn_rate": summary["recipe"]["learn_rate"],
            "pretrained_tok2vec": summary["pretrained_tok2vec"] is not None,
        },
    ]
    if resumed and not summary["pretrained_tok2vec"]:  # a pretrained start stays described
        summary["pretrained_tok2vec"] = _previous_pretraining(output)
    summary["output"] = str(output)


def _argument_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m annals.nlp.train")
    parser.add_argument("language", choices=TRAINABLE_LANGUAGES)
    parser.add_argument("--minutes", type=float, default=15.0)
    parser.add_argument("--output", type=Path, default=None)
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--max-train-sentences", type=int, default=None)
    parser.add_argument("--resume", action="store_true", help="start from the current model")
    parser.add_argument(
        "--init-tok2vec",
        type=Path,
        default=None,
        help="start the tok2vec from pretrained weights (scripts/pretrain_ner_it.py)",
    )
    parser.add_argument(
        "--general-weight", type=int, default=None, help="copies of WikiNEuRal train (0: none)"
    )
    parser.add_argument(
        "--news-weight", type=int, default=None, help="copies of KIND WN train (Italian)"
    )
    parser.add_argument("--learn-rate", type=float, default=None, help="Adam learning rate")
    parser.add_argument("--width", type=int, default=None, help="tok2vec width (default 96)")
    parser.add_argument("--depth", type=int, default=None, help="tok2vec CNN layers (default 4)")
    parser.add_argument(
        "--rows", type=int, default=None, help="hash-embedding rows of NORM (default 5000)"
    )
    parser.add_argument(
        "--affix-rows",
        type=int,
        default=None,
        help="hash-embedding rows of PREFIX, SUFFIX and SHAPE (default: half of --rows)",
    )
    parser.add_argument(
        "--prefix-rows",
        type=int,
        default=None,
        help="hash-embedding rows of PREFIX (default: those of --affix-rows)",
    )
    parser.add_argument(
        "--embed",
        choices=("hash", "characters"),
        default=None,
        help="tok2vec embedding: hash (NORM/PREFIX/SUFFIX/SHAPE, default) or characters "
        "(NORM and the bytes at both ends of each word)",
    )
    parser.add_argument(
        "--dropout", type=float, default=None, help="dropout while training (default 0.1)"
    )
    return parser


def _recipe_of(arguments: argparse.Namespace, parser: argparse.ArgumentParser) -> Recipe:
    """The recipe the command line asks for; ``parser.error`` on a bad value."""
    if arguments.init_tok2vec is not None and arguments.resume:
        parser.error("--init-tok2vec starts a new model: it cannot go with --resume")
    recipe = Recipe()
    for field in ("width", "depth", "rows", "affix_rows", "prefix_rows"):
        value = getattr(arguments, field)
        if value is not None:
            if value <= 0:
                parser.error(f"--{field.replace('_', '-')} must be positive, not {value}")
            recipe = replace(recipe, **{field: value})
    if arguments.learn_rate is not None:
        recipe = replace(recipe, learn_rate=arguments.learn_rate)
    if arguments.embed is not None:
        recipe = replace(recipe, embed=arguments.embed)
    if arguments.dropout is not None:
        if not 0 <= arguments.dropout < 1:
            parser.error(f"--dropout must be at least 0 and below 1, not {arguments.dropout}")
        recipe = replace(recipe, dropout=arguments.dropout)
    if arguments.general_weight is not None:
        recipe = replace(recipe, general_weight=arguments.general_weight)
    if arguments.news_weight is not None:
        recipe = replace(recipe, news_weight=arguments.news_weight)
    return recipe


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m annals.nlp.train LANG [--minutes N] [--resume | --init-tok2vec PATH]``."""
    parser = _argument_parser()
    arguments = parser.parse_args(argv)
    recipe = _recipe_of(arguments, parser)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    build_packaged_model(
        arguments.language,
        arguments.minutes,
        resume=arguments.resume,
        output=arguments.output,
        data_dir=arguments.data,
        max_train_sentences=arguments.max_train_sentences,
        recipe=recipe,
        init_tok2vec=arguments.init_tok2vec,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
