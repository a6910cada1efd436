"""One training run of the NER recipe: initialise, train under a time box, save the best.

The best checkpoint by dev F1 is written to the output folder whenever it improves
(atomically, with the optimizer's averaged weights, without optimizer state).
"""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from annals.errors import ModelLoadError
from annals.nlp.ner_data import SCORED_LABELS, TaggedSentence
from annals.nlp.train_data import write_docbin
from annals.nlp.train_recipe import Recipe, build_config

logger = logging.getLogger(__name__)


def train_in(
    language: str,
    output: Path,
    limits: tuple[float, int, Path | None],
    recipe: Recipe,
    corpus: tuple[list[TaggedSentence], list[TaggedSentence], list[str]],
    work: Path,
    *,
    init_tok2vec: Path | None = None,
) -> dict[str, Any]:
    """Train ``language``'s NER in the folder ``work`` and save its best checkpoint to
    ``output``; ``limits`` are (minutes, steps or 0, a model to resume from or None)."""
    train, dev, sources = corpus
    max_minutes, max_steps, resume_from = limits
    alignment = _write_corpus(language, train, dev, work)
    nlp = _initial_pipeline(language, recipe, work, resume_from, init_tok2vec)
    logger.info(
        "training %s NER on %d sentences (dev %d) for at most %.1f min",
        language,
        len(train),
        len(dev),
        max_minutes,
    )
    best = _loop(nlp, output, max_minutes * 60.0, max_steps, work)
    summary = {
        "language": language,
        "output": str(output),
        "train_sentences": len(train),
        "train_words": sum(len(s.tokens) for s in train),
        "dev_sentences": len(dev),
        "sources": sources,
        "recipe": _recipe_summary(recipe),
        "resumed_from": str(resume_from) if resume_from else None,
        "pretrained_tok2vec": _pretraining_summary(init_tok2vec) if init_tok2vec else None,
        "tokens": "runtime (spacy.blank tokenizer over the space-joined gold tokens)",
        "alignment": alignment,
        **best,
        "size_bytes": folder_size(output),
    }
    logger.info("%s NER done: %s", language, summary)
    return summary


def _write_corpus(
    language: str, train: list[TaggedSentence], dev: list[TaggedSentence], work: Path
) -> dict[str, Any]:
    """``train.spacy`` and ``dev.spacy`` in ``work``; how their gold entities were placed."""
    import spacy

    try:
        blank = spacy.blank(language)
    except Exception as error:
        raise ModelLoadError(f"spaCy has no blank pipeline for {language!r}: {error}") from error
    alignment = {
        "train": asdict(write_docbin(blank, train, work / "train.spacy")),
        "dev": asdict(write_docbin(blank, dev, work / "dev.spacy")),
    }
    logger.info("gold entities on the runtime tokens: %s", alignment)
    return alignment


def _initial_pipeline(
    language: str,
    recipe: Recipe,
    work: Path,
    resume_from: Path | None,
    init_tok2vec: Path | None,
) -> Any:
    """The pipeline of the recipe, initialised on the corpus in ``work``: fresh, or with
    the weights of ``resume_from``, or its tok2vec from ``init_tok2vec``."""
    from spacy.training.initialize import init_nlp
    from thinc.api import fix_random_seed

    config = build_config(language, work / "train.spacy", work / "dev.spacy", recipe)
    fix_random_seed(recipe.seed)
    nlp = init_nlp(config)
    if resume_from is not None:
        for name in nlp.pipe_names:  # weights only: the config keeps this run's corpora
            component: Any = nlp.get_pipe(name)
            component.from_disk(resume_from / name, exclude=["vocab"])
        logger.info("resuming from the weights in %s", resume_from)
    if init_tok2vec is not None:
        load_pretrained_tok2vec(nlp, init_tok2vec)
    return nlp


def _recipe_summary(recipe: Recipe) -> dict[str, Any]:
    return {
        "width": recipe.width,
        "depth": recipe.depth,
        "rows": recipe.rows,
        "embed": recipe.embed,
        "affix_rows": recipe.feature_rows,
        "prefix_rows": recipe.prefix_feature_rows,
        "dropout": recipe.dropout,
        "general_weight": recipe.general_weight,
        "news_weight": recipe.news_weight,
        "learn_rate": recipe.learn_rate,
    }


def load_pretrained_tok2vec(nlp: Any, path: Path) -> None:
    """Load pretrained weights into ``nlp``'s ``tok2vec`` (as ``[initialize] init_tok2vec`` does).

    The weights must come from the same architecture (width, depth, rows):
    ``scripts/pretrain_ner_it.py`` builds it from the same recipe.
    """
    try:
        nlp.get_pipe("tok2vec").model.from_bytes(path.read_bytes())
    except Exception as error:
        raise ModelLoadError(
            f"cannot load pretrained tok2vec weights from {path} (same width, depth and "
            f"rows as the recipe?): {error}"
        ) from error
    logger.info("tok2vec starts from the pretrained weights in %s", path)


def _pretraining_summary(path: Path) -> dict[str, Any]:
    """What the pretraining script wrote next to the weights (``<name>.json``), and the path."""
    described = path.with_suffix(".json")
    summary: dict[str, Any] = {}
    if described.is_file():
        summary = json.loads(described.read_text(encoding="utf-8"))
    return {**summary, "weights": str(path)}


def _loop(
    nlp: Any, output: Path, budget_seconds: float, max_steps: int, work: Path
) -> dict[str, Any]:
    from spacy.schemas import ConfigSchemaTraining
    from spacy.training.loop import (
        create_evaluation_callback,
        create_train_batches,
        train_while_improving,
    )
    from spacy.util import registry, resolve_dot_names

    config = nlp.config.interpolate()
    settings = registry.resolve(config["training"], schema=ConfigSchemaTraining)
    train_corpus, dev_corpus = resolve_dot_names(
        config, [settings["train_corpus"], settings["dev_corpus"]]
    )
    optimizer = settings["optimizer"]
    steps = train_while_improving(
        nlp,
        optimizer,
        create_train_batches(nlp, train_corpus, settings["batcher"], settings["max_epochs"]),
        create_evaluation_callback(nlp, dev_corpus, settings["score_weights"]),
        dropout=settings["dropout"],
        accumulate_gradient=1,
        patience=0,
        max_steps=0,
        eval_frequency=settings["eval_frequency"],
        exclude=[],
        annotating_components=[],
        before_update=None,
    )
    started = time.monotonic()
    best: dict[str, Any] = {"dev_f1": -1.0, "best_step": 0, "steps": 0}
    for _batch, info, is_best in steps:
        elapsed = time.monotonic() - started
        best["steps"] = info["step"]
        if is_best is not None:
            _log_step(info, elapsed)
        if is_best:
            with nlp.use_params(optimizer.averages):
                _save_atomically(nlp, output, work, info)
            best.update(_scores(info), best_step=info["step"], minutes=elapsed / 60.0)
        if elapsed >= budget_seconds or (max_steps and info["step"] >= max_steps):
            break
    if best["dev_f1"] < 0:  # no evaluation happened: save what there is
        with nlp.use_params(optimizer.averages):
            _save_atomically(nlp, output, work, {"other_scores": {}, "step": best["steps"]})
        best["dev_f1"] = 0.0
    best["elapsed_minutes"] = (time.monotonic() - started) / 60.0
    return best


def _scores(info: dict[str, Any]) -> dict[str, Any]:
    other = info.get("other_scores") or {}
    per_type = other.get("ents_per_type") or {}
    return {
        "dev_f1": float(other.get("ents_f") or 0.0),
        "dev_precision": float(other.get("ents_p") or 0.0),
        "dev_recall": float(other.get("ents_r") or 0.0),
        "dev_per_type": {
            label: round(float(per_type[label]["f"]), 4)
            for label in SCORED_LABELS
            if label in per_type
        },
    }


def _log_step(info: dict[str, Any], elapsed: float) -> None:
    scores = _scores(info)
    logger.info(
        "step %d epoch %d %.1f min: loss %.1f dev F1 %.4f (P %.4f R %.4f) %s",
        info["step"],
        info["epoch"],
        elapsed / 60.0,
        info["losses"].get("ner", 0.0),
        scores["dev_f1"],
        scores["dev_precision"],
        scores["dev_recall"],
        scores["dev_per_type"],
    )


def _save_atomically(nlp: Any, output: Path, work: Path, info: dict[str, Any]) -> None:
    """Write the pipeline to ``output`` via a sibling folder, so a crash leaves the old one."""
    nlp.meta["performance"] = _scores(info)
    nlp.meta["name"] = "annals_ner"
    nlp.meta["license"] = "CC BY-NC-SA 4.0 (research / non-commercial use only)"
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=output.parent))
    nlp.to_disk(staging)
    for name in ("MODEL_CARD.md", "training.json"):  # files written next to the model
        if (output / name).exists():
            shutil.copy2(output / name, staging / name)
    previous = output.with_name(output.name + ".previous")
    if output.exists():
        output.rename(previous)
    staging.rename(output)
    output.chmod(0o755)
    if previous.exists():
        shutil.rmtree(previous)
    logger.debug("saved checkpoint of step %s to %s (work %s)", info.get("step"), output, work)


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())
