"""Actor and recipient of a trigger: from the dependency parse (en, fr) or from word order.

The parse path reads the trigger's subject and its objects and prepositional
objects; the word-order path (languages without a parser) takes the nearest
entity before the trigger as the actor and the first one after it as the
recipient, each extended over coordinated entities ("X e Y"). Both return
entity *mentions*; a pronoun subject is resolved to the subject of the verb that
reports its clause ("the rebels said they would ..."), else reported so that the
caller can resolve it against earlier sentences. A subject without a named entity
that is a group ("university students", "rebels in the Ivory Coast") becomes an
actor of its own, with a ``group/`` id (and the country named in it).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from annals.events.lexicon import cues, language_cues
from annals.events.quotes import CLOSING_MARKS, OPENING_MARKS
from annals.events.triggers import TriggerCandidate, infinitive_clause
from annals.models import GROUP_PREFIX, EntityMention, ParsedText, Sentence, Token

_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "nsubj:pass"})
_PASSIVE_AUXILIARY_DEPS = frozenset({"auxpass", "aux:pass"})
_UNDER = frozenset({"under"})
#: English verbs never used without an object: with a subject and none, a headline's
#: passive ("Jackson arrested on suspicion of DUI", "Two soldiers killed in ambush").
_TRANSITIVE_ONLY = frozenset(
    {"arrest", "detain", "kill", "wound", "injure", "charge", "convict", "sentence", "jail"}
    | {"capture", "kidnap", "abduct", "expel", "deport", "execute", "indict", "imprison"}
)
#: Acts of cooperation: only people and states take part in them, not their things.
_COOPERATIVE_TYPES = frozenset({"AGREE", "SUPPORT", "AID", "COOPERATE", "CONSULT", "CONCEDE"})
#: Clauses that depend on a verb: mentions inside them are not its participants.
_LOWER_CLAUSE_DEPS = frozenset({"advcl", "xcomp", "ccomp", "relcl", "acl", "acl:relcl"})
_OBJECT_DEPS = frozenset({"dobj", "obj", "iobj", "dative", "obl:arg"})
_OBLIQUE_DEPS = frozenset({"obl", "obl:mod", "nmod", "obl:arg"})
_NOMINAL_ACTOR_DEPS = frozenset({"poss", "nmod:poss", "compound", "amod", "nmod"})
_SKIP_IN_ARGUMENT = frozenset({"conj", "cc", "relcl", "acl", "acl:relcl", "advcl", "appos", "prep"})
_TYPE_RANK = {"PERSON": 0, "ORG": 1, "GPE": 2, "NORP": 3}
_PARTICIPANT_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_SEPARATOR = re.compile(r"[,;:]|\b(and|e|ed|et|und|y|with|con|avec|mit)\b", re.IGNORECASE)
_RECIPIENT_WINDOW = 14  # tokens after the trigger in which the word-order path looks
_INCISE_WORDS = 6  # at most so many words in an aside between commas
#: Dependency steps within which the other party of an event noun is named ("agreement with
#: the Russian government": 3).
_NOMINAL_PARTY_HOPS = 4
#: Dependents of a group noun that belong to its name ("Israeli police", "university students").
_GROUP_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "flat"})
#: Group nouns that stand for the state of the country they are in ("the authorities in Kenya").
_STATE_NOUNS = frozenset({"government", "authority", "administration", "regime", "gouvernement"})
#: Prepositions that place a group in a country ("rebels in the Ivory Coast") or name whose
#: part it is ("leaders of the Group of Seven": _OF_PREPOSITIONS).
_GROUP_PREPOSITIONS = frozenset({"in", "of", "from", "en", "de", "du", "des"})
_OF_PREPOSITIONS = frozenset({"of", "de", "du", "des"})
_INDEFINITE_ARTICLES = frozenset({"a", "an", "un", "une"})
#: Prepositions that name where an event undergone comes from ("aid from Germany").
_SOURCE_PREPOSITIONS = {"en": frozenset({"from"})}
_COUNTRY_TYPES = frozenset({"GPE", "NORP"})
#: Verbs of discussing: only a "with" phrase names a party ("discussed aid to Ukraine with
#: Scholz"); the others belong to the topic.
_TOPIC_VERBS = frozenset({"discuss", "discuter", "discutere", "discutir", "diskutieren"})
#: Nouns of a place whose "of" phrase names it ("the port of Izmail", "la ville de Kharkiv").
#: Nouns of membership: their "of" phrase names the body joined ("the 32nd member of NATO").
_MEMBER_NOUNS = frozenset({"member", "membre", "membership", "adhésion"})
_PLACE_NOUNS = frozenset(
    {"port", "city", "town", "village", "region", "province", "district", "capital", "island"}
    | {"ville", "région", "province", "capitale", "île"}
)
#: Prepositions of an object noun's qualifier whose own phrase may name the recipient.
_QUALIFYING_PREPOSITIONS = frozenset({"in", "of"})
_TITLE_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
#: Words of an office that may stand before a title it names ("the prime minister",
#: "the foreign minister", "le Premier ministre").
_OFFICE_WORDS = frozenset(
    {
        "prime",
        "foreign",
        "defence",
        "defense",
        "interior",
        "finance",
        "deputy",
        "acting",
        "premier",
        "affaires",
        "étrangères",
    }
)
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
#: Punctuation that ends the clause a word-order group is looked for in.
_CLAUSE_STOP = re.compile(r"[,;:()«»\"“”„–—]")
#: How far (in characters) a country may stand from a group noun it qualifies
#: ("la polizia turca", "die Armee Israels", "las fuerzas de seguridad de Siria").
_GROUP_COUNTRY_GAP = 16
_NAMED_TYPES = frozenset({"ORG", "GPE", "NORP"})
#: Languages whose adjectives follow their noun ("la invasión rusa"); elsewhere they precede
#: it ("die russische Invasion", "the Russian invasion").
_POSTNOMINAL_ADJECTIVES = frozenset({"es", "it", "fr", "pt"})
#: Words that show that the next word is a noun, in languages without a parser: articles,
#: prepositions fused with articles, possessives ("la", "dell'", "des", "der", "its").
_DETERMINERS = frozenset(
    {"the", "a", "an", "its", "their", "this", "that", "his", "her"}
    | {"el", "la", "los", "las", "un", "una", "del", "al", "su", "sus", "esta", "este"}
    | {"il", "lo", "l'", "i", "gli", "le", "un'", "uno", "del", "dello", "della", "dell'"}
    | {"dei", "degli", "delle", "al", "allo", "alla", "all'", "ai", "agli", "alle", "nel"}
    | {"nella", "nell'", "sul", "sulla", "sull'", "dal", "dalla", "dall'", "questa", "questo"}
    | {"les", "une", "du", "des", "au", "aux", "d'", "sa", "son", "ses", "leur", "cette", "ce"}
    | {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"}
    | {"seine", "seiner", "ihre", "ihrer", "diese", "dieser", "zur", "zum", "beim", "vom", "im"}
)
#: Prepositions (alone or fused with an article) that introduce the party a nominal event is
#: done to: "la invasión rusa *de* Ucrania", "l'aggressione russa *all'*Ucraina", "the
#: Russian attack *on* Kyiv", "die russische Invasion *der* Ukraine" (a genitive article).
_PATIENT_PREPOSITIONS: dict[str, frozenset[str]] = {
    "en": frozenset({"of", "on", "against", "into", "to", "toward", "towards", "upon"}),
    "es": frozenset({"de", "del", "contra", "a", "al", "sobre", "hacia", "para"}),
    "it": frozenset(
        {"di", "del", "dello", "della", "dell'", "dei", "degli", "delle", "d'", "contro"}
        | {"a", "al", "allo", "alla", "all'", "ai", "agli", "alle", "su", "sul", "sulla"}
        | {"sull'", "verso", "per"}
    ),
    "fr": frozenset(
        {"de", "d'", "du", "des", "contre", "à", "au", "aux", "sur", "envers", "vers", "pour"}
    ),
    "de": frozenset({"der", "des", "gegen", "auf", "an", "in", "gegenüber", "für", "nach"}),
    "pt": frozenset({"de", "do", "da", "dos", "das", "contra", "a", "ao", "à", "sobre"}),
}
#: Articles that may follow such a preposition ("de l'Ukraine", "contra la", "auf die").
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
_PATIENT_ARTICLES = frozenset(
    {"the", "la", "el", "los", "las", "l'", "le", "les", "il", "lo", "gli", "die", "den"}
    | {"das", "dem", "o", "a", "os", "as"}
)
#: An attributive word that may stand between a trigger and its demonym ("la ofensiva
#: militar rusa", "die russische militärische Invasion", "Russia's full-scale invasion").
_ATTRIBUTIVE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_POSSESSIVE = re.compile(r"\s*['’]s?\s+")


#: Words that open a complement clause ("ha affermato che …").
_COMPLEMENTIZERS = frozenset({"che", "que", "dass", "that"})
#: Endings of gerunds, in the languages read without a parse.
GERUND_ENDINGS = {
    "it": re.compile(r"(?:ando|endo)$"),
    "es": re.compile(r"(?:ando|iendo|yendo)$"),
}
#: English pronouns that stand for a state or an organisation ("Poland expelled three
#: diplomats it accused of spying"); a person is "he" or "she".
_NEUTER = frozenset({"it", "its"})

#: Relative pronouns that may be a clause's subject, and the relative clause dependencies.
_RELATIVE_PRONOUNS = frozenset(
    {
        "who",
        "which",
        "that",
        "qui",
        "che",
        "cui",
        "que",
        "quien",
        "der",
        "die",
        "das",
        "welche",
        "welcher",
    }
)
#: German relative pronouns that are (most often) the subject of their clause.
_GERMAN_SUBJECT_RELATIVES = frozenset({"der", "die", "das", "welche", "welcher", "welches"})
_RELATIVE_CLAUSES = frozenset({"relcl", "acl:relcl"})
#: Dependencies of a predicate under its copula ("responsible" and "to blame" of "was").
_PREDICATE_DEPS = frozenset({"acomp", "attr", "prep", "oprd", "xcomp"})


@dataclass(frozen=True, slots=True)
class RoleResult:
    actors: tuple[EntityMention, ...]
    recipients: tuple[EntityMention, ...]
    #: A subject to resolve from earlier sentences: "singular" / "plural" / "first" /
    #: "dropped" pronouns, "state" ("the government") or "title:WORD" ("the prime minister").
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


class RoleFinder:
    """Assigns actors and recipients to trigger candidates."""

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
        self._place_preps = frozenset(cues()["location_prepositions"].get(lang, ())) | frozenset(
            cues()["ambiguous_location_prepositions"].get(lang, ())
        )
        self._places_before = frozenset(cues()["location_prepositions"].get(lang, ()))
        perfect = cues()["perfect"].get(lang, {})
        self._auxiliaries = frozenset(perfect.get("aux", ())) | self._passive_aux
        self._institution_nouns = frozenset(cues()["institution_nouns"].get(lang, ()))
        self._role_nouns = frozenset(cues()["role_nouns"])
        references = cues()["definite_references"].get(lang, {})
        self._definite = frozenset(references.get("articles", ()))
        self._state_nouns = frozenset(references.get("state", ()))
        self._title_nouns = frozenset(references.get("title", ()))

    def find(
        self, sentence: Sentence, candidate: TriggerCandidate, places: frozenset[int]
    ) -> RoleResult:
        """Roles of ``candidate``; mentions starting at an offset in ``places`` are skipped."""
        self._excluded = places
        frame = self._nominal_frame(sentence, candidate)
        if frame is not None:
            return frame
        if self._parsed.has_parser:
            result = self._from_parse(self._equated(candidate))
            if (
                result.actors
                or result.pronoun
                or self._passive_without_agent(candidate)
                or self._relative_subject(candidate)
                or self.undergoer_frame(self._equated(candidate))
            ):
                return result
            fallback = self._from_word_order(sentence, candidate)
            if candidate.nominal and self._parsed.tokens[candidate.head].dep in _SUBJECT_DEPS:
                # "The meeting focused on helping Ukraine": what is said of an event noun
                # that is the subject names no party to it; its own phrase may ("le
                # prochain sommet des Alliés doit se tenir …")
                reporter = self._reporter(candidate)
                fallback = RoleResult(
                    tuple(
                        m
                        for m in fallback.actors
                        if self._under(m, candidate.head) or m in reporter
                    ),
                    tuple(m for m in fallback.recipients if self._under(m, candidate.head)),
                    None,
                )
            elif candidate.nominal:
                # the other party to an event noun is named in its own phrase ("an agreement
                # with the Russian government", "the next round of aid to Kyiv"), not deep in
                # its topic ("the agreement on the use of the proceeds of frozen Russian
                # assets") nor outside it. (Its actor may stand anywhere before it: headlines
                # in title case parse badly, "Canada and Peru Sign Trade Agreement".)
                phrase = self._phrase_head(candidate)
                fallback = RoleResult(
                    fallback.actors,
                    tuple(
                        m
                        for m in fallback.recipients
                        if self._under(m, phrase, _NOMINAL_PARTY_HOPS)
                    ),
                    None,
                )
            recipients = result.recipients or tuple(
                m for m in fallback.recipients if not self._in_clause_below(m, candidate)
            )
            actors = tuple(m for m in fallback.actors if m not in recipients)
            if self._unnamed_subject(candidate):
                actors = ()  # "police say a man shot …": the man, whom no name names
            # with a parse, a missing subject is a passive or an infinitive, not a dropped one
            return RoleResult(actors, recipients, None)
        return self._from_word_order(sentence, candidate)

    def _unnamed_subject(self, candidate: TriggerCandidate) -> bool:
        """Whether a verbal trigger's parsed subject is an indefinite or counted common noun
        with no name and no group in its phrase ("a man shot …", "two men attacked …"): the
        actor is unnamed, and no other name of the sentence stands in for it. (An unnamed
        passive agent may still be coded by the place: "killed by a roadside bomb outside
        the Iraqi city of Basra".)"""
        if candidate.nominal:
            return False
        head = self._parsed.tokens[candidate.head]
        return any(
            s.pos == "NOUN"
            and self._indefinite(s)
            and not self._names_in_phrase(s)
            and not any(  # "des dizaines de milliers d'agriculteurs"
                self._group(t, candidate) is not None
                for t in self._parsed.tokens[self._left_edge(s) : self._right_edge(s) + 1]
            )
            for s in self._subjects(head)
        )

    def _indefinite(self, noun: Token) -> bool:
        return any(
            (c.dep == "det" and c.lemma.lower() in _INDEFINITE_ARTICLES) or c.dep == "nummod"
            for c in self._children.get(noun.index, [])
        )

    def _names_in_phrase(self, token: Token) -> bool:
        tokens = self._parsed.tokens
        start = tokens[self._left_edge(token)].start
        end = tokens[self._right_edge(token)].end
        return any(is_participant(m) for m in self._index.in_span(start, end))

    def _reporter(self, candidate: TriggerCandidate) -> list[EntityMention]:
        """Who reports an act of cooperation told by an event noun as subject: "Biden said that
        deliveries of weapons to Ukraine would begin" (his side delivers). Hostile acts are
        as often reported by those who suffer them: no one."""
        if candidate.type not in _COOPERATIVE_TYPES:
            return []
        tokens = self._parsed.tokens
        clause = tokens[tokens[candidate.head].head]
        if clause.dep != "ccomp" or clause.head == clause.index:
            return []
        return self.subject_mentions(tokens[clause.head], candidate)

    def _equated(self, candidate: TriggerCandidate) -> TriggerCandidate:
        """For an event noun that a copula says its subject is ("Russia's strike on Odesa was
        the deadliest attack"), the subject noun, whose phrase names the parties; else the
        trigger itself."""
        tokens = self._parsed.tokens
        head = tokens[candidate.head]
        if not candidate.nominal or head.dep != "attr" or head.head == head.index:
            return candidate
        subject = next((t for t in self._subjects(tokens[head.head]) if t.pos == "NOUN"), None)
        if subject is None:
            return candidate
        return replace(
            candidate,
            first=subject.index,
            last=subject.index + 1,
            head=subject.index,
            start=subject.start,
            end=subject.end,
        )

    def _phrase_head(self, candidate: TriggerCandidate) -> int:
        """The noun whose phrase an event noun heads or completes: "round" of "the next round
        of military aid", "package" of "a package of aid"; else the trigger itself."""
        tokens = self._parsed.tokens
        current = tokens[candidate.head]
        for _ in range(2):
            if current.dep not in {"pobj", "nmod"} or current.head == current.index:
                break
            preposition = tokens[current.head]
            if preposition.dep == "prep" and preposition.lemma in _OF_PREPOSITIONS:
                noun = tokens[preposition.head]
            elif current.dep == "nmod":
                noun = preposition
            else:
                break
            if noun.pos not in {"NOUN", "PROPN"}:
                break
            current = noun
        return current.index

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

    def _in_clause_below(self, mention: EntityMention, candidate: TriggerCandidate) -> bool:
        """Is ``mention`` inside a clause that depends on the trigger's verb ("met in Brussels
        to discuss the Russian attacks": the attacks' Russia is the topic, not a party)?"""
        tokens = self._parsed.tokens
        current = self._token_at(mention.start)
        if current >= len(tokens):
            return False
        for _ in range(12):
            token = tokens[current]
            if token.head == current:
                return False
            if token.head == candidate.head:
                return token.dep in _LOWER_CLAUSE_DEPS
            current = token.head
        return False

    def _passive_without_agent(self, candidate: TriggerCandidate) -> bool:
        """A verbal trigger in the passive ("three soldiers were killed"): its subject
        suffers the act, and without a "by" phrase the one who acts is not told; the words
        around it (the subject, "Russian drones" of another clause) must not stand in."""
        if candidate.nominal:
            return False
        head = self._parsed.tokens[candidate.head]
        return (self._is_passive(head) or self._participle_modifier(head)) and not self._agents(
            head
        )

    def _qualified_noun(self, verb: Token) -> EntityMention | None:
        """The named noun a past participle qualifies, or the name a common noun in
        apposition to it stands for ("Misrata, grande ville côtière …, assiégée"); not a name
        deeper in its phrase ("a journalist of Sky News killed": Sky News is no victim)."""
        if not self._participle_modifier(verb):
            return None
        noun = self._parsed.tokens[verb.head]
        mention = self._index.at(noun.index)
        if mention is None and noun.dep == "appos" and noun.head != noun.index:
            mention = self._index.at(noun.head)
        return mention if mention is not None and is_participant(mention) else None

    def _is_passive(self, verb: Token) -> bool:
        """A verb with a passive subject or auxiliary ("he was convicted", "… and was
        charged"), or, in a headline, a verb that always takes an object but has none
        ("Jackson arrested on suspicion of DUI")."""
        children = self._children.get(verb.index, [])
        if any(
            c.dep in _PASSIVE_SUBJECT_DEPS or c.dep in _PASSIVE_AUXILIARY_DEPS for c in children
        ):
            return True
        return (
            verb.dep in {"ROOT", "root"}
            and "Tense=Past" in verb.morph
            and verb.lemma.lower() in _TRANSITIVE_ONLY
            and not any(c.dep in _OBJECT_DEPS or c.dep in {"aux", "aux:tense"} for c in children)
            and not any(c.dep == "conj" for c in children)  # "arrested and charged him"
            and any(c.dep in _SUBJECT_DEPS and c.index < verb.index for c in children)
        )

    def _participle_modifier(self, verb: Token) -> bool:
        """A past participle that qualifies a noun ("a journalist killed in Gaza", "deux
        soldats blessés"): the noun suffers the act, as a passive's subject does."""
        if verb.dep != "acl" or verb.head == verb.index:
            return False
        if any(  # "aid groups donated and delivered goods": a misread active verb
            c.dep in _OBJECT_DEPS
            for conjunct in self._conjuncts(verb)
            for c in self._children.get(conjunct.index, [])
        ):
            return False
        if "VerbForm=Part" in verb.morph:
            return "Tense=Pres" not in verb.morph and "Aspect=Prog" not in verb.morph
        text = verb.text.lower()  # a participle the tagger misread ("tué" as a pronoun)
        return self._parsed.language != "en" and text.endswith(self._participles)

    # ------------------------------------------------------------------ nominal frame

    def _nominal_frame(self, sentence: Sentence, candidate: TriggerCandidate) -> RoleResult | None:
        """Roles of an event noun qualified by the country that does it: a demonym adjective
        ("la invasión rusa", "l'invasione russa", "die russische Invasion", "the Russian
        invasion") or a possessive ("Russia's invasion", "Russlands Angriff"). That country
        acts, and the complement that follows ("de Ucrania", "dell'Ucraina", "der Ukraine",
        "of Ukraine", "contra Járkov") receives; the other names of the sentence take no part.
        A complement followed by an agent ("l'invasion de l'Ukraine par la Russie", "the
        invasion of Ukraine by Russia") is the same frame. None when the trigger is not such
        a noun (the other paths decide)."""
        prepositions = _PATIENT_PREPOSITIONS.get(self._parsed.language)
        if prepositions is None or not self._is_noun_trigger(sentence, candidate):
            return None
        mentions = [
            m
            for m in self._index.in_span(sentence.start, sentence.end)
            if is_participant(m) and not (candidate.start <= m.start < candidate.end)
        ]
        found = self._frame_actor(candidate, mentions)
        if found is None:
            patients = self._complement(candidate.end, mentions, prepositions)
            if not patients:
                return None
            agents = self._complement(patients[-1].end, mentions, self._agent_preps, agent=True)
            if not agents:
                return None
            return RoleResult(
                tuple(agents[:1]), tuple(prefer_people(patients, self._parsed.text)), None
            )
        actor, frame_end = found
        others = [m for m in mentions if m.entity_id != actor.entity_id]
        recipients = self._complement(frame_end, others, prepositions)
        return RoleResult((actor,), tuple(prefer_people(recipients, self._parsed.text)), None)

    def _complement(
        self,
        offset: int,
        mentions: Sequence[EntityMention],
        prepositions: frozenset[str],
        agent: bool = False,
    ) -> list[EntityMention]:
        """The mentions right after ``offset`` that one of ``prepositions`` (and an article)
        introduces, with those coordinated to them ("de Ucrania y Moldavia"; not a comma, which
        may end the phrase). ``agent``: the agent of a noun ("by", "par", "por parte de",
        "da parte della", "durch")."""
        after = [m for m in mentions if m.start >= offset]
        if not after or after[0].start in self._excluded:
            return []
        words = _words(self._parsed.text[offset : after[0].start])
        if agent:  # "por parte de", "da parte della": the words after "parte" are articles
            words = [w for w in words if w != "parte"]
            joined = {"de", "di", "del", "della", "dell'", "dello", "dei", "degli", "delle"}
            prepositions = prepositions | joined if words[:1] in (["por"], ["da"]) else prepositions
        if not (
            0 < len(words) <= 3
            and words[0] in prepositions
            and all(w in _PATIENT_ARTICLES or w in prepositions for w in words[1:])
        ):
            return []
        found = [after[0]]
        for mention in after[1:]:
            joint = _words(self._parsed.text[found[-1].end : mention.start])
            if mention.start in self._excluded or not (
                joint
                and joint[0] in self._coordinators
                and joint[0] != ","
                and all(_is_filler(w) or w in _PATIENT_ARTICLES for w in joint[1:])
            ):
                break
            found.append(mention)
        return found

    def _is_noun_trigger(self, sentence: Sentence, candidate: TriggerCandidate) -> bool:
        """Is the trigger a noun? The parse says so; without one, a German noun is capitalised
        inside its sentence and elsewhere an article or a possessive comes shortly before."""
        if self._parsed.has_parser or candidate.nominal:
            return candidate.nominal
        tokens = self._parsed.tokens
        if self._parsed.language == "de":
            return candidate.first > sentence.first_token and candidate.text[:1].isupper()
        # the word before, or the one before an adjective ("la nueva ofensiva"); not an
        # article of an earlier noun ("La Lituania ha espulso")
        before = [_normal(t.text) for t in tokens[sentence.first_token : candidate.first][-2:]]
        if before and before[-1] in _DETERMINERS:
            return True
        if self._demonym_follows(candidate):
            return True  # "teme nuovi attacchi russi": no verb takes a demonym adjective
        return (
            len(before) == 2
            and before[0] in _DETERMINERS
            and self._attributive(before[1])
            and before[1] not in self._auxiliaries
        )

    def _demonym_follows(self, candidate: TriggerCandidate) -> bool:
        """Whether a demonym adjective (lower case, a country's) follows the trigger word, in
        a language whose adjectives follow their noun ("attacchi russi", "ataques rusos")."""
        if self._parsed.language not in _POSTNOMINAL_ADJECTIVES:
            return False
        tokens = self._parsed.tokens
        if candidate.last != candidate.first + 1 or candidate.last >= len(tokens):
            return False  # one word: "espulso due diplomatici russi" is a verb's pattern
        following = tokens[candidate.last]
        return any(
            m.start == following.start
            and m.type == "NORP"
            and m.entity_id.startswith("country/")
            and m.text[:1].islower()
            for m in self._index.in_span(following.start, following.end)
        )

    def _frame_actor(
        self, candidate: TriggerCandidate, mentions: Sequence[EntityMention]
    ) -> tuple[EntityMention, int] | None:
        """The demonym or possessor that does a nominal event, and where the words that
        qualify the event noun end (the complement is looked for after that)."""
        text = self._parsed.text
        language = self._parsed.language
        noun_end = self._parsed.tokens[candidate.first].end
        # "expulsión del embajador libio": the demonym is the ambassador's, not the expulsion's
        phrase = self._attributive(text[noun_end : candidate.end])
        for mention in mentions:
            if mention.start in self._excluded or text[mention.start - 1 : mention.start] == "-":
                continue  # "anti-Russian protests": the demonym is their target
            demonym = mention.type == "NORP" and mention.entity_id.startswith("country/")
            if language in _POSTNOMINAL_ADJECTIVES:
                if (
                    demonym
                    and phrase
                    and mention.start >= candidate.end
                    and mention.text[:1].islower()
                    and self._attributive(text[candidate.end : mention.start])
                ):
                    return mention, mention.end
                continue
            if mention.end > candidate.start:
                continue
            if self._parsed.has_parser and not self._under(mention, candidate.head, 3):
                continue  # "India's navy drew criticism": the parse says whose word it is
            between = text[mention.end : candidate.start]
            if demonym and (language != "de" or mention.text[:1].islower()):
                if self._attributive(between):  # "the Russian invasion", "russische Invasion"
                    return mention, candidate.end
            elif mention.type != "NORP":
                possessive = _POSSESSIVE.match(between) if language == "en" else None
                if possessive is not None and self._attributive(between[possessive.end() :]):
                    return mention, candidate.end  # "Russia's full-scale invasion"
                genitive = (
                    language == "de"
                    and mention.text.endswith("s")
                    and not mention.name.endswith("s")
                )
                if genitive and self._attributive(between):  # "Russlands Angriff"
                    return mention, candidate.end
        return None

    def _attributive(self, between: str) -> bool:
        """Only up to two lowercase attributive words lie between a noun and its qualifier
        ("militar", "full-scale", "militärische"), no article, preposition or coordinator."""
        words = between.split()
        return len(words) <= 2 and all(
            _ATTRIBUTIVE.fullmatch(word)
            and word.islower()
            and _normal(word) not in _DETERMINERS
            and word not in self._coordinators
            and word not in _PATIENT_PREPOSITIONS.get(self._parsed.language, frozenset())
            for word in words
        )

    # ------------------------------------------------------------------ parse

    def _from_parse(self, candidate: TriggerCandidate) -> RoleResult:
        tokens = self._parsed.tokens
        head = tokens[candidate.head]
        actor_tokens: list[Token] = []
        recipient_tokens: list[Token] = []
        if candidate.nominal:
            undergone = self._undergone(head)
            for child in self._children.get(head.index, []):
                if (
                    child.dep in _NOMINAL_ACTOR_DEPS
                    and child.index < head.index
                    and self._parsed.text[child.start - 1 : child.start] != "-"  # "anti-Turkish"
                ):
                    if not undergone or child.dep == "amod":
                        actor_tokens.append(child)
                    elif self._undergoer(child):
                        recipient_tokens.append(child)  # "his arrest", "the Navalny poisoning"
                    # else: "a DUI arrest" names no party
            recipient_tokens += self._prepositional(head, candidate)
            agents = self._noun_agents(head)
            if agents:  # "the arrest of the leader by the police", "l'arrestation par les …"
                actor_tokens = agents
                recipient_tokens = [t for t in recipient_tokens if t not in agents]
            governor = self._object_governor(head)
            if (
                (governor is not None and governor.lemma.lower() in self._undergoing_verbs)
                or self._under_verb(head) is not None
            ) and not self._argument_mentions(actor_tokens, candidate):
                governor = governor or self._under_verb(head)
                assert governor is not None
                # "the mayor survived an assassination attempt", "Ukraine received aid from
                # Germany": the subject undergoes the event, a "from" phrase does it
                recipient_tokens += self._subjects(governor)
                actor_tokens = self._source_phrases(governor) + self._source_phrases(head)
                recipient_tokens = [t for t in recipient_tokens if t not in actor_tokens]
            elif not actor_tokens and head.dep in _OBJECT_DEPS and governor is not None:
                actor_tokens += self._subjects(governor)
            if candidate.type == "CONSULT" and not self._argument_mentions(actor_tokens, candidate):
                actor_tokens = self._clause_subjects(head) or actor_tokens
        elif self._undergoing_phrase(candidate, head):
            # "she will face trial", "il risque un procès": the subject is the one tried
            recipient_tokens += self._subjects(head)
            actor_tokens += self._source_phrases(head) + self._agents(head)
        else:
            if not self._is_passive(head):
                actor_tokens += self._subjects(head)
            elif head.dep == "conj" and head.head != head.index:
                # "X surrendered and was charged": the first verb's subject is acted on
                recipient_tokens += self._subjects(tokens[head.head])
            else:  # a headline's participle: "Jackson arrested on suspicion of DUI"
                recipient_tokens += [
                    c for c in self._children.get(head.index, []) if c.dep in _SUBJECT_DEPS
                ]
            for child in self._children.get(head.index, []):
                if child.dep in _PASSIVE_SUBJECT_DEPS or child.dep in _OBJECT_DEPS:
                    recipient_tokens.append(child)
                    if child.dep in _OBJECT_DEPS and child.pos == "NOUN":
                        if head.lemma.lower() in _TOPIC_VERBS:
                            # what a meeting discussed is its topic ("discussed air defence
                            # and aid to Ukraine"), but "discussed the war with Scholz"
                            recipient_tokens += self._with_phrases(child)
                            continue
                        # "signed a partnership agreement with Zelensky", "pledged 8 billion
                        # euros in military aid to Ukraine"
                        recipient_tokens += self._prepositional(child, candidate)
                        recipient_tokens += self._qualified_prepositional(child, candidate)
                elif child.dep == "xcomp":
                    recipient_tokens += self._objects(child, candidate)
            for token in tokens[candidate.first : candidate.last]:  # "sanctions on X"
                recipient_tokens += self._prepositional(token, candidate)
            actor_tokens += self._agents(head)
            recipient_tokens += self._relativized_object(head, actor_tokens, recipient_tokens)
        if not self._argument_mentions(actor_tokens, candidate):
            # "Clashes broke out between Armenian and Azerbaijani troops": the sides, all actors
            sides = self._between_sides(head)
            if sides:
                actor_tokens = sides
                recipient_tokens = [t for t in recipient_tokens if t not in sides]
        actor_tokens = [self._antecedent(t) for t in actor_tokens]
        pronoun = self._pronoun(actor_tokens)
        actors = self._argument_mentions(actor_tokens, candidate)
        if not actors and pronoun in {"singular", "plural", "neuter"}:
            actors = self._reporting_subject(head, pronoun, candidate)
            pronoun = None if actors else pronoun
        if not actors and pronoun is None:
            actors = self._groups(actor_tokens, candidate)
        recipients = [
            m for m in self._argument_mentions(recipient_tokens, candidate) if m not in actors
        ]
        qualified = self._qualified_noun(head) if not candidate.nominal else None
        if qualified is not None and qualified not in actors:
            recipients.insert(0, qualified)  # "Misrata, … assiégée par les forces loyalistes"
        undergoer: str | None = None
        passive = not candidate.nominal and self._is_passive(head)
        if not recipients and (passive or self.undergoer_frame(candidate)):
            # "after he was convicted", "he faces charges", "before his arrest"
            undergoer = self._pronoun([t for t in recipient_tokens if t.pos == "PRON"])
            if undergoer in {"singular", "plural", "neuter"} and candidate.nominal:
                # "Gomes had been there for hours before his arrest": his is Gomes
                found = self._reporting_subject(head, undergoer, candidate)
                recipients = [m for m in found if m not in actors]
            undergoer = None if recipients else undergoer
        return RoleResult(tuple(actors), tuple(recipients), None if actors else pronoun, undergoer)

    def undergoer_frame(self, candidate: TriggerCandidate) -> bool:
        """Whether the parse names who undergoes the event where its actor would stand ("his
        arrest", "she faces trial", "survived an assassination attempt", "was under attack"):
        words before the trigger name no actor then, whoever the parse found."""
        head = self._parsed.tokens[candidate.head]
        if not candidate.nominal:
            return self._undergoing_phrase(candidate, head)
        if self._undergone(head) and any(
            c.dep in {"poss", "nmod:poss", "compound"}
            for c in self._children.get(head.index, [])
            if c.index < head.index
        ):
            return True  # "his arrest", "a DUI arrest": no actor before them
        governor = self._object_governor(head)
        undergoing = governor is not None and governor.lemma.lower() in self._undergoing_verbs
        return undergoing or self._under_verb(head) is not None

    def _undergone(self, noun: Token) -> bool:
        """Whether the possessor of an event noun undergoes it ("his arrest", "son procès"):
        a patient noun with no "of" phrase naming who undergoes it ("Russia's arrest of two
        journalists": Russia arrests)."""
        if noun.lemma.lower() not in self._patient_nouns:
            return False
        return not any(
            child.dep in {"prep", "nmod"}
            and child.index > noun.index
            and (
                child.lemma.lower() in _OF_PREPOSITIONS
                or any(
                    c.dep == "case" and c.lemma.lower() in _OF_PREPOSITIONS
                    for c in self._children.get(child.index, [])
                )
            )
            for child in self._children.get(noun.index, [])
        )

    def _undergoer(self, modifier: Token) -> bool:
        """A modifier of a patient noun that names who undergoes it: a possessive ("his",
        "Navalny's") or a person's name in a compound ("the Khashoggi murder"); not an
        adjective ("the Russian detention of") or another compound ("a DUI arrest")."""
        if modifier.dep in {"poss", "nmod:poss"}:
            return True
        if modifier.dep == "compound":
            mention = self._index.at(modifier.index)
            return mention is not None and mention.type == "PERSON"
        return False

    def _under_verb(self, noun: Token) -> Token | None:
        """The verb of an "under" phrase an event noun ends ("the vessel was under attack",
        "came under fire from the rebels"): its subject undergoes the event."""
        tokens = self._parsed.tokens
        if noun.dep != "pobj" or noun.head == noun.index:
            return None
        preposition = tokens[noun.head]
        if preposition.lemma.lower() not in _UNDER or preposition.head == preposition.index:
            return None
        verb = tokens[preposition.head]
        return verb if verb.pos in {"VERB", "AUX"} else None

    def _object_governor(self, noun: Token) -> Token | None:
        """The verb an event noun is the object of, directly, through the noun it qualifies
        ("survived an assassination attempt") or through the noun its "in" or "of" phrase
        qualifies ("received 2 billion euros in military aid")."""
        tokens = self._parsed.tokens
        current = noun
        if current.dep == "compound" and current.head != current.index:
            current = tokens[current.head]  # "survived an assassination attempt"
        for _ in range(2):
            if current.head == current.index:
                return None
            governor = tokens[current.head]
            if current.dep in _OBJECT_DEPS:
                return governor if governor.pos in {"VERB", "AUX"} else None
            if (
                current.dep != "pobj"
                or governor.lemma.lower() not in _QUALIFYING_PREPOSITIONS
                or governor.head == governor.index
            ):
                return None
            current = tokens[governor.head]
        return None

    def _undergoing_phrase(self, candidate: TriggerCandidate, head: Token) -> bool:
        """A verbal trigger that holds its verb's object, and whose verb's subject undergoes
        that ("face charges", "stand trial"; not "stand with Ukraine")."""
        return (
            not candidate.nominal
            and head.lemma.lower() in self._undergoing_verbs
            and any(  # its object is in the trigger: "face charges", not "stand with"
                c.dep in _OBJECT_DEPS and candidate.first <= c.index < candidate.last
                for c in self._children.get(head.index, [])
            )
        )

    def _noun_agents(self, noun: Token) -> list[Token]:
        """The objects of an event noun's agent phrase ("by", "par", "da", "por")."""
        found: list[Token] = []
        for child in self._children.get(noun.index, []):
            if child.dep in {"prep", "agent"} and child.lemma.lower() in self._agent_preps:
                found += [c for c in self._children.get(child.index, []) if c.dep == "pobj"]
            elif child.dep in _OBLIQUE_DEPS | {"obl:agent"} and any(
                c.dep == "case" and c.lemma.lower() in self._agent_preps
                for c in self._children.get(child.index, [])
            ):
                found.append(child)
        return found

    def _source_phrases(self, head: Token) -> list[Token]:
        """The objects of the "from"/"by" phrases of a word ("aid from Germany")."""
        found: list[Token] = []
        for child in self._children.get(head.index, []):
            if child.dep in {"prep", "agent"} and child.lemma.lower() in self._source_preps:
                found += [c for c in self._children.get(child.index, []) if c.dep == "pobj"]
            elif child.dep in _OBLIQUE_DEPS | {"obl:agent"} and any(
                c.dep == "case" and c.lemma.lower() in self._source_preps
                for c in self._children.get(child.index, [])
            ):
                found.append(child)
        return found

    def _relativized_object(
        self, head: Token, subjects: Sequence[Token], objects: Sequence[Token]
    ) -> list[Token]:
        """The noun a relative clause with its own subject and no object is about: the
        object of its verb ("three Russian diplomats it accused of espionage")."""
        if (
            head.dep not in _RELATIVE_CLAUSES
            or head.head == head.index
            or objects
            or not subjects
            or any(self._antecedent(t) is not t for t in subjects)
            or any(c.dep in _PASSIVE_SUBJECT_DEPS for c in self._children.get(head.index, []))
        ):
            return []
        return [self._parsed.tokens[head.head]]

    def _relative_subject(self, candidate: TriggerCandidate) -> bool:
        """Is the trigger's subject a relative pronoun? Its antecedent is the actor, named or
        not: the word-order fallback would take the main clause's subject instead."""
        if candidate.nominal:
            return False
        head = self._parsed.tokens[candidate.head]
        return any(self._antecedent(t) is not t for t in self._subjects(head))

    def _antecedent(self, token: Token) -> Token:
        """The noun a relative pronoun stands for: "ambassadors" of "ten ambassadors who had
        called for …" (they called, not the sentence's subject)."""
        if token.text.lower() not in _RELATIVE_PRONOUNS:
            return token
        clause = self._parsed.tokens[token.head]
        if clause.dep not in _RELATIVE_CLAUSES or clause.head == clause.index:
            return token
        return self._parsed.tokens[clause.head]

    def _reporting_subject(
        self, head: Token, pronoun: str, candidate: TriggerCandidate
    ) -> list[EntityMention]:
        """The antecedent in the same sentence of the trigger's pronoun subject or possessor:
        the subject of the nearest governing verb ("The rebels said they would release him",
        "X continued their hunger strike"). A subject that is itself a pronoun ends the search;
        one with a possessive pronoun ("their forces had withdrawn") is passed over. A
        singular pronoun ("he", "she") only takes a person."""
        tokens = self._parsed.tokens
        current = head
        for _ in range(6):
            if current.head == current.index:
                return []
            current = tokens[current.head]
            subjects = self._subjects(current) if current.pos in {"VERB", "AUX"} else []
            if not subjects or any(self._possessed_by_pronoun(t) for t in subjects):
                continue
            if any(t.pos == "PRON" for t in subjects):
                return []
            found = self._argument_mentions(subjects, candidate) or self._groups(
                subjects, candidate
            )
            if pronoun == "singular":
                found = [m for m in found if m.type == "PERSON"]
            elif pronoun == "neuter":  # "it", "its": a state or an organisation
                found = [m for m in found if m.type != "PERSON"]
            return found
        return []

    def _possessed_by_pronoun(self, token: Token) -> bool:
        return any(
            c.dep in {"poss", "nmod:poss"} and c.pos == "PRON"
            for c in self._children.get(token.index, [])
        )

    def _groups(self, heads: Sequence[Token], candidate: TriggerCandidate) -> list[EntityMention]:
        """Unnamed collective actors ("the rebels", "university students", "Israeli police",
        "opposition parties in Nepal") for subjects without a named entity: the phrase
        itself, with the country named in it. A state noun of a country ("the government
        of Sudan") is that country."""
        found: list[EntityMention] = []
        for head in heads:
            for token in self._conjuncts(head):
                mention = self._group(token, candidate)
                if mention is not None and mention not in found:
                    found.append(mention)
        return found

    def _group(self, token: Token, candidate: TriggerCandidate) -> EntityMention | None:
        if token.pos not in {"NOUN", "PROPN"} or self._index.at(token.index) is not None:
            return None
        if candidate.first <= token.index < candidate.last:
            return None
        noun = self._group_noun(token)
        if noun is None:
            return None
        children = self._children.get(token.index, [])
        modifiers = [c for c in children if c.dep in _GROUP_MODIFIER_DEPS and c.index < token.index]
        first = min([token.index] + [self._left_edge(c) for c in modifiers])
        last = token.index
        country = next((m for m in map(self._country_in, modifiers) if m is not None), None)
        for child in children:
            preposition = child.lemma.lower()
            if child.dep != "prep" or preposition not in _GROUP_PREPOSITIONS:
                continue
            named = self._named_in(child, _NAMED_TYPES, self._excluded)
            if preposition in _OF_PREPOSITIONS and named is not None:
                return named  # "leaders of the Group of Seven", "the government of Sudan"
            place = self._named_in(child, _COUNTRY_TYPES)
            if place is not None and country is None:
                country = place
                last = max(last, self._right_edge(child))
        if noun in self._institution_nouns and not modifiers and country is None:
            return None  # "the government", "the alliance": a named one told before
        if country is not None and noun in _STATE_NOUNS and not modifiers:
            return country  # "the authorities in Kenya"
        tokens = self._parsed.tokens
        start, end = tokens[first].start, tokens[last].end
        lemmas = [t.lemma.lower() for t in tokens[first : token.index] if t.text.isalpha()]
        slug = "-".join([*lemmas, noun])
        return _group_mention(self._parsed.text, start, end, slug, _country_code(country))

    def _demonym_of_thing(
        self, mention: EntityMention, token: Token, candidate: TriggerCandidate
    ) -> bool:
        """Is ``mention`` a nationality adjective of a thing rather than of people or a
        state ("the profits of frozen Russian assets", "to buy Russian gas")? It names no
        party to a cooperative act; "Russian troops", "the Russian government" do, and
        force may well fall on a thing ("strikes on Russian positions")."""
        if mention.type != "NORP" or candidate.type not in _COOPERATIVE_TYPES:
            return False
        if token.dep not in {"amod", "compound"} or token.head == token.index:
            return False
        noun = self._parsed.tokens[token.head]
        if noun.pos not in {"NOUN", "PROPN"}:
            return False
        return (
            self._group_noun(noun) is None
            and noun.lemma.lower() not in self._role_nouns
            and noun.lemma.lower() not in _COUNTERPART_WORDS  # "his Indian counterpart"
        )

    def _group_noun(self, token: Token) -> str | None:
        """The group or institution noun ``token`` is, in the lexicon's form (a capitalised
        plural at the start of a sentence may be tagged a proper noun and keep its "s")."""
        for word in (token.lemma.lower(), token.text.lower()):
            for form in (word, word[:-1] if word.endswith("s") else word):
                if form in self._group_nouns or form in self._institution_nouns:
                    return form
        return None

    def _country_in(self, token: Token) -> EntityMention | None:
        return self._named_in(token, _COUNTRY_TYPES)

    def _named_in(
        self, token: Token, types: frozenset[str], skipped: frozenset[int] = frozenset()
    ) -> EntityMention | None:
        """The first participant of one of ``types`` named in ``token``'s subtree, but for
        mentions starting at an offset in ``skipped``."""
        stack = [token]
        while stack:
            current = stack.pop()
            mention = self._index.at(current.index)
            if (
                mention is not None
                and is_participant(mention)
                and mention.type in types
                and mention.start not in skipped  # "the alliance meeting in Vilnius"
            ):
                return mention
            stack += reversed(self._children.get(current.index, []))
        return None

    def _left_edge(self, token: Token) -> int:
        children = [c for c in self._children.get(token.index, []) if c.index < token.index]
        return min((self._left_edge(c) for c in children), default=token.index)

    def _right_edge(self, token: Token) -> int:
        children = [c for c in self._children.get(token.index, []) if c.index > token.index]
        return max((self._right_edge(c) for c in children), default=token.index)

    def clause_and_governor(
        self, candidate: TriggerCandidate
    ) -> tuple[list[EntityMention], Token | None]:
        """The participants named as the subject of the trigger's clause (its own subject,
        or its copula's: "Ukraine was responsible"), and the verb that governs the clause,
        if any ("said" in "Russia said Ukraine was responsible for the attack")."""
        tokens = self._parsed.tokens
        head = tokens[candidate.head]
        clause = head
        for _ in range(2):  # "was" of "was responsible", "was behind", "was to blame"
            if clause.dep not in _PREDICATE_DEPS or clause.head == clause.index:
                break
            clause = tokens[clause.head]
        subjects = self._subjects(head) or self._subjects(clause)
        if clause.dep in {"ROOT", "root"} or clause.head == clause.index:
            governor = None
        else:
            governor = tokens[clause.head]
        mentions = self._argument_mentions(subjects, candidate) or self._groups(subjects, candidate)
        return mentions, governor

    def subject_mentions(self, verb: Token, candidate: TriggerCandidate) -> list[EntityMention]:
        """The participants named as the subject of ``verb`` (or as the group it names)."""
        subjects = self._subjects(verb)
        return self._argument_mentions(subjects, candidate) or self._groups(subjects, candidate)

    def _clause_subjects(self, noun: Token) -> list[Token]:
        """The subjects of the clause a meeting noun sits in through prepositional phrases
        ("They spoke in Rome following bilateral talks": they took part in the talks)."""
        tokens = self._parsed.tokens
        current = noun
        for _ in range(6):
            if (
                current.dep not in {"pobj", "prep", "acl", "obl", "nmod"}
                or current.head == current.index
            ):
                return []
            current = tokens[current.head]
            if current.pos in {"VERB", "AUX"}:
                subjects = self._subjects(current)
                if subjects:
                    return subjects
        return []

    def _subjects(self, verb: Token, depth: int = 0) -> list[Token]:
        subjects = [c for c in self._children.get(verb.index, []) if c.dep in _SUBJECT_DEPS]
        if subjects or depth >= 3 or verb.head == verb.index:
            return subjects
        if depth == 0 and self._is_passive(verb):
            return []  # "after he was convicted", "surrendered and was charged": acted on
        infinitive = verb.dep == "relcl" and any(
            c.dep == "aux" and c.text.lower() == "to" for c in self._children.get(verb.index, [])
        )  # "more to support", which the parser may read as a relative clause
        if verb.dep in {"xcomp", "conj", "advcl", "acl"} or infinitive:
            head = self._parsed.tokens[verb.head]
            if verb.dep == "conj":
                head = self._outside_quote(head, verb)
            elif (
                verb.dep in {"acl", "relcl"}
                and head.dep in {"dobj", "obj"}
                and head.head != head.index
            ):
                # "we must do more to support Ukraine", "took steps to ease the blockade":
                # who does the object does the act it is for
                head = self._parsed.tokens[head.head]
            return self._subjects(head, depth + 1)
        if verb.dep == "pcomp":
            # "looks forward to working with", "remains committed to supporting": the gerund's
            # subject is that of the verb its preposition depends on
            clause = self._parsed.tokens[verb.head]
            for _ in range(3):
                if clause.pos in {"VERB", "AUX"} or clause.head == clause.index:
                    break
                if clause.dep not in {"prep", "acomp", "advmod", "amod"}:
                    return []
                clause = self._parsed.tokens[clause.head]
            if clause.pos in {"VERB", "AUX"}:
                return self._subjects(clause, depth + 1)
        return []

    def _outside_quote(self, head: Token, verb: Token) -> Token:
        """The verb a conjunct after a closing quotation mark is coordinated with. The parser
        may join it to the last verb inside the quotation ('Rutte says NATO "will stand by
        Ukraine because Ukraine's fight is ours" and welcomed ...'); then it is the verb
        outside the quotation that governs it ("says"), whose subject the conjunct shares."""
        tokens = self._parsed.tokens
        if not head.index < verb.index:
            return head
        between = range(head.index + 1, verb.index)
        closing = [i for i in between if tokens[i].text in CLOSING_MARKS]
        if not closing:
            return head
        opening = next(
            (
                i
                for i in range(
                    head.index - 1, self._parsed.sentences[head.sentence].first_token - 1, -1
                )
                if tokens[i].text in OPENING_MARKS
            ),
            None,
        )
        if opening is None:
            return head
        current = head
        for _ in range(8):
            if current.index < opening or current.head == current.index:
                break
            current = tokens[current.head]
        return current if current.index < opening else head

    def _agents(self, verb: Token) -> list[Token]:
        found: list[Token] = []
        for child in self._children.get(verb.index, []):
            if child.dep == "agent":
                found += [c for c in self._children.get(child.index, []) if c.dep == "pobj"]
            elif child.dep == "obl:agent":
                found.append(child)
        return found

    def _objects(self, verb: Token, candidate: TriggerCandidate) -> list[Token]:
        found = [c for c in self._children.get(verb.index, []) if c.dep in _OBJECT_DEPS]
        return found + self._prepositional(verb, candidate)

    def _between_sides(self, noun: Token) -> list[Token]:
        """The objects of a "between" phrase ("entre", "tra", "zwischen") of an event noun or
        of the verb it is the subject of ("fighting erupted between rebels and soldiers"):
        the sides of a reciprocal event, all of them actors."""
        owners = [noun]
        if noun.dep in _SUBJECT_DEPS and noun.head != noun.index:
            owners.append(self._parsed.tokens[noun.head])
        found: list[Token] = []
        for owner in owners:
            for child in self._children.get(owner.index, []):
                if child.dep == "prep" and child.lemma.lower() in _BETWEEN:
                    found += [c for c in self._children.get(child.index, []) if c.dep == "pobj"]
        for side in list(found):  # "between Armenian and Azerbaijani troops": both modifiers
            for modifier in self._children.get(side.index, []):
                if modifier.dep == "amod":
                    found += self._conjuncts(modifier)[1:]
        return found

    def _with_phrases(self, noun: Token) -> list[Token]:
        """The objects of the "with"/"between" phrases of a noun ("the war with Scholz")."""
        found: list[Token] = []
        for child in self._children.get(noun.index, []):
            if child.dep == "prep" and child.lemma.lower() in self._coparticipant_preps:
                found += [c for c in self._children.get(child.index, []) if c.dep == "pobj"]
        return found

    def _qualified_prepositional(
        self, noun: Token, candidate: TriggerCandidate, depth: int = 2
    ) -> list[Token]:
        """Recipients one or two "in"/"of" phrases down an object noun: "8 billion euros in
        aid to Ukraine", "a package of weapons for Kyiv", "the delivery of 1 billion euros in
        military aid to Ukraine"."""
        found: list[Token] = []
        for child in self._children.get(noun.index, []):
            if child.dep == "prep" and child.lemma in _QUALIFYING_PREPOSITIONS:
                for inner in self._children.get(child.index, []):
                    if inner.dep == "pobj" and inner.pos == "NOUN":
                        found += self._prepositional(inner, candidate)
                        if depth > 1:
                            found += self._qualified_prepositional(inner, candidate, depth - 1)
                    elif (
                        inner.dep == "pobj"
                        and inner.pos == "PROPN"
                        and child.lemma in _OF_PREPOSITIONS
                        and noun.lemma.lower() in _PLACE_NOUNS
                    ):
                        found.append(inner)  # "struck the port of Izmail": the place named
        return found

    def _prepositional(self, head: Token, candidate: TriggerCandidate) -> list[Token]:
        found: list[Token] = []
        for child in self._children.get(head.index, []):
            # the trigger's own preposition ("stand by Ukraine") introduces its recipient
            own = candidate.first <= child.index < candidate.last
            member_of = head.lemma.lower() in _MEMBER_NOUNS and child.lemma in _OF_PREPOSITIONS
            if child.dep == "prep" and (child.lemma in self._recipient_preps or own or member_of):
                if child.lemma == "for" and candidate.type not in {"AID", "REQUEST", "PROTEST"}:
                    continue
                if child.lemma == "from" and candidate.type == "CONSULT":
                    continue  # "a video conference from the Ukrainian capital": a place
                if (
                    head.lemma.lower() in _TOPIC_VERBS
                    and child.lemma.lower() not in self._coparticipant_preps
                ):
                    continue  # "discussed air defence and aid to Ukraine": the topic's

                found += [c for c in self._children.get(child.index, []) if c.dep == "pobj"]
            elif child.dep in _OBLIQUE_DEPS:
                cases = [c.lemma for c in self._children.get(child.index, []) if c.dep == "case"]
                if not cases or any(case in self._recipient_preps for case in cases):
                    found.append(child)
        return found

    def _pronoun(self, subjects: Sequence[Token]) -> str | None:
        for token in subjects:
            definite = self._definite_reference(token)
            if definite is not None:
                return definite
            word = token.text.lower()
            if word in self._first_person or word in {"our", "my", "notre", "nos"}:
                return "first"
            if token.pos == "PRON" or word in {"his", "her", "their", "sa", "son", "leur"}:
                if word in self._plural or word in {"their", "leur", "we", "nous"}:
                    return "plural"
                if word in self._singular or word in {"his", "her", "sa", "son"}:
                    return "singular"
                if word in _NEUTER and token.dep not in {"expl", "nsubjpass"}:
                    return "neuter"
        return None

    def _definite_reference(self, token: Token) -> str | None:
        """A bare definite subject that refers to a state or an office holder told before:
        "the government", "the authorities" ("state"); "the prime minister", "the
        president" ("title:minister"). Anything that names or places it ("the Kenyan
        government", "the government of Sudan", "a minister") is no reference."""
        if token.pos != "NOUN" or self._index.at(token.index) is not None:
            return None
        word = token.lemma.lower()
        children = self._children.get(token.index, [])
        if not any(c.dep == "det" and c.text.lower() in self._definite for c in children):
            return None
        others = [c for c in children if c.dep not in {"det", "punct"}]
        if word in self._state_nouns and not others:
            return "state"
        if word not in self._title_nouns:
            return None
        # office words may qualify the title ("the prime minister"), a number a plural one
        # ("les deux ministres", "the two leaders": those just told)
        plural = "Number=Plur" in token.morph
        if not all(
            (c.dep in _TITLE_MODIFIER_DEPS and c.text.lower() in _OFFICE_WORDS)
            or (plural and c.dep == "nummod")
            for c in others
        ):
            return None
        return "plural" if plural else f"title:{word}"

    def _argument_mentions(
        self, heads: Sequence[Token], candidate: TriggerCandidate
    ) -> list[EntityMention]:
        found: list[EntityMention] = []
        for head in heads:
            for token in self._conjuncts(head):
                mention = self._mention_of(token, candidate)
                if mention is not None and mention not in found:
                    found.append(mention)
        return prefer_people(found, self._parsed.text)

    def _conjuncts(self, token: Token) -> list[Token]:
        result = [token]
        for child in self._children.get(token.index, []):
            if child.dep == "conj":
                result += self._conjuncts(child)
        return result

    def _mention_of(self, token: Token, candidate: TriggerCandidate) -> EntityMention | None:
        direct = self._usable(self._index.at(token.index), candidate)
        if direct is not None:
            return direct
        best: EntityMention | None = None
        best_token = token
        children = self._children.get(token.index, [])
        stack = [c for c in children if c.dep not in _SKIP_IN_ARGUMENT]
        if token.lemma.lower() in self._role_nouns:
            # "le chancelier allemand Friedrich Merz": the title's holder, not its country
            for child in children:
                holder = self._index.at(child.index) if child.dep == "appos" else None
                if holder is not None and holder.type == "PERSON":
                    usable = self._usable(holder, candidate)
                    if usable is not None:
                        return usable
        while stack:
            current = stack.pop()
            mention = self._usable(self._index.at(current.index), candidate)
            if mention is not None and self._demonym_of_thing(mention, current, candidate):
                mention = None
            if mention is not None and (
                best is None or self._rank(mention, current) < self._rank(best, best_token)
            ):
                best, best_token = mention, current
            stack += [
                c for c in self._children.get(current.index, []) if c.dep not in {"conj", "cc"}
            ]
        return best

    def _rank(self, mention: EntityMention, token: Token) -> tuple[bool, int, int]:
        """Which named word of an argument's phrase stands for it: not a place after a
        preposition of place ("la police russe à Moscou" is Russia's police), then people,
        organisations, states, demonyms, the first first."""
        place = any(
            c.dep == "case" and c.lemma.lower() in self._place_preps
            for c in self._children.get(token.index, [])
        )
        return (place, _TYPE_RANK.get(mention.type, 9), mention.start)

    def _usable(
        self, mention: EntityMention | None, candidate: TriggerCandidate
    ) -> EntityMention | None:
        if mention is None or mention.start in self._excluded:
            return None
        if not is_participant(mention):
            return None
        if candidate.start <= mention.start < candidate.end and not self._in_gap(
            mention, candidate
        ):
            return None
        return mention

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

    # ------------------------------------------------------------------ word order

    def _from_word_order(self, sentence: Sentence, candidate: TriggerCandidate) -> RoleResult:
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
        governed = self._prepositional_names(earlier, candidate)
        before = [m for m in earlier if m not in governed]
        after_limit = min(
            self._token_end(candidate.last + _RECIPIENT_WINDOW, sentence),
            self._relative_clause_start(sentence, candidate),
        )
        # "condannato l'ex sindaco a cinque anni": a participant in the pattern's gap is
        # acted on, before those after the trigger
        after = [m for m in mentions if m.start >= candidate.start and m.start < after_limit]
        pronoun: str | None = None
        actors: list[EntityMention] = []
        if (
            candidate.nominal
            and after
            and candidate.last < len(self._parsed.tokens)
            and self._parsed.tokens[candidate.last].text.lower() in _BETWEEN
        ):
            # "scontri tra l'esercito maliano e i ribelli", "enfrentamientos entre …": the
            # sides of the fight all act
            sides = self._coordinated(after, backwards=False)
            return RoleResult(tuple(prefer_people(sides, self._parsed.text)), (), None)
        agent = self._passive_agent(sentence, candidate, after)
        group_agent = None if agent is not None else self._agent_group(sentence, candidate)
        if agent is not None or group_agent is not None:
            # "Kyiv è stata attaccata dalla Russia", "Un giornalista è stato ucciso da due
            # sicari": the named agent, or an unnamed group, acts on the subject
            if agent is not None:
                actors = self._coordinated(after[after.index(agent) :], backwards=False)
            else:
                actors = [group_agent] if group_agent is not None else []
            return RoleResult(
                tuple(prefer_people(actors, self._parsed.text)),
                self._passive_patients(sentence, candidate, before),
                None,
            )
        if (
            before
            and self._strict_passive(sentence, candidate)
            and self._passive_without_agent_words(sentence, candidate)
        ):
            # "Due soldati ucraini sono stati uccisi", "fue detenido en Caracas": the subject
            # is acted on, by no one named
            patients = self._passive_patients(sentence, candidate, before)
            if patients:
                return RoleResult((), patients, None)
        if self._parsed.language == "de":
            passive = self._german_passive(sentence, candidate, before)
            if passive is not None:
                return passive
            framed = self._german_verb_frame(sentence, candidate, before, after)
            if framed is not None:
                return framed
        genitive = self._genitive_agent(sentence, candidate, after)
        if genitive is not None:
            # "un ataque de Gadafi sobre barcos de la OTAN": the one whose attack it is acts
            targets = [m for m in after if m.start > genitive.end]
            return RoleResult(
                (genitive,), tuple(prefer_people(targets, self._parsed.text)[:1]), None
            )
        group = None if before else self._word_order_group(sentence, candidate, mentions)
        if (
            group is not None
            and self._strict_passive(sentence, candidate)
            and self._passive_without_agent_words(sentence, candidate)
        ):
            # "I ribelli sono stati arrestati": the group is acted on, by no one named
            return RoleResult((), (group,), None)
        if before and self._comma_gerund(candidate):
            # "Crosetto ha visitato Kiev, promettendo nuovi aiuti": the gerund's subject is
            # the clause's, not the last name before it; after a quotation, the speaker's
            # ("«…», ha detto Zelensky, chiedendo …")
            actors = self._coordinated(self._after_quotation(before, candidate), backwards=False)
        elif before:
            actors = self._coordinated(list(reversed(before)), backwards=True)
        elif group is not None:  # "i manifestanti hanno bloccato…", "Rebellen griffen … an"
            actors = [group]
            after = [m for m in after if not (group.start <= m.start < group.end)]
        elif self._parsed.language == "de" and after and not self._against_follows(candidate):
            actors = self._coordinated(after, backwards=False)
            after = [m for m in after if m not in actors]
        elif governed and governed[-1].type in {"PERSON", "ORG"}:
            # "Per Meloni si tratta della seconda visita a Kiev": a person or a body named in
            # a phrase of the clause, rather than one told before
            actors = [governed[-1]]
        elif not self._passive_without_agent_words(sentence, candidate):
            # "el gobierno anunció …"; a verb's dropped subject ("ha annunciato"), which an
            # event noun whose phrase names a party lacks ("all'offensiva dei qaedisti di
            # al-Shabaab")
            pronoun = self._word_order_reference(sentence, candidate)
            if pronoun is None and not (after and self._in_prepositional_phrase(candidate)):
                pronoun = "dropped"
        # a passive with no agent ("è stato colpito l'ospedale") names no actor to resolve
        recipients = self._coordinated(after, backwards=False) if after else []
        return RoleResult(
            tuple(prefer_people(actors, self._parsed.text)),
            tuple(prefer_people(recipients, self._parsed.text)),
            pronoun,
        )

    def _genitive_agent(
        self, sentence: Sentence, candidate: TriggerCandidate, after: Sequence[EntityMention]
    ) -> EntityMention | None:
        """The name in an event noun's "of" phrase when a phrase of its target follows ("el
        ataque de Rusia contra Ucrania", "l'attacco della Russia all'Ucraina"): the first is
        whose act it is. (Alone, "la invasión de Ucrania" names the one invaded.)"""
        targets = _TARGET_PREPOSITIONS.get(self._parsed.language)
        if targets is None or not after or not self._is_noun_trigger(sentence, candidate):
            return None
        first = after[0]
        if first.start < candidate.end or first.start in self._excluded:
            return None
        text = self._parsed.text
        words = _words(text[candidate.end : first.start])
        genitives = _PATIENT_PREPOSITIONS.get(self._parsed.language, frozenset()) - targets
        if not (
            0 < len(words) <= 2
            and words[0] in genitives
            and all(w in _PATIENT_ARTICLES for w in words[1:])
        ):
            return None
        following = _words(text[first.end : first.end + 40])[:3]
        return first if following and following[0] in targets else None

    def _prepositional_names(
        self, mentions: Sequence[EntityMention], candidate: TriggerCandidate
    ) -> list[EntityMention]:
        """The names among ``mentions`` that a preposition introduces, with those
        coordinated to them ("con Turquía y las Naciones Unidas")."""
        found: list[EntityMention] = []
        for mention in mentions:
            if self._relative_follows(mention, candidate):
                continue
            joint = _words(self._parsed.text[found[-1].end : mention.start]) if found else []
            coordinated = (
                bool(joint)
                and joint[0] in self._coordinators
                and joint[0] != ","
                and all(w in _PATIENT_ARTICLES or w in {"los", "las", "les"} for w in joint[1:])
            )
            if self._introduced_by_preposition(mention) or coordinated:
                found.append(mention)
        return found

    def _relative_follows(self, mention: EntityMention, candidate: TriggerCandidate) -> bool:
        """Whether a relative pronoun right after a name opens the trigger's clause ("con
        Zelenski, que agradeció", "avec Zelensky, qui a remercié"): the name is its subject."""
        words = [w for w in _words(self._parsed.text[mention.end : candidate.start]) if w != ","]
        return bool(words) and words[0] in _RELATIVE_PRONOUNS

    def _introduced_by_preposition(self, mention: EntityMention) -> bool:
        """A name that a preposition other than "of" introduces, perhaps with an article
        ("a Trípoli", "secondo la Russia", "selon Moscou"): never the subject of a clause in
        the word order of it/es/fr/pt."""
        prepositions = _SUBJECTLESS_PREPOSITIONS.get(self._parsed.language)
        if prepositions is None:
            return False
        index = self._token_at(mention.start)
        for token in reversed(self._parsed.tokens[max(0, index - 2) : index]):
            word = _normal(token.text)
            if word in prepositions:
                return True
            if word not in _PATIENT_ARTICLES and word not in {"el", "los", "las", "les"}:
                return False
        return False

    def _in_prepositional_phrase(self, candidate: TriggerCandidate) -> bool:
        """An event noun right after a preposition ("far fronte all'offensiva", "durante
        gli scontri"): no verb's object, so no dropped subject of a verb does it."""
        if candidate.first == 0:
            return False
        word = _normal(self._parsed.tokens[candidate.first - 1].text)
        language = self._parsed.language
        prepositions = (
            _PATIENT_PREPOSITIONS.get(language, frozenset())
            | self._place_preps
            | _NOUN_PREPOSITIONS.get(language, frozenset())
        )
        return word in prepositions and word not in _PATIENT_ARTICLES

    def _passive_patients(
        self, sentence: Sentence, candidate: TriggerCandidate, before: Sequence[EntityMention]
    ) -> tuple[EntityMention, ...]:
        """Who a passive acts on, without a parse: the participants before the trigger in its
        own clause (not the speaker of "X ha affermato che l'ospedale è stato colpito")."""
        opening = self._clause_opening(sentence, candidate)
        patients = [m for m in before if m.start >= opening]
        if not patients:
            return ()
        recipients = self._coordinated(list(reversed(patients)), backwards=True)
        return tuple(prefer_people(recipients, self._parsed.text))

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
        recipients = self._coordinated(list(reversed(patients)), backwards=True) if patients else []
        return RoleResult(
            tuple(prefer_people(actors, self._parsed.text)),
            tuple(prefer_people(recipients, self._parsed.text)),
            None,
        )

    def _clause_opening(self, sentence: Sentence, candidate: TriggerCandidate) -> int:
        """Where the trigger's clause starts, without a parse: after the last "che", "que",
        "dass" or "that" before it (the sentence's start when there is none)."""
        tokens = self._parsed.tokens
        for index in range(candidate.first - 1, sentence.first_token - 1, -1):
            if tokens[index].text.lower() in _COMPLEMENTIZERS:
                return tokens[index].end
        return sentence.start

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

    def _relative_clause_start(self, sentence: Sentence, candidate: TriggerCandidate) -> int:
        """Where a relative clause after the trigger begins (", der …", ", che …", ", qui …"):
        who is named in it is no participant of the trigger's clause ("Scholz traf Macron,
        der die Ukraine unterstützt"). The sentence's end when there is none."""
        tokens = self._parsed.tokens
        for index in range(candidate.last, sentence.last_token - 1):
            if (
                tokens[index].text == ","
                and tokens[index + 1].text.lower() in _RELATIVE_PRONOUNS
                and not self._german_infinitive(sentence, index)
            ):
                return tokens[index].start
        return sentence.end

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
        auxiliary = next(
            (
                tokens[i]
                for i in range(clause_start, candidate.first)
                if tokens[i].text.lower() in _GERMAN_AUXILIARIES
            ),
            None,
        )
        if auxiliary is None:
            return None
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
            return RoleResult((agent,), tuple(recipients), None)
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
                and _touches(text, m.end, auxiliary.start)
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

    def _clause_start(self, sentence: Sentence, candidate: TriggerCandidate) -> int:
        """The first token of the clause the trigger is in (after a comma, a colon …)."""
        tokens = self._parsed.tokens
        for index in range(candidate.first - 1, sentence.first_token - 1, -1):
            if _CLAUSE_STOP.fullmatch(tokens[index].text):
                return index + 1
        return sentence.first_token

    def _incise_opening(self, sentence: Sentence, clause: int) -> int | None:
        """The comma that opens a short aside closed by the comma before token ``clause``
        (", durante l'incontro,", ", secondo fonti diplomatiche,"), when that aside is a
        prepositional or adverbial phrase (its first word is no verb, name or number)."""
        tokens = self._parsed.tokens
        closing = clause - 1
        if closing <= sentence.first_token or tokens[closing].text != ",":
            return None
        for index in range(closing - 1, max(sentence.first_token, closing - _INCISE_WORDS) - 1, -1):
            if tokens[index].text == ",":
                first = tokens[index + 1].text
                if index + 1 < closing and first[:1].islower() and first.isalpha():
                    return index if index > sentence.first_token else None
                return None
            if _CLAUSE_STOP.fullmatch(tokens[index].text):
                return None
        return None

    def _word_order_group(
        self,
        sentence: Sentence,
        candidate: TriggerCandidate,
        mentions: Sequence[EntityMention],
    ) -> EntityMention | None:
        """An unnamed collective actor without a parse: the nearest group noun before the
        trigger in its clause ("i manifestanti", "la policía", "Demonstranten"), or in German
        right after the verb ("Am Montag griffen Rebellen … an"), with the country named
        next to it ("la polizia turca", "die Armee Israels"). An institution noun alone
        ("die Regierung") is a named one told before: no group."""
        tokens = self._parsed.tokens
        clause = self._clause_start(sentence, candidate)
        lowest = max(clause, candidate.first - 6)
        positions = list(range(candidate.first - 1, lowest - 1, -1))
        opening = self._incise_opening(sentence, clause)
        if opening is not None:  # "I ministri, durante l'incontro, concorderanno"
            positions += range(opening - 1, max(sentence.first_token, opening - 3) - 1, -1)
        if self._parsed.language == "de":
            positions += range(candidate.first + 1, min(sentence.last_token, candidate.first + 3))
        for index in positions:
            token = tokens[index]
            noun = self._group_noun(token)
            if noun is None and index > sentence.first_token:
                # "las centrales sindicales", "i caschi blu": a group named in two words
                pair = f"{tokens[index - 1].text.lower()} {token.text.lower()}"
                if pair in self._group_nouns:
                    noun = pair
            if noun is None or self._index.at(index) is not None:
                continue
            first = tokens[index - 1] if " " in noun else token
            near = [
                m
                for m in mentions
                if m.type in _COUNTRY_TYPES
                and _gap(m, token) <= _GROUP_COUNTRY_GAP
                and not (candidate.start <= m.start < candidate.end)
            ]
            country = min(near, key=lambda m: _gap(m, token), default=None)
            if noun in self._institution_nouns and country is None:
                if index > 0 and _normal(tokens[index - 1].text) in _OF_WORDS:
                    continue  # "i sostenitori dell'opposizione": the group is further back
                return None
            start = min(first.start, country.start) if country is not None else first.start
            end = max(token.end, country.end) if country is not None else token.end
            return _group_mention(self._parsed.text, start, end, noun, _country_code(country))
        return None

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
        auxiliary in the three words before it, with no agent preposition in the three
        after ("è stato colpito l'ospedale")?"""
        if candidate.nominal or not self._after_passive_auxiliary(sentence, candidate):
            return False
        following = self._parsed.tokens[
            candidate.last : min(sentence.last_token, candidate.last + 3)
        ]
        return not any(self._is_agent_preposition(t) for t in following)

    def _agent_group(self, sentence: Sentence, candidate: TriggerCandidate) -> EntityMention | None:
        """Without a parse: the group noun that is a passive's agent ("ucciso dai ribelli",
        "detenido por soldados"), within three words of an agent preposition right after
        the participle."""
        if candidate.nominal or not self._after_passive_auxiliary(sentence, candidate):
            return None
        tokens = self._parsed.tokens
        end = sentence.last_token
        following = range(candidate.last, min(end, candidate.last + 2))
        preposition = next((i for i in following if self._is_agent_preposition(tokens[i])), None)
        if preposition is None:
            return None
        for index in range(preposition + 1, min(end, preposition + 4)):
            noun = self._group_noun(tokens[index])
            if noun is not None and noun not in self._institution_nouns:
                token = tokens[index]
                return _group_mention(self._parsed.text, token.start, token.end, noun, None)
            if self._index.at(index) is not None:
                return None  # a name: the named agent, found elsewhere
        return None

    def _strict_passive(self, sentence: Sentence, candidate: TriggerCandidate) -> bool:
        """Is the trigger right after an auxiliary that only a passive has ("stato", "venne",
        "fue", "sido"; not "è" or "sono", which also make the perfect of "scendere" or
        "impegnarsi", nor the "Stati" of "Stati Uniti")?"""
        strict = _STRICT_PASSIVE.get(self._parsed.language)
        if strict is None or candidate.nominal:
            return False
        first = max(sentence.first_token, candidate.first - 2)
        return any(t.text in strict for t in self._parsed.tokens[first : candidate.first])

    def _after_passive_auxiliary(self, sentence: Sentence, candidate: TriggerCandidate) -> bool:
        """Is a passive auxiliary among the three words before the trigger?"""
        first = max(sentence.first_token, candidate.first - 3)
        return any(
            t.text.lower() in self._passive_aux
            for t in self._parsed.tokens[first : candidate.first]
        )

    def _is_agent_preposition(self, token: Token) -> bool:
        """ "by", "da", "dalla", "par", "por", "dall'" …: a passive's agent follows."""
        word = token.text.lower().replace("’", "'")
        return word in self._agent_preps or any(
            word.startswith(prep) for prep in self._agent_preps if prep.endswith("'")
        )

    def _passive_agent(
        self, sentence: Sentence, candidate: TriggerCandidate, after: Sequence[EntityMention]
    ) -> EntityMention | None:
        """The entity after an agent preposition of a passive trigger ("fue atacada por X")."""
        tokens = self._parsed.tokens
        following = tokens[candidate.last : min(sentence.last_token, candidate.last + 3)]
        # "gli attacchi portati dalla Russia", "les frappes menées par la Russie"
        reduced = any(t.text.lower().endswith(self._participles) for t in following[:2])
        if not after or not (reduced or self._after_passive_auxiliary(sentence, candidate)):
            return None
        for position, token in enumerate(following):
            if self._is_agent_preposition(token):
                rest = following[position + 1 :]
                limit = rest[-1].end if rest else token.end
                nearby = [m for m in after if token.end <= m.start <= limit + 40]
                return nearby[0] if nearby else None
        return None

    def _token_end(self, token_index: int, sentence: Sentence) -> int:
        last = min(token_index, sentence.last_token) - 1
        return self._parsed.tokens[last].end if last >= 0 else sentence.end

    def _coordinated(self, ordered: list[EntityMention], backwards: bool) -> list[EntityMention]:
        """The first mention and those joined to it by coordinators or adjacency."""
        chosen = [ordered[0]]
        for mention in ordered[1:]:
            previous = chosen[-1]
            left, right = (mention, previous) if backwards else (previous, mention)
            between = self._parsed.text[left.end : right.start].strip().lower()
            words = between.split()
            if between and not all(
                word in self._coordinators or _is_filler(word) for word in words
            ):
                break
            chosen.append(mention)
        return sorted(chosen, key=lambda m: m.start)


#: German past participles (ge-…-t/-en, with a separable prefix before "ge", or -iert) and
#: the auxiliaries of the passive past ("wurde … festgenommen", "ist … getötet worden").
_GERMAN_PARTICIPLE = re.compile(r"^(?:[a-zäöü]*ge[a-zäöüß]+(?:t|en)|[a-zäöüß]+iert)$")
_GERMAN_PASSIVE_AUXILIARIES = frozenset({"wurde", "wurden", "worden"})
#: German prepositions after which the party acted on follows ("Anklage gegen …").
_AGAINST = frozenset({"gegen", "wider"})

#: Auxiliaries that make only a passive, as written (lowercase), right before a participle.
_STRICT_PASSIVE = {
    "it": frozenset({"stato", "stata", "stati", "state", "venne", "vennero", "viene", "vengono"}),
    "es": frozenset({"fue", "fueron", "sido", "será", "serán"}),
}

#: "Between" (the sides of a reciprocal event, with a parse or by word order).
_BETWEEN = frozenset({"between", "entre", "tra", "fra", "zwischen"})

#: Possessives and nouns of a counterpart, between two coordinated participants.
_COUNTERPART_WORDS = frozenset(
    {
        "his",
        "her",
        "its",
        "their",
        "counterpart",
        "counterparts",
        "suo",
        "sua",
        "loro",
        "omologo",
        "omologa",
        "omologhi",
        "collega",
        "son",
        "sa",
        "ses",
        "leur",
        "homologue",
        "homologues",
        "su",
        "sus",
        "homólogo",
        "homóloga",
        "homólogos",
        "sein",
        "seine",
        "seinem",
        "seinen",
        "ihr",
        "ihre",
        "ihrem",
        "ihren",
        "amtskollege",
        "amtskollegin",
        "amtskollegen",
        "kollege",
        "kollegin",
    }
)

#: "Of" and its article forms before a noun that qualifies a group noun ("sostenitori
#: dell'opposizione", "Anhänger der Opposition", "partisans de l'opposition").
_OF_WORDS = frozenset(
    {
        "of",
        "di",
        "del",
        "della",
        "dell'",
        "dello",
        "dei",
        "degli",
        "delle",
        "der",
        "des",
        "de",
        "du",
        "d'",
        "l'",
        "la",
    }
)


def _normal(word: str) -> str:
    return word.lower().replace("’", "'")


def _words(between: str) -> list[str]:
    """The words of a short stretch of text, lowercased, an elided article kept whole with
    its apostrophe ("dell'", "l'")."""
    return re.findall(r"[^\W\d_]+'?|[^\s\w]+", _normal(between))


def _is_filler(word: str) -> bool:
    """Short title words between coordinated names ("e il presidente"), and the counterpart
    of the first ("e il suo omologo tunisino", "y su homólogo", "und sein Amtskollege")."""
    return word in _COUNTERPART_WORDS or word in {
        "the",
        "il",
        "la",
        "le",
        "les",
        "der",
        "die",
        "el",
        "lo",
        "i",
        "gli",
        "los",
        "las",
    }


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
                and not _SEPARATOR.search(text[mention.end : person.start])
                for person in people
            )
            if qualifies:
                continue
        if mention not in kept:
            kept.append(mention)
    return kept


def _group_mention(text: str, start: int, end: int, slug: str, code: str | None) -> EntityMention:
    """An unnamed collective actor: ``group/[ISO3/]slug``, the words as its name."""
    words = text[start:end]
    return EntityMention(
        start=start,
        end=end,
        text=words,
        type="ORG",
        entity_id=f"{GROUP_PREFIX}{code}/{slug}" if code else f"{GROUP_PREFIX}{slug}",
        name=words,
        confidence=0.5,
        country=code,
    )


def _gap(mention: EntityMention, token: Token) -> int:
    """Characters between a mention and a token (0 when they touch or overlap)."""
    return max(mention.start - token.end, token.start - mention.end, 0)


def _country_code(mention: EntityMention | None) -> str | None:
    """The ISO code of the country a mention names, if it names one."""
    if mention is None:
        return None
    if mention.country:
        return mention.country
    if mention.entity_id.startswith("country/"):
        return mention.entity_id.split("/", 1)[1]
    return None


def _word_before(text: str, offset: int) -> str:
    """The word before ``offset``, lowercased ("" at the start)."""
    found = _PREVIOUS_WORD.search(text, max(0, offset - 40), offset)
    return found.group(1).lower() if found else ""


def _touches(text: str, left: int, right: int) -> bool:
    """Only whitespace or a German article lies between two offsets."""
    words = text[left:right].split()
    return all(word.lower() in _GERMAN_ARTICLES for word in words)
