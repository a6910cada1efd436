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
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any, Literal

from annals.errors import ConfigurationError, ModelLoadError
from annals.nlp.ner_data import (
    CHECKPOINT_REMAINDER,
    SCORED_LABELS,
    TaggedSentence,
    gold_spans,
    read_ner_file,
    split_checkpoint,
    split_tail,
)

logger = logging.getLogger(__name__)

#: Languages the recipe covers: WikiNEuRal has a validation split for each.
TRAINABLE_LANGUAGES: tuple[str, ...] = ("it", "de", "es", "nl", "pt", "pl", "ru", "en", "fr")

#: Where packaged models live (``annals/nlp/models/<lang>``).
MODELS_DIR = Path(__file__).resolve().parent / "models"

_CONFIG = """
[paths]
train = null
dev = null

[system]
seed = {seed}
gpu_allocator = null

[nlp]
lang = "{lang}"
pipeline = ["tok2vec","ner"]
batch_size = 256

[components]

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"

[components.tok2vec.model.embed]
{embed}

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = {width}
depth = {depth}
window_size = 1
maxout_pieces = 3

[components.ner]
factory = "ner"

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 64
maxout_pieces = 2
use_upper = true
nO = null

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = {width}
upstream = "*"

[corpora]

[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${{paths.train}}
max_length = 0

[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${{paths.dev}}
max_length = 0

[training]
seed = ${{system.seed}}
gpu_allocator = null
dropout = {dropout}
accumulate_gradient = 1
patience = 0
max_epochs = 0
max_steps = 0
eval_frequency = {eval_frequency}
frozen_components = []
annotating_components = []
dev_corpus = "corpora.dev"
train_corpus = "corpora.train"
before_to_disk = null
before_update = null

[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2
get_length = null

[training.batcher.size]
@schedules = "compounding.v1"
start = 100
stop = 1000
compound = 1.001
t = 0.0

[training.logger]
@loggers = "spacy.ConsoleLogger.v1"
progress_bar = false

[training.optimizer]
@optimizers = "Adam.v1"
beta1 = 0.9
beta2 = 0.999
L2_is_weight_decay = true
L2 = 0.01
grad_clip = 1.0
use_averages = true
eps = 0.00000001
learn_rate = {learn_rate}

[training.score_weights]
ents_f = 1.0
ents_p = 0.0
ents_r = 0.0
ents_per_type = null

[initialize]
vectors = null
init_tok2vec = null
vocab_data = null
lookups = null
before_init = null
after_init = null

[initialize.components]

[initialize.tokenizer]
"""

#: The ``tok2vec`` embedding layers a recipe can choose (``Recipe.embed``).
_EMBEDDINGS = {
    "hash": """@architectures = "spacy.MultiHashEmbed.v2"
width = {width}
attrs = ["NORM","PREFIX","SUFFIX","SHAPE"]
rows = [{rows},{affix_rows},{affix_rows},{affix_rows}]
include_static_vectors = false""",
    "characters": """@architectures = "spacy.CharacterEmbed.v2"
width = {width}
rows = {rows}
nM = {character_width}
nC = {characters}
include_static_vectors = false
feature = "NORM"
""",
}

#: UTF-8 bytes of each word that ``embed="characters"`` embeds (half from each end:
#: 4 Cyrillic or Greek letters, 8 Latin ones) and the width of each byte's vector.
CHARACTER_BYTES = 16
CHARACTER_WIDTH = 32

Embedding = Literal["hash", "characters"]


@dataclass(frozen=True, slots=True)
class Recipe:
    """Hyper-parameters of the small pipeline and the mix of its training data.

    ``general_weight`` and ``news_weight`` are how many times the WikiNEuRal
    training part and the KIND WN (news) training part appear in the training
    set: oversampling news moves the model towards KIND's conventions (lower-case
    institutions such as "governo" and "polizia" are ORG; a country acting as a
    political actor is ORG), which WikiNEuRal does not follow. ``general_weight``
    0 trains on KIND alone (a fine-tuning phase with ``--resume``); the dev set
    keeps the WikiNEuRal held-out part either way. A lower ``learn_rate`` suits a
    phase that resumes from a trained model (Adam restarts from zero state).
    """

    width: int = 96
    depth: int = 4
    rows: int = 5000
    eval_frequency: int = 400
    seed: int = 0
    general_weight: int = 1
    news_weight: int = 1
    learn_rate: float = 0.001
    affix_rows: int = 0
    dropout: float = 0.1
    embed: Embedding = "hash"

    @property
    def feature_rows(self) -> int:
        """Hash rows of PREFIX, SUFFIX and SHAPE: ``affix_rows``, else half of ``rows``."""
        return self.affix_rows or max(self.rows // 2, 100)


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


def build_config(language: str, train_path: Path, dev_path: Path, recipe: Recipe) -> Any:
    """The spaCy training config of the recipe, with corpus paths filled in."""
    from spacy.util import load_config_from_str

    embed = _EMBEDDINGS[recipe.embed].format(
        width=recipe.width,
        rows=recipe.rows,
        affix_rows=recipe.feature_rows,
        character_width=CHARACTER_WIDTH,
        characters=CHARACTER_BYTES,
    )
    text = _CONFIG.format(
        lang=language,
        width=recipe.width,
        depth=recipe.depth,
        embed=embed,
        dropout=recipe.dropout,
        eval_frequency=recipe.eval_frequency,
        seed=recipe.seed,
        learn_rate=recipe.learn_rate,
    )
    config = load_config_from_str(text)
    config["paths"]["train"] = str(train_path)
    config["paths"]["dev"] = str(dev_path)
    return config


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
        summary = _train_in(
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


def _train_in(
    language: str,
    output: Path,
    limits: tuple[float, int, Path | None],
    recipe: Recipe,
    corpus: tuple[list[TaggedSentence], list[TaggedSentence], list[str]],
    work: Path,
    *,
    init_tok2vec: Path | None = None,
) -> dict[str, Any]:
    import spacy
    from spacy.training.initialize import init_nlp
    from thinc.api import fix_random_seed

    train, dev, sources = corpus
    max_minutes, max_steps, resume_from = limits
    try:
        blank = spacy.blank(language)
    except Exception as error:
        raise ModelLoadError(f"spaCy has no blank pipeline for {language!r}: {error}") from error
    alignment = {
        "train": asdict(write_docbin(blank, train, work / "train.spacy")),
        "dev": asdict(write_docbin(blank, dev, work / "dev.spacy")),
    }
    logger.info("gold entities on the runtime tokens: %s", alignment)
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
        "recipe": {
            "width": recipe.width,
            "depth": recipe.depth,
            "rows": recipe.rows,
            "embed": recipe.embed,
            "affix_rows": recipe.feature_rows,
            "dropout": recipe.dropout,
            "general_weight": recipe.general_weight,
            "news_weight": recipe.news_weight,
            "learn_rate": recipe.learn_rate,
        },
        "resumed_from": str(resume_from) if resume_from else None,
        "pretrained_tok2vec": _pretraining_summary(init_tok2vec) if init_tok2vec else None,
        "tokens": "runtime (spacy.blank tokenizer over the space-joined gold tokens)",
        "alignment": alignment,
        **best,
        "size_bytes": _folder_size(output),
    }
    logger.info("%s NER done: %s", language, summary)
    return summary


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
    import json

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


def _folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


_LICENCE = """\
**Research and non-commercial use only.** The training data are licensed for
non-commercial use: KIND under CC BY-NC 4.0, WikiNEuRal under CC BY-NC-SA 4.0;
this model is a derivative of them and is distributed under CC BY-NC-SA 4.0.
Do not use it in a commercial product or service."""


def write_model_card(output: Path, evaluation: Sequence[str] = ()) -> Path:
    """Write ``MODEL_CARD.md`` next to a trained model from its ``training.json``."""
    import json

    summary = json.loads((output / "training.json").read_text(encoding="utf-8"))
    card = output / "MODEL_CARD.md"
    card.write_text("\n".join(_card_lines(summary, evaluation)) + "\n", encoding="utf-8")
    return card


def _card_lines(summary: dict[str, Any], evaluation: Sequence[str]) -> list[str]:
    language = summary["language"]
    per_type = ", ".join(f"{k} {v:.3f}" for k, v in summary.get("dev_per_type", {}).items())
    recipe = summary["recipe"]
    pretrained = summary.get("pretrained_tok2vec")
    return [
        f"# annals-ner-{language}",
        "",
        f"Named-entity recogniser for **{language}** (PER, ORG, LOC), used by "
        "`annals.nlp.parser.Parser` when no spaCy pipeline for the language is installed.",
        "",
        "## Licence",
        "",
        _LICENCE + _pretraining_licence(pretrained),
        "",
        "## Model",
        "",
        f"* spaCy {_spacy_version()} pipeline: the rule-based tokenizer of "
        f"`spacy.blank({language!r})`, `tok2vec` ("
        f"{_embedding_description(recipe)}, width {recipe['width']}, "
        f"{recipe['depth']} maxout CNN layers, "
        + (
            "no static vectors; its weights start from a pretraining on raw text, see Data"
            if pretrained
            else "no pretrained vectors"
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
        "",
        "## Data",
        "",
        *[f"* `shared/data/ner/{source}`" for source in summary["sources"]],
        f"* {summary['train_sentences']} training sentences ({summary['train_words']} words), "
        f"{summary['dev_sentences']} dev sentences (checkpoint selection). "
        + _holdout_text(summary),
        *_alignment_lines(summary),
        *_pretraining_lines(pretrained),
        "",
        "## Training",
        "",
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
        "",
        "## Scores (dev, entity-level exact span, PER/ORG/LOC)",
        "",
        f"* Precision {summary['dev_precision']:.3f}, recall {summary['dev_recall']:.3f}, "
        f"**F1 {summary['dev_f1']:.3f}** ({per_type}).",
        *evaluation,
        "",
        "## Limitations",
        "",
        "* WikiNEuRal is silver data (automatically annotated Wikipedia); the domain differs "
        "from news, and the Wikipedia-heavy dev set flatters encyclopaedic sentences.",
        "* Trained under a short time box "
        + (
            "(the tok2vec pretrained on a few million words of local crime and Middle East news, "
            "no static vectors)"
            if pretrained
            else "without pretrained vectors"
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
    return options


def _embedding_description(recipe: dict[str, Any]) -> str:
    if recipe.get("embed") == "characters":
        return (
            f"a hash embedding of NORM, {recipe['rows']} rows, beside {CHARACTER_WIDTH}-wide "
            f"vectors of the first and last {CHARACTER_BYTES // 2} UTF-8 bytes of each word "
            "(spaCy's CharacterEmbed: stems and endings of inflected words)"
        )
    affix = recipe.get("affix_rows") or max(recipe["rows"] // 2, 100)
    return (
        f"hash embeddings of NORM/PREFIX/SUFFIX/SHAPE, {recipe['rows']} rows for NORM and "
        f"{affix} each for PREFIX, SUFFIX and SHAPE"
    )


def _pretraining_licence(pretrained: dict[str, Any] | None) -> str:
    if not pretrained or not pretrained.get("corpora"):
        return ""
    licences = "; ".join(corpus["licence"] for corpus in pretrained["corpora"])
    return f"\nIts tok2vec was pretrained on raw text ({licences}): see Data."


def _pretraining_lines(pretrained: dict[str, Any] | None) -> list[str]:
    if not pretrained:
        return []
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


def _previous(output: Path, *keys: str) -> float:
    """A figure of the model being resumed (its ``training.json``), or 0."""
    import json

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
    import json

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
    import json

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
    import json

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
    (partial / "training.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    write_model_card(partial)
    if output.exists():
        shutil.rmtree(output)
    partial.rename(output)
    summary["size_bytes"] = _folder_size(output)
    return summary


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m annals.nlp.train LANG [--minutes N] [--resume | --init-tok2vec PATH]``."""
    import argparse

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
        "--embed",
        choices=("hash", "characters"),
        default=None,
        help="tok2vec embedding: hash (NORM/PREFIX/SUFFIX/SHAPE, default) or characters "
        "(NORM and the bytes at both ends of each word)",
    )
    parser.add_argument(
        "--dropout", type=float, default=None, help="dropout while training (default 0.1)"
    )
    arguments = parser.parse_args(argv)
    if arguments.init_tok2vec is not None and arguments.resume:
        parser.error("--init-tok2vec starts a new model: it cannot go with --resume")
    recipe = Recipe()
    for field in ("width", "depth", "rows", "affix_rows"):
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
