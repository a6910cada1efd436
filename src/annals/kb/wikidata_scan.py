"""Reading a Wikidata dump for ``annals kb import wikidata``: what to keep
(:class:`ImportOptions`) and the one pass over the dump (:func:`scan_dump`).

People, organisations and places with a label in one of the configured languages
are spooled to a file, one JSON record a line (:func:`read_spool` reads them back);
positions (the values of P39 "position held"), ISO 3166-1 alpha-3 codes (P298) and
country names are kept in small tables (:class:`Scan`).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from annals.errors import ConfigurationError, InputError
from annals.kb.text import normalise_alias
from annals.kb.wikidata_dump import (
    MULTILINGUAL,
    BadLine,
    DumpEntity,
    datavalue,
    item_id,
    item_ids,
    language_names,
    qualifier_snaks,
    qualifier_time,
    read_dump,
    statements,
    string_value,
    wikidata_time,
)

DEFAULT_LANGUAGES = ("en", "it", "fr", "de", "es", "ru")

PERSON_CLASSES = frozenset({"Q5"})  # human
ORGANISATION_CLASSES = frozenset(
    {
        "Q43229",  # organization
        "Q484652",  # international organization
        "Q245065",  # intergovernmental organization
        "Q1127126",  # military alliance
        "Q4830453",  # business
        "Q783794",  # company
        "Q891723",  # public company
        "Q6881511",  # enterprise
        "Q7278",  # political party
        "Q327333",  # government agency
        "Q2659904",  # government organization
        "Q192283",  # news agency
        "Q17149090",  # armed organization
    }
)
PLACE_CLASSES = frozenset(
    {
        "Q6256",  # country
        "Q3624078",  # sovereign state
        "Q515",  # city
        "Q1549591",  # big city
        "Q1637706",  # city with millions of inhabitants
        "Q5119",  # capital
    }
)
COUNTRY_CLASSES = frozenset({"Q6256", "Q3624078"})
POSITION_CLASSES = frozenset(
    {
        "Q4164871",  # position
        "Q294414",  # public office
        "Q114962596",  # historical position
    }
)

PROBE_LINES = 100  # this many bad lines before any entity: not a Wikidata dump
BAD_LINE_SAMPLES = 5
PROGRESS_EVERY = 100_000

_ISO3 = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """What to keep from a dump. Class sets hold P31 values (no subclass closure)."""

    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    person_classes: frozenset[str] = PERSON_CLASSES
    organisation_classes: frozenset[str] = ORGANISATION_CLASSES
    place_classes: frozenset[str] = PLACE_CLASSES
    min_sitelinks: int = 1  # Wikipedia (or other) pages an entity needs; 0 keeps all

    def __post_init__(self) -> None:
        if not self.languages or not all(re.fullmatch(r"[a-z-]{2,12}", x) for x in self.languages):
            raise ConfigurationError(
                f"languages {self.languages!r} must be a non-empty list of Wikidata language "
                "codes such as en,it,fr"
            )
        classes = (*self.person_classes, *self.organisation_classes, *self.place_classes)
        bad = [item for item in classes if not re.fullmatch(r"Q[1-9]\d*", item)]
        if bad:
            raise ConfigurationError(f"class ids {bad} are not Wikidata item ids like Q5")
        if self.min_sitelinks < 0:
            raise ConfigurationError(f"min_sitelinks {self.min_sitelinks} must be 0 or more")


def _needles(options: ImportOptions) -> tuple[bytes, ...]:
    classes = (
        options.person_classes
        | options.organisation_classes
        | options.place_classes
        | POSITION_CLASSES
    )
    return (
        *(f'"id":"{item}"'.encode() for item in sorted(classes)),
        b'"P298"',
        b'"P1001"',
        b'"P2389"',
        b'": ',  # pretty-printed JSON: cannot be pre-filtered, always parsed
    )


@dataclass(frozen=True, slots=True)
class Position:
    """A position item (an office): its label, where and of what it is held, its
    superclasses."""

    label: str
    jurisdiction: str | None
    country: str | None  # P17
    organisations: tuple[str, ...]
    superclasses: tuple[str, ...]


@dataclass(slots=True)
class Scan:
    """Tables and counts gathered while reading the dump."""

    positions: dict[str, Position] = field(default_factory=dict)
    iso3: dict[str, str] = field(default_factory=dict)  # QID → ISO alpha-3
    state_names: dict[str, frozenset[str]] = field(default_factory=dict)  # QID → names
    read: int = 0
    kept: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    bad: int = 0
    bad_samples: list[BadLine] = field(default_factory=list)


def _classify(p31: Sequence[str], options: ImportOptions) -> str | None:
    classes = set(p31)
    if classes & options.person_classes:
        return "PERSON"
    if classes & options.place_classes:
        return "GPE"
    if classes & options.organisation_classes:
        return "ORG"
    return None


def first_label(labels: Mapping[str, list[str]], languages: Sequence[str]) -> str | None:
    """The English label, else the first in ``languages``, else the multilingual one."""
    for lang in ("en", *languages, MULTILINGUAL):
        if labels.get(lang):
            return labels[lang][0]
    return None


def _collect_tables(
    qid: str,
    entity: Mapping[str, Any],
    claims: Mapping[str, Any],
    p31: Sequence[str],
    scan: Scan,
    options: ImportOptions,
) -> None:
    code = string_value(claims, "P298")
    if code and _ISO3.match(code.upper()):
        scan.iso3[qid] = code.upper()
        labels = language_names(entity, "labels", options.languages)
        aliases = language_names(entity, "aliases", options.languages)
        scan.state_names[qid] = frozenset(
            normalise_alias(name)
            for group in (labels, aliases)
            for ns in group.values()
            for name in ns
        )
    if set(p31) & POSITION_CLASSES or ("P1001" in claims and "P279" in claims) or "P2389" in claims:
        label = first_label(language_names(entity, "labels", ("en",)), ())
        label = label or first_label(
            language_names(entity, "labels", options.languages), options.languages
        )
        if label:
            jurisdiction = item_ids(claims, "P1001")
            country = item_ids(claims, "P17")
            scan.positions[qid] = Position(
                label,
                jurisdiction[0] if jurisdiction else None,
                country[0] if country else None,
                tuple((item_ids(claims, "P2389") + item_ids(claims, "P361"))[:4]),
                tuple(item_ids(claims, "P279")[:5]),
            )


def _spool_record(
    qid: str,
    kind: str,
    entity: Mapping[str, Any],
    claims: Mapping[str, Any],
    p31: Sequence[str],
    labels: dict[str, list[str]],
    options: ImportOptions,
) -> dict[str, Any]:
    country_prop = "P27" if kind == "PERSON" else "P17"
    countries = item_ids(claims, country_prop)
    death = next(
        (
            d
            for s in statements(claims, "P570")
            if (d := wikidata_time(datavalue(s.get("mainsnak"))))
        ),
        None,
    )
    roles = []
    if kind == "PERSON":
        for statement in statements(claims, "P39"):
            position = item_id(statement.get("mainsnak"))
            if position is None:
                continue
            start, _ = qualifier_time(statement, "P580")
            end, end_unknown = qualifier_time(statement, "P582")
            where = [
                item_id(s) for p in ("P1001", "P17", "P642") for s in qualifier_snaks(statement, p)
            ]
            roles.append(
                {
                    "p": position,
                    "from": start,
                    "to": end,
                    "to_unknown": end_unknown,
                    "j": next((w for w in where if w), None),
                }
            )
    sitelinks = entity.get("sitelinks")
    return {
        "q": qid,
        "t": kind,
        "labels": labels,
        "aliases": language_names(entity, "aliases", options.languages),
        "links": len(sitelinks) if isinstance(sitelinks, dict) else 0,
        "country": countries[0] if countries else None,
        "iso3": (string_value(claims, "P298") or "").upper() or None,
        "is_country": bool(set(p31) & COUNTRY_CLASSES),
        "death": death,
        "roles": roles,
    }


def _scan_entity(item: DumpEntity, scan: Scan, options: ImportOptions, spool: IO[str]) -> None:
    entity = item.data
    qid = entity.get("id")
    if not entity:
        scan.skipped["not a person, organisation or place"] += 1
        return
    if entity.get("type") != "item" or not isinstance(qid, str) or not qid.startswith("Q"):
        scan.skipped["not an item (property or lexeme)"] += 1
        return
    claims = entity.get("claims")
    claims = claims if isinstance(claims, dict) else {}
    p31 = item_ids(claims, "P31")
    _collect_tables(qid, entity, claims, p31, scan, options)
    kind = _classify(p31, options)
    if kind is None:
        scan.skipped["not a person, organisation or place"] += 1
        return
    sitelinks = entity.get("sitelinks")
    if (len(sitelinks) if isinstance(sitelinks, dict) else 0) < options.min_sitelinks:
        scan.skipped[f"fewer than {options.min_sitelinks} sitelinks"] += 1
        return
    labels = language_names(entity, "labels", options.languages)
    if not labels:
        scan.skipped[f"no label in {','.join(options.languages)}"] += 1
        return
    record = _spool_record(qid, kind, entity, claims, p31, labels, options)
    spool.write(json.dumps(record, ensure_ascii=False) + "\n")
    scan.kept[kind] += 1


def scan_dump(
    path: Path, options: ImportOptions, spool: IO[str], progress: Callable[[int], None] | None
) -> Scan:
    """Read the dump once: spool the kept entities to ``spool`` and gather the tables;
    fail at once on a file that is no Wikidata dump."""
    scan = Scan()
    for item in read_dump(path, _needles(options)):
        if isinstance(item, BadLine):
            scan.bad += 1
            if len(scan.bad_samples) < BAD_LINE_SAMPLES:
                scan.bad_samples.append(item)
            if scan.read == 0 and scan.bad >= PROBE_LINES:
                raise _not_a_dump(path, scan.bad_samples)
            continue
        scan.read += 1
        _scan_entity(item, scan, options, spool)
        if progress is not None and scan.read % PROGRESS_EVERY == 0:
            progress(scan.read)
    if scan.read == 0 and scan.bad:
        raise _not_a_dump(path, scan.bad_samples)
    return scan


def _not_a_dump(path: Path, samples: Sequence[BadLine]) -> InputError:
    first = "; ".join(f"line {b.line}: {b.reason}" for b in samples[:3])
    return InputError(
        str(path),
        f"not a Wikidata JSON dump: no line is an entity object ({first}); give a "
        "latest-all.json[.gz|.bz2] dump or a JSONL file with one entity per line",
    )


def read_spool(path: Path) -> Iterator[dict[str, Any]]:
    """The records :func:`scan_dump` spooled, in their order."""
    with path.open(encoding="utf-8") as spool:
        for line in spool:
            record: dict[str, Any] = json.loads(line)
            yield record
