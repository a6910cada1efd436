"""Entity linking: knowledge-base gazetteer + NER spans → linked, non-overlapping mentions.

The linker tokenises the text itself (so alias matching does not depend on the
parser's tokenisation), finds knowledge-base aliases, merges them with the
statistical NER spans, strips titles, reads demonyms as NORP mentions of their
state, capitals in subject position as their government, role descriptions
("the Italian prime minister") as the office holder on the article date, and
gives entities outside the knowledge base stable local ids.

Its helpers live beside it: the candidates and the views of a text they are read
from (:mod:`annals.kb.candidates`), titles before names (:mod:`annals.kb.titles`),
names outside the knowledge base (:mod:`annals.kb.names`) and later references to
entities named before (:mod:`annals.kb.references`).
"""

from __future__ import annotations

import bisect
import logging
from dataclasses import dataclass, replace
from itertools import pairwise

from annals.kb.candidates import (
    CONFIDENCE_ACRONYM,
    CONFIDENCE_DEMONYM,
    CONFIDENCE_FALLBACK,
    CONFIDENCE_FULL,
    CONFIDENCE_METONYM,
    CONFIDENCE_ROLE,
    CONFIDENCE_SHORT,
    Candidate,
    DocumentView,
    LanguageView,
    opens_sentence,
    select_candidates,
    unique,
)
from annals.kb.common_words import load_common_words
from annals.kb.cues import (
    AID_WINDOW,
    AID_WORDS,
    ARTICLES,
    DATIVES,
    GENITIVE_QUALIFIED,
    GOVERNMENT_NOUNS,
    GOVERNMENT_OBJECT_FORMS,
    GOVERNMENT_OBJECT_MARKERS,
    GOVERNMENT_OBJECT_VERBS,
    GOVERNMENT_VERBS,
    LOCATION_PREPOSITIONS,
    MONARCH_TITLES,
    OFFICE_CONNECTORS,
    SPEECH_VERBS,
    STATE_ABBREVIATIONS,
    STATE_BODY_NOUNS,
    cue_set,
)
from annals.kb.gazetteer import Gazetteer, GazetteerEntry, GazetteerMatch
from annals.kb.knowledge_base import KnowledgeBase
from annals.kb.names import (
    calendar_name,
    common_word_opening,
    function_word_opening,
    is_known,
    local_id,
    local_surnames,
    name_run,
    name_word,
    opens_clause,
    starts_a_name,
)
from annals.kb.places import City, city_named
from annals.kb.references import country_anaphora, repeated_names
from annals.kb.text import alias_key, normalise, slugify, tokenize
from annals.kb.titles import is_title_word, one_word_title, title_ends, trim_span
from annals.language import stop_words
from annals.models import (
    Entity,
    EntityMention,
    EntityType,
    LinkResult,
    ParsedText,
    PartialDate,
)
from annals.time.lexicons import get_lexicon

logger = logging.getLogger(__name__)

#: The elided article "l'" ("L'ONU"), as the linker's tokens have it.
_ELIDED_ARTICLE = "l"
#: Languages that write a noun's modifiers into it ("Militärhilfe").
_COMPOUNDING = frozenset({"de", "nl"})
#: Local ids of the places the recogniser found outside the knowledge base.
_LOCAL_PLACES = ("local/GPE/", "local/LOC/")
#: Towns of fewer people than this get their country only in a text that names it.
TOWN_POPULATION = 50_000


class EntityLinker:
    """Links the entities of parsed texts to the knowledge base or to stable local ids."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._languages: dict[str, LanguageView] = {}
        self._person_words: frozenset[str] | None = None

    def _known_city(self, city: City) -> Entity | None:
        """The KB's entity of a city of the GeoNames table, when the KB has it by that name
        in that country."""
        return next(
            (
                entity
                for entity in self.kb.candidates(city.name)
                if entity.type in ("GPE", "LOC") and entity.country == city.country
            ),
            None,
        )

    def _people_words(self) -> frozenset[str]:
        """The words of the KB's people's names, in every language ("obama", "morsi")."""
        if self._person_words is None:
            self._person_words = frozenset(
                token.norm
                for record in self.kb.records()
                if record.entity.type == "PERSON"
                for names in (record.entity.aliases, *record.short.values())
                for name in names
                for token in tokenize(name)
            )
        return self._person_words

    def _language(self, language: str) -> LanguageView:
        view = self._languages.get(language)
        if view is None:
            entries = list(self.kb.alias_entries(language))
            gazetteer = Gazetteer(entries)
            honorifics = frozenset(
                normalise(word)
                for word in (*self.kb.honorifics(language), *self.kb.honorifics("en"))
            )
            titles = {
                norm
                for entry in entries
                if entry.kind in ("office", "demonym")
                for norm in one_word_title(entry.alias)
            }
            view = LanguageView(
                gazetteer,
                frozenset(titles | honorifics | ARTICLES),
                honorifics,
                _calendar_words(language),
                stop_words(language) | _SUBORDINATORS.get(language, frozenset()),
                load_common_words(language),
                gazetteer.words("name", "short", "acronym"),
            )
            self._languages[language] = view
            logger.debug("gazetteer for %s: %d aliases", language, len(gazetteer))
        return view

    def link(self, parsed: ParsedText, date: PartialDate | None) -> LinkResult:
        view = self._language(parsed.language)
        tokens = tokenize(parsed.text)
        doc = DocumentView(parsed, tokens, view.gazetteer.find(parsed.text, tokens), date, view)
        candidates = self._kb_candidates(doc)
        candidates += self._ner_candidates(doc, candidates)
        candidates += self._fallback_persons(doc)
        chosen = select_candidates(candidates)
        chosen = self._resolve_short(doc, chosen)
        chosen = select_candidates(chosen + self._role_descriptions(doc, chosen))
        chosen = select_candidates(chosen + repeated_names(doc, chosen))
        chosen = select_candidates(chosen + country_anaphora(doc, chosen))
        return self._result(doc, chosen)

    # ------------------------------------------------------------ knowledge base

    def _kb_candidates(self, doc: DocumentView) -> list[Candidate]:
        found: list[Candidate] = []
        tagged = _ner_tokens(doc)
        for match in doc.matches:
            names = match.of_kind("name", "acronym")
            if names and _inside_unknown_name(doc, match, tagged):
                continue
            if names and (country := _country_modifier(doc, match, tagged, names)):
                # "US-Präsident", "US-Dollar": a country as the first part of a compound
                # qualifies the rest, as a demonym does ("der amerikanische Präsident")
                found.append(_demonym_candidate(match, (country,)))
            elif names:
                found.extend(self._name_candidate(doc, match, tuple(e.target for e in names)))
            elif shorts := match.of_kind("short"):
                targets = unique(e.target for e in shorts)
                first = self.kb.entity(targets[0])
                found.append(
                    Candidate(
                        match.start,
                        match.end,
                        match.first,
                        match.last,
                        first.type if first is not None else "PERSON",
                        "short",
                        CONFIDENCE_SHORT,
                        targets,
                    )
                )
            elif demonyms := match.of_kind("demonym"):
                if _surname_after_noun(doc, match):
                    # "il consigliere Greco": a person's surname, not Greece
                    found.append(_fallback_person(doc, match.first, match.last))
                elif not _demonym_in_person_name(doc, match):
                    found.append(_demonym_candidate(match, unique(e.target for e in demonyms)))
        return found

    def _name_candidate(
        self, doc: DocumentView, match: GazetteerMatch, targets: tuple[str, ...]
    ) -> list[Candidate]:
        kb_id = self._choose(doc, match, unique(targets))
        if kb_id is None:
            return []
        record = self.kb.record(kb_id)
        assert record is not None
        entity = record.entity
        exact = all(entry.kind == "acronym" for entry in match.entries)
        confidence = CONFIDENCE_ACRONYM if exact else CONFIDENCE_FULL
        if record.capital_of and record.metonym and _is_metonymic(doc, match):
            country = f"country/{record.capital_of}"
            return [
                Candidate(
                    match.start,
                    match.end,
                    match.first,
                    match.last,
                    "GPE",
                    "capital",
                    CONFIDENCE_METONYM,
                    (country,),
                    country,
                )
            ]
        kind = "capital" if record.capital_of else "name"
        return [
            Candidate(
                match.start,
                match.end,
                match.first,
                match.last,
                entity.type,
                kind,
                confidence,
                (kb_id,),
                kb_id,
            )
        ]

    def _choose(
        self, doc: DocumentView, match: GazetteerMatch, targets: tuple[str, ...]
    ) -> str | None:
        """One entity for an ambiguous alias: the one it names exactly, else one in office."""
        if len(targets) == 1:
            return targets[0]
        surface = normalise(doc.text(match.start, match.end))
        exact = [t for t in targets if (e := self.kb.entity(t)) and normalise(e.name) == surface]
        if len(exact) == 1:
            return exact[0]
        if doc.date is not None:
            date = doc.date
            active = [t for t in targets if self.kb.roles_on(t, date)]
            if len(active) == 1:
                return active[0]
        return None

    def _resolve_short(self, doc: DocumentView, chosen: list[Candidate]) -> list[Candidate]:
        """Surnames: the person named in full in this text, else the only or serving one.

        An organisation's short name ("the Alliance", "l'Alleanza") is that
        organisation only where the text names it in full or by its acronym.
        """
        full = {c.entity_id for c in chosen if c.kind == "name" and c.entity_id}
        resolved: list[Candidate] = []
        for cand in chosen:
            if cand.kind != "short":
                resolved.append(cand)
                continue
            if cand.type == "PERSON" and _after_monarch_title(doc, cand):
                # "King Hussein of Jordan" is not "Saddam Hussein" told before
                resolved.append(replace(cand, kind="ner", kb_ids=(), confidence=0.5))
                continue
            in_text = [kb_id for kb_id in cand.kb_ids if kb_id in full]
            serving = [
                kb_id
                for kb_id in cand.kb_ids
                if doc.date is not None and self.kb.roles_on(kb_id, doc.date)
            ]
            if len(in_text) == 1 and not (cand.type != "PERSON" and starts_a_name(doc, cand)):
                resolved.append(replace(cand, entity_id=in_text[0], confidence=0.9))
            elif cand.type != "PERSON":
                # "the Alliance" is NATO only where the text names NATO, and never the
                # start of a longer name ("the Alliance for Peace"): otherwise NER decides
                continue
            elif len(cand.kb_ids) == 1:
                resolved.append(replace(cand, entity_id=cand.kb_ids[0]))
            elif len(serving) == 1:
                resolved.append(replace(cand, entity_id=serving[0], confidence=0.7))
            else:
                resolved.append(replace(cand, kind="ner", kb_ids=(), confidence=0.5))
        return resolved

    # ------------------------------------------------------------ NER and fallback

    def _ner_candidates(self, doc: DocumentView, kb_found: list[Candidate]) -> list[Candidate]:
        # an organisation's short name may be dropped later (``_resolve_short``): it
        # leaves a longer name around it to the NER ("Alliance française")
        covered = {
            i
            for c in kb_found
            if c.kind != "short" or c.type == "PERSON"
            for i in range(c.first, c.last)
        }
        titled = {  # two-word titles ("prime minister"); longer offices name their body
            i  # ("presidente del ▮Consiglio")
            for match in doc.matches
            if match.of_kind("office") and match.last - match.first == 2
            for i in range(match.first, match.last)
        }
        known = {i for c in kb_found for i in range(c.first, c.last)}
        found: list[Candidate] = []
        starts = [token.start for token in doc.tokens]
        for span in doc.parsed.entity_spans:
            first = bisect.bisect_left(starts, span.start)
            last = bisect.bisect_left(starts, span.end)
            first, last = trim_span(doc, span, first, last)
            if (
                last - first > 1
                and doc.tokens[first].norm == _ELIDED_ARTICLE
                and first not in known
                and all(i in known for i in range(first + 1, last))
            ):
                # "L'ONU" opening a line: the elided article of a name the KB knows; a
                # whole article stays ("La Réunion", where the KB knows "Réunion")
                first += 1
            while (
                last - first > 1
                and doc.tokens[first].norm not in ARTICLES  # "Los Angeles", "La Paz"
                and function_word_opening(doc, first)
            ):
                first += 1  # "Finché Claudia non prende coraggio": the name is Claudia
            if first >= last:
                continue
            rest = [
                t
                for t in doc.tokens[first:last]
                if t.is_word
                and not t.text.isdigit()
                and t.index not in covered
                and t.index not in titled
                and not is_title_word(doc, t.index)
            ]
            if not rest and not _names_joined(kb_found, first, last):
                # the knowledge base already has this span, with a better type, or it holds
                # only titles ("Defence" of "Defence Minister Boris Pistorius")
                continue
            unknown = [t for t in rest if t.index not in known]
            descriptive = bool(unknown) and all(t.text.islower() for t in unknown)
            demonym = _only_demonym(kb_found, first, last) if descriptive else None
            if (
                demonym is None
                and descriptive
                and any(c.first == first for c in kb_found)
                and any(t.text in doc.view.function_words for t in unknown)
            ):
                # a known name and a lowercase phrase after it ("Alleanza per dieci anni"):
                # the name, not an organisation of that name; one adjective stays part of
                # the name ("Afrique centrale", "Germania nazista")
                continue
            if calendar_name(doc, first, last):
                continue  # "Mercoledì", "Mardi": a day tagged as a name
            if _province_code(doc, first, last) or _state_abbreviation(doc, first, last):
                continue  # "Carpi (MO)", "Birmingham, Ala.": the town's province or state
            if first not in known and all(
                any(c.isdigit() for c in t.text) for t in doc.tokens[first:last] if t.is_word
            ):
                continue  # "13h20", "75e": a time or a number tagged as a name
            if last - first == 1 and function_word_opening(doc, first):
                continue  # "Erano", "Cuando" opening a sentence: capitalised, no name
            if first not in known and _state_body_only(doc, first, last):
                continue  # "El Gobierno", "il Governo": a state told before, no name
            if (
                first not in known
                and _one_word_and_function_words(doc, first, last)
                and (
                    common_word_opening(doc, first)
                    or _quantity_of(doc, first, last)
                    or _lowercase_elsewhere(doc, first)
                    or _german_genitive_head(doc, first, last)
                )
            ):
                continue  # "Stamattina", "Deberíamos", "Decenas de": common words, no name
            kind, kind_type = "ner", span.type
            targets: tuple[str, ...] = ()
            entity_id: str | None = None
            if demonym is not None:
                # lowercase words around a demonym: the state's government or army, not a
                # name of its own ("governo messicano", "esercito cinese" are Mexico, China)
                kind, targets, entity_id = "state", demonym.kb_ids, demonym.entity_id
            elif _place_read_as_person(doc, span.type, first, last):
                kind_type = "LOC"
            found.append(
                Candidate(
                    doc.tokens[first].start,
                    doc.tokens[last - 1].end,
                    first,
                    last,
                    kind_type,
                    kind,
                    min(span.confidence, 0.9),
                    targets,
                    entity_id,
                )
            )
        return found

    def _fallback_persons(self, doc: DocumentView) -> list[Candidate]:
        """Capitalised names after a title or before a speech verb are people."""
        found: list[Candidate] = []
        after_title = title_ends(doc)
        speech = cue_set(SPEECH_VERBS, doc.language)
        position = 0
        while position < len(doc.tokens):
            if not name_word(doc.tokens[position]):
                position += 1  # no name starts here (a cheap test before name_run)
                continue
            last = name_run(doc.tokens, position, doc.parsed.text)
            if last == position:
                position += 1
                continue
            size = last - position
            # "… 11:18 PM\nThe woman": a title ends its line, and a stop word names no one
            titled = (
                position in after_title
                and "\n"
                not in doc.parsed.text[doc.tokens[position - 1].end : doc.tokens[position].start]
                and not (size == 1 and doc.tokens[position].norm in doc.view.function_words)
            )
            speaks = last < len(doc.tokens) and doc.tokens[last].norm in speech
            if speaks and not titled and _tagged_other_than_person(doc, position, last):
                speaks = False  # "La Squadra Mobile ha …": the recogniser's organisation
            if (
                (titled or (speaks and size >= 2))
                and not is_known(doc, position, last)
                and not _state_body_only(doc, position, last)  # "Il Governo ha …"
            ):
                found.append(_fallback_person(doc, position, last))
            position = last
        return found

    # ------------------------------------------------------------ role descriptions

    def _role_descriptions(self, doc: DocumentView, chosen: list[Candidate]) -> list[Candidate]:
        """ "the Italian prime minister" → the person holding that office on the date."""
        if doc.date is None:
            return []
        person_starts = {c.first for c in chosen if c.type == "PERSON"}
        found: list[Candidate] = []
        for match in doc.matches:
            offices = match.of_kind("office")
            if not offices or len(match.entries) != len(offices):
                continue
            first, last, country, org = self._qualifier(doc, match)
            nxt = last + 1 if last < len(doc.tokens) and doc.tokens[last].text == "," else last
            if nxt in person_starts or (country is None and org is None):
                continue
            for office in unique(entry.target for entry in offices):
                holder = self.kb.office_holder(office, doc.date, country=country, organisation=org)
                if holder is not None:
                    found.append(
                        Candidate(
                            doc.tokens[first].start,
                            doc.tokens[last - 1].end,
                            first,
                            last,
                            "PERSON",
                            "role",
                            CONFIDENCE_ROLE,
                            (holder.id,),
                            holder.id,
                        )
                    )
                    break
        return found

    def _qualifier(
        self, doc: DocumentView, match: GazetteerMatch
    ) -> tuple[int, int, str | None, str | None]:
        """The country or organisation an office belongs to, and the widened span."""
        first, last = match.first, match.last
        before = doc.match_ending.get(first)
        if before is None and first >= 2 and doc.tokens[first - 1].norm == "s":
            possessive = doc.match_ending.get(first - 1)
            before = possessive if possessive and possessive.of_kind("name") else None
        if before is not None and (owner := self._owner(before)) is not None:
            return before.first, last, *owner
        after = doc.match_starting.get(last)
        # "Italian" after the office; in Russian the country follows in the genitive with
        # no connector ("министр обороны Украины").
        if after is not None and (after.of_kind("demonym") or doc.language in GENITIVE_QUALIFIED):
            owner = self._owner(after)
            if owner is not None:
                return first, after.last, *owner
        probe = last
        while (
            probe < len(doc.tokens)
            and probe - last < 3
            and (doc.tokens[probe].norm in OFFICE_CONNECTORS)
        ):
            probe += 1
        after = doc.match_starting.get(probe) if probe > last else None
        if after is not None and (owner := self._owner(after)) is not None:
            return first, after.last, *owner
        return first, last, None, None

    def _owner(self, match: GazetteerMatch) -> tuple[str | None, str | None] | None:
        for entry in match.entries:
            entity = self.kb.entity(entry.target) if entry.kind != "office" else None
            if entity is None:
                continue
            if entry.kind == "demonym" or entity.id.startswith("country/"):
                return entity.country, None
            if entity.type == "ORG":
                return None, entity.id
        return None

    # ------------------------------------------------------------ output

    def _result(self, doc: DocumentView, chosen: list[Candidate]) -> LinkResult:
        surnames = local_surnames(doc, chosen)
        people = self._people_words() | _person_words(doc, chosen, self.kb)
        countries = _countries_named(chosen, self.kb)
        mentions: list[EntityMention] = []
        local: dict[str, _LocalEntity] = {}
        for cand in sorted(chosen, key=lambda c: c.start):
            surface = doc.text(cand.start, cand.end)
            entity = self.kb.entity(cand.entity_id) if cand.entity_id else None
            city = None
            if entity is None:
                # "King Hussein of Jordan" is not "Saddam Hussein" told before
                entity_id, name = local_id(
                    cand, surface, {} if _after_monarch_title(doc, cand) else surnames
                )
                city = _city_of(doc, cand, entity_id, (people, countries))
                # a spelling the KB lacks of a city it knows ("Bengazi") is that city
                entity = self._known_city(city) if city is not None else None
            if entity is not None:
                mention_type: EntityType = entity.type
                if cand.kind == "demonym":
                    mention_type = "NORP"
                elif cand.kind == "state":  # "governo tedesco": the state as an organisation
                    mention_type = cand.type
                mentions.append(
                    EntityMention(
                        cand.start,
                        cand.end,
                        surface,
                        mention_type,
                        entity.id,
                        entity.name,
                        cand.confidence,
                        kb_id=entity.id,
                        country=entity.country,
                    )
                )
                continue
            local_type: EntityType = (
                "PERSON" if entity_id.startswith("local/PERSON/") else cand.type
            )
            country = None
            if city is not None:
                # a town the KB does not know, in the GeoNames table: its country, and one id
                # in every language ("Milano", "Milan", "Mailand")
                local_type, name, country = "GPE", city.name, city.country
                entity_id = f"local/GPE/{slugify(city.name)}"
            forms = local.setdefault(entity_id, _LocalEntity(name, local_type, [], country)).forms
            if surface not in forms:
                forms.append(surface)
            mentions.append(
                EntityMention(
                    cand.start,
                    cand.end,
                    surface,
                    local_type,
                    entity_id,
                    name,
                    cand.confidence,
                    country=country,
                )
            )
        return LinkResult(tuple(mentions), self._entities(mentions, local))

    def _entities(
        self, mentions: list[EntityMention], local: dict[str, _LocalEntity]
    ) -> tuple[Entity, ...]:
        entities: dict[str, Entity] = {}
        for mention in mentions:
            if mention.entity_id in entities:
                continue
            kb_entity = self.kb.entity(mention.entity_id)
            if kb_entity is not None:
                entities[mention.entity_id] = kb_entity
            else:
                found = local[mention.entity_id]
                entities[mention.entity_id] = Entity(
                    mention.entity_id,
                    found.name,
                    found.type,
                    country=found.country,
                    aliases=tuple(found.forms),
                )
        return tuple(entities.values())


# ---------------------------------------------------------------- helpers


@dataclass(slots=True)
class _LocalEntity:
    """An entity outside the knowledge base while a text is linked: its name, type, the
    forms the text gives it and, for a town in the GeoNames table, its country."""

    name: str
    type: EntityType
    forms: list[str]
    country: str | None = None


def _city_of(
    doc: DocumentView,
    cand: Candidate,
    entity_id: str,
    known: tuple[frozenset[str], frozenset[str]],
) -> City | None:
    """The city of the GeoNames table (:mod:`annals.kb.places`) that a place name the
    recogniser found and the knowledge base does not know names, if one does; ``known`` are
    the words of people's names and the countries that the text or the KB give.

    A name in lower case is no place name ("paris" in a web address). One word that is also
    a word of a person's name is likelier a surname the recogniser took for a place
    ("Palin", "Morsi" and "Obama" are towns too). A town of fewer than
    :data:`TOWN_POPULATION` people is read only in a text that names its country ("Zintan"
    in a story about Libya): many such names are someone's, or another place's, as well;
    so is a name unlike the city's own (:func:`_unlike_its_name`).
    """
    if cand.kind != "ner" or not entity_id.startswith(_LOCAL_PLACES):
        return None
    tokens = doc.tokens[cand.first : cand.last]
    people, countries = known
    if not tokens or not tokens[0].is_capitalised:
        return None
    key = tuple(token.norm for token in tokens)
    if len(key) == 1 and (key[0] in people or key[0] in doc.view.calendar_words):
        return None  # "Maggio", "Marzo": a month the recogniser took for a place
    city = city_named(key)
    if city is None or city.country in countries:
        return city
    if city.population < TOWN_POPULATION or _unlike_its_name(key, city):
        return None
    return city


def _unlike_its_name(key: tuple[str, ...], city: City) -> bool:
    """Is a one-word name of a city unlike the city's own name (its first two letters
    differ)? GeoNames lists such names too ("Cobra", "Bazan"), mostly nicknames and old
    names, so they are read only where the text names the city's country; spellings of the
    same name ("Milano" and "Milan", "Bengasi" and "Benghazi") are read anywhere."""
    own = alias_key(city.name)
    return len(key) == 1 and key != own and key[0][:2] != own[0][:2]


def _countries_named(chosen: list[Candidate], kb: KnowledgeBase) -> frozenset[str]:
    """The countries of the knowledge-base entities a text names (its states, their cities,
    people and bodies)."""
    return frozenset(
        entity.country
        for cand in chosen
        if cand.entity_id is not None
        and (entity := kb.entity(cand.entity_id)) is not None
        and entity.country
    )


def _person_words(doc: DocumentView, chosen: list[Candidate], kb: KnowledgeBase) -> frozenset[str]:
    """The words of the people's names the text gives (found by the recogniser or in the
    knowledge base)."""
    return frozenset(
        token.norm
        for cand in chosen
        if cand.type == "PERSON"
        or (
            cand.entity_id is not None
            and (entity := kb.entity(cand.entity_id)) is not None
            and entity.type == "PERSON"
        )
        for token in doc.tokens[cand.first : cand.last]
        if token.is_word
    )


def _after_monarch_title(doc: DocumentView, cand: Candidate) -> bool:
    """Does a monarch's title (``MONARCH_TITLES``) stand right before the candidate?"""
    return cand.first > 0 and doc.tokens[cand.first - 1].norm in MONARCH_TITLES


def _one_word_and_function_words(doc: DocumentView, first: int, last: int) -> bool:
    """Does the span hold one word, perhaps with function words after it ("Decenas de")?"""
    return all(t.text.lower() in doc.view.function_words for t in doc.tokens[first + 1 : last])


#: German prepositions before a common noun that heads a genitive ("nach ▮Angaben der
#: Armee", "laut ▮Berichten des Senders").
_GERMAN_PREPOSITIONS = frozenset(
    {"nach", "laut", "von", "vom", "mit", "bei", "beim", "wegen", "trotz", "seit", "aus", "zu"}
)


def _german_genitive_head(doc: DocumentView, first: int, last: int) -> bool:
    """Is a one-word German mention a common noun between a preposition and a genitive
    article ("nach ▮Angaben▮ der israelischen Armee")? A name rarely heads a genitive."""
    if doc.language != "de" or last - first != 1 or first == 0 or last >= len(doc.tokens):
        return False
    before, after = doc.tokens[first - 1], doc.tokens[last]
    return before.norm in _GERMAN_PREPOSITIONS and after.norm in {"der", "des"}


def _province_code(doc: DocumentView, first: int, last: int) -> bool:
    """Is the span two capital letters in brackets right after a place the recogniser
    tagged ("Tempio Pausania (SS)", "Carpi (MO)"): the code of its province or state, no
    organisation? An acronym after an organisation's name ("Unione europea (UE)") stays."""
    if last - first != 1 or first < 2 or last >= len(doc.tokens):
        return False
    code = doc.tokens[first].text
    if not (len(code) == 2 and code.isalpha() and code.isupper()):
        return False
    if doc.tokens[first - 1].text != "(" or doc.tokens[last].text != ")":
        return False
    return _after_tagged_place(doc, first - 2)


def _after_tagged_place(doc: DocumentView, index: int) -> bool:
    """Does a place the recogniser tagged end at token ``index``?"""
    place_end = doc.tokens[index].end
    return any(
        span.end == place_end and span.type in {"LOC", "GPE"} for span in doc.parsed.entity_spans
    )


def _state_abbreviation(doc: DocumentView, first: int, last: int) -> bool:
    """Is the span a US state's abbreviation right after a town and a comma ("Birmingham,
    Ala.", "Peoria, Ill.")?"""
    if first < 2 or last - first > 4:
        return False
    surface = doc.text(doc.tokens[first].start, doc.tokens[last - 1].end).lower()
    if not surface.endswith("."):
        surface += "."  # the recogniser's span may leave the full stop out
    if surface not in STATE_ABBREVIATIONS or doc.tokens[first - 1].text != ",":
        return False
    return _after_tagged_place(doc, first - 2)


def _state_body_only(doc: DocumentView, first: int, last: int) -> bool:
    """Is the span a state body's noun, perhaps after an article ("El Gobierno", "Il
    Governo", "Las Autoridades"), with no name of its own?"""
    words = [t for t in doc.tokens[first:last] if t.is_word]
    if words and words[0].norm in ARTICLES:
        words = words[1:]
    return len(words) == 1 and words[0].norm in cue_set(STATE_BODY_NOUNS, doc.language)


def _quantity_of(doc: DocumentView, first: int, last: int) -> bool:
    """Is the span a collective number before "of" ("Decenas de", "Migliaia di")?"""
    after = doc.tokens[last].text.lower() if last < len(doc.tokens) else ""
    return doc.tokens[first].norm in _QUANTITY_NOUNS and (
        last - first > 1 or after in doc.view.function_words
    )


def _ner_tokens(doc: DocumentView) -> set[int]:
    """The linker's tokens inside any span of the NER, whatever its type."""
    starts = [token.start for token in doc.tokens]
    inside: set[int] = set()
    for span in doc.parsed.entity_spans:
        inside.update(
            range(bisect.bisect_left(starts, span.start), bisect.bisect_left(starts, span.end))
        )
    return inside


#: Languages that write demonyms in capitals: a capitalised one is no sign of a name.
_DEMONYMS_CAPITALISED = frozenset({"en", "de", "nl"})


def _demonym_in_person_name(doc: DocumentView, match: GazetteerMatch) -> bool:
    """Is a capitalised demonym, in a language that writes them in lowercase, part of a
    longer person's name the NER found ("Ignazio La Russa", "La Russa ha detto")?"""
    if doc.language in _DEMONYMS_CAPITALISED or not doc.tokens[match.first].is_capitalised:
        return False
    return any(
        span.type == "PERSON"
        and span.start <= match.start
        and match.end <= span.end
        and (span.start, span.end) != (match.start, match.end)
        for span in doc.parsed.entity_spans
    )


def _lowercase_elsewhere(doc: DocumentView, index: int) -> bool:
    """Is token ``index`` a capitalised word that opens a clause and that the text also
    writes in lowercase as a word of its own ("Truffe informatiche in aumento" and "le truffe
    via sms", "Esplose alcuni colpi" and "esplose un colpo")? Then it is a common word there,
    in a language whose nouns take no capital (not German)."""
    token = doc.tokens[index]
    if (
        doc.language in _NOUNS_CAPITALISED
        or not token.is_capitalised
        or token.text.isupper()
        or len(token.text) < 4
        or not opens_clause(doc.parsed.text, token.start)
    ):
        return False
    return doc.has_free_word(token.text.lower())


def _surname_after_noun(doc: DocumentView, match: GazetteerMatch) -> bool:
    """Is a capitalised demonym, in a language that writes them in lowercase, a surname
    after an article and a noun of title or kin ("il consigliere Greco", "el alcalde
    Catalán")?"""
    if (
        doc.language in _DEMONYMS_CAPITALISED
        or doc.language == "fr"  # "le quatrième Néerlandais": French capitalises peoples
        or match.first < 2
        or match.last - match.first != 1
        or not doc.tokens[match.first].is_capitalised
    ):
        return False
    noun, article = doc.tokens[match.first - 1], doc.tokens[match.first - 2]
    return (
        noun.text.isalpha()
        and noun.text.islower()
        and noun.norm not in ARTICLES
        and noun.norm not in cue_set(LOCATION_PREPOSITIONS, doc.language)
        and article.norm in ARTICLES
    )


def _fallback_person(doc: DocumentView, first: int, last: int) -> Candidate:
    """A person candidate over tokens ``first:last`` that only the context tells."""
    return Candidate(
        doc.tokens[first].start,
        doc.tokens[last - 1].end,
        first,
        last,
        "PERSON",
        "fallback",
        CONFIDENCE_FALLBACK,
    )


def _tagged_other_than_person(doc: DocumentView, first: int, last: int) -> bool:
    """Does a span the NER tagged as other than a person lie in tokens ``first:last`` after
    a word that opens the run ("La ▮Squadra Mobile▮ ha …": the sentence's capitalised
    article before an organisation)? A run the span covers from its start stays a candidate
    person (the recogniser may take a person for an organisation)."""
    start, end = doc.tokens[first].start, doc.tokens[last - 1].end
    return any(
        span.type != "PERSON" and start < span.start < end for span in doc.parsed.entity_spans
    )


#: Collective numbers ("decenas de manifestantes"), case- and accent-free: a mention of
#: one before "of" is no name.
_QUANTITY_NOUNS = frozenset(
    {"dozens", "hundreds", "thousands", "millions", "decine", "centinaia", "migliaia"}
    | {"decenas", "cientos", "centenares", "miles", "millares", "dizaines", "centaines"}
    | {"milliers", "dutzende", "hunderte", "tausende", "dezenas", "centenas", "milhares"}
)
#: Languages that capitalise every noun: a capitalised neighbour is no sign of a name.
_NOUNS_CAPITALISED = frozenset({"de", "lb"})


def _demonym_candidate(match: GazetteerMatch, countries: tuple[str, ...]) -> Candidate:
    """A demonym's mention: the country (or the first of the countries) it stands for."""
    return Candidate(
        match.start,
        match.end,
        match.first,
        match.last,
        "NORP",
        "demonym",
        CONFIDENCE_DEMONYM,
        countries,
        countries[0],
    )


def _inside_unknown_name(doc: DocumentView, match: GazetteerMatch, tagged: set[int]) -> bool:
    """Is a known name that the NER left alone part of a longer name neither of them
    knows? The second part of a hyphenated compound with a word outside the knowledge
    base ("All-America"; a first part qualifies the rest: :func:`_country_modifier`), or
    next to a capitalised word that is no title ("Copa América", "Japan Open", "UEFA
    Europa League"; not in German, which capitalises every noun, nor in a headline in
    title case)."""
    if any(i in tagged for i in range(match.first, match.last)):
        return False
    tokens = doc.tokens
    known = doc.matched
    before, after = match.first - 1, match.last
    neighbours = [i for i in (before, after) if 0 <= i < len(tokens) and i not in known]
    text = doc.parsed.text
    for index in neighbours:
        left, right = (index, match.first) if index == before else (match.last - 1, index)
        gap = text[tokens[left].end : tokens[right].start]
        word = tokens[index]
        if gap in ("-", "‐") and word.is_word and index == before:
            return True
        if (
            gap == " "
            and doc.language not in _NOUNS_CAPITALISED
            and name_word(word)
            and not is_title_word(doc, index)
            and not (index == before and opens_sentence(doc, index))
            and not (index == after and _country_acronym(doc, match))
            and not _title_case_line(doc, match.start)
        ):
            return True
    return False


def _country_acronym(doc: DocumentView, match: GazetteerMatch) -> bool:
    """A country's acronym before a capitalised word qualifies it ("US Predator drones",
    "UK Challenger tanks"); a name spelt out may be part of another ("Japan Open")."""
    text = doc.parsed.text[doc.tokens[match.first].start : doc.tokens[match.last - 1].end]
    return (
        text.isupper()
        and len(text.replace(".", "")) <= 3
        and bool(match.of_kind("acronym", "name"))
    )


def _country_modifier(
    doc: DocumentView,
    match: GazetteerMatch,
    tagged: set[int],
    names: tuple[GazetteerEntry, ...],
) -> str | None:
    """The country a known name the NER left alone stands for where it is the first part
    of a hyphenated compound ("US-Dollar", "US-Präsident"); None elsewhere."""
    following = match.last
    if following >= len(doc.tokens) or any(i in tagged for i in range(match.first, match.last)):
        return None
    gap = doc.parsed.text[doc.tokens[match.last - 1].end : doc.tokens[following].start]
    if gap not in ("-", "‐") or not doc.tokens[following].is_word:
        return None
    countries = unique(e.target for e in names if e.target.startswith("country/"))
    return countries[0] if len(countries) == 1 else None


def _title_case_line(doc: DocumentView, offset: int) -> bool:
    """Is the line around ``offset`` a headline in title case ("Russia Launches Attack
    on Kyiv")?"""
    text = doc.parsed.text
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    words = [
        w for w in text[line_start : line_end if line_end >= 0 else None].split() if w[:1].isalpha()
    ]
    capitalised = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 3 and capitalised >= 0.7 * len(words)


def _only_demonym(kb_found: list[Candidate], first: int, last: int) -> Candidate | None:
    """The one demonym the knowledge base found inside tokens ``first:last``, if that is all
    it found there."""
    inside = [c for c in kb_found if first <= c.first and c.last <= last]
    if len(inside) == 1 and inside[0].kind == "demonym" and inside[0].entity_id:
        return inside[0]
    return None


def _names_joined(kb_found: list[Candidate], first: int, last: int) -> bool:
    """Do two or more knowledge-base names fill tokens ``first:last`` end to end? Then the
    NER span is one name made of them ("Österreich-Ungarn", "Colombie-Britannique",
    "Dominique Colonna"), not those names."""
    inside = sorted(
        (c for c in kb_found if first <= c.first and c.last <= last), key=lambda c: c.first
    )
    if len(inside) < 2 or inside[0].first != first or inside[-1].last != last:
        return False
    return all(a.last == b.first for a, b in pairwise(inside))


def _calendar_words(language: str) -> frozenset[str]:
    lexicon = get_lexicon(language)
    names = (*lexicon.weekdays, *lexicon.months, *lexicon.month_abbreviations)
    return frozenset(normalise(name) for name in names if len(name) > 2)


def _place_read_as_person(doc: DocumentView, kind: str, first: int, last: int) -> bool:
    """A one-word name the NER read as a person, right after a preposition of place and
    not a possessor ("met in Weimar on Monday"): a place the knowledge base lacks. English
    only: in Italian and French news and Wikipedia text it does more harm than good (KIND,
    WikiNEuRal fr)."""
    if kind != "PERSON" or last - first != 1 or first == 0 or doc.language != "en":
        return False
    tokens = doc.tokens
    if tokens[first - 1].norm not in cue_set(LOCATION_PREPOSITIONS, doc.language):
        return False
    if last >= len(tokens):
        return True
    following = tokens[last]
    apostrophe = doc.parsed.text[tokens[last - 1].end : following.start].strip()
    return not (apostrophe in {"'", "’"} or following.text in {"'", "’", "'s", "’s"})


#: Subordinating words that spaCy's stop-word lists lack; capitalised at a sentence's start
#: they open no name ("Finché Claudia non prende coraggio": Claudia).
_SUBORDINATORS: dict[str, frozenset[str]] = {
    "it": frozenset({"finché", "finchè", "affinché", "benché", "sebbene", "poiché", "perchè"}),
    "es": frozenset({"mientras", "aunque", "apenas"}),
    "fr": frozenset({"lorsque", "puisque", "quoique", "tandis"}),
    "en": frozenset({"whereas", "although", "unless", "until"}),
}
#: "And" in the supported languages (the first of two capitals acting together).
_AND = frozenset({"and", "e", "ed", "et", "und", "y"})
#: Tokens that end a sentence: an aid word before one is no part of the clause.
_SENTENCE_ENDS = frozenset({".", "!", "?", ";"})
#: "With" in the supported languages: a capital after it is a government's ("with Kyiv").
_WITH = frozenset({"with", "con", "avec", "mit", "com"})


def _is_metonymic(doc: DocumentView, match: GazetteerMatch) -> bool:
    """A capital in subject position, followed by a verb and not after a preposition, or
    after "with" ("talks with Moscow", "l'accordo con Parigi": a party, not a place)."""
    tokens = doc.tokens
    previous = tokens[match.first - 1] if match.first > 0 else None
    if previous is not None and previous.norm in _WITH:
        return True
    if previous is not None and _of_government_noun(doc, match.first - 1):
        return True
    if previous is not None and _aid_to(doc, match.first - 1):
        return True
    if previous is not None and _after_object_verb(doc, match.first):
        return True
    if previous is not None and previous.norm in cue_set(LOCATION_PREPOSITIONS, doc.language):
        return False
    parsed = doc.parsed
    if parsed.tokens and parsed.has_parser:
        starts = [token.start for token in parsed.tokens]
        here = bisect.bisect_left(starts, match.start)
        after = bisect.bisect_left(starts, match.end)
        if here < len(parsed.tokens) and parsed.tokens[here].dep.startswith("nsubj"):
            return True
        if after < len(parsed.tokens) and parsed.tokens[after].pos in ("VERB", "AUX"):
            return True
        if here < len(parsed.tokens) and _object_of_government_verb(parsed, here):
            return True
    if match.last >= len(tokens):
        return False
    verbs = cue_set(GOVERNMENT_VERBS, doc.language)
    following = tokens[match.last].text.lower()
    if following in verbs:
        return True
    if following not in _AND:
        return False
    # "Londra e Berlino convocano": the first of two names before a government's verb
    after = match.last + 1
    while after < len(tokens) and after <= match.last + 3 and tokens[after].is_capitalised:
        after += 1
    return match.last + 1 < after < len(tokens) and tokens[after].text.lower() in verbs


def _after_object_verb(doc: DocumentView, first: int) -> bool:
    """Without a parse: does a verb done to a government stand right before token ``first``,
    or before "a" there ("ha chiesto a Mosca", "acusó a Rabat", "forderte Ankara auf";
    GOVERNMENT_OBJECT_FORMS)?"""
    if doc.parsed.has_parser:
        return False  # the parse tells objects (_object_of_government_verb)
    forms = GOVERNMENT_OBJECT_FORMS.get(doc.language)
    if not forms:
        return False
    tokens = doc.tokens
    verb = first - 1
    if verb > 0 and tokens[verb].text.lower() in GOVERNMENT_OBJECT_MARKERS:
        verb -= 1
    return verb >= 0 and tokens[verb].text.lower() in forms


def _aid_to(doc: DocumentView, to: int) -> bool:
    """Is token ``to`` a "to" word after aid or its giving, a few words before ("tanks to
    Kyiv", "aiuti a Kiev", AID_WORDS), in the same sentence? In German the aid word may end
    a compound ("Militärhilfe", "Waffenhilfepakete für Kiew")."""
    tokens = doc.tokens
    if tokens[to].norm not in cue_set(DATIVES, doc.language):
        return False
    words = cue_set(AID_WORDS, doc.language)
    compounds = doc.language in _COMPOUNDING
    for index in range(to - 1, max(-1, to - 1 - AID_WINDOW), -1):
        if tokens[index].text in _SENTENCE_ENDS:
            return False
        norm = tokens[index].norm
        if norm in words or (compounds and any(norm.endswith(word) for word in words)):
            return True
    return False


def _of_government_noun(doc: DocumentView, of: int) -> bool:
    """Is token ``of`` an "of" word after a noun of what governments do ("the demands of
    Washington", "le richieste di Mosca", GOVERNMENT_NOUNS), perhaps with an article?"""
    tokens = doc.tokens
    if tokens[of].norm not in OFFICE_CONNECTORS or tokens[of].norm in ARTICLES:
        return False
    before = of - 1
    if before >= 0 and tokens[before].norm in ARTICLES:
        before -= 1
    return before >= 0 and tokens[before].norm in cue_set(GOVERNMENT_NOUNS, doc.language)


def _object_of_government_verb(parsed: ParsedText, index: int) -> bool:
    """Is token ``index`` the direct object of a verb that is done to a government ("urged
    Beijing", "accused Moscow", "a condamné Moscou")?"""
    token = parsed.tokens[index]
    if token.dep not in ("dobj", "obj") or token.head == token.index:
        return False
    verb = parsed.tokens[token.head]
    return verb.lemma.lower() in GOVERNMENT_OBJECT_VERBS.get(parsed.language, frozenset())
