"""Which trigger candidates of a sentence stand before its clauses are coded.

:func:`select_candidates` sets aside verbs used as adjectives ("the long-awaited talks")
and participles that qualify a noun (without a parse) or tell what another trigger's noun
says ("a pact allowing troops to be deployed"); of a clause's verbal candidates, those that
another one governs ("would not meet demands to release prisoners") give way to it
(:func:`governing`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from annals.events.lexicon import cue_words, cues
from annals.events.roles import GERUND_ENDINGS
from annals.events.roles_words import (
    OBJECT_DEPS,
    PASSIVE_AUXILIARY_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
)
from annals.events.triggers import TriggerCandidate
from annals.models import ParsedText, Sentence, Token
from annals.time.lexicons import get_lexicon

#: Lexicon mode of blame said of someone ("said X was responsible for …"): the speaker is
#: the accuser, the clause's subject the accused (see ``_attribution_roles``).
ATTRIBUTION_MODE = "attribute"
#: Endings of regular past participles where no parser runs.
_PARTICIPLE_ENDINGS = {
    "it": re.compile(r"(?:at|it|ut)[oaie]$"),
    "es": re.compile(r"(?:ad|id)(?:o|a|os|as)$"),
}
#: Dependencies of a direct object.
_OBJECTS = frozenset({"dobj", "obj"})
#: Morphology of a participle ("allowing", "signed"; "autorisant") or a gerund.
_PARTICIPLE_FORMS = ("VerbForm=Part", "VerbForm=Ger")
_ARGUMENTS = frozenset({"obj", "dobj", "iobj", "xcomp", "ccomp", "nsubj", "obl"})


def select_candidates(
    parsed: ParsedText, sentence: Sentence, matched: list[TriggerCandidate]
) -> list[TriggerCandidate]:
    """The ``matched`` candidates of a sentence that may carry an event: less modifiers and
    participles (:func:`_not_modifiers`) and content participles (:func:`_not_content`)."""
    candidates = _not_content(parsed, _not_modifiers(parsed, sentence, matched))
    candidates = _not_noun_modifiers(parsed, candidates)
    candidates = _not_charges(parsed, candidates)
    candidates = [c for c in candidates if not _dismissal(parsed, c)]
    if parsed.language == "de" and not parsed.has_parser:
        # "den inhaftierten Korrespondenten": a lowercase verb form after an article is
        # an adjective (German nouns are capitalised), which may not carry the clause
        # against its verb ("forderte")
        candidates = [
            replace(c, nominal=True)
            if parsed.tokens[c.first].text.islower()
            and (reads_as_noun(parsed, c) or _extended_attribute(parsed, sentence, c))
            else c
            for c in candidates
        ]
    return candidates


#: German adjective endings of an attributive participle ("inhaftierten", "getötete").
_GERMAN_ADJECTIVE = re.compile(r"(?:e|en|er|es|em)$")
#: How far before an extended attribute its article may stand.
_ATTRIBUTE_REACH = 8


def _extended_attribute(
    parsed: ParsedText, sentence: Sentence, candidate: TriggerCandidate
) -> bool:
    """A German participle inside a noun phrase whose article stands further before it,
    with a phrase between ("den seit Monaten ohne Anklage inhaftierten deutschen
    Korrespondenten", "die von Russland annektierte Krim"): a one-word trigger with an
    adjective's ending, followed by its noun (a capitalised word, perhaps after lowercase
    adjectives), with an article within a few words before it, in its clause, that no
    noun of its own follows ("Die Polizisten inhaftierten deutsche Journalisten" is a
    verb: "Die" has its noun)."""
    tokens = parsed.tokens
    first = candidate.first
    if (
        candidate.nominal
        or candidate.last - first != 1
        or not _GERMAN_ADJECTIVE.search(candidate.text)
    ):
        return False
    after = first + 1
    while after < sentence.last_token and (
        tokens[after].text.islower() and _GERMAN_ADJECTIVE.search(tokens[after].text)
    ):
        after += 1  # "deutschen"
    if after >= sentence.last_token or not tokens[after].text[:1].isupper():
        return False
    determiners = cue_words("noun_determiners", parsed.language)
    for index in range(first - 1, max(sentence.first_token, first - _ATTRIBUTE_REACH) - 1, -1):
        word = tokens[index].text
        if not word.isalnum():
            return False  # a comma or a quote: another clause
        if word.lower() in determiners:
            following = tokens[index + 1].text
            return index + 1 < first and not following[:1].isupper()
    return False


#: Words that make a charge the grounds of another act ("arrestato con l'accusa di furto",
#: "detenidos bajo la acusación de", "sous l'accusation de", "on charges of").
_ON_CHARGES = frozenset({"con", "col", "bajo", "sous", "on", "unter", "wegen"})


def _not_charges(parsed: ParsedText, candidates: list[TriggerCandidate]) -> list[TriggerCandidate]:
    """The candidates less an accusation that is an earlier trigger's grounds ("ha
    arrestato tre uomini con l'accusa di rapina", "è stato denunciato con l'accusa di …"):
    the arrest or the complaint is the event, with its own parties."""
    if len(candidates) < 2:
        return candidates
    tokens = parsed.tokens
    kept = []
    for candidate in candidates:
        before = [t.text.lower() for t in tokens[max(0, candidate.first - 2) : candidate.first]]
        earlier = any(c is not candidate and c.last <= candidate.first for c in candidates)
        if candidate.type == "ACCUSE" and earlier and not _ON_CHARGES.isdisjoint(before):
            continue
        kept.append(candidate)
    return kept


#: English verbs of shooting that also dismiss someone ("was fired", "got sacked").
_DISMISSING = frozenset({"fire", "sack"})


@cache
def _role_nouns() -> frozenset[str]:
    """Nouns of offices and roles ("minister", "chief"; cues ``role_nouns``)."""
    return frozenset(word.lower() for word in cues()["role_nouns"])


def _dismissal(parsed: ParsedText, candidate: TriggerCandidate) -> bool:
    """Is the candidate a dismissal ("O'Brien, fired on June 8, is suing", "Comey was fired
    in May", "Scholz fired Finance Minister Christian Lindner", "fired his defence
    minister")? "Fire" said of a name or an office, in the passive or as its object, with
    no "at" phrase ("rockets were fired at Haifa", "fired a missile": attacks)."""
    if parsed.language != "en" or not parsed.has_parser or candidate.nominal:
        return False
    verb = parsed.tokens[candidate.head]
    if verb.lemma.lower() not in _DISMISSING or candidate.last - candidate.first != 1:
        return False
    tokens = parsed.sentence_tokens(parsed.sentences[candidate.sentence])
    children = [t for t in tokens if t.head == verb.index and t.index != verb.index]
    if any(t.text.lower() in ("at", "upon") for t in children):
        return False
    if verb.dep == "acl" and verb.head != verb.index:
        person = parsed.tokens[verb.head]  # "O'Brien, fired on June 8"
    elif (
        verb.dep == "advcl"
        and "VerbForm=Part" in verb.morph
        and not any(
            t.dep in SUBJECT_DEPS or t.dep in OBJECT_DEPS or t.dep in ("aux", "auxpass")
            for t in children
        )
    ):
        # "Fired on Monday, Lindner said …": the participle tells of the main subject
        person = next(
            (t for t in tokens if t.head == verb.head and t.dep in SUBJECT_DEPS),
            verb,
        )
    elif any(t.dep in PASSIVE_SUBJECT_DEPS or t.dep in PASSIVE_AUXILIARY_DEPS for t in children):
        person = next((t for t in children if t.dep in PASSIVE_SUBJECT_DEPS), verb)
    else:  # "Scholz fired Finance Minister Christian Lindner", "fired his defence minister"
        person = next((t for t in children if t.dep in OBJECT_DEPS), verb)
        if person is not verb and person.lemma.lower() in _role_nouns():
            return True
        if person is verb and _only_dated(tokens, children):
            # "Brennan, fired on June 8, is suing": read as an active verb with nothing
            # fired and no target, only a day; its subject lost a job
            person = next((t for t in children if t.dep in SUBJECT_DEPS), verb)
    return person.pos == "PROPN"


def _only_dated(tokens: Sequence[Token], children: Sequence[Token]) -> bool:
    """Do the verb's prepositional phrases, one at least, all name a day or a month ("on
    June 8", "on Monday"), with no object or target beside them?"""
    lexicon = get_lexicon("en")
    phrases = [t for t in children if t.dep == "prep"]
    if not phrases or any(t.dep in OBJECT_DEPS for t in children):
        return False
    for phrase in phrases:
        objects = [t for t in tokens if t.head == phrase.index and t.dep == "pobj"]
        if not objects or not all(
            t.text.lower() in lexicon.months or t.text.lower() in lexicon.weekdays for t in objects
        ):
            return False
    return True


def governing(parsed: ParsedText, group: list[TriggerCandidate]) -> list[TriggerCandidate]:
    """The verbal candidates of a clause that no other verbal candidate of it governs, with
    its nominal ones: in "would not meet demands to release prisoners" the demands are met
    (or not), the release is what they ask; in "threatened to attack" the threat is made.
    What an agreement governs stays ("agreed to withdraw": a planned RETREAT)."""
    if not parsed.has_parser or len(group) < 2:
        return group
    tokens = parsed.tokens
    # an agreement's object stays: "agreed to withdraw" is a planned RETREAT (PLOVER: AGREE)
    heads = {c.head for c in group if not c.nominal and c.type != "AGREE"}
    kept: list[TriggerCandidate] = []
    for candidate in group:
        current, governed = candidate.head, False
        for _ in range(8):
            parent = tokens[current].head
            if parent == current:
                break
            if parent in heads and not (candidate.first <= parent < candidate.last):
                governed = True
                break
            current = parent
        if candidate.nominal or not governed:
            kept.append(candidate)
    return kept or group


def reads_as_noun(parsed: ParsedText, candidate: TriggerCandidate) -> bool:
    """A nominal trigger, or, where no parser runs, a one-word trigger right after an
    article or an articulated preposition ("durante las protestas")."""
    if candidate.nominal or parsed.has_parser or candidate.last - candidate.first != 1:
        return candidate.nominal
    if candidate.first == 0:
        return False
    before = parsed.tokens[candidate.first - 1].text.lower()
    return before in cue_words("noun_determiners", parsed.language)


def _not_participles(
    parsed: ParsedText, sentence: Sentence, candidates: list[TriggerCandidate]
) -> list[TriggerCandidate]:
    """Without a parse (Italian, Spanish): the candidates less past participles that qualify
    a noun ("ha arrestato tre persone accusate di …": the arrest is the news) — a participle
    with no form of "have" or "be" in the three words before it, and not opening the
    sentence ("Arrestati tre giovani"), except right after a group noun that triggers
    ("manifestantes asesinados": that group noun gives way to it) — and less gerunds after a
    comma that follow a trigger of their type ("…, uccidendo cinque civili"). One candidate
    alone stays."""
    ending = _PARTICIPLE_ENDINGS.get(parsed.language)
    if ending is None or len(candidates) < 2:
        return candidates
    auxiliaries = cue_words("participle_auxiliaries", parsed.language)
    groups = cue_words("group_nouns", parsed.language)
    tokens = parsed.tokens
    kept = []
    undergone: set[int] = set()  # group nouns that a participle after them says what befell
    for candidate in candidates:
        word = candidate.text.lower()
        before = [
            t.text.lower()
            for t in tokens[max(sentence.first_token, candidate.first - 3) : candidate.first]
        ]
        if (
            not candidate.nominal
            and candidate.last - candidate.first == 1
            and candidate.first > sentence.first_token
            and ending.search(word)
            and not auxiliaries.intersection(before)
        ):
            group = next(
                (
                    other.first
                    for other in candidates
                    if other.nominal
                    and other.last == candidate.first
                    and other.text.lower() in groups
                ),
                None,
            )
            if group is None:
                continue
            # "decenas de manifestantes asesinados por la policía": the killing is the news,
            # not a protest of those killed
            undergone.add(group)
        if (
            not candidate.nominal
            and before[-1:] == [","]
            and GERUND_ENDINGS[parsed.language].search(word)
            and any(
                other.last <= candidate.first and other.type == candidate.type
                for other in candidates
            )
        ):
            continue  # "hanno bombardato Kharkiv, uccidendo cinque civili": the same attack
        kept.append(candidate)
    kept = [candidate for candidate in kept if candidate.first not in undergone]
    return kept or candidates


def _not_content(parsed: ParsedText, candidates: list[TriggerCandidate]) -> list[TriggerCandidate]:
    """The candidates less participles that tell what another trigger's noun says: "signed a
    defence pact allowing troops to be deployed" (what the pact allows is no concession of its
    own). A participle of the noun's own type tells of the same event ("the summit hosted by
    Meloni"): it stays."""
    if not parsed.has_parser or len(candidates) < 2:
        return candidates
    tokens = parsed.tokens
    kept = []
    for candidate in candidates:
        head = tokens[candidate.head]
        if (
            not candidate.nominal
            and head.dep == "acl"
            and any(form in head.morph for form in _PARTICIPLE_FORMS)
            # "the summit hosted by Meloni" tells who held the summit: the same event
            and any(
                c.type != candidate.type
                and (
                    c.first <= head.head < c.last
                    # "vetoed a resolution censuring …": the object of another trigger
                    or (tokens[head.head].head == c.head and tokens[head.head].dep in _OBJECTS)
                )
                for c in candidates
            )
        ):
            continue
        kept.append(candidate)
    return kept


#: How an English noun qualifies the noun after it, or joins a noun that does.
_MODIFIER_DEPS = frozenset({"compound", "nmod", "conj"})


def _not_noun_modifiers(
    parsed: ParsedText, candidates: list[TriggerCandidate]
) -> list[TriggerCandidate]:
    """The candidates less one-word event nouns that qualify a noun of people, teams or
    weapons (``event_noun_people_heads``, ``event_noun_thing_heads``): "bombing experts",
    "the attack victims", "aid workers", "attack helicopters" name them, no event. ("An aid
    package", "a bombing campaign" stay: the noun qualified is itself the act.)"""
    people = cue_words("event_noun_people_heads", parsed.language)
    heads = people | cue_words("event_noun_thing_heads", parsed.language)
    if not parsed.has_parser or not heads:
        return candidates
    tokens = parsed.tokens
    kept = []
    for candidate in candidates:
        word = tokens[candidate.head]
        if candidate.last - candidate.first == 1 and (
            candidate.nominal or word.text.lower().endswith("ing")
        ):
            qualified = word
            # "bombing and evidence specialists": the first of two joined modifiers
            for _ in range(2):
                if qualified.dep not in _MODIFIER_DEPS or qualified.head == qualified.index:
                    break
                qualified = tokens[qualified.head]
                if qualified.index > word.index and qualified.pos == "NOUN":
                    break
            if (
                qualified is not word
                and qualified.index > word.index
                and qualified.pos == "NOUN"
                and qualified.lemma.lower() in heads
            ):
                continue
            following = tokens[word.index + 1] if word.index + 1 < len(tokens) else None
            if (
                following is not None
                and following.lemma.lower() in people
                and following.head == word.index
                and following.dep in _OBJECTS
            ):
                continue  # "tribute to bombing victims", parsed as a gerund and its object
        kept.append(candidate)
    return kept


def _not_modifiers(
    parsed: ParsedText, sentence: Sentence, candidates: list[TriggerCandidate]
) -> list[TriggerCandidate]:
    """The candidates less verbs used as adjectives ("its long-threatened invasion", "the
    long-awaited talks"): the noun they qualify is the event, they are not. Without a parse,
    participles after a noun (:func:`_not_participles`)."""
    if not parsed.has_parser:
        return _not_participles(parsed, sentence, candidates)
    modifiers = {
        c.head
        for c in candidates
        if not c.nominal
        and (c.last - c.first == 1 or c.mode == ATTRIBUTION_MODE)  # "the man responsible for"
        and parsed.tokens[c.head].dep == "amod"
    }
    if not modifiers:
        return candidates
    # a verb with an object is no modifier, whatever the parse says ("Kiev accuse Moscou")
    with_arguments = {
        t.head
        for t in parsed.sentence_tokens(sentence)
        if t.head in modifiers and t.dep in _ARGUMENTS
    }
    return [c for c in candidates if c.head not in modifiers - with_arguments or c.nominal]
