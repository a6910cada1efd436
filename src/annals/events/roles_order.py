"""Roles from word order, for languages without a parser (de, es, it, pt, and fallbacks).

The nearest entity before the trigger acts and the first one after it receives, each
extended over coordinated entities ("X e Y"); passives with or without an agent, names in
prepositional phrases, gerunds after a comma, and German verb frames (auxiliary … clause-final
participle), passives and relative clauses are read from the words around the trigger.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from annals.events.lexicon import cue_words
from annals.events.quotes import CLOSING_MARKS
from annals.events.roles_base import (
    MEDIA_PREFIX,
    UNNAMED_SUBJECT,
    RoleResult,
    is_participant,
    is_town,
    prefer_people,
)
from annals.events.roles_groups import (
    MOVED_GROUP_TYPES,
    GroupRoles,
    group_mention,
    is_state_demonym,
)
from annals.events.roles_nominal import NominalFrameRoles
from annals.events.roles_words import (
    BETWEEN,
    CLAUSE_STOP,
    CONTRAST_COORDINATORS,
    CONTRAST_SUBORDINATORS,
    DETERMINERS,
    NUMBER_WORDS,
    OF_WORDS,
    ORIGIN_WORDS,
    PATIENT_ARTICLES,
    PATIENT_PREPOSITIONS,
    RELATIVE_PRONOUNS,
    TIME_ADVERBS,
    genitive_party,
    is_filler,
    normalize_word,
    split_words,
)
from annals.events.triggers import TriggerCandidate, infinitive_clause
from annals.models import GROUP_PREFIX, EntityMention, Sentence, Token

_RECIPIENT_WINDOW = 14  # tokens after the trigger in which the word-order path looks
#: Finite auxiliaries and modals of a German verb frame, and those of its passive.
_GERMAN_AUXILIARIES = frozenset(
    {"hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "wird", "werden"}
    | {"wurde", "wurden", "will", "wollen", "soll", "sollen", "kann", "können", "muss"}
    | {"müssen", "habe", "sei", "seien"}
)
_GERMAN_PASSIVE = frozenset({"wurde", "wurden", "wird", "werden"})
#: Articles that may stand between an auxiliary and its subject ("hat die Türkei").
_GERMAN_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des"})
_PREVIOUS_WORD = re.compile(r"(\w+)\W*$")
_GERMAN_PREPOSITIONS = frozenset(
    {"aus", "in", "im", "nach", "von", "vom", "mit", "für", "gegen", "bei", "beim", "zu"}
    | {"zum", "zur", "an", "am", "auf", "über", "unter", "vor", "seit", "durch", "laut"}
)
#: German prepositions of whom an act is for or goes to ("für Kiew", "an die Ukraine").
_BENEFICIARY_PREPOSITIONS = frozenset({"für", "an"})
#: Prepositions that name the target of a hostile act ("contra Ucrania", "all'Ucraina").
_TARGET_PREPOSITIONS: dict[str, frozenset[str]] = {
    "es": frozenset({"contra", "sobre", "a", "al", "hacia"}),
    "it": frozenset({"contro", "su", "sul", "sulla", "sull'", "a", "al", "alla", "all'", "ai"}),
    "fr": frozenset({"contre", "sur", "à", "au", "aux", "envers"}),
    "pt": frozenset({"contra", "sobre", "a", "ao", "à"}),
}
#: Prepositions (not "of", nor "by", which names the agent of a participle in the subject:
#: "gli attacchi lanciati dalla Russia hanno colpito") that never introduce a clause's
#: subject, by language.
_SUBJECTLESS_PREPOSITIONS: dict[str, frozenset[str]] = {
    "it": frozenset(
        {"a", "ad", "al", "allo", "alla", "all'", "ai", "agli", "alle", "in", "nel", "nello"}
        | {"nella", "nell'", "nei", "negli", "nelle", "con", "col", "su", "sul", "sulla"}
        | {"sull'", "per", "verso", "contro", "secondo", "presso", "dopo", "durante"}
    ),
    "es": frozenset(
        {"a", "al", "en", "con", "contra", "sobre", "hacia", "hasta", "desde", "para", "según"}
        | {"tras", "ante"}
    ),
    "fr": frozenset(
        {"à", "au", "aux", "en", "dans", "avec", "contre", "sur", "vers", "pour", "selon"}
        | {"après", "avant", "depuis", "chez", "pendant"}
    ),
    "pt": frozenset({"a", "ao", "em", "no", "na", "com", "contra", "sobre", "para", "segundo"}),
}
#: Other prepositions that put an event noun in a phrase of circumstance ("durante gli
#: scontri", "dopo l'attacco").
_NOUN_PREPOSITIONS: dict[str, frozenset[str]] = {
    "it": frozenset(
        {"con", "da", "dal", "dalla", "dall'", "dopo", "durante", "prima", "tra", "fra"}
    ),
    "es": frozenset({"con", "por", "tras", "durante", "desde", "entre", "ante"}),
    "fr": frozenset({"avec", "par", "pour", "après", "avant", "pendant", "lors", "entre"}),
    "pt": frozenset({"com", "por", "após", "durante", "entre"}),
}
#: Words that open a phrase of circumstance or join clauses before an event noun
#: ("nonostante gli scontri", "pese a los disturbios", "malgré les manifestations").
_CIRCUMSTANCE_WORDS = frozenset(
    {"nonostante", "malgrado", "pese", "malgré", "trotz", "e", "ed", "ma", "y", "pero"}
    | {"et", "mais", "und", "aber", "despite", "amid", "tra", "fra", "lors"}
    # subordinators: "Cuando los ataques al complejo se hicieron más frecuentes"
    | {"cuando", "quando", "quand", "lorsque", "when", "while", "mientras", "mentre"}
    | {"als", "wenn", "während", "porque", "perché", "because", "aunque", "sebbene"}
    | {"although", "where", "donde", "dove", "où"}
)


#: Nominative articles: a German clause that opens with one opens with its subject.
_GERMAN_NOMINATIVE_ARTICLES = frozenset({"der", "die", "das", "ein", "eine"})
#: An article, at most two adjectives and a noun.
_GERMAN_SUBJECT_WORDS = 4


@cache
def _clause_openers(language: str) -> frozenset[str]:
    """Words that may stand before an event noun that opens its clause: articles,
    prepositions and the words of circumstance (see ``_noun_opens_clause``)."""
    return (
        DETERMINERS
        | PATIENT_ARTICLES
        | PATIENT_PREPOSITIONS.get(language, frozenset())
        | _SUBJECTLESS_PREPOSITIONS.get(language, frozenset())
        | _NOUN_PREPOSITIONS.get(language, frozenset())
        | _CIRCUMSTANCE_WORDS
    )


#: "In" words before an event noun's phrase ("morti ▮in un attacco", "murieron ▮en …").
_IN_WORDS = frozenset({"in", "nel", "nella", "nei", "nelle", "en", "dans", "durante", "during"})
#: Prepositions of place or of the dative: a name after one is no actor of the clause.
_PLACE_OR_DATIVE = frozenset({"a", "ad", "in", "en", "à", "au", "aux", "dans", "to", "at"})
#: Prepositions that name only the target of a hostile act ("contra los manifestantes").
_TARGET_ONLY = frozenset({"contra", "contro", "contre", "gegen", "against"})
#: Nouns of protesters: in a sentence that tells of a protest in a phrase of time, they
#: made it.
_PROTESTER_NOUNS = frozenset(
    {"manifestanti", "dimostranti", "manifestantes", "manifestants", "protesters"}
    | {"demonstrators", "demonstranten", "protestierende", "huelguistas", "scioperanti"}
    | {"grévistes", "strikers", "protestatari", "protestatarios", "contestataires"}
)
#: Prepositions of a phrase in which a protest noun is met, not joined ("responder a las
#: protestas", "l'aumento delle proteste", "la répression des manifestations").
_PROTEST_PHRASE_WORDS = (
    OF_WORDS - {"l'", "la"}
    | {"a", "al", "alla", "alle", "ai", "agli", "all'", "à", "au", "aux", "to", "ante"}
    | _TARGET_ONLY
)
#: Words that make a following speech verb's subject a source ("según denunció X").
_ACCORDING_TO: dict[str, frozenset[str]] = {"es": frozenset({"según"}), "it": frozenset({"come"})}
#: Words after such a verb within which its source is named, and "from" words before a
#: place that is not the source ("desde Trípoli").
_SOURCE_REACH = 8
_FROM_WORDS = frozenset({"desde", "da", "dal", "dalla", "from", "depuis"})
#: Most words in an aside between commas after a name ("Aisha Gadafi, hija del líder libio,").
_APPOSITION_WORDS = 6
#: Hostile acts whose "against" phrase names their target, and how far after the trigger
#: that phrase may begin, in tokens.
_AGAINST_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION", "PROTEST", "ACCUSE"})
_AGAINST_REACH = 10
#: Acts whose dative phrase names who receives them, and the dative prepositions.
_DATIVE_TYPES = frozenset({"AID"})
_DATIVES = frozenset(
    {"a", "al", "ai", "agli", "alle", "alla", "all'", "allo", "à", "au", "aux", "to"}
)
#: Event types whose noun's "of" phrase naming an organisation names who acts ("el
#: bombardeo de la OTAN"), where a country there would be the target ("la invasión de Irak").
_ARMED_TYPES = frozenset({"ASSAULT", "MOBILIZE", "THREATEN", "SANCTION"})
#: Prepositions of time or circumstance before an event noun (see ``_circumstance_noun``).
_TIME_PREPOSITIONS: dict[str, frozenset[str]] = {
    "it": frozenset({"dopo", "durante", "prima", "nonostante", "malgrado"}),
    "es": frozenset({"tras", "durante", "después", "antes", "pese"}),
    "fr": frozenset({"après", "pendant", "lors", "avant", "malgré"}),
    "de": frozenset({"nach", "während", "vor", "trotz"}),
    "pt": frozenset({"após", "durante", "depois", "antes"}),
}
#: Spans of time between such a preposition and the noun ("después de 18 días de
#: protestas", "dopo tre giorni di scontri").
_TIME_UNITS = frozenset(
    {"días", "semanas", "meses", "años", "horas", "giorni", "settimane", "mesi", "anni", "ore"}
    | {"jours", "semaines", "mois", "ans", "heures", "tagen", "wochen", "monaten", "jahren"}
)
#: Endings of infinitives ("de protestar", "di attaccare"): no noun after "of".
_INFINITIVE = re.compile(r"(?:ar|er|ir|are|ere|ire|re)$")
#: Words of "from" before the source of an event undergone ("aiuti dalla Germania").
_SOURCE_WORDS = frozenset(
    {"da", "dal", "dalla", "dai", "dagli", "dalle", "dall'", "de", "del", "desde", "von"}
    | {"vom", "aus", "from", "du", "des"}
)
#: Plural auxiliaries and past endings of the languages read without a parse (see
#: ``_plural_verb``).
_PLURAL_AUXILIARIES = frozenset(
    {"hanno", "avevano", "avranno", "abbiano", "avrebbero", "sono", "erano", "saranno"}
    | {"han", "habían", "habrán", "hayan", "habrían", "fueron", "haben", "hatten", "sind"}
)
_PLURAL_PAST = ("arono", "irono", "erono", "aron", "ieron", "eron")
#: Auxiliaries of the passive that open a verb joined to the clause before ("ed ▮è stato
#: arrestato", "y ▮fue detenido", "und ▮wurde festgenommen"): the clause's subject undergoes.
_JOINED_PASSIVE_AUXILIARIES = {
    "it": frozenset({"è", "sono", "era", "erano", "fu", "furono", "viene", "vengono"}),
    "es": frozenset({"fue", "fueron", "es", "son", "ha", "han"}),
    "de": frozenset({"wurde", "wurden", "wird", "werden", "ist", "sind", "war", "waren"}),
}
#: How many words (a title: "La premier", "El presidente del Gobierno") may come before the
#: subject that opens a sentence.
_TITLE_REACH = 4
#: A German subject pronoun right after a verb, held in its trigger ("traf ▮sie").
_GERMAN_PRONOUN_SUBJECTS = (" er", " sie")
#: Relative pronouns of whom something is given or said ("Zelensky, ▮al quale ha
#: confermato", "a Sánchez, ▮a quien entregó", "Macron, ▮auquel il a remis").
_DATIVE_RELATIVES = frozenset(
    {"al quale", "alla quale", "ai quali", "alle quali", "a cui", "cui"}
    | {"al que", "a la que", "a quien", "a quienes", "al cual", "a la cual"}
    | {"auquel", "à laquelle", "auxquels", "auxquelles", "à qui"}
)
#: The most characters between a state or body and the person whose office it names.
_OFFICE_REACH = 40
#: Lowercase words of an office between a state and its holder, beside the role nouns
#: ("Italy's ▮prime minister▮ Giorgia Meloni").
_OFFICE_WORDS = frozenset(
    {"'s", "’s", "prime", "foreign", "defence", "defense", "deputy", "vice", "interior"}
)
#: Finite auxiliaries that open a verb joined to the clause before ("e ▮ha annunciato",
#: "y ▮ha firmado", "und ▮hat … zugesagt"): its subject is the clause's.
#: Not "è", "ist", "wurde": after those the subject may be acted on ("ed è stata oggetto di
#: indagini", "und wurde festgenommen").
_SHARED_SUBJECT_AUXILIARIES = {
    "it": frozenset({"ha", "hanno", "aveva", "avevano", "avrebbe", "avrebbero"}),
    "es": frozenset({"ha", "han", "había", "habían", "habría", "habrían"}),
    "de": frozenset({"hat", "haben", "hatte", "hatten", "will", "wollen", "soll", "sollen"})
    | frozenset({"kann", "können", "muss", "müssen"}),
}
_INDEFINITE_ARTICLES = frozenset({"un", "una", "uno", "un'", "ein", "eine"})
#: Lowercase words that are no nouns of a subject: conjunctions, pronouns, negations.
_NOT_NOUNS = frozenset(
    {"che", "e", "o", "non", "ne", "ci", "y", "que", "no", "se", "und", "oder", "nicht"}
    | {"dass", "er", "sie", "es", "wir", "ihr", "man", "chi", "cui", "quale", "quien"}
)
#: The most parties read from a list of sides ("tra …, … e …").
_MOST_SIDES = 6
#: Mention types that may qualify a group noun after it ("l'esercito maliano").
_COUNTRY_WORDS = frozenset({"NORP", "GPE"})
#: How far after an event noun "between" may stand ("gli scontri di sabato tra …").
_SIDES_GAP = 6
#: Nouns of a clash whose "with" phrase names a side ("los choques con la policía").
_CLASH_NOUNS = frozenset(
    {"choques", "enfrentamientos", "scontri", "affrontements", "heurts", "clashes"}
    | {"combates", "combattimenti", "zusammenstöße", "gefechte"}
)
_WITH_WORDS = frozenset({"con", "col", "coi", "with", "avec", "mit"})
#: Words between the parties of a list: articles and commas (coordinators are the
#: language's own); not prepositions ("tra Israele e Hamas a Gaza").
_LIST_JOINERS = frozenset(
    {",", "the", "il", "lo", "la", "l'", "i", "gli", "le", "un", "uno", "una", "un'"}
    | {"el", "los", "las", "unos", "unas", "les", "une", "der", "die", "den", "dem", "das"}
)
#: Words that open a complement clause ("ha affermato che …").
_COMPLEMENTIZERS = frozenset({"che", "que", "dass", "that"})
#: Endings of gerunds, in the languages read without a parse.
GERUND_ENDINGS = {
    "it": re.compile(r"(?:ando|endo)$"),
    "es": re.compile(r"(?:ando|iendo|yendo)$"),
}
#: German relative pronouns that are (most often) the subject of their clause.
_GERMAN_SUBJECT_RELATIVES = frozenset({"der", "die", "das", "welche", "welcher", "welches"})
#: German past participles (ge-…-t/-en, with a separable prefix before "ge", or -iert) and
#: the auxiliaries of the passive past ("wurde … festgenommen", "ist … getötet worden").
_GERMAN_PARTICIPLE = re.compile(r"^(?:[a-zäöü]*ge[a-zäöüß]+(?:t|en)|[a-zäöüß]+iert)$")
_GERMAN_PASSIVE_AUXILIARIES = frozenset({"wurde", "wurden", "worden"})
#: German prepositions after which the party acted on follows ("Anklage gegen …").
_AGAINST = frozenset({"gegen", "wider"})
#: Auxiliaries that make only a passive, as written (lowercase), right before a participle.
#: Forms of "be" that make a passive of a participle whose verb takes "have" in the perfect.
_BE_PASSIVE = {
    "it": frozenset({"è", "e'", "sono", "era", "erano", "sarà", "saranno", "sia", "siano"}),
    "es": frozenset({"es", "son", "era", "eran", "sea", "sean"}),
}
#: Italian participles of verbs whose perfect takes "essere" ("è scoppiata la protesta",
#: "sono scesi in piazza"): no passive after "è".
_UNACCUSATIVE = {
    "it": (
        "scoppiat",
        "mort",
        "entrat",
        "scesi",
        "scesa",
        "sceso",
        "scese",
        "tornat",
        "partit",
        "arrivat",
        "fuggit",
        "intervenut",
        "rimast",
        "andat",
        "giunt",
        "venut",
        "uscit",
        "cadut",
        "diventat",
        "divenut",
        "riuscit",
        "cresciut",
        "aumentat",
        "diminuit",
        "calat",
        "sembrat",
        "appars",
        "restat",
        "salit",
        "passat",
        "ripres",
        "iniziat",
        "cominciat",
        "finit",
        "terminat",
    ),
}
_REFLEXIVE = frozenset({"si", "s'", "se", "ci", "mi", "ti", "vi"})
_STRICT_PASSIVE = {
    "it": frozenset(
        {"stato", "stata", "stati", "state", "venne", "vennero", "viene", "vengono", "fu"}
        | {"furono", "rimasto", "rimasta", "rimasti", "rimaste"}  # "è rimasto ferito"
        | {"verrà", "verranno", "verrebbe", "verrebbero", "veniva", "venivano", "venga"}
        | {"vengano", "sarà", "saranno"}
    ),
    "es": frozenset({"fue", "fueron", "sido", "será", "serán", "serían", "sería", "era", "eran"}),
}


@dataclass(frozen=True, slots=True)
class _Parts:
    """A sentence's participants, placed around a trigger (see ``_word_order_parts``)."""

    mentions: list[EntityMention]
    before: list[EntityMention]  # before the trigger, not in a prepositional phrase
    governed: list[EntityMention]  # before the trigger, in a prepositional phrase
    after: list[EntityMention]  # after it, within the recipient window


class WordOrderRoles(GroupRoles, NominalFrameRoles):
    """Finds actors and recipients from word order, without a parse."""

    def _from_word_order(self, sentence: Sentence, candidate: TriggerCandidate) -> RoleResult:
        parts = self._word_order_parts(sentence, candidate)
        if candidate.type == "ASSAULT" and self._is_noun_trigger(sentence, candidate):
            victims = self._victims_of_attack_noun(sentence, candidate, parts)
            if victims is not None:
                # "due soldati sono morti in un attacco dei talebani"
                noun = self._parsed.tokens[candidate.last - 1]
                agent = self._attack_noun_agent(noun, parts.after)
                return RoleResult(() if agent is None else (agent,), victims, None)
        framed = self._framed_by_words(sentence, candidate, parts)
        result = (
            framed if framed is not None else self._subject_and_object(sentence, candidate, parts)
        )
        if (
            not result.actors
            and result.pronoun is None
            and candidate.type == "ASSAULT"
            and (
                self._strict_passive(sentence, candidate)
                or self._bare_participle(sentence, candidate)
            )
        ):
            # "uccisi in un raid della Nato", "muertos en un bombardeo israelí"
            agent = self._attack_phrase_agent(sentence, candidate, parts.after)
            if agent is not None:
                recipients = tuple(m for m in result.recipients if m != agent)
                return RoleResult((agent,), recipients, None, result.recipient_pronoun)
        if result.actors and not result.recipients:
            # "las amenazas pronunciadas por el régimen libio ▮contra los manifestantes": the
            # phrase names the target, not an undergoer told before
            target = self._against_phrase(sentence, candidate, parts.after, result.actors)
            if target is not None:
                return RoleResult(result.actors, (target,), result.pronoun)
        return result

    def _against_phrase(
        self,
        sentence: Sentence,
        candidate: TriggerCandidate,
        after: Sequence[EntityMention],
        actors: Sequence[EntityMention],
    ) -> EntityMention | None:
        """The name or unnamed people of an "against" phrase (``_TARGET_ONLY``) of a hostile
        act, or of a dative phrase of aid ("entregó misiles y munición ▮a los rebeldes"), in
        its clause within ``_AGAINST_REACH`` words after the trigger; None when punctuation
        comes first or an actor is named there."""
        if candidate.type in _AGAINST_TYPES:
            openers = _TARGET_ONLY
        elif candidate.type in _DATIVE_TYPES:
            openers = _DATIVES
        else:
            return None
        tokens = self._parsed.tokens
        end = min(sentence.last_token, candidate.last + _AGAINST_REACH)
        for index in range(candidate.last, end):
            token = tokens[index]
            if CLAUSE_STOP.fullmatch(token.text):
                return None
            if normalize_word(token.text) not in openers:
                continue
            named = next((m for m in after if m.start >= token.end), None)
            if named is not None:
                words = split_words(self._parsed.text[token.end : named.start])
                if all(w in PATIENT_ARTICLES or w in DETERMINERS for w in words):
                    return None if named in actors else named
            return self._people_after(sentence, index, openers)
        return None

    def _attack_phrase_agent(
        self, sentence: Sentence, candidate: TriggerCandidate, after: Sequence[EntityMention]
    ) -> EntityMention | None:
        """Without a parse: who made the attack (``attack_nouns``) in whose phrase a passive
        happened, named in its "of" phrase or by a demonym after it ("uccisi in un raid ▮della
        Nato", "muertos en un bombardeo ▮israelí"), within six words of the participle."""
        tokens = self._parsed.tokens
        for index in range(candidate.last, min(sentence.last_token, candidate.last + 6)):
            token = tokens[index]
            if CLAUSE_STOP.fullmatch(token.text):
                return None
            if normalize_word(token.text) in self._attack_nouns:
                return self._attack_noun_agent(token, after)
        return None

    def _attack_noun_agent(
        self, noun: Token, after: Sequence[EntityMention]
    ) -> EntityMention | None:
        """The name an attack noun's "of" phrase or demonym gives, within three lowercase
        words after it ("raid ▮della Nato", "bombardeo ▮israelí", "attacco ▮dei talebani")."""
        text = self._parsed.text
        for mention in after:
            if mention.start < noun.end:
                continue
            words = split_words(text[noun.end : mention.start])
            if len(words) > 3 or any(not w.isalpha() or not w.islower() for w in words):
                break
            if (words and words[-1] in OF_WORDS) or mention.type == "NORP":
                return mention
            break
        # "attacco ▮dei talebani", "ataque ▮de los rebeldes": a group
        tokens = self._parsed.tokens
        index = self._of_phrase_start(noun.index)
        if index is None or self._index.at(index) is not None:
            return None
        group = self._group_noun(tokens[index], people=True)
        if group is None or group in self._institution_nouns:
            return None
        return self._group_here(tokens[index], group, list(after))

    def _attack_victims(
        self, sentence: Sentence, candidate: TriggerCandidate
    ) -> tuple[EntityMention, ...]:
        """Without a parse: who died or was hurt in the attack an event noun names (see
        ``_victims_of_attack_noun``); none when the noun stands in no such phrase."""
        if candidate.type != "ASSAULT" or not self._is_noun_trigger(sentence, candidate):
            return ()
        parts = self._word_order_parts(sentence, candidate)
        return self._victims_of_attack_noun(sentence, candidate, parts) or ()

    def _victims_of_attack_noun(
        self, sentence: Sentence, candidate: TriggerCandidate, parts: _Parts
    ) -> tuple[EntityMention, ...] | None:
        """Those who died or were hurt in the attack an event noun names, when a verb or
        participle of dying stands before the noun's "in" phrase ("due soldati sono morti ▮in
        un attacco", "dos civiles murieron ▮en un bombardeo"): the subject before it; None
        where the noun stands in no such phrase."""
        tokens = self._parsed.tokens
        index = candidate.first - 1
        while index > sentence.first_token and tokens[index].text.lower() in DETERMINERS:
            index -= 1  # "in ▮un attacco", "en ▮el bombardeo"
        if index < sentence.first_token + 1 or normalize_word(tokens[index].text) not in (
            _IN_WORDS
        ):
            return None
        verb = index - 1
        if normalize_word(tokens[verb].text) not in self._death_words:
            return None
        victims = [m for m in parts.before if m.end <= tokens[verb].start][-1:]
        if not victims:
            group = self._word_order_group(
                sentence, replace(candidate, first=verb, start=tokens[verb].start), [], True
            )
            victims = [group] if group is not None else []
        return tuple(victims)

    def _word_order_parts(self, sentence: Sentence, candidate: TriggerCandidate) -> _Parts:
        """The sentence's participants around the trigger: before it (not in a phrase that a
        preposition opens), in such a phrase before it, and after it within a window."""
        mentions = [
            m
            for m in self._index.in_span(sentence.start, sentence.end)
            if m.start not in self._excluded
            and is_participant(m)
            and (not (candidate.start <= m.start < candidate.end) or self._in_gap(m, candidate))
        ]
        earlier = [
            m
            for m in mentions
            if m.end <= candidate.start  # "anti-Turkish", "pro-Russian": no actor
            and not (m.type == "NORP" and self._parsed.text[m.start - 1 : m.start] == "-")
        ]
        # "sometió a Trípoli a los bombardeos", "con Turquía y las Naciones Unidas": names in a
        # prepositional phrase are no subject (but "con Zelenski, que agradeció" is)
        opening = self._coordinated_noun_opening(sentence, candidate)
        if opening is not None:
            # "ElBaradei es retenido y las protestas se recrudecen": a new clause
            earlier = [m for m in earlier if m.start >= opening]
        # "il 32enne, originario di Foggia, ha aggredito": where he is from takes no part;
        # "Pedro Gil, que visitó Rabat ayer, firmó": nor who is named in a closed relative
        # clause
        closed = self._closed_relative_clauses(sentence, candidate)
        closed += self._closed_appositions(sentence, candidate, mentions)
        earlier = [
            m
            for m in earlier
            if not self._after_origin_word(m)
            and not any(start <= m.start < end for start, end in closed)
        ]
        # "los activistas libios", "tre 19enni italiani": the group of that nationality
        earlier = [self._nationality_group(m, mentions) for m in earlier]
        governed = self._prepositional_names(earlier, candidate)
        after_limit = min(
            self._token_end(candidate.last + _RECIPIENT_WINDOW, sentence),
            self._relative_clause_start(sentence, candidate),
        )
        # "condannato l'ex sindaco a cinque anni": a participant in the pattern's gap is
        # acted on, before those after the trigger
        after = [m for m in mentions if m.start >= candidate.start and m.start < after_limit]
        after = [self._nationality_group(m, mentions) for m in self._without_town_range(after)]
        before = [m for m in earlier if m not in governed]
        return _Parts(mentions, before, governed, after)

    def _framed_by_words(
        self, sentence: Sentence, candidate: TriggerCandidate, parts: _Parts
    ) -> RoleResult | None:
        """Roles that a construction around the trigger fixes: the sides of a clash, a
        protesters' noun, a passive, a German verb frame, an "of" phrase before a target."""
        sides = self._sides(candidate, parts)
        if sides is not None:
            return sides
        protesters = self._trigger_group(candidate, parts.mentions)
        if protesters is not None:
            # "i manifestanti restano in piazza": the protesters protest, and no one told
            # before (a dropped subject) is one of them
            return RoleResult((protesters,), (), None)
        passive = self._word_order_passive(sentence, candidate, parts)
        if passive is not None:
            return passive
        if self._parsed.language == "de":
            framed = self._german_passive(sentence, candidate, parts.before)
            if framed is None:
                framed = self._german_verb_frame(sentence, candidate, parts.before, parts.after)
            if framed is not None:
                return framed
        genitive = self._genitive_agent(sentence, candidate, parts.after)
        if genitive is not None:
            # "un ataque de Gadafi sobre barcos de la OTAN": the one whose attack it is acts
            targets = [m for m in parts.after if m.start > genitive.end]
            found = tuple(prefer_people(targets, self._parsed.text)[:1])
            if not found:
                # "arresto dei carabinieri di due spacciatori": the people of the next phrase
                people = self._people_after(sentence, self._token_at(genitive.end - 1) + 1)
                found = () if people is None else (people,)
            return RoleResult((genitive,), found, None)
        return None

    def _people_after(
        self, sentence: Sentence, start: int, openers: frozenset[str] = frozenset()
    ) -> EntityMention | None:
        """Unnamed people in an "of" or "against" phrase (or one of ``openers``) right at
        token ``start`` ("di due spacciatori", "de tres periodistas", "contra los
        manifestantes")."""
        tokens = self._parsed.tokens
        index = start
        if index >= sentence.last_token:
            return None
        word = normalize_word(tokens[index].text)
        if word not in OF_WORDS and word not in _TARGET_ONLY and word not in openers:
            return None
        for index in range(start + 1, min(sentence.last_token, start + 4)):
            token = tokens[index]
            word = normalize_word(token.text)
            if (
                word in PATIENT_ARTICLES
                or word in DETERMINERS
                or word in NUMBER_WORDS
                or token.text.isdigit()
            ):
                continue
            noun = self._group_noun(token, people=True)
            if noun is None or noun in self._institution_nouns:
                return None
            end = self._common_of_phrase_end(index, sentence.last_token)
            return group_mention(self._parsed.text, token.start, end, noun, None)
        return None

    def _sides(self, candidate: TriggerCandidate, parts: _Parts) -> RoleResult | None:
        """ "scontri tra l'esercito maliano e i ribelli", "gli scontri di sabato tra i
        manifestanti e la polizia", "enfrentamientos entre …": the sides of the fight, named
        or groups, all act."""
        tokens = self._parsed.tokens
        if not candidate.nominal:
            return None
        between = next(
            (
                index
                for index in range(candidate.last, min(len(tokens), candidate.last + _SIDES_GAP))
                if tokens[index].text.lower() in BETWEEN
            ),
            None,
        )
        if (
            between is None
            and candidate.last < len(tokens)
            and candidate.text.lower() in _CLASH_NOUNS
            and tokens[candidate.last].text.lower() in _WITH_WORDS
        ):
            # "los choques ▮con la policía": the side named; the other is told elsewhere
            between = candidate.last
        if between is None or any(
            not tokens[index].text.isalnum() for index in range(candidate.last, between)
        ):
            return None
        sides = self._side_parties(between + 1, parts.mentions)
        if len(sides) < 2 and parts.after:
            sides = self._coordinated(list(parts.after), backwards=False)
        if not sides:
            return None
        if all(is_town(m) for m in sides):
            # "otto arresti tra Reggio Emilia e Modena": where it happened, no sides
            return RoleResult((), (), None)
        return RoleResult(tuple(prefer_people(sides, self._parsed.text)), (), None)

    def _side_parties(self, first: int, mentions: Sequence[EntityMention]) -> list[EntityMention]:
        """The names and group nouns listed from token ``first`` on ("tra i manifestanti, i
        soldati e i mercenari", "entre rebeldes y fuerzas del régimen"), joined by articles,
        commas and coordinators; a group noun may have one adjective, or its country, after
        it ("le forze governative", "l'esercito maliano"). The list ends at any other word."""
        tokens = self._parsed.tokens
        found: list[EntityMention] = []
        index, adjective = first, False
        while index < len(tokens) and len(found) < _MOST_SIDES:
            token = tokens[index]
            word = token.text.lower()
            mention = self._index.at(index)
            if mention is not None and is_participant(mention):
                if adjective and mention.type in _COUNTRY_WORDS:
                    found[-1] = mention  # "l'esercito maliano": the state, as NER tells it
                else:
                    found.append(mention)
                index = max(index + 1, self._token_at(mention.end - 1) + 1)
                adjective = False
                continue
            noun = self._group_noun(token)
            if noun is not None:
                group = self._group_here(token, noun, mentions)
                found.append(group)
                adjective = True
                # past the group's own "of" phrase ("le forze ▮di polizia▮"), not its
                # demonym ("l'esercito ▮maliano": the state, read next)
                if group.country is None:
                    index = max(index + 1, self._token_at(group.end - 1) + 1)
                    commander = self._commander_after(token.index, noun)
                    if commander is not None:
                        # "entre las fuerzas ▮de Gadafi y los opositores": who commands them
                        found[-1] = commander
                        index = self._token_at(commander.end - 1) + 1
                    continue
            elif word in self._coordinators or word in _LIST_JOINERS:
                adjective = False
            elif adjective and word.isalpha() and word.islower():
                adjective = False  # one adjective after a group noun
            else:
                break
            index += 1
        return found

    def _commander_after(self, index: int, noun: str) -> EntityMention | None:
        """The person, body or state in the "of" phrase of a force noun at token ``index``
        ("las fuerzas ▮de Gadafi", "le truppe ▮di Haftar"), who commands them; not a town."""
        if noun not in self._force_nouns:
            return None
        position = self._of_phrase_start(index)
        if position is None:
            return None
        owner = self._index.at(position)
        if owner is None or not is_participant(owner) or is_town(owner):
            return None
        if owner.start != self._parsed.tokens[position].start:
            return None
        return owner

    def _word_order_passive(
        self, sentence: Sentence, candidate: TriggerCandidate, parts: _Parts
    ) -> RoleResult | None:
        """A passive: with its agent named or a group ("Kyiv è stata attaccata dalla Russia",
        "Un giornalista è stato ucciso da due sicari"), the agent acts on the subject; with
        no agent ("Due soldati ucraini sono stati uccisi"), the subject is acted on."""
        before, after = parts.before, parts.after
        bare = self._bare_participle(sentence, candidate)
        agent = self._passive_agent(sentence, candidate, after, bare)
        group_agent = None if agent is not None else self._agent_group(sentence, candidate, bare)
        if agent is not None or group_agent is not None:
            if agent is not None:
                actors = self._coordinated(after[after.index(agent) :], backwards=False)
            else:
                actors = [group_agent] if group_agent is not None else []
            patients = self._patients_or_group(sentence, candidate, parts)
            if not patients:
                antecedent = self._relative_antecedent(sentence, candidate)
                # "sono stati arrestati ▮due giovani dai carabinieri"
                patients = (
                    (antecedent,)
                    if antecedent is not None
                    else self._after_subject(sentence, candidate, parts, actors)
                )
            return RoleResult(
                tuple(prefer_people(actors, self._parsed.text)),
                patients,
                None,
                # "Ieri è stato arrestato dai carabinieri": the one told before; but
                # "l'ospedale è stato colpito da un missile" names what was hit
                None if patients or self._noun_subject(sentence, candidate) else "undergoer",
            )
        if before and self._strict_passive(sentence, candidate):
            # "fue detenido en Caracas", "fue sancionado por la federación": acted on by no
            # one named (an agent phrase names no party); "X ha dicho que 2.000
            # personas fueron asesinadas": the people of the passive's own clause, not the
            # speaker
            patients = self._patients_or_group(sentence, candidate, parts)
            if not patients:
                # "due tunisini, con precedenti, che sono stati denunciati": what the
                # relative clause is about undergoes it, and acts in it no more
                antecedent = self._relative_head(sentence, candidate, before)
                patients = () if antecedent is None else (antecedent,)
            if not patients:
                # "…, se necessario, verranno uccisi ▮i ribelli": the subject after the
                # verb; the names before belong to another clause
                patients = self._after_subject(sentence, candidate, parts)
            if patients:
                return RoleResult((), patients, None)
        if (
            not before
            and self._strict_passive(sentence, candidate)
            and not self._noun_subject(sentence, candidate)
            and not self._article_follows(sentence, candidate)
        ):
            # "A Modena sono stati arrestati due giovani": the people after the verb; "En
            # 2004 fue detenido por conducir borracho": no agent, and no one named here
            # undergoes it (the one told last is too often someone else: no event)
            patients = self._patients_or_group(sentence, candidate, parts) or self._after_subject(
                sentence, candidate, parts
            )
            return RoleResult((), patients, None)
        if bare:
            return self._bare_participle_roles(sentence, candidate, parts)
        return None

    def _after_subject(
        self,
        sentence: Sentence,
        candidate: TriggerCandidate,
        parts: _Parts,
        actors: Sequence[EntityMention] = (),
    ) -> tuple[EntityMention, ...]:
        """A passive's subject after its verb, other than its ``actors``: a name
        (``_postposed_subject``) or unnamed people ("sono stati arrestati ▮due giovani")."""
        named = self._postposed_subject(candidate, parts, actors)
        if named:
            return named
        group = self._object_group(sentence, candidate, parts.mentions)
        if group is None or any(group.start == actor.start for actor in actors):
            return ()
        return (group,)

    def _article_follows(self, sentence: Sentence, candidate: TriggerCandidate) -> bool:
        """Does an article come right after the trigger, past words of time ("fue detenido
        ayer ▮el alcalde", "è stato colpito ▮l'ospedale"): a subject after the verb?"""
        tokens = self._parsed.tokens
        for index in range(candidate.last, sentence.last_token):
            word = normalize_word(tokens[index].text)
            if word in TIME_ADVERBS:
                continue
            return word in PATIENT_ARTICLES or word in DETERMINERS
        return False

    def _noun_subject(self, sentence: Sentence, candidate: TriggerCandidate) -> bool:
        """Does the trigger's clause open with an article and a common noun, its subject
        ("che ▮l'ospedale è stato colpito", "▮Il furgone è stato rubato")?"""
        tokens = self._parsed.tokens
        start = self._clause_start(sentence, candidate)
        if start + 1 >= candidate.first:
            return False
        article, noun = tokens[start], tokens[start + 1]
        return (
            normalize_word(article.text) in PATIENT_ARTICLES
            and noun.text.isalpha()
            and noun.text.islower()
        )

    def _postposed_subject(
        self, candidate: TriggerCandidate, parts: _Parts, actors: Sequence[EntityMention]
    ) -> tuple[EntityMention, ...]:
        """A passive's subject after it, before or after its agent ("è stato arrestato il
        sindaco Neri dai carabinieri", "arrestato dai carabinieri il sindaco Neri"): the
        first name after the trigger that is no agent and that no preposition introduces,
        "of" included ("dai carabinieri della compagnia di Sassuolo": the agent's town)."""
        for mention in parts.after:
            if mention in actors or mention.start < candidate.end:
                continue
            index = self._token_at(mention.start)
            if (
                not self._after_of_word(mention)
                and not self._introduced_by_preposition(mention)
                and not self._agent_preposition_before(index)
            ):
                return (mention,)
        return ()

    def _bare_participle_roles(
        self, sentence: Sentence, candidate: TriggerCandidate, parts: _Parts
    ) -> RoleResult:
        """A participle with no auxiliary and no agent ("dieci manifestanti uccisi ieri",
        "Arrestati tre giovani"): who it qualifies, before it in its clause or after it when
        it opens the sentence, is acted on, by no one named (nor told before)."""
        patients = self._patients_or_group(sentence, candidate, parts)
        if patients:
            return RoleResult((), patients, None)
        group = self._object_group(sentence, candidate, parts.mentions)
        if group is not None:
            return RoleResult((), (group,), None)  # "Arrestata la banda delle spaccate"
        after = self._coordinated(list(parts.after), backwards=False) if parts.after else []
        return RoleResult((), tuple(prefer_people(after, self._parsed.text)), None)

    def _patients_or_group(
        self, sentence: Sentence, candidate: TriggerCandidate, parts: _Parts
    ) -> tuple[EntityMention, ...]:
        """Who a passive acts on: the names before it in its clause, else the group noun
        there ("i manifestanti sono stati dispersi dalla polizia")."""
        patients = self._passive_patients(sentence, candidate, parts.before)
        if patients and all(is_town(m) for m in patients):
            # "Un uomo di Carpi è stato arrestato": the man, not his town
            owner = self.owning_group(list(patients))
            if owner is not None:
                return (owner,)
        if patients:
            return patients
        group = self._word_order_group(sentence, candidate, parts.mentions, people=True)
        return () if group is None else (group,)

    def _subject_and_object(
        self, sentence: Sentence, candidate: TriggerCandidate, parts: _Parts
    ) -> RoleResult:
        """The subject before the trigger acts (else an unnamed group, a German subject after
        the verb, a person in a phrase of the clause, or a subject to resolve) and the names
        after it receive."""
        before, governed = parts.before, parts.governed
        after = list(parts.after)
        pronoun: str | None = None
        actors: list[EntityMention] = []
        if before and self._undergone_noun(sentence, candidate):
            # "Zauiya ha sufrido un asalto", "ha ricevuto aiuti dalla Germania": the subject
            # undergoes the event; a source phrase after the noun names who acts
            sources = [m for m in after if self._after_source_word(m)][:1]
            patients = self._coordinated(list(reversed(before)), backwards=True)
            return RoleResult(
                tuple(sources), tuple(prefer_people(patients, self._parsed.text)), None
            )
        addressee = self._dative_relative_antecedent(sentence, candidate)
        if addressee is not None and before and before[0] is not addressee:
            # "ha incontrato Zelensky, al quale ha confermato il sostegno dell'Italia": the one
            # the relative clause addresses receives; the sentence's subject acts
            return RoleResult((before[0],), (addressee,), None)
        antecedent = self._relative_antecedent_after_comma(sentence, candidate)
        if antecedent is not None and not candidate.nominal:
            # "addosso ai manifestanti, che protestano": who the relative clause tells of
            # acts in it, not the main clause's subject
            targets = [m for m in after if m.start > candidate.start]
            recipients = self._coordinated(targets, backwards=False) if targets else []
            return RoleResult(
                (antecedent,), tuple(prefer_people(recipients, self._parsed.text)), None
            )
        source = self._according_to_source(sentence, candidate, after)
        if source is not None:
            # "… implicada en crímenes de guerra, según denunció hoy Human Rights Watch": the
            # source acts, and the subject of the clause it reports on is whom it concerns
            accused = self._coordinated(list(before), backwards=False) if before else []
            return RoleResult((source,), tuple(accused), None)
        if self._protest_met(sentence, candidate):
            # "El Gobierno ha decidido responder a las protestas": who meets a protest does
            # not protest; its "of" phrase names who does ("de los estudiantes"), its
            # "against" phrase its target
            protesters = self._people_after(sentence, candidate.last)
            named = [m for m in after if not is_town(m)]
            targets = self._targets_of(candidate, after)[:1] or (
                self._coordinated(named, backwards=False) if named else []
            )
            return RoleResult(
                () if protesters is None else (protesters,),
                tuple(prefer_people(targets, self._parsed.text)),
                None,
            )
        if self._circumstance_noun(sentence, candidate):
            # "Gadafi, tras el bombardeo sobre Trípoli": the clause's subject is no party;
            # the noun's own phrase names its target ("sobre Trípoli"), if any; but the
            # protesters the clause tells of made a protest ("Durante una protesta …, i
            # manifestanti avevano scalato i muri")
            protesters = (
                self._protesters_in(sentence, candidate, parts.mentions)
                if candidate.type == "PROTEST"
                else None
            )
            return RoleResult(
                () if protesters is None else (protesters,),
                tuple(self._targets_of(candidate, after)[:1]),
                None,
            )
        # unnamed people ("un uomo", "la madre del ragazzo") act only through a verb: by an
        # event noun they are its victims ("tres civiles murieron en un ataque")
        framed = None if before else self._german_frame_group(sentence, candidate)
        group = framed or self._word_order_group(
            sentence,
            candidate,
            parts.mentions,
            people=self._verb_follows_subject(candidate),
        )
        if before and group is not None:
            # "perlustrando il territorio di Spilamberto, i militari … hanno arrestato": a
            # group between a town and the verb is its subject; else the names before act
            nearer = group.start >= before[-1].end and is_town(before[-1])
            if nearer:
                before = []
            else:
                group = None
        opening = self._coordinated_noun_opening(sentence, candidate)
        if group is not None and opening is not None and group.start < opening:
            group = None  # "… ha arrestato dieci studenti e le proteste sono riprese"
        if group is not None and self._strict_passive(sentence, candidate):
            # "I ribelli sono stati arrestati", "un ragazzo è rimasto ferito da un colpo di
            # pistola": the group is acted on, by no one named (a named agent was found
            # before, by ``_word_order_passive``)
            return RoleResult((), (group,), None)
        if before and self._comma_gerund(candidate):
            # "Crosetto ha visitato Kiev, promettendo nuovi aiuti": the gerund's subject is
            # the clause's, not the last name before it; after a quotation, the speaker's
            # ("«…», ha detto Zelensky, chiedendo …")
            actors = self._coordinated(self._after_quotation(before, candidate), backwards=False)
        elif before and (joined := self._joined_verb_subject(sentence, candidate, before)):
            # "Meloni ha incontrato Zelensky e ha annunciato nuovi aiuti": Meloni's aid
            actors = joined
        elif before:
            actors = self._coordinated(list(reversed(before)), backwards=True)
            owner = self.owning_group(actors)
            if owner is not None:
                actors = [owner]  # "i carabinieri di Bologna hanno arrestato"
        elif group is not None:  # "i manifestanti hanno bloccato…", "Rebellen griffen … an"
            actors = [group]
            after = [m for m in after if not (group.start <= m.start < group.end)]
        elif self._german_noun_subject(sentence, candidate):
            pass  # "Der Präsident besucht Marokko": an unnamed subject; the names after receive
        elif self._parsed.language == "de" and candidate.text.lower().endswith(
            _GERMAN_PRONOUN_SUBJECTS
        ):
            # "In Jerusalem traf sie Netanjahu": the pronoun the trigger holds is the
            # subject, told before; the names after receive
            pronoun = "singular"
        elif (
            self._parsed.language == "de"
            and after
            and not self._against_follows(candidate)
            and (subjects := [m for m in after if not self._german_beneficiary(m)])
        ):
            # the subject after the verb; one "für" or "an" introduces receives
            actors = self._coordinated(subjects, backwards=False)
            # nor the state that only names a subject's office ("den ukrainischen Präsidenten")
            after = [
                m
                for m in after
                if m not in actors and not any(self._office_of(m, a) for a in actors)
            ]
        elif (
            governed
            and governed[-1].type in {"PERSON", "ORG"}
            and _word_before(self._parsed.text, governed[-1].start) not in _PLACE_OR_DATIVE
        ):
            # "Per Meloni si tratta della seconda visita a Kiev": a person or a body named in
            # a phrase of the clause, rather than one told before; not after "a" or "in"
            # ("accaduto a Mirandola dove i carabinieri …": a town taken for a person)
            actors = [governed[-1]]
        elif (postverbal := self._postverbal_subject(candidate, parts.mentions)) is not None:
            # "Sul furto indagano gli uomini della polizia": the subject after the verb, with
            # its "of" phrase ("i carabinieri di Carpi"); an intransitive verb has no object
            actors = [postverbal]
            reach = self._parsed.tokens[min(candidate.last + 6, sentence.last_token) - 1].end
            after = [
                m
                for m in after
                if not (postverbal.start <= m.start < postverbal.end)
                and not (m.start < reach and self._after_of_word(m))
            ]
        elif not self._passive_without_agent_words(sentence, candidate):
            pronoun = self._subject_to_resolve(sentence, candidate, bool(after))
        # a passive with no agent ("è stato colpito l'ospedale") names no actor to resolve
        recipients = self._coordinated(after, backwards=False) if after else []
        acted_on = (
            self._object_group(sentence, candidate, parts.mentions)
            if (actors or pronoun)
            and candidate.type not in MOVED_GROUP_TYPES
            and candidate.text.lower() not in self._postverbal_verbs
            else None
        )
        if (
            acted_on is not None
            and acted_on not in actors
            and (not recipients or acted_on.start < recipients[0].start)
        ):
            # "ha sparato contro i manifestanti davanti al parlamento": the group right after
            # the verb is acted on, not a name further on; alone it makes no event
            recipients = [acted_on]
        if framed is not None and framed in actors and not recipients:
            # "Die Polizei hat … drei Demonstranten festgenommen": the group in the frame,
            # before the participle, is its object
            recipients = self._german_frame_object(framed, candidate)
        return RoleResult(
            tuple(prefer_people(actors, self._parsed.text)),
            tuple(prefer_people(recipients, self._parsed.text)),
            pronoun,
        )

    def _german_noun_subject(self, sentence: Sentence, candidate: TriggerCandidate) -> bool:
        """Does a German clause open with a nominative article and an unnamed noun right
        before its verb ("▮Der Präsident besucht Marokko", "▮Die Regierung fordert von der
        EU")? Then the subject is that noun, not the name after the verb, as it is when
        another word opens the clause ("Heute besucht Macron Marokko")."""
        if self._parsed.language != "de":
            return False
        tokens = self._parsed.tokens
        start = self._clause_start(sentence, candidate)
        words = tokens[start : candidate.first]
        if not 2 <= len(words) <= _GERMAN_SUBJECT_WORDS:
            return False
        return (
            words[0].text.lower() in _GERMAN_NOMINATIVE_ARTICLES
            and words[-1].text[:1].isupper()
            and all(self._index.at(t.index) is None for t in words)
            and all(t.text.isalpha() for t in words)
        )

    def _postverbal_subject(
        self, candidate: TriggerCandidate, mentions: Sequence[EntityMention]
    ) -> EntityMention | None:
        """The subject after an intransitive verb in the third person plural, which takes
        no object (``postverbal_subject_verbs``: "indagano ▮gli uomini della polizia",
        "protestan ▮los estudiantes"): a group noun right after it, past an article, or the
        name right after it; the group of police or forces whose "of" phrase names a body
        is that body's."""
        if candidate.last - candidate.first != 1:
            return None
        if candidate.text.lower() not in self._postverbal_verbs:
            return None
        tokens = self._parsed.tokens
        index = candidate.last
        if index < len(tokens) and tokens[index].text.lower() in PATIENT_ARTICLES | DETERMINERS:
            index += 1
        if index >= len(tokens):
            return None
        named = self._index.at(index)
        if named is not None:
            return named if is_participant(named) else None
        noun = self._group_noun(tokens[index], people=True)
        if noun is None or noun in self._institution_nouns:
            return None
        # "gli uomini della polizia", "gli agenti della Digos": the body they serve
        owner = self._owner_after(index)
        return owner if owner is not None else self._group_here(tokens[index], noun, mentions)

    def _after_of_word(self, mention: EntityMention) -> bool:
        """Does an "of" word, perhaps with an article, stand right before the mention?"""
        position = self._past_article(self._token_at(mention.start) - 1)
        return position >= 0 and normalize_word(self._parsed.tokens[position].text) in OF_WORDS

    def _owner_after(self, index: int) -> EntityMention | None:
        """The police body or organisation in the "of" phrase right after the people noun
        at ``index`` ("uomini ▮della polizia", "agenti ▮della Digos")."""
        tokens = self._parsed.tokens
        position = self._of_phrase_start(index)
        if position is None:
            return None
        named = self._index.at(position)
        if named is not None and named.type == "ORG":
            return named
        noun = self._group_noun(tokens[position])
        if noun is not None and noun in self._police_nouns:
            return self._group_here(tokens[position], noun, [])
        return None

    def _subject_to_resolve(
        self, sentence: Sentence, candidate: TriggerCandidate, names_follow: bool
    ) -> str | None:
        """The subject to resolve from earlier sentences when the clause names none: a
        pronoun ("el gobierno anunció …") or a verb's dropped subject ("ha annunciato"),
        which an event noun in a prepositional phrase lacks ("all'offensiva dei qaedisti
        di al-Shabaab", "durante le proteste"), as does an infinitive there whose phrase
        names a party ("di chiedere alle forze di opposizione")."""
        pronoun = self._word_order_reference(sentence, candidate)
        if pronoun is not None:
            return pronoun
        if self._in_prepositional_phrase(candidate) and (
            names_follow
            or self._is_noun_trigger(sentence, candidate)
            or self._after_agent_preposition(candidate)
        ):
            return None  # but "ha deciso di inviare truppe": the dropped subject sends
        if self._noun_opens_clause(sentence, candidate):
            return None
        if self._common_noun_before_verb(sentence, candidate):
            # "… la blogger critica il trasferimento": a subject, if no name; none to carry
            return UNNAMED_SUBJECT
        # "hanno perquisito l'abitazione": a plural verb's dropped subject is a group
        return "plural" if self._plural_verb(sentence, candidate) else "dropped"

    def _common_noun_before_verb(self, sentence: Sentence, candidate: TriggerCandidate) -> bool:
        """Does a verbal trigger follow an article and a common noun (perhaps with an
        adjective, a reflexive pronoun or an auxiliary between), not after a preposition
        ("In un altro post ▮la blogger critica …", "▮il nuovo governo si riunirà")? That
        noun is the clause's subject: no dropped subject to carry from earlier sentences."""
        if candidate.nominal:
            return False  # (a form that is also a noun, "critica", reads as a verb here)
        tokens = self._parsed.tokens
        index = candidate.first - 1
        while index > sentence.first_token and (
            normalize_word(tokens[index].text) in _REFLEXIVE
            or normalize_word(tokens[index].text) in self._auxiliaries
        ):
            index -= 1
        words = 0
        while index > sentence.first_token and words < 2:
            word = tokens[index].text
            normal = normalize_word(word)
            if (
                not (word.isalpha() and word.islower())
                or normal in _NOT_NOUNS
                or normal in PATIENT_ARTICLES
                or normal in _INDEFINITE_ARTICLES
            ):
                break
            index -= 1
            words += 1
        article = normalize_word(tokens[index].text)
        if words == 0 or (article not in PATIENT_ARTICLES and article not in _INDEFINITE_ARTICLES):
            return False
        if index == sentence.first_token:
            return True
        language = self._parsed.language
        before = normalize_word(tokens[index - 1].text)
        return not any(
            before in table.get(language, frozenset())
            for table in (PATIENT_PREPOSITIONS, _SUBJECTLESS_PREPOSITIONS, _NOUN_PREPOSITIONS)
        ) and (language != "de" or before not in _GERMAN_PREPOSITIONS)

    def _coordinated_noun_opening(
        self, sentence: Sentence, candidate: TriggerCandidate
    ) -> int | None:
        """Where a clause that an event noun opens after a coordinator or "that" starts
        ("… es retenido y las protestas se recrudecen", "ha advertido de que la marcha de
        hoy coincide …"): the offset after that word, when only articles stand between it
        and the noun."""
        tokens = self._parsed.tokens
        index = candidate.first - 1
        while index > sentence.first_token and tokens[index].text.lower() in PATIENT_ARTICLES:
            index -= 1
        if (
            index <= sentence.first_token
            or index == candidate.first - 1
            or (
                tokens[index].text.lower() not in self._coordinators
                and tokens[index].text.lower() not in _COMPLEMENTIZERS
            )
            or not self._is_noun_trigger(sentence, candidate)
        ):
            return None
        return tokens[index].end

    def _plural_verb(self, sentence: Sentence, candidate: TriggerCandidate) -> bool:
        """Is a verbal trigger plural: a plural auxiliary in the two words before it ("hanno
        arrestato", "han detenido") or a plural ending of the past ("arrestarono",
        "detuvieron")?"""
        if candidate.nominal:
            return False
        tokens = self._parsed.tokens
        first = max(sentence.first_token, candidate.first - 2)
        if any(t.text.lower() in _PLURAL_AUXILIARIES for t in tokens[first : candidate.first]):
            return True
        return tokens[candidate.first].text.lower().endswith(_PLURAL_PAST)

    def _noun_opens_clause(self, sentence: Sentence, candidate: TriggerCandidate) -> bool:
        """Is the trigger an event noun with only articles and prepositions before it in its
        clause ("Gli scontri sono proseguiti", "Nonostante gli scontri, …")? It is the
        clause's subject or in a phrase of circumstance: no verb's dropped subject does it."""
        if not self._is_noun_trigger(sentence, candidate):
            return False
        opening = _clause_openers(self._parsed.language)
        tokens = self._parsed.tokens[self._clause_start(sentence, candidate) : candidate.first]
        return all(normalize_word(t.text) in opening for t in tokens)

    def _genitive_agent(
        self, sentence: Sentence, candidate: TriggerCandidate, after: Sequence[EntityMention]
    ) -> EntityMention | None:
        """The name in an event noun's "of" phrase when a phrase of its target follows ("el
        ataque de Rusia contra Ucrania", "l'attacco della Russia all'Ucraina"): the first is
        whose act it is. (Alone, "la invasión de Ucrania" names the one invaded.)"""
        targets = _TARGET_PREPOSITIONS.get(self._parsed.language)
        if targets is None or not self._is_noun_trigger(sentence, candidate):
            return None
        force = self._genitive_force(sentence, candidate)
        if force is not None and not (after and self._named_with(force, after[0])):
            return force  # "el asalto de los rebeldes a Sirte": theirs is the act
        if not after:
            return None
        first = after[0]
        if first.start < candidate.end or first.start in self._excluded:
            return None
        text = self._parsed.text
        words = split_words(text[candidate.end : first.start])
        genitives = PATIENT_PREPOSITIONS.get(self._parsed.language, frozenset()) - targets
        # "el bombardeo de la OTAN", "el bombardeo más intenso de la OTAN": up to two
        # adjectives, the "of" word and an article
        at = next((i for i, w in enumerate(words) if w in genitives), None)
        if at is None or at > 2 or any(w in DETERMINERS or w in targets for w in words[:at]):
            return None
        if self._army_of(words[at + 1 :], first):
            # "la ofensiva del ejército sirio contra los rebeldes": the state's army acts
            return first
        if not (len(words) - at <= 2 and all(w in PATIENT_ARTICLES for w in words[at + 1 :])):
            return None
        following = split_words(text[first.end : first.end + 40])[:3]
        if following and following[0] in targets:
            return first
        if first.entity_id.startswith((MEDIA_PREFIX, GROUP_PREFIX)):
            return None
        if candidate.type in _ARMED_TYPES and first.type == "ORG":
            return first  # "un bombardeo de la OTAN", "l'offensiva di Hamas": whose act it is
        if (
            genitive_party(candidate.type, first.type, first.entity_id)
            and not self._in_prepositional_phrase(candidate)
            and self._determined_noun(candidate)
        ):
            # "il rifiuto della Germania", "la visita di Macron"; but a locution's "of"
            # phrase is who it is for ("al fianco dell'Ucraina", "a favor de Kiev")
            return first
        return None

    def _named_with(self, group: EntityMention, mention: EntityMention) -> bool:
        """Does ``mention`` start inside the group's words, or is it the demonym right after
        them ("del ejército ▮sirio": the state's army, read as the state)?"""
        if mention.start < group.end:
            return True
        return mention.type == "NORP" and not self._parsed.text[group.end : mention.start].strip()

    def _army_of(self, words: Sequence[str], mention: EntityMention) -> bool:
        """Are ``words`` (an "of" phrase's words before ``mention``, past its article) a
        state's army or government noun whose demonym ``mention`` is ("del ▮ejército
        ▮sirio", "dell'esercito russo")?"""
        rest = [w for w in words if w not in PATIENT_ARTICLES]
        return len(rest) == 1 and self._state_of(rest[0], rest, mention)

    def _determined_noun(self, candidate: TriggerCandidate) -> bool:
        """Is the trigger one noun right after its article ("il rifiuto", "la visita"), not a
        verbal phrase ("è al fianco")?"""
        if candidate.last != candidate.first + 1 or candidate.first == 0:
            return False
        word = normalize_word(self._parsed.tokens[candidate.first - 1].text)
        return word in DETERMINERS

    def _genitive_force(
        self, sentence: Sentence, candidate: TriggerCandidate
    ) -> EntityMention | None:
        """Forces or police in an event noun's "of" phrase, or armed groups in an attack
        noun's: theirs is the act ("un arresto dei carabinieri", "el ataque de los soldados",
        "el asalto de los rebeldes"), not an act on them."""
        tokens = self._parsed.tokens
        position = candidate.last
        end = min(sentence.last_token, position + 3)
        if position >= end or normalize_word(tokens[position].text) not in OF_WORDS:
            return None
        position += 1
        if position < end and tokens[position].text.lower() in PATIENT_ARTICLES:
            position += 1
        if position >= end:
            return None
        token = tokens[position]
        noun = self._group_noun(token, people=True)
        if noun is None or not (
            noun in self._force_nouns
            or (candidate.type == "ASSAULT" and noun in self._armed_groups)
        ):
            return None
        return group_mention(self._parsed.text, token.start, token.end, noun, None)

    def _undergone_noun(self, sentence: Sentence, candidate: TriggerCandidate) -> bool:
        """Without a parse: is the trigger an event noun that a verb of undergoing takes,
        up to three words before it ("ha sufrido un asalto", "ricevuto nuovi aiuti")?"""
        if not self._is_noun_trigger(sentence, candidate):
            return False
        forms = cue_words("undergoing_forms", self._parsed.language)
        first = max(sentence.first_token, candidate.first - 3)
        return any(t.text.lower() in forms for t in self._parsed.tokens[first : candidate.first])

    def _after_source_word(self, mention: EntityMention) -> bool:
        """Does a "from" or "by" word stand right before the mention ("dalla Germania", "de
        Alemania", "von Deutschland")?"""
        index = self._token_at(mention.start)
        if index == 0:
            return False
        word = self._parsed.tokens[index - 1].text.lower()
        if word in PATIENT_ARTICLES and index > 1:
            word = self._parsed.tokens[index - 2].text.lower()
        return word in _SOURCE_WORDS or self._is_agent_preposition(self._parsed.tokens[index - 1])

    def _targets_of(
        self, candidate: TriggerCandidate, after: Sequence[EntityMention]
    ) -> list[EntityMention]:
        """The names right after a target preposition in an event noun's phrase ("el
        bombardeo sobre Trípoli", "l'attacco contro Kiev"), within six words of it."""
        targets = _TARGET_PREPOSITIONS.get(self._parsed.language, frozenset())
        text = self._parsed.text
        found = []
        for mention in after:
            words = split_words(text[candidate.end : mention.start])
            if len(words) > 6:
                break
            near = [w for w in words[-2:] if w not in PATIENT_ARTICLES]
            if near and near[-1] in targets:
                found.append(mention)
        return found

    def _dative_relative_antecedent(
        self, sentence: Sentence, candidate: TriggerCandidate
    ) -> EntityMention | None:
        """The name right before ", al quale", ", a cui", ", a quien", ", auquel" (to whom)
        that opens the trigger's clause, its auxiliaries aside; None elsewhere."""
        if candidate.nominal:
            return None
        tokens = self._parsed.tokens
        index = candidate.first - 1
        while index > sentence.first_token and tokens[index].text.lower() in self._auxiliaries:
            index -= 1
        for length in (2, 1):
            comma = index - length
            if comma <= sentence.first_token or tokens[comma].text != ",":
                continue
            words = " ".join(t.text.lower() for t in tokens[comma + 1 : index + 1])
            if words in _DATIVE_RELATIVES:
                named = self._index.at(comma - 1)
                if named is not None and is_participant(named) and not is_town(named):
                    return named
        return None

    def _relative_antecedent_after_comma(
        self, sentence: Sentence, candidate: TriggerCandidate
    ) -> EntityMention | None:
        """The name or unnamed group right before ", che/que/qui" that opens the trigger's
        clause within four words ("ai manifestanti, che protestano"), if any."""
        pronoun = self._relative_pronoun(sentence.first_token, candidate)
        if pronoun is None or pronoun < sentence.first_token + 2:
            return None
        tokens = self._parsed.tokens
        if tokens[pronoun - 1].text != ",":
            return None
        index = pronoun - 2
        named = self._index.at(index)
        if named is not None:
            return named if is_participant(named) and not is_town(named) else None
        noun = self._group_noun(tokens[index], people=True)
        if noun is None or noun in self._institution_nouns:
            return None
        return self._group_here(tokens[index], noun, [])

    def _according_to_source(
        self, sentence: Sentence, candidate: TriggerCandidate, after: Sequence[EntityMention]
    ) -> EntityMention | None:
        """The source of a verb introduced by "according to" ("▮según denunció hoy desde
        Trípoli la organización ▮Human Rights Watch", "come ha denunciato ▮Amnesty"): the
        first name after the verb within ``_SOURCE_REACH`` words that no place preposition
        introduces; None elsewhere."""
        openers = _ACCORDING_TO.get(self._parsed.language)
        if openers is None or candidate.nominal or candidate.last - candidate.first != 1:
            return None
        tokens = self._parsed.tokens
        index = candidate.first - 1
        if index > sentence.first_token and tokens[index].text.lower() in self._auxiliaries:
            index -= 1  # "según ha denunciado"
        if index < sentence.first_token or tokens[index].text.lower() not in openers:
            return None
        reach = self._token_end(candidate.last + _SOURCE_REACH, sentence)
        for mention in after:
            if mention.start >= reach:
                return None
            word = _word_before(self._parsed.text, mention.start)
            if word in _PLACE_OR_DATIVE or word in _FROM_WORDS:
                continue
            return mention
        return None

    def _protesters_in(
        self, sentence: Sentence, candidate: TriggerCandidate, mentions: Sequence[EntityMention]
    ) -> EntityMention | None:
        """The first noun of protesters (``_PROTESTER_NOUNS``) in the sentence, other than
        the trigger, as a group."""
        tokens = self._parsed.tokens
        for index in range(sentence.first_token, sentence.last_token):
            if candidate.first <= index < candidate.last:
                continue
            token = tokens[index]
            if token.text.lower() in _PROTESTER_NOUNS and self._index.at(index) is None:
                return self._group_here(token, token.text.lower(), mentions)
        return None

    def _protest_met(self, sentence: Sentence, candidate: TriggerCandidate) -> bool:
        """Is a protest noun in a dative, "of" or "against" phrase of another word
        ("responder ▮a las protestas", "l'aumento ▮delle proteste"), not of a verb of joining
        it (``protest_participation``: "se sumaron a las protestas")?"""
        if (
            candidate.type != "PROTEST"
            or candidate.last - candidate.first != 1
            or not self._is_noun_trigger(sentence, candidate)
        ):
            return False
        tokens = self._parsed.tokens
        lowest = max(sentence.first_token + 1, candidate.first - 4)
        articles = DETERMINERS | PATIENT_ARTICLES
        # past the articles ("a ▮las protestas"), to the preposition
        index = next(
            (
                at
                for at in range(candidate.first - 1, lowest - 1, -1)
                if normalize_word(tokens[at].text) in _PROTEST_PHRASE_WORDS
                or normalize_word(tokens[at].text) not in articles
            ),
            None,
        )
        if index is None or normalize_word(tokens[index].text) not in _PROTEST_PHRASE_WORDS:
            return False
        window = " ".join(
            t.text.lower() for t in tokens[max(sentence.first_token, index - 3) : index]
        )
        words = window.split()
        return not any(
            (" " in stem and stem in window) or any(w.startswith(stem) for w in words)
            for stem in self._participation
        )

    def _circumstance_noun(self, sentence: Sentence, candidate: TriggerCandidate) -> bool:
        """Is the trigger an event noun in a phrase of time or circumstance ("tras el
        bombardeo", "durante un ataque", "dopo gli scontri", "después de 18 días de
        protestas")? Who the clause tells of is no party to it: it names its own ("tras el
        ataque de la OTAN")."""
        tokens = self._parsed.tokens
        after_of = (
            candidate.first > 0
            and normalize_word(tokens[candidate.first - 1].text) in OF_WORDS
            and not _INFINITIVE.search(tokens[candidate.first].text.lower())
        )
        if not (after_of or self._is_noun_trigger(sentence, candidate)):
            return False
        prepositions = _TIME_PREPOSITIONS.get(self._parsed.language)
        if prepositions is None:
            return False
        index = candidate.first - 1
        skipped = 0
        while index > sentence.first_token and skipped < 5:
            word = normalize_word(tokens[index].text)
            if word in prepositions:
                return True
            if (
                word not in DETERMINERS
                and word not in PATIENT_ARTICLES
                and word not in OF_WORDS
                and word not in _TIME_UNITS
                and word not in NUMBER_WORDS
                and not word.isdigit()
            ):
                return False
            index -= 1
            skipped += 1
        return index >= sentence.first_token and normalize_word(tokens[index].text) in prepositions

    def _prepositional_names(
        self, mentions: Sequence[EntityMention], candidate: TriggerCandidate
    ) -> list[EntityMention]:
        """The names among ``mentions`` that a preposition introduces, with those
        coordinated to them ("con Turquía y las Naciones Unidas")."""
        found: list[EntityMention] = []
        for mention in mentions:
            if self._relative_follows(mention, candidate):
                continue
            joint = split_words(self._parsed.text[found[-1].end : mention.start]) if found else []
            coordinated = (
                bool(joint)
                and joint[0] in self._coordinators
                and joint[0] != ","
                and all(w in PATIENT_ARTICLES or w in {"los", "las", "les"} for w in joint[1:])
            )
            if self._introduced_by_preposition(mention) or coordinated:
                found.append(mention)
        return found

    def _verb_follows_subject(self, candidate: TriggerCandidate) -> bool:
        """May the trigger be a verb after its subject, or an event noun a participle takes
        as its object: no article, preposition or number right before it ("un uomo ha
        aggredito", "un hombre atacó", but not "murieron en un ataque"), or a participle and
        an article ("il giudice ha disposto gli arresti")?"""
        tokens = self._parsed.tokens
        if candidate.first >= 2 and normalize_word(tokens[candidate.first - 1].text) in (
            DETERMINERS | PATIENT_ARTICLES
        ):
            # "il giudice ha disposto ▮gli arresti": an event noun that a participle takes
            # as its object; the subject before the participle does it
            verb = tokens[candidate.first - 2].text.lower()
            auxiliary = candidate.first >= 3 and (
                tokens[candidate.first - 3].text.lower() in self._auxiliaries
            )
            if verb.isalpha() and (verb.endswith(self._participles) or auxiliary):
                return True
        if candidate.nominal or candidate.first == 0:
            return not candidate.nominal
        word = normalize_word(tokens[candidate.first - 1].text)
        prepositions = PATIENT_PREPOSITIONS.get(self._parsed.language, frozenset())
        return word not in DETERMINERS and word not in prepositions and word not in NUMBER_WORDS

    def _nationality_group(
        self, mention: EntityMention, mentions: Sequence[EntityMention]
    ) -> EntityMention:
        """A nationality adjective right after a group or people noun names the group, of
        that country ("los activistas libios", "tre 19enni italiani"); else the mention."""
        if mention.type != "NORP" or not mention.text[:1].islower():
            return mention
        position = self._token_at(mention.start) - 1
        if position < 0:
            return mention
        token = self._parsed.tokens[position]
        counted = normalize_word(token.text) in NUMBER_WORDS - OF_WORDS or token.text.isdigit()
        if counted and self._parsed.language in {"it", "es", "fr", "pt"}:
            # "due tunisini", "tres marroquíes": people of that nationality
            return group_mention(
                self._parsed.text,
                mention.start,
                mention.end,
                normalize_word(mention.text),
                mention.country or mention.entity_id.removeprefix("country/"),
            )
        noun = self._group_noun(token, people=True)
        if noun is None or noun in self._institution_nouns or noun in self._force_nouns:
            return mention  # "le forze libiche", "i militari russi": the state's
        return self._group_here(token, noun, mentions)

    def _without_town_range(self, mentions: list[EntityMention]) -> list[EntityMention]:
        """The mentions less towns named as a range after "between" ("sei arresti tra Parma
        e Piacenza", "entre Bengasi y Ajdabiya"): where it happened, not who took part."""
        kept: list[EntityMention] = []
        in_range = False
        for mention in mentions:
            words = split_words(self._parsed.text[max(0, mention.start - 40) : mention.start])[-2:]
            between = bool(words) and (
                words[-1] in BETWEEN or (len(words) == 2 and words[0] in BETWEEN)
            )
            joined = bool(words) and words[-1] in self._coordinators
            in_range = is_town(mention) and (between or (in_range and joined))
            if not in_range:
                kept.append(mention)
        return kept

    def _after_origin_word(self, mention: EntityMention) -> bool:
        """Does a word of origin or residence, with its preposition, stand right before the
        name ("originario di Foggia", "nacido en Sevilla", "originaire de Lyon"), or right
        before a nationality ("di origine rumena", "de origen marroquí")?"""
        tokens = self._parsed.tokens
        position = self._token_at(mention.start) - 1
        if (
            position >= 0
            and mention.type == "NORP"
            and tokens[position].text.lower() in ORIGIN_WORDS
        ):
            return True
        position = self._past_article(position)
        return position > 0 and tokens[position - 1].text.lower() in ORIGIN_WORDS

    def _relative_follows(self, mention: EntityMention, candidate: TriggerCandidate) -> bool:
        """Whether a relative pronoun right after a name opens the trigger's clause ("con
        Zelenski, que agradeció", "avec Zelensky, qui a remercié"): the name is its subject."""
        words = [
            w for w in split_words(self._parsed.text[mention.end : candidate.start]) if w != ","
        ]
        return bool(words) and words[0] in RELATIVE_PRONOUNS

    def _introduced_by_preposition(self, mention: EntityMention) -> bool:
        """A name that a preposition other than "of" introduces, perhaps with an article
        ("a Trípoli", "secondo la Russia", "selon Moscou"): never the subject of a clause in
        the word order of it/es/fr/pt."""
        prepositions = _SUBJECTLESS_PREPOSITIONS.get(self._parsed.language)
        if prepositions is None:
            return False
        index = self._token_at(mention.start)
        for token in reversed(self._parsed.tokens[max(0, index - 2) : index]):
            word = normalize_word(token.text)
            if word in prepositions:
                return True
            if word not in PATIENT_ARTICLES and word not in {"el", "los", "las", "les"}:
                return False
        return False

    def _after_agent_preposition(self, candidate: TriggerCandidate) -> bool:
        """Is the trigger right after "by", perhaps with an article ("dagli attacchi", "por
        los ataques")? Then it is a noun, the agent of another verb."""
        return self._agent_preposition_before(candidate.first)

    def _agent_preposition_before(self, index: int) -> bool:
        """Does an agent preposition, perhaps with an article, stand right before token
        ``index`` ("dagli attacchi", "dai carabinieri")?"""
        position = self._past_article(index - 1)
        return position >= 0 and self._is_agent_preposition(self._parsed.tokens[position])

    def _in_prepositional_phrase(self, candidate: TriggerCandidate) -> bool:
        """An event noun right after a preposition ("far fronte all'offensiva", "durante
        gli scontri", "provocati dagli attacchi"): no verb's object, so no dropped subject of
        a verb does it."""
        if candidate.first == 0:
            return False
        if self._after_agent_preposition(candidate):
            return True
        word = normalize_word(self._parsed.tokens[candidate.first - 1].text)
        language = self._parsed.language
        prepositions = (
            PATIENT_PREPOSITIONS.get(language, frozenset())
            | self._place_preps
            | _NOUN_PREPOSITIONS.get(language, frozenset())
        )
        return word in prepositions and word not in PATIENT_ARTICLES

    def _passive_patients(
        self, sentence: Sentence, candidate: TriggerCandidate, before: Sequence[EntityMention]
    ) -> tuple[EntityMention, ...]:
        """Who a passive acts on, without a parse: the participants before the trigger in its
        own clause (not the speaker of "X ha affermato che l'ospedale è stato colpito")."""
        if before and (joined := self._joined_verb_subject(sentence, candidate, before, True)):
            # "Rossi ha intervistato Crosetto ed è stato arrestato": Rossi was arrested
            return tuple(joined)
        opening = self._clause_opening(sentence, candidate)
        patients = [m for m in before if m.start >= opening]
        if not patients:
            return ()
        recipients = self._coordinated(list(reversed(patients)), backwards=True)
        return tuple(prefer_people(recipients, self._parsed.text))

    def _german_beneficiary(self, mention: EntityMention) -> bool:
        """Is a German name introduced by "für" or "an" ("Waffenhilfepakete für Kiew",
        "Panzer an die Ukraine"): who receives, never the subject after the verb?"""
        index = self._token_at(mention.start) - 1
        tokens = self._parsed.tokens
        while index >= 0 and tokens[index].text.lower() in _GERMAN_ARTICLES:
            index -= 1
        return index >= 0 and tokens[index].text.lower() in _BENEFICIARY_PREPOSITIONS

    def _against_follows(self, candidate: TriggerCandidate) -> bool:
        """Does the trigger end with, or stand right before, "gegen" ("Anklage gegen drei
        Spione"): who follows is acted on, not the subject after a German verb."""
        tokens = self._parsed.tokens
        around = tokens[candidate.last - 1 : min(len(tokens), candidate.last + 1)]
        return any(t.text.lower() in _AGAINST for t in around)

    def _after_quotation(
        self, mentions: list[EntityMention], candidate: TriggerCandidate
    ) -> list[EntityMention]:
        """The mentions after the last closing quotation mark before the trigger (all of
        them when none closes before it)."""
        tokens = self._parsed.tokens
        first = self._token_at(mentions[0].start) if mentions else candidate.first
        closing = [t.end for t in tokens[first : candidate.first] if t.text in CLOSING_MARKS]
        if not closing:
            return mentions
        return [m for m in mentions if m.start >= closing[-1]] or mentions

    def _german_passive(
        self, sentence: Sentence, candidate: TriggerCandidate, before: list[EntityMention]
    ) -> RoleResult | None:
        """A German passive with its participle last ("Nawalny wurde in Moskau festgenommen",
        "Zwei Soldaten wurden von russischen Truppen getötet"): the subject is acted on; the
        actor is the agent after "von"/"durch", or none."""
        tokens = self._parsed.tokens
        if candidate.nominal or not _GERMAN_PARTICIPLE.match(tokens[candidate.last - 1].text):
            return None
        opening = self._clause_opening(sentence, candidate)
        first = max(sentence.first_token, self._token_at(opening))
        auxiliary = next(
            (
                t
                for t in tokens[first : candidate.first]
                if t.text.lower() in _GERMAN_PASSIVE_AUXILIARIES
            ),
            None,
        )
        if auxiliary is None:
            return None
        inside = [m for m in before if m.start >= opening]
        agents = [
            m
            for m in inside
            if m.start > auxiliary.start
            and (index := self._token_at(m.start)) > 0
            and self._is_agent_preposition(tokens[index - 1])
        ]
        actors = self._coordinated(agents, backwards=False) if agents else []
        patients = [m for m in inside if m not in actors and m.start < auxiliary.start]
        earlier = [m for m in before if m.start < auxiliary.start]
        # "Müller interviewte Baerbock und wurde … festgenommen": Müller was arrested
        recipients = (
            earlier and self._joined_verb_subject(sentence, candidate, earlier, True)
        ) or (self._coordinated(list(reversed(patients)), backwards=True) if patients else [])
        # unnamed groups on either side: "Drei Journalisten wurden von der Polizei
        # festgenommen"
        if not actors:
            actors = self._german_group(tokens[auxiliary.index + 1 : candidate.first], agent=True)
        if not recipients:
            start = self._token_at(opening) if opening > sentence.start else sentence.first_token
            recipients = self._german_group(tokens[start : auxiliary.index], agent=False)
        return RoleResult(
            tuple(prefer_people(actors, self._parsed.text)),
            tuple(prefer_people(recipients, self._parsed.text)),
            None,
        )

    def _german_group(self, tokens: Sequence[Token], agent: bool) -> list[EntityMention]:
        """The last unnamed group among German ``tokens`` (empty when there is none); with
        ``agent``, only one after "von"/"durch" and perhaps an article (a passive's agent)."""
        for position in range(len(tokens) - 1, -1, -1):
            group = self._german_group_at(tokens[position])
            if group is None:
                continue
            if agent and not any(
                self._is_agent_preposition(t) for t in tokens[max(0, position - 2) : position]
            ):
                continue
            return [group]
        return []

    def _clause_opening(self, sentence: Sentence, candidate: TriggerCandidate) -> int:
        """Where the trigger's clause starts, without a parse: after the last "che", "que",
        "dass" or "that" before it (the sentence's start when there is none)."""
        tokens = self._parsed.tokens
        for index in range(candidate.first - 1, sentence.first_token - 1, -1):
            if tokens[index].text.lower() in _COMPLEMENTIZERS:
                return tokens[index].end
        return sentence.start

    def _joined_verb_subject(
        self,
        sentence: Sentence,
        candidate: TriggerCandidate,
        before: Sequence[EntityMention],
        passive: bool = False,
    ) -> list[EntityMention]:
        """The subject of a clause that a verb without a subject of its own is joined to by
        "and" (it, es, de, no parse): "Meloni ha incontrato Zelensky e ▮ha annunciato un
        pacchetto", "Sánchez recibió a Zelensky y ▮firmó un acuerdo", "Scholz empfing
        Selenskyj und ▮sagte … zu". The coordinator comes after the last name before the
        trigger and is followed by the verbal trigger or a finite auxiliary; the clause it
        joins opens the sentence with its subject (a title may come first) and is one plain
        clause: no comma, colon, quotation, "that", relative pronoun or other "and" between
        the subject and the coordinator. Empty when the sentence is not so built. With
        ``passive``, the coordinator is followed by an auxiliary of the passive ("e ▮è stato
        arrestato", "y ▮fue detenido", "und ▮wurde festgenommen"): that subject undergoes
        the act."""
        table = _JOINED_PASSIVE_AUXILIARIES if passive else _SHARED_SUBJECT_AUXILIARIES
        auxiliaries = table.get(self._parsed.language)
        if auxiliaries is None:
            return []
        tokens = self._parsed.tokens
        index = candidate.first - 1
        while index > sentence.first_token and tokens[index].start >= before[-1].end:
            word = tokens[index].text.lower()
            if word in self._coordinators:
                break
            capital = tokens[index].text[:1].isupper() and self._parsed.language != "de"
            if not word.isalpha() or capital:  # German nouns are capitalised
                return []
            index -= 1
        else:
            return []
        following = tokens[index + 1]
        if following.index == candidate.first:
            if candidate.nominal or passive:
                return []
        elif following.text.lower() not in auxiliaries:
            return []
        subjects = self._coordinated(list(before), backwards=False)
        if (
            not subjects
            or self._token_at(subjects[0].start) - sentence.first_token > _TITLE_REACH
            or self._introduced_by_preposition(subjects[0])  # "A Kiev, Meloni ha …"
        ):
            return []
        opening = tokens[sentence.first_token : self._token_at(subjects[0].start)]
        if any(not t.text.isalpha() or t.text.lower() in _COMPLEMENTIZERS for t in opening):
            return []  # «Dicevano che dietro Saddam Hussein c'era Al Qaeda e hanno attaccato»
        for token in tokens[self._token_at(subjects[-1].end - 1) + 1 : index]:
            word = token.text.lower()
            if (
                not any(character.isalnum() for character in word)
                or word in self._coordinators
                or word in _COMPLEMENTIZERS
                or word in RELATIVE_PRONOUNS
            ):
                return []
        return subjects

    def _comma_gerund(self, candidate: TriggerCandidate) -> bool:
        """Is the trigger a gerund right after a comma (Italian, Spanish, no parse)?"""
        ending = GERUND_ENDINGS.get(self._parsed.language)
        return (
            ending is not None
            and not candidate.nominal
            and candidate.last - candidate.first == 1
            and candidate.first > 0
            and self._parsed.tokens[candidate.first - 1].text == ","
            and ending.search(candidate.text.lower()) is not None
        )

    def _closed_relative_clauses(
        self, sentence: Sentence, candidate: TriggerCandidate
    ) -> list[tuple[int, int]]:
        """The character spans of relative clauses opened (", que", ", che", ", qui") and
        closed by commas before the trigger: an aside about a name, not its clause."""
        tokens = self._parsed.tokens
        spans: list[tuple[int, int]] = []
        opened: int | None = None
        for index in range(sentence.first_token, candidate.first):
            token = tokens[index]
            if token.text != ",":
                continue
            if opened is not None:
                spans.append((opened, token.start))
                opened = None
            elif (
                index + 1 < candidate.first and tokens[index + 1].text.lower() in RELATIVE_PRONOUNS
            ):
                opened = tokens[index + 1].start
        return spans

    def _closed_appositions(
        self, sentence: Sentence, candidate: TriggerCandidate, mentions: Sequence[EntityMention]
    ) -> list[tuple[int, int]]:
        """The character spans of asides between commas right after a name, before the
        trigger ("Aisha Gadafi, ▮hija del líder libio▮, ha presentado", "Olena Zelenska,
        ▮moglie del presidente ucraino▮, ha visitato"): they describe the name, which is the
        subject. An aside opens with a lowercase word other than an article, or an article
        and a lowercase word; a list of names ("Francia, el Reino Unido, Alemania") is none,
        nor what follows a name in a prepositional phrase ("di Bassiouni, gli insorti")."""
        tokens = self._parsed.tokens
        by_end = {m.end: m for m in mentions}
        openers = _clause_openers(self._parsed.language) - DETERMINERS - PATIENT_ARTICLES
        spans: list[tuple[int, int]] = []
        for index in range(sentence.first_token + 1, candidate.first - 2):
            name = by_end.get(tokens[index - 1].end)
            if tokens[index].text != "," or name is None:
                continue
            if _word_before(self._parsed.text, name.start) in openers:
                # "dopo le dichiarazioni di Bassiouni, gli insorti libici, …": a name in a
                # phrase of its own; what follows the comma is the subject
                continue
            first = tokens[index + 1].text
            second = tokens[index + 2].text
            if not first[:1].islower() or (
                normalize_word(first) in DETERMINERS and not second[:1].islower()
            ):
                continue
            closing = next(
                (
                    at
                    for at in range(index + 2, min(candidate.first, index + _APPOSITION_WORDS + 2))
                    if tokens[at].text == ","
                ),
                None,
            )
            if closing is not None:
                spans.append((tokens[index + 1].start, tokens[closing].start))
        return spans

    def _relative_pronoun(self, lowest: int, candidate: TriggerCandidate) -> int | None:
        """The token of a relative pronoun within the four words before the trigger, from
        token ``lowest`` on, if any ("…, que fue asesinado", "… che sono stati denunciati")."""
        tokens = self._parsed.tokens
        return next(
            (
                index
                for index in range(candidate.first - 1, max(lowest, candidate.first - 5) - 1, -1)
                if tokens[index].text.lower() in RELATIVE_PRONOUNS
            ),
            None,
        )

    def _relative_head(
        self, sentence: Sentence, candidate: TriggerCandidate, before: Sequence[EntityMention]
    ) -> EntityMention | None:
        """The last name before the relative pronoun that opens the trigger's clause ("due
        tunisini, con precedenti, che sono stati denunciati")."""
        pronoun = self._relative_pronoun(sentence.first_token, candidate)
        if pronoun is None:
            return None
        start = self._parsed.tokens[pronoun].start
        earlier = [m for m in before if m.end <= start]
        return earlier[-1] if earlier else None

    def _relative_antecedent(
        self, sentence: Sentence, candidate: TriggerCandidate
    ) -> EntityMention | None:
        """The name a relative clause holding the trigger refers to ("Said Rashed, que fue
        asesinado": Said Rashed), when the clause opens right after it and a comma."""
        pronoun = self._relative_pronoun(self._clause_start(sentence, candidate), candidate)
        if pronoun is None or pronoun < sentence.first_token + 2:
            return None
        if self._parsed.tokens[pronoun - 1].text != ",":
            return None
        mention = self._index.at(pronoun - 2)
        return mention if mention is not None and is_participant(mention) else None

    def _relative_clause_start(self, sentence: Sentence, candidate: TriggerCandidate) -> int:
        """Where a relative clause after the trigger begins (", der …", ", che …", ", qui …"),
        or a clause of contrast (", mentre …", "mientras …", ", aber …"): who is named in
        it is no participant of the trigger's clause ("Scholz traf Macron, der die Ukraine
        unterstützt"). The sentence's end when there is none."""
        tokens = self._parsed.tokens
        for index in range(candidate.last, sentence.last_token - 1):
            following = tokens[index + 1].text.lower()
            if tokens[index].text.lower() in CONTRAST_SUBORDINATORS or (
                tokens[index].text == "," and following in CONTRAST_COORDINATORS
            ):
                # "ha promesso aiuti, mentre la Francia ha inviato obici": another clause,
                # with its own subject
                return tokens[index].start
            if (
                tokens[index].text == ","
                and following in RELATIVE_PRONOUNS
                and not self._german_infinitive(sentence, index)
            ):
                return tokens[index].start
            if tokens[index].text == "," and self._reporting_clause(index + 1, sentence):
                # "… bereitstellen, ▮kündigte Baerbock an", "…, ha detto Crosetto": the
                # one who tells it is no recipient
                return tokens[index].start
        return sentence.end

    def _reporting_clause(self, index: int, sentence: Sentence) -> bool:
        """Does a clause of saying open at token ``index``: a verb of saying, or an
        auxiliary and one ("kündigte", "sagte", "ha detto", "a déclaré")?"""
        tokens = self._parsed.tokens
        verbs = self._speech_verbs
        word = tokens[index].text.lower()
        if word in verbs:
            return True
        return (
            word in self._auxiliaries
            and index + 1 < sentence.last_token
            and tokens[index + 1].text.lower() in verbs
        )

    def _demonym_of_group_before(self, mention: EntityMention, auxiliary: Token) -> bool:
        """Is ``mention`` the demonym of the group noun right before the auxiliary, that
        group the subject ("▮Russische▮ Truppen haben … angegriffen"): the state acts."""
        if mention.type != "NORP":
            return False
        position = auxiliary.index - 1
        if position < 1 or self._token_at(mention.end - 1) != position - 1:
            return False
        return self._group_noun(self._parsed.tokens[position]) is not None

    def _german_verb_frame(
        self,
        sentence: Sentence,
        candidate: TriggerCandidate,
        before: Sequence[EntityMention],
        after: Sequence[EntityMention],
    ) -> RoleResult | None:
        """Roles in a German clause whose finite auxiliary comes before a clause-final
        participle or infinitive ("Deutschland hat der Ukraine … geliefert", "Am Montag hat
        Russland die Ukraine … angegriffen"): the subject stands right before or right after
        the auxiliary, the other names in the frame are recipients. In a passive ("Kiew wurde
        von Russland angegriffen") the name after "von"/"durch" acts. None when the clause
        has no such frame (or the trigger is a noun)."""
        if candidate.nominal:
            return None
        relative = self._german_relative_frame(sentence, candidate, before)
        if relative is not None:
            return relative
        tokens = self._parsed.tokens
        clause_start = self._clause_start(sentence, candidate)
        found = self._german_auxiliary(clause_start, candidate)
        if found is None:
            return None
        auxiliary = tokens[found]
        framed = [m for m in before if m.start >= tokens[clause_start].start]
        if auxiliary.text.lower() in _GERMAN_PASSIVE and "ge" in candidate.text.lower():
            agent = next(
                (
                    m
                    for m in framed
                    if m.start > auxiliary.end
                    and _word_before(self._parsed.text, m.start) in {"von", "vom", "durch"}
                ),
                None,
            )
            if agent is None:
                return None
            recipients = [m for m in framed if m is not agent and m.end <= auxiliary.start]
            return RoleResult((agent,), tuple(prefer_people(recipients, self._parsed.text)), None)
        reference = self._reference_before(auxiliary.index)
        if reference is not None:  # "Die Regierung hat den Botschafter … ausgewiesen"
            objects = tuple(m for m in framed if m.start >= auxiliary.end)
            return RoleResult((), objects, reference)
        text = self._parsed.text
        subject = next(
            (
                m
                for m in framed
                if m.end <= auxiliary.start
                and (
                    _touches(text, m.end, auxiliary.start)
                    or self._demonym_of_group_before(m, auxiliary)
                )
                and _word_before(text, m.start) not in _GERMAN_PREPOSITIONS  # "aus Kiew hat"
            ),
            None,
        ) or next(
            (
                m
                for m in framed
                if m.start >= auxiliary.end and _touches(text, auxiliary.end, m.start)
            ),
            None,
        )
        if subject is None:
            return None
        if subject.end <= auxiliary.start:  # "Deutschland und Frankreich haben …"
            earlier = [m for m in reversed(framed) if m.start <= subject.start]
            return self._framed_roles(self._coordinated(earlier, backwards=True), framed, after)
        actors = [subject]
        for mention in (m for m in framed if m.start > subject.start):
            words = text[actors[-1].end : mention.start].lower().split()
            if not any(w in self._coordinators for w in words) or any(
                w not in self._coordinators and w not in _GERMAN_ARTICLES for w in words
            ):
                break  # "hat Russland die Ukraine …": an object, not a second subject
            actors.append(mention)
        return self._framed_roles(actors, framed, after)

    def _german_frame_group(
        self, sentence: Sentence, candidate: TriggerCandidate
    ) -> EntityMention | None:
        """The unnamed group that is the subject of a German active verb frame: the group
        noun right before its auxiliary, after an article ("Die Polizei hat am Montag drei
        Demonstranten festgenommen"), or right after it ("Am Montag haben Soldaten …
        angegriffen"); not the group nearer the clause-final participle, its object. None
        outside such a frame."""
        if self._parsed.language != "de" or candidate.nominal:
            return None
        tokens = self._parsed.tokens
        start = self._clause_start(sentence, candidate)
        auxiliary = self._german_auxiliary(start, candidate)
        if auxiliary is None or tokens[auxiliary].text.lower() in _GERMAN_PASSIVE:
            return None
        after = auxiliary + 1
        if after < candidate.first and tokens[after].text.lower() in _GERMAN_ARTICLES:
            after += 1
        for position in (auxiliary - 1, after):
            if start <= position < candidate.first:
                group = self._german_group_at(tokens[position])
                if group is not None:
                    return group
        return None

    def _german_frame_object(
        self, subject: EntityMention, candidate: TriggerCandidate
    ) -> list[EntityMention]:
        """The last group noun between a German frame's subject and its clause-final
        participle, as the object acted on (empty when there is none)."""
        first = self._token_at(subject.start) + 1
        return self._german_group(self._parsed.tokens[first : candidate.first], agent=False)

    def _german_auxiliary(self, start: int, candidate: TriggerCandidate) -> int | None:
        """The first finite auxiliary or modal of a German verb frame between token
        ``start`` and the trigger, or None."""
        tokens = self._parsed.tokens
        return next(
            (
                i
                for i in range(start, candidate.first)
                if tokens[i].text.lower() in _GERMAN_AUXILIARIES
            ),
            None,
        )

    def _german_group_at(self, token: Token) -> EntityMention | None:
        """The unnamed group a capitalised German group noun names ("Polizei"), or None."""
        noun = self._group_noun(token, people=True)
        if noun is None or not token.text[:1].isupper():
            return None
        return group_mention(self._parsed.text, token.start, token.end, noun, None)

    def _german_infinitive(self, sentence: Sentence, comma: int) -> bool:
        """Is the German clause after the comma token ``comma`` an infinitive with "zu"?"""
        if self._parsed.language != "de":
            return False
        tokens = self._parsed.sentence_tokens(sentence)
        return infinitive_clause(tokens, comma - sentence.first_token)

    def _german_relative_frame(
        self, sentence: Sentence, candidate: TriggerCandidate, before: Sequence[EntityMention]
    ) -> RoleResult | None:
        """A German relative clause with its verb at the end ("Macron, der die Ukraine
        unterstützt"): the antecedent right before the comma acts, the names between the
        relative pronoun and the verb are its recipients. None when the trigger's clause is
        not one."""
        tokens = self._parsed.tokens
        for index in range(candidate.first - 1, sentence.first_token, -1):
            word = tokens[index].text
            if word in {".", ";", ":", "!", "?"}:
                return None
            if word != ",":
                continue
            pronoun = tokens[index + 1]
            if self._german_infinitive(sentence, index):
                return None  # ", der Ukraine mehr Waffen zu liefern": an article
            if (
                pronoun.text.lower() not in _GERMAN_SUBJECT_RELATIVES
                or pronoun.index >= candidate.first
            ):
                return None
            comma_start = tokens[index].start
            antecedent = next(
                (
                    m
                    for m in reversed(before)
                    if m.end <= comma_start and _touches(self._parsed.text, m.end, comma_start)
                ),
                None,
            )
            if antecedent is None:
                return None
            inside = [m for m in before if m.start >= pronoun.end]
            return RoleResult((antecedent,), tuple(inside), None)
        return None

    def _framed_roles(
        self,
        actors: Sequence[EntityMention],
        framed: Sequence[EntityMention],
        after: Sequence[EntityMention],
    ) -> RoleResult:
        others = [m for m in (*framed, *after) if m not in actors]
        return RoleResult(
            tuple(prefer_people(list(actors), self._parsed.text)),
            tuple(prefer_people(others, self._parsed.text)),
            None,
        )

    def _reference_before(self, index: int) -> str | None:
        """A bare definite state or title noun right before token ``index``."""
        if index < 2:
            return None
        tokens = self._parsed.tokens
        noun = tokens[index - 1]
        word = noun.text.lower()
        if word not in self._state_nouns and word not in self._title_nouns:
            return None
        if self._index.at(noun.index) is not None:
            return None
        if tokens[index - 2].text.lower().replace("’", "'") not in self._definite:
            return None
        return "state" if word in self._state_nouns else f"title:{word}"

    def _word_order_reference(self, sentence: Sentence, candidate: TriggerCandidate) -> str | None:
        """A bare definite state or title noun before the trigger in its clause, without a
        parse: "Il governo ha approvato …" ("state"), "El presidente anunció …"
        ("title:presidente")."""
        tokens = self._parsed.tokens
        lowest = max(self._clause_start(sentence, candidate), candidate.first - 6, 1)
        for index in range(candidate.first - 1, lowest - 1, -1):
            word = tokens[index].text.lower()
            if word in self._state_nouns or word in self._title_nouns:
                return self._reference_before(index + 1)  # the nearest such noun only
        return None

    def _passive_without_agent_words(self, sentence: Sentence, candidate: TriggerCandidate) -> bool:
        """Without a parse: is a verbal trigger a passive participle, after a passive
        auxiliary in the three words before it, with no agent preposition in the words
        after it (``_words_after``: "è stato colpito l'ospedale")?"""
        if candidate.nominal or not self._after_passive_auxiliary(sentence, candidate):
            return False
        following = self._words_after(sentence, candidate)
        return not any(self._is_agent_preposition(t) for t in following)

    def _strict_passive(self, sentence: Sentence, candidate: TriggerCandidate) -> bool:
        """Is the trigger right after an auxiliary that only a passive has ("stato", "venne",
        "fue", "sido"; not "è" or "sono", which also make the perfect of "scendere" or
        "impegnarsi", nor the "Stati" of "Stati Uniti")?"""
        strict = _STRICT_PASSIVE.get(self._parsed.language)
        if strict is None or candidate.nominal:
            return False
        before = self._words_before(sentence, candidate, 2)
        if any(t.text in strict for t in before):
            return True
        # "è accusato", "sono stati"… "es detenido": a form of "be" before the participle of a
        # verb whose perfect takes "have" (not "è scoppiata", nor the reflexive "si è
        # impegnato")
        be = _BE_PASSIVE.get(self._parsed.language, frozenset())
        at = next((t for t in before if t.text.lower() in be), None)
        if at is None or (
            at.index > 0 and self._parsed.tokens[at.index - 1].text.lower() in _REFLEXIVE
        ):
            return False
        return not candidate.text.lower().startswith(_UNACCUSATIVE.get(self._parsed.language, ()))

    def _passive_agent(
        self,
        sentence: Sentence,
        candidate: TriggerCandidate,
        after: Sequence[EntityMention],
        bare: bool = False,
    ) -> EntityMention | None:
        """The entity after an agent preposition of a passive trigger ("fue atacada por X",
        "una donna uccisa dalla polizia": ``bare``, a participle with no auxiliary)."""
        tokens = self._parsed.tokens
        following = self._words_after(sentence, candidate)
        # "gli attacchi portati dalla Russia", "les frappes menées par la Russie"
        reduced = bare or any(t.text.lower().endswith(self._participles) for t in following[:2])
        if not after or not (reduced or self._after_passive_auxiliary(sentence, candidate)):
            return None
        for position, token in enumerate(following):
            if self._is_agent_preposition(token):
                rest = following[position + 1 :]
                limit = rest[-1].end if rest else token.end
                # with no auxiliary, the agent right after the preposition ("condenados a
                # siete años por la muerte de Said": Said is no agent)
                reach = 0 if bare else 40
                nearby = [m for m in after if token.end <= m.start <= limit + reach]
                if not nearby:
                    return None
                between = tokens[token.index + 1 : self._token_at(nearby[0].start)]
                words = [t for t in between if t.text.lower() not in PATIENT_ARTICLES]
                noun = self._group_noun(words[0], people=True) if words else None
                if (
                    noun is not None
                    and not any(t.text == "," for t in between)
                    and not self._state_of(noun, words, nearby[0])
                ):
                    # "arrestato dai carabinieri il sindaco Neri": the group is the agent; but
                    # "dal nuovo uomo forte, Houari Boumediene" names him, and "por el
                    # gobierno sirio" the state
                    return None
                if (
                    noun is None
                    and len(words) >= 2
                    and normalize_word(words[-1].text) in OF_WORDS
                    and is_town(nearby[0])
                ):
                    return None  # "por el centro de Madrid": through a place, no agent
                return nearby[0]
        return None

    def _state_of(self, noun: str, words: Sequence[object], mention: EntityMention) -> bool:
        """Is ``mention`` the demonym right after a state body's noun (``words`` are the
        words before it, the noun alone), naming the state it is ("el gobierno sirio",
        "l'esercito russo")? Its staff are a group of their own ("dai militari libici")."""
        return len(words) == 1 and is_state_demonym(mention) and self._is_state_body(noun)

    def _token_end(self, token_index: int, sentence: Sentence) -> int:
        last = min(token_index, sentence.last_token) - 1
        return self._parsed.tokens[last].end if last >= 0 else sentence.end

    def _coordinated(self, ordered: list[EntityMention], backwards: bool) -> list[EntityMention]:
        """The first mention and those joined to it by coordinators or adjacency. A state,
        demonym or body that names the office of the person after it stands for that person
        ("traf den französischen Präsidenten ▮Macron", "Scholz und der französische
        Präsident Macron"), and the list goes on from it."""
        chosen = [ordered[0]]
        edge = ordered[0]  # the list's end on the side the next mention is read from
        for mention in ordered[1:]:
            left, right = (mention, edge) if backwards else (edge, mention)
            if self._office_of(left, right):
                if not backwards:
                    chosen[-1] = mention
                edge = mention
                continue
            between = self._parsed.text[left.end : right.start].strip()
            words = between.lower().split()
            if (
                between
                and not all(word in self._coordinators or is_filler(word) for word in words)
                and not self._coordinated_title(between)
            ):
                break
            chosen.append(mention)
            edge = mention
        return sorted(chosen, key=lambda m: m.start)

    def _coordinated_title(self, between: str) -> bool:
        """Is ``between`` a coordinator and the title of the next name ("e il presidente",
        "y el ministro de Exteriores", "und Präsident"): articles, office words, "of" words
        and capitalised words after the coordinator?"""
        words = between.split()
        if (
            len(words) < 2
            or words[0].lower() not in self._coordinators
            or not words[0].isalpha()  # a comma lists or opens an apposition
        ):
            return False
        rest = words[1:]
        return any(word.lower() in self._role_nouns for word in rest) and all(
            is_filler(word.lower())
            or word.lower() in self._role_nouns
            or word.lower() in OF_WORDS
            or word[:1].isupper()
            for word in rest
        )

    def _office_of(self, qualifier: EntityMention, person: EntityMention) -> bool:
        """Does ``qualifier`` (a state, demonym or body) only name the office of the
        ``person`` right after it: nothing but capitalised words, office words and a
        possessive between them ("Italy's Defence Minister", "den französischen
        Präsidenten", "NATO Secretary General")?"""
        if qualifier.type not in {"NORP", "GPE", "ORG"} or person.type != "PERSON":
            return False
        between = self._parsed.text[qualifier.end : person.start]
        if between.strip() == ",":
            # "el secretario general de la OTAN, Jens Stoltenberg": the office's holder
            # in apposition
            return self._office_before(qualifier)
        possessive = between.startswith(("'s", "’s"))
        if not 0 < len(between) <= _OFFICE_REACH or not (between[:1].isspace() or possessive):
            return False
        words = between.split()
        return bool(words) and all(
            word[:1].isupper() or word in _OFFICE_WORDS or word in self._role_nouns
            for word in words
        )

    def _office_before(self, qualifier: EntityMention) -> bool:
        """Does an office word and its "of" word stand right before ``qualifier`` (an
        article between them: "secretario general ▮de la▮ OTAN", "presidente ▮della▮
        Commissione")?"""
        tokens = self._parsed.tokens
        index = self._token_at(qualifier.start) - 1
        while index > 0 and is_filler(tokens[index].text.lower()):
            index -= 1  # the article
        if index < 1 or normalize_word(tokens[index].text) not in OF_WORDS:
            return False
        office = tokens[index - 1].text.lower()
        return office in self._role_nouns or office in _OFFICE_WORDS


def _word_before(text: str, offset: int) -> str:
    """The word before ``offset``, lowercased ("" at the start)."""
    found = _PREVIOUS_WORD.search(text, max(0, offset - 40), offset)
    return found.group(1).lower() if found else ""


def _touches(text: str, left: int, right: int) -> bool:
    """Only whitespace or a German article lies between two offsets."""
    words = text[left:right].split()
    return all(word.lower() in _GERMAN_ARTICLES for word in words)
