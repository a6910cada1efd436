"""Extending the knowledge base from a Wikidata JSON dump (``annals kb import wikidata``).

The dump (``latest-all.json`` with one entity per line between ``[`` and ``]``,
plain, ``.gz`` or ``.bz2``; or plain JSONL) is read once, line by line: the reader
is a generator and nothing but a few small tables stays in memory. People
(P31 = Q5), organisations and places with a label in one of the configured
languages are spooled to a temporary file next to the output; positions (the
values of P39 "position held"), ISO 3166-1 alpha-3 codes (P298) and country
names are kept in small tables. After the read the spool is resolved and the
output is written, streamed, in the shape ``KnowledgeBase.load(extra_paths=…)``
reads (see ``annals.kb.records``).

Ids: an entity the bundled knowledge base already has (same Wikidata id, same
ISO alpha-3 code for a country, or the same normalised name and type with no
conflicting country) keeps its bundled id, and its output record is the bundled
record with the Wikidata names, roles and id merged in (a later file replaces
an entity with the same id, so the bundled fields are copied). Other entities
get ``wikidata/Q…`` ids.

Bad lines (invalid JSON or not an entity object) are skipped and counted; the
summary names the first few. A file whose first lines are all bad is not a
Wikidata dump and fails at once, and so does a corrupt or truncated compressed
stream. To stay fast on a 100 GB dump, after the first ``FULL_PARSE_LINES`` lines
only lines that mention a wanted class or property are parsed, so bad lines
among the others go unnoticed.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import IO, Any

from annals.errors import ConfigurationError, InputError
from annals.kb.knowledge_base import BUNDLED_FILES
from annals.kb.text import is_acronym, normalise_alias
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
from annals.kb.wikidata_offices import (
    FIXED_ORGANISATIONS,
    ORGANISATION_OFFICES,
    inherits_office,
    match_generic,
    match_office,
)
from annals.models import PartialDate

logger = logging.getLogger(__name__)

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
LICENCE = (
    "Entity data from Wikidata (https://www.wikidata.org), dump {dump}, released under "
    "CC0 1.0 (https://creativecommons.org/publicdomain/zero/1.0/)."
)
MERGED_LICENCE = (
    " Records that extend a bundled entity keep that entity's fields, which stay under the "
    "licence of the bundled file they come from ({files}; see annals/kb/data/README.md: "
    "countries.json is ODbL 1.0, the others MIT)."
)

_ISO3 = re.compile(r"^[A-Z]{3}$")
_DUMP_DATE = re.compile(r"(?<!\d)(\d{4})-?(\d\d)-?(\d\d)(?!\d)")
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


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


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import read, kept, skipped and wrote."""

    dump: str
    output: str
    version: str
    entities_read: int
    kept: Mapping[str, int]  # entity type → count
    merged: int  # kept entities written under a bundled id
    skipped: Mapping[str, int]  # reason → count
    roles: int
    roles_with_office: int
    roles_unresolved: int  # P39 values whose position item was not in the dump
    bad_lines: int
    bad_line_samples: tuple[BadLine, ...]
    seconds: float

    def line(self) -> str:
        kept = ", ".join(f"{kind} {count:,}" for kind, count in sorted(self.kept.items()))
        skipped = "; ".join(f"{why} {count:,}" for why, count in self.skipped.items())
        text = (
            f"read {self.entities_read:,} entities from {self.dump} in {self.seconds:.1f} s; "
            f"kept {sum(self.kept.values()):,} ({kept or 'none'}; {self.merged:,} extend bundled "
            f"entities); roles {self.roles:,} ({self.roles_with_office:,} with an office key, "
            f"{self.roles_unresolved:,} positions not found); "
            f"skipped {sum(self.skipped.values()):,}"
            f"{f' ({skipped})' if skipped else ''}; bad lines {self.bad_lines:,}"
        )
        if self.bad_line_samples:
            text += " (" + "; ".join(f"line {b.line}: {b.reason}" for b in self.bad_line_samples)
            text += ")"
        return f"{text} → {self.output}"


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


# --------------------------------------------------------------------------- scanning


@dataclass(frozen=True, slots=True)
class _Position:
    label: str
    jurisdiction: str | None
    country: str | None  # P17
    organisations: tuple[str, ...]
    superclasses: tuple[str, ...]


@dataclass(slots=True)
class _Scan:
    """Tables and counts gathered while reading the dump."""

    positions: dict[str, _Position] = field(default_factory=dict)
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


def _first_label(labels: Mapping[str, list[str]], languages: Sequence[str]) -> str | None:
    for lang in ("en", *languages, MULTILINGUAL):
        if labels.get(lang):
            return labels[lang][0]
    return None


def _collect_tables(
    qid: str,
    entity: Mapping[str, Any],
    claims: Mapping[str, Any],
    p31: Sequence[str],
    scan: _Scan,
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
        label = _first_label(language_names(entity, "labels", ("en",)), ())
        label = label or _first_label(
            language_names(entity, "labels", options.languages), options.languages
        )
        if label:
            jurisdiction = item_ids(claims, "P1001")
            country = item_ids(claims, "P17")
            scan.positions[qid] = _Position(
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


def _scan_entity(item: DumpEntity, scan: _Scan, options: ImportOptions, spool: IO[str]) -> None:
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


def _scan(
    path: Path, options: ImportOptions, spool: IO[str], progress: Callable[[int], None] | None
) -> _Scan:
    scan = _Scan()
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


# --------------------------------------------------------------------------- bundled data


@dataclass(slots=True)
class _Bundled:
    """The bundled entities as raw JSON, indexed for id reuse."""

    records: dict[str, dict[str, Any]] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)  # id → bundled file name
    by_qid: dict[str, str] = field(default_factory=dict)
    by_name: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    countrynames: dict[str, frozenset[str]] = field(default_factory=dict)  # ISO3 → names
    org_by_alias: dict[str, str] = field(default_factory=dict)


def _raw_names(record: Mapping[str, Any], *keys: str) -> list[str]:
    names = [str(record["name"])]
    for key in keys:
        value = record.get(key)
        groups = value.values() if isinstance(value, dict) else [value or []]
        names.extend(name for group in groups for name in group if isinstance(name, str))
    return names


def _load_bundled() -> _Bundled:
    bundled = _Bundled()
    folder = resources.files("annals.kb").joinpath("data")
    for name in BUNDLED_FILES:
        data = json.loads(folder.joinpath(name).read_text(encoding="utf-8"))
        for record in data.get("entities", []):
            kb_id, kind = record["id"], record["type"]
            bundled.records[kb_id] = record
            bundled.files[kb_id] = name
            if record.get("wikidata"):
                bundled.by_qid.setdefault(record["wikidata"], kb_id)
            key = (normalise_alias(record["name"]), kind)
            bundled.by_name.setdefault(key, []).append(kb_id)
            if kb_id.startswith("country/"):
                names = _raw_names(record, "aliases")
                bundled.countrynames[kb_id.removeprefix("country/")] = frozenset(
                    normalise_alias(n) for n in names
                )
            if kind == "ORG":
                for alias in _raw_names(record, "aliases", "acronyms"):
                    bundled.org_by_alias.setdefault(normalise_alias(alias), kb_id)
    return bundled


# --------------------------------------------------------------------------- resolving


def _read_spool(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as spool:
        for line in spool:
            record: dict[str, Any] = json.loads(line)
            yield record


def _bundled_match(
    rec: Mapping[str, Any], scan: _Scan, bundled: _Bundled
) -> tuple[str, int] | None:
    """The bundled id this entity extends, with the strength of the evidence (2 > 1 > 0)."""
    qid = rec["q"]
    if qid in bundled.by_qid:
        return bundled.by_qid[qid], 2
    country_id = f"country/{rec['iso3']}"
    if (
        rec["is_country"]
        and country_id in bundled.records
        and bundled.records[country_id].get("wikidata") in (None, qid)
    ):
        return country_id, 1
    country = scan.iso3.get(rec["country"] or "")
    for names in rec["labels"].values():
        for kb_id in bundled.by_name.get((normalise_alias(names[0]), rec["t"]), []):
            raw = bundled.records[kb_id]
            if raw.get("wikidata") not in (None, qid):
                continue
            if country and raw.get("country") and raw["country"] != country:
                continue
            if rec["t"] == "GPE" and kb_id.startswith("country/") != rec["is_country"]:
                continue
            return kb_id, 0
    return None


def _decide_ids(spool: Path, scan: _Scan, bundled: _Bundled) -> tuple[dict[str, str], set[str]]:
    """QID → bundled id for the entities that extend a bundled one; the kept organisations."""
    best: dict[str, tuple[int, int, int, str]] = {}
    wanted_orgs = {org for position in scan.positions.values() for org in position.organisations}
    kept_orgs = set()
    for rec in _read_spool(spool):
        if rec["t"] == "ORG" and rec["q"] in wanted_orgs:
            kept_orgs.add(rec["q"])
        match = _bundled_match(rec, scan, bundled)
        if match is None:
            continue
        key = (match[1], rec["links"], -int(rec["q"][1:]), rec["q"])
        if match[0] not in best or key > best[match[0]]:
            best[match[0]] = key
    return {key[3]: kb_id for kb_id, key in best.items()}, kept_orgs


@dataclass(frozen=True, slots=True)
class _Context:
    scan: _Scan
    bundled: _Bundled
    ids: Mapping[str, str]
    kept_orgs: frozenset[str]

    def org_id(self, qid: str) -> str | None:
        if qid in self.ids:
            return self.ids[qid]
        if qid in self.bundled.by_qid:
            return self.bundled.by_qid[qid]
        return f"wikidata/{qid}" if qid in self.kept_orgs else None


def _office(
    position: _Position, iso3: str | None, jurisdiction: str | None, context: _Context
) -> tuple[str | None, str | None]:
    """The office key of a position and the organisation named in its label."""
    scan, bundled = context.scan, context.bundled

    def state_names() -> frozenset[str]:
        own = scan.state_names.get(jurisdiction or "", frozenset())
        return bundled.countrynames.get(iso3 or "", frozenset()) | own

    match = match_office(position.label, state_names=state_names, state_level=iso3 is not None)
    if match is not None:
        return match.office, match.organisation_name
    if iso3 is None:
        return None, None
    generic = match_generic(position.label)
    if generic is not None:
        return generic, None
    for superclass in position.superclasses:
        parent = scan.positions.get(superclass)
        key = match_generic(parent.label) if parent else None
        if key is not None and inherits_office(key, position.label):
            return key, None
    return None, None


def _role(raw: Mapping[str, Any], death: str | None, context: _Context) -> dict[str, Any] | None:
    position = context.scan.positions.get(raw["p"])
    if position is None:
        return None
    jurisdiction = raw["j"] or position.jurisdiction
    iso3 = context.scan.iso3.get(jurisdiction or "")
    country = iso3 or context.scan.iso3.get(position.country or "")
    office, org_name = _office(position, iso3, jurisdiction, context)
    organisation = None
    if office in FIXED_ORGANISATIONS:
        organisation = FIXED_ORGANISATIONS[office]
    elif office in ORGANISATION_OFFICES:
        found = (context.org_id(qid) for qid in position.organisations)
        organisation = next((org for org in found if org), None)
        if organisation is None and org_name:
            organisation = context.bundled.org_by_alias.get(
                normalise_alias(org_name.removeprefix("the "))
            )
        if organisation is None:
            office = None
    if organisation is not None:
        country = None
    end = raw["to"] or death  # an unknown or missing end: the holder's death, if known
    return {
        "title": position.label,
        "office": office,
        "country": country,
        "organisation": organisation,
        "from": raw["from"],
        "to": end,
    }


def _span(role: Mapping[str, Any]) -> tuple[str, str]:
    start = PartialDate.parse(role["from"]).first_day().isoformat() if role.get("from") else ""
    end = PartialDate.parse(role["to"]).last_day().isoformat() if role.get("to") else "9999"
    return start, end


def _same_role(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    if normalise_alias(a["title"]) == normalise_alias(b["title"]) and a.get("from") == b.get(
        "from"
    ):
        return True
    if a.get("office") is None or a.get("office") != b.get("office"):
        return False
    if (a.get("country"), a.get("organisation")) != (b.get("country"), b.get("organisation")):
        return False
    (a_start, a_end), (b_start, b_end) = _span(a), _span(b)
    return a_start <= b_end and b_start <= a_end


def _add_roles(
    existing: list[dict[str, Any]], new: Sequence[dict[str, Any]]
) -> list[dict[str, Any]]:
    roles = list(existing)
    for role in new:
        if not any(_same_role(role, other) for other in roles):
            roles.append(role)
    return roles


@dataclass(slots=True)
class _Names:
    names: dict[str, list[str]] = field(default_factory=dict)
    short: dict[str, list[str]] = field(default_factory=dict)
    acronyms: list[str] = field(default_factory=list)


def _split_names(rec: Mapping[str, Any], has_office: bool) -> _Names:
    """Labels and aliases per language; a person's one-word aliases (and, for office
    holders, the last word of the label) are surnames (``short``); an organisation's
    all-capital aliases are acronyms."""
    split = _Names()
    for lang in dict.fromkeys([*rec["labels"], *rec["aliases"]]):
        key = "*" if lang == MULTILINGUAL else lang
        labels, aliases = rec["labels"].get(lang, []), rec["aliases"].get(lang, [])
        for name in (*labels, *aliases):
            one_word = name in aliases and len(name.split()) == 1
            if rec["t"] == "PERSON" and one_word:
                split.short.setdefault(key, []).append(name)
            elif rec["t"] == "ORG" and name in aliases and is_acronym(name):
                split.acronyms.append(name)
            else:
                split.names.setdefault(key, []).append(name)
        if rec["t"] == "PERSON" and has_office:
            for label in labels:
                words = label.split()
                last = words[-1] if len(words) >= 2 else ""
                if len(last) >= 3 and last.rstrip(".").lower() not in _SUFFIXES:
                    split.short.setdefault(key, []).append(last)
    split.acronyms = list(dict.fromkeys(split.acronyms))
    return split


def _dedupe(groups: dict[str, list[str]], seen: set[str]) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for lang, names in groups.items():
        for name in names:
            key = normalise_alias(name)
            if key and key not in seen:
                seen.add(key)
                result.setdefault(lang, []).append(name)
    return result


def _as_language_dict(value: Any) -> dict[str, list[str]]:
    if isinstance(value, dict):
        return {str(lang): list(names) for lang, names in value.items()}
    return {"*": list(value)} if value else {}


def _merge(
    raw: Mapping[str, Any],
    qid: str,
    rec: Mapping[str, Any],
    split: _Names,
    country: str | None,
    roles: Sequence[dict[str, Any]],
) -> dict[str, Any]:
    """The bundled record with the Wikidata id, names and roles added."""
    merged = dict(raw)
    seen = {normalise_alias(n) for n in _raw_names(raw, "aliases", "short", "acronyms")}
    aliases = _as_language_dict(raw.get("aliases"))
    for lang, names in _dedupe(split.names, seen).items():
        aliases[lang] = [*aliases.get(lang, []), *names]
    merged["aliases"] = aliases
    if not raw.get("short") and rec["t"] == "PERSON":
        short = _dedupe(split.short, seen)
        if short:
            merged["short"] = short
    acronyms = [a for a in split.acronyms if normalise_alias(a) not in seen]
    if acronyms:
        merged["acronyms"] = [*raw.get("acronyms", []), *acronyms]
    merged["wikidata"] = raw.get("wikidata") or qid
    merged["country"] = raw.get("country") or country
    if roles:
        merged["roles"] = _add_roles(list(raw.get("roles") or []), roles)
    return merged


def _record(rec: Mapping[str, Any], context: _Context, counts: Counter[str]) -> dict[str, Any]:
    roles = []
    for raw_role in rec["roles"]:
        role = _role(raw_role, rec["death"], context)
        if role is None:
            counts["unresolved"] += 1
        else:
            roles.append(role)
    roles = _add_roles([], roles)
    counts["roles"] += len(roles)
    counts["offices"] += sum(1 for role in roles if role["office"])
    split = _split_names(rec, any(role["office"] for role in roles))
    qid = rec["q"]
    country = context.scan.iso3.get(rec["country"] or "") or rec["iso3"]
    if qid in context.ids:
        counts["merged"] += 1
        raw = context.bundled.records[context.ids[qid]]
        return _merge(raw, qid, rec, split, country, roles)
    name = _first_label(rec["labels"], list(rec["labels"]))
    assert name is not None  # the scan keeps only entities with a label
    seen = {normalise_alias(name)}
    record: dict[str, Any] = {
        "id": f"wikidata/{qid}",
        "type": rec["t"],
        "name": name,
        "country": country,
        "wikidata": qid,
        "aliases": _dedupe(split.names, seen),
    }
    short = _dedupe(split.short, seen)
    if short:
        record["short"] = short
    if split.acronyms:
        record["acronyms"] = split.acronyms
    if roles:
        record["roles"] = roles
    return record


# --------------------------------------------------------------------------- writing


def dump_version(dump: Path) -> str:
    """``wikidata-2025-01-06 (wikidata-20250106-all.json.gz)``; the file date if none."""
    match = _DUMP_DATE.search(dump.name)
    if match:
        date = "-".join(match.groups())
    else:
        date = time.strftime("%Y-%m-%d", time.gmtime(dump.stat().st_mtime))
    return f"wikidata-{date} ({dump.name})"


def _write(
    out: Path, spool: Path, context: _Context, version: str, dump: Path, counts: Counter[str]
) -> None:
    licence = LICENCE.format(dump=dump.name)
    files = sorted({context.bundled.files[kb_id] for kb_id in context.ids.values()})
    if files:
        licence += MERGED_LICENCE.format(files=", ".join(files))
    head = json.dumps(
        {"licence": licence, "version": version, "source": dump.name}, ensure_ascii=False
    )
    partial = out.with_name(out.name + ".part")
    try:
        with partial.open("w", encoding="utf-8") as stream:
            stream.write(head[:-1] + ',\n "entities": [\n')
            for index, rec in enumerate(_read_spool(spool)):
                record = _record(rec, context, counts)
                stream.write(("" if index == 0 else ",\n") + json.dumps(record, ensure_ascii=False))
            stream.write("\n]}\n")
        os.replace(partial, out)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise ConfigurationError(
            f"cannot write the knowledge-base file {out} ({error.strerror or error}); "
            "choose a writable --out path"
        ) from error


def import_wikidata(
    dump: Path,
    out: Path,
    options: ImportOptions | None = None,
    progress: Callable[[int], None] | None = None,
) -> ImportSummary:
    """Read a Wikidata dump and write a knowledge-base extension file to ``out``.

    Raises ``InputError`` for a missing, unreadable, corrupt or non-Wikidata dump and
    ``ConfigurationError`` for invalid options or an unwritable output. ``progress``
    is called with the number of entities read every ``PROGRESS_EVERY`` entities.
    """
    options = options or ImportOptions()
    started = time.monotonic()
    dump, out = Path(dump), Path(out)
    if not dump.is_file():
        raise InputError(str(dump), "no such file; give the path of a Wikidata JSON dump")
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".annals-wikidata-", dir=out.parent) as folder:
        spool = Path(folder) / "entities.jsonl"
        with spool.open("w", encoding="utf-8") as stream:
            scan = _scan(dump, options, stream, progress)
        bundled = _load_bundled()
        ids, kept_orgs = _decide_ids(spool, scan, bundled)
        context = _Context(scan, bundled, ids, frozenset(kept_orgs))
        counts: Counter[str] = Counter()
        version = dump_version(dump)
        _write(out, spool, context, version, dump, counts)
    summary = ImportSummary(
        dump=str(dump),
        output=str(out),
        version=version,
        entities_read=scan.read,
        kept=dict(scan.kept),
        merged=counts["merged"],
        skipped=dict(scan.skipped),
        roles=counts["roles"],
        roles_with_office=counts["offices"],
        roles_unresolved=counts["unresolved"],
        bad_lines=scan.bad,
        bad_line_samples=tuple(scan.bad_samples),
        seconds=time.monotonic() - started,
    )
    logger.info("wikidata import: %s", summary.line())
    return summary
