"""Unnamed collective actors: "the rebels", "university students", "la polizia turca".

A subject without a named entity that is a group becomes an actor of its own, with a
``group/`` id and the country named in it; with a parse from the subject's phrase, without
one from the group noun nearest the trigger in its clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from annals.events.roles_base import RoleFinderBase, is_participant
from annals.events.roles_words import (
    CLAUSE_STOP,
    COOPERATIVE_TYPES,
    COUNTERPART_WORDS,
    DETERMINERS,
    NUMBER_WORDS,
    OBJECT_DEPS,
    OF_PREPOSITIONS,
    OF_WORDS,
    PATIENT_ARTICLES,
    PATIENT_PREPOSITIONS,
    QUANTITY_NOUNS,
    TIME_ADVERBS,
    normalize_word,
)
from annals.events.triggers import TriggerCandidate
from annals.language import stop_words
from annals.models import GROUP_PREFIX, EntityMention, Sentence, Token

_INCISE_WORDS = 6  # at most so many words in an aside between commas
#: Dependents of a group noun that belong to its name ("Israeli police", "university students").
_GROUP_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "flat"})
#: Names that may qualify a thing rather than name a party: nationalities ("Russian gas")
#: and product or maker names the recogniser tagged, even as people ("50 Lynx vehicles").
_THING_QUALIFIERS = frozenset({"NORP", "ORG", "PRODUCT", "MISC", "PERSON"})
#: Group nouns that stand for the state of the country they are in ("the authorities in Kenya").
_STATE_NOUNS = frozenset({"government", "authority", "administration", "regime", "gouvernement"})
#: Nouns of a collection whose "of" phrase names its members, who act ("un grupo de ONGs").
_COLLECTIVE_HEADS = frozenset({"grupo", "gruppo", "groupe", "group", "gruppe"})
#: Endings of an infinitive after a bare "of" ("manifestanti di ▮muovere accuse"): a verb,
#: not the common noun that says which group it is.
_INFINITIVE_ENDING = re.compile(r"(?:are|ere|ire|ar|er|ir)$")
#: Nouns of a state's army or police as a body (not their staff: "soldati", "militari"):
#: with the state's demonym, they are the state ("l'esercito russo", "l'armée syrienne").
STATE_BODIES = frozenset({"esercito", "ejército", "armée", "army", "armee", "polizia", "policía"})
#: Prepositions that place a group in a country ("rebels in the Ivory Coast") or name whose
#: part it is ("leaders of the Group of Seven": OF_PREPOSITIONS).
_GROUP_PREPOSITIONS = frozenset({"in", "of", "from", "en", "de", "du", "des"})
_COUNTRY_TYPES = frozenset({"GPE", "NORP"})
#: How far (in characters) a country may stand from a group noun it qualifies
#: ("la polizia turca", "die Armee Israels", "las fuerzas de seguridad de Siria").
_GROUP_COUNTRY_GAP = 16
#: Types whose group after the verb is what is sent, not who is acted on ("el envío de 500
#: soldados a Letonia").
MOVED_GROUP_TYPES = frozenset({"MOBILIZE", "AID"})
#: Tokens after a verb within which the group it acts on is looked for.
_OBJECT_WINDOW = 5
_NAMED_TYPES = frozenset({"ORG", "GPE", "NORP"})
#: An Italian age used as a noun: "il 32enne", "una ventenne" is said "una 20enne" too.
_ITALIAN_AGE = re.compile(r"\d{1,3}enn[ei]")

#: "Of" words with no article: a town's name follows them without one ("di Sassuolo").
_BARE_OF_WORDS = frozenset({"of", "di", "de", "d'", "von"})
#: "Other" as a person noun ("l'altro", "el otro"), an adjective before a noun.
OTHER_WORDS = frozenset({"altro", "altra", "altri", "altre", "otro", "otra", "otros", "otras"})


class GroupRoles(RoleFinderBase):
    """Finds unnamed collective actors, with a parse and without one."""

    def _groups(
        self, heads: Sequence[Token], candidate: TriggerCandidate, people: bool = False
    ) -> list[EntityMention]:
        """Unnamed collective actors ("the rebels", "university students", "Israeli police",
        "opposition parties in Nepal") for subjects without a named entity: the phrase
        itself, with the country named in it. A state noun of a country ("the government
        of Sudan") is that country. With ``people``, unnamed people too ("deux hommes")."""
        return self._conjunct_mentions(heads, lambda token: self._group(token, candidate, people))

    def _group(
        self, token: Token, candidate: TriggerCandidate, people: bool = False, counted: bool = False
    ) -> EntityMention | None:
        """The group ``token`` names; ``counted``: a quantity noun counts it, and it may be
        parsed as an adjective ("des centaines de ▮civils")."""
        nominal = token.pos in {"NOUN", "PROPN"} or (counted and token.pos == "ADJ")
        if not nominal or self._index.at(token.index) is not None:
            return None
        if candidate.first <= token.index < candidate.last and not (
            people and token.dep in OBJECT_DEPS and token.head == candidate.head
        ):
            # the trigger's own words name no group, unless the pattern holds the people
            # its verb acts on ("libèrent les ▮otages")
            return None
        people_counted = self._counted(token)
        if people_counted is not None:  # "dozens of ▮protesters"
            return self._group(people_counted, candidate, people, counted=True)
        noun = self._group_noun(token, people)
        owner = self._kin_owner(token)
        if noun is None and owner is not None:
            noun = token.lemma.lower()  # "Elian's father": his kin, named with him
        if noun is None:
            return None
        children = self._children.get(token.index, [])
        modifiers = [c for c in children if c.dep in _GROUP_MODIFIER_DEPS and c.index < token.index]
        if owner is not None:
            modifiers.append(owner)
        first = min([token.index] + [self._left_edge(c) for c in modifiers])
        last = token.index
        country = next((m for m in map(self._country_in, modifiers) if m is not None), None)
        demonym = self._demonym_after(token) if country is None else None
        if demonym is not None:
            if self._is_state_body(noun):
                return demonym  # "l'armée syrienne", "le gouvernement libyen": the state
            country = demonym  # "des militaires syriens"
            last = token.index + 1
        for child in children:
            preposition = child.lemma.lower()
            if child.dep != "prep" or preposition not in _GROUP_PREPOSITIONS:
                continue
            named = self._named_in(child, _NAMED_TYPES, self._excluded)
            if preposition in OF_PREPOSITIONS and named is not None:
                return named  # "leaders of the Group of Seven", "the government of Sudan"
            place = self._named_in(child, _COUNTRY_TYPES)
            if place is not None and country is None:
                country = place
                last = max(last, self._right_edge(child))
        if noun in self._institution_nouns and not modifiers and country is None:
            return None  # "the government", "the alliance": a named one told before
        # "les forces ▮de l'ordre", "sons ▮of the dictator": the group's own common noun
        last = max(last, self._common_of_child(token, children))
        if country is not None and noun in _STATE_NOUNS and not modifiers:
            return country  # "the authorities in Kenya"
        tokens = self._parsed.tokens
        start, end = tokens[first].start, tokens[last].end
        lemmas = [t.lemma.lower() for t in tokens[first : token.index] if t.text.isalpha()]
        slug = "-".join([*lemmas, noun])
        return group_mention(self._parsed.text, start, end, slug, _country_code(country))

    def _counted(self, token: Token) -> Token | None:
        """The noun a quantity noun counts, in its "of" phrase ("dozens ▮of protesters", "des
        dizaines ▮de manifestants", "migliaia di persone"); None for any other noun."""
        if token.text.lower() not in QUANTITY_NOUNS:
            return None
        for child in self._children.get(token.index, []):
            if child.index < token.index:
                continue
            if child.dep == "prep" and child.lemma.lower() in OF_PREPOSITIONS:
                return next(
                    (c for c in self._children.get(child.index, []) if c.dep == "pobj"), None
                )
            if child.dep == "nmod" and child.pos in {"NOUN", "PROPN", "ADJ"}:
                return child
        return None

    def _demonym_of_place(self, mention: EntityMention, named: Token) -> bool:
        """Is ``mention`` a nationality adjective of a place noun (``place_nouns``: "in the
        Ethiopian capital", "at the Syrian border")? It tells where, not who."""
        if mention.type != "NORP" or named.dep not in {"amod", "compound"}:
            return False
        return self._parsed.tokens[named.head].lemma.lower() in self._place_nouns

    def _kin_owner(self, token: Token) -> Token | None:
        """The person who owns a noun of kin (``kin_nouns``: "Elian's father", "the Slepian
        family"), or None."""
        if token.lemma.lower() not in self._kin_nouns and token.text.lower() not in self._kin_nouns:
            return None
        for child in self._children.get(token.index, []):
            # "Elian's father", "the Slepian family"
            if (
                child.dep in {"poss", "nmod:poss"}
                or (child.dep == "compound" and child.index < token.index)
            ) and self._is_person(child):
                return child
        return None

    def _is_person(self, token: Token) -> bool:
        """Does token ``token`` start a mention of a person?"""
        mention = self._index.at(token.index)
        return mention is not None and mention.type == "PERSON"

    def _common_of_child(self, token: Token, children: Sequence[Token]) -> int:
        """The last token of a group noun's "of" phrase whose noun is a common one, with no
        name in it ("forces ▮de l'ordre", "sons ▮of the dictator", in at most four
        tokens); ``token``'s own index where there is none."""
        for child in children:
            if child.index <= token.index:
                continue
            if child.dep == "prep" and child.lemma.lower() in OF_PREPOSITIONS:
                nouns = [c for c in self._children.get(child.index, []) if c.dep == "pobj"]
            elif child.dep == "nmod" and any(
                c.dep == "case" and c.lemma.lower() in OF_PREPOSITIONS
                for c in self._children.get(child.index, [])
            ):
                nouns = [child]
            else:
                continue
            noun = nouns[0] if nouns else None
            if noun is None or noun.pos != "NOUN" or not noun.text.islower():
                return token.index
            edge = self._right_edge(noun)
            inside = range(token.index + 1, edge + 1)
            if edge - token.index > 4 or any(self._index.at(i) is not None for i in inside):
                return token.index
            return edge
        return token.index

    def _demonym_after(self, token: Token) -> EntityMention | None:
        """The country whose demonym adjective follows ``token`` ("armée ▮syrienne"), by
        word order: the parse may take the adjective for a verb ("syrienne" as a root)."""
        found = self._index.at(token.index + 1)
        if found is not None and is_state_demonym(found) and found.text[:1].islower():
            return found
        return None

    def _is_state_body(self, noun: str) -> bool:
        """Is ``noun`` a state's army, police or government as a body? With the state's
        demonym it is that state ("l'esercito russo", "el gobierno sirio")."""
        return noun in STATE_BODIES or noun in self._institution_nouns

    def _demonym_of_thing(
        self, mention: EntityMention, token: Token, candidate: TriggerCandidate
    ) -> bool:
        """Is ``mention`` a nationality adjective of a thing rather than of people or a
        state ("the profits of frozen Russian assets", "to buy Russian gas")? It names no
        party to a cooperative act; "Russian troops", "the Russian government" do, and
        force may well fall on a thing ("strikes on Russian positions")."""
        if mention.type not in _THING_QUALIFIERS or candidate.type not in COOPERATIVE_TYPES:
            return False  # "Russian gas", and "50 Lynx vehicles", "Patriot systems"
        if token.dep not in {"amod", "compound"} or token.head == token.index:
            return False
        noun = self._parsed.tokens[token.head]
        if noun.pos not in {"NOUN", "PROPN"}:
            return False
        return (
            self._group_noun(noun) is None
            and noun.lemma.lower() not in self._role_nouns
            and noun.lemma.lower() not in COUNTERPART_WORDS  # "his Indian counterpart"
        )

    def _group_noun(self, token: Token, people: bool = False) -> str | None:
        """The group or institution noun ``token`` is, in the lexicon's form (a capitalised
        plural at the start of a sentence may be tagged a proper noun and keep its "s");
        with ``people``, a noun of unnamed people too ("l'uomo", "una mujer", "il 32enne")."""
        for word in (token.lemma.lower(), token.text.lower()):
            for form in (word, word[:-1] if word.endswith("s") else word):
                if form in self._group_nouns or form in self._institution_nouns:
                    return form
                if people and form in self._person_nouns and not self._qualifies_noun(token):
                    return form
        if people and self._parsed.language == "it" and _ITALIAN_AGE.fullmatch(token.text):
            return token.text.lower()
        return None

    def _qualifies_noun(self, token: Token) -> bool:
        """Is "other" (``OTHER_WORDS``) an adjective of the noun after it ("un altro giovane",
        "un altro aspetto"), not "the other" one ("l'altro è fuggito")?"""
        if token.text.lower() not in OTHER_WORDS or token.index + 1 >= len(self._parsed.tokens):
            return False
        following = self._parsed.tokens[token.index + 1]
        return (
            following.text.isalpha()
            and following.text.islower()
            and following.text.lower() not in self._auxiliaries
        )

    def _head_of_of_phrase(self, index: int, lowest: int) -> bool:
        """Does the noun at token ``index`` stand in an "of" phrase of a group or people
        noun before it ("la madre del ragazzo", "i sostenitori dei ribelli")? Then that
        noun heads the subject."""
        tokens = self._parsed.tokens
        position = self._past_article(index - 1, lowest)
        if position <= lowest or normalize_word(tokens[position].text) not in OF_WORDS:
            return False
        head = tokens[position - 1]
        if head.text.lower() in _COLLECTIVE_HEADS:
            return False  # "un grupo de ONGs": the NGOs act
        return self._group_noun(head, people=True) is not None

    def owning_group(self, mentions: Sequence[EntityMention]) -> EntityMention | None:
        """The group whose "of" phrase names ``mentions`` (a subject, without a parse): "i
        carabinieri di Bologna", "los manifestantes de Siria e Irán", "i genitori di Marco",
        "i lavoratori di Alcar" act as that group, with the country named; but "le forze di
        Gheddafi", "las tropas de Rusia" are the named party's, and "los rebeldes del M23"
        the organisation's, which acts."""
        if not mentions:
            return None
        first = min(mentions, key=lambda m: m.start)
        tokens = self._parsed.tokens
        position = self._token_at(first.start) - 1
        position = self._past_article(position)
        word = normalize_word(tokens[position].text) if position > 0 else ""
        if word not in OF_WORDS or word in {"l'", "la"}:
            return None
        noun_token = tokens[position - 1]
        noun = self._group_noun(noun_token, people=True)
        if (
            noun is None
            and position >= 2
            and noun_token.text.isalpha()
            and noun_token.text.islower()
        ):
            # one adjective between: "la Polizia locale di Modena", "i carabinieri forestali di …"
            noun_token = tokens[position - 2]
            noun = self._group_noun(noun_token, people=True)
        if noun is None or noun in self._institution_nouns:
            return None
        named = self._apposition_of_person(noun_token)
        if named is not None:
            return named  # "Seif al-Islam, figlio di Gheddafi": Seif
        if self._owner_acts(noun, first, bare=word in _BARE_OF_WORDS):
            return None
        code = _country_code(first)
        return group_mention(self._parsed.text, noun_token.start, noun_token.end, noun, code)

    def _apposition_of_person(self, noun: Token) -> EntityMention | None:
        """The name the noun stands in apposition to, perhaps after an article: right after
        it and a comma ("Seif al-Islam, figlio di …", "Juan Pérez, padre de …"); a person's
        name, or one the recogniser took for an organisation's that the knowledge base
        does not know."""
        tokens = self._parsed.tokens
        position = noun.index - 1
        position = self._past_article(position)
        if position < 1 or tokens[position].text != ",":
            return None
        mention = self._index.at(position - 1)
        if mention is None or not is_participant(mention):
            return None
        if mention.type == "PERSON" or mention.entity_id.startswith("local/ORG/"):
            return mention
        return None

    def _owner_acts(self, noun: str, owner: EntityMention, *, bare: bool = False) -> bool:
        """Does the party named in an "of" phrase of the group ``noun`` act for the group?
        An institution's ("the government of Sudan"), armed forces' commander or state ("le
        forze di Gheddafi"), and an organisation its members belong to ("los rebeldes del
        M23") do; not a group's place ("i carabinieri di Bologna"), nor whose people they are
        ("i genitori di Marco", "i lavoratori della Stellantis"). After an "of" with no
        article (``bare``), one word the recogniser took for an organisation's name that the
        knowledge base does not know is a town's ("i carabinieri di Sassuolo": organisations
        take the article, "della Digos", "del M23"). Police (``police_nouns``) are commanded
        by no one named in their "of" phrase: a person's name there is a misread town's."""
        if noun in self._institution_nouns:
            return True
        if bare and owner.entity_id.startswith("local/ORG/") and " " not in owner.text.strip():
            return False
        if noun in self._police_nouns and owner.type == "PERSON":
            return False  # "i carabinieri di Medolla": police serve a place, not a person
        commanded = owner.type in {"PERSON", "ORG"} or owner.entity_id.startswith("country/")
        if noun in self._force_nouns and commanded:
            return True
        return owner.type == "ORG" and noun not in self._person_nouns

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
                and not self._demonym_of_place(mention, current)
            ):
                return mention
            stack += reversed(self._children.get(current.index, []))
        return None

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
            if CLAUSE_STOP.fullmatch(tokens[index].text):
                return None
        return None

    def _word_order_group(
        self,
        sentence: Sentence,
        candidate: TriggerCandidate,
        mentions: Sequence[EntityMention],
        people: bool = False,
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
            # "Un ragazzo di 19 anni, residente a Carpi, è stato denunciato"
            positions += range(opening - 1, max(sentence.first_token, opening - 5) - 1, -1)
        if self._parsed.language == "de":
            positions += range(candidate.first + 1, min(sentence.last_token, candidate.first + 3))
        for index in positions:
            token = tokens[index]
            noun = self._group_noun(token, people)
            if noun is None and index > sentence.first_token:
                # "las centrales sindicales", "i caschi blu": a group named in two words
                pair = f"{tokens[index - 1].text.lower()} {token.text.lower()}"
                if pair in self._group_nouns:
                    noun = pair
            if noun is None or self._index.at(index) is not None:
                continue
            if self._coordinated_participle(index):
                continue  # "hanno ▮arrestato e denunciato": a verb, not "l'arrestato"
            if self._head_of_of_phrase(index, lowest):
                continue  # "la madre del ragazzo ha denunciato": the mother did
            first = tokens[index - 1] if " " in noun else token
            near = [
                m
                for m in mentions
                if m.type in _COUNTRY_TYPES
                and _gap(m, token) <= _GROUP_COUNTRY_GAP
                and not (candidate.start <= m.start < candidate.end)
                # not across the trigger: "El régimen bombardeó ▮Misrata" is the target
                and not (token.start < candidate.start <= m.start)
                # nor across a comma: "Las milicias, llevadas a Trípoli, …"
                and not any(
                    mark in self._parsed.text[min(m.end, token.end) : max(m.start, token.start)]
                    for mark in ",;:()"
                )
            ]
            country = min(near, key=lambda m: _gap(m, token), default=None)
            if noun in self._institution_nouns and country is None:
                if index > 0 and normalize_word(tokens[index - 1].text) in OF_WORDS:
                    continue  # "i sostenitori dell'opposizione": the group is further back
                return None
            start = min(first.start, country.start) if country is not None else first.start
            end = max(token.end, country.end) if country is not None else token.end
            # "las fuerzas ▮de seguridad", "los hijos ▮del dictador"
            end = max(end, self._common_of_phrase_end(index, candidate.first))
            return group_mention(self._parsed.text, start, end, noun, _country_code(country))
        return None

    def _trigger_group(
        self, candidate: TriggerCandidate, mentions: Sequence[EntityMention]
    ) -> EntityMention | None:
        """The trigger itself when it names the people who act ("i manifestanti", "los
        rebeldes", "Demonstranten"): a group noun, not an institution's, with the country
        named next to it ("manifestantes egipcios")."""
        if candidate.last != candidate.first + 1:
            return None
        token = self._parsed.tokens[candidate.first]
        noun = self._group_noun(token)
        if noun is None or noun in self._institution_nouns:
            return None
        return self._group_here(token, noun, mentions)

    def _object_group(
        self,
        sentence: Sentence,
        candidate: TriggerCandidate,
        mentions: Sequence[EntityMention],
    ) -> EntityMention | None:
        """Without a parse: the group noun a verb acts on, right after it past articles,
        prepositions and numbers ("ha sparato contro i manifestanti", "detuvo a dos
        periodistas", "a arrêté des manifestants"), with the country named next to it."""
        tokens = self._parsed.tokens
        end = min(sentence.last_token, candidate.last + _OBJECT_WINDOW)
        # from the trigger's second word: a pattern may hold its target ("disparó contra los
        # manifestantes")
        for index in range(candidate.first + 1, end):
            token = tokens[index]
            word = normalize_word(token.text)
            if CLAUSE_STOP.fullmatch(token.text) or self._index.at(index) is not None:
                return None
            if self._coordinated_participle(index) or self._qualifies_noun(token):
                continue  # "hanno fermato ▮e ▮arrestato tre giovani", "un ▮altro giovane"
            if (
                word in _object_fillers(self._parsed.language)
                or word in TIME_ADVERBS
                or token.text.isdigit()
            ):
                continue  # "detuvo ayer a veinte manifestantes"
            if index < candidate.last and normalize_word(
                tokens[index - 1].text
            ) not in _object_fillers(self._parsed.language):
                continue  # the trigger's own verb ("ha ▮acusado"), no target it holds
            noun = self._group_noun(token, people=True)
            if noun is None or noun in self._institution_nouns:
                return None
            return self._group_here(token, noun, mentions)
        return None

    def _coordinated_participle(self, index: int) -> bool:
        """Is token ``index`` one of two coordinated participles or the coordinator between
        them ("hanno fermato e arrestato", "fueron detenidos y golpeados")?"""
        tokens = self._parsed.tokens

        def participle(at: int) -> bool:
            return 0 <= at < len(tokens) and tokens[at].text.lower().endswith(self._participles)

        def coordinator(at: int) -> bool:
            return 0 <= at < len(tokens) and tokens[at].text.lower() in self._coordinators

        if coordinator(index):
            return participle(index - 1) and participle(index + 1)
        return participle(index) and (
            (coordinator(index - 1) and participle(index - 2))
            or (coordinator(index + 1) and participle(index + 2))
        )

    def _of_phrase_start(self, index: int) -> int | None:
        """The first word of the "of" phrase right after token ``index``, past an article
        ("attacco dei ▮talebani", "uomini della ▮polizia"); None where no "of" follows."""
        tokens = self._parsed.tokens
        position = index + 1
        if position >= len(tokens) or normalize_word(tokens[position].text) not in OF_WORDS:
            return None
        position += 1
        if position < len(tokens) and tokens[position].text.lower() in PATIENT_ARTICLES:
            position += 1
        return position if position < len(tokens) else None

    def _common_of_phrase_end(self, index: int, limit: int) -> int:
        """The end of a group noun at token ``index`` with the "of" phrase of a common noun
        that names which group it is ("las fuerzas ▮de la oposición▮", "le forze ▮del
        regime▮"), before token ``limit``; the noun's own end where no such phrase follows."""
        tokens = self._parsed.tokens
        end = tokens[index].end
        position = self._of_phrase_start(index)
        if position is None or position >= limit:
            return end
        word = tokens[position]
        bare = position == index + 2  # "di muovere", "de seguridad": no article
        if (
            word.text.isalpha()
            and word.text.islower()
            and word.text not in stop_words(self._parsed.language)
            and self._index.at(position) is None
            and not (bare and _INFINITIVE_ENDING.search(word.text))
        ):
            return word.end
        return end

    def _group_here(
        self, token: Token, noun: str, mentions: Sequence[EntityMention]
    ) -> EntityMention:
        """The group that ``token`` names, with the country named within a few characters; a
        nationality right after it is part of its name ("militari israeliani")."""
        near = [
            m for m in mentions if m.type in _COUNTRY_TYPES and _gap(m, token) <= _GROUP_COUNTRY_GAP
        ]
        country = min(near, key=lambda m: _gap(m, token), default=None)
        end = token.end
        if (
            country is not None
            and country.type == "NORP"
            and 0 <= country.start - token.end <= 1
            and country.text[:1].islower()
        ):
            end = country.end
        end = max(end, self._common_of_phrase_end(token.index, len(self._parsed.tokens)))
        return group_mention(self._parsed.text, token.start, end, noun, _country_code(country))

    def _agent_group(
        self, sentence: Sentence, candidate: TriggerCandidate, bare: bool = False
    ) -> EntityMention | None:
        """Without a parse: the group noun that is a passive's agent ("ucciso dai ribelli",
        "detenido por soldados"), within three words of an agent preposition in the words
        after the participle (``_words_after``; after a passive auxiliary, or ``bare``:
        with no auxiliary)."""
        if candidate.nominal or not (bare or self._after_passive_auxiliary(sentence, candidate)):
            return None
        tokens = self._parsed.tokens
        end = sentence.last_token
        following = [t.index for t in self._words_after(sentence, candidate)]
        preposition = next((i for i in following if self._is_agent_preposition(tokens[i])), None)
        if preposition is None:
            return None
        for index in range(preposition + 1, min(end, preposition + 4)):
            noun = self._group_noun(tokens[index], people=True)
            if noun is not None and noun not in self._institution_nouns:
                # "uccisi dai militari israeliani": the group, with its country
                mentions = self._index.in_span(sentence.start, sentence.end)
                return self._group_here(tokens[index], noun, mentions)
            if self._index.at(index) is not None:
                return None  # a name: the named agent, found elsewhere
        return None


def is_state_demonym(mention: EntityMention) -> bool:
    """Is ``mention`` a demonym that stands for a country ("sirio", "russe")?"""
    return mention.type == "NORP" and mention.entity_id.startswith("country/")


def group_mention(text: str, start: int, end: int, slug: str, code: str | None) -> EntityMention:
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


@cache
def _object_fillers(language: str) -> frozenset[str]:
    """Words that may stand between a verb and the group noun it acts on: articles,
    prepositions ("contro i", "a los"), numbers ("due", "decenas de")."""
    return (
        DETERMINERS
        | PATIENT_ARTICLES
        | PATIENT_PREPOSITIONS.get(language, frozenset())
        | NUMBER_WORDS
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
