"""The NER training recipe: hyper-parameters (:class:`Recipe`) and the spaCy config built from them.

A blank spaCy pipeline of the language with a hash-embedding ``tok2vec`` (or spaCy's
character embedding) and a transition-based ``ner``; CPU, one thread. Used by
:mod:`annals.nlp.train` and by ``scripts/pretrain_ner_it.py`` (the same tok2vec).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

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
rows = [{rows},{prefix_rows},{affix_rows},{affix_rows}]
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
    prefix_rows: int = 0
    dropout: float = 0.1
    embed: Embedding = "hash"

    @property
    def feature_rows(self) -> int:
        """Hash rows of PREFIX, SUFFIX and SHAPE: ``affix_rows``, else half of ``rows``."""
        return self.affix_rows or max(self.rows // 2, 100)

    @property
    def prefix_feature_rows(self) -> int:
        """Hash rows of PREFIX: ``prefix_rows``, else those of SUFFIX and SHAPE (the rows of
        spaCy's small pipelines, 5000/1000/2500/2500, take tok2vec weights from them)."""
        return self.prefix_rows or self.feature_rows


def build_config(language: str, train_path: Path, dev_path: Path, recipe: Recipe) -> Any:
    """The spaCy training config of the recipe, with corpus paths filled in."""
    from spacy.util import load_config_from_str

    embed = _EMBEDDINGS[recipe.embed].format(
        width=recipe.width,
        rows=recipe.rows,
        affix_rows=recipe.feature_rows,
        prefix_rows=recipe.prefix_feature_rows,
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
