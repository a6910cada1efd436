"""Status read from the clause around an event: the goal it is said to be ("la prioridad
de la UE es evacuar"), and the verb whose subject is the event noun ("las huelgas
empezarían", "una invasión supondría una catástrofe") with its conditional form.

Helpers of :mod:`annals.events.status`, which holds the cue lists they are given.
"""

from __future__ import annotations

from collections.abc import Sequence

from annals.events.triggers import TriggerCandidate
from annals.models import ParsedText, Token

#: How many words before its copula a goal noun may stand ("la prioridad | de la UE | es").
GOAL_BEFORE = 6
#: How many words after an event noun its verb may stand (no parse).
VERB_WINDOW = 6
#: Auxiliaries of the conditional that stand before the verb ("would mean", "could spell").
CONDITIONAL_AUXILIARIES = frozenset({"would", "could", "might", "'d"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})
#: Shortest word whose ending tells its form ("sería" is too short to be sure of).
_MIN_ENDING_WORD = 5


def goal_predicate(
    words: Sequence[str],
    first: int,
    nouns: frozenset[str],
    copulas: frozenset[str],
    links: frozenset[str],
) -> bool:
    """Is the trigger at ``words[first]`` what a goal is said to be ("la prioridad de la UE
    es evacuar", "the main goal is the withdrawal", "l'objectif est de retirer")? A goal
    noun shortly before a copula that stands right before the trigger, link words ("to",
    "di", "de", an article) between."""
    position = first - 1
    while position >= 0 and words[position] in links:
        position -= 1
    if position <= 0 or words[position] not in copulas:
        return False
    return any(words[i] in nouns for i in range(max(0, position - GOAL_BEFORE), position))


def verb_after(
    parsed: ParsedText,
    candidate: TriggerCandidate,
    words: Sequence[str],
    sentence_first: int,
    verbs: tuple[frozenset[str], tuple[str, ...]],
    clause_words: frozenset[str],
) -> int | None:
    """The token index of the verb (``verbs``: lemmas and their stems) whose subject is the
    event noun: with a parse the noun's head, or the copula of the predicate it heads; without
    one the first word after the trigger in its clause that starts with a stem. ``words``
    are the lowercased words of the sentence, whose first token is ``sentence_first``. None
    if there is none."""
    lemmas, stems = verbs
    if not lemmas:
        return None
    if not parsed.has_parser:
        offset = candidate.last - sentence_first
        for position, word in enumerate(words[offset:][:VERB_WINDOW], start=offset):
            if not word[:1].isalnum() or word in clause_words:
                return None
            if stems and word.startswith(stems):
                return sentence_first + position
        return None
    if not candidate.nominal:
        return None
    noun = parsed.tokens[candidate.head]
    if noun.dep not in _SUBJECT_DEPS or noun.head == noun.index:
        return None
    verb = parsed.tokens[noun.head]
    if verb.lemma.lower() in lemmas:
        return verb.index
    copula = next(
        (
            t
            for t in parsed.tokens[max(0, verb.index - 4) : verb.index]
            if t.head == verb.index and t.dep == "cop"
        ),
        None,
    )
    if copula is not None and copula.lemma.lower() in lemmas:
        return copula.index
    return None


def conditional(verb: Token, words: Sequence[str], at: int, suffixes: Sequence[str]) -> bool:
    """Is ``verb`` (at ``words[at]``) in the conditional: by its morphology ("serait"), its
    ending (``suffixes``: "supondría", "comporterebbe") or an auxiliary right before it
    ("would mean")?"""
    word = words[at]
    if "Mood=Cnd" in verb.morph or (
        len(word) >= _MIN_ENDING_WORD and word.endswith(tuple(suffixes))
    ):
        return True
    return any(words[i] in CONDITIONAL_AUXILIARIES for i in range(max(0, at - 2), at))
