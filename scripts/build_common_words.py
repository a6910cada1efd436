"""Build the common-word lists the entity linker reads (``src/annals/kb/data/common_words/``).

A recogniser trained on Wikipedia text tags many capitalised words that open a
sentence as names ("Stamattina", "Ricordiamo", "Deberíamos", "Donnez"). The
linker drops such a one-word mention when the word is a common word of the
language (:mod:`annals.kb.common_words`). This script writes those words, one
gzipped JSON file per language, from the lemma lookup tables of
``spacy-lookups-data`` 1.0.5 (MIT; see the README beside the data). The package is
98 MB and is no dependency of the project; install it by hand to rebuild::

    pip install spacy-lookups-data==1.0.5
    python scripts/build_common_words.py            # reads the installed package
    python scripts/build_common_words.py --source spacy_lookups_data-1.0.5-py2.py3-none-any.whl

Only words that are rarely names are kept, never nouns or adjectives (surnames
are nouns and adjectives: "Rossi", "Bianchi", "Meloni", "Conti"):

* Italian, whose tables are split by part of speech: adverbs, auxiliaries,
  pronouns, determiners, prepositions, numerals and other closed-class words, and
  verb forms with a verb ending ("-iamo", "-ando", "-ebbero", …) that are no noun
  and no adjective (a past participle may be an adjective: "Arrivato");
* Spanish, Portuguese and French, whose tables map a form to its lemma without a
  part of speech: forms with a verb ending whose lemma is a verb, that is a lemma
  with an infinitive's ending and a first-person plural form in the table
  ("deberíamos" → "deber", so "Quieren" and "Fundada" are verb forms; "Pierre",
  "Estrada" and "Négociations" are not). A
  masculine past participle ("-ado", "-ido", "-é") is left out: Spanish and
  Portuguese surnames and French first names take that shape ("Hurtado",
  "Machado", "René", "Honoré");
* every language: adverbs in "-mente" (it, es, pt), "-ement" (fr) or "-weise"
  (de) are recognised by their ending at run time; the file lists the table's
  words with that ending, which are not adverbs ("clemente", "parlement",
  "Hinweise").

German has only the adverb rule: it capitalises every noun, and its verb forms
("Schulte", "Essen", "Baden") are surnames and places too often.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import re
import sys
import unicodedata
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

VERSION = "spacy-lookups-data 1.0.5"
OUT = Path(__file__).resolve().parent.parent / "src/annals/kb/data/common_words"

_WORD = re.compile(r"^[^\W\d_]{4,}$")  # letters only, four or more


@dataclass(frozen=True)
class Rules:
    """How one language's tables become common words."""

    tables: tuple[str, ...]  # table suffixes read ("" is the plain lemma_lookup table)
    closed: tuple[str, ...] = ()  # POS tables kept whole (closed classes, adverbs)
    verb_endings: tuple[str, ...] = ()
    plural_first_person: tuple[str, ...] = ()  # endings that show a lemma is a verb
    infinitives: tuple[str, ...] = ()  # the endings of a verb's lemma
    participles: tuple[str, ...] = ()  # verb forms kept though also adjectives (Italian)
    adverb_suffix: str = ""


def _endings(words: str) -> tuple[str, ...]:
    return tuple(words.split())


RULES: dict[str, Rules] = {
    "it": Rules(
        tables=_endings("adv aux pron det adp num other verb noun adj"),
        closed=_endings("adv aux pron det adp num other"),
        verb_endings=_endings(
            "iamo iate ano ono ato ata ati ate uto uta uti ute ito ita iti ite ando endo are "
            "ere ire rre ebbe ebbero rono vano vamo ssero ssimo remo ranno"
        ),
        participles=_endings("ato ata ati ate uto uta uti ute ito ita iti ite"),
        adverb_suffix="mente",
    ),
    "es": Rules(
        tables=("",),
        verb_endings=_endings(
            "amos emos imos ada ados adas ida idos idas ando iendo yendo ar er ir aron ieron "
            "ían aban an en ó aría ería iría arían erían irían"
        ),
        plural_first_person=_endings("amos emos imos"),
        infinitives=_endings("ar er ir ír"),
        adverb_suffix="mente",
    ),
    "pt": Rules(
        tables=("",),
        verb_endings=_endings(
            "amos emos imos ada ados adas ida idos idas ando endo indo ar er ir aram eram iram "
            "avam iam ou aria eria iria ariam eriam iriam"
        ),
        plural_first_person=_endings("amos emos imos"),
        infinitives=_endings("ar er ir"),
        adverb_suffix="mente",
    ),
    "fr": Rules(
        tables=("",),
        verb_endings=_endings(
            "ons ez ant ée és ées er ir re aient ait èrent erait eraient erons eront"
        ),
        plural_first_person=("ons",),
        infinitives=_endings("er ir re"),
        adverb_suffix="ement",
    ),
    "de": Rules(tables=("",), adverb_suffix="weise"),
}

Loader = Callable[[str], dict[str, object] | None]


def loader(source: Path | None) -> Loader:
    """Reads ``{name}.json.gz`` (or ``.json``) from a wheel, a data folder or the installed
    package."""
    if source is None:
        spec = importlib.util.find_spec("spacy_lookups_data")
        if spec is None or spec.origin is None:
            sys.exit(
                "spacy_lookups_data is not installed: run `pip install "
                "spacy-lookups-data==1.0.5` or pass --source WHEEL_OR_FOLDER"
            )
        source = Path(spec.origin).parent / "data"
    if source.is_file():
        archive = zipfile.ZipFile(source)
        names = set(archive.namelist())

        def from_wheel(name: str) -> dict[str, object] | None:
            for suffix in (".json.gz", ".json"):
                member = f"spacy_lookups_data/data/{name}{suffix}"
                if member in names:
                    raw = archive.read(member)
                    data = gzip.decompress(raw) if suffix.endswith(".gz") else raw
                    return dict(json.loads(data))
            return None

        return from_wheel
    folder = source / "data" if (source / "data").is_dir() else source

    def from_folder(name: str) -> dict[str, object] | None:
        for suffix in (".json.gz", ".json"):
            path = folder / f"{name}{suffix}"
            if path.is_file():
                opener = gzip.open if suffix.endswith(".gz") else open
                with opener(path, "rt", encoding="utf-8") as handle:
                    return dict(json.load(handle))
        return None

    return from_folder


def _lemma(value: object) -> str:
    """The first lemma of a table value (French values are lists)."""
    if isinstance(value, list):
        return str(value[0]) if value else ""
    return str(value)


def _clean(words: Iterable[str]) -> set[str]:
    return {unicodedata.normalize("NFC", word.lower()) for word in words if _WORD.match(word)}


def common_words(language: str, load: Loader) -> dict[str, object]:
    """The data of one language: its common words and the non-adverbs with the adverb
    ending."""
    rules = RULES[language]
    tables: dict[str, dict[str, object]] = {}
    for suffix in rules.tables:
        name = f"{language}_lemma_lookup" + (f"_{suffix}" if suffix else "")
        table = load(name)
        if table is None:
            sys.exit(f"table {name} not found in the source")
        tables[suffix] = table
    words: set[str] = set()
    for suffix in rules.closed:
        words |= _clean(tables[suffix])
    if "verb" in tables:  # tables split by part of speech
        nouns, adjectives = _clean(tables["noun"]), _clean(tables["adj"])
        for form in _clean(tables["verb"]):
            if not form.endswith(rules.verb_endings) or form in nouns:
                continue
            if form in adjectives and not form.endswith(rules.participles):
                continue
            words.add(form)
    elif rules.verb_endings:
        table = tables[""]
        pairs = [(form.lower(), _lemma(value).lower()) for form, value in table.items()]
        # an infinitive with a first-person plural form ("négociations" is a noun's plural)
        verbs = {
            lemma
            for form, lemma in pairs
            if form.endswith(rules.plural_first_person) and lemma.endswith(rules.infinitives)
        }
        forms = {form for form, lemma in pairs if lemma in verbs} | verbs
        words |= {form for form in _clean(forms) if form.endswith(rules.verb_endings)}
    vocabulary: set[str] = set()
    for table in tables.values():
        vocabulary |= _clean(table)
        vocabulary |= _clean(_lemma(value) for value in table.values())
    not_adverbs: set[str] = set()
    if rules.adverb_suffix:
        not_adverbs = {w for w in vocabulary if w.endswith(rules.adverb_suffix) and w not in words}
    return {
        "language": language,
        "source": VERSION,
        "licence": "MIT (spacy-lookups-data); see README.md in this folder",
        "adverb_suffix": rules.adverb_suffix,
        "not_adverbs": sorted(not_adverbs),
        "words": sorted(words),
    }


def write(data: dict[str, object], out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{data['language']}.json.gz"
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # mtime=0: the same tables give the same bytes
    path.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--source",
        type=Path,
        help="the spacy-lookups-data wheel or its data folder (default: the installed package)",
    )
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--languages", nargs="+", default=sorted(RULES), choices=sorted(RULES))
    args = parser.parse_args(argv)
    load = loader(args.source)
    for language in args.languages:
        data = common_words(language, load)
        path = write(data, args.out)
        print(
            f"{language}: {len(data['words'])} words, "  # type: ignore[arg-type]
            f"{len(data['not_adverbs'])} non-adverbs in -{data['adverb_suffix']}, "  # type: ignore[arg-type]
            f"{path.stat().st_size / 1024:.0f} KiB → {path}"
        )


if __name__ == "__main__":
    main()
