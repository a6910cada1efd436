"""What the type classifier's scores do to a clause.

:class:`TypeChoice` re-ranks or re-types a clause's triggers by the classifier's scores
(:class:`~annals.events.extractor_base.TypeTuning` says how far), turns a negated will to
act into a refusal, and proposes an event where no trigger matched: from the lexical
classifier, else from the sentence type model (:mod:`annals.events.fallback`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import replace

from annals.events.classifier import NONE_LABEL, TypeScores
from annals.events.extractor_base import ExtractorBase
from annals.events.extractor_candidates import reads_as_noun
from annals.events.lexicon import cue_words, language_cues
from annals.events.quotes import QUOTE_MARKS
from annals.events.roles import MentionIndex, is_participant
from annals.events.triggers import TriggerCandidate
from annals.language import stop_words
from annals.models import EventStatus, ParsedText, Sentence, Token

#: The pattern of a candidate proposed by the sentence type model starts with this.
EMBEDDING_SOURCE = "embedding"
#: Types whose act may be the saying itself ("X said Y was to blame" accuses): another type
#: proposed at a verb of saying is the reported clause's act, not the speaker's.
_SAID_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT", "AGREE", "CONCEDE"})
#: Types whose trigger carries its own modality: a demand or a threat is made when it is said.
_SPEECH_ACTS = frozenset({"REQUEST", "THREATEN"})
#: (lexicon type, classifier type) pairs where the lexicon's stands: a protest carries its
#: demands and grievances ("staged demonstrations to demand reforms" is a PROTEST).
_KEPT_TYPES = frozenset({("PROTEST", "REQUEST"), ("PROTEST", "ACCUSE"), ("PROTEST", "REJECT")})
#: Cooperative actions whose negated will is a refusal (REJECT).
_REFUSABLE = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "MOBILIZE"}
)
_FUTURE_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
_FUTURE_THREATEN = frozenset({"SANCTION", "COERCE", "ASSAULT", "PROTEST"})
#: How many first words of a sentence may hold a verb of a state of mind that keeps the
#: sentence type model away ("Italia teme che …", "Israel fears a wider war").
_MENTAL_WINDOW = 8
#: Plural demonstratives and "such": a sentence with one refers back to events told
#: before ("these threats"), which the sentence type model cannot tell from news.
_REFERRING_BACK = frozenset(
    {"these", "those", "such", "questi", "queste", "quei", "quelle", "tali", "ces", "tels"}
    | {"telles", "solche", "solchen", "solcher", "solchem", "estos", "estas", "esos", "esas"}
    | {"tales"}
)


def reduced_type(event_type: str, status: str) -> str:
    """The PLOVER type of an event of ``event_type`` with ``status`` (PLOVER's reductions of
    planned events, as :func:`annals.events.plover.plover_type` applies them)."""
    if status != "planned":
        return event_type
    if event_type in _FUTURE_AGREE:
        return "AGREE"
    if event_type == "RETREAT":
        return "CONCEDE"
    if event_type in _FUTURE_THREATEN:
        return "THREATEN"
    return event_type


class TypeChoice(ExtractorBase):
    """The type of a clause's event as the classifier reads it, and events it proposes."""

    def _refusal(
        self, parsed: ParsedText, sentence: Sentence, main: TriggerCandidate, status: EventStatus
    ) -> tuple[TriggerCandidate, EventStatus]:
        """A negated cooperative action said as a will not to act ("would not accept more
        refugees") is a refusal: an occurred REJECT, as PLOVER codes it."""
        if (
            status == "negated"
            and main.type in _REFUSABLE
            and self._status.is_refusal(parsed, sentence, main)
        ):
            return replace(main, type="REJECT", mode=None, flip=False), "occurred"
        return main, status

    def _retype(
        self,
        parsed: ParsedText,
        main: TriggerCandidate,
        group: Sequence[TriggerCandidate],
        status: EventStatus,
        scores: TypeScores,
        may_retype: bool,
        elsewhere: frozenset[str] = frozenset(),
    ) -> tuple[TriggerCandidate, float, EventStatus]:
        """The clause's candidate re-typed or re-ranked by the classifier, the classifier's
        probability of its (PLOVER-reduced) type, and its status.

        The lexicon's choice stands unless the classifier gives another candidate of the
        clause a higher probability, or gives a different type ``retype_ratio`` times the
        probability of every candidate's (and at least ``retype_min``). A negated action
        that the classifier reads as a refusal ("will not accept refugees") is an occurred
        REJECT, as PLOVER codes it. A type that a trigger of another clause has
        (``elsewhere``) is that clause's reading, not this one's.
        """
        tuning = self._tuning
        if status == "negated":
            label, probability = scores.best_type()
            # "did not reject the plan" stays a negated rejection
            if label == "REJECT" and main.type != "REJECT" and probability >= tuning.retype_min:
                return replace(main, type="REJECT", mode=None, flip=False), probability, "occurred"
            return main, scores.of(main.type), status
        label, probability = scores.best_type()
        if (
            status in {"occurred", "ongoing"}
            and label != main.type
            and reduced_type(main.type, "planned") == label
            and label not in elsewhere  # "leaders meeting in X have committed to ...": AGREE
            # "met Zelensky in Kyiv and announced a package of aid": the AGREE read is the
            # other clause's aid (promised aid is AGREE), not a meeting still to come
            and all(reduced_type(other, "planned") != label for other in elsewhere)
            and probability >= tuning.retype_min
            and probability >= tuning.retype_ratio * scores.of(main.type)
        ):
            # "deliveries would begin within hours": an AID still to come, which PLOVER
            # codes as the AGREE the classifier read (a planned ASSAULT as a THREATEN)
            return main, probability, "planned"
        main, probability = self._retyped(parsed, main, group, status, scores, may_retype)
        if status == "hypothetical" and main.type in _SPEECH_ACTS:
            status = "occurred"  # "X said Y must leave": the demand itself was made
        return main, probability, status

    def _retyped(
        self,
        parsed: ParsedText,
        main: TriggerCandidate,
        group: Sequence[TriggerCandidate],
        status: EventStatus,
        scores: TypeScores,
        may_retype: bool,
    ) -> tuple[TriggerCandidate, float]:
        tuning = self._tuning

        def fit(candidate: TriggerCandidate) -> float:
            return scores.of(reduced_type(candidate.type, status))

        commitment = (
            tuning.keep_commitments
            and main.type == "AGREE"
            and not main.nominal
            and any(c.type in _FUTURE_AGREE for c in group)
        )
        if main.weight >= tuning.protect_weight or commitment:
            # a precise pattern, or a commitment ("pledged aid": PLOVER codes the pledge)
            return main, fit(main)
        # a verbal trigger carries the clause: a noun of the clause may not outrank it
        verbal = not reads_as_noun(parsed, main)
        best = max(
            (
                c
                for c in group
                if not (verbal and reads_as_noun(parsed, c)) and not _in_condition(parsed, main, c)
            ),
            key=fit,
        )
        if (
            best is not main
            and (main.type, best.type) not in _KEPT_TYPES
            and fit(best) > fit(main) + tuning.rerank_margin
        ):
            # the better-fitting trigger of the clause, whose words name its parties ("ordered
            # patrols by police after protests by Muslim groups": the patrols')
            main = best
        label, probability = scores.best_type()
        if (
            may_retype
            and probability >= tuning.retype_min
            and probability >= tuning.retype_ratio * fit(main)
            and reduced_type(main.type, status) != label
            and main.type != label  # a planned meeting read as a meeting keeps its mode
            and (main.type, label) not in _KEPT_TYPES
        ):
            main = replace(main, type=label, mode=None, flip=False)  # type: ignore[arg-type]
            return main, probability
        return main, fit(main)

    def _may_propose(self, parsed: ParsedText, sentence: Sentence, index: MentionIndex) -> bool:
        """Cheap test before scoring a sentence without triggers: a participant and a verb."""
        if self._tuning.propose_min >= 1.0:
            return False
        if not any(is_participant(m) for m in index.in_span(sentence.start, sentence.end)):
            return False
        if not parsed.has_parser:
            return sentence.last_token - sentence.first_token >= 5
        tokens = parsed.sentence_tokens(sentence)
        return any(t.dep in {"ROOT", "root"} and t.pos in {"VERB", "AUX"} for t in tokens)

    def _propose(
        self, parsed: ParsedText, sentence: Sentence, index: MentionIndex, scores: TypeScores
    ) -> TriggerCandidate | None:
        """A candidate at the main verb of an eventful sentence that no trigger matched."""
        label, probability = scores.best_type()
        if probability < self._tuning.propose_min or scores.of(NONE_LABEL) > probability:
            return None
        return self._propose_at(parsed, sentence, index, label, probability, "classifier")

    def _fallback_proposal(
        self, parsed: ParsedText, sentence: Sentence, index: MentionIndex
    ) -> TriggerCandidate | None:
        """A candidate from the sentence embedding's reading (:mod:`annals.events.fallback`)."""
        assert self._fallback is not None
        count = self._tuning.fallback_sentences
        if sentence.index >= min(parsed.lead_end(count), count + 1):
            return None  # the body: the speed goal allows the headline and lead only
        tokens = parsed.sentence_tokens(sentence)
        words = [t.text.lower() for t in tokens]
        if not _REFERRING_BACK.isdisjoint(words):
            return None  # "pronta a difendersi da queste minacce": told before, no news
        if not cue_words("mental_verbs", parsed.language).isdisjoint(words[:_MENTAL_WINDOW]):
            return None  # "Israel teme al islamismo egipcio": a fear, a hope, no act
        if not cue_words("document_nouns", parsed.language).isdisjoint(words):
            return None  # "The text describes Ukraine's path as irreversible": what it says
        if _anchor(parsed, tokens, index) is None:
            return None  # no main verb to propose an event at: not worth an encoding
        # the main clause of a long sentence comes first; its tail would only add cost
        end = tokens[min(len(tokens), self._tuning.fallback_tokens) - 1].end
        found = self._fallback.proposal(parsed.text[sentence.start : end])
        if found is None:
            return None
        if found[0] == "CONSULT" and not _someone_met(parsed, tokens, index):
            return None  # "El ministro habló ayer": one speaker, no meeting
        return self._propose_at(parsed, sentence, index, found[0], found[1], EMBEDDING_SOURCE)

    def _propose_at(
        self,
        parsed: ParsedText,
        sentence: Sentence,
        index: MentionIndex,
        label: str,
        probability: float,
        source: str,
    ) -> TriggerCandidate | None:
        """A candidate of ``label`` at the sentence's main verb (or, for a verb of saying,
        at the clause it reports), None when there is no such verb."""
        tokens = parsed.sentence_tokens(sentence)
        head = _anchor(parsed, tokens, index)
        if head is None:
            return None
        if self._quotes.is_speech_verb(head.text, parsed.language):
            if any(t.text in QUOTE_MARKS for t in tokens if t.index < head.index):
                return None  # "'... and to support Ukraine,' he said": a quote's words are no act
            if label not in _SAID_TYPES:
                # "Officials said dozens of people were killed": the sayer did not kill; the
                # act is the reported clause's, with its own participants
                head = next((t for t in tokens if t.head == head.index and t.dep == "ccomp"), None)
                if head is None:
                    return None
        return TriggerCandidate.at_token(
            sentence.index,
            head,
            label,  # type: ignore[arg-type]
            round(probability, 2),
            f"{source}:{label}",
        )


def _someone_met(parsed: ParsedText, tokens: Sequence[Token], index: MentionIndex) -> bool:
    """Does the sentence name two parties that are not places, or a "with" or "between"
    phrase (what a meeting needs)?"""
    with_words = cue_words("coparticipant_prepositions", parsed.language)
    if any(t.text.lower() in with_words for t in tokens):
        return True
    parties = {
        m.entity_id
        for t in tokens
        if (m := index.at(t.index)) is not None
        and is_participant(m)
        and m.type not in {"LOC", "FAC"}
        and not m.entity_id.startswith(("city/", "local/GPE/"))
    }
    return len(parties) >= 2


def _in_condition(parsed: ParsedText, main: TriggerCandidate, candidate: TriggerCandidate) -> bool:
    """Is ``candidate`` in a condition that follows the main trigger ("amenazó con
    responder si Finlandia despliega armas")? The condition's act is no reading of the
    clause's."""
    if candidate.first < main.last:
        return False
    words = _condition_words(parsed.language)
    return any(t.text.lower() in words for t in parsed.tokens[main.last : candidate.first])


@functools.cache
def _condition_words(language: str) -> frozenset[str]:
    """The one-word openers of a condition ("if", "se", "si", "wenn") of a language."""
    table = language_cues("status", language).get("hypothetical_clause", [])
    return frozenset(word for word in table if " " not in word)


def _anchor(parsed: ParsedText, tokens: Sequence[Token], index: MentionIndex) -> Token | None:
    """The main verb of a sentence (parsed), else the first lowercase word after its first
    participant (subject–verb order) that is no stop word: an auxiliary ("ha enviado"),
    an article or a preposition is no verb to propose an event at."""
    if parsed.has_parser:
        return next(
            (t for t in tokens if t.dep in {"ROOT", "root"} and t.pos in {"VERB", "AUX"}), None
        )
    skipped = stop_words(parsed.language)
    seen_participant = False
    for token in tokens:
        mention = index.at(token.index)
        if mention is not None and is_participant(mention):
            seen_participant = True
            continue
        if (
            seen_participant
            and mention is None
            and token.text.isalpha()
            and token.text.islower()
            and token.text not in skipped
        ):
            return token
    return None
