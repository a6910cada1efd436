"""Parsing and validating knowledge-base JSON files into typed records.

One JSON shape serves the bundled files and user extensions::

    {"licence": "...", "version": "...",
     "entities": [{"id": "country/ITA", "type": "GPE", "name": "Italy", "country": "ITA",
                   "wikidata": "Q38",
                   "aliases": ["..."] or {"en": ["..."], "*": ["..."]},
                   "short": [...] or {...},          # surnames: weaker evidence
                   "acronyms": ["NATO"],              # matched with exact case
                   "demonyms": {"en": ["Italian"]},   # adjectives/nouns of a state
                   "capital_of": "ITA", "metonym": true,
                   "roles": [{"title": "...", "office": "prime_minister", "country": "ITA",
                              "organisation": null, "from": "2022-10-22", "to": null}]}],
     "offices": {"prime_minister": {"label": "Prime Minister", "keywords": {"en": [...]}}},
     "honorifics": {"en": ["Mr", ...]}}
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from annals.errors import ConfigurationError
from annals.models import ENTITY_TYPES, Entity, EntityType, PartialDate, Role

ALL_LANGUAGES = "*"

LanguageNames = Mapping[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class OfficeRole:
    """A role with the office it belongs to (for "the Italian prime minister")."""

    office: str | None
    role: Role


@dataclass(frozen=True, slots=True)
class KbRecord:
    """An entity with everything the linker needs to find it in text."""

    entity: Entity
    names: LanguageNames = field(default_factory=dict)
    short: LanguageNames = field(default_factory=dict)
    acronyms: tuple[str, ...] = ()
    demonyms: LanguageNames = field(default_factory=dict)
    capital_of: str | None = None
    metonym: bool = False
    offices: tuple[OfficeRole, ...] = ()
    organisation: str | None = None


@dataclass(frozen=True, slots=True)
class Office:
    key: str
    label: str
    keywords: LanguageNames


@dataclass(slots=True)
class KbFile:
    """The parsed contents of one knowledge-base file."""

    source: str
    version: str | None
    records: list[KbRecord]
    offices: dict[str, Office]
    honorifics: dict[str, tuple[str, ...]]


def _fail(source: str, problem: str) -> ConfigurationError:
    return ConfigurationError(
        f"knowledge-base file {source}: {problem}. Fix the file or remove it from "
        "ANNALS_KB_PATH / the extra paths (see src/annals/kb/data/README.md for the format)."
    )


def _strings(value: Any, source: str, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise _fail(source, f"{where} must be a list of strings, got {value!r}")
    return tuple(item for item in value if item.strip())


def _language_names(value: Any, source: str, where: str) -> dict[str, tuple[str, ...]]:
    if value is None:
        return {}
    if isinstance(value, list):
        return {ALL_LANGUAGES: _strings(value, source, where)}
    if not isinstance(value, dict):
        raise _fail(source, f"{where} must be a list or an object of language → list")
    return {str(lang): _strings(names, source, f"{where}.{lang}") for lang, names in value.items()}


def _optional_str(value: Any, source: str, where: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise _fail(source, f"{where} must be a string or null, got {value!r}")


def _date(value: Any, source: str, where: str) -> str | None:
    text = _optional_str(value, source, where)
    if text is None:
        return None
    try:
        return PartialDate.parse(text).iso
    except ValueError as error:
        raise _fail(source, f"{where}: {error}") from error


def _role(value: Any, source: str, where: str) -> OfficeRole:
    if not isinstance(value, dict) or not isinstance(value.get("title"), str):
        raise _fail(source, f"{where} must be an object with a string 'title'")
    role = Role(
        title=value["title"],
        country=_optional_str(value.get("country"), source, f"{where}.country"),
        start=_date(value.get("from"), source, f"{where}.from"),
        end=_date(value.get("to"), source, f"{where}.to"),
        organisation=_optional_str(value.get("organisation"), source, f"{where}.organisation"),
    )
    return OfficeRole(_optional_str(value.get("office"), source, f"{where}.office"), role)


def _all_aliases(*groups: LanguageNames) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for group in groups:
        for names in group.values():
            seen.update(dict.fromkeys(names))
    return tuple(seen)


def parse_record(value: Any, source: str, position: int) -> KbRecord:
    where = f"entities[{position}]"
    if not isinstance(value, dict):
        raise _fail(source, f"{where} must be an object")
    kb_id, name, kind = value.get("id"), value.get("name"), value.get("type")
    if not isinstance(kb_id, str) or not kb_id or not isinstance(name, str) or not name:
        raise _fail(source, f"{where} needs a non-empty string 'id' and 'name'")
    if kind not in ENTITY_TYPES:
        valid = ", ".join(ENTITY_TYPES)
        raise _fail(source, f"{where} ({kb_id}) has type {kind!r}; valid types: {valid}")
    entity_type: EntityType = kind
    names = _language_names(value.get("aliases"), source, f"{where}.aliases")
    names = {**names, ALL_LANGUAGES: (name, *names.get(ALL_LANGUAGES, ()))}
    short = _language_names(value.get("short"), source, f"{where}.short")
    acronyms = _strings(value.get("acronyms"), source, f"{where}.acronyms")
    roles_value = value.get("roles") or []
    if not isinstance(roles_value, list):
        raise _fail(source, f"{where}.roles must be a list")
    offices = tuple(
        _role(role, source, f"{where}.roles[{i}]") for i, role in enumerate(roles_value)
    )
    entity = Entity(
        id=kb_id,
        name=name,
        type=entity_type,
        country=_optional_str(value.get("country"), source, f"{where}.country"),
        kb_id=kb_id,
        wikidata=_optional_str(value.get("wikidata"), source, f"{where}.wikidata"),
        aliases=_all_aliases(names, short, {ALL_LANGUAGES: acronyms}),
        roles=tuple(office.role for office in offices),
    )
    return KbRecord(
        entity=entity,
        names=names,
        short=short,
        acronyms=acronyms,
        demonyms=_language_names(value.get("demonyms"), source, f"{where}.demonyms"),
        capital_of=_optional_str(value.get("capital_of"), source, f"{where}.capital_of"),
        metonym=bool(value.get("metonym", False)),
        offices=offices,
        organisation=_optional_str(value.get("organisation"), source, f"{where}.organisation"),
    )


def _offices(value: Any, source: str) -> dict[str, Office]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise _fail(source, "'offices' must be an object of office key → definition")
    offices: dict[str, Office] = {}
    for key, definition in value.items():
        if not isinstance(definition, dict) or not isinstance(definition.get("label"), str):
            raise _fail(source, f"offices.{key} must be an object with a string 'label'")
        keywords = _language_names(definition.get("keywords"), source, f"offices.{key}.keywords")
        offices[str(key)] = Office(str(key), definition["label"], keywords)
    return offices


def parse_file(data: Any, source: str) -> KbFile:
    if not isinstance(data, dict):
        raise _fail(source, "the top level must be a JSON object with an 'entities' list")
    entities = data.get("entities", [])
    if not isinstance(entities, list):
        raise _fail(source, "'entities' must be a list")
    if "entities" not in data and "offices" not in data:
        raise _fail(source, "found neither 'entities' nor 'offices'")
    honorifics = _language_names(data.get("honorifics"), source, "honorifics")
    version = _optional_str(data.get("version"), source, "version")
    records = [parse_record(item, source, i) for i, item in enumerate(entities)]
    return KbFile(source, version, records, _offices(data.get("offices"), source), honorifics)
