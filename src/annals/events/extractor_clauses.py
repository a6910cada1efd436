"""One clause's events: the roles, status, date, place, mode, contexts, quantities and
confidence of its main trigger; one event, or one per meeting of a list ("met Netanyahu in
Jerusalem and Abbas in Ramallah").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from annals.events.classifier import TypeScores
from annals.events.extractor_assembly import (
    PLACE_TYPES,
    Segment,
    build_event,
    event_place,
    gapped_segments,
    place_mentions,
    place_of,
    unique_by_entity,
)
from annals.events.extractor_base import DocumentContext, SentenceInfo, Timing
from annals.events.extractor_candidates import ATTRIBUTION_MODE
from annals.events.extractor_classifier import EMBEDDING_SOURCE, TypeChoice
from annals.events.extractor_discourse import remember_subject
from annals.events.lexicon import cue_words, language_cues
from annals.events.roles import RoleFinder, RoleResult, may_act
from annals.events.roles_base import is_town
from annals.events.roles_groups import group_mention
from annals.events.roles_words import CONTRAST_COORDINATORS, CONTRAST_SUBORDINATORS
from annals.events.triggers import DEMAND_PATTERN, TriggerCandidate
from annals.models import (
    GROUP_PREFIX,
    EntityMention,
    Event,
    EventAttributes,
    ParsedText,
    PartialDate,
    Sentence,
    TimeExpression,
    Token,
)
from annals.time.values import value_to_date

#: Event types whose ambiguous "a"/"à" + city is the place rather than a recipient.
_PLACE_FIRST_TYPES = frozenset({"CONSULT", "PROTEST", "MOBILIZE", "COERCE"})
#: Types that are done to states, people and groups, not to towns: an ambiguous "a"/"à" +
#: town after their trigger says where ("condamné à deux ans de prison à Lyon").
_TOWN_PLACE_TYPES = frozenset({"SANCTION", "ACCUSE", "REJECT", "REQUEST", "THREATEN", "CONCEDE"})
#: "To" words before the authority a complaint is made to ("alla Procura", "à la police").
_DATIVES = frozenset(
    {"a", "al", "alla", "ai", "agli", "alle", "allo", "to", "à", "au", "aux", "à la", "a la"}
    | {"a los", "a las", "à l'"}
)
_DATIVE_ARTICLES = frozenset({"la", "los", "las", "l'"})
#: First words of the names of police and judicial authorities.
_AUTHORITIES = frozenset(
    {"questura", "procura", "polizia", "carabinieri", "tribunale", "magistratura", "autorità"}
    | {"commissariato", "prefettura", "caserma", "comando", "policía", "fiscalía", "juzgado"}
    | {"comisaría", "guardia", "police", "parquet", "gendarmerie", "commissariat", "tribunal"}
    | {"procureur", "polizei", "staatsanwaltschaft", "prosecutors"}
)
#: Ids of places the knowledge base does not know (a known region may be a party: "Gadafi
#: amenaza con atacar Europa").
_UNKNOWN_PLACES = ("local/LOC/", "local/GPE/")
#: Ids of names the knowledge base does not know, whatever their type.
_UNKNOWN_NAMES = ("local/",)
#: Types whose recipient may be a place: an attack on a town.
_PLACE_TARGET_TYPES = frozenset({"ASSAULT"})
#: Types whose other party a "with" phrase names ("signed an agreement with …").
_WITH_PARTY_TYPES = frozenset({"AGREE", "COOPERATE"})
#: Types of event kept without a named party when a place is named: who attacks or
#: protests is often unknown at first, and the place tells the event apart.
_PLACED_TYPES = frozenset({"ASSAULT", "PROTEST"})
#: How many words after its trigger such a place may be named.
_PLACE_REACH = 10
#: Acts someone may be blamed for (words of harm that no trigger names: cues ``harm_words``).
_HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION", "REJECT"})
#: Dependencies of a verb that qualifies another clause (a participle, an adverbial clause);
#: its event ranks below the main verb's.
_DEPENDENT_CLAUSES = frozenset({"advcl", "relcl", "acl:relcl"})
#: Acts of word or stance: a quantity in a clause that tells another party's act (with a
#: subject of its own) is that act's, not theirs.
_WORDS_TYPES = frozenset(
    {"SUPPORT", "CONSULT", "REQUEST", "ACCUSE", "DISAPPROVE", "REJECT", "THREATEN"}
)
#: Acts that have no sum of money of their own: one in their sentence is another act's
#: ("met Zelensky in Kyiv and announced a package of 300 million euros": the package's).
_NO_MONEY_TYPES = frozenset({"ASSAULT", "PROTEST", "MOBILIZE", "CONSULT"})
_CONTENT_CLAUSES = frozenset({"ccomp", "acl", "relcl", "acl:relcl", "advcl", "conj"})
_OWN_SUBJECTS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})
_DEPENDENT_PENALTY = 0.1
#: Force a state may use within its own borders ("Syria launched an offensive on Idlib").
_INTERNAL_FORCE = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"})


class ClauseBuilder(TypeChoice):
    """Builds the events of a clause from its main trigger and the sentence's facts."""

    def _build(
        self,
        doc: DocumentContext,
        info: SentenceInfo,
        main: TriggerCandidate,
        group: Sequence[TriggerCandidate],
        scores: TypeScores | None = None,
        may_retype: bool = False,
        elsewhere: frozenset[str] = frozenset(),
        others: tuple[int, ...] = (),
    ) -> list[Event]:
        """The clause's event (none, or one per meeting of a list: see
        :func:`gapped_segments`). ``may_retype``: the classifier may give the clause a
        type none of its triggers has (else it only re-ranks them). ``elsewhere``: the types of
        the triggers of the sentence's other clauses; ``others``: where those clauses' main
        triggers start (which quantities are the clause's: :func:`_quantity_span`)."""
        fit: float | None = None
        timing: Timing | None = None
        if scores is not None:  # re-typing reads the status: settle it before the roles
            main, fit, timing = self._settle_type(
                doc, info.sentence, main, group, scores, may_retype, elsewhere
            )
        places = _clause_places(info, main, doc.parsed.language)
        roles = self._clause_roles(doc, info, main, group, places)
        if roles is None:
            return []
        visit = main.type == "CONSULT" and main.mode == "visit" and not main.flip
        if visit and not roles.recipients:
            host = _visited_country(doc.parsed, info, main, places)
            if host is not None:  # "se rend au ▮Maroc", "si reca in ▮Egitto": the host
                roles = replace(roles, recipients=(host,))
        if main.flip and roles.actors and not roles.recipients:
            # "Italy is due to host the next one": no visitor named, the host holds a meeting
            main = replace(main, flip=False, mode="multilateral")
        actors, recipients = self._participants(roles, main, doc)
        if _state_protest(doc.parsed, main, actors):
            # "The Philippines protested China's actions": a state's protest is a formal
            # complaint, not a demonstration
            main = replace(main, type="ACCUSE", mode="disapprove")
        remember_subject(doc.discourse, info.sentence, main, roles, actors)
        if (
            not actors
            and not recipients
            and (fit is None or fit < self._tuning.actorless_min)
            and not (
                main.type in _PLACED_TYPES and self._placed_here(doc.parsed, info, main, places)
            )
            and not any(m.type in PLACE_TYPES for m in roles.actors)
        ):
            # an event needs a participant, unless the classifier is sure, it is an attack or
            # a protest at a named place ("un atentado … en una mezquita de Kabul"), or the
            # one named as its actor is a place, which cannot act ("fighting … near Goma")
            return []
        # most clauses without participants never get here: their date and status go unread
        contexts = self._contexts_of(info.words, group)
        span = _quantity_span(doc.parsed, info.sentence, main.start, others)
        return self._clause_events(
            doc, info, main, contexts, places, (actors, recipients), fit, (timing, span)
        )

    def _placed_here(
        self,
        parsed: ParsedText,
        info: SentenceInfo,
        main: TriggerCandidate,
        places: frozenset[int],
    ) -> bool:
        """Is a place of the event named after its trigger, in its own clause: no comma,
        coordinator or clause break between ("un atentado … en una mezquita de Kabul", not
        "Hostilities stop as talks begin in Kinshasa")?"""
        breaks = _place_breaks(parsed.language)
        for start in places:
            mention = info.places[start][0]
            if mention.start < main.end or mention.type == "NORP":
                continue
            first, last = main.last, _token_index(parsed, mention.start)
            if last - first <= _PLACE_REACH and not any(
                t.text.lower() in breaks for t in parsed.tokens[first:last]
            ):
                return True
        return False

    def _settle_type(
        self,
        doc: DocumentContext,
        sentence: Sentence,
        main: TriggerCandidate,
        group: Sequence[TriggerCandidate],
        scores: TypeScores,
        may_retype: bool,
        elsewhere: frozenset[str],
    ) -> tuple[TriggerCandidate, float, Timing]:
        """The clause's main candidate as the classifier types it, the classifier's
        probability of that type, and the clause's date, end date and status."""
        parsed = doc.parsed
        date, date_end, status = self._timing(doc, sentence, main)
        main, fit, status = self._retype(parsed, main, group, status, scores, may_retype, elsewhere)
        main, status = self._refusal(parsed, sentence, main, status)
        return main, fit, (date, date_end, status)

    def _clause_roles(
        self,
        doc: DocumentContext,
        info: SentenceInfo,
        main: TriggerCandidate,
        group: Sequence[TriggerCandidate],
        places: frozenset[int],
    ) -> RoleResult | None:
        """The actors and recipients of the clause's main candidate (mentions starting at an
        offset in ``places`` are places); None when the clause has no event: blame laid on
        no one or for no harm, or "we" in a quote of an unknown speaker."""
        parsed, sentence, finder = doc.parsed, info.sentence, doc.finder
        roles = finder.find(sentence, main, places)
        if main.type == "ACCUSE" and main.mode == ATTRIBUTION_MODE:
            if not _blameworthy(parsed, sentence, main, group):
                return None  # "responsible for the logistics", "behind the proposal"
            attributed = self._attribution_roles(parsed, main, finder)
            if attributed is None:
                return None
            roles = attributed
        if main.pattern == DEMAND_PATTERN and main.type == "REQUEST":
            roles = self._demand_roles(parsed, sentence, main, roles, finder, places)
        return _quoted_roles(parsed, info, main, roles)

    def _clause_events(
        self,
        doc: DocumentContext,
        info: SentenceInfo,
        main: TriggerCandidate,
        contexts: tuple[str, ...],
        places: frozenset[int],
        parties: tuple[list[EntityMention], list[EntityMention]],
        fit: float | None,
        settled: tuple[Timing | None, tuple[int, int] | None],
    ) -> list[Event]:
        """The events of a clause with participants (its actors and recipients: ``parties``)
        and ``contexts``: its date and status (``settled``: the timing when the type settled
        it, and the span of the sentence whose quantities are the clause's), mode, place,
        confidence and quantities; one event, or one per meeting of a list."""
        parsed, sentence = doc.parsed, info.sentence
        actors, recipients = parties
        timing, span = settled
        main, (date, date_end, status) = self._clause_timing(doc, sentence, main, timing)
        mode = main.mode
        if main.type == "AID" and mode is None:
            mode = self._aid_mode(info.words, info.attributes)
        location = event_place(info, places, main, actors, recipients)
        if main.type == "PROTEST" and location is not None and location.country:
            actors = [_of_country(m, location.country) for m in actors]
        confidence = self._clause_confidence(parsed, sentence, main, actors, recipients, fit)
        attributes = self._own_attributes(parsed, info, main, span)
        segments = _clause_segments(parsed, info, main, doc.times)
        events: list[Event] = []
        listed = {m.entity_id for segment in segments for m in segment.participants}
        for number, segment in enumerate(segments):
            own_actors, own_recipients = _segment_parties(segment, listed, main, actors, recipients)
            own_date, own_end = _segment_dates(segment, date, date_end)
            events.append(
                build_event(
                    doc.doc_id,
                    parsed,
                    sentence,
                    main if number == 0 else replace(main, start=segment.start),
                    mode=mode,
                    status=status,
                    date=own_date,
                    date_end=own_end,
                    actors=own_actors,
                    recipients=own_recipients,
                    confidence=confidence,
                    contexts=contexts,
                    location=place_of(segment.place) if segment.place else location,
                    attributes=attributes,
                )
            )
        return events

    def _clause_timing(
        self,
        doc: DocumentContext,
        sentence: Sentence,
        main: TriggerCandidate,
        timing: Timing | None,
    ) -> tuple[TriggerCandidate, Timing]:
        """The clause's main candidate (a negated will to act is a refusal) with its date,
        end date and status: ``timing`` where the type settled them, else read now; a clause
        without a date of its own takes the fallback date."""
        if timing is None:
            date, date_end, status = self._timing(doc, sentence, main)
            main, status = self._refusal(doc.parsed, sentence, main, status)
        else:
            date, date_end, status = timing
        if date is None:
            date_end = None
            date = self._status.fallback_date(doc.parsed, sentence, main, status, doc.published)
        return main, (date, date_end, status)

    def _clause_confidence(
        self,
        parsed: ParsedText,
        sentence: Sentence,
        main: TriggerCandidate,
        actors: Sequence[EntityMention],
        recipients: Sequence[EntityMention],
        fit: float | None,
    ) -> float:
        """The event's confidence: the trigger's, blended with the classifier's probability
        ``fit``; more in the lead, less for a dependent clause."""
        confidence = _confidence(main, actors, recipients, parsed.has_parser)
        if fit is not None:
            blend = self._tuning.blend
            confidence = round(min(0.99, (1 - blend) * confidence + blend * fit), 2)
        if main.pattern.startswith(EMBEDDING_SOURCE):
            # only the sentence type model read it: its probability, discounted, and no lead
            # bonus (about half of such events are right on real articles)
            confidence = round(self._tuning.embedding_share * main.weight, 2)
        elif sentence.index < parsed.lead_end(self._tuning.lead_sentences):
            confidence = round(min(0.99, confidence + self._tuning.lead_bonus), 2)
        if not main.nominal and parsed.tokens[main.head].dep in _DEPENDENT_CLAUSES:
            # "rioted Monday, setting fire to mattresses": the main verb tells the event
            confidence = round(max(0.05, confidence - _DEPENDENT_PENALTY), 2)
        return confidence

    def _own_attributes(
        self,
        parsed: ParsedText,
        info: SentenceInfo,
        main: TriggerCandidate,
        span: tuple[int, int] | None = None,
    ) -> EventAttributes:
        """The sentence's quantities that are the event's own. In a sentence of several
        clauses with events, the money, counts, ordinals, percentages and named items in
        ``span``, the event's part of it ("Germany pledged 500 million euros while France
        sent 12 howitzers": the money is the pledge's, the howitzers the sending's). An
        attack, a protest, a deployment or a meeting has no sum of money. An act of word or
        stance, whose content is often a clause telling another party's act, loses that
        clause's quantities: "Rutte welcomed the announcement that Italy will invest 8.2
        billion euros in tanks" (the money is Italy's investment, not the welcome). Other
        acts (an aid, a deal) keep them all."""
        sentence = info.sentence
        outside = [] if span is None else [(sentence.start, span[0]), (span[1], sentence.end)]
        found = info.attributes
        if outside:
            # the sentence's dead and wounded stay every clause's: "were killed …, and 1,640
            # were wounded" tells one attack by two triggers
            found = replace(
                self._attributes.extract(_blanked(parsed.text, sentence, outside), parsed.language),
                dead=found.dead,
                injured=found.injured,
            )
        if main.type in _NO_MONEY_TYPES and found.amount is not None:
            # "an aid of 200 million euros for the grid, hit by Russian strikes": the
            # money is never the strikes'
            return replace(found, amount=None, currency=None)
        if not parsed.has_parser or main.type not in _WORDS_TYPES:
            return found
        quantities = (found.amount, found.count, found.ordinal, found.percent)
        if all(value is None for value in quantities) and not found.items:
            return found
        tokens = parsed.tokens[sentence.first_token : sentence.last_token]
        children: dict[int, list[int]] = {}
        for token in tokens:
            if token.head != token.index:
                children.setdefault(token.head, []).append(token.index)
        own = {t.head for t in tokens if t.dep in _OWN_SUBJECTS}
        named = {t.head for t in tokens if t.dep in _OWN_SUBJECTS and t.pos in {"PROPN", "NOUN"}}
        clause = parsed.tokens[main.head]
        for _ in range(12):  # the clause of the trigger: the verb with a subject over it
            if clause.index in own or clause.head == clause.index:
                break
            clause = parsed.tokens[clause.head]
        keep = _subtree(children, clause.index)
        for other in tokens:
            if (
                other.index != clause.index
                and other.index in keep
                and other.index in named
                and other.dep in _CONTENT_CLAUSES
                and main.head not in (inner := _subtree(children, other.index))
            ):
                keep -= inner
        masked = [(t.start, t.end) for t in tokens if t.index not in keep]
        if not masked:
            return found
        return self._attributes.extract(
            _blanked(parsed.text, sentence, masked + outside), parsed.language
        )

    def _timing(self, doc: DocumentContext, sentence: Sentence, main: TriggerCandidate) -> Timing:
        """The clause's date (None when the sentence gives none), end date and status."""
        parsed = doc.parsed
        date, date_end = self._status.date(parsed, sentence, main, doc.times)
        # the words of a name are no cues: the recogniser's names and the linked ones
        # ("Médecins sans frontières", found by the knowledge base alone)
        names = [(m.start, m.end) for m in doc.index.in_span(sentence.start, sentence.end)]
        status = self._status.status(parsed, sentence, main, date, doc.published, names)
        return date, date_end, status

    def _demand_roles(
        self,
        parsed: ParsedText,
        sentence: Sentence,
        main: TriggerCandidate,
        roles: RoleResult,
        finder: RoleFinder,
        places: frozenset[int],
    ) -> RoleResult:
        """The speaker demands; the subject of the obligation is the recipient."""
        clause = self._matcher.obligation(parsed, parsed.tokens[main.head])
        if clause is None:
            return roles
        inner = replace(main, first=clause.index, last=clause.index + 1, head=clause.index)
        addressees = finder.find(sentence, inner, places).actors
        recipients = tuple(m for m in (*roles.recipients, *addressees) if m not in roles.actors)
        return RoleResult(roles.actors, recipients, roles.pronoun)

    def _attribution_roles(
        self, parsed: ParsedText, main: TriggerCandidate, finder: RoleFinder
    ) -> RoleResult | None:
        """Blame said of someone: "Russia said Ukraine was responsible for the attack", "the
        Pentagon said Iran was behind it". The speaker accuses the clause's subject. Without
        a verb of saying over the clause ("Ukraine was responsible for …" in the reporter's
        words, or a parse that does not show it) no one is known to accuse: no event."""
        accused, governor = finder.clause_and_governor(main)
        if governor is None or not self._quotes.is_speech_verb(governor.text, parsed.language):
            return None
        speakers = [m for m in finder.subject_mentions(governor, main) if m not in accused]
        if not speakers or not accused:
            return None
        return RoleResult(tuple(speakers), tuple(accused), None)

    def _participants(
        self, roles: RoleResult, main: TriggerCandidate, doc: DocumentContext
    ) -> tuple[list[EntityMention], list[EntityMention]]:
        discourse = doc.discourse
        actors = list(roles.actors)
        recipients = list(roles.recipients)
        if not actors and roles.pronoun:
            actors = [m for m in discourse.resolve(roles.pronoun) if m not in recipients]
        if not recipients and roles.recipient_pronoun:  # "he faces charges"
            recipients = [m for m in discourse.resolve(roles.recipient_pronoun) if m not in actors]
        if main.flip:  # "X hosted Y": the visitor Y is the PLOVER actor
            actors, recipients = recipients, actors
        actors = [m for m in actors if may_act(m, main.type)]
        if any(m.entity_id.startswith(_UNKNOWN_NAMES) for m in actors + recipients):
            # a name the knowledge base does not know, that the text names as a place
            # elsewhere ("a Spilamberto"), takes no part, whatever type the recogniser gave
            # it here ("i carabinieri di Sassuolo" as an organisation): a town
            places = _document_places(doc)
            actors = [m for m in actors if _slug(m) not in places]
            if main.type not in _PLACE_TARGET_TYPES:
                recipients = [m for m in recipients if _slug(m) not in places]
        if main.type == "ACCUSE" and recipients:
            # "denunciato alla Procura", "ha denunciato il furto alla polizia": the authority
            # a complaint is made to is no accused
            recipients = [m for m in recipients if not _addressed_authority(doc.parsed.text, m)]
        if main.type == "CONSULT" and main.mode != "visit":
            # PLOVER 2.4.2: in a meeting without a host/visitor distinction all are actors
            actors = unique_by_entity(actors + recipients)
            recipients = []
        if main.type == "PROTEST":
            # "tens of thousands of Cubans marched through Havana's streets": the people of a
            # nationality march, not their state, and a town they march in is no target
            actors = [_nationals(doc, m) for m in actors]
            recipients = [m for m in recipients if not is_town(m)]
        if main.type == "AID":
            # a state named as the actor and, by its capital, as the aid's recipient receives
            # it: "Ukraine's needs … the next round of aid to Kyiv" is no aid of Ukraine's
            # ("España exigirá … a los viajeros que lleguen a España" keeps its actor)
            received = {
                m.entity_id: m.text for m in recipients if m.entity_id.startswith("country/")
            }
            actors = [m for m in actors if received.get(m.entity_id, m.text) == m.text]
        actor_ids = {m.entity_id for m in actors}
        recipients = [m for m in unique_by_entity(recipients) if m.entity_id not in actor_ids]
        actors = unique_by_entity(actors)
        if main.type in _INTERNAL_FORCE:
            return actors, recipients
        actors = _not_own_state(actors, recipients)
        return actors, _not_own_places(actors, recipients)

    def _contexts_of(self, words: list[str], group: Sequence[TriggerCandidate]) -> tuple[str, ...]:
        found: list[str] = []
        for candidate in group:
            found += [c for c in candidate.contexts if c not in found]
        for name, phrases in self._contexts.items():
            if name not in found and phrases.find(words):
                found.append(name)
        return tuple(found)

    def _aid_mode(self, words: list[str], attributes: EventAttributes) -> str | None:
        for name in ("military", "humanitarian", "economic"):
            if self._aid_modes[name].find(words):
                return name
        if attributes.items:
            return "military"
        return "economic" if attributes.amount is not None else None


@cache
def _place_breaks(language: str) -> frozenset[str]:
    """Words that end the clause of a trigger before a place (see ``_placed_here``)."""
    return frozenset(
        [
            ",",
            "as",
            *language_cues("coordinators", language),
            *language_cues("clause_breaks", language),
        ]
    )


def _nationals(doc: DocumentContext, mention: EntityMention) -> EntityMention:
    """A nationality noun ("Cubans", "les Libyens") as the group of those people, with their
    country; any other mention as it is."""
    if mention.type != "NORP" or not mention.entity_id.startswith("country/"):
        return mention
    tokens = doc.parsed.tokens
    index = bisect.bisect_right(tokens, mention.start, key=lambda token: token.end)
    if index >= len(tokens) or tokens[index].pos not in {"NOUN", "PROPN"}:
        return mention
    code = mention.entity_id.removeprefix("country/")
    slug = "-".join(mention.text.lower().split())
    return group_mention(doc.parsed.text, mention.start, mention.end, slug, code)


def _addressed_authority(text: str, mention: EntityMention) -> bool:
    """Is the mention a police or judicial authority after "to" ("alla Procura", "ai
    carabinieri", "à la police", "a la Fiscalía"), the addressee of a complaint?"""
    words = text[max(0, mention.start - 12) : mention.start].lower().replace("’", "'").split()
    if not words:
        return False
    before = words[-1]
    if before in _DATIVE_ARTICLES and len(words) > 1:
        before = words[-2] + " " + before
    first = mention.text.split()[0].lower() if mention.text.split() else ""
    return (before in _DATIVES or before.endswith("all'")) and first in _AUTHORITIES


def _document_places(doc: DocumentContext) -> frozenset[str]:
    """The names (``_slug``) of the places the KB does not know (``_UNKNOWN_PLACES``) that
    the document names after a locative preposition somewhere ("a Modena", "en Misrata"),
    read once."""
    found = doc.place_ids.get("unknown")
    if found is None:
        found = frozenset(
            _slug(mention)
            for sentence in doc.parsed.sentences
            for mention, _ in place_mentions(doc.parsed, sentence, doc.index).values()
            if mention.entity_id.startswith(_UNKNOWN_PLACES)
        )
        doc.place_ids["unknown"] = found
    return found


def _slug(mention: EntityMention) -> str:
    """The name part of a local id ("sassuolo" of "local/ORG/sassuolo"); "" for any other
    id."""
    if not mention.entity_id.startswith(_UNKNOWN_NAMES):
        return ""
    return mention.entity_id.rsplit("/", 1)[-1]


#: Tokens that may stand between a trip's verb and the country it goes to ("arrived ▮in
#: Morocco", "se rend ▮au Maroc" is one trigger).
_VISIT_REACH = 2


def _visited_country(
    parsed: ParsedText, info: SentenceInfo, main: TriggerCandidate, places: frozenset[int]
) -> EntityMention | None:
    """The country a visit goes to, named right after its trigger (German: right before
    the participle that ends the clause, "in Israel ▮eingetroffen"): the host, a recipient
    (PLOVER), not only the event's place."""
    if parsed.language == "de":
        before = [
            info.places[start][0]
            for start in sorted(places)
            if info.places[start][0].end <= main.start
        ]
        if before and before[-1].entity_id.startswith("country/"):
            last = _token_index(parsed, before[-1].end)
            if main.first - last <= _VISIT_REACH:
                return before[-1]
    for start in sorted(places):
        mention = info.places[start][0]
        if mention.start < main.end or not mention.entity_id.startswith("country/"):
            continue
        if _token_index(parsed, mention.start) - main.last <= _VISIT_REACH:
            return mention
        break
    return None


def _token_index(parsed: ParsedText, offset: int) -> int:
    """The index of the first token that starts at or after character ``offset``."""
    return bisect.bisect_left(parsed.tokens, offset, key=lambda token: token.start)


def _clause_places(info: SentenceInfo, main: TriggerCandidate, language: str) -> frozenset[int]:
    """The starts of the sentence's place mentions that are places of ``main``'s event, not
    parties to it."""
    # an ambiguous "a"/"à" + city is a recipient after the trigger ("attacchi a Kiev"),
    # never before it ("a Misurata i cecchini sparavano"), nor where an agreement names its
    # other party with "with" ("a signé un accord à Berlin avec le chancelier")
    with_party = main.type in _WITH_PARTY_TYPES and not cue_words(
        "coparticipant_prepositions", language
    ).isdisjoint(info.words)
    return frozenset(
        start
        for start, (mention, ambiguous) in info.places.items()
        if not ambiguous
        or main.type in _PLACE_FIRST_TYPES
        or mention.end <= main.start
        or (with_party and not mention.entity_id.startswith("country/"))
        or (main.type in _TOWN_PLACE_TYPES and is_town(mention))
    )


def _quoted_roles(
    parsed: ParsedText, info: SentenceInfo, main: TriggerCandidate, roles: RoleResult
) -> RoleResult | None:
    """The roles of a clause inside a direct quote: its first-person or dropped subject, or
    the missing subject of a bare infinitive, is the speaker; None for a first-person or
    dropped subject of an unknown speaker. Outside a quote, ``roles`` as they are."""
    quote = next((q for q in info.quotes if q[0].start <= main.start < q[0].end), None)
    if quote is not None and not roles.actors and roles.pronoun in {"first", "dropped"}:
        if quote[1] is None:
            return None  # "we" of an unknown speaker
        return RoleResult((quote[1],), roles.recipients, None)
    if (
        quote is not None
        and quote[1] is not None
        and not roles.actors
        and roles.pronoun is None
        and _bare_infinitive(parsed, main)
    ):
        # "'... and to support Ukraine,' the NATO chief said": an aim the speaker states
        return RoleResult((quote[1],), roles.recipients, None)
    return roles


def _clause_segments(
    parsed: ParsedText, info: SentenceInfo, main: TriggerCandidate, times: Sequence[TimeExpression]
) -> list[Segment]:
    """The meetings of a list that share the clause's verb (:func:`gapped_segments`), else
    one segment: the clause itself, with no party, place or time of its own."""
    segments = gapped_segments(parsed, info, main, times) if main.type == "CONSULT" else []
    if len(segments) < 2:
        segments = [Segment(main.start, (), None, None)]
    return segments


def _segment_parties(
    segment: Segment,
    listed: set[str],
    main: TriggerCandidate,
    actors: list[EntityMention],
    recipients: list[EntityMention],
) -> tuple[list[EntityMention], list[EntityMention]]:
    """The actors and recipients of one segment: the clause's, or for one meeting of a list
    the subject (the clause's actors less every item's party, ``listed``) with this item's
    party."""
    if not segment.participants:
        return actors, recipients
    # one meeting of a list: the subject with this item's party, place and day
    base = [m for m in actors if m.entity_id not in listed]
    if recipients and main.mode == "visit":
        return base, list(segment.participants)
    return base + list(segment.participants), []


def _segment_dates(
    segment: Segment, date: PartialDate | None, date_end: PartialDate | None
) -> tuple[PartialDate | None, PartialDate | None]:
    """The date and end date of one segment: its own day where it names one."""
    if segment.time is None:
        return date, date_end
    return value_to_date(segment.time.value) or date, None


def _confidence(
    main: TriggerCandidate,
    actors: Sequence[EntityMention],
    recipients: Sequence[EntityMention],
    has_parser: bool,
) -> float:
    score = main.weight + (0.1 if actors else -0.1) + (0.05 if recipients else 0.0)
    if main.nominal:
        score -= 0.1
    if not has_parser:
        score -= 0.05
    return round(min(0.99, max(0.05, score)), 2)


def _blameworthy(
    parsed: ParsedText,
    sentence: Sentence,
    main: TriggerCandidate,
    group: Sequence[TriggerCandidate],
) -> bool:
    """Is what someone is said to be responsible for, or behind, a harm: a hostile act of the
    clause ("the attack", "the strike") or a word of harm ("the explosion", "the deaths")?"""
    if any(c.type in _HOSTILE_TYPES and c.first >= main.last for c in group):
        return True
    words = {t.text.lower() for t in parsed.tokens[main.last : sentence.last_token]}
    return not words.isdisjoint(cue_words("harm_words", parsed.language))


def _bare_infinitive(parsed: ParsedText, main: TriggerCandidate) -> bool:
    """Whether the trigger is a verb in the infinitive with no subject of its own."""
    if main.nominal or not parsed.has_parser:
        return False
    head = parsed.tokens[main.head]
    if "VerbForm=Inf" not in head.morph or head.dep in {"ROOT", "root"}:
        return False
    sentence = parsed.sentences[head.sentence]
    return not any(
        t.head == head.index and t.dep in _OWN_SUBJECTS
        for t in parsed.tokens[sentence.first_token : sentence.last_token]
    )


def _subtree(children: dict[int, list[int]], root: int) -> set[int]:
    """The token indices under ``root`` (itself included), by the sentence's children."""
    inside = {root}
    stack = [root]
    while stack:
        for child in children.get(stack.pop(), []):
            if child not in inside:
                inside.add(child)
                stack.append(child)
    return inside


def _of_country(mention: EntityMention, country: str) -> EntityMention:
    """An unnamed group without a country of its own, placed in ``country``: protesters
    in Tbilisi are Georgian protesters (a protest is made where its people live)."""
    if not mention.entity_id.startswith(GROUP_PREFIX) or mention.country:
        return mention
    slug = mention.entity_id[len(GROUP_PREFIX) :]
    return replace(mention, entity_id=f"{GROUP_PREFIX}{country}/{slug}", country=country)


def _not_own_state(
    actors: list[EntityMention], recipients: Sequence[EntityMention]
) -> list[EntityMention]:
    """The actors less a state that acts on itself: "Ukraine" giving aid "to Kyiv" (its
    capital standing for it) is a misread actor ("Ukraine's needs"), not an event of
    Ukraine's. A person or a group ("Serbs" protesting in Belgrade) may act on their own
    country; a state does not, except by force (``_INTERNAL_FORCE``)."""
    received = {m.country for m in recipients if _is_state_mention(m) and m.country}
    if len(received | {m.country for m in recipients if m.country}) > 1:
        # "Russia accused Ukraine of attacking a depot in Belgorod", "China invited Japan's
        # prime minister to visit Beijing": a foreign state or its people are acted on; the
        # city of the actor's own is where, not whom (`_not_own_places`)
        return actors
    return [m for m in actors if not (_is_state_mention(m) and m.country in received)]


def _not_own_places(
    actors: Sequence[EntityMention], recipients: list[EntityMention]
) -> list[EntityMention]:
    """The recipients less the cities of an acting state's own country when another
    state, or one of its people, is acted on (see :func:`_not_own_state`)."""
    own = {m.country for m in actors if _is_state_mention(m) and m.country}
    if not own or not any(m.country and m.country not in own for m in recipients):
        return recipients
    return [m for m in recipients if not (m.entity_id.startswith("city/") and m.country in own)]


#: Marks after a headline's subject noun phrase ("Serbia protests: students …").
_TITLE_BREAKS = frozenset({":", "-", "–", "—"})


def _state_protest(
    parsed: ParsedText, main: TriggerCandidate, actors: Sequence[EntityMention]
) -> bool:
    """Is the clause a protest that states make, as the subject of a finite verb ("Morocco
    protested to Spain", "Philippines protests Chinese coast guard actions")?
    Demonstrations are made by people; a state's protest is PLOVER's ACCUSE
    (disapprove). Only where a parser tags the trigger a verb with the state as its
    subject, and no colon or dash follows it: "Georgia protests enter third week",
    "Serbia protests: students block bridges" are the country's demonstrations, and in
    "protesters stormed a shrine in Bhutan … to protest violence" Bhutan protests nothing."""
    if main.type != "PROTEST" or not parsed.has_parser or not actors:
        return False
    tokens = parsed.tokens
    head = tokens[main.head]
    following = tokens[main.last].text if main.last < len(tokens) else ""
    if (
        head.pos != "VERB"
        or "VerbForm=Inf" in head.morph
        or following in _TITLE_BREAKS
        or not all(m.type == "GPE" and m.entity_id.startswith("country/") for m in actors)
    ):
        return False
    subjects = [
        t
        for t in tokens[parsed.sentences[head.sentence].first_token : head.index]
        if t.head == head.index and t.dep == "nsubj"  # active: English and French parses
    ]
    return any(m.start <= t.start < m.end for m in actors for t in subjects)


def _is_state_mention(mention: EntityMention) -> bool:
    """A country or city named as such ("Serbia", "Belgrade"); not its people ("Serbs")."""
    return mention.type == "GPE" and mention.entity_id.startswith(("country/", "city/"))


def _quantity_span(
    parsed: ParsedText, sentence: Sentence, own: int, others: Sequence[int]
) -> tuple[int, int] | None:
    """The part of a sentence of several clauses with events whose quantities are the
    clause's whose main trigger starts at ``own`` (``others``: where the other clauses'
    start). Between two clauses' triggers the boundary is the last clause break before the
    later one (a comma, "while", "mentre", "während" …: ``_QUANTITY_BREAKS``), else the
    later trigger; the first clause starts with the sentence, the last ends with it.
    "Deutschland sagte 500 Millionen Euro zu, ▮während Frankreich zwölf Haubitzen
    lieferte": the howitzers are the second clause's, though told before its verb. None
    when the sentence has one such clause."""
    if not others:
        return None
    earlier = [other for other in others if other < own]
    later = [other for other in others if other > own]
    tokens = parsed.sentence_tokens(sentence)
    start = _boundary(tokens, max(earlier), own) if earlier else sentence.start
    end = _boundary(tokens, own, min(later)) if later else sentence.end
    return start, end


def _boundary(tokens: Sequence[Token], first: int, second: int) -> int:
    """Where the clause of a trigger at ``first`` ends and the next, at ``second``, begins:
    the last clause break between them (in the sentence's ``tokens``), else ``second``."""
    return max(
        (
            token.start
            for token in tokens
            if first < token.start < second and token.text.lower() in _QUANTITY_BREAKS
        ),
        default=second,
    )


#: Marks and words that end a clause before another one with its own subject (not the
#: cues ``clause_breaks``, whose relative pronouns are also German articles).
_QUANTITY_BREAKS = frozenset({",", ";", ":"}) | CONTRAST_SUBORDINATORS | CONTRAST_COORDINATORS


def _blanked(text: str, sentence: Sentence, spans: Sequence[tuple[int, int]]) -> str:
    """The sentence's text with the characters of ``spans`` made spaces (offsets kept)."""
    chars = list(text[sentence.start : sentence.end])
    for start, end in spans:
        for position in range(max(start, sentence.start), min(end, sentence.end)):
            chars[position - sentence.start] = " "
    return "".join(chars)
