"""Whether an event occurred, is planned, ongoing, hypothetical or negated; and its date.

Status comes from cue words around the trigger (``did not``, ``could``,
``will``, ``sta ...ndo``), from verb morphology where the parser gives it
(``Tense=Fut``, ``Mood=Cnd``) or from verb endings where it does not
(``-rà``, ``-ront``, ``-rán``), and from a dated time expression that lies
after the publication date. It never depends on :mod:`annals.time.tense`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from annals.events.lexicon import PhraseSet, cue_words, cues, language_cues
from annals.events.status_clauses import conditional, goal_predicate, verb_after
from annals.events.triggers import TriggerCandidate, clause_root
from annals.models import (
    EventStatus,
    ParsedText,
    PartialDate,
    PublicationDate,
    Sentence,
    TimeExpression,
    Token,
)
from annals.time.patterns import SPAN_END_BEFORE
from annals.time.values import value_to_date

_BEFORE = 5
#: A background cue ends at most this many words before its event noun ("the anniversary
#: of | Russia 's full - scale | invasion": hyphens are tokens).
_BACKGROUND_GAP = 6
_CLAUSE_BEFORE = 14
#: A deadline word right before a time expression ("by 2035", "para 2030").
_DEADLINE_BEFORE = re.compile(r"(?<!\w)(?:by|para)(?:\s+(?:the|el|la|fin\s+de))?\s+$", re.I)
_OWN_CLAUSE_DEPS = frozenset(
    {"nsubj", "nsubjpass", "nsubj:pass", "csubj", "expl", "aux", "aux:pass", "auxpass"}
)
#: How far (in words) before a negated trigger a modal of will makes it a refusal.
_REFUSAL_BEFORE = 8
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})
_PROGRESSIVE = ("ing",)


@dataclass(frozen=True, slots=True)
class _StatusCues:
    negation_before: PhraseSet
    negation_after: PhraseSet
    hypothetical_before: PhraseSet
    hypothetical_clause: PhraseSet
    hypothetical_suffix: tuple[str, ...]
    planned_before: PhraseSet
    planned_suffix: tuple[str, ...]
    ongoing_before: PhraseSet
    ongoing_suffix: tuple[str, ...]
    window_after: bool
    today: PhraseSet
    perfect_aux: PhraseSet
    perfect_suffix: tuple[str, ...]
    reported_conditional: PhraseSet
    speech_verbs: PhraseSet
    warning_before: PhraseSet
    background_before: PhraseSet
    anaphoric_determiners: frozenset[str]
    refusal_modals: frozenset[str]
    occurrence_verbs: frozenset[str]
    occurrence_stems: tuple[str, ...]  # the verbs without their infinitive ending
    consequence_verbs: frozenset[str]
    consequence_stems: tuple[str, ...]
    call_words: PhraseSet
    goal_nouns: frozenset[str]
    goal_copulas: frozenset[str]
    goal_links: frozenset[str]
    clause_words: frozenset[str]  # coordinators and clause breaks: the end of a clause


def _load_cues(language: str) -> _StatusCues:
    table = language_cues("status", language)
    perfect = language_cues("perfect", language)
    return _StatusCues(
        negation_before=PhraseSet.build(table["negation_before"]),
        negation_after=PhraseSet.build(table.get("negation_after", [])),
        hypothetical_before=PhraseSet.build(table["hypothetical_before"]),
        hypothetical_clause=PhraseSet.build(table["hypothetical_clause"]),
        hypothetical_suffix=tuple(table.get("hypothetical_suffix", [])),
        planned_before=PhraseSet.build(table["planned_before"]),
        planned_suffix=tuple(table.get("planned_suffix", [])),
        ongoing_before=PhraseSet.build(table["ongoing_before"]),
        ongoing_suffix=tuple(table.get("ongoing_suffix", [])),
        window_after=bool(table.get("window_after", False)),
        today=PhraseSet.build(language_cues("today", language)),
        perfect_aux=PhraseSet.build(perfect["aux"]),
        perfect_suffix=tuple(perfect["participle_suffix"]),
        reported_conditional=PhraseSet.build(table.get("reported_conditional", [])),
        speech_verbs=PhraseSet.build(cues()["speech_verbs"].get(language, [])),
        warning_before=PhraseSet.build(table.get("warning_before", [])),
        background_before=PhraseSet.build(table.get("background_before", [])),
        anaphoric_determiners=frozenset(table.get("anaphoric_determiners", [])),
        refusal_modals=frozenset(table.get("refusal_modals", [])),
        occurrence_verbs=frozenset(table.get("occurrence_verbs", [])),
        occurrence_stems=_stems(table.get("occurrence_verbs", [])),
        consequence_verbs=frozenset(table.get("consequence_verbs", [])),
        consequence_stems=_stems(table.get("consequence_verbs", [])),
        call_words=PhraseSet.build(table.get("call_words", [])),
        goal_nouns=frozenset(table.get("goal_nouns", [])),
        goal_copulas=frozenset(table.get("goal_copulas", [])),
        goal_links=frozenset(table.get("goal_links", [])),
        clause_words=frozenset(
            [*language_cues("coordinators", language), *language_cues("clause_breaks", language)]
        ),
    )


def _stems(verbs: Sequence[str]) -> tuple[str, ...]:
    """Infinitives less their ending, for texts without lemmas: "iniziare" → "inizi",
    "cominciare" → "cominc" (its future is "comincerà"), "comenzar" → "comenz"."""
    found: list[str] = []
    for verb in verbs:
        for ending in ("ciare", "giare", "are", "ere", "ire", "ar", "er", "ir"):
            if verb.endswith(ending):
                stem = verb[: len(verb) - len(ending) + (1 if ending[0] in "cg" else 0)]
                if len(stem) >= 4:
                    found.append(stem)
                break
    return tuple(found)


class StatusDetector:
    """Status and date of trigger candidates; cue lists are loaded once per language."""

    def __init__(self, languages: Sequence[str]) -> None:
        self._cues = {language: _load_cues(language) for language in languages}

    def _for(self, language: str) -> _StatusCues:
        if language not in self._cues:
            self._cues[language] = _load_cues(language)
        return self._cues[language]

    def is_background(
        self, parsed: ParsedText, sentence: Sentence, candidate: TriggerCandidate
    ) -> bool:
        """Is an event noun the background of the news rather than news: "the second
        anniversary of Russia's invasion", "since the start of the offensive", "dall'inizio
        dell'invasione", "seit Beginn der Invasion"? Such a mention says nothing of what
        happened on the day, and the sentence's date is the anniversary's, not the event's.
        So is a noun that refers back to an event already told ("these threats")."""
        if parsed.has_parser:
            if not candidate.nominal:
                return False
            gap = _BACKGROUND_GAP
        else:  # no parse: a noun right after the cue (an article, an adjective between)
            if parsed.language == "de" and not candidate.text[:1].isupper():
                return False
            gap = 2
        cues = self._for(parsed.language)
        tokens = parsed.sentence_tokens(sentence)
        words = [token.text.lower().replace("’", "'") for token in tokens]
        first = candidate.first - sentence.first_token
        if self._refers_back(parsed, tokens, words, first, cues.anaphoric_determiners):
            return True
        if parsed.has_parser and _said_of_pronoun(parsed, tokens, parsed.tokens[candidate.head]):
            return True
        for index in range(max(0, first - gap - 4), first):
            length = cues.background_before.match_at(words, index)
            if length and first - gap <= index + length <= first:
                return True
        return False

    def is_refusal(
        self, parsed: ParsedText, sentence: Sentence, candidate: TriggerCandidate
    ) -> bool:
        """Is a negated action a refusal: a will or an intention not to act ("said it
        would not accept more refugees", "won't release them", "non intende ritirare",
        "wird die Truppen nicht abziehen", "no va a aceptar")? PLOVER codes a refusal as
        REJECT. A plain negated fact ("did not attack") is none."""
        cues = self._for(parsed.language)
        tokens = parsed.sentence_tokens(sentence)
        first = candidate.first - sentence.first_token
        window = tokens[max(0, first - _REFUSAL_BEFORE) : first]
        if any(token.text.lower() in cues.refusal_modals for token in window):
            return True
        head = parsed.tokens[candidate.head]  # "non invierà", "ne livrera pas", "no enviará"
        return "Tense=Fut" in head.morph or _ends_with(head.text.lower(), cues.planned_suffix)

    @staticmethod
    def _refers_back(
        parsed: ParsedText,
        tokens: Sequence[Token],
        words: list[str],
        first: int,
        determiners: frozenset[str],
    ) -> bool:
        """A demonstrative before the event noun, maybe with one adjective between ("these
        threats", "questi nuovi attacchi", "cet accord", "diese Angriffe"): the noun refers
        back to an event already told. With a parse the word must be the noun's determiner
        ("said that attacks …" has a conjunction, not a demonstrative)."""
        for position in (first - 1, first - 2):
            if position < 0 or words[position] not in determiners:
                continue
            if position == first - 2 and not words[first - 1].isalpha():
                return False
            if parsed.has_parser:
                return tokens[position].dep == "det"
            return position == first - 1 or words[first - 1].islower()
        return False

    def status(
        self,
        parsed: ParsedText,
        sentence: Sentence,
        candidate: TriggerCandidate,
        date: PartialDate | None,
        published: PublicationDate,
        names: Sequence[tuple[int, int]] = (),
    ) -> EventStatus:
        """The event's status; ``names`` are the character spans of names found besides the
        recogniser's (linked by the knowledge base): their words are no cues either."""
        cues = self._for(parsed.language)
        tokens = parsed.sentence_tokens(sentence)
        words = [token.text.lower().replace("’", "'") for token in tokens]
        first = candidate.first - sentence.first_token
        last = candidate.last - sentence.first_token
        head = parsed.tokens[candidate.head]
        before = range(max(0, first - _BEFORE), first)
        after = range(last, min(len(words), last + (_BEFORE if cues.window_after else 3)))
        if _negated(parsed, cues, sentence, candidate, tokens, words, before, after, names):
            return "negated"
        clause = range(max(0, first - _CLAUSE_BEFORE), first)
        if _any_at(cues.hypothetical_clause, words, clause):
            return "hypothetical"
        if self._reported_occurrence(parsed, cues, tokens, words, candidate):
            return "planned"  # "advirtió de que las protestas empezarían en Bengasi"
        if _warned_of(parsed, cues, candidate, words, first):
            return "hypothetical"  # "warned of more frequent attacks", "rischio di attacchi"
        if _reported_future(cues, words, first, before, head):
            return "planned"
        if (
            _any_at(cues.hypothetical_before, words, before)
            or "Mood=Cnd" in head.morph
            or _ends_with(words[first], cues.hypothetical_suffix)
            or _wished(parsed, cues, candidate)
            or self._consequence(parsed, cues, tokens, words, candidate)
        ):
            return "hypothetical"
        if self._planned(parsed, cues, words, first, head, before, after, candidate):
            return "planned"
        if self._planned_occurrence(parsed, cues, tokens, words, candidate):
            return "planned"
        if (
            date is not None
            and published.date is not None
            and date.first_day() > (published.date.last_day())
        ):
            return "planned"
        if self._ongoing(parsed, cues, words, candidate, first, before):
            return "ongoing"
        return "occurred"

    def _planned(
        self,
        parsed: ParsedText,
        cues: _StatusCues,
        words: list[str],
        first: int,
        head: Token,
        before: range,
        after: range,
        candidate: TriggerCandidate,
    ) -> bool:
        if _any_at(cues.planned_before, words, before):
            return True
        if goal_predicate(words, first, cues.goal_nouns, cues.goal_copulas, cues.goal_links):
            return True  # "la prioridad de la UE es evacuar", "l'obiettivo è ritirare"
        if candidate.type in _CALLED_TYPES and cues.call_words.find(
            words[first : candidate.last - candidate.first + first]
        ):
            return True  # "ha convocado una manifestación", "ha indetto uno sciopero"
        if cues.window_after and _any_at(cues.planned_before, words, _clause_words(words, first)):
            return True  # German puts "wird", "soll" anywhere in its own clause
        if "Tense=Fut" in head.morph:
            return True
        if not parsed.has_parser:
            auxiliaries = [*[words[i] for i in before][-2:], words[first]]
            return any(_ends_with(word, cues.planned_suffix) for word in auxiliaries)
        return False

    def _planned_occurrence(
        self,
        parsed: ParsedText,
        cues: _StatusCues,
        tokens: Sequence[Token],
        words: list[str],
        candidate: TriggerCandidate,
    ) -> bool:
        """An event noun that is the subject of a verb that only says it takes place, in the
        future: "deliveries of weapons would begin within hours", "the talks will be held in
        Geneva", "le consegne inizieranno a marzo". The verb carries the tense. Without a
        parse the trigger cannot be told a noun, and any trigger so followed is planned."""
        if not cues.occurrence_verbs:
            return False
        found = verb_after(
            parsed,
            candidate,
            words,
            tokens[0].index,
            (cues.occurrence_verbs, cues.occurrence_stems),
            cues.clause_words,
        )
        if found is None:
            return False
        at = found - tokens[0].index
        if not parsed.has_parser:
            # no parse (nor parts of speech): a future form of such a verb shortly after the
            # trigger, in its clause ("le consegne di armi all'Ucraina inizieranno")
            return _ends_with(words[at], cues.planned_suffix)
        verb = parsed.tokens[found]
        before = range(max(0, at - _BEFORE), at)
        if _reported_future(cues, words, at, before, verb):
            return True
        return self._planned(parsed, cues, words, at, verb, before, range(at, at), candidate)

    def _reported_occurrence(
        self,
        parsed: ParsedText,
        cues: _StatusCues,
        tokens: Sequence[Token],
        words: list[str],
        candidate: TriggerCandidate,
    ) -> bool:
        """An event noun whose verb of taking place is a conditional reported by a speech
        verb or a warning before it: a future in reported speech ("warned that the protests
        would begin in Benghazi", "advirtió de que las huelgas empezarían el lunes")."""
        occurrence = (cues.occurrence_verbs, cues.occurrence_stems)
        if not _conditional_after(parsed, cues, tokens, words, candidate, occurrence):
            return False
        earlier = range(0, max(0, candidate.first - tokens[0].index))
        return _any_at(cues.speech_verbs, words, earlier) or _any_at(
            cues.warning_before, words, earlier
        )

    def _consequence(
        self,
        parsed: ParsedText,
        cues: _StatusCues,
        tokens: Sequence[Token],
        words: list[str],
        candidate: TriggerCandidate,
    ) -> bool:
        """An event noun whose verb says what it would bring, in the conditional ("an
        invasion would mean a catastrophe", "una invasión supondría una catástrofe", "un
        attacco comporterebbe"): the event is supposed. A compound past ("l'attacco avrebbe
        causato", "el ataque habría causado": reportedly) is no such form."""
        consequence = (cues.consequence_verbs, cues.consequence_stems)
        return _conditional_after(parsed, cues, tokens, words, candidate, consequence)

    def _ongoing(
        self,
        parsed: ParsedText,
        cues: _StatusCues,
        words: list[str],
        candidate: TriggerCandidate,
        first: int,
        before: range,
    ) -> bool:
        """A multi-word cue ("continues to", "en train de"), or a progressive verb form."""
        if _any_phrase_at(cues.ongoing_before, words, before):
            return True
        if candidate.nominal:
            return False
        suffixes = cues.ongoing_suffix or (_PROGRESSIVE if parsed.language == "en" else ())
        return (
            bool(suffixes)
            and _any_at(cues.ongoing_before, words, before)
            and _ends_with(words[first], suffixes)
        )

    # ------------------------------------------------------------------ dates

    def date(
        self,
        parsed: ParsedText,
        sentence: Sentence,
        candidate: TriggerCandidate,
        times: Sequence[TimeExpression],
    ) -> tuple[PartialDate | None, PartialDate | None]:
        """The date (and end date) of the time expression that belongs to the trigger."""
        best: tuple[int, PartialDate, PartialDate | None] | None = None
        root = clause_root(parsed.tokens, candidate.head) if parsed.has_parser else None
        for time in times:
            if not (sentence.start <= time.start < sentence.end):
                continue
            window = max(sentence.start, time.start - 16)
            if SPAN_END_BEFORE.search(parsed.text, window, time.start) or _DEADLINE_BEFORE.search(
                parsed.text, window, time.start
            ):
                # "extending aid through the end of 2025", "agreed to spend 5% by 2035":
                # an end or a deadline, not the act's date
                continue
            start = value_to_date(time.value)
            if start is None or _period_of_a_thing(parsed, sentence, time):
                continue
            if root is not None and not self._same_clause(
                parsed, sentence, time, root, candidate.head
            ):
                continue
            if root is None and _SUBORDINATE.search(
                parsed.text, min(candidate.end, time.end), max(candidate.start, time.start)
            ):
                continue  # without a parse: "…kündigten an, dass ab 2026 …" dates another clause
            distance = min(abs(time.start - candidate.end), abs(candidate.start - time.end))
            end = value_to_date(time.end_value) if time.end_value else None
            if best is None or distance < best[0]:
                best = (distance, start, end)
        return (best[1], best[2]) if best else (None, None)

    def _same_clause(
        self, parsed: ParsedText, sentence: Sentence, time: TimeExpression, root: int, trigger: int
    ) -> bool:
        clause = parsed.tokens[root]
        if clause.dep in _RELATIVE_DEPS and clause.head != root:
            head = parsed.tokens[clause.head]
            if time.start <= head.start and head.end <= time.end:
                return True  # "il giorno in cui Zelensky ha firmato": the clause dates itself
        tokens = parsed.sentence_tokens(sentence)
        following = next((t for t in tokens if t.start >= time.end), None)
        words = time.text.lower().split()
        if (
            following is not None
            and words
            and words[-1] in _TIME_NOUNS  # "the same day that…", never "said on Monday that…"
            and following.head == root
            and following.text.lower() in _RELATIVE_WORDS
            and not parsed.text[time.end : following.start].strip()
        ):
            return True  # "on the same day that Starmer signed", parsed as another clause
        for token in tokens:
            if token.start >= time.start and token.end <= time.end:
                own = clause_root(parsed.tokens, token.index)
                return (
                    own == root
                    or _shared_subject(parsed.tokens, own, root)
                    or _describes(parsed.tokens, own, root, trigger, time)
                )
        return True

    def fallback_date(
        self,
        parsed: ParsedText,
        sentence: Sentence,
        candidate: TriggerCandidate,
        status: EventStatus,
        published: PublicationDate,
    ) -> PartialDate | None:
        """A date from the publication date when the sentence gives none.

        Conservative on purpose: a simple past ("Rutte visited Rome") without a
        time expression in the body of an article can lie any time before
        publication, so it gets no date. "Today" wording and ongoing events take
        the publication date; the publication *month* goes to what is recent: a
        present perfect ("has visited", "ha incontrato", "a rencontré"), an event
        of the headline or lead (the news itself), and a statement (support,
        accusation, refusal, threat, demand: reported when it is made). On the
        sample corpus this dates 60 of the 86 annotated events rightly (49
        before), and leaves 5 with only a wrong date (9 before).
        Planned, hypothetical and negated events get no date.
        """
        if published.date is None or status in {"planned", "hypothetical", "negated"}:
            return None
        cues = self._for(parsed.language)
        words = [token.text.lower().replace("’", "'") for token in parsed.sentence_tokens(sentence)]
        if cues.today.find(words) or status == "ongoing":
            return published.date
        first = candidate.first - sentence.first_token
        before = range(max(0, first - 3), first)
        perfect = _any_at(cues.perfect_aux, words, before) and (
            _ends_with(words[first], cues.perfect_suffix) or parsed.has_parser
        )
        recent = (
            perfect
            or sentence.index < parsed.lead_end(_LEAD_SENTENCES)
            or candidate.type in _SPEECH_TYPES
        )
        if recent and published.date.month is not None:
            return PartialDate(published.date.year, published.date.month)
        return None


# The headline and lead (its first sentences: `ParsedText.lead_end`) report the news
# itself; statements are reported when made.
_LEAD_SENTENCES = 2
_SPEECH_TYPES = frozenset({"SUPPORT", "ACCUSE", "REJECT", "THREATEN", "REQUEST"})


# A comma and a subordinating conjunction open another clause (used without a parse).
_SUBORDINATORS = frozenset(
    {"dass", "ob", "weil", "che", "perché", "que", "porque", "parce", "that", "because"}
)
_SUBORDINATE = re.compile(rf",\s*(?:{'|'.join(sorted(_SUBORDINATORS))})\b", re.IGNORECASE)


def _negated(
    parsed: ParsedText,
    cues: _StatusCues,
    sentence: Sentence,
    candidate: TriggerCandidate,
    tokens: Sequence[Token],
    words: list[str],
    before: range,
    after: range,
    names: Sequence[tuple[int, int]],
) -> bool:
    """Whether a negation stands before the trigger, after it (within ``before`` and
    ``after``, names left out), in a separable verb's middle field, or in the parse."""
    first = candidate.first - sentence.first_token
    unnamed = _outside_names(parsed, tokens, words, names)  # "Reporters sans frontières"
    # a separable verb's middle field: "lehnte den Beitritt Schwedens nicht ab"
    inside = (
        range(first + 1, candidate.particle - sentence.first_token)
        if candidate.particle is not None
        else range(0)
    )
    return (
        _any_at(cues.negation_before, unnamed, before)
        or _any_at(cues.negation_after, unnamed, after)
        or _any_at(cues.negation_after, unnamed, inside)
        or _negated_by_parse(parsed, candidate)
    )


def _warned_of(
    parsed: ParsedText,
    cues: _StatusCues,
    candidate: TriggerCandidate,
    words: list[str],
    first: int,
) -> bool:
    """Whether a warning before the trigger makes its event hypothetical: before an event
    noun, or (without a parse) close before any trigger."""
    warned = _any_at(cues.warning_before, words, range(max(0, first - 6), first))
    close = _any_at(cues.warning_before, words, range(max(0, first - 2), first))
    # without a parse, a warning four words before a trigger that no auxiliary makes a
    # verb: "rischio di nuovi attacchi" (but not "teme che la Russia ha attaccato")
    near = _any_at(cues.warning_before, words, range(max(0, first - 4), first)) and not (
        first > 0 and words[first - 1] in cue_words("participle_auxiliaries", parsed.language)
    )
    return (candidate.nominal and warned) or (not parsed.has_parser and (close or near))


#: Types of event that a call sets for later ("convocó una huelga", "a appelé à manifester").
_CALLED_TYPES = frozenset({"PROTEST"})


def _clause_words(words: Sequence[str], first: int) -> range:
    """Positions of the clause around ``first``, bounded by a comma and a subordinating
    conjunction on either side ("…kündigten an, dass … sollen": "sollen" is another clause)."""
    start, end = 0, len(words)
    for index in range(first - 1, 0, -1):
        if words[index - 1] == "," and words[index] in _SUBORDINATORS:
            start = index + 1
            break
    for index in range(first + 1, len(words) - 1):
        if words[index] == "," and words[index + 1] in _SUBORDINATORS:
            end = index
            break
    return range(start, end)


# A relative clause on a time noun ("the day that…", "il giorno in cui…") belongs to it.
_RELATIVE_DEPS = frozenset({"relcl", "acl:relcl", "acl"})
_TIME_NOUNS = frozenset(
    {
        *("day", "week", "month", "year", "night", "morning", "evening", "afternoon", "time"),
        *("giorno", "settimana", "mese", "anno", "notte", "sera", "mattina", "momento"),
        *("jour", "semaine", "mois", "année", "an", "nuit", "soir", "matin", "moment"),
        *("tag", "woche", "monat", "jahr", "nacht", "abend", "morgen", "moment"),
        *("día", "semana", "mes", "año", "noche", "mañana", "tarde", "momento"),
    }
)
_RELATIVE_WORDS = frozenset(
    {"that", "when", "cui", "quando", "où", "quand", "als", "wo", "que", "cuando"}
)


def _reported_future(
    cues: _StatusCues, words: list[str], first: int, before: range, head: Token
) -> bool:
    """A conditional after a speech verb is a future in reported speech.

    "They said they would boycott the talks", "ha detto che avrebbe
    firmato": the speaker announces the act, it is not a supposition.
    """
    conditional = (
        _any_at(cues.reported_conditional, words, before)
        or "Mood=Cnd" in head.morph
        or _ends_with(words[first], cues.hypothetical_suffix)
    )
    if not conditional:
        return False
    return _any_at(cues.speech_verbs, words, range(0, max(0, first - 1)))


def _said_of_pronoun(parsed: ParsedText, tokens: Sequence[Token], noun: Token) -> bool:
    """Is the event noun the predicate of a pronoun ("It is his last summit", "C'était la
    pire attaque depuis des années")? It says what an event already told was."""
    if noun.dep == "attr" and noun.head != noun.index:
        clause = noun.head  # English: "is" heads both the subject and the predicate
    elif any(t.head == noun.index and t.dep == "cop" for t in tokens):
        clause = noun.index  # Universal Dependencies: the predicate heads the copula
    else:
        return False
    return any(
        t.head == clause and t.dep in _SUBJECT_DEPS and t.pos == "PRON" and t.index != noun.index
        for t in tokens
    )


def _describes(
    tokens: Sequence[Token], own: int, root: int, head: int, time: TimeExpression
) -> bool:
    """Does the clause ``own`` that holds a time describe the trigger's phrase, so that the
    time dates the trigger? A participle on the event noun itself ("the strikes carried out
    on Monday", "air strikes killed 40 people on Tuesday" read as a reduced relative), and
    an infinitive on a noun of the trigger's clause when the time is a day named by its
    weekday or from today ("approved Sweden's bid to join NATO on Tuesday": a past day is
    when the approval happened, not the joining)."""
    clause = tokens[own]
    if clause.dep != "acl" or clause.head == own:
        return False
    if clause.head == head:
        return True
    words = time.text.lower().split()
    return (
        clause_root(tokens, clause.head) == root
        and bool(words)
        and words[-1] in _DEICTIC_DAYS
        and any(t.head == own and t.text.lower() == "to" for t in tokens[max(0, own - 3) : own])
    )


#: Days named by their weekday or from today, which date the reported act.
_DEICTIC_DAYS = frozenset(
    {
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("yesterday", "today"),
    }
)


def _shared_subject(tokens: Sequence[Token], one: int, other: int) -> bool:
    """Are two clauses verbs joined without a subject of the second ("killed twelve people
    and wounded sixty on Tuesday"), so that a time of either dates both?"""
    for first, second in ((one, other), (other, one)):
        verb = tokens[second]
        if verb.dep == "conj" and verb.head == first:
            # an own subject or auxiliary ("and will free more next week") parts them
            return not any(
                t.head == second and t.index != second and t.dep in _OWN_CLAUSE_DEPS
                for t in tokens[max(0, second - 12) : second + 12]
            )
    return False


#: Dependencies through which a word belongs to the phrase above it (an object, a
#: prepositional phrase, an infinitive complement).
_PHRASE_DEPS = frozenset({"pobj", "prep", "dobj", "obj", "xcomp", "acomp", "compound", "amod"})


def _wished(parsed: ParsedText, cues: _StatusCues, candidate: TriggerCandidate) -> bool:
    """A trigger further down an infinitive that a word of wish governs, beyond the words
    before it: "keen to shore up its security with bilateral agreements", "wants to sign a
    deal with Kyiv". The words are the language's ``hypothetical_before`` phrases ending in
    an infinitive marker ("keen to", "wants to")."""
    if not parsed.has_parser:
        return False
    tokens = parsed.tokens
    current = tokens[candidate.head]
    for _ in range(6):
        if current.dep not in _PHRASE_DEPS or current.head == current.index:
            return False
        governor = tokens[current.head]
        marker = next(
            (
                t
                for t in tokens[max(0, current.index - 3) : current.index]
                if t.head == current.index and t.dep in {"aux", "mark"}
            ),
            None,
        )
        if marker is not None and current.dep in {"xcomp", "acl"}:
            words = [governor.text.lower(), marker.text.lower()]
            return cues.hypothetical_before.match_at(words, 0) == 2
        current = governor
    return False


#: Prepositions of the period a thing is for ("aid for 2025", "le budget pour 2026").
_PERIOD_PREPOSITIONS = frozenset({"for", "pour", "für"})
#: Lemmas of verbs whose "for" phrase gives the date the act is set for ("scheduled for 2026").
_SCHEDULING_LEMMAS = frozenset(
    {"schedule", "set", "slate", "plan", "due", "postpone", "delay", "move", "push", "expect"}
    | {"reschedule", "call", "fix", "prévoir", "programmer", "reporter", "fixer", "planen"}
)


def _period_of_a_thing(parsed: ParsedText, sentence: Sentence, time: TimeExpression) -> bool:
    """A year after "for" ("announced 1 billion euros in military aid for 2025", "approved
    its budget for 2026"): the period of the thing, not the date of the act; unless a verb
    of scheduling governs it ("the vote is scheduled for 2026"). With a parse only."""
    if not parsed.has_parser or not re.fullmatch(r"\d{4}", time.value):
        return False
    before = [t for t in parsed.sentence_tokens(sentence) if t.end <= time.start]
    if not before or before[-1].text.lower() not in _PERIOD_PREPOSITIONS:
        return False
    governor = parsed.tokens[before[-1].head]
    return governor.lemma.lower() not in _SCHEDULING_LEMMAS


def _conditional_after(
    parsed: ParsedText,
    cues: _StatusCues,
    tokens: Sequence[Token],
    words: list[str],
    candidate: TriggerCandidate,
    verbs: tuple[frozenset[str], tuple[str, ...]],
) -> bool:
    """Does one of ``verbs`` (lemmas, stems) follow the event noun in its clause in the
    conditional ("las huelgas empezarían", "una invasión supondría")?"""
    verb = verb_after(parsed, candidate, words, tokens[0].index, verbs, cues.clause_words)
    return verb is not None and conditional(
        parsed.tokens[verb], words, verb - tokens[0].index, cues.hypothetical_suffix
    )


def _outside_names(
    parsed: ParsedText,
    tokens: Sequence[Token],
    words: list[str],
    names: Sequence[tuple[int, int]] = (),
) -> list[str]:
    """The words with those inside a recognised or linked name blanked: a name's words
    ("sans" of "Reporters sans frontières", "Nie" of "Nie wieder Krieg") are no cues."""
    spans = [(span.start, span.end) for span in parsed.entity_spans] + list(names)
    if not spans or not tokens:
        return words
    low, high = tokens[0].start, tokens[-1].end
    inside = [(start, end) for start, end in spans if start < high and low < end]
    if not inside:
        return words
    return [
        "" if any(start <= token.start < end for start, end in inside) else word
        for token, word in zip(tokens, words, strict=True)
    ]


def _any_at(phrases: PhraseSet, words: list[str], positions: range) -> bool:
    return any(phrases.match_at(words, index) for index in positions)


def _any_phrase_at(phrases: PhraseSet, words: list[str], positions: range) -> bool:
    """Only multi-word entries (single words such as "is" are too weak alone)."""
    for index in positions:
        for phrase in phrases.phrases:
            if tuple(words[index : index + len(phrase)]) == phrase:
                return True
    return False


def _ends_with(word: str, suffixes: Sequence[str]) -> bool:
    return len(word) > 4 and any(word.endswith(suffix) for suffix in suffixes)


def _negated_by_parse(parsed: ParsedText, candidate: TriggerCandidate) -> bool:
    if not parsed.has_parser:
        return False
    head = candidate.head
    return any(
        token.head == head
        and token.index != head
        and (token.dep == "neg" or "Polarity=Neg" in token.morph)
        for token in parsed.tokens[max(0, head - 6) : head + 4]
    )
