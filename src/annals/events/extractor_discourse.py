"""What earlier sentences of a document said: for resolving pronoun and dropped subjects.

:class:`Discourse` holds the persons, actors, country and title holders named last;
:func:`remember` updates it after each sentence with the sentence's mentions and events,
:func:`remember_subject` after each clause with the person who acts in it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from annals.events.roles import MentionIndex, RoleResult
from annals.events.roles_base import UNNAMED_SUBJECT
from annals.events.triggers import TriggerCandidate
from annals.models import GROUP_PREFIX, EntityMention, Event, Sentence


@dataclass(slots=True)
class Discourse:
    """What earlier sentences said: for resolving pronoun and dropped subjects."""

    person_actor: EntityMention | None = None
    person_mention: EntityMention | None = None
    last_actors: tuple[EntityMention, ...] = ()
    last_group: tuple[EntityMention, ...] = ()  # the latest actors that were more than one
    seen: list[EntityMention] = field(default_factory=list)
    country: EntityMention | None = None  # the country named last
    subject_sentence: int = -1  # the sentence whose clause subject person_actor is
    titled: dict[str, EntityMention] = field(default_factory=dict)  # title -> its holder

    def resolve(self, kind: str) -> tuple[EntityMention, ...]:
        if kind == UNNAMED_SUBJECT:
            return ()  # "la blogger critica": a subject of its own, no one told before
        if kind.startswith("title:"):  # "the prime minister": named with the title, else the state
            holder = self.titled.get(kind.partition(":")[2])
            if holder is not None:
                return (holder,)
            kind = "state"
        if kind == "state":
            return (self.country,) if self.country is not None else ()
        if kind == "neuter":  # "it": the state or organisation that acted last, else the country
            acting = tuple(m for m in self.last_actors if m.type != "PERSON")[:1]
            return acting or ((self.country,) if self.country is not None else ())
        if kind == "plural" and len(self.last_actors) > 1:
            return self.last_actors
        if kind == "plural" and self.last_group:
            return self.last_group
        if kind == "plural" and self.last_actors and _collective(self.last_actors[0]):
            return self.last_actors[:1]  # "i carabinieri … Hanno poi perquisito …"
        if kind == "plural":  # "they" is never one person
            return ()
        if kind == "undergoer":  # "Marco Rossi … Ieri è stato arrestato": the one last named
            person = self.person_mention or self.person_actor
            return (person,) if person else ()
        person = self.person_actor or self.person_mention
        return (person,) if person else ()


#: How far (in characters) from a person's name a title may stand ("Prime Minister X",
#: "X, the president of Y").
_TITLE_GAP = 30
_WORD = re.compile(r"[^\W\d_]+")


def remember(
    discourse: Discourse,
    index: MentionIndex,
    sentence: Sentence,
    events: Sequence[Event],
    mentions: Sequence[EntityMention],
    text: str = "",
    titles: frozenset[str] = frozenset(),
) -> None:
    in_sentence = index.in_span(sentence.start, sentence.end)
    for mention in in_sentence:
        if mention.entity_id.startswith("country/"):
            discourse.country = mention
        if mention.type == "PERSON" and titles:
            around = text[max(sentence.start, mention.start - _TITLE_GAP) : mention.start].lower()
            around += " " + text[mention.end : min(sentence.end, mention.end + _TITLE_GAP)].lower()
            for word in _WORD.findall(around):
                if word in titles:
                    discourse.titled[word] = mention
    by_id = {m.entity_id: m for m in in_sentence}
    # where each event's trigger stands in the sentence (-1: not found, or no text given)
    triggers = [text.find(e.trigger, sentence.start, sentence.end) if text else -1 for e in events]
    for event, trigger_at in zip(events, triggers, strict=True):
        actor_mentions = [by_id.get(ref.id) or _find(mentions, ref.id) for ref in event.actors]
        people = [
            m
            for m in actor_mentions
            if m is not None and m.type == "PERSON" and (trigger_at < 0 or m.start < trigger_at)
        ]  # not one met after the verb ("… and meet with President Moi"): "she" is not him
        if people and discourse.subject_sentence != sentence.index:
            discourse.person_actor = people[0]
        resolved = tuple(m for m in actor_mentions if m is not None)
        if resolved:
            discourse.last_actors = resolved
        if len(resolved) > 1:
            discourse.last_group = resolved
    persons = [m for m in in_sentence if m.type == "PERSON"]
    first_trigger = min((t for t in triggers if t >= 0), default=-1)
    if persons and first_trigger >= 0:
        # the person named before the sentence's first act is its subject; one named after
        # it ("… and meet with President Moi", "urged Albright to …") is not whom a later
        # "she" or "he" means, unless no one else was named before
        before = [m for m in persons if m.start < first_trigger]
        if before:
            discourse.person_mention = before[-1]
        elif discourse.person_mention is None:
            discourse.person_mention = persons[-1]
    elif persons:
        discourse.person_mention = persons[-1]


def remember_subject(
    discourse: Discourse,
    sentence: Sentence,
    main: TriggerCandidate,
    roles: RoleResult,
    actors: Sequence[EntityMention],
) -> None:
    """Remember the person who acts in a clause (its parsed subject, else the person acting
    nearest before the trigger ``main``), whom "he" of a later clause refers to."""
    subject = next((m for m in roles.actors if m.type == "PERSON"), None)
    if subject is None:  # no parsed subject: the person acting nearest before the trigger
        before = [m for m in actors if m.type == "PERSON" and m.end <= main.start]
        subject = max(before, key=lambda m: m.start, default=None)
    if subject is not None and not main.flip:
        # "Macron met Scholz on Monday, and on Tuesday he met Meloni": "he" of a later
        # clause is the person who acted in this one
        discourse.person_actor = subject
        discourse.subject_sentence = sentence.index


def _collective(mention: EntityMention) -> bool:
    """Does the mention name many: a group ("i carabinieri") or an organisation?"""
    return mention.entity_id.startswith(GROUP_PREFIX) or mention.type in {"ORG", "NORP"}


def _find(mentions: Sequence[EntityMention], entity_id: str) -> EntityMention | None:
    return next((m for m in mentions if m.entity_id == entity_id), None)
