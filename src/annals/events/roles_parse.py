"""Roles from the dependency parse (en, fr): the trigger's subject, objects and phrases.

An event noun takes its actor from its modifiers or agent phrase; a verb from its subject,
unless it is a passive or a participle, whose subject or noun is acted on; a noun or verb
that is undergone ("his arrest", "faces trial", "came under fire") makes its subject the
one acted on. A pronoun subject is resolved to the subject of the verb that reports its
clause.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from annals.events.roles_arguments import ParseArguments, hosted_visit
from annals.events.roles_base import RoleResult, is_participant, is_town
from annals.events.roles_groups import MOVED_GROUP_TYPES
from annals.events.roles_words import (
    COOPERATIVE_TYPES,
    GENITIVE_AGENT_TYPES,
    OBJECT_DEPS,
    OBLIQUE_DEPS,
    OF_PREPOSITIONS,
    PASSIVE_SUBJECT_DEPS,
    QUALIFYING_PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    TOPIC_VERBS,
    genitive_party,
)
from annals.events.triggers import TriggerCandidate
from annals.models import EntityMention, Token

_UNDER = frozenset({"under"})
#: Verbs whose subject is held or sought "for" an act done to it ("wanted for questioning",
#: "held for interrogation"; a crime after "for" is the subject's own: "wanted for murder").
_HELD_FOR = frozenset({"want", "seek", "hold", "detain", "take", "summon", "bring", "call"})
#: What one is held "for" that is done to one (not a crime of one's own).
_PROCEDURES = frozenset(
    {
        "questioning",
        "interrogation",
        "trial",
        "extradition",
        "deportation",
        "arraignment",
        "sentencing",
        "prosecution",
    }
)
#: Clauses that depend on a verb: mentions inside them are not its participants.
_LOWER_CLAUSE_DEPS = frozenset({"advcl", "xcomp", "ccomp", "relcl", "acl", "acl:relcl"})
_NOMINAL_ACTOR_DEPS = frozenset({"poss", "nmod:poss", "compound", "amod", "nmod"})
_INDEFINITE_ARTICLES = frozenset({"a", "an", "un", "une"})
#: The relative clause dependencies.
_RELATIVE_CLAUSES = frozenset({"relcl", "acl:relcl"})
#: Nouns whose "of" phrase is an act their bearer underwent ("was the target of an attack").
_TARGET_NOUNS = frozenset({"target", "victim", "object"})
#: English object pronouns, which the parser may make the subject of an infinitive ("allowed
#: them to demonstrate"): whoever they are, not the subject of the verb that governs them.
_OBJECT_PRONOUNS = frozenset({"them", "him", "her", "me", "us"})


class ParseRoles(ParseArguments):
    """Finds actors and recipients from the dependency parse."""

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
        if candidate.type not in COOPERATIVE_TYPES:
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
            if preposition.dep == "prep" and preposition.lemma in OF_PREPOSITIONS:
                noun = tokens[preposition.head]
            elif current.dep == "nmod":
                noun = preposition
            else:
                break
            if noun.pos not in {"NOUN", "PROPN"}:
                break
            current = noun
        return current.index

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

    def _controlled_passive(self, head: Token) -> bool:
        """Is ``head`` a passive infinitive with no subject of its own that completes a verb
        ("claims to have been tortured", "affirme avoir été arrêté")?"""
        return (
            head.dep == "xcomp"
            and head.head != head.index
            and not any(c.dep in SUBJECT_DEPS for c in self._children.get(head.index, []))
        )

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

    def _participle_modifier(self, verb: Token) -> bool:
        """A past participle that qualifies a noun ("a journalist killed in Gaza", "deux
        soldats blessés"): the noun suffers the act, as a passive's subject does."""
        if verb.dep != "acl" or verb.head == verb.index:
            return False
        if any(  # "aid groups donated and delivered goods": a misread active verb
            c.dep in OBJECT_DEPS
            for conjunct in self._conjuncts(verb)
            for c in self._children.get(conjunct.index, [])
        ):
            return False
        if "VerbForm=Part" in verb.morph:
            return "Tense=Pres" not in verb.morph and "Aspect=Prog" not in verb.morph
        text = verb.text.lower()  # a participle the tagger misread ("tué" as a pronoun)
        return self._parsed.language != "en" and text.endswith(self._participles)

    def _reception_place(self, child: Token, candidate: TriggerCandidate) -> bool:
        """Is ``child`` of a host's verb a prepositional argument, the place where the guest
        is received ("reçu ▮au Kremlin", "a reçu Olaf Scholz ▮à l'Élysée")? The guest is the
        verb's bare object."""
        return (
            hosted_visit(candidate)
            and child.dep == "obl:arg"
            and any(c.dep == "case" for c in self._children.get(child.index, []))
        )

    def _from_parse(self, candidate: TriggerCandidate) -> RoleResult:
        tokens = self._parsed.tokens
        head = tokens[candidate.head]
        actor_tokens: list[Token] = []
        recipient_tokens: list[Token] = []
        held = self._held_for(candidate)
        if candidate.nominal:
            actor_tokens, recipient_tokens = self._nominal_arguments(head, candidate)
        elif held is not None:
            # "Kopp is wanted by the FBI for questioning": he undergoes it, they want it
            recipient_tokens += self._acted_on_subjects(held)
            actor_tokens += self._agents(held)
        elif self._undergoing_phrase(candidate, head):
            # "she will face trial", "il risque un procès": the subject is the one tried
            recipient_tokens += self._subjects(head)
            actor_tokens += self._source_phrases(head) + self._agents(head)
        else:
            if not self._is_passive(head):
                actor_tokens += self._subjects(head)
            elif (head.dep == "conj" and head.head != head.index) or self._participle_clause(head):
                # "X surrendered and was charged": the first verb's subject is acted on; so is
                # the subject a participle clause qualifies ("Rescued by fishermen, the boy …")
                governing = tokens[head.head]
                recipient_tokens += self._acted_on_subjects(governing)
            elif self._controlled_passive(head):
                # "X claims to have been tortured", "X dit avoir été torturé": the subject
                # of the verb the passive infinitive completes is acted on
                recipient_tokens += self._subjects(tokens[head.head])
            else:  # a headline's participle: "Jackson arrested on suspicion of DUI"
                recipient_tokens += [
                    c for c in self._children.get(head.index, []) if c.dep in SUBJECT_DEPS
                ]
            for child in self._children.get(head.index, []):
                if self._reception_place(child, candidate):
                    continue  # "a reçu Olaf Scholz ▮à l'Élysée": where, not whom
                if child.dep in PASSIVE_SUBJECT_DEPS or child.dep in OBJECT_DEPS:
                    recipient_tokens.append(child)
                    if child.dep in OBJECT_DEPS and child.pos == "NOUN":
                        if head.lemma.lower() in TOPIC_VERBS:
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
        if any(t.text.lower() in _OBJECT_PRONOUNS for t in actor_tokens):
            # "allowed them to demonstrate": never the subject of the verb that governs it
            pronoun = None
        if not actors and pronoun in {"singular", "plural", "neuter"}:
            actors = self._reporting_subject(head, pronoun, candidate)
            pronoun = None if actors else pronoun
        if not actors and pronoun is None:
            actors = self._groups(actor_tokens, candidate)
        if not actors and pronoun is None and not candidate.nominal:
            # "attacked by armed men", "pris d'assaut par des miliciens": a passive's agent
            # may be unnamed people
            agents = self._agents(head)
            actors = self._groups([t for t in actor_tokens if t in agents], candidate, people=True)
        passive = not candidate.nominal and self._is_passive(head)
        if not actors and pronoun is None and passive and candidate.type == "ASSAULT":
            # "tué dans un raid de l'Otan", "killed in an Israeli air strike"
            actors = self._argument_mentions(self._attack_phrase_agents(head), candidate)
        recipients = [
            m for m in self._argument_mentions(recipient_tokens, candidate) if m not in actors
        ]
        if (
            not recipients
            and (actors or pronoun or passive or self._victims_named(head, candidate))
            and candidate.type not in MOVED_GROUP_TYPES
        ):
            # "police fired tear gas at protesters", "arrested three journalists": an unnamed
            # group acted on, in an event whose actor is known or a passive ("plusieurs
            # manifestants ont été tués"); alone, an active verb's object makes no event
            recipients = [
                m
                for m in self._groups(recipient_tokens, candidate, people=True)
                if m not in actors
                # not "People" magazine; but "Protesters were beaten" opens its sentence
                and (m.text[:1].islower() or self._opens_sentence(m))
            ]
        qualified = self._qualified_noun(head) if not candidate.nominal else None
        if qualified is not None and qualified not in actors:
            recipients.insert(0, qualified)  # "Misrata, … assiégée par les forces loyalistes"
        undergoer: str | None = None
        if not recipients and (passive or self.undergoer_frame(candidate)):
            # "after he was convicted", "he faces charges", "before his arrest"
            undergoer = self._pronoun([t for t in recipient_tokens if t.pos == "PRON"])
            if undergoer in {"singular", "plural", "neuter"} and (
                candidate.nominal or head.dep == "ccomp"
            ):
                # "Gomes had been there for hours before his arrest": his is Gomes; "Belhaj
                # says he was tortured": he is the speaker
                found = self._reporting_subject(head, undergoer, candidate)
                recipients = [m for m in found if m not in actors]
            undergoer = None if recipients else undergoer
        return RoleResult(tuple(actors), tuple(recipients), None if actors else pronoun, undergoer)

    def _given_things_recipients(self, head: Token, candidate: TriggerCandidate) -> list[Token]:
        """Recipients that the parse hangs on the "of" phrase of an aid noun, the thing given
        ("l'envoi de canons ▮à l'Ukraine", "la livraison de missiles ▮à Kiev"): the phrase
        after the thing names who receives it. Phrases with dependency labels of Universal
        Dependencies (French); the English ones are read by ``_qualified_prepositional``."""
        found: list[Token] = []
        for child in self._children.get(head.index, []):
            cases = [c.lemma for c in self._children.get(child.index, []) if c.dep == "case"]
            if child.dep == "nmod" and any(case in OF_PREPOSITIONS for case in cases):
                found += [
                    token
                    for token in self._prepositional(child, candidate)
                    if any(
                        c.dep == "case" and c.lemma in self._recipient_preps
                        for c in self._children.get(token.index, [])
                    )
                ]
        return found

    def _nominal_arguments(
        self, head: Token, candidate: TriggerCandidate
    ) -> tuple[list[Token], list[Token]]:
        """The tokens naming the actors and the recipients of an event noun: its modifiers
        (a possessive that undergoes it is a recipient), its prepositional and agent phrases,
        and the subject of the verb it is the object of."""
        actor_tokens: list[Token] = []
        recipient_tokens: list[Token] = []
        undergone = self._undergone(head)
        for child in self._children.get(head.index, []):
            if (
                child.dep in _NOMINAL_ACTOR_DEPS
                and child.index < head.index
                and self._parsed.text[child.start - 1 : child.start] != "-"  # "anti-Turkish"
                and not self._names_town(child)  # "the Nairobi bombing": where it was
            ):
                if not undergone or child.dep == "amod":
                    actor_tokens.append(child)
                elif self._undergoer(child):
                    recipient_tokens.append(child)  # "his arrest", "the Navalny poisoning"
                # else: "a DUI arrest" names no party
        recipient_tokens += self._prepositional(head, candidate)
        if candidate.type == "AID":
            recipient_tokens += self._given_things_recipients(head, candidate)
        agents = self._noun_agents(head) or self._genitive_agents(head, candidate)
        undergoing = self._undergoing_governor(head)
        if not agents and candidate.type in GENITIVE_AGENT_TYPES and undergoing is None:
            agents = self._source_phrases(head)  # "sanctions from the EU", "aid from Germany"
        if agents:  # "the arrest of the leader by the police", "l'arrestation par les …"
            actor_tokens = agents
            recipient_tokens = [t for t in recipient_tokens if t not in agents]
        verb = self._passive_of_agent(head)
        if verb is not None:
            # "Amazon est visé par une enquête de la Commission", "hit by EU sanctions": the
            # passive's subject undergoes the noun's act
            recipient_tokens += [
                c for c in self._children.get(verb.index, []) if c.dep in PASSIVE_SUBJECT_DEPS
            ]
        if undergoing is not None and not self._argument_mentions(actor_tokens, candidate):
            # "the mayor survived an assassination attempt", "Ukraine received aid from
            # Germany": the subject undergoes the event, a "from" phrase does it
            # "Kopp is wanted for questioning": a passive's subject
            recipient_tokens += self._acted_on_subjects(undergoing)
            actor_tokens = self._source_phrases(undergoing) + self._source_phrases(head)
            recipient_tokens = [t for t in recipient_tokens if t not in actor_tokens]
        elif not actor_tokens and head.dep in OBJECT_DEPS:
            governor = self._object_governor(head)
            actor_tokens += self._subjects(governor) if governor is not None else []
        if candidate.type == "CONSULT" and not self._argument_mentions(actor_tokens, candidate):
            actor_tokens = self._clause_subjects(head) or actor_tokens
        victims = self._victim_tokens(head) if candidate.type == "ASSAULT" else []
        if victims:
            # who died in it, not where it was ("blessées dans un attentat à Djeddah")
            recipient_tokens = victims
            actor_tokens = [t for t in actor_tokens if t not in victims]
        return actor_tokens, recipient_tokens

    def _victims_named(self, head: Token, candidate: TriggerCandidate) -> bool:
        """Does an attack noun name who died in it (:meth:`_victim_tokens`)?"""
        return candidate.nominal and candidate.type == "ASSAULT" and bool(self._victim_tokens(head))

    def _victim_tokens(self, noun: Token) -> list[Token]:
        """Who died or was hurt in the attack an event noun names, when the noun is in an
        "in" phrase of a verb or participle of dying (``death_words``): "three people died
        in an attack", "plusieurs personnes blessées dans un attentat"."""
        tokens = self._parsed.tokens
        governor = tokens[noun.head] if noun.head != noun.index else None
        if governor is not None and noun.dep == "pobj" and governor.dep == "prep":
            governor = tokens[governor.head] if governor.head != governor.index else None
        if governor is None or not (
            governor.text.lower() in self._death_words or governor.lemma in self._death_words
        ):
            return []
        if governor.dep == "acl" and governor.head != governor.index:
            return [tokens[governor.head]]  # "plusieurs personnes blessées dans un attentat"
        return [
            c
            for c in self._children.get(governor.index, [])
            if c.dep in SUBJECT_DEPS or c.dep in PASSIVE_SUBJECT_DEPS
        ]

    def undergoer_frame(self, candidate: TriggerCandidate) -> bool:
        """Whether the parse names who undergoes the event where its actor would stand ("his
        arrest", "she faces trial", "survived an assassination attempt", "was under attack"):
        words before the trigger name no actor then, whoever the parse found."""
        head = self._parsed.tokens[candidate.head]
        if not candidate.nominal:
            return self._undergoing_phrase(candidate, head) or self._held_for(candidate) is not None
        if self._undergone(head) and any(
            c.dep in {"poss", "nmod:poss", "compound"}
            for c in self._children.get(head.index, [])
            if c.index < head.index
        ):
            return True  # "his arrest", "a DUI arrest": no actor before them
        return self._undergoing_governor(head) is not None

    def _acted_on_subjects(self, verb: Token) -> list[Token]:
        """The subjects of ``verb``, or its passive subjects where it has none."""
        return self._subjects(verb) or [
            c for c in self._children.get(verb.index, []) if c.dep in PASSIVE_SUBJECT_DEPS
        ]

    def _held_for(self, candidate: TriggerCandidate) -> Token | None:
        """The verb a verbal trigger's gerund is held "for" ("wanted for questioning"), whose
        subject undergoes it; None otherwise."""
        head = self._parsed.tokens[candidate.head]
        if candidate.nominal or head.dep != "pcomp" or not head.text.lower().endswith("ing"):
            return None
        return self._under_verb(head)

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
                child.lemma.lower() in OF_PREPOSITIONS
                or any(
                    c.dep == "case" and c.lemma.lower() in OF_PREPOSITIONS
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

    def _undergoing_governor(self, noun: Token) -> Token | None:
        """The verb whose subject undergoes an event noun: one of the undergoing verbs it is
        the object of ("faces trial", "received aid"), or the verb of an "under" phrase."""
        governor = self._object_governor(noun)
        if governor is not None and governor.lemma.lower() in self._undergoing_verbs:
            return governor
        return self._under_verb(noun) or self._target_verb(noun)

    def _target_verb(self, noun: Token) -> Token | None:
        """The verb whose subject "was the target" or "the victim" of an event noun ("Saddam
        was the target of an assassination attempt"): that subject undergoes the event."""
        tokens = self._parsed.tokens
        if noun.dep == "compound" and noun.head != noun.index:
            noun = tokens[noun.head]  # "the target of an assassination attempt"
        if noun.dep != "pobj" or noun.head == noun.index:
            return None
        preposition = tokens[noun.head]
        if preposition.lemma.lower() != "of" or preposition.head == preposition.index:
            return None
        target = tokens[preposition.head]
        if target.lemma.lower() not in _TARGET_NOUNS or target.dep not in {"attr", "oprd"}:
            return None
        verb = tokens[target.head]
        return verb if verb.pos in {"VERB", "AUX"} and verb.index != target.index else None

    def _under_verb(self, noun: Token) -> Token | None:
        """The verb of an "under" phrase an event noun ends ("the vessel was under attack",
        "came under fire from the rebels"): its subject undergoes the event."""
        tokens = self._parsed.tokens
        if noun.dep not in {"pobj", "pcomp"} or noun.head == noun.index:
            return None
        preposition = tokens[noun.head]
        if preposition.head == preposition.index:
            return None
        verb = tokens[preposition.head]
        held_for = (  # "wanted for questioning", "held for interrogation"
            preposition.lemma.lower() == "for"
            and (noun.lemma.lower() in _PROCEDURES or noun.text.lower() in _PROCEDURES)
            and verb.lemma.lower() in _HELD_FOR
        )
        if preposition.lemma.lower() not in _UNDER and not held_for:
            return None
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
            if current.dep in OBJECT_DEPS:
                return governor if governor.pos in {"VERB", "AUX"} else None
            if (
                current.dep != "pobj"
                or governor.lemma.lower() not in QUALIFYING_PREPOSITIONS
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
                c.dep in OBJECT_DEPS and candidate.first <= c.index < candidate.last
                for c in self._children.get(head.index, [])
            )
        )

    def _passive_of_agent(self, noun: Token) -> Token | None:
        """The passive verb whose agent phrase ``noun`` is ("par une enquête", "by
        sanctions"), if any."""
        tokens = self._parsed.tokens
        if noun.head == noun.index:
            return None
        governor = tokens[noun.head]
        if noun.dep == "pobj" and governor.dep == "agent" and governor.head != governor.index:
            governor = tokens[governor.head]
        elif noun.dep != "obl:agent":
            return None
        return governor if self._is_passive(governor) else None

    def _genitive_agents(self, noun: Token, candidate: TriggerCandidate) -> list[Token]:
        """The "of" phrase of an event noun when it names who acts: a state, a person or an
        organisation for the types of ``GENITIVE_AGENT_TYPES`` ("le refus de l'Otan", "the
        refusal of Hungary"), forces or police for any ("l'assaut des soldats"); not when the
        noun stands in a phrase of its own ("aux côtés de l'Ukraine", "in support of Kyiv")."""
        children = self._children.get(noun.index, [])
        if noun.dep == "pobj" or any(c.dep == "case" for c in children):
            return []
        for child in children:
            if child.index <= noun.index:
                continue
            if child.dep == "prep" and child.lemma.lower() == "of":
                objects = [c for c in self._children.get(child.index, []) if c.dep == "pobj"]
            elif child.dep == "nmod" and any(
                c.dep == "case" and c.lemma.lower() in OF_PREPOSITIONS
                for c in self._children.get(child.index, [])
            ):
                objects = [child]
            else:
                continue
            for token in objects[:1]:
                mention = self._usable(self._index.at(token.index), candidate)
                if mention is not None:
                    if genitive_party(candidate.type, mention.type, mention.entity_id):
                        return [token]
                elif self._group_noun(token, people=True) in self._force_nouns:
                    return [token]
            return []
        return []

    def _attack_phrase_agents(self, verb: Token) -> list[Token]:
        """Who made the attack in whose phrase a passive happened ("tué dans un raid ▮de
        l'Otan", "killed in an ▮Israeli air strike", "in a ▮NATO raid"): the "of" phrase,
        compound or adjective of an attack noun (``attack_nouns``) in a phrase of the verb."""
        found: list[Token] = []
        for child in self._children.get(verb.index, []):
            if child.dep == "prep":
                nouns = [c for c in self._children.get(child.index, []) if c.dep == "pobj"]
            elif child.dep in OBLIQUE_DEPS:
                nouns = [child]
            else:
                continue
            for noun in nouns:
                found += self._attack_noun_agents(noun)
        return found

    def _attack_noun_agents(self, noun: Token) -> list[Token]:
        """Who made an attack told by ``noun`` (an ``attack_nouns`` word; none for another
        word): its compound, adjective or "of"/"by" phrase ("a NATO raid", "the attack by
        the rebels"), never a place it happened at ("the attacks at the embassies in Nairobi,
        Kenya")."""
        if noun.lemma.lower() not in self._attack_nouns:
            return []
        found: list[Token] = []
        for part in self._children.get(noun.index, []):
            if part.dep in {"compound", "amod"} and part.index < noun.index:
                if not self._names_town(part):  # "the Kharkiv attack": where it struck
                    found.append(part)
            elif part.dep == "prep" and part.lemma.lower() in {"of", "by"}:
                found += [c for c in self._children.get(part.index, []) if c.dep == "pobj"]
            elif part.dep == "nmod" and any(
                c.dep == "case" and c.lemma.lower() in OF_PREPOSITIONS | {"par"}
                for c in self._children.get(part.index, [])
            ):
                found.append(part)
        return found

    def _opens_sentence(self, mention: EntityMention) -> bool:
        """Does ``mention`` start its sentence (so that its capital letter says nothing)?"""
        token = self._parsed.tokens[self._token_at(mention.start)]
        return token.index == self._parsed.sentences[token.sentence].first_token

    def _names_town(self, token: Token) -> bool:
        """Does ``token`` name a town or region, no state (:func:`is_town`)?"""
        mention = self._index.at(token.index)
        return mention is not None and is_town(mention)

    def attack_subject(self, candidate: TriggerCandidate) -> list[EntityMention] | None:
        """When a verbal trigger's subject is an attack noun ("the bombings killed 257
        people"), who made the attack as its own phrase names them (maybe no one); None
        when the subject is no attack noun. No other name of the sentence stands in for an
        unnamed attacker: a place it struck is its target or where it happened."""
        if candidate.nominal:
            return None
        head = self._parsed.tokens[candidate.head]
        nouns = [s for s in self._subjects(head) if s.pos == "NOUN"]
        if not nouns or not all(s.lemma.lower() in self._attack_nouns for s in nouns):
            return None
        agents = [a for noun in nouns for a in self._attack_noun_agents(noun)]
        return self._argument_mentions(agents, candidate) if agents else []

    def _noun_agents(self, noun: Token) -> list[Token]:
        """The objects of an event noun's agent phrase ("by", "par", "da", "por")."""
        return self._phrase_objects(noun, self._agent_preps)

    def _source_phrases(self, head: Token) -> list[Token]:
        """The objects of the "from"/"by" phrases of a word ("aid from Germany")."""
        return self._phrase_objects(head, self._source_preps)

    def _phrase_objects(self, head: Token, prepositions: frozenset[str]) -> list[Token]:
        """The objects of the phrases of ``head`` that one of ``prepositions`` introduces."""
        found: list[Token] = []
        for child in self._children.get(head.index, []):
            if child.dep in {"prep", "agent"} and child.lemma.lower() in prepositions:
                found += [c for c in self._children.get(child.index, []) if c.dep == "pobj"]
            elif child.dep in OBLIQUE_DEPS | {"obl:agent"} and any(
                c.dep == "case" and c.lemma.lower() in prepositions
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
            or any(c.dep in PASSIVE_SUBJECT_DEPS for c in self._children.get(head.index, []))
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
        if token.text.lower() not in RELATIVE_PRONOUNS:
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
