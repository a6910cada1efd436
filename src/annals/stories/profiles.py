"""Story-clustering profiles: what clustering needs to know about one document.

A document becomes a :class:`DocumentProfile` (:func:`build_profile`): its
language, publication date, title, the entities it mentions (knowledge-base ids
are language-independent, so they match across languages; local ids are name
slugs), its events as (type, date), a sparse vector of content words and a
small sketch of word shingles for near-duplicate detection. The store keeps
profiles as JSON (:func:`profile_to_json`, :func:`profile_from_json`).
"""

from __future__ import annotations

import heapq
import math
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from annals.models import Analysis, EntityType, PartialDate

#: How much one mention of an entity type says about which story a document tells.
TYPE_WEIGHTS: dict[EntityType, float] = {
    "PERSON": 1.0,
    "FAC": 1.0,
    "EVENT": 1.0,
    "ORG": 0.8,
    "LOC": 0.8,
    "PRODUCT": 0.7,
    "MISC": 0.4,
    "GPE": 0.5,
    "NORP": 0.25,
}
#: Entities of the title and the lead (first sentences) weigh this much more.
LEAD_BOOST = 2.0
LEAD_CHARS = 400
TITLE_TERM_BOOST = 2
LEAD_TERM_BOOST = 1
#: Publication dates inferred from the text below this confidence are ignored (they are often
#: the date of an earlier event the article mentions).
MIN_DATE_CONFIDENCE = 0.7
#: Weight of each year or month the text mentions (``date:2013``, ``date:2013-05``) in the
#: entity vector: two reports of one event mention the same dates.
DATE_KEY_WEIGHT = 0.5
_STATED_BASES = frozenset({"header", "metadata", "given"})
MAX_TERMS = 150
MAX_ENTITIES = 60
SHINGLE_SIZE = 4
SKETCH_SIZE = 128
#: Statuses whose events say what happened (a denied or hypothetical event tells no story).
_FACT_STATUSES = frozenset({"occurred", "ongoing", "planned"})


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOP_WORDS: dict[str, frozenset[str]] = {
    "en": _word_set(
        """a about above after again against all also am an and any are as at be because been
        before being below between both but by can could did do does doing down during each
        few for from further had has have having he her here hers herself him himself his how
        i if in into is it its itself just me more most my no nor not now of off on once only
        or other our ours out over own same she should so some such than that the their theirs
        them then there these they this those through to too under until up very was we were
        what when where which while who whom why will with would you your yours said says say
        told according also one two new year years last first would could may might must
        reported report reports news people time week day today yesterday monday tuesday
        wednesday thursday friday saturday sunday mr mrs ms"""
    ),
    "it": _word_set(
        """il lo la i gli le un uno una di del dello della dei degli delle a al allo alla ai agli
        alle da dal dallo dalla dai dagli dalle in nel nello nella nei negli nelle su sul sullo
        sulla sui sugli sulle con per tra fra e ed o ma se che chi cui non più anche come dove
        quando è sono era erano essere stato stata stati ha hanno aveva avere questo questa
        questi queste quello quella quelli quelle suo sua suoi sue loro nostro ci si ne mi ti
        vi già dopo prima oggi ieri detto ha dichiarato secondo anni anno"""
    ),
    "fr": _word_set(
        """le la les l un une des de du d à au aux en dans sur sous par pour avec sans entre et
        ou mais donc ni car que qui quoi dont où ne pas plus ce cet cette ces son sa ses leur
        leurs notre nos votre vos il elle ils elles on nous vous je tu se est sont était
        étaient être été a ont avait avoir fait comme aussi après avant selon a déclaré dit
        hier aujourd hui ans année"""
    ),
    "de": _word_set(
        """der die das den dem des ein eine einer eines einem einen und oder aber doch denn
        nicht kein keine auch als wie wenn dass daß zu zum zur im in an am auf aus bei mit nach
        von vom vor für über unter durch gegen ohne um bis ist sind war waren sein gewesen hat
        haben hatte hatten wird werden wurde wurden er sie es wir ihr ich man sich sein seine
        ihre ihren dieser diese dieses noch schon nur sagte heute gestern jahr jahre"""
    ),
    "es": _word_set(
        """el la los las un una unos unas de del al a en por para con sin sobre entre y o u pero
        ni que quien cual cuyo donde cuando como no más también ya es son era eran ser sido
        está están estaba ha han había haber este esta estos estas ese esa esos esas su sus
        lo le les se nos me te mi tu dijo según hoy ayer años año tras"""
    ),
}
_WORD = re.compile(r"\w+", re.UNICODE)
_YEAR_MONTH = re.compile(r"^(\d{4})(?:-(\d{2}))?")


@dataclass(frozen=True, slots=True)
class DocumentProfile:
    """What story clustering needs to know about one document.

    ``entities`` and ``terms`` are sparse vectors as sorted ``(key, weight)``
    pairs; ``events`` are ``(PLOVER type, ISO date)`` pairs; ``sketch`` holds
    the smallest hashes of the text's word shingles (a bottom-k sketch).
    """

    doc_id: str
    language: str
    published: PartialDate | None
    title: str = ""
    entities: tuple[tuple[str, float], ...] = ()
    events: tuple[tuple[str, str], ...] = ()
    terms: tuple[tuple[str, float], ...] = ()
    sketch: tuple[int, ...] = ()

    def blocking_keys(self, limit: int = 8) -> tuple[str, ...]:
        """The profile's strongest entity ids and words, as inverted-index keys."""
        ents = sorted(self.entities, key=lambda pair: (-pair[1], pair[0]))[:limit]
        terms = sorted(self.terms, key=lambda pair: (-pair[1], pair[0]))[:limit]
        return tuple([f"e:{key}" for key, _ in ents] + [f"t:{key}" for key, _ in terms])


def content_words(text: str, language: str) -> list[str]:
    """Lower-cased words of ``text`` without stop words, one-letter words and short numbers."""
    return _content_words(_WORD.findall(text.lower()), language)


def _content_words(all_words: Iterable[str], language: str) -> list[str]:
    stop = _STOP_WORDS.get(language, _STOP_WORDS["en"])
    words = []
    for word in all_words:
        if word in stop or word.startswith("_"):
            continue
        if word.isdigit() and len(word) < 2:
            continue
        if not word.isdigit() and len(word) < 3:
            continue
        words.append(word)
    return words


def _top(weights: Mapping[str, float], limit: int) -> tuple[tuple[str, float], ...]:
    ranked = sorted(weights.items(), key=lambda pair: (-pair[1], pair[0]))[:limit]
    return tuple(sorted((key, round(value, 6)) for key, value in ranked))


def shingle_sketch(text: str, size: int = SHINGLE_SIZE, keep: int = SKETCH_SIZE) -> tuple[int, ...]:
    """The ``keep`` smallest CRC-32 hashes of the text's lower-cased word ``size``-grams."""
    return _sketch_of(_WORD.findall(text.lower()), size, keep)


def _sketch_of(words: Sequence[str], size: int, keep: int) -> tuple[int, ...]:
    if len(words) < size:
        grams = {" ".join(words)} if words else set()
    else:
        grams = {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}
    hashes = {zlib.crc32(gram.encode("utf-8")) for gram in grams}
    return tuple(heapq.nsmallest(keep, hashes))


def build_profile(analysis: Analysis) -> DocumentProfile:
    """The clustering profile of one analysed document."""
    title = analysis.title or _first_line(analysis.text)
    lead_end = max(LEAD_CHARS, len(title))
    entity_weights: dict[str, float] = defaultdict(float)
    for mention in analysis.entities:
        key = mention.kb_id or mention.entity_id
        weight = TYPE_WEIGHTS.get(mention.type, 0.5)
        if mention.start < lead_end:
            weight *= LEAD_BOOST
        entity_weights[key] += weight
    for expression in analysis.times:
        for key in _date_keys(expression.type, expression.value):
            entity_weights[key] += DATE_KEY_WEIGHT
    words = _WORD.findall(analysis.text.lower())  # one pass serves the terms and the sketch
    counts = Counter(_content_words(words, analysis.language))
    for word in content_words(title, analysis.language):
        counts[word] += TITLE_TERM_BOOST
    for word in content_words(analysis.text[:lead_end], analysis.language):
        counts[word] += LEAD_TERM_BOOST
    terms = {word: 1.0 + math.log(count) for word, count in counts.items()}
    events = sorted(
        {
            (event.type, event.date.iso)
            for event in analysis.events
            if event.date is not None and event.status in _FACT_STATUSES
        }
    )
    stated = analysis.published
    trusted = stated.basis in _STATED_BASES or (
        stated.basis == "inferred" and stated.confidence >= MIN_DATE_CONFIDENCE
    )
    published = stated.date if trusted else None
    return DocumentProfile(
        doc_id=analysis.id,
        language=analysis.language,
        published=published,
        title=title,
        entities=_top({k: 1.0 + math.log1p(v) for k, v in entity_weights.items()}, MAX_ENTITIES),
        events=tuple(events),
        terms=_top(terms, MAX_TERMS),
        sketch=_sketch_of(words, SHINGLE_SIZE, SKETCH_SIZE),
    )


def _date_keys(time_type: str, value: str) -> list[str]:
    """``date:YYYY`` and ``date:YYYY-MM`` keys of a dated expression (none for ``XXXX``,
    durations, references such as ``PAST_REF``)."""
    match = _YEAR_MONTH.match(value) if time_type == "DATE" else None
    if match is None:
        return []
    keys = [f"date:{match.group(1)}"]
    if match.group(2):
        keys.append(f"date:{match.group(1)}-{match.group(2)}")
    return keys


def _first_line(text: str) -> str:
    line = text.strip().split("\n", 1)[0]
    return line[:200]


def profile_to_json(profile: DocumentProfile) -> dict[str, object]:
    """A JSON-ready form of a profile, for the store."""
    return {
        "doc_id": profile.doc_id,
        "language": profile.language,
        "published": profile.published.iso if profile.published else None,
        "title": profile.title,
        "entities": [list(pair) for pair in profile.entities],
        "events": [list(pair) for pair in profile.events],
        "terms": [list(pair) for pair in profile.terms],
        "sketch": list(profile.sketch),
    }


def profile_from_json(data: Mapping[str, Any]) -> DocumentProfile:
    """The inverse of :func:`profile_to_json`."""
    published = data.get("published")
    return DocumentProfile(
        doc_id=str(data["doc_id"]),
        language=str(data["language"]),
        published=PartialDate.parse(published) if published else None,
        title=str(data.get("title", "")),
        entities=tuple((str(key), float(weight)) for key, weight in data.get("entities", ())),
        events=tuple((str(kind), str(date)) for kind, date in data.get("events", ())),
        terms=tuple((str(key), float(weight)) for key, weight in data.get("terms", ())),
        sketch=tuple(int(value) for value in data.get("sketch", ())),
    )
