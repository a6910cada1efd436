"""``scripts/build_common_words.py`` on tiny fake lemma tables, in a folder and in a wheel."""

from __future__ import annotations

import gzip
import json
import runpy
import zipfile
from pathlib import Path
from typing import Any

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_common_words.py"

ITALIAN = {
    "adv": {"stamattina": "stamattina", "raramente": "raramente"},
    "aux": {"dovrebbero": "dovere"},
    "pron": {"loro": "loro"},
    "det": {},
    "adp": {},
    "num": {"cento": "cento"},
    "other": {"(o_O)": "(o_O)"},
    "verb": {
        "ricordiamo": "ricordare",
        "lasciando": "lasciare",
        "arrivato": "arrivare",  # also an adjective: a participle stays
        "morsi": "mordere",  # also a noun
        "presto": "prestare",  # also an adjective, no participle: only as an adverb
        "conti": "contare",  # no verb ending
        "avvenire": "avvenire",  # also a noun
    },
    "noun": {"morsi": "morso", "avvenire": "avvenire", "draghi": "drago", "clemente": "x"},
    "adj": {"arrivato": "arrivato", "presto": "presto", "rossi": "rosso"},
}
SPANISH = {
    "deberíamos": "deber",
    "quieren": "querer",
    "fundada": "fundar",
    "hurtado": "hurtar",  # a masculine participle: left out
    "estradas": "estrada",  # no verb has this lemma
    "mercado": "mercar",
    "mente": "mente",
}


def _build(*argv: str) -> None:
    """Runs the script's ``main`` with these arguments."""
    runpy.run_path(str(SCRIPT))["main"](list(argv))


def _tables() -> dict[str, dict[str, str]]:
    tables = {f"it_lemma_lookup_{pos}": table for pos, table in ITALIAN.items()}
    tables["es_lemma_lookup"] = SPANISH
    return tables


def _folder(root: Path) -> Path:
    data = root / "spacy_lookups_data" / "data"
    data.mkdir(parents=True)
    for name, table in _tables().items():
        (data / f"{name}.json.gz").write_bytes(gzip.compress(json.dumps(table).encode()))
    return root / "spacy_lookups_data"


def _read(path: Path) -> dict[str, Any]:
    return dict(json.loads(gzip.decompress(path.read_bytes())))


def test_build_common_words_italian_keeps_closed_classes_and_verb_forms(tmp_path: Path) -> None:
    _build("--source", str(_folder(tmp_path)), "--out", str(tmp_path / "out"), "--languages", "it")
    data = _read(tmp_path / "out" / "it.json.gz")
    assert data["words"] == [
        "arrivato", "cento", "dovrebbero", "lasciando", "loro", "raramente", "ricordiamo",
        "stamattina",
    ]  # fmt: skip
    assert data["adverb_suffix"] == "mente"
    assert data["not_adverbs"] == ["clemente"]
    assert data["source"] == "spacy-lookups-data 1.0.5"


def test_build_common_words_spanish_keeps_forms_of_verbs(tmp_path: Path) -> None:
    # lemmas with a first-person plural form are verbs
    tables = {"es_lemma_lookup": {**SPANISH, "queremos": "querer", "fundamos": "fundar"}}
    wheel = tmp_path / "spacy_lookups_data-1.0.5-py2.py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        for name, table in tables.items():
            archive.writestr(
                f"spacy_lookups_data/data/{name}.json.gz", gzip.compress(json.dumps(table).encode())
            )
    _build("--source", str(wheel), "--out", str(tmp_path), "--languages", "es")
    data = _read(tmp_path / "es.json.gz")
    # "deberíamos" alone shows "deber" is a verb; "mercar" has no such form here
    assert data["words"] == [
        "deber", "deberíamos", "fundada", "fundamos", "fundar", "queremos", "querer", "quieren",
    ]  # fmt: skip
    assert data["not_adverbs"] == ["mente"]


def test_build_common_words_is_reproducible(tmp_path: Path) -> None:
    source = str(_folder(tmp_path))
    for out in ("a", "b"):
        _build("--source", source, "--out", str(tmp_path / out), "--languages", "it")
    assert (tmp_path / "a" / "it.json.gz").read_bytes() == (
        tmp_path / "b" / "it.json.gz"
    ).read_bytes()


def test_build_common_words_missing_table_says_so(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    with pytest.raises(SystemExit, match="it_lemma_lookup_adv"):
        _build("--source", str(tmp_path), "--out", str(tmp_path), "--languages", "it")
