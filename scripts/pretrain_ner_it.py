"""Pretrain the tok2vec of the Italian NER pipeline on raw Italian news text.

spaCy's "characters" objective (a masked language model that predicts the first
and last ``--characters`` characters of each masked word, as ``spacy pretrain``
does) trains the very tok2vec of ``annals.nlp.train``'s recipe (hash embeddings
of NORM/PREFIX/SUFFIX/SHAPE, width 96, 4 maxout CNN layers) on raw text, under a
wall-clock time box; the weights (averaged, as spaCy saves them) go to
``--output``, which ``python -m annals.nlp.train it --init-tok2vec PATH`` starts
from. Nothing is added to the model: same architecture, same size.

Raw text (``--corpora``, default ``../shared/data/corpora``):

* ``dice/dice_italian_crime_news_tokens.jsonl.gz``: 10,372 Italian local news
  articles (CC BY-NC-SA 4.0, github federicarollo/Italian-Crime-News);
* the Italian documents of ``cltls/docs_egypt_libya.jsonl.gz`` (139 news articles
  and blog posts about Egypt and Libya; research use, github MorenoLaQuatra/CL-TLS).

Texts are cut into sentences (a light rule: end punctuation then a capital) of 5
to 120 words, like the sentences the NER trains on. Usage (one thread, niced)::

    OMP_NUM_THREADS=1 nice -n 10 python scripts/pretrain_ner_it.py --minutes 35 \\
        --output /tmp/nerit/tok2vec.bin
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import os
import random
import re
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

logger = logging.getLogger("pretrain_ner_it")

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = ROOT.parent / "shared" / "data" / "corpora"
DICE = Path("dice") / "dice_italian_crime_news_tokens.jsonl.gz"
CLTLS = Path("cltls") / "docs_egypt_libya.jsonl.gz"

#: A sentence ends at . ! ? (maybe closed by a quote or bracket) before a capital or a quote.
_SENTENCE_END = re.compile(r"(?<=[.!?])[»”\"')]?\s+(?=[«“\"(A-ZÀ-Ý])")
MIN_WORDS = 5
MAX_WORDS = 120

#: The raw text, as the model card describes it.
CORPORA: tuple[dict[str, str], ...] = (
    {
        "path": str(DICE),
        "what": "10,372 Italian local news articles (github federicarollo/Italian-Crime-News)",
        "licence": "DICE: CC BY-NC-SA 4.0",
    },
    {
        "path": str(CLTLS),
        "what": "its 139 Italian documents, news articles and blog posts about Egypt and Libya "
        "(github MorenoLaQuatra/CL-TLS)",
        "licence": "CL-TLS: research use, no licence stated",
    },
)


def read_texts(corpora: Path) -> list[str]:
    """The Italian texts of the DICE corpus and of CL-TLS (documents whose lang is it)."""
    texts: list[str] = []
    for name in (DICE, CLTLS):
        with gzip.open(corpora / name, "rt", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if record.get("lang", "it") == "it" and record.get("text"):
                    texts.append(record["text"])
    return texts


def sentences(texts: Sequence[str]) -> list[str]:
    """Sentences of ``MIN_WORDS`` to ``MAX_WORDS`` words (longer ones cut) of the texts."""
    found: list[str] = []
    for text in texts:
        for paragraph in text.splitlines():
            for sentence in _SENTENCE_END.split(paragraph.strip()):
                words = sentence.split()
                for start in range(0, len(words), MAX_WORDS):
                    chunk = words[start : start + MAX_WORDS]
                    if len(chunk) >= MIN_WORDS:
                        found.append(" ".join(chunk))
    return found


def _batches(
    nlp: Any, texts: list[str], words_per_batch: int, rng: random.Random
) -> Iterator[list[Any]]:
    """Endless shuffled batches of docs of about ``words_per_batch`` tokens."""
    while True:
        rng.shuffle(texts)
        batch: list[Any] = []
        size = 0
        for text in texts:
            doc = nlp.make_doc(text)
            batch.append(doc)
            size += len(doc)
            if size >= words_per_batch:
                yield batch
                batch, size = [], 0


def _save(model: Any, optimizer: Any, output: Path) -> None:
    """The tok2vec weights (averaged) to ``output``, atomically."""
    with model.use_params(optimizer.averages):
        data = model.get_ref("tok2vec").to_bytes()
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".partial")
    partial.write_bytes(data)
    partial.replace(output)


def pretrain(
    texts: list[str],
    output: Path,
    minutes: float,
    *,
    characters: int = 4,
    words_per_batch: int = 3000,
    dropout: float = 0.2,
    learn_rate: float = 0.001,
    save_minutes: float = 5.0,
    seed: int = 0,
) -> dict[str, Any]:
    """Train the recipe's Italian tok2vec on ``texts`` for ``minutes``; save it to ``output``."""
    from spacy.training.pretrain import create_pretraining_model, make_update
    from spacy.util import load_model_from_config, registry
    from thinc.api import fix_random_seed

    from annals.nlp.train import Recipe, build_config

    fix_random_seed(seed)
    config = build_config("it", Path("unused.spacy"), Path("unused.spacy"), Recipe(seed=seed))
    nlp = load_model_from_config(config, auto_fill=True)
    settings = {
        "component": "tok2vec",
        "layer": "",
        "dropout": dropout,
        "objective": registry.resolve(
            {
                "objective": {
                    "@architectures": "spacy.PretrainCharacters.v1",
                    "maxout_pieces": 3,
                    "hidden_size": 300,
                    "n_characters": characters,
                }
            }
        )["objective"],
    }
    model = create_pretraining_model(nlp, settings)
    optimizer = registry.resolve(
        {
            "optimizer": {
                "@optimizers": "Adam.v1",
                "learn_rate": learn_rate,
                "L2": 0.01,
                "L2_is_weight_decay": True,
                "grad_clip": 1.0,
                "use_averages": True,
            }
        }
    )["optimizer"]
    objective = model.attrs["loss"]
    rng = random.Random(seed)
    corpus_words = sum(len(text.split()) for text in texts)
    logger.info(
        "pretraining on %d sentences (%d words) for %.1f min", len(texts), corpus_words, minutes
    )
    started = last_save = last_log = time.monotonic()
    steps = words = 0
    window_loss = 0.0
    window_words = 0
    for batch in _batches(nlp, list(texts), words_per_batch, rng):
        loss = make_update(model, batch, optimizer, objective)
        steps += 1
        batch_words = sum(len(doc) for doc in batch)
        words += batch_words
        window_loss += loss
        window_words += batch_words
        now = time.monotonic()
        if now - last_log >= 60.0:
            logger.info(
                "%.1f min: %d updates, %d words (%.2f epochs), loss/word %.3f, %.0f words/s",
                (now - started) / 60.0,
                steps,
                words,
                words / corpus_words,
                window_loss / max(window_words, 1),
                words / (now - started),
            )
            window_loss, window_words, last_log = 0.0, 0, now
        if now - last_save >= save_minutes * 60.0:
            _save(model, optimizer, output)
            last_save = now
        if now - started >= minutes * 60.0:
            break
    _save(model, optimizer, output)
    summary = {
        "output": str(output),
        "minutes": round((time.monotonic() - started) / 60.0, 1),
        "updates": steps,
        "words_seen": words,
        "epochs": round(words / corpus_words, 2),
        "sentences": len(texts),
        "corpus_words": corpus_words,
        "max_minutes": minutes,
        "objective": f"n_characters={characters}, 15% of the words masked",
        "corpora": list(CORPORA),
    }
    output.with_suffix(".json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    logger.info("done: %s", summary)
    return summary


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=35.0, help="wall-clock time box")
    parser.add_argument("--output", type=Path, required=True, help="weights file to write")
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--characters", type=int, default=4, help="n_characters of the objective")
    parser.add_argument("--learn-rate", type=float, default=0.001)
    parser.add_argument("--seed", type=int, default=0)
    arguments = parser.parse_args(argv)
    for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    texts = sentences(read_texts(arguments.corpora))
    pretrain(
        texts,
        arguments.output,
        arguments.minutes,
        characters=arguments.characters,
        learn_rate=arguments.learn_rate,
        seed=arguments.seed,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
