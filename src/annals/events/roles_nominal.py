"""The nominal frame: roles of an event noun qualified by the country that does it.

"la invasión rusa de Ucrania", "die russische Invasion der Ukraine", "Russia's invasion of
Ukraine": the demonym or possessor acts, the complement that follows receives.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annals.events.roles_base import RoleFinderBase, RoleResult, is_participant, prefer_people
from annals.events.roles_words import (
    DETERMINERS,
    OF_WORDS,
    PATIENT_ARTICLES,
    PATIENT_PREPOSITIONS,
    is_filler,
    normalize_word,
    split_words,
)
from annals.events.triggers import TriggerCandidate
from annals.models import EntityMention, Sentence

#: Languages whose adjectives follow their noun ("la invasión rusa"); elsewhere they precede
#: it ("die russische Invasion", "the Russian invasion").
_POSTNOMINAL_ADJECTIVES = frozenset({"es", "it", "fr", "pt"})
#: An attributive word that may stand between a trigger and its demonym ("la ofensiva
#: militar rusa", "die russische militärische Invasion", "Russia's full-scale invasion").
_ATTRIBUTIVE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_POSSESSIVE = re.compile(r"\s*['’]s?\s+")

#: Prepositions that take a noun, never a verb: an event word after one is a noun ("bajo
#: arresto domiciliario", "sotto sequestro").
_BEFORE_NOUNS_ONLY = frozenset({"bajo", "sotto", "sous", "unter", "under"})


class NominalFrameRoles(RoleFinderBase):
    """Finds the roles of an event noun's nominal frame."""

    def _nominal_frame(self, sentence: Sentence, candidate: TriggerCandidate) -> RoleResult | None:
        """Roles of an event noun qualified by the country that does it: a demonym adjective
        ("la invasión rusa", "l'invasione russa", "die russische Invasion", "the Russian
        invasion") or a possessive ("Russia's invasion", "Russlands Angriff"). That country
        acts, and the complement that follows ("de Ucrania", "dell'Ucraina", "der Ukraine",
        "of Ukraine", "contra Járkov") receives; the other names of the sentence take no part.
        A complement followed by an agent ("l'invasion de l'Ukraine par la Russie", "the
        invasion of Ukraine by Russia") is the same frame. None when the trigger is not such
        a noun (the other paths decide)."""
        prepositions = PATIENT_PREPOSITIONS.get(self._parsed.language)
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
        words = split_words(self._parsed.text[offset : after[0].start])
        if agent:  # "por parte de", "da parte della": the words after "parte" are articles
            words = [w for w in words if w != "parte"]
            joined = {"de", "di", "del", "della", "dell'", "dello", "dei", "degli", "delle"}
            prepositions = prepositions | joined if words[:1] in (["por"], ["da"]) else prepositions
        if not (
            0 < len(words) <= 3
            and words[0] in prepositions
            and all(w in PATIENT_ARTICLES or w in prepositions for w in words[1:])
        ):
            return []
        found = [after[0]]
        for mention in after[1:]:
            joint = split_words(self._parsed.text[found[-1].end : mention.start])
            if mention.start in self._excluded or not (
                joint
                and joint[0] in self._coordinators
                and joint[0] != ","
                and all(is_filler(w) or w in PATIENT_ARTICLES for w in joint[1:])
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
        before = [
            normalize_word(t.text) for t in tokens[sentence.first_token : candidate.first][-2:]
        ]
        if before and (before[-1] in DETERMINERS or before[-1] in _BEFORE_NOUNS_ONLY):
            return True  # "la ofensiva", "bajo arresto"
        if self._demonym_follows(candidate):
            return True  # "teme nuovi attacchi russi": no verb takes a demonym adjective
        if self._headline_noun(sentence, candidate, before):
            return True  # "Doppio arresto dei carabinieri", "Arresto di due spacciatori"
        return (
            len(before) == 2
            and before[0] in DETERMINERS
            and self._attributive(before[1])
            and before[1] not in self._auxiliaries
        )

    def _headline_noun(
        self, sentence: Sentence, candidate: TriggerCandidate, before: list[str]
    ) -> bool:
        """A one-word trigger that opens its sentence, perhaps after one adjective, and that
        an "of" word follows ("Arresto di due spacciatori", "Doppio arresto dei
        carabinieri"): a headline's noun, no participle ("Arrestati tre giovani")."""
        tokens = self._parsed.tokens
        if candidate.last != candidate.first + 1 or candidate.last >= sentence.last_token:
            return False
        if candidate.first - sentence.first_token > 1:
            return False
        if len(before) == 1 and not (before[0].isalpha() and self._attributive(before[0].lower())):
            return False
        if candidate.text.lower().endswith(self._participles):
            return False
        return normalize_word(tokens[candidate.last].text) in OF_WORDS - {"l'", "la"}

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
                if (
                    possessive is not None
                    and self._attributive(between[possessive.end() :])
                    and not self._possessor_undergoes(candidate)
                ):
                    return mention, candidate.end  # "Russia's full-scale invasion"
                genitive = (
                    language == "de"
                    and mention.text.endswith("s")
                    and not mention.name.endswith("s")
                )
                if genitive and self._attributive(between):  # "Russlands Angriff"
                    return mention, candidate.end
        return None

    def _possessor_undergoes(self, candidate: TriggerCandidate) -> bool:
        """Is the event noun one its possessor undergoes ("Kopp's arrest", "his trial":
        ``patient_nouns``), with no "of" phrase after it naming another who does ("Russia's
        arrest of two journalists")?"""
        tokens = self._parsed.tokens
        noun = tokens[candidate.last - 1]
        if noun.lemma.lower() not in self._patient_nouns and (
            noun.text.lower() not in self._patient_nouns
        ):
            return False
        after = self._parsed.text[candidate.end : candidate.end + 4].lower()
        return not after.startswith(" of ")

    def _attributive(self, between: str) -> bool:
        """Only up to two lowercase attributive words lie between a noun and its qualifier
        ("militar", "full-scale", "militärische"), no article, preposition or coordinator."""
        words = between.split()
        return len(words) <= 2 and all(
            _ATTRIBUTIVE.fullmatch(word)
            and word.islower()
            and normalize_word(word) not in DETERMINERS
            and word not in self._coordinators
            and word not in PATIENT_PREPOSITIONS.get(self._parsed.language, frozenset())
            for word in words
        )
