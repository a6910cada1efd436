"""``MODEL_CARD.md`` of a packaged NER model, written from its ``training.json``."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from annals.nlp.parser import MERGED_LANGUAGES
from annals.nlp.train_recipe import CHARACTER_BYTES, CHARACTER_WIDTH, Recipe

_LICENCE = """\
**Research and non-commercial use only.** The training data are licensed for
non-commercial use: KIND under CC BY-NC 4.0, WikiNEuRal under CC BY-NC-SA 4.0;
this model is a derivative of them and is distributed under CC BY-NC-SA 4.0.
Do not use it in a commercial product or service."""


def write_model_card(output: Path, evaluation: Sequence[str] = ()) -> Path:
    """Write ``MODEL_CARD.md`` next to a trained model from its ``training.json``."""
    summary = json.loads((output / "training.json").read_text(encoding="utf-8"))
    card = output / "MODEL_CARD.md"
    card.write_text("\n".join(_card_lines(summary, evaluation)) + "\n", encoding="utf-8")
    return card


def _card_lines(summary: dict[str, Any], evaluation: Sequence[str]) -> list[str]:
    language = summary["language"]
    pretrained = summary.get("pretrained_tok2vec")
    return [
        f"# annals-ner-{language}",
        "",
        _use_line(language),
        "",
        "## Licence",
        "",
        _LICENCE + _pretraining_licence(pretrained),
        "",
        "## Model",
        "",
        *_model_lines(summary),
        "",
        "## Data",
        "",
        *_data_lines(summary),
        "",
        "## Training",
        "",
        *_training_lines(summary),
        "",
        "## Scores (dev, entity-level exact span, PER/ORG/LOC)",
        "",
        *_score_lines(summary, evaluation),
        "",
        "## Limitations",
        "",
        *_limitation_lines(pretrained),
    ]


def _use_line(language: str) -> str:
    if language in MERGED_LANGUAGES:
        return (
            f"Named-entity recogniser for **{language}** (PER, ORG, LOC). "
            "`annals.nlp.parser.Parser` merges its names into the entities of the language's "
            "spaCy pipeline from PyPI, which keeps its parse, tags and other entity types "
            "(`annals.nlp.entity_merge`; a PyPI NER that finds only names, as French's, is "
            "replaced), for the languages the setting `ner_merge` lists "
            '(`annals.toml`, or `ANNALS_NER_MERGE=en,fr`; default: `["fr"]`).'
        )
    return (
        f"Named-entity recogniser for **{language}** (PER, ORG, LOC), used by "
        "`annals.nlp.parser.Parser` when no spaCy pipeline for the language is installed."
    )


def _model_lines(summary: dict[str, Any]) -> list[str]:
    language = summary["language"]
    recipe = summary["recipe"]
    pretrained = summary.get("pretrained_tok2vec")
    return [
        f"* spaCy {_spacy_version()} pipeline: the rule-based tokenizer of "
        f"`spacy.blank({language!r})`, `tok2vec` ("
        f"{_embedding_description(recipe)}, width {recipe['width']}, "
        f"{recipe['depth']} maxout CNN layers, "
        + (
            "no pretrained vectors"
            if not pretrained
            else "no static vectors; its weights start from those of spaCy's "
            f"`{pretrained['pipeline']}`, see Data"
            if pretrained.get("pipeline")
            else "no static vectors; its weights start from a pretraining on raw text, see Data"
        )
        + ") and a transition-based `ner`; CPU, one thread.",
        f"* Data mix: the WikiNEuRal training part x{recipe.get('general_weight', 1)}"
        + (
            f", KIND WN (news) x{recipe.get('news_weight', 1)}, KIND ADG and FIC x1 "
            "(KIND's conventions differ from WikiNEuRal's: lower-case institutions such as "
            '"governo" and "polizia" are ORG, a country acting as a political actor is ORG; '
            "a news weight above 1 leans towards them)"
            if language == "it"
            else ""
        )
        + "; `python -m annals.nlp.train LANG --general-weight N --news-weight N "
        "--learn-rate R` (or `scripts/train_ner.sh LANG:MINUTES[:resume[:GENERAL:NEWS[:RATE]]]`) "
        "changes it.",
        "* Labels: PER, ORG, LOC (mapped to PERSON, ORG, LOC; the knowledge-base linker refines "
        "LOC to GPE for places it knows). MISC is not predicted: it was trained as outside.",
        f"* Size on disk: {summary['size_bytes'] / 1e6:.1f} MB (no optimizer state).",
    ]


def _data_lines(summary: dict[str, Any]) -> list[str]:
    return [
        *[f"* `shared/data/ner/{source}`" for source in summary["sources"]],
        f"* {summary['train_sentences']} training sentences ({summary['train_words']} words), "
        f"{summary['dev_sentences']} dev sentences (checkpoint selection). "
        + _holdout_text(summary),
        *_alignment_lines(summary),
        *_pretraining_lines(summary.get("pretrained_tok2vec")),
    ]


def _training_lines(summary: dict[str, Any]) -> list[str]:
    return [
        f"* Time box {summary.get('max_minutes', '?')} min wall clock on a shared 2-core machine "
        f"(niced): {summary.get('total_steps', summary['steps'])} updates in "
        f"{summary.get('total_minutes', summary['elapsed_minutes']):.0f} min in all; "
        f"last run: best dev F1 at update {summary['best_step']}.",
        _rebuild_line(summary)
        + (
            "; this model continued earlier runs with `--resume` (phases below)."
            if summary.get("resumed_from")
            else "."
        ),
        *_phase_lines(summary),
    ]


def _score_lines(summary: dict[str, Any], evaluation: Sequence[str]) -> list[str]:
    per_type = ", ".join(f"{k} {v:.3f}" for k, v in summary.get("dev_per_type", {}).items())
    return [
        f"* Precision {summary['dev_precision']:.3f}, recall {summary['dev_recall']:.3f}, "
        f"**F1 {summary['dev_f1']:.3f}** ({per_type}).",
        *evaluation,
    ]


def _limitation_lines(pretrained: dict[str, Any] | None) -> list[str]:
    return [
        "* WikiNEuRal is silver data (automatically annotated Wikipedia); the domain differs "
        "from news, and the Wikipedia-heavy dev set flatters encyclopaedic sentences.",
        "* Trained under a short time box "
        + (
            "without pretrained vectors"
            if not pretrained
            else f"(the tok2vec initialised from `{pretrained['pipeline']}`, no static vectors)"
            if pretrained.get("pipeline")
            else "(the tok2vec pretrained on a few million words of local crime and Middle East "
            "news, no static vectors)"
        )
        + ": not converged; expect errors on long organisation names and on rare names.",
    ]


def _holdout_text(summary: dict[str, Any]) -> str:
    """How the WikiNEuRal held-out part stayed out of training and checkpoint choice."""
    remainder = summary.get("checkpoint_remainder")
    if remainder is None:  # models trained before the checkpoint slice
        return (
            "WikiNEuRal held-out split: every 10th sentence, never trained on; it is also the "
            "part that `annals benchmark accuracy ner --holdout` scores, so the best checkpoint "
            "was chosen on the benchmark's held-out sentences and that figure is slightly "
            "optimistic. KIND WN_dev is not read by training: it is the held-out news figure "
            "of the benchmark."
        )
    return (
        f"WikiNEuRal dev: sentences {remainder}, {remainder + 10}, {remainder + 20}, ... (they "
        "choose the checkpoint, never trained on). Held-out split: every 10th sentence, never "
        "read by training; it is what `annals benchmark accuracy ner --holdout` scores, so "
        "that figure is unbiased by the checkpoint choice. KIND WN_dev is not read by "
        "training either."
    )


def _rebuild_line(summary: dict[str, Any]) -> str:
    language = summary["language"]
    minutes = summary.get("max_minutes", 15)
    pretrained = summary.get("pretrained_tok2vec")
    if pretrained and pretrained.get("pipeline"):
        options = _recipe_options(summary["recipe"])
        phases = summary.get("phases") or [{"minutes": minutes}]
        train = f"OMP_NUM_THREADS=1 python -m annals.nlp.train {language}"
        commands = [
            f"python scripts/spacy_ner_tok2vec.py {pretrained['pipeline']} /tmp/tok2vec.bin",
            f"{train} --minutes {phases[0]['minutes']}{options} --init-tok2vec /tmp/tok2vec.bin",
            *(f"{train} --minutes {phase['minutes']}{options} --resume" for phase in phases[1:]),
        ]
        return (
            "* Rebuild (needs ../shared/data/ner and the spaCy pipeline installed): `"
            + " && ".join(commands)
            + "`"
        )
    if not pretrained:
        options = _recipe_options(summary["recipe"])
        if options:
            return (
                f"* Rebuild (needs ../shared/data/ner): `OMP_NUM_THREADS=1 python -m "
                f"annals.nlp.train {language} --minutes {minutes}{options}`"
            )
        return (
            f"* Rebuild: `annals train ner --lang {language} --minutes {minutes}` or "
            f"`scripts/train_ner.sh {language}:{minutes}` (needs ../shared/data/ner)"
        )
    recipe = summary["recipe"]
    return (
        f"* Rebuild (needs ../shared/data/ner and ../shared/data/corpora): "
        f"`OMP_NUM_THREADS=1 python scripts/pretrain_ner_it.py --minutes "
        f"{pretrained.get('max_minutes', 35)} --output /tmp/tok2vec.bin && "
        f"OMP_NUM_THREADS=1 python -m annals.nlp.train {language} --minutes {minutes} "
        f"--general-weight {recipe.get('general_weight', 1)} "
        f"--news-weight {recipe.get('news_weight', 1)} --learn-rate "
        f"{recipe.get('learn_rate', 0.001)} --init-tok2vec /tmp/tok2vec.bin`"
    )


def _recipe_options(recipe: dict[str, Any]) -> str:
    """The command-line options that rebuild ``recipe``: those that are not the defaults."""
    default = Recipe()
    options = ""
    for field in ("embed", "width", "depth", "rows", "affix_rows", "learn_rate", "dropout"):
        value = recipe.get(field)
        if field == "affix_rows" and (
            recipe.get("embed") == "characters"
            or value == replace(default, rows=recipe["rows"]).feature_rows
        ):
            continue
        if value is not None and value != getattr(default, field):
            options += f" --{field.replace('_', '-')} {value}"
    prefix = recipe.get("prefix_rows")
    if prefix and prefix != recipe.get("affix_rows"):
        options += f" --prefix-rows {prefix}"
    return options


def _embedding_description(recipe: dict[str, Any]) -> str:
    if recipe.get("embed") == "characters":
        return (
            f"a hash embedding of NORM, {recipe['rows']} rows, beside {CHARACTER_WIDTH}-wide "
            f"vectors of the first and last {CHARACTER_BYTES // 2} UTF-8 bytes of each word "
            "(spaCy's CharacterEmbed: stems and endings of inflected words)"
        )
    affix = recipe.get("affix_rows") or max(recipe["rows"] // 2, 100)
    prefix = recipe.get("prefix_rows") or affix
    if prefix != affix:
        return (
            f"hash embeddings of NORM/PREFIX/SUFFIX/SHAPE, {recipe['rows']} rows for NORM, "
            f"{prefix} for PREFIX and {affix} each for SUFFIX and SHAPE"
        )
    return (
        f"hash embeddings of NORM/PREFIX/SUFFIX/SHAPE, {recipe['rows']} rows for NORM and "
        f"{affix} each for PREFIX, SUFFIX and SHAPE"
    )


def _pretraining_licence(pretrained: dict[str, Any] | None) -> str:
    if pretrained and pretrained.get("pipeline"):
        return (
            f"\nIts tok2vec starts from the weights of spaCy's `{pretrained['pipeline']}` "
            f"({pretrained.get('licence', '?')} licence): see Data."
        )
    if not pretrained or not pretrained.get("corpora"):
        return ""
    licences = "; ".join(corpus["licence"] for corpus in pretrained["corpora"])
    return f"\nIts tok2vec was pretrained on raw text ({licences}): see Data."


def _pretraining_lines(pretrained: dict[str, Any] | None) -> list[str]:
    if not pretrained:
        return []
    if pretrained.get("pipeline"):
        return [
            "* The tok2vec starts from the weights of the `ner` tok2vec of spaCy's "
            f"`{pretrained['pipeline']}` {pretrained.get('version', '')} "
            f"({pretrained.get('licence', '?')}; trained by its authors on "
            f"{pretrained.get('data', '?')}), the same architecture, exported by "
            "`scripts/spacy_ner_tok2vec.py`; all weights are then trained on the data above.",
        ]
    corpora = [
        f"  * `shared/data/corpora/{corpus['path']}`: {corpus['what']} ({corpus['licence']})."
        for corpus in pretrained.get("corpora", [])
    ]
    return [
        "* The tok2vec starts from weights pretrained on raw text (no labels) by "
        "`scripts/pretrain_ner_it.py`: spaCy's characters objective "
        f"({pretrained.get('objective', 'characters')}), the same tok2vec architecture; "
        f"{pretrained.get('sentences', '?')} sentences ({pretrained.get('corpus_words', '?')} "
        f"words), {pretrained.get('minutes', '?')} min, {pretrained.get('updates', '?')} "
        f"updates, {pretrained.get('epochs', '?')} epochs. Raw text:",
        *corpora,
    ]


def _phase_lines(summary: dict[str, Any]) -> list[str]:
    lines = []
    for number, phase in enumerate(summary.get("phases", []), start=1):
        if "general_weight" in phase:
            mix = (
                f"WikiNEuRal x{phase['general_weight']}, KIND WN x{phase['news_weight']}"
                + f", learning rate {phase.get('learn_rate', 0.001)}"
                + (", resumed" if phase.get("resumed") else ", from scratch")
                + (", tok2vec pretrained" if phase.get("pretrained_tok2vec") else "")
                + f"; best dev F1 at update {phase['best_step']}"
            )
        else:
            mix = "earlier recipe: " + "; ".join(phase.get("sources", []))
        lines.append(f"  {number}. {phase['minutes']} min, {phase['steps']} updates ({mix}).")
    return ["* Phases:", *lines] if lines else []


def _alignment_lines(summary: dict[str, Any]) -> list[str]:
    alignment = summary.get("alignment")
    if not alignment:
        return []
    train, dev = alignment["train"], alignment["dev"]
    return [
        "* Training and dev docs hold the runtime tokens: the gold tokens are joined with "
        f"spaces and re-tokenized by `spacy.blank({summary['language']!r})`, as the benchmark "
        "and `Parser` do (elisions, hyphens, abbreviations and punctuation split off: "
        f"{train['split_tokens'] + dev['split_tokens']} more tokens than the gold ones). "
        f"Gold entities placed on them: train {train['exact']} exact, {train['expanded']} "
        f"widened, {train['lost']} lost of {train['entities']}; dev {dev['exact']} exact, "
        f"{dev['expanded']} widened, {dev['lost']} lost of {dev['entities']}.",
    ]


def _spacy_version() -> str:
    from importlib.metadata import version

    return version("spacy")
