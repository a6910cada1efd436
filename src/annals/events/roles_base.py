"""What the paths of :mod:`annals.events.roles` share: results, mentions, the finder's state.

The result of a role search (:class:`RoleResult`), the index of a document's mentions
(:class:`MentionIndex`), who may take part in an event (:func:`is_participant`,
:func:`prefer_people`), and :class:`RoleFinderBase`: the document, its mentions and the
lexicon's word sets that every path reads, and the walks over tokens and the parse tree
that several of them take.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from annals.events.lexicon import cue_words, cues, language_cues
from annals.events.roles_words import CLAUSE_STOP, PATIENT_ARTICLES, normalize_word
from annals.events.triggers import TriggerCandidate
from annals.models import EntityMention, ParsedText, Sentence, Token

_PARTICIPANT_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
#: How many words after a passive's participle its agent preposition may stand, past an
#: adverbial phrase ("arrestato in flagranza di reato dagli agenti").
AGENT_REACH = 5
_SEPARATOR = re.compile(r"[,;:]|\b(and|e|ed|et|und|y|with|con|avec|mit)\b", re.IGNORECASE)
#: Endings of past participles ("arrestati", "colpiti", "uccisi", "detenidos", "muertos"),
#: of the languages read without a parse; not those of other verb forms ("porta", "lotta",
#: "sospecha").
BARE_PARTICIPLE_ENDINGS = {
    "it": re.compile(r"(?:at|it|ut|ccis)[oaie]$"),
    "es": re.compile(r"(?:ad|id|ert)(?:o|a|os|as)$"),
}
#: Participle endings that a present tense shares ("visita", "rifiuta", "discute"): such a
#: word is a participle only before an agent ("colpita dai missili").
_PRESENT_TOO = {"it": re.compile(r"(?:ita|ite|uta|ute)$")}
#: Id prefix of news outlets and platforms in the knowledge base (``media.json``).
MEDIA_PREFIX = "media/"
#: Prepositions that make an outlet the channel or the source of what is told, not a party
#: ("on Twitter", "sur sa page Facebook", "selon Al-Jazeera", "secondo la BBC").
_CHANNEL_OPENERS = frozenset(
    {"on", "via", "through", "according", "su", "sul", "sulla", "tramite", "secondo"}
    | {"attraverso", "sur", "selon", "d'après", "par", "por", "según", "auf", "über", "laut"}
)
#: Words that may stand between such a preposition and the outlet ("sur sa page", "on its
#: official account", "according to the").
_CHANNEL_FILLERS = frozenset(
    {"to", "the", "his", "her", "its", "their", "official", "page", "account", "channel"}
    | {"il", "la", "lo", "l'", "sua", "suo", "pagina", "profilo", "canale", "ufficiale", "di"}
    | {"le", "sa", "son", "ses", "leur", "compte", "chaîne", "officielle", "de", "du"}
    | {"el", "su", "sus", "página", "cuenta", "canal", "oficial", "der", "die", "dem", "den"}
    | {"seinem", "seiner", "ihrem", "ihrer", "seite", "konto", "kanal", "offiziellen", "von"}
)
#: The fillers read back over: an opener that is also a filler (Italian "su", Spanish
#: "su" = "its") ends the phrase.
_CHANNEL_SKIPPED = _CHANNEL_FILLERS - _CHANNEL_OPENERS
#: Id prefixes of places that never act: regions, and towns the knowledge base does not
#: know (a recogniser's LOC may be an organisation: "Policía Nacional").
_PLACES_NEVER_ACTING = ("region/", "local/GPE/")
#: Id prefix of the knowledge base's cities.
_CITY_PREFIX = "city/"
#: The event types an outlet may be the actor of (see :func:`may_act`).
_OUTLET_ACTS = frozenset({"ACCUSE", "REQUEST", "REJECT", "AGREE", "COOPERATE"})
#: Prepositions that name where an event undergone comes from ("aid from Germany").
_SOURCE_PREPOSITIONS = {"en": frozenset({"from"})}


#: Infinitive endings, by language, of a verb after an agent preposition: the phrase gives
#: a cause ("detenido por conducir", "arrestato per aver rubato" has no agent word).
_INFINITIVES: dict[str, re.Pattern[str]] = {
    "es": re.compile(r"^[a-záéíóúñ]{2,}(?:ar|er|ir)(?:se|lo|la|le|los|las)?$"),
    "pt": re.compile(r"^[a-záéíóúãõç]{2,}(?:ar|er|ir)$"),
}


#: The "pronoun" of a clause whose subject is a common noun ("la blogger critica …"): it
#: has a subject, so its object may be acted on, but no one told before to resolve.
UNNAMED_SUBJECT = "unnamed"


@dataclass(frozen=True, slots=True)
class RoleResult:
    actors: tuple[EntityMention, ...]
    recipients: tuple[EntityMention, ...]
    #: A subject to resolve from earlier sentences: "singular" / "plural" / "first" /
    #: "dropped" pronouns, "state" ("the government") or "title:WORD" ("the prime minister");
    #: UNNAMED_SUBJECT for a subject of the clause's own that names no one ("la blogger").
    pronoun: str | None = None
    #: The same for a recipient that a pronoun names where the actor would stand ("he faces
    #: charges", "his arrest" with no antecedent in the sentence).
    recipient_pronoun: str | None = None


class MentionIndex:
    """Entity mentions of one document, looked up by token."""

    def __init__(self, parsed: ParsedText, mentions: Sequence[EntityMention]) -> None:
        self.mentions = tuple(sorted(mentions, key=lambda m: (m.start, -m.end)))
        self._starts = [mention.start for mention in self.mentions]
        self._by_token: dict[int, EntityMention] = {}
        ends = [token.end for token in parsed.tokens]
        for mention in self.mentions:
            # the first token that ends after the mention starts, then on while tokens overlap it
            position = bisect.bisect_right(ends, mention.start)
            while position < len(parsed.tokens) and parsed.tokens[position].start < mention.end:
                self._by_token.setdefault(parsed.tokens[position].index, mention)
                position += 1

    def at(self, token_index: int) -> EntityMention | None:
        return self._by_token.get(token_index)

    def in_span(self, start: int, end: int) -> list[EntityMention]:
        """The mentions within ``start``–``end``, in text order."""
        found: list[EntityMention] = []
        for mention in self.mentions[bisect.bisect_left(self._starts, start) :]:
            if mention.start >= end:
                break
            if mention.end <= end:
                found.append(mention)
        return found


def is_participant(mention: EntityMention) -> bool:
    """Can this mention be an actor or recipient? A demonym stands for its state ("Italian
    assistance"); one that names no state ("European capitals") is only a description."""
    if mention.type not in _PARTICIPANT_TYPES:
        return False
    return mention.type != "NORP" or mention.entity_id.startswith("country/")


def is_town(mention: EntityMention) -> bool:
    """A town, region or other place that is no state ("Modena", "Reggio Emilia")."""
    if mention.entity_id.startswith(("city/", "region/", "local/LOC/", "local/GPE/")):
        return True
    return mention.type in {"LOC", "FAC"}


def may_act(mention: EntityMention, event_type: str) -> bool:
    """Can this mention be the actor of an event of ``event_type``? A news outlet or platform
    (``media/…``) reports attacks, protests and deployments, and carries what others say:
    it may accuse, demand, refuse, agree or cooperate, and do nothing else. A building or a
    site ("… shot at the CNN Center"), a region or a street ("Corse", "via Bellettini") and a
    town the knowledge base does not know ("Spilamberto", a dateline's "CAMPOGALLIANO") never
    act, though they may be hit; known cities may stand for their government ("Paris et
    Kyiv signent un accord"), but a government does not take to the streets: a city is
    where a protest is held ("los sucesos de Bengazi, donde se escenificó la primera
    manifestación"), never who protests."""
    if mention.type == "FAC" or mention.entity_id.startswith(_PLACES_NEVER_ACTING):
        return False
    if event_type == "PROTEST" and mention.entity_id.startswith(_CITY_PREFIX):
        return False
    if mention.type == "LOC" and _names_a_site(mention.text):
        return False
    outlet = (mention.kb_id or mention.entity_id).startswith(MEDIA_PREFIX)
    return not outlet or event_type in _OUTLET_ACTS


def _names_a_site(text: str) -> bool:
    """Does a place name open with a common noun of a place ("via Bellettini", "piazza
    Tahrir", "rue de Rivoli")?"""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return first.islower() and first in _site_nouns()


@cache
def _site_nouns() -> frozenset[str]:
    """The place nouns of every language (cues ``place_nouns``)."""
    table = cues()["place_nouns"]
    return frozenset(word for key, words in table.items() if key != "_doc" for word in words)


def prefer_people(mentions: Sequence[EntityMention], text: str) -> list[EntityMention]:
    """Drop a country, demonym or organisation that only qualifies a following person.

    In "Italy's Defence Minister Guido Crosetto" or "NATO Secretary General
    Mark Rutte" the participant is the person.
    """
    people = [m for m in mentions if m.type == "PERSON"]
    kept: list[EntityMention] = []
    for mention in mentions:
        if mention.type in {"NORP", "GPE", "ORG"}:
            qualifies = any(
                0 <= person.start - mention.end <= 40
                and (
                    not _SEPARATOR.search(text[mention.end : person.start])
                    or _demonym_before_name(mention, text[mention.end : person.start])
                )
                for person in people
            )
            if qualifies:
                continue
        if mention not in kept:
            kept.append(mention)
    return kept


def _demonym_before_name(mention: EntityMention, between: str) -> bool:
    """Is ``mention`` a lowercase demonym that ends a title, with the name after a comma
    ("el presidente ucraniano, Volodímir Zelenski", "le président ukrainien, Volodymyr
    Zelensky")? An adjective is no party of a list."""
    return mention.type == "NORP" and mention.text[:1].islower() and between.strip() == ","


class RoleFinderBase:
    """The document, its mentions and the lexicon's word sets that the role paths read, and
    the walks over tokens and the parse tree that several of them take."""

    def __init__(self, parsed: ParsedText, index: MentionIndex) -> None:
        self._parsed = parsed
        self._index = index
        self._excluded: frozenset[int] = frozenset()  # starts of mentions used as places
        self._children: dict[int, list[Token]] = {}
        for token in parsed.tokens:
            if token.head != token.index:
                self._children.setdefault(token.head, []).append(token)
        pronouns = language_cues("pronouns", "singular")
        self._singular = frozenset(pronouns) if isinstance(pronouns, list) else frozenset()
        self._plural = frozenset(language_cues("pronouns", "plural"))
        self._first_person = frozenset(language_cues("pronouns", "first_person"))
        lang = parsed.language
        self._recipient_preps = frozenset(language_cues("recipient_prepositions", lang))
        self._coparticipant_preps = frozenset(language_cues("coparticipant_prepositions", lang))
        self._coordinators = frozenset(language_cues("coordinators", lang))
        self._passive_aux = frozenset(language_cues("passive_auxiliaries", lang))
        self._agent_preps = frozenset(language_cues("agent_prepositions", lang))
        self._source_preps = self._agent_preps | _SOURCE_PREPOSITIONS.get(lang, frozenset())
        self._patient_nouns = frozenset(cues()["patient_nouns"].get(lang, ()))
        self._undergoing_verbs = frozenset(cues()["undergoing_verbs"].get(lang, ()))
        self._participles = tuple(cues()["participle_suffixes"].get(lang, ()))
        self._group_nouns = frozenset(cues()["group_nouns"].get(lang, ()))
        self._person_nouns = frozenset(cues()["person_nouns"].get(lang, ()))
        self._force_nouns = frozenset(cues()["force_nouns"].get(lang, ()))
        self._armed_groups = frozenset(cues()["armed_group_nouns"].get(lang, ()))
        self._police_nouns = frozenset(cues()["police_nouns"].get(lang, ()))
        self._participation = tuple(cues()["protest_participation"].get(lang, ()))
        self._attack_nouns = frozenset(cues()["attack_nouns"].get(lang, ()))
        self._diaspora_nouns = frozenset(cues()["diaspora_nouns"].get(lang, ()))
        self._kin_nouns = frozenset(cues()["kin_nouns"].get(lang, ()))
        self._place_nouns = frozenset(cues()["place_nouns"].get(lang, ()))
        self._death_words = frozenset(cues()["death_words"].get(lang, ()))
        self._postverbal_verbs = frozenset(cues()["postverbal_subject_verbs"].get(lang, ()))
        self._place_preps = frozenset(cues()["location_prepositions"].get(lang, ())) | frozenset(
            cues()["ambiguous_location_prepositions"].get(lang, ())
        )
        self._places_before = frozenset(cues()["location_prepositions"].get(lang, ()))
        perfect = cues()["perfect"].get(lang, {})
        self._auxiliaries = frozenset(perfect.get("aux", ())) | self._passive_aux
        self._institution_nouns = frozenset(cues()["institution_nouns"].get(lang, ()))
        self._speech_verbs = frozenset(cues()["speech_verbs"].get(lang, ()))
        self._role_nouns = frozenset(cues()["role_nouns"])
        references = cues()["definite_references"].get(lang, {})
        self._definite = frozenset(references.get("articles", ()))
        self._state_nouns = frozenset(references.get("state", ()))
        self._title_nouns = frozenset(references.get("title", ()))

    def _channels(self, sentence: Sentence) -> frozenset[int]:
        """Start offsets of the outlets in ``sentence`` that a preposition makes the channel
        or the source of what is told ("on Twitter", "selon Al-Jazeera"): no party to it.
        The words right before the outlet are read back over articles, possessives and
        words such as "page" to the preposition."""
        found: set[int] = set()
        for mention in self._index.in_span(sentence.start, sentence.end):
            if not (mention.kb_id or mention.entity_id).startswith(MEDIA_PREFIX):
                continue
            index = self._token_at(mention.start)
            words = [
                normalize_word(t.text)
                for t in self._parsed.tokens[max(sentence.first_token, index - 4) : index]
            ]
            while words and words[-1] in _CHANNEL_SKIPPED:
                words.pop()
            if words and words[-1] in _CHANNEL_OPENERS:
                found.add(mention.start)
        return frozenset(found)

    def _dateline_places(self, sentence: Sentence) -> frozenset[int]:
        """Start offsets of a place written in capitals that opens a line before the text
        ("SASSUOLO Un'altra denuncia …", "MODENA Nelle prime ore …"): a dateline, where the
        story was filed, no party to it."""
        found: set[int] = set()
        text = self._parsed.text
        for mention in self._index.in_span(sentence.start, sentence.end):
            words = mention.text.split()
            if not mention.text.isupper() or len(mention.text) < 3 or len(words) > 3:
                continue
            if text[text.rfind("\n", 0, mention.start) + 1 : mention.start].strip():
                continue  # not at the start of its line
            following = text[mention.end : mention.end + 3].lstrip()
            if following[:1].isupper():
                found.add(mention.start)
        return frozenset(found)

    def _past_article(self, position: int, lowest: int = 0) -> int:
        """``position``, or the one before it when token ``position`` is an article (above
        token ``lowest``): where the word before an optional article stands ("dai *i*
        carabinieri", "di *la* Russia")."""
        if position > lowest and self._parsed.tokens[position].text.lower() in PATIENT_ARTICLES:
            return position - 1
        return position

    def _token_at(self, offset: int) -> int:
        """The index of the token that holds character ``offset`` (or the next one)."""
        return bisect.bisect_right(self._parsed.tokens, offset, key=lambda token: token.end)

    def _under(self, mention: EntityMention, head: int, hops: int = 12) -> bool:
        """Whether the mention's first token depends, directly or not (through at most
        ``hops`` tokens), on token ``head``."""
        tokens = self._parsed.tokens
        current = self._token_at(mention.start)
        for _ in range(hops + 1):
            if current >= len(tokens):
                return False
            if current == head:
                return True
            token = tokens[current]
            if token.head == current:
                return False
            current = token.head
        return False

    def _left_edge(self, token: Token) -> int:
        children = [c for c in self._children.get(token.index, []) if c.index < token.index]
        return min((self._left_edge(c) for c in children), default=token.index)

    def _right_edge(self, token: Token) -> int:
        children = [c for c in self._children.get(token.index, []) if c.index > token.index]
        return max((self._right_edge(c) for c in children), default=token.index)

    def _conjuncts(self, token: Token) -> list[Token]:
        result = [token]
        for child in self._children.get(token.index, []):
            if child.dep == "conj":
                result += self._conjuncts(child)
        return result

    def _conjunct_mentions(
        self, heads: Sequence[Token], mention_of: Callable[[Token], EntityMention | None]
    ) -> list[EntityMention]:
        """The distinct mentions that ``mention_of`` finds for ``heads`` and their conjuncts,
        in order."""
        found: list[EntityMention] = []
        for head in heads:
            for token in self._conjuncts(head):
                mention = mention_of(token)
                if mention is not None and mention not in found:
                    found.append(mention)
        return found

    def _in_gap(self, mention: EntityMention, candidate: TriggerCandidate) -> bool:
        """A participant between the words of a pattern with a gap: "held Kyiv responsible",
        "summoned the Russian ambassador"."""
        if "~" not in candidate.pattern or candidate.last - candidate.first < 3:
            return False
        tokens = self._parsed.tokens
        if not (
            tokens[candidate.first].end <= mention.start
            and mention.end <= tokens[candidate.last - 1].start
        ):
            return False
        before = tokens[self._token_at(mention.start) - 1].text.lower()
        # "firmaron en Kiev un acuerdo", "firmato a Kiev un accordo": where it happened
        if before in self._places_before:
            return False
        return not (
            before in self._place_preps
            and mention.type in {"GPE", "LOC"}
            and not mention.entity_id.startswith("country/")
        )

    def _clause_start(self, sentence: Sentence, candidate: TriggerCandidate) -> int:
        """The first token of the clause the trigger is in (after a comma, a colon …)."""
        tokens = self._parsed.tokens
        for index in range(candidate.first - 1, sentence.first_token - 1, -1):
            if CLAUSE_STOP.fullmatch(tokens[index].text):
                return index + 1
        return sentence.first_token

    def _after_passive_auxiliary(self, sentence: Sentence, candidate: TriggerCandidate) -> bool:
        """Is a passive auxiliary among the three words before the trigger's last word (a
        trigger may hold its auxiliary: "fue acusada")?"""
        return any(
            t.text.lower() in self._passive_aux for t in self._words_before(sentence, candidate, 3)
        )

    def _words_before(
        self, sentence: Sentence, candidate: TriggerCandidate, count: int
    ) -> Sequence[Token]:
        """The ``count`` words before the trigger, and, when the trigger ends in a
        participle, its own words before it ("fue ▮acusada": the auxiliary the lexicon
        matched with the participle; not "è ▮al fianco"), counted from the first of two
        coordinated participles."""
        tokens = self._parsed.tokens
        start = candidate.first
        if (
            start - 2 >= sentence.first_token
            and tokens[start - 1].text.lower() in self._coordinators
            and tokens[start - 2].text.lower().endswith(self._participles)
        ):
            start -= 2  # "sono stati individuati e ▮denunciati": the first participle's
        first = max(sentence.first_token, start - count)
        last = tokens[candidate.last - 1].text.lower()
        end = candidate.last - 1 if last.endswith(self._participles) else candidate.first
        return tokens[first : max(candidate.first, end)]

    def _bare_participle(self, sentence: Sentence, candidate: TriggerCandidate) -> bool:
        """Without a parse: does a verbal trigger open with a past participle that has no
        form of "have" or "be" in the three words before it ("dieci manifestanti uccisi",
        "una mujer asesinada por la policía", "condannato a morte dal tribunale")? Such a
        participle is passive: who it qualifies is acted on. A form that may be a present
        ("Meloni visita Kiev", "colpita dai missili") is one only before an agent."""
        language = self._parsed.language
        ending = BARE_PARTICIPLE_ENDINGS.get(language)
        tokens = self._parsed.tokens
        word = tokens[candidate.first].text.lower()
        if (
            ending is None
            or self._parsed.has_parser
            or candidate.nominal
            or not ending.search(word)
        ):
            return False
        first = max(sentence.first_token, candidate.first - 3)
        before = {t.text.lower() for t in tokens[first : candidate.first]}
        if before & cue_words("participle_auxiliaries", language):
            return False
        present = _PRESENT_TOO.get(language)
        if present is not None and present.search(word):
            following = tokens[candidate.last : min(sentence.last_token, candidate.last + 2)]
            return any(self._is_agent_preposition(token) for token in following)
        return True

    def _words_after(self, sentence: Sentence, candidate: TriggerCandidate) -> Sequence[Token]:
        """The words after a verbal trigger where its passive's agent phrase may start: up to
        ``AGENT_REACH``, before any punctuation ("denunciato per furto ▮dai carabinieri",
        "denunciato a piede libero ▮dai carabinieri")."""
        tokens = self._parsed.tokens
        end = min(sentence.last_token, candidate.last + AGENT_REACH)
        for index in range(candidate.last, end):
            if CLAUSE_STOP.fullmatch(tokens[index].text):
                return tokens[candidate.last : index]
        return tokens[candidate.last : end]

    def _is_agent_preposition(self, token: Token) -> bool:
        """ "by", "da", "dalla", "par", "por", "dall'" …: a passive's agent follows; not
        before an infinitive, which gives a cause ("detenido por conducir borracho")."""
        word = token.text.lower().replace("’", "'")
        agent = word in self._agent_preps or any(
            word.startswith(prep) for prep in self._agent_preps if prep.endswith("'")
        )
        if not agent or token.index + 1 >= len(self._parsed.tokens):
            return agent
        following = self._parsed.tokens[token.index + 1].text
        infinitive = _INFINITIVES.get(self._parsed.language)
        return not (infinitive is not None and following.islower() and infinitive.search(following))
