"""Entity linking: knowledge-base gazetteer + NER spans → linked, non-overlapping mentions.

The linker tokenises the text itself (so alias matching does not depend on the
parser's tokenisation), finds knowledge-base aliases, merges them with the
statistical NER spans, strips titles, reads demonyms as NORP mentions of their
state, capitals in subject position as their government, role descriptions
("the Italian prime minister") as the office holder on the article date, and
gives entities outside the knowledge base stable local ids.
"""

from __future__ import annotations

import bisect
import importlib
import logging
from dataclasses import dataclass, field, replace
from itertools import pairwise

from annals.kb.cues import (
    ARTICLES,
    GENITIVE_QUALIFIED,
    GOVERNMENT_OBJECT_VERBS,
    GOVERNMENT_VERBS,
    LOCATION_PREPOSITIONS,
    NAME_PARTICLES,
    OFFICE_CONNECTORS,
    SPEECH_VERBS,
    cue_set,
)
from annals.kb.gazetteer import Gazetteer, GazetteerEntry, GazetteerMatch
from annals.kb.knowledge_base import KnowledgeBase
from annals.kb.text import WordToken, normalise, slugify, tokenize
from annals.models import (
    Entity,
    EntityMention,
    EntitySpan,
    EntityType,
    LinkResult,
    ParsedText,
    PartialDate,
)
from annals.time.lexicons import get_lexicon

logger = logging.getLogger(__name__)

CONFIDENCE_FULL = 0.95
CONFIDENCE_ACRONYM = 0.9
CONFIDENCE_SHORT = 0.8
CONFIDENCE_DEMONYM = 0.85
CONFIDENCE_METONYM = 0.75
CONFIDENCE_ROLE = 0.7
CONFIDENCE_FALLBACK = 0.6

_PRIORITY = {
    "name": 6,
    "acronym": 6,
    "capital": 6,
    "role": 5,
    "short": 5,
    "demonym": 5,
    "state": 5,
    "ner": 4,
    "docname": 3,
    "anaphor": 3,
    "fallback": 2,
}


@dataclass(slots=True)
class Candidate:
    """A possible mention before selection; ``kb_ids`` are the KB entities it may denote."""

    start: int
    end: int
    first: int
    last: int
    type: EntityType
    kind: str
    confidence: float
    kb_ids: tuple[str, ...] = ()
    entity_id: str | None = None

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(slots=True)
class _Language:
    """What the linker builds once per language."""

    gazetteer: Gazetteer
    title_words: frozenset[str]
    honorifics: frozenset[str]
    calendar_words: frozenset[str]  # weekday and month names: never an entity on their own
    function_words: frozenset[str]  # the language's stop words ("Erano", "Quando" opening a
    # sentence are no names)


@dataclass(slots=True)
class _Document:
    parsed: ParsedText
    tokens: list[WordToken]
    matches: list[GazetteerMatch]
    date: PartialDate | None
    view: _Language
    match_ending: dict[int, GazetteerMatch] = field(default_factory=dict)
    match_starting: dict[int, GazetteerMatch] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for match in self.matches:
            self.match_ending[match.last] = match
            self.match_starting[match.first] = match

    @property
    def language(self) -> str:
        return self.parsed.language

    def text(self, start: int, end: int) -> str:
        return self.parsed.text[start:end]


class EntityLinker:
    """Links the entities of parsed texts to the knowledge base or to stable local ids."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._languages: dict[str, _Language] = {}

    def _language(self, language: str) -> _Language:
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
                for norm in _one_word_title(entry.alias)
            }
            view = _Language(
                gazetteer,
                frozenset(titles | honorifics | ARTICLES),
                honorifics,
                _calendar_words(language),
                _function_words(language),
            )
            self._languages[language] = view
            logger.debug("gazetteer for %s: %d aliases", language, len(gazetteer))
        return view

    def link(self, parsed: ParsedText, date: PartialDate | None) -> LinkResult:
        view = self._language(parsed.language)
        tokens = tokenize(parsed.text)
        doc = _Document(parsed, tokens, view.gazetteer.find(parsed.text, tokens), date, view)
        candidates = self._kb_candidates(doc)
        candidates += self._ner_candidates(doc, candidates)
        candidates += self._fallback_persons(doc)
        chosen = _select(candidates)
        chosen = self._resolve_short(doc, chosen)
        chosen = _select(chosen + self._role_descriptions(doc, chosen))
        chosen = _select(chosen + _repeated_names(doc, chosen))
        chosen = _select(chosen + _country_anaphora(doc, chosen))
        return self._result(doc, chosen)

    # ------------------------------------------------------------ knowledge base

    def _kb_candidates(self, doc: _Document) -> list[Candidate]:
        found: list[Candidate] = []
        tagged = _ner_tokens(doc)
        for match in doc.matches:
            names = match.of_kind("name", "acronym")
            if names and _inside_unknown_name(doc, match, tagged):
                continue
            if names and (country := _country_modifier(doc, match, tagged, names)):
                # "US-Präsident", "US-Dollar": a country as the first part of a compound
                # qualifies the rest, as a demonym does ("der amerikanische Präsident")
                found.append(
                    Candidate(
                        match.start,
                        match.end,
                        match.first,
                        match.last,
                        "NORP",
                        "demonym",
                        CONFIDENCE_DEMONYM,
                        (country,),
                        country,
                    )
                )
            elif names:
                found.extend(self._name_candidate(doc, match, tuple(e.target for e in names)))
            elif shorts := match.of_kind("short"):
                targets = _unique(e.target for e in shorts)
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
                countries = _unique(e.target for e in demonyms)
                found.append(
                    Candidate(
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
                )
        return found

    def _name_candidate(
        self, doc: _Document, match: GazetteerMatch, targets: tuple[str, ...]
    ) -> list[Candidate]:
        kb_id = self._choose(doc, match, _unique(targets))
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
        self, doc: _Document, match: GazetteerMatch, targets: tuple[str, ...]
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

    def _resolve_short(self, doc: _Document, chosen: list[Candidate]) -> list[Candidate]:
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
            in_text = [kb_id for kb_id in cand.kb_ids if kb_id in full]
            serving = [
                kb_id
                for kb_id in cand.kb_ids
                if doc.date is not None and self.kb.roles_on(kb_id, doc.date)
            ]
            if len(in_text) == 1 and not (cand.type != "PERSON" and _starts_a_name(doc, cand)):
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

    def _ner_candidates(self, doc: _Document, kb_found: list[Candidate]) -> list[Candidate]:
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
        found: list[Candidate] = []
        starts = [token.start for token in doc.tokens]
        for span in doc.parsed.entity_spans:
            first = bisect.bisect_left(starts, span.start)
            last = bisect.bisect_left(starts, span.end)
            first, last = _trim(doc, span, first, last)
            if first >= last:
                continue
            rest = [
                t
                for t in doc.tokens[first:last]
                if t.is_word
                and not t.text.isdigit()
                and t.index not in covered
                and t.index not in titled
                and not _is_title_word(doc, t.index)
            ]
            if not rest and not _names_joined(kb_found, first, last):
                # the knowledge base already has this span, with a better type, or it holds
                # only titles ("Defence" of "Defence Minister Boris Pistorius")
                continue
            known = {i for c in kb_found for i in range(c.first, c.last)}
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
            if _calendar_name(doc, first, last):
                continue  # "Mercoledì", "Mardi": a day tagged as a name
            if last - first == 1 and _function_word_opening(doc, first):
                continue  # "Erano", "Cuando" opening a sentence: capitalised, no name
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

    def _fallback_persons(self, doc: _Document) -> list[Candidate]:
        """Capitalised names after a title or before a speech verb are people."""
        found: list[Candidate] = []
        after_title = _title_ends(doc)
        speech = cue_set(SPEECH_VERBS, doc.language)
        position = 0
        while position < len(doc.tokens):
            if not _name_word(doc.tokens[position]):
                position += 1  # no name starts here (a cheap test before _name_run)
                continue
            last = _name_run(doc.tokens, position, doc.parsed.text)
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
            if (titled or (speaks and size >= 2)) and not _is_known(doc, position, last):
                found.append(
                    Candidate(
                        doc.tokens[position].start,
                        doc.tokens[last - 1].end,
                        position,
                        last,
                        "PERSON",
                        "fallback",
                        CONFIDENCE_FALLBACK,
                    )
                )
            position = last
        return found

    # ------------------------------------------------------------ role descriptions

    def _role_descriptions(self, doc: _Document, chosen: list[Candidate]) -> list[Candidate]:
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
            for office in _unique(entry.target for entry in offices):
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
        self, doc: _Document, match: GazetteerMatch
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

    def _result(self, doc: _Document, chosen: list[Candidate]) -> LinkResult:
        surnames = _local_surnames(doc, chosen)
        mentions: list[EntityMention] = []
        local: dict[str, tuple[str, EntityType, list[str]]] = {}
        for cand in sorted(chosen, key=lambda c: c.start):
            surface = doc.text(cand.start, cand.end)
            entity = self.kb.entity(cand.entity_id) if cand.entity_id else None
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
            entity_id, name = _local_id(cand, surface, surnames)
            _, _, forms = local.setdefault(entity_id, (name, cand.type, []))
            if surface not in forms:
                forms.append(surface)
            mentions.append(
                EntityMention(
                    cand.start, cand.end, surface, cand.type, entity_id, name, cand.confidence
                )
            )
        return LinkResult(tuple(mentions), self._entities(mentions, local))

    def _entities(
        self, mentions: list[EntityMention], local: dict[str, tuple[str, EntityType, list[str]]]
    ) -> tuple[Entity, ...]:
        entities: dict[str, Entity] = {}
        for mention in mentions:
            if mention.entity_id in entities:
                continue
            kb_entity = self.kb.entity(mention.entity_id)
            if kb_entity is not None:
                entities[mention.entity_id] = kb_entity
            else:
                name, entity_type, forms = local[mention.entity_id]
                entities[mention.entity_id] = Entity(
                    mention.entity_id, name, entity_type, aliases=tuple(forms)
                )
        return tuple(entities.values())


# ---------------------------------------------------------------- helpers


def _ner_tokens(doc: _Document) -> set[int]:
    """The linker's tokens inside any span of the NER, whatever its type."""
    starts = [token.start for token in doc.tokens]
    inside: set[int] = set()
    for span in doc.parsed.entity_spans:
        inside.update(
            range(bisect.bisect_left(starts, span.start), bisect.bisect_left(starts, span.end))
        )
    return inside


#: Languages that capitalise every noun: a capitalised neighbour is no sign of a name.
_NOUNS_CAPITALISED = frozenset({"de", "lb"})


def _inside_unknown_name(doc: _Document, match: GazetteerMatch, tagged: set[int]) -> bool:
    """Is a known name that the NER left alone part of a longer name neither of them
    knows? The second part of a hyphenated compound with a word outside the knowledge
    base ("All-America"; a first part qualifies the rest: :func:`_country_modifier`), or
    next to a capitalised word that is no title ("Copa América", "Japan Open", "UEFA
    Europa League"; not in German, which capitalises every noun, nor in a headline in
    title case)."""
    if any(i in tagged for i in range(match.first, match.last)):
        return False
    tokens = doc.tokens
    known = {i for m in doc.matches for i in range(m.first, m.last)}
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
            and _name_word(word)
            and not _is_title_word(doc, index)
            and not (index == before and _opens_sentence(doc, index))
            and not _title_case_line(doc, match.start)
        ):
            return True
    return False


def _country_modifier(
    doc: _Document,
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
    countries = _unique(e.target for e in names if e.target.startswith("country/"))
    return countries[0] if len(countries) == 1 else None


def _title_case_line(doc: _Document, offset: int) -> bool:
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


#: Languages that capitalise the names of days and months inside a sentence.
_CAPITALISED_CALENDAR = frozenset({"en", "de"})


def _calendar_name(doc: _Document, first: int, last: int) -> bool:
    """Are tokens ``first:last`` a day or month name ("Mercoledì", "Mardi", "Montag")?
    Where the language writes those in lowercase, a capitalised one inside a sentence is
    a name ("autour de Mars", "il fiume Sabato")."""
    words = [t.norm for t in doc.tokens[first:last] if t.is_word]
    if not words or not all(word in doc.view.calendar_words for word in words):
        return False
    return doc.language in _CAPITALISED_CALENDAR or _opens_sentence(doc, first)


def _calendar_words(language: str) -> frozenset[str]:
    lexicon = get_lexicon(language)
    names = (*lexicon.weekdays, *lexicon.months, *lexicon.month_abbreviations)
    return frozenset(normalise(name) for name in names if len(name) > 2)


def _function_words(language: str) -> frozenset[str]:
    """spaCy's stop words of ``language`` (none when spaCy has no list for it)."""
    try:
        module = importlib.import_module(f"spacy.lang.{language}.stop_words")
    except ImportError:
        return frozenset()
    return frozenset(getattr(module, "STOP_WORDS", ()))


def _function_word_opening(doc: _Document, index: int) -> bool:
    """Is token ``index`` a capitalised stop word (not an acronym: "EU", "US") that opens
    a sentence?"""
    text = doc.tokens[index].text
    if text.isupper() or text.lower() not in doc.view.function_words:
        return False
    return _opens_sentence(doc, index)


def _opens_sentence(doc: _Document, index: int) -> bool:
    """Does token ``index`` open a sentence (or the text, a line, a quotation)?"""
    token = doc.tokens[index]
    raw = doc.parsed.text[max(0, token.start - 8) : token.start]
    before = raw.rstrip()
    # the text's start, a line's start, or after a sentence's end or an opening quote
    return not before or "\n" in raw[len(before) :] or before[-1] in '.!?:«“"'


def _unique(values: object) -> tuple[str, ...]:
    assert not isinstance(values, str)
    return tuple(dict.fromkeys(values))  # type: ignore[call-overload]


def _one_word_title(alias: str) -> tuple[str, ...]:
    """A one-word title or demonym ("minister", "Ukrainian"), which may precede a name.

    The words of longer ones are no titles alone ("primo" of "primo ministro", "new" of
    "New Zealander", "saint" of "Saint-Lucien"): the gazetteer matches those whole
    (:func:`_title_match_end`)."""
    words = tuple(token.norm for token in tokenize(alias))
    return words if len(words) == 1 else ()


def _select(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longer first, then the more trusted kind."""
    ordered = sorted(candidates, key=lambda c: (-c.length, -_PRIORITY[c.kind], c.start))
    taken: list[Candidate] = []
    occupied = bytearray(max((c.last for c in candidates), default=0))
    for cand in ordered:
        if any(occupied[cand.first : cand.last]):
            continue
        taken.append(cand)
        occupied[cand.first : cand.last] = b"\x01" * (cand.last - cand.first)
    return sorted(taken, key=lambda c: c.start)


# Words that continue an organisation's name after a short form ("Alliance for Peace").
_NAME_LINKS = frozenset(
    normalise(word)
    for word in ("for", "of", "de", "del", "della", "des", "du", "per", "pour", "für")
)


def _starts_a_name(doc: _Document, cand: Candidate) -> bool:
    """Is the candidate followed by more of a name ("Alleanza Verdi", "Alliance for Peace")?"""
    following = doc.tokens[cand.last : cand.last + 2]
    if not following or not following[0].is_word:
        return False
    if following[0].is_capitalised:
        return True
    return following[0].norm in _NAME_LINKS and len(following) > 1 and following[1].is_capitalised


def _trim(doc: _Document, span: EntitySpan, first: int, last: int) -> tuple[int, int]:
    tokens = doc.tokens
    while first < last and (
        not tokens[first].is_word
        or (tokens[first].norm in ARTICLES and tokens[first].text.islower())
    ):
        first += 1
    if span.type == "PERSON":
        first = _after_titles(doc, first, last)
    while last > first and not tokens[last - 1].is_word and tokens[last - 1].text != ".":
        last -= 1
    if (
        last - first > 1
        and tokens[last - 1].norm == "s"
        and (doc.parsed.text[tokens[last - 1].start - 1 : tokens[last - 1].start] in "'’")
    ):
        last -= 1
    return first, last


def _after_titles(doc: _Document, first: int, last: int) -> int:
    """The first token of a person's name after the titles that open tokens
    ``first:last`` ("Defence Minister ▮Boris Pistorius", "Dr. ▮Dre"), or ``first``
    where what follows the titles is no name ("Madame de Montespan")."""
    tokens = doc.tokens
    position = first
    while last - position > 1:
        after = _title_end(doc, position, last)
        if after == position or _hyphenated(doc, after - 1):
            break  # no title, or one that is part of a name ("Saint-Simon", "Costa-Gavras")
        while after < last - 1 and tokens[after].text == ".":
            after += 1  # "Dr. Dre": the title's full stop goes with it
        position = after
    if position > first and not tokens[position].is_capitalised:
        return first
    return position


def _title_end(doc: _Document, index: int, last: int) -> int:
    """End of the title that starts at token ``index`` (before ``last``): one title word,
    or a longer office or demonym the gazetteer matched ("prime minister", "South
    Korean"); ``index`` itself where no title starts there."""
    match = doc.match_starting.get(index)
    if (
        match is not None
        and match.last < last
        and len(match.of_kind("office", "demonym")) == len(match.entries)
    ):
        return match.last
    return index + 1 if _is_title_word(doc, index) else index


def _is_title_word(doc: _Document, index: int) -> bool:
    """Is token ``index`` a title, honorific or article that may precede a name? Not a
    name's initial ("A. R. Rahman"), nor a capitalised article inside a sentence, which
    belongs to the name ("La Réunion", "Lo Wei", "El Greco")."""
    token = doc.tokens[index]
    if token.norm not in doc.view.title_words or _initial(doc, index):
        return False
    if token.norm in ARTICLES and token.is_capitalised:
        return _opens_sentence(doc, index)
    return True


def _initial(doc: _Document, index: int) -> bool:
    """Is token ``index`` one letter with a full stop, a name's initial ("A. R. Rahman")?"""
    token = doc.tokens[index]
    return (
        len(token.text) == 1
        and index + 1 < len(doc.tokens)
        and doc.tokens[index + 1].text == "."
        and doc.tokens[index + 1].start == token.end
    )


def _hyphenated(doc: _Document, index: int) -> bool:
    """Is token ``index`` joined to the next one by a hyphen ("Saint-Simon")?"""
    if index + 1 >= len(doc.tokens):
        return False
    gap = doc.parsed.text[doc.tokens[index].end : doc.tokens[index + 1].start]
    return gap in ("-", "‐")


def _place_read_as_person(doc: _Document, kind: str, first: int, last: int) -> bool:
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


def _is_metonymic(doc: _Document, match: GazetteerMatch) -> bool:
    """A capital in subject position, followed by a verb and not after a preposition."""
    tokens = doc.tokens
    previous = tokens[match.first - 1] if match.first > 0 else None
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
    following = tokens[match.last].text.lower()
    return following in cue_set(GOVERNMENT_VERBS, doc.language)


def _object_of_government_verb(parsed: ParsedText, index: int) -> bool:
    """Is token ``index`` the direct object of a verb that is done to a government ("urged
    Beijing", "accused Moscow", "a condamné Moscou")?"""
    token = parsed.tokens[index]
    if token.dep not in ("dobj", "obj") or token.head == token.index:
        return False
    verb = parsed.tokens[token.head]
    return verb.lemma.lower() in GOVERNMENT_OBJECT_VERBS.get(parsed.language, frozenset())


def _title_ends(doc: _Document) -> set[int]:
    """Token positions right after a title ("ministro della Difesa ucraino ▮Oleksii")."""
    ends: set[int] = set()
    for match in doc.matches:
        if match.of_kind("office"):
            ends.add(match.last)
            after = doc.match_starting.get(match.last)
            if after is not None and after.of_kind("demonym", "name", "acronym"):
                ends.add(after.last)
    for token in doc.tokens:
        if token.norm in doc.view.honorifics and token.is_capitalised:
            nxt = token.index + 1
            ends.add(nxt + 1 if nxt < len(doc.tokens) and doc.tokens[nxt].text == "." else nxt)
    return ends


def _name_word(token: WordToken) -> bool:
    """A word a name can start with: capitalised, not all capitals, not punctuation."""
    return token.is_capitalised and token.is_word and not token.text.isupper()


def _name_run(tokens: list[WordToken], position: int, text: str) -> int:
    """End of a run of capitalised words (with particles inside) starting at ``position``;
    a spaced dash ends it ("Tartuca - Mario Canu": a team, then a person), a hyphen does not
    ("Frank-Walter")."""
    last = position
    while last < len(tokens) and last - position < 4:
        token = tokens[last]
        gap = text[tokens[last - 1].end : token.start] if last > position else ""
        if gap.strip() not in ("", "-") or (gap.strip() == "-" and gap != "-"):
            break
        capitalised = _name_word(token)
        particle = (
            token.norm in NAME_PARTICLES
            and last > position
            and (last + 1 < len(tokens) and tokens[last + 1].is_capitalised)
        )
        if not (capitalised or particle):
            break
        last += 1
    return last


def _is_known(doc: _Document, first: int, last: int) -> bool:
    return any(m.first < last and first < m.last and not m.of_kind("office") for m in doc.matches)


def _local_surnames(doc: _Document, chosen: list[Candidate]) -> dict[str, tuple[str, str]]:
    """Last word of each multi-word local person → (id, name), for "Rossi" after "Maria Rossi"."""
    surnames: dict[str, tuple[str, str]] = {}
    for cand in chosen:
        if cand.type == "PERSON" and cand.entity_id is None and cand.last - cand.first >= 2:
            name = " ".join(doc.parsed.text[cand.start : cand.end].split())
            surnames.setdefault(
                doc.tokens[cand.last - 1].norm, (f"local/PERSON/{slugify(name)}", name)
            )
    return surnames


def _local_id(
    cand: Candidate, surface: str, surnames: dict[str, tuple[str, str]]
) -> tuple[str, str]:
    name = " ".join(surface.split())
    if cand.type == "PERSON" and cand.last - cand.first == 1:
        known = surnames.get(normalise(name))
        if known is not None:
            return known
    return f"local/{cand.type}/{slugify(name)}", name


# "the country" and its articles: the noun refers to the country named last before it.
_COUNTRY_NOUNS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "en": (frozenset({"country"}), frozenset({"the"})),
    "it": (frozenset({"paese"}), frozenset({"il", "del", "nel", "al", "dal", "sul"})),
    "fr": (frozenset({"pays"}), frozenset({"le", "du", "au"})),
    "de": (frozenset({"land", "landes"}), frozenset({"das", "des", "dem"})),
    "es": (frozenset({"pais"}), frozenset({"el", "del", "al"})),
}
_ANAPHOR_REACH = 400  # characters back to the country named before
CONFIDENCE_ANAPHOR = 0.6


def _country_anaphora(doc: _Document, chosen: list[Candidate]) -> list[Candidate]:
    """ "The country's cabinet", "il Paese", "das Land": the country named last before it.

    Only where a country was named within a few sentences before, and only the
    singular noun with a definite article ("a country", "countries" stay words).
    """
    nouns, articles = _COUNTRY_NOUNS.get(doc.language, (frozenset(), frozenset()))
    countries = sorted(
        (c.end, c.entity_id)
        for c in chosen
        if c.entity_id is not None and c.entity_id.startswith("country/")
    )
    if not nouns or not countries:
        return []
    found: list[Candidate] = []
    for token in doc.tokens[1:]:
        if token.norm not in nouns or doc.tokens[token.index - 1].norm not in articles:
            continue
        before = [pair for pair in countries if pair[0] <= token.start]
        if not before or token.start - before[-1][0] > _ANAPHOR_REACH:
            continue
        country = before[-1][1]
        found.append(
            Candidate(
                token.start,
                token.end,
                token.index,
                token.index + 1,
                "GPE",
                "anaphor",
                CONFIDENCE_ANAPHOR,
                (country,),
                country,
            )
        )
    return found


def _repeated_names(doc: _Document, chosen: list[Candidate]) -> list[Candidate]:
    """Later bare occurrences of a local person's full name or surname in the same text."""
    names: dict[tuple[str, ...], EntityType] = {}
    for cand in chosen:
        if cand.type == "PERSON" and cand.entity_id is None and cand.last - cand.first >= 2:
            words = tuple(t.norm for t in doc.tokens[cand.first : cand.last])
            names[words] = "PERSON"
            names.setdefault(words[-1:], "PERSON")
    if not names:
        return []
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(names, key=len, reverse=True):  # longest first
        by_first.setdefault(words[0], []).append(words)
    found: list[Candidate] = []
    for token in doc.tokens:
        if not token.is_capitalised:
            continue
        for words in by_first.get(token.norm, ()):
            last = token.index + len(words)
            window = doc.tokens[token.index : last]
            if tuple(t.norm for t in window) == words and window[0].is_capitalised:
                found.append(
                    Candidate(
                        window[0].start,
                        window[-1].end,
                        token.index,
                        last,
                        "PERSON",
                        "docname",
                        CONFIDENCE_SHORT,
                    )
                )
                break
    return found
