"""The knowledge base: countries, capitals, organisations and office holders.

Bundled data lives in ``annals/kb/data/*.json``; users add or override entities
with files of the same shape, passed as ``extra_paths`` or listed in the
``ANNALS_KB_PATH`` environment variable (``os.pathsep``-separated). A later file
replaces an entity with the same id.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from annals.errors import ConfigurationError
from annals.kb.records import ALL_LANGUAGES, KbFile, KbRecord, Office, parse_file
from annals.kb.text import normalise, normalise_alias
from annals.models import Entity, PartialDate, Role

logger = logging.getLogger(__name__)

BUNDLED_FILES = (
    "countries.json",
    "organisations.json",
    "media.json",
    "people.json",
    "offices.json",
    "equipment.json",
    "regions.json",
    "cities.json",
    "institutions.json",
)
ENV_VAR = "ANNALS_KB_PATH"


@dataclass(frozen=True, slots=True)
class AliasEntry:
    """One way to name an entity: ``kind`` is name, short, acronym, demonym or office."""

    alias: str
    target: str  # an entity id, or an office key for kind "office"
    kind: str


def _read(path: Path | None, source: str, text: str | None = None) -> KbFile:
    try:
        raw = text if text is not None else path.read_text(encoding="utf-8")  # type: ignore[union-attr]
    except OSError as error:
        raise ConfigurationError(
            f"knowledge-base file {source} cannot be read ({error.strerror}); "
            f"check the path given in extra paths or {ENV_VAR}"
        ) from error
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        raise ConfigurationError(
            f"knowledge-base file {source} is not valid JSON: {error.msg} at line "
            f"{error.lineno}, column {error.colno}; fix the file"
        ) from error
    return parse_file(data, source)


def _bundled() -> list[KbFile]:
    folder = resources.files("annals.kb").joinpath("data")
    files = []
    for name in BUNDLED_FILES:
        resource = folder.joinpath(name)
        files.append(_read(None, f"annals/kb/data/{name}", resource.read_text(encoding="utf-8")))
    return files


def _env_paths() -> list[Path]:
    value = os.environ.get(ENV_VAR, "")
    return [Path(part) for part in value.split(os.pathsep) if part.strip()]


class KnowledgeBase:
    """Read-only lookups over the bundled and user knowledge-base files."""

    def __init__(self, files: Sequence[KbFile]) -> None:
        self._records: dict[str, KbRecord] = {}
        self._offices: dict[str, Office] = {}
        self._honorifics: dict[str, tuple[str, ...]] = {}
        versions = []
        for kb_file in files:
            for record in kb_file.records:
                self._records[record.entity.id] = record
            self._offices.update(kb_file.offices)
            for lang, words in kb_file.honorifics.items():
                self._honorifics[lang] = (*self._honorifics.get(lang, ()), *words)
            if kb_file.version:
                versions.append(kb_file.version)
        self.version = "+".join(versions) or "unversioned"
        self._by_alias: dict[str, list[str]] = {}
        self._demonyms: dict[str, str] = {}
        self._capitals: dict[str, str] = {}
        self._index()

    @classmethod
    def load(cls, extra_paths: Sequence[Path] = ()) -> KnowledgeBase:
        """Bundled data, then ``ANNALS_KB_PATH`` files, then ``extra_paths`` (later wins)."""
        files = _bundled()
        for path in [*_env_paths(), *extra_paths]:
            files.append(_read(Path(path), str(path)))
            logger.info("loaded knowledge-base extension %s", path)
        kb = cls(files)
        logger.debug("knowledge base %s: %d entities", kb.version, len(kb._records))
        return kb

    def _index(self) -> None:
        folded: list[tuple[str, str]] = []  # demonyms whose accents fold onto a plain form
        for kb_id, record in self._records.items():
            for alias in (*record.entity.aliases, kb_id):
                key = normalise_alias(alias)
                ids = self._by_alias.setdefault(key, [])
                if kb_id not in ids:
                    ids.append(kb_id)
            for forms in record.demonyms.values():
                for form in forms:
                    key = normalise(form)
                    if key == form.lower():
                        self._demonyms.setdefault(key, kb_id)
                    else:
                        folded.append((key, kb_id))
            if record.capital_of:
                for alias in record.entity.aliases:
                    self._capitals.setdefault(normalise_alias(alias), kb_id)
        # after the plain forms: the French "Américan" of the Northern Mariana Islands may not
        # take "American" from the United States
        for key, kb_id in folded:
            self._demonyms.setdefault(key, kb_id)

    # ------------------------------------------------------------------ lookups

    def __len__(self) -> int:
        return len(self._records)

    def entity(self, kb_id: str) -> Entity | None:
        record = self._records.get(kb_id)
        return record.entity if record else None

    def record(self, kb_id: str) -> KbRecord | None:
        return self._records.get(kb_id)

    def records(self) -> Iterator[KbRecord]:
        return iter(self._records.values())

    def candidates(self, alias: str) -> tuple[Entity, ...]:
        """Entities named ``alias`` (case- and accent-insensitive), best-named first."""
        ids = self._by_alias.get(normalise_alias(alias), [])
        entities = [self._records[kb_id].entity for kb_id in ids]
        key = normalise_alias(alias)
        return tuple(sorted(entities, key=lambda e: normalise_alias(e.name) != key))

    def country_by_demonym(self, word: str) -> Entity | None:
        """``"italiani"``, ``"Italian"``, ``"italienischen"`` → Italy."""
        kb_id = self._demonyms.get(normalise(word.strip()))
        return self.entity(kb_id) if kb_id else None

    def country_by_capital(self, word: str) -> Entity | None:
        """``"Mosca"`` → Russia; ``None`` for a capital not used as a metonym (Brussels)."""
        city = self.capital(word)
        if city is None:
            return None
        record = self._records[city.id]
        return self.entity(f"country/{record.capital_of}") if record.metonym else None

    def capital(self, word: str) -> Entity | None:
        """The capital-city entity named ``word`` (``"Kiew"`` → city/kyiv)."""
        kb_id = self._capitals.get(normalise_alias(word))
        return self.entity(kb_id) if kb_id else None

    def office(self, key: str) -> Office | None:
        return self._offices.get(key)

    def offices(self) -> tuple[Office, ...]:
        return tuple(self._offices.values())

    def honorifics(self, language: str) -> tuple[str, ...]:
        return self._honorifics.get(language, ())

    def office_holder(
        self,
        office: str,
        date: PartialDate,
        *,
        country: str | None = None,
        organisation: str | None = None,
    ) -> Entity | None:
        """Who held ``office`` (an offices.json key) for ``country``/``organisation`` on ``date``.

        With several holders on a month- or year-precision date, the most recent wins.
        """
        best: tuple[str, Entity] | None = None
        for record in self._records.values():
            for office_role in record.offices:
                role = office_role.role
                if office_role.office != office or not _matches(role, country, organisation):
                    continue
                if role.held_on(date) and (best is None or (role.start or "") > best[0]):
                    best = (role.start or "", record.entity)
        return best[1] if best else None

    def roles_on(self, kb_id: str, date: PartialDate) -> tuple[Role, ...]:
        entity = self.entity(kb_id)
        return tuple(role for role in entity.roles if role.held_on(date)) if entity else ()

    def alias_entries(self, language: str) -> Iterator[AliasEntry]:
        """Every alias usable in ``language`` text, for building a gazetteer."""
        langs = {ALL_LANGUAGES, language, "en"}
        for kb_id, record in self._records.items():
            for lang, names in record.names.items():
                if lang in langs:
                    yield from (AliasEntry(name, kb_id, "name") for name in names)
            for lang, names in record.short.items():
                if lang in langs:
                    yield from (AliasEntry(name, kb_id, "short") for name in names)
            yield from (AliasEntry(acronym, kb_id, "acronym") for acronym in record.acronyms)
            for lang, forms in record.demonyms.items():
                if lang == language or (lang == "en" and language not in record.demonyms):
                    yield from (AliasEntry(form, kb_id, "demonym") for form in forms)
        for office in self._offices.values():
            for lang, words in office.keywords.items():
                if lang in (language, ALL_LANGUAGES):
                    yield from (AliasEntry(word, office.key, "office") for word in words)


def _matches(role: Role, country: str | None, organisation: str | None) -> bool:
    if organisation is not None:
        return role.organisation == organisation
    return country is not None and role.country == country and role.organisation is None
