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

:class:`RoleFinder` tries the paths in turn; each lives in a module of its own:
:mod:`~annals.events.roles_nominal` (the nominal frame of an event noun),
:mod:`~annals.events.roles_parse` and :mod:`~annals.events.roles_arguments` (the parse),
:mod:`~annals.events.roles_order` (word order, German verb frames included) and
:mod:`~annals.events.roles_groups` (unnamed groups), on :mod:`~annals.events.roles_base`
and :mod:`~annals.events.roles_words`.
"""

from __future__ import annotations

from dataclasses import replace

from annals.events.roles_base import (
    MentionIndex,
    RoleResult,
    is_participant,
    may_act,
    prefer_people,
)
from annals.events.roles_order import GERUND_ENDINGS, WordOrderRoles
from annals.events.roles_parse import ParseRoles
from annals.events.roles_words import SUBJECT_DEPS
from annals.events.triggers import TriggerCandidate
from annals.models import Sentence

__all__ = [
    "GERUND_ENDINGS",
    "MentionIndex",
    "RoleFinder",
    "RoleResult",
    "is_participant",
    "may_act",
    "prefer_people",
]

#: Dependency steps within which the other party of an event noun is named ("agreement with
#: the Russian government": 3).
_NOMINAL_PARTY_HOPS = 4


class RoleFinder(ParseRoles, WordOrderRoles):
    """Assigns actors and recipients to trigger candidates."""

    def find(
        self, sentence: Sentence, candidate: TriggerCandidate, places: frozenset[int]
    ) -> RoleResult:
        """Roles of ``candidate``; mentions starting at an offset in ``places`` are skipped."""
        self._excluded = places | self._channels(sentence) | self._dateline_places(sentence)
        frame = self._nominal_frame(sentence, candidate)
        if frame is not None:
            if not frame.recipients and not self._parsed.has_parser:
                # "tres civiles murieron en un bombardeo israelí": who died in it
                victims = self._attack_victims(sentence, candidate)
                if victims:
                    return replace(frame, recipients=victims)
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
            if candidate.nominal and self._parsed.tokens[candidate.head].dep in SUBJECT_DEPS:
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
                    # not a demonym of another noun ("to demonstrate American support after
                    # the bombings": the support is American, the bombings are not)
                    tuple(m for m in fallback.actors if not self._demonym_elsewhere(m, candidate)),
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
            actors = tuple(
                m for m in fallback.actors if m not in recipients and not self._apart_at(m)
            )
            if self._unnamed_subject(candidate):
                actors = ()  # "police say a man shot …": the man, whom no name names
            attackers = self.attack_subject(candidate)
            if attackers is not None:
                actors = tuple(m for m in attackers if m not in recipients)
            # with a parse, a missing subject is a passive or an infinitive, not a dropped one
            return RoleResult(actors, recipients, None)
        return self._from_word_order(sentence, candidate)
