"""The GeoNames city table (``annals/kb/data/places.tsv.gz``) and the script that builds it."""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from annals.errors import ModelLoadError
from annals.kb.places import City, _load, city_named, places_table
from annals.kb.text import alias_key

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_kb_places.py"


def _city(name: str) -> City | None:
    return city_named(alias_key(name))


def test_milan_in_four_languages_is_one_italian_city() -> None:
    cities = {_city(name) for name in ("Milano", "Milan", "Mailand", "Milán")}
    assert len(cities) == 1
    (milan,) = cities
    assert milan is not None
    assert milan.country == "ITA"
    assert milan.name == "Milan"


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Culiacán", "MEX"),
        ("Culiacan", "MEX"),
        ("Zliten", "LBY"),
        ("Misurata", "LBY"),
        ("Misrata", "LBY"),
        ("Bengasi", "LBY"),
        ("Tripoli", "LBY"),  # Lebanon's Tripoli is less than a third its size
        ("Buffalo", "USA"),
        ("Москва", "RUS"),
        ("Ciudad de México", "MEX"),
    ],
)
def test_a_city_name_gives_its_country(name: str, country: str) -> None:
    city = _city(name)
    assert city is not None
    assert city.country == country


def test_spellings_of_one_city_share_it() -> None:
    assert _city("Misurata") == _city("Misrata") == _city("Misratah")
    assert _city("Bengasi") == _city("Benghazi")


@pytest.mark.parametrize(
    "name",
    [
        "Valencia",  # Venezuela's and Spain's
        "Mexico",  # a country's name, not its capital
        "Kuwait",
        "Djibouti",
        "yesterday",
        "Ieri",
    ],
)
def test_ambiguous_country_and_common_names_give_nothing(name: str) -> None:
    assert _city(name) is None


def test_the_table_is_loaded_once() -> None:
    assert places_table() is places_table()
    assert len(places_table()) > 100_000


def test_a_corrupt_file_raises_a_clear_error(tmp_path: Path) -> None:
    garbage = tmp_path / "places.tsv.gz"
    garbage.write_bytes(b"not gzip at all")
    with pytest.raises(ModelLoadError, match=r"places\.tsv\.gz.*build_kb_places\.py"):
        _load(garbage, str(garbage))


def test_a_broken_line_names_its_number(tmp_path: Path) -> None:
    table = tmp_path / "places.tsv.gz"
    table.write_bytes(gzip.compress(b"# header\n1\tA\tITA\t100\ta\n2\tB\tITA\tmany\tb\n"))
    with pytest.raises(ModelLoadError, match="line 3"):
        _load(table, str(table))


def test_a_missing_file_raises_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError, match="cannot be read"):
        _load(tmp_path / "absent.tsv.gz")


# ---------------------------------------------------------------- the build script


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_kb_places", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _row(
    geonameid: int, name: str, country: str, population: int, *alternates: str
) -> dict[str, object]:
    return {
        "geonameid": geonameid,
        "name": name,
        "countrycode": country,
        "population": population,
        "alternatenames": list(alternates),
    }


def test_the_script_ranks_filters_and_drops_ambiguous_keys(tmp_path: Path) -> None:
    rows = [
        _row(1, "Valencia", "ES", 800_000, "València"),
        _row(2, "Valencia", "VE", 1_600_000),
        _row(3, "Tripoli", "LY", 1_300_000, "Tarabulus", "TIP", "Trípoli 2", "ṭrābls", "Ṭarābulus"),
        _row(4, "Tripoli", "LB", 230_000),
        _row(5, "Big Town", "LY", 5_000_000, "Tripoli"),  # an alternate never beats a primary
        _row(6, "Ciudad de México", "MX", 12_000_000, "Mexico", "Mexico City"),
        _row(7, "Hamlet", "ES", 900),  # under the population threshold
        _row(8, "Nowhere", "ZZ", 50_000),  # a country code mledoze lacks
        _row(9, "Virginia", "ZA", 120_000),  # a state's name is the state's
        _row(10, "Richmond", "US", 230_000) | {"admin1code": "VA"},
        _row(11, "Norfolk", "US", 240_000) | {"admin1code": "VA"},
    ]
    source = tmp_path / "cities.json"
    source.write_text(json.dumps({str(row["geonameid"]): row for row in rows}), "utf-8")
    countries = tmp_path / "countries.json"
    codes = [("ES", "ESP"), ("VE", "VEN"), ("LY", "LBY"), ("LB", "LBN"), ("MX", "MEX")]
    codes += [("ZA", "ZAF"), ("US", "USA")]
    countries.write_text(json.dumps([{"cca2": a, "cca3": b} for a, b in codes]), "utf-8")
    states = {"VA": {"code": "VA", "name": "Virginia", "geonameid": 6254928}}
    (tmp_path / "us_states.json").write_text(json.dumps(states), "utf-8")
    out = tmp_path / "places.tsv.gz"
    args = ["--source", str(source), "--countries", str(countries), "--out", str(out)]
    assert _script().main(args) == 0

    first = out.read_bytes()
    lines = gzip.decompress(first).decode("utf-8").splitlines()
    assert lines[0].startswith("# GeoNames (https://www.geonames.org), CC BY 4.0")
    # Valencia: two cities of the same kind in two countries, neither below a third of the
    # other; Tripoli: Lebanon's is too small to compete; codes, digits, lower-case
    # transliterations and the name of a country are no keys; a US state, read from the file
    # beside the cities, has the people of its towns and keeps its name from any town
    assert lines[1:] == [
        "3\tTripoli\tLBY\t1300000\ttarabulus|tripoli",
        "5\tBig Town\tLBY\t5000000\tbig town",
        "6\tCiudad de México\tMEX\t12000000\tciudad de mexico|mexico city",
        "10\tRichmond\tUSA\t230000\trichmond",
        "11\tNorfolk\tUSA\t240000\tnorfolk",
        "6254928\tVirginia\tUSA\t470000\tvirginia",
    ]
    assert _load(out, str(out))["tarabulus"].geonameid == 3

    assert _script().main(args) == 0
    assert out.read_bytes() == first  # the same data give the same bytes
