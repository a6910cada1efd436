"""Story clustering: documents about the same real-world event, across languages.

A document becomes a :class:`DocumentProfile` (:func:`build_profile`): its
language, publication date, title, the entities it mentions (knowledge-base ids
are language-independent, so they match across languages; local ids are name
slugs), its events as (type, date), a sparse vector of content words and a
small sketch of word shingles for near-duplicate detection.

:func:`profile_similarity` combines

* entity overlap: cosine of entity vectors weighted by mention count, entity
  type (people, places, organisations count more than countries and
  nationalities) and, when corpus statistics are given, inverse document
  frequency (an entity in every article, such as a country at war, says little);
* lexical overlap: TF-IDF cosine of content words, only between documents of
  the same language;
* shared events: the same PLOVER type on the same date;
* date proximity: documents whose dates lie more than ``window_days`` apart
  count less, more than ``max_gap_days`` apart are never the same story.

When the languages differ the lexical part is left out and the other parts
are re-weighted, so a story can still join its translation.

:class:`StoryClusterer` is incremental: :meth:`StoryClusterer.add` compares a
new profile only with the stories of candidate documents found through an
inverted index of entity ids and distinctive words, blocked by date (never
all pairs), and joins the most similar story above the threshold or starts a
new one. The result of a sequence of ``add`` calls depends on their order
(the statistics and the story centroids grow as documents arrive);
:meth:`StoryClusterer.recluster` rebuilds every story from the same candidate
pairs by average-link agglomeration with the final statistics, in an order
fixed by the similarities and document ids, so any insertion order yields the
same stories. :meth:`StoryClusterer.settle` does the same for the neighbourhood
of the documents added since the last settle (the store calls it at the end of
every ingest), and :meth:`StoryClusterer.restore` reloads the stories a store
recorded.
"""

from __future__ import annotations

import datetime as dt
import heapq
import logging
import math
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from annals.errors import ConfigurationError
from annals.models import Analysis, EntityType, PartialDate

logger = logging.getLogger(__name__)

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


# --------------------------------------------------------------------------- profiles


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


# --------------------------------------------------------------------------- similarity


@dataclass(slots=True)
class CorpusStatistics:
    """Document frequencies of entity ids and words over the profiles seen so far."""

    documents: int = 0
    frequencies: Counter[str] = field(default_factory=Counter)

    def add(self, profile: DocumentProfile) -> None:
        self.documents += 1
        self.frequencies.update(f"e:{key}" for key, _ in profile.entities)
        self.frequencies.update(f"t:{profile.language}:{key}" for key, _ in profile.terms)

    def idf(self, key: str) -> float:
        """Smoothed inverse document frequency of an ``e:``/``t:lang:`` key (1.0 when unseen)."""
        if self.documents == 0:
            return 1.0
        return math.log((self.documents + 1) / (self.frequencies.get(key, 0) + 1)) + 1.0


@dataclass(frozen=True, slots=True)
class SimilarityWeights:
    """How the parts of :func:`profile_similarity` combine, and the date window."""

    entities: float = 0.3
    lexical: float = 0.7
    events: float = 0.05
    window_days: int = 7
    max_gap_days: int = 45
    outside_window: float = 0.6

    def __post_init__(self) -> None:
        if min(self.entities, self.lexical, self.events) < 0 or self.entities + self.events <= 0:
            raise ConfigurationError(
                f"similarity weights {self!r} must be non-negative, with entities + events > 0"
            )
        if not 0 <= self.window_days <= self.max_gap_days:
            raise ConfigurationError(
                f"window_days {self.window_days} must lie in 0..max_gap_days ({self.max_gap_days})"
            )


def _vector(
    pairs: Iterable[tuple[str, float]], prefix: str, statistics: CorpusStatistics | None
) -> dict[str, float]:
    if statistics is None:
        return dict(pairs)
    return {key: value * statistics.idf(prefix + key) for key, value in pairs}


def cosine(first: Mapping[str, float], second: Mapping[str, float]) -> float:
    """Cosine similarity of two sparse vectors (0.0 when either is empty)."""
    if len(first) > len(second):
        first, second = second, first
    dot = sum(value * second.get(key, 0.0) for key, value in first.items())
    if dot == 0.0:
        return 0.0
    norm = math.sqrt(sum(v * v for v in first.values()) * sum(v * v for v in second.values()))
    return dot / norm


def date_gap_days(first: PartialDate | None, second: PartialDate | None) -> int | None:
    """Days between two date spans (0 when they overlap); ``None`` when either is unknown."""
    if first is None or second is None:
        return None
    return _span_gap((first.first_day(), first.last_day()), (second.first_day(), second.last_day()))


def _span_gap(first: tuple[dt.date, dt.date], second: tuple[dt.date, dt.date]) -> int:
    if first[1] < second[0]:
        return (second[0] - first[1]).days
    if second[1] < first[0]:
        return (first[0] - second[1]).days
    return 0


def date_factor(gap: int | None, weights: SimilarityWeights) -> float:
    """1.0 within the window (or when a date is unknown), less outside it, 0.0 past the maximum."""
    if gap is None or gap <= weights.window_days:
        return 1.0
    if gap > weights.max_gap_days:
        return 0.0
    return weights.outside_window


def _event_overlap(first: Iterable[tuple[str, str]], second: Iterable[tuple[str, str]]) -> float:
    a, b = set(first), set(second)
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def combine(
    entity_score: float,
    lexical_score: float | None,
    event_score: float,
    weights: SimilarityWeights,
) -> float:
    """Weighted mean of the parts; ``lexical_score`` is ``None`` across languages."""
    total = weights.entities * entity_score + weights.events * event_score
    norm = weights.entities + weights.events
    if lexical_score is not None:
        total += weights.lexical * lexical_score
        norm += weights.lexical
    return total / norm


def profile_similarity(
    a: DocumentProfile,
    b: DocumentProfile,
    statistics: CorpusStatistics | None = None,
    weights: SimilarityWeights | None = None,
) -> float:
    """How likely two documents tell the same story, in 0..1 (see the module docstring).

    Without ``statistics`` every entity and word has the same inverse document frequency.
    """
    weights = weights or SimilarityWeights()
    factor = date_factor(date_gap_days(a.published, b.published), weights)
    if factor == 0.0:
        return 0.0
    entity_score = cosine(
        _vector(a.entities, "e:", statistics), _vector(b.entities, "e:", statistics)
    )
    lexical_score = None
    if a.language == b.language:
        prefix = f"t:{a.language}:"
        lexical_score = cosine(
            _vector(a.terms, prefix, statistics), _vector(b.terms, prefix, statistics)
        )
    event_score = _event_overlap(a.events, b.events)
    return factor * combine(entity_score, lexical_score, event_score, weights)


def sketch_jaccard(first: tuple[int, ...], second: tuple[int, ...]) -> float:
    """Estimated Jaccard similarity of two bottom-k shingle sketches."""
    if not first or not second:
        return 0.0
    keep = min(len(first), len(second))
    union = heapq.nsmallest(keep, set(first) | set(second))
    shared = set(first) & set(second)
    return sum(1 for value in union if value in shared) / len(union)


def is_near_duplicate(a: DocumentProfile, b: DocumentProfile, threshold: float = 0.8) -> bool:
    """True for republished or syndicated copies: the same language and either most word
    shingles in common, or content words alike (cosine >= 0.95) with similar lengths."""
    if a.language != b.language:
        return False
    if sketch_jaccard(a.sketch, b.sketch) >= threshold:
        return True
    if not a.terms or not b.terms:
        return False
    shorter, longer = sorted((len(a.terms), len(b.terms)))
    return shorter / longer >= 0.8 and cosine(dict(a.terms), dict(b.terms)) >= 0.95


# --------------------------------------------------------------------------- clustering


@dataclass(frozen=True, slots=True)
class StorySummary:
    """A story: its id, title (the earliest member's), documents, languages and date range."""

    id: str
    title: str
    doc_ids: tuple[str, ...]
    languages: tuple[str, ...]
    date_from: PartialDate | None
    date_to: PartialDate | None


@dataclass(slots=True)
class _Story:
    """A story's members and centroid (sums of the members' normalised vectors)."""

    members: list[int] = field(default_factory=list)
    entities: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    terms: dict[str, dict[str, float]] = field(default_factory=dict)
    events: set[tuple[str, str]] = field(default_factory=set)
    span: tuple[dt.date, dt.date] | None = None

    def absorb(self, index: int, profile: DocumentProfile) -> None:
        self.members.append(index)
        for key, value in _normalised(profile.entities):
            self.entities[key] += value
        terms = self.terms.setdefault(profile.language, defaultdict(float))
        for key, value in _normalised(profile.terms):
            terms[key] += value
        self.events.update(profile.events)
        if profile.published is not None:
            first, last = profile.published.first_day(), profile.published.last_day()
            if self.span is not None:
                first, last = min(first, self.span[0]), max(last, self.span[1])
            self.span = (first, last)


def _normalised(pairs: tuple[tuple[str, float], ...]) -> list[tuple[str, float]]:
    norm = math.sqrt(sum(value * value for _, value in pairs))
    return [(key, value / norm) for key, value in pairs] if norm else []


def _date_span(profile: DocumentProfile) -> tuple[dt.date, dt.date] | None:
    if profile.published is None:
        return None
    return profile.published.first_day(), profile.published.last_day()


class StoryClusterer:
    """Groups document profiles into stories, incrementally (see the module docstring).

    ``threshold`` is the least similarity of a new document to a story's centroid for it to
    join the story; ``link_threshold`` the least average similarity between two stories for
    :meth:`recluster` to merge them (both tuned on ECB+ dev topics 1-25). A key (entity id or
    word) that more than ``postings_limit`` documents share is too common to find candidates.
    """

    def __init__(
        self,
        threshold: float = 0.2,
        link_threshold: float = 0.15,
        weights: SimilarityWeights | None = None,
        postings_limit: int = 400,
        query_keys: int = 8,
        index_terms: int = 30,
    ) -> None:
        if not 0.0 < threshold <= 1.0 or not 0.0 < link_threshold <= 1.0:
            raise ConfigurationError(
                f"thresholds must lie in (0, 1], got threshold={threshold}, "
                f"link_threshold={link_threshold}"
            )
        self.threshold = threshold
        self.link_threshold = link_threshold
        self.weights = weights or SimilarityWeights()
        self.postings_limit = postings_limit
        self.query_keys = query_keys
        self.index_terms = index_terms
        self.statistics = CorpusStatistics()
        self._bucket_days = max(1, self.weights.window_days)
        self._profiles: list[DocumentProfile] = []
        self._index_of: dict[str, int] = {}
        self._story_of: list[int] = []
        self._stories: dict[int, _Story] = {}
        self._dated: dict[tuple[str, int], list[int]] = defaultdict(list)
        self._undated: dict[str, list[int]] = defaultdict(list)
        self._buckets_of: dict[str, set[int]] = defaultdict(set)

    def __len__(self) -> int:
        return len(self._profiles)

    # ----------------------------------------------------------------- incremental

    def add(self, profile: DocumentProfile) -> str:
        """Place one document in a story and return the story id (a known document keeps its
        story)."""
        known = self._index_of.get(profile.doc_id)
        if known is not None:
            return self._story_id(self._story_of[known])
        index = len(self._profiles)
        self._profiles.append(profile)
        self._index_of[profile.doc_id] = index
        self.statistics.add(profile)
        best, best_score = -1, self.threshold
        for story in sorted({self._story_of[c] for c in self._candidates(index)}):
            score = self._story_similarity(profile, self._stories[story])
            if score >= best_score and (score > best_score or best < 0):
                best, best_score = story, score
        if best < 0:
            best = index
            self._stories[best] = _Story()
        self._stories[best].absorb(index, profile)
        self._story_of.append(best)
        self._index(index)
        return self._story_id(best)

    def _story_similarity(self, profile: DocumentProfile, story: _Story) -> float:
        weights = self.weights
        span = _date_span(profile)
        gap = _span_gap(span, story.span) if span and story.span else None
        factor = date_factor(gap, weights)
        if factor == 0.0:
            return 0.0
        stats = self.statistics
        entity_score = cosine(
            _vector(profile.entities, "e:", stats), _vector(story.entities.items(), "e:", stats)
        )
        lexical_score = None
        if profile.language in story.terms:
            prefix = f"t:{profile.language}:"
            lexical_score = cosine(
                _vector(profile.terms, prefix, stats),
                _vector(story.terms[profile.language].items(), prefix, stats),
            )
        event_score = _event_overlap(profile.events, story.events)
        return factor * combine(entity_score, lexical_score, event_score, weights)

    # ----------------------------------------------------------------- blocking

    def _index_keys(self, profile: DocumentProfile) -> list[str]:
        terms = sorted(profile.terms, key=lambda pair: (-pair[1], pair[0]))[: self.index_terms]
        return [f"e:{key}" for key, _ in profile.entities] + [
            f"t:{profile.language}:{key}" for key, _ in terms
        ]

    def _query_keys(self, profile: DocumentProfile) -> list[str]:
        """The profile's most distinctive entity ids and words (weight x current IDF); keys
        more than ``postings_limit`` documents share are too common to block on."""
        stats, limit = self.statistics, self.query_keys
        prefix = f"t:{profile.language}:"
        chosen: list[str] = []
        for keyed in (
            [(f"e:{key}", value) for key, value in profile.entities],
            [(prefix + key, value) for key, value in profile.terms],
        ):
            ranked = sorted(
                (
                    (value * stats.idf(key), key)
                    for key, value in keyed
                    if stats.frequencies.get(key, 0) <= self.postings_limit
                ),
                key=lambda pair: (-pair[0], pair[1]),
            )
            chosen += [key for _, key in ranked[:limit]]
        return chosen

    def _bucket(self, day: dt.date) -> int:
        return day.toordinal() // self._bucket_days

    def _index(self, index: int) -> None:
        profile = self._profiles[index]
        span = _date_span(profile)
        for key in self._index_keys(profile):
            if span is None:
                self._undated[key].append(index)
                continue
            for bucket in range(self._bucket(span[0]), self._bucket(span[1]) + 1):
                self._dated[(key, bucket)].append(index)
                self._buckets_of[key].add(bucket)

    def _candidates(self, index: int) -> set[int]:
        """Documents sharing a distinctive key with document ``index`` within the date window
        (undated documents match any date); never document ``index`` itself."""
        profile = self._profiles[index]
        span = _date_span(profile)
        found: set[int] = set()
        for key in self._query_keys(profile):
            lists = [self._undated.get(key, [])]
            if span is None:
                buckets: Iterable[int] = sorted(self._buckets_of.get(key, ()))
            else:
                reach = dt.timedelta(days=self.weights.max_gap_days)
                buckets = range(self._bucket(span[0] - reach), self._bucket(span[1] + reach) + 1)
            lists += [self._dated.get((key, bucket), []) for bucket in buckets]
            for postings in lists:
                if len(postings) <= self.postings_limit:
                    found.update(postings)
        found.discard(index)
        return found

    # ----------------------------------------------------------------- results

    def _story_id(self, story: int) -> str:
        return f"story-{self._profiles[story].doc_id}"

    def stories(self) -> dict[str, list[str]]:
        """Story id → its document ids, in the order they were added."""
        out: dict[str, list[str]] = {}
        for story_number in sorted(self._stories):
            story = self._stories[story_number]
            out[self._story_id(story_number)] = [self._profiles[i].doc_id for i in story.members]
        return out

    def profile(self, doc_id: str) -> DocumentProfile:
        """The profile of a document already added."""
        return self._profiles[self._index_of[doc_id]]

    def story_of(self, doc_id: str) -> str:
        """The story id of a document already added."""
        index = self._index_of.get(doc_id)
        if index is None:
            raise KeyError(f"document {doc_id!r} was never added to this clusterer")
        return self._story_id(self._story_of[index])

    def summaries(self) -> list[StorySummary]:
        """Every story with its title, languages and date range, by story id."""
        summaries = []
        for story_number in sorted(self._stories, key=self._story_id):
            members = [self._profiles[i] for i in self._stories[story_number].members]
            dates = sorted(p.published for p in members if p.published is not None)
            summaries.append(
                StorySummary(
                    id=self._story_id(story_number),
                    title=self._profiles[story_number].title,
                    doc_ids=tuple(p.doc_id for p in members),
                    languages=tuple(sorted({p.language for p in members})),
                    date_from=dates[0] if dates else None,
                    date_to=dates[-1] if dates else None,
                )
            )
        return summaries

    def restore(self, placed: Sequence[tuple[DocumentProfile, str | None]]) -> None:
        """Load documents with the stories the store recorded for them (``story-<doc id>`` of
        a member, or ``None``), without comparing anything: the state :meth:`add` and
        :meth:`settle` continue from after a restart. A document without a story, or whose
        story names no restored document, founds a story of its own."""
        start = len(self._profiles)
        for profile, _ in placed:
            if profile.doc_id in self._index_of:
                raise ValueError(f"document {profile.doc_id!r} is already in this clusterer")
            self._index_of[profile.doc_id] = len(self._profiles)
            self._profiles.append(profile)
            self._story_of.append(-1)
            self.statistics.add(profile)
        groups: dict[str, list[int]] = defaultdict(list)
        for offset, (profile, story_id) in enumerate(placed):
            groups[story_id or f"story-{profile.doc_id}"].append(start + offset)
        for story_id, members in groups.items():
            founder = self._index_of.get(story_id.removeprefix("story-"))
            self._place(members, founder if founder in members else None)
        for index in range(start, len(self._profiles)):
            self._index(index)

    def _place(self, members: list[int], founder: int | None = None) -> int:
        """Make ``members`` one story, named by ``founder`` (by default the earliest member,
        then the smallest document id); return the story number."""
        ordered = sorted(members, key=self._founding_order)
        if founder is None:
            founder = ordered[0]
        story = _Story()
        for index in ordered:
            story.absorb(index, self._profiles[index])
            self._story_of[index] = founder
        self._stories[founder] = story
        return founder

    def settle(self, doc_ids: Iterable[str]) -> dict[str, tuple[str, str | None]]:
        """Re-cluster the neighbourhood of recently added documents so that the stories do
        not depend on the order the documents came in.

        The region is the documents ``doc_ids``, the documents they block with (under the
        current statistics), and every member of the stories of either; its stories are
        rebuilt by average link as in :meth:`recluster`, the rest stay as they are. Returns,
        for each document of the region, its story id and the document it copies (the
        earliest near-duplicate of it in its story, or ``None``).
        """
        dirty = sorted({self._index_of[doc_id] for doc_id in doc_ids})
        if not dirty:
            return {}
        region: set[int] = set(dirty)
        for index in dirty:
            region.update(self._candidates(index))
        for story in {self._story_of[index] for index in region}:
            region.update(self._stories[story].members)
        edges = self._pair_similarities(region)
        for story in {self._story_of[index] for index in region}:
            del self._stories[story]
        doc_ids_in_region = sorted(self._profiles[index].doc_id for index in region)
        placed: dict[str, tuple[str, str | None]] = {}
        for group in average_link(doc_ids_in_region, edges, self.link_threshold):
            founder = self._place([self._index_of[doc_id] for doc_id in group])
            placed.update(self._copies(founder))
        return placed

    def _copies(self, story: int) -> dict[str, tuple[str, str | None]]:
        """Each member of a story with the earliest earlier member it nearly duplicates."""
        story_id = self._story_id(story)
        originals: list[DocumentProfile] = []
        out: dict[str, tuple[str, str | None]] = {}
        for index in sorted(self._stories[story].members, key=self._founding_order):
            profile = self._profiles[index]
            original = next((o for o in originals if is_near_duplicate(o, profile)), None)
            if original is None:
                originals.append(profile)
            out[profile.doc_id] = (story_id, original.doc_id if original else None)
        return out

    # ----------------------------------------------------------------- batch pass

    def recluster(self) -> dict[str, list[str]]:
        """Rebuild every story from scratch, independently of the order of the ``add`` calls.

        Candidate pairs come from the same blocking as :meth:`add` (with the final
        statistics); clusters merge by average link (pairs never compared count as 0)
        while the best average similarity is at least ``link_threshold``; ties break by
        document id. Returns :meth:`stories`.
        """
        edges = self._pair_similarities()
        groups = average_link(sorted(self._index_of), edges, self.link_threshold)
        self._stories = {}
        for members in groups:
            self._place([self._index_of[doc_id] for doc_id in members])
        return self.stories()

    def _founding_order(self, index: int) -> tuple[dt.date, str]:
        profile = self._profiles[index]
        day = profile.published.first_day() if profile.published else dt.date.max
        return day, profile.doc_id

    def _pair_similarities(self, within: set[int] | None = None) -> dict[tuple[str, str], float]:
        """Similarities of the candidate pairs (blocking as in :meth:`add`), of every document
        or only between the documents ``within``."""
        edges: dict[tuple[str, str], float] = {}
        indices = range(len(self._profiles)) if within is None else sorted(within)
        for index in indices:
            for other in self._candidates(index):
                if within is not None and other not in within:
                    continue
                first, second = sorted((self._profiles[index].doc_id, self._profiles[other].doc_id))
                if (first, second) in edges:
                    continue
                score = profile_similarity(
                    self.profile(first), self.profile(second), self.statistics, self.weights
                )
                if score > 0.0:
                    edges[(first, second)] = round(score, 9)
        return edges


def average_link(
    doc_ids: list[str], edges: Mapping[tuple[str, str], float], threshold: float
) -> list[list[str]]:
    """Average-link agglomeration over sparse similarities; clusters are named by their
    smallest document id, which also breaks ties, so the result does not depend on any
    insertion order."""
    members: dict[str, list[str]] = {doc_id: [doc_id] for doc_id in doc_ids}
    sums: dict[str, dict[str, float]] = defaultdict(dict)
    for (first, second), score in edges.items():
        sums[first][second] = score
        sums[second][first] = score
    heap = [(-score, first, second) for (first, second), score in edges.items()]
    heapq.heapify(heap)
    while heap:
        negative, first, second = heapq.heappop(heap)
        if -negative < threshold:
            break
        if first not in members or second not in members:
            continue
        current = sums[first].get(second, 0.0) / (len(members[first]) * len(members[second]))
        if round(current, 9) != round(-negative, 9):
            continue
        kept, gone = first, second  # first < second by construction
        members[kept].extend(members.pop(gone))
        for neighbour, score in sums.pop(gone).items():
            sums[neighbour].pop(gone, None)
            if neighbour != kept:
                sums[kept][neighbour] = sums[kept].get(neighbour, 0.0) + score
                sums[neighbour][kept] = sums[kept][neighbour]
        sums[kept].pop(gone, None)
        for neighbour, score in sums[kept].items():
            average = score / (len(members[kept]) * len(members[neighbour]))
            pair = (kept, neighbour) if kept < neighbour else (neighbour, kept)
            heapq.heappush(heap, (-round(average, 9), pair[0], pair[1]))
    return [sorted(group) for _, group in sorted(members.items())]


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
