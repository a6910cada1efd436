"""The arguments of a word in the dependency parse, and the mentions they name.

Subjects (through conjuncts, infinitives and gerunds), objects, agent and prepositional
phrases, pronoun and definite references ("they", "the government"), and the participant
that names each argument's phrase.
"""

from __future__ import annotations

from collections.abc import Sequence

from annals.events.quotes import CLOSING_MARKS, OPENING_MARKS
from annals.events.roles_base import is_participant, is_town, prefer_people
from annals.events.roles_groups import GroupRoles
from annals.events.roles_words import (
    BETWEEN,
    COUNTERPART_WORDS,
    OBJECT_DEPS,
    OBLIQUE_DEPS,
    OF_PREPOSITIONS,
    PASSIVE_AUXILIARY_DEPS,
    PASSIVE_SUBJECT_DEPS,
    QUALIFYING_PREPOSITIONS,
    SUBJECT_DEPS,
    TOPIC_VERBS,
)
from annals.events.triggers import TriggerCandidate
from annals.models import EntityMention, Token

#: English verbs never used without an object: with a subject and none, a headline's
#: passive ("Jackson arrested on suspicion of DUI", "Two soldiers killed in ambush").
_TRANSITIVE_ONLY = frozenset(
    {"arrest", "detain", "kill", "wound", "injure", "charge", "convict", "sentence", "jail"}
    | {"capture", "kidnap", "abduct", "expel", "deport", "execute", "indict", "imprison"}
)
_SKIP_IN_ARGUMENT = frozenset({"conj", "cc", "relcl", "acl", "acl:relcl", "advcl", "appos", "prep"})
_TYPE_RANK = {"PERSON": 0, "ORG": 1, "GPE": 2, "NORP": 3}
#: Nouns of membership: their "of" phrase names the body joined ("the 32nd member of NATO").
_MEMBER_NOUNS = frozenset({"member", "membre", "membership", "adhésion"})
#: Force aimed "at" someone names its target ("fired tear gas at protesters", "threw stones
#: at police"); elsewhere "at" names a place or an occasion ("met at the summit").
_TARGET_AT = frozenset({"at"})
_AIMED_TYPES = frozenset({"ASSAULT", "THREATEN", "COERCE"})
#: Nouns of a place whose "of" phrase names it ("the port of Izmail", "la ville de Kharkiv").
_PLACE_NOUNS = frozenset(
    {"port", "city", "town", "village", "region", "province", "district", "capital", "island"}
    | {"ville", "région", "province", "capitale", "île"}
)
_TITLE_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
#: Words of an office that may stand before a title it names ("the prime minister",
#: "the foreign minister", "le Premier ministre").
_OFFICE_WORDS = frozenset(
    {"prime", "foreign", "defence", "defense", "interior", "finance", "deputy", "acting"}
    | {"premier", "affaires", "étrangères"}
)
#: English pronouns that stand for a state or an organisation ("Poland expelled three
#: diplomats it accused of spying"); a person is "he" or "she".
_NEUTER = frozenset({"it", "its"})
#: Dependencies of a predicate under its copula ("responsible" and "to blame" of "was").
_PREDICATE_DEPS = frozenset({"acomp", "attr", "prep", "oprd", "xcomp"})


class ParseArguments(GroupRoles):
    """Reads the arguments of a word from the dependency parse."""

    def _is_passive(self, verb: Token) -> bool:
        """A verb with a passive subject or auxiliary ("he was convicted", "… and was
        charged"), or, in a headline, a verb that always takes an object but has none
        ("Jackson arrested on suspicion of DUI")."""
        children = self._children.get(verb.index, [])
        if any(c.dep in PASSIVE_SUBJECT_DEPS or c.dep in PASSIVE_AUXILIARY_DEPS for c in children):
            return True
        if any(c.dep == "agent" for c in children) or self._participle_clause(verb):
            return True  # "Rescued by fishermen, the boy …", "Arrested on Monday, he …"
        if self._passive_conjunct(verb, children):
            return True  # "Horton was shot and ▮killed", "a été arrêté et ▮condamné"
        return (
            verb.dep in {"ROOT", "root"}
            and "Tense=Past" in verb.morph
            and verb.lemma.lower() in _TRANSITIVE_ONLY
            and not any(c.dep in OBJECT_DEPS or c.dep in {"aux", "aux:tense"} for c in children)
            and not any(c.dep == "conj" for c in children)  # "arrested and charged him"
            and any(c.dep in SUBJECT_DEPS and c.index < verb.index for c in children)
        )

    def _passive_conjunct(self, verb: Token, children: list[Token]) -> bool:
        """A past participle joined to a passive verb, with no subject, auxiliary or object
        of its own, shares its passive ("Horton was shot and killed": Horton was killed;
        "was arrested and confessed" is active)."""
        if verb.dep != "conj" or verb.head == verb.index or verb.head > verb.index:
            return False
        if "VerbForm=Part" not in verb.morph or "Tense=Past" not in verb.morph:
            return False
        if any(
            c.dep in SUBJECT_DEPS or c.dep in OBJECT_DEPS or c.dep in {"aux", "aux:tense"}
            for c in children
        ):
            return False
        return self._is_passive(self._parsed.tokens[verb.head])

    def _participle_clause(self, verb: Token) -> bool:
        """Is ``verb`` a past participle opening an adverbial clause of its own, with no
        subject and no auxiliary ("Rescued on Nov. 25, the boy …")? Its act befalls the
        subject of the clause it qualifies."""
        return (
            self._parsed.language == "en"  # measured on English news only
            and verb.dep == "advcl"
            and verb.head != verb.index
            and verb.index < verb.head
            and "VerbForm=Part" in verb.morph
            and "Tense=Past" in verb.morph
            and not any(
                c.dep in SUBJECT_DEPS or c.dep in {"aux", "mark"} or c.dep in OBJECT_DEPS
                for c in self._children.get(verb.index, [])
            )
        )

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
        subjects = [c for c in self._children.get(verb.index, []) if c.dep in SUBJECT_DEPS]
        if subjects or depth >= 3 or verb.head == verb.index:
            return subjects
        if depth == 0 and self._is_passive(verb):
            return []  # "after he was convicted", "surrendered and was charged": acted on
        infinitive = verb.dep == "relcl" and any(
            c.dep == "aux" and c.text.lower() == "to" for c in self._children.get(verb.index, [])
        )  # "more to support", which the parser may read as a relative clause
        if verb.dep in {"xcomp", "conj", "advcl", "acl"} or infinitive:
            head = self._parsed.tokens[verb.head]
            if verb.dep == "xcomp" and self._parsed.language == "en":
                controller = [
                    c
                    for c in self._children.get(head.index, [])
                    if c.dep in {"dobj", "obj"} and c.index < verb.index
                ]
                if controller:
                    # "allowed them to demonstrate", "urged the rebels to lay down arms":
                    # the object of the verb the infinitive completes does it
                    return controller

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
                for noun in (c for c in self._children.get(child.index, []) if c.dep == "pobj"):
                    # "by a sniper hiding in his backyard", parsed as the gerund with its
                    # agent noun as a compound: the noun
                    noun_of_gerund = [
                        c
                        for c in self._children.get(noun.index, [])
                        if c.dep == "compound" and noun.text.lower().endswith("ing")
                    ]
                    found += noun_of_gerund[-1:] or [noun]
            elif child.dep == "obl:agent":
                found.append(child)
        if not found and self._parsed.language in {"en", "fr"} and self._is_passive(verb):
            found = self._misattached_agents(verb)
        return found

    def _misattached_agents(self, verb: Token) -> list[Token]:
        """A passive's agent that the parser attached to a phrase of the verb ("attacked in
        the lobby by armed men", "attaqué dans sa chambre par des hommes armés": "by" under
        "lobby", "par" as a case of a phrase), within the verb's own clause."""
        found: list[Token] = []
        stack = [(c, 0) for c in self._children.get(verb.index, [])]
        while stack:
            token, depth = stack.pop()
            if token.pos in {"VERB", "AUX"} or token.dep in {"conj", "ccomp", "advcl", "acl"}:
                continue
            children = self._children.get(token.index, [])
            if token.dep == "prep" and token.text.lower() == "by":
                found += [c for c in children if c.dep == "pobj"]
            elif token.pos in {"NOUN", "PROPN", "PRON"} and any(
                c.dep == "case" and c.text.lower() == "par" for c in children
            ):
                found.append(token)
            elif depth < 2:
                stack += [(c, depth + 1) for c in children]
        return found

    def _objects(self, verb: Token, candidate: TriggerCandidate) -> list[Token]:
        found = [c for c in self._children.get(verb.index, []) if c.dep in OBJECT_DEPS]
        return found + self._prepositional(verb, candidate)

    def _between_sides(self, noun: Token) -> list[Token]:
        """The objects of a "between" phrase ("entre", "tra", "zwischen") of an event noun or
        of the verb it is the subject of ("fighting erupted between rebels and soldiers"):
        the sides of a reciprocal event, all of them actors."""
        owners = [noun]
        if noun.dep in SUBJECT_DEPS and noun.head != noun.index:
            owners.append(self._parsed.tokens[noun.head])
        found: list[Token] = []
        for owner in owners:
            for child in self._children.get(owner.index, []):
                if child.dep == "prep" and child.lemma.lower() in BETWEEN:
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
            if child.dep == "prep" and child.lemma in QUALIFYING_PREPOSITIONS:
                for inner in self._children.get(child.index, []):
                    if inner.dep == "pobj" and inner.pos == "NOUN":
                        found += self._prepositional(inner, candidate)
                        if depth > 1:
                            found += self._qualified_prepositional(inner, candidate, depth - 1)
                    elif (
                        inner.dep == "pobj"
                        and inner.pos == "PROPN"
                        and child.lemma in OF_PREPOSITIONS
                        and noun.lemma.lower() in _PLACE_NOUNS
                    ):
                        found.append(inner)  # "struck the port of Izmail": the place named
        return found

    def _prepositional(self, head: Token, candidate: TriggerCandidate) -> list[Token]:
        found: list[Token] = []
        # a host receives at a place ("reçu au Kremlin", "receives him at the Élysée"): the
        # phrase is where, the guest is the object
        received = hosted_visit(candidate)
        for child in self._children.get(head.index, []):
            # the trigger's own preposition ("stand by Ukraine") introduces its recipient
            own = candidate.first <= child.index < candidate.last
            member_of = head.lemma.lower() in _MEMBER_NOUNS and child.lemma in OF_PREPOSITIONS
            aimed = child.lemma in _TARGET_AT and candidate.type in _AIMED_TYPES
            if child.dep == "prep" and (
                child.lemma in self._recipient_preps or own or member_of or aimed
            ):
                if child.lemma == "for" and candidate.type not in {"AID", "REQUEST", "PROTEST"}:
                    continue
                if received and not own:
                    continue
                if child.lemma == "from" and candidate.type == "CONSULT":
                    continue  # "a video conference from the Ukrainian capital": a place
                if (
                    head.lemma.lower() in TOPIC_VERBS
                    and child.lemma.lower() not in self._coparticipant_preps
                ):
                    continue  # "discussed air defence and aid to Ukraine": the topic's

                objects = [c for c in self._children.get(child.index, []) if c.dep == "pobj"]
                if aimed and child.lemma not in self._recipient_preps:
                    # "fired at Riva", "at protesters"; not "at a suburban Detroit office"
                    objects = [c for c in objects if self._aimed_at(c)]
                found += objects
            elif child.dep in OBLIQUE_DEPS:
                cases = [c.lemma for c in self._children.get(child.index, []) if c.dep == "case"]
                if not cases or (
                    not received and any(case in self._recipient_preps for case in cases)
                ):
                    found.append(child)
        return found

    def _aimed_at(self, token: Token) -> bool:
        """Is ``token``, the object of "at", a person or a group that force is aimed at?"""
        mention = self._index.at(token.index)
        if mention is not None:
            return mention.type == "PERSON" and mention.start == token.start
        noun = self._group_noun(token)
        return noun is not None and noun not in self._institution_nouns

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
        heads = [holder for head in heads for holder in self._holders(head) or [head]]
        found = self._conjunct_mentions(heads, lambda token: self._mention_of(token, candidate))
        return prefer_people(found, self._parsed.text)

    def _holders(self, head: Token) -> list[Token]:
        """The people a plural title names in apposition or in its "of" phrase ("the three
        foreign ministers, of Geremek of Poland, Martonyi of Hungary and Kavan": all three,
        the parser's attachment of the list aside); none when it names none."""
        if head.lemma.lower() not in self._role_nouns or head.text.lower() == head.lemma.lower():
            return []
        holders: list[Token] = []
        for child in self._children.get(head.index, []):
            if child.dep == "prep" and child.lemma.lower() == "of":
                named = [c for c in self._children.get(child.index, []) if c.dep == "pobj"]
            elif child.dep == "appos":
                named = [child]
            else:
                continue
            for token in named:
                if self._is_person(token):
                    holders.append(token)
                    # the list may hang on its first name: "of A of Poland, B of Hungary and C"
                    holders += [
                        c
                        for c in self._children.get(token.index, [])
                        if c.dep == "appos" and self._is_person(c)
                    ]
        return holders

    def _mention_of(self, token: Token, candidate: TriggerCandidate) -> EntityMention | None:
        direct = self._usable(self._index.at(token.index), candidate)
        if direct is not None:
            return None if self._names_no_party(direct, token) else direct
        best: EntityMention | None = None
        best_token = token
        children = self._children.get(token.index, [])
        owner = self._kin_owner(token)  # "Elian's father", "Lazaro Gonzalez's family"
        stack = [c for c in children if c.dep not in _SKIP_IN_ARGUMENT and c is not owner]
        if token.lemma.lower() in self._role_nouns or token.lemma.lower() in COUNTERPART_WORDS:
            # "le chancelier allemand Friedrich Merz", "son homologue Karim Bennani": the
            # title's holder, not its country
            for child in children:
                holder = self._index.at(child.index) if child.dep == "appos" else None
                if holder is not None and holder.type == "PERSON":
                    usable = self._usable(holder, candidate)
                    if usable is not None:
                        return usable
        while stack:
            current = stack.pop()
            mention = self._usable(self._index.at(current.index), candidate)
            if mention is not None and (
                self._demonym_of_thing(mention, current, candidate)
                or self._names_no_party(mention, current)
            ):
                mention = None
            if mention is not None and (
                best is None or self._rank(mention, current) < self._rank(best, best_token)
            ):
                best, best_token = mention, current
            stack += [
                c for c in self._children.get(current.index, []) if c.dep not in {"conj", "cc"}
            ]
        if best is not None and self._in_phrase_of_group(token, best, best_token):
            return None  # "des miliciens à Syrte", "les manifestants de Benghazi": the group
        return best

    def _people_apart(self, mention: EntityMention, named: Token, head: Token) -> bool:
        """Is ``mention`` a nationality that qualifies people apart from its state ("Cuban
        exiles", "ethnic Albanians": ``diaspora_nouns``)? They are not the state."""
        if mention.type != "NORP":
            return False
        words = self._diaspora_nouns
        children = self._children.get(named.index, [])
        if any(c.dep == "amod" and c.text.lower() in words for c in children):
            return True  # "ethnic Albanians"
        return (
            named is not head
            and named.head == head.index
            and (head.text.lower() in words or head.lemma.lower() in words)
        )

    def _place_of_attack(self, mention: EntityMention, named: Token) -> bool:
        """Is ``mention`` a town that qualifies an attack noun ("the Kharkiv attack", "the
        Nairobi bombing")? It says where the attack struck, not who made it."""
        if not is_town(mention) or named.dep not in {"compound", "amod", "nmod"}:
            return False
        return self._parsed.tokens[named.head].lemma.lower() in self._attack_nouns

    def _demonym_elsewhere(self, mention: EntityMention, candidate: TriggerCandidate) -> bool:
        """Is ``mention`` a nationality adjective that qualifies a noun other than the event
        noun of ``candidate`` ("American support" before "the bombings")?"""
        if mention.type != "NORP":
            return False
        named = self._parsed.tokens[self._token_at(mention.end - 1)]
        if named.dep not in {"amod", "compound"} or named.head == named.index:
            return False
        if candidate.first <= named.head < candidate.last:
            return False
        noun = self._parsed.tokens[named.head]
        if noun.dep in SUBJECT_DEPS or noun.dep in PASSIVE_SUBJECT_DEPS:
            return False  # "le raïs égyptien est contraint à la démission": who acts
        if self._parsed.tokens[noun.head].lemma.lower() in self._role_nouns:
            return False  # "le chef de la diplomatie turque, en visite à Benghazi"
        # "l'aviation russe a mené des frappes", "Russian troops launched an offensive": the
        # state's forces or bodies act
        return self._group_noun(noun, people=True) is None and not {
            noun.lemma.lower(),
            noun.text.lower(),
        } & (self._force_nouns | self._role_nouns)

    def _apart_at(self, mention: EntityMention) -> bool:
        """:meth:`_names_no_party` for a mention found by word order, at its last word; nor
        does a nationality of a place there ("meeting in the Ethiopian capital"), which in a
        parsed argument may name a target ("attacked several Ukrainian cities")."""
        named = self._parsed.tokens[self._token_at(mention.end - 1)]
        return self._names_no_party(mention, named) or self._demonym_of_place(mention, named)

    def _names_no_party(self, mention: EntityMention, named: Token) -> bool:
        """Does ``mention``, at token ``named``, qualify a noun so as to name no party to the
        event: people apart from their state ("Cuban exiles", "ethnic Albanians"), the town
        an attack struck ("the Nairobi bombing"), the owner of kin ("Elian's father", "the
        Slepian family")?"""
        head = self._parsed.tokens[named.head]
        return (
            self._people_apart(mention, named, named)
            or self._people_apart(mention, named, head)
            or self._place_of_attack(mention, named)
            or (named.head != named.index and self._kin_owner(head) is named)
        )

    def _in_phrase_of_group(self, token: Token, mention: EntityMention, named: Token) -> bool:
        """Is ``mention`` named in a prepositional phrase of the group noun ``token`` that
        does not act for the group (see ``_owner_acts``): where it is, whose people it is?"""
        noun = self._group_noun(token, people=True)
        if noun is None or (
            named.head == token.index and named.dep in {"amod", "compound", "poss", "nmod:poss"}
        ):
            return False  # "troupes russes", "Russian troops", "India's navy": the state's
        if not any(c.dep == "case" for c in self._children.get(named.index, [])):
            return False
        return not self._owner_acts(noun, mention)

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


def hosted_visit(candidate: TriggerCandidate) -> bool:
    """Is the trigger a host's verb ("receive", "recevoir", "empfangen"): a visit whose
    subject receives and whose object is the guest?"""
    return candidate.flip and candidate.type == "CONSULT"
