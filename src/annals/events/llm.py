"""An optional event coder backed by an OpenAI-compatible LLM server.

For users who run a model locally (llama.cpp server, vLLM, Ollama): the
document's sentences, numbered, go to ``POST {llm_url}/v1/chat/completions``
with ``response_format`` set to a strict JSON schema (OpenAI structured
outputs, which the three servers turn into constrained decoding). The model
proposes events as *text* (type, mode, status, actor and recipient names,
sentence number, trigger, date, place, amounts); everything that ends up in an
:class:`~annals.models.Event` is then grounded locally:

* the answer is validated against the schema here (a server may ignore it);
* actor, recipient and place names must match the document's linked entity
  mentions (in the sentence first, then anywhere in the document), else they
  are dropped; an event left without participants is dropped;
* the sentence number gives the evidence span; dates come from the
  document's time expressions in that sentence, else from the publication
  date as the local coder does (:mod:`annals.events.status`);
* quantities come from :mod:`annals.events.attributes` on the sentence
  (deterministic and better at numbers than a model);
* PLOVER's rule that all participants of a meeting without host and visitor
  are actors is applied after the model, not left to it.

Failures (HTTP errors, timeouts, output that is not JSON or breaks the
schema) raise :class:`LlmBackendError`, an :class:`~annals.errors.AnnalsError`,
so the article fails at stage "events" and is retried by the next ingest
(nothing is stored for it). With ``llm_fallback = true`` the article is coded
by the local rules instead, with a warning. HTTP 429/5xx and refused
connections are retried ``llm_retries`` times with exponential backoff
(honouring ``Retry-After``); timeouts are not retried.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from annals.events.attributes import AttributeExtractor
from annals.events.extractor import (
    PLACE_TYPES,
    EventExtractor,
    build_event,
    is_reporter,
    place_of,
    unique_by_entity,
)
from annals.events.lexicon import PhraseSet, cues
from annals.events.llm_client import MODES, ChatClient, LlmBackendError, ProposedEvent, parse_answer
from annals.events.roles import is_participant
from annals.events.status import StatusDetector
from annals.events.triggers import TriggerCandidate
from annals.models import (
    EntityMention,
    Event,
    EventAttributes,
    EventStatus,
    ParsedText,
    PartialDate,
    Place,
    PublicationDate,
    Quote,
    Sentence,
    TimeExpression,
)
from annals.time.values import value_to_date

if TYPE_CHECKING:
    from annals.config import Settings

logger = logging.getLogger(__name__)

_CHUNK_CHARS = 6000  # sentences per request, by size: most articles go in one request
_CHUNK_SENTENCES = 60
_BASE_CONFIDENCE = 0.7

_TYPE_DEFINITIONS = {
    "AGREE": "agree to, promise, sign or announce an agreement, deal, ceasefire or plan "
    "to act together (words and signatures, not the act itself)",
    "CONSULT": "meet, visit, hold talks, negotiate, phone, attend a summit",
    "SUPPORT": "voice support, praise, endorse, thank, recognise, apologise",
    "CONCEDE": "give in: ease restrictions, accept a demand, admit responsibility, "
    "make concessions",
    "COOPERATE": "act together: joint work, sharing intelligence, trade or legal "
    "cooperation (not aid)",
    "AID": "give material help: weapons, money, loans, humanitarian or economic aid, training",
    "RETREAT": "withdraw forces, release people, return territory or property, disarm, "
    "observe a ceasefire, allow access, resign",
    "REQUEST": "ask, appeal, call on, demand (aid, a change, a meeting)",
    "ACCUSE": "criticise, condemn, blame, accuse, open an investigation",
    "REJECT": "refuse, reject, veto, turn down a request or proposal",
    "THREATEN": "threaten force, sanctions or other harm; issue an ultimatum",
    "PROTEST": "demonstrate, rally, strike, riot, boycott (mostly civilians)",
    "SANCTION": "impose sanctions or embargoes, expel diplomats, cut ties, convict",
    "MOBILIZE": "raise readiness: deploy or mass troops, police or weapons, exercises",
    "COERCE": "repress without killing: arrest, detain, seize, ban, censor, deport, cyber attacks",
    "ASSAULT": "use violence: attacks, shelling, air or drone strikes, killings, "
    "abductions, torture",
}

SYSTEM_PROMPT = (
    "You code political events in news text with the PLOVER event ontology. You receive "
    "numbered sentences of one article and the names of the entities it mentions. Return "
    "every event stated in those sentences, one object per event, as JSON matching the "
    "schema. Report only what the text states; no background knowledge.\n\n"
    "Event types:\n"
    + "\n".join(f"- {name}: {text}" for name, text in _TYPE_DEFINITIONS.items())
    + "\n\nModes (leave empty when none fits):\n"
    + "\n".join(f"- {name}: {', '.join(sorted(MODES[name]))}" for name in sorted(MODES))
    + "\n  CONSULT: visit = one side travels to the other; meet = talks without host and "
    "visitor; phone = by phone or video.\n\n"
    "Status: occurred (happened), planned (announced, scheduled, promised or future), "
    "ongoing (happening at publication), hypothetical (could, might, if, would), "
    "negated (did not happen, was denied or cancelled).\n\n"
    "Roles:\n"
    "- actor: who does the act; recipient: who it is done to or for.\n"
    "- In a visit the visitor is the actor and the host the recipient, also when the "
    "sentence says 'X hosted Y' (then Y is the actor).\n"
    "- In a meeting or talks without host and visitor, every participant is an actor and "
    "there is no recipient.\n"
    "- News agencies and reporters who tell the story are never actors or recipients.\n"
    "- A pronoun ('he', 'they', 'we') stands for the entity it refers to: write that "
    "entity's name.\n"
    "- Write names exactly as they appear in the text or in the entity list; one name "
    "per list item; leave a list empty when the text names nobody.\n\n"
    "Other fields: sentence = the number of the sentence that states the event; "
    "trigger = the word or words that express it, copied from that sentence; date = the "
    "time expression of the event copied from the sentence, else empty; place = where it "
    "happened, copied from the sentence, else empty; amounts = money, counts or "
    "quantities of the event copied from the sentence."
)


class EventCoder(Protocol):
    """What the Analyzer needs of an event coder (the local rules or this LLM coder)."""

    def extract(
        self,
        doc_id: str,
        parsed: ParsedText,
        mentions: Sequence[EntityMention],
        times: Sequence[TimeExpression],
        published: PublicationDate,
        quotes: Sequence[Quote] | None = None,
    ) -> tuple[Event, ...]: ...

    def close(self) -> None:
        """Release what the coder holds (an HTTP client); nothing for the local rules."""


# --------------------------------------------------------------------------- the coder


class LlmEventCoder:
    """Codes PLOVER events with an LLM; the same ``extract`` as the local EventExtractor."""

    def __init__(self, client: ChatClient, fallback: EventCoder | None = None) -> None:
        self.client = client
        self.fallback = fallback
        self._attributes = AttributeExtractor()
        self._status = StatusDetector(())
        data = cues()
        self._contexts = {name: PhraseSet.build(words) for name, words in data["contexts"].items()}
        self._agencies = frozenset(data["news_agencies"])
        self._reporter_nouns = PhraseSet.build(data["reporter_nouns"])

    @classmethod
    def from_settings(cls, settings: Settings) -> LlmEventCoder:
        """The coder that validated Settings describe (``event_coder = "llm"``)."""
        assert settings.llm_url and settings.llm_model, "Settings validates these"
        client = ChatClient(
            settings.llm_url,
            settings.llm_model,
            settings.llm_api_key,
            settings.llm_timeout,
            settings.llm_retries,
        )
        return cls(client, EventExtractor() if settings.llm_fallback else None)

    def close(self) -> None:
        self.client.close()
        if self.fallback is not None:
            self.fallback.close()

    def extract(
        self,
        doc_id: str,
        parsed: ParsedText,
        mentions: Sequence[EntityMention],
        times: Sequence[TimeExpression],
        published: PublicationDate,
        quotes: Sequence[Quote] | None = None,
    ) -> tuple[Event, ...]:
        """All events of one document, in text order. ``quotes`` are only passed on to the
        fallback coder: the model reads quotations in the text itself."""
        try:
            proposed = self.propose(parsed, mentions, published)
        except LlmBackendError as error:
            if self.fallback is None:
                raise
            logger.warning("%s: %s; coded with the local rules instead", doc_id, error)
            return self.fallback.extract(doc_id, parsed, mentions, times, published, quotes)
        grounding = _Grounding(
            parsed,
            [
                m
                for m in mentions
                if not is_reporter(parsed.text, m, self._agencies, self._reporter_nouns)
            ],
            times,
            published,
        )
        events: list[Event] = []
        for item in proposed:
            event = self._ground(doc_id, item, grounding)
            if event is not None:
                events.append(event)
        events = _unique(sorted(events, key=lambda e: (e.mentions[0].start, e.trigger)))
        logger.debug("%s: %d events from the LLM", doc_id, len(events))
        return tuple(events)

    def propose(
        self, parsed: ParsedText, mentions: Sequence[EntityMention], published: PublicationDate
    ) -> list[ProposedEvent]:
        """The model's events for every chunk of sentences (numbers are document sentence
        indices); events naming a sentence outside their chunk are dropped."""
        found: list[ProposedEvent] = []
        for chunk in _chunks(parsed):
            content = self.client.complete(_messages(parsed, chunk, mentions, published))
            try:
                items = parse_answer(content)
            except ValueError as error:
                raise self.client.error(f"{error}; the server did not follow the schema") from error
            numbers = {sentence.index for sentence in chunk}
            for item in items:
                if item.sentence in numbers:
                    found.append(item)
                else:
                    logger.debug("dropped an event in unknown sentence %d", item.sentence)
        return found

    def _ground(self, doc_id: str, item: ProposedEvent, ground: _Grounding) -> Event | None:
        """The event that a proposal stands for in the document; None without participants."""
        parsed = ground.parsed
        sentence = next(s for s in parsed.sentences if s.index == item.sentence)
        text = parsed.text[sentence.start : sentence.end]
        mode = item.mode if item.mode in MODES.get(item.type, frozenset()) else None
        actors, recipients, lost = _roles(item, mode, ground, sentence)
        if not actors and not recipients:
            logger.debug(
                "dropped %s in sentence %d: no known participant", item.type, item.sentence
            )
            return None
        candidate = _candidate(parsed, sentence, item, mode)
        status, date, date_end = self._when(item, ground, sentence, candidate)
        attributes = self._attributes_of(text, item.amounts, parsed.language)
        location = ground.place(item.place, sentence, actors + recipients)
        words = [t.text.lower().replace("’", "'") for t in parsed.sentence_tokens(sentence)]
        contexts = tuple(name for name, phrases in self._contexts.items() if phrases.find(words))
        confidence = _BASE_CONFIDENCE + (0.05 if recipients else 0.0) - (0.1 if lost else 0.0)
        confidence -= 0.0 if candidate.pattern == "llm" else 0.1  # trigger not in the sentence
        confidence = round(min(0.95, max(0.05, confidence)), 2)
        return build_event(
            doc_id,
            parsed,
            sentence,
            candidate,
            mode=mode,
            status=status,
            date=date,
            date_end=date_end,
            actors=actors,
            recipients=recipients,
            confidence=confidence,
            contexts=contexts,
            location=location,
            attributes=attributes,
        )

    def _when(
        self,
        item: ProposedEvent,
        ground: _Grounding,
        sentence: Sentence,
        candidate: TriggerCandidate,
    ) -> tuple[EventStatus, PartialDate | None, PartialDate | None]:
        """Status and dates: the time expression the model named, else the one the local
        coder would pick; a dated "occurred" after publication is "planned"; undated events
        get the local coder's conservative date from the publication date."""
        parsed, published = ground.parsed, ground.published
        date, date_end = ground.date(item.date, sentence)
        if date is None:
            date, date_end = self._status.date(parsed, sentence, candidate, ground.times)
        status: EventStatus = item.status
        if (
            status == "occurred"
            and date is not None
            and published.date is not None
            and date.first_day() > published.date.last_day()
        ):
            status = "planned"
        if date is None:
            date_end = None
            date = self._status.fallback_date(parsed, sentence, candidate, status, published)
        return status, date, date_end

    def _attributes_of(
        self, sentence_text: str, amounts: Sequence[str], language: str
    ) -> EventAttributes:
        """Quantities read by the local parser from the sentence; an amount the model quoted
        is read (by the same parser) only when the sentence as a whole gave none."""
        attributes = self._attributes.extract(sentence_text, language)
        if attributes.amount is not None:
            return attributes
        folded = sentence_text.casefold()
        for amount in amounts:
            if amount.casefold() not in folded:
                continue  # not in the sentence: not evidence
            quoted = self._attributes.extract(amount, language)
            if quoted.amount is not None:
                return replace(attributes, amount=quoted.amount, currency=quoted.currency)
        return attributes


# --------------------------------------------------------------------------- grounding


@dataclass(frozen=True, slots=True)
class _Grounding:
    """The document facts that the model's texts are matched against."""

    parsed: ParsedText
    mentions: Sequence[EntityMention]
    times: Sequence[TimeExpression]
    published: PublicationDate

    def participants(
        self, names: Sequence[str], sentence: Sentence
    ) -> tuple[list[EntityMention], list[str]]:
        """Mentions for the model's names, and the names that matched nothing."""
        usable = [m for m in self.mentions if is_participant(m)]
        found: list[EntityMention] = []
        lost: list[str] = []
        for name in names:
            matched = _match_name(name, usable, sentence)
            if matched:
                found += matched
            else:
                lost.append(name)
                logger.debug("no entity mention matches %r", name)
        return found, lost

    def place(
        self, name: str, sentence: Sentence, participants: Sequence[EntityMention]
    ) -> Place | None:
        if not name:
            return None
        places = [m for m in self.mentions if m.type in PLACE_TYPES]
        taken = {m.entity_id for m in participants}
        matched = [m for m in _match_name(name, places, sentence) if m.entity_id not in taken]
        return place_of(matched[0]) if matched else None

    def date(self, text: str, sentence: Sentence) -> tuple[PartialDate | None, PartialDate | None]:
        """The date of the document's time expression in the sentence that the model's date
        text names (either contains the other); (None, None) when none does."""
        key = _normalize(text)
        if not key:
            return None, None
        for time_expression in self.times:
            if not sentence.start <= time_expression.start < sentence.end:
                continue
            surface = _normalize(time_expression.text)
            if not surface or (surface not in key and key not in surface):
                continue
            start = value_to_date(time_expression.value)
            if start is None:
                continue
            end = value_to_date(time_expression.end_value) if time_expression.end_value else None
            return start, end
        return None, None


def _roles(
    item: ProposedEvent, mode: str | None, ground: _Grounding, sentence: Sentence
) -> tuple[list[EntityMention], list[EntityMention], list[str]]:
    """Actors, recipients and the names that matched no mention. In a meeting without host
    and visitor every participant is an actor (PLOVER 2.4.2), whatever the model said."""
    actors, lost = ground.participants(item.actors, sentence)
    recipients, lost_recipients = ground.participants(item.recipients, sentence)
    if item.type == "CONSULT" and mode != "visit":
        actors, recipients = actors + recipients, []
    actors = unique_by_entity(actors)
    actor_ids = {m.entity_id for m in actors}
    recipients = [m for m in unique_by_entity(recipients) if m.entity_id not in actor_ids]
    return actors, recipients, lost + lost_recipients


def _match_name(
    name: str, mentions: Sequence[EntityMention], sentence: Sentence
) -> list[EntityMention]:
    """Mentions that a name from the model stands for: in the sentence first, then in the
    whole document; an exact match of text or canonical name, else the mentions inside the
    name ("Italian Prime Minister Giorgia Meloni"), else a mention that contains the name
    ("Meloni" for "Giorgia Meloni")."""
    key = _normalize(name)
    if not key:
        return []
    inside = [m for m in mentions if sentence.start <= m.start and m.end <= sentence.end]
    for pool in (inside, mentions):
        exact = [m for m in pool if key in {_normalize(m.text), _normalize(m.name)}]
        if exact:
            return exact[:1]
        within = [m for m in pool if _contains(key, _normalize(m.text))]
        if within:  # a person named with a title ("NATO chief Mark Rutte") is the person
            for kinds in ({"PERSON"}, {"ORG", "GPE", "LOC", "FAC"}):
                chosen = [m for m in within if m.type in kinds]
                if chosen:
                    return chosen
            return within
        around = [
            m
            for m in pool
            if _contains(_normalize(m.text), key) or _contains(_normalize(m.name), key)
        ]
        if around:
            return around[:1]
    return []


def _contains(outer: str, inner: str) -> bool:
    return bool(inner) and f" {inner} " in f" {outer} "


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_NON_WORD = re.compile(r"[^\w' ]+")
_FIRST_WORD = re.compile(r"\w+")
#: Articles of the five languages, as :func:`_normalize` leaves them ("l'" becomes "l").
_ARTICLES = frozenset(
    {"the", "a", "an"}  # en
    | {"il", "lo", "la", "i", "gli", "le", "l", "un", "uno", "una"}  # it
    | {"le", "la", "les", "l", "un", "une", "des"}  # fr
    | {"der", "die", "das", "den", "dem", "des", "ein", "eine"}  # de
    | {"el", "la", "los", "las", "un", "una", "unos", "unas"}  # es
)


def _normalize(text: str) -> str:
    """Lower case, no accents or punctuation, no possessive, no leading article (an acronym
    that spells one, "UN", "LA", is kept)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    first = _FIRST_WORD.search(plain)
    acronym = first is not None and len(first.group()) > 1 and first.group().isupper()
    plain = _NON_WORD.sub(" ", plain.casefold())
    plain = re.sub(r"'s\b|'", " ", plain)
    words = plain.split()
    if words and words[0] in _ARTICLES and not acronym:
        words = words[1:]
    return " ".join(words)


def _candidate(
    parsed: ParsedText, sentence: Sentence, item: ProposedEvent, mode: str | None
) -> TriggerCandidate:
    """A trigger candidate for the model's trigger text, so that the local status and date
    helpers can read the words around it. Pattern "llm" when the text was found in the
    sentence; else the sentence's main verb stands in ("llm-unanchored")."""
    tokens = parsed.sentence_tokens(sentence)
    text = parsed.text[sentence.start : sentence.end]
    found = text.casefold().find(item.trigger.casefold()) if item.trigger else -1
    if found >= 0:
        start = sentence.start + found
        end = start + len(item.trigger)
        span = [t for t in tokens if t.end > start and t.start < end]
    else:
        span = []
    pattern = "llm" if span else "llm-unanchored"
    if not span:
        root = next((t for t in tokens if t.dep in {"ROOT", "root"}), None)
        verb = next((t for t in tokens if t.pos in {"VERB", "AUX"}), None)
        span = [root or verb or tokens[0]]
    indices = {t.index for t in span}
    head = next((t for t in span if t.head not in indices or t.head == t.index), span[0])
    if not parsed.has_parser:
        head = next((t for t in span if t.pos in {"VERB", "AUX"}), span[0])
    return TriggerCandidate(
        sentence=sentence.index,
        first=span[0].index,
        last=span[-1].index + 1,
        head=head.index,
        start=span[0].start,
        end=span[-1].end,
        text=parsed.text[span[0].start : span[-1].end],
        type=item.type,
        mode=mode,
        nominal=head.pos in {"NOUN", "PROPN"},
        weight=_BASE_CONFIDENCE,
        flip=False,
        contexts=(),
        pattern=pattern,
    )


def _chunks(parsed: ParsedText) -> list[list[Sentence]]:
    chunks: list[list[Sentence]] = []
    current: list[Sentence] = []
    size = 0
    for sentence in parsed.sentences:
        length = sentence.end - sentence.start
        if current and (size + length > _CHUNK_CHARS or len(current) >= _CHUNK_SENTENCES):
            chunks.append(current)
            current, size = [], 0
        current.append(sentence)
        size += length
    if current:
        chunks.append(current)
    return chunks


def _messages(
    parsed: ParsedText,
    chunk: Sequence[Sentence],
    mentions: Sequence[EntityMention],
    published: PublicationDate,
) -> list[dict[str, str]]:
    names: dict[str, str] = {}
    for mention in mentions:
        if is_participant(mention) or mention.type in PLACE_TYPES:
            names.setdefault(mention.text, mention.type)
    lines = [
        f"Language: {parsed.language}",
        f"Publication date: {published.date.iso if published.date else 'unknown'}",
        "Entities: " + ("; ".join(f"{text} ({kind})" for text, kind in names.items()) or "none"),
        "Sentences:",
        *(f"[{s.index}] " + " ".join(parsed.text[s.start : s.end].split()) for s in chunk),
    ]
    return [
        {"role": "system", "content": SYSTEM_PROMPT},
        {"role": "user", "content": "\n".join(lines)},
    ]


def _unique(events: Sequence[Event]) -> list[Event]:
    """One event per sentence, type and actors (a model may list an event twice)."""
    kept: list[Event] = []
    seen: set[tuple[int, str, frozenset[str]]] = set()
    for event in events:
        key = (event.mentions[0].start, event.type, frozenset(a.id for a in event.actors))
        if key not in seen:
            seen.add(key)
            kept.append(event)
    return kept


def build_event_coder(settings: Settings) -> EventCoder:
    """The event coder that Settings choose: the local rules (default) or the LLM."""
    if settings.event_coder == "llm":
        return LlmEventCoder.from_settings(settings)
    return EventExtractor()
