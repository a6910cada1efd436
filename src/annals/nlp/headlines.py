"""French present-tense headlines whose verb the parser took for another word.

fr_core_news_sm, trained on full sentences, often misreads the verb of a headline or a
short present-tense sentence as a noun, an adjective or an adverb: "La Russie bombarde
Kiev" (bombarde an adjective), "Les rebelles libèrent les otages" (an adverb), "L'ONU
dénonce des exécutions sommaires" (a noun). The sentence then has no verb, and no
event. About one sentence in 800 of CL-TLS French news is such a clause, most of them
headlines and leads, where the main event of a story is told.

:func:`repair_verbless` gives such a sentence its verb back. A sentence qualifies when
it has no verb or auxiliary at all and reads as subject, verb and complement:

* it opens with a noun phrase (determiners, adjectives, nouns, names and "et"), whose
  last noun, or the noun its trailing adjectives follow, stands right before the verb;
* the verb is a lowercase form of a French verb's present or imperfect (``-e``,
  ``-ent`` and the forms the lemmatizer's table gives a verb), never a participle, a
  word tagged as a preposition, conjunction or pronoun ("contre", "entre", "puis"), or
  a stop word the table reads as no verb;
* a determiner, a name or a number follows it, or a preposition where the lemmatizer's
  table reads the form as a verb ("parle d'un massacre"; "la face sombre du régime" is
  no verb: "sombre" is read as an adjective there).

The verb becomes the root, the noun phrase's first noun its subject, and the first noun
after it its object (or an oblique after a preposition); the rest of each side hangs
from them as before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from annals.language import stop_words

#: A lemma the table gives at least this many forms is a verb (nouns and adjectives have
#: two to four; French verbs about forty).
MIN_VERB_FORMS = 10
_INFINITIVE_ENDINGS = ("er", "ir", "re")
#: Participles and gerunds: never the finite verb of a headline.
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "ie", "ies", "ue", "ues", "ant", "ants")
#: -ir verbs whose present ends in -e ("ouvre", "offre", "accueille").
_IR_ENDINGS = ("vre", "ffre", "eille")
_NOUN_PHRASE = frozenset({"DET", "ADJ", "NOUN", "PROPN", "CCONJ"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_COMPLEMENTS = frozenset({"NOUN", "PROPN", "PRON"})
_OBJECT_OPENERS = frozenset({"DET", "PROPN", "NUM"})
#: The plural article, which fr_core_news_sm tags as a preposition ("livre des chars"); "du"
#: and "de" are left as prepositions ("la face sombre du régime").
_PLURAL_ARTICLE = "des"
#: Closed-class tags: "contre", "entre" and "puis" are no verbs.
_CLOSED = frozenset({"ADP", "CCONJ", "PRON", "DET", "PUNCT", "NUM", "SYM"})
_PRESENT = "Mood=Ind|Number={number}|Person=3|Tense=Pres|VerbForm=Fin"


class FrenchVerbs:
    """The verbs of French, from the lemma lookup table of fr_core_news_sm's lemmatizer
    (form → lemmas): a lemma in -er/-ir/-re with many forms is a verb."""

    def __init__(
        self, lookup: Callable[[str], list[str] | None], lemmas: Iterable[list[str]]
    ) -> None:
        counts = Counter(lemma for found in lemmas for lemma in found)
        self._verbs = frozenset(
            lemma
            for lemma, forms in counts.items()
            if forms >= MIN_VERB_FORMS and lemma.endswith(_INFINITIVE_ENDINGS)
        )
        self._lookup = lookup

    def read_as_verb(self, word: str) -> bool:
        """Does the table's lemma of ``word`` name a verb ("parle" → "parler")?"""
        return any(lemma in self._verbs for lemma in self._lookup(word) or ())

    def infinitive(self, word: str) -> str | None:
        """The infinitive of ``word`` read as a finite verb, or None."""
        if len(word) < 3 or not word.isalpha() or not word.islower():
            return None
        if word.endswith("ent") and word[:-2] + "r" in self._verbs:
            return word[:-2] + "r"  # "survolent"
        if word.endswith("e") and word + "r" in self._verbs:
            return word + "r"  # "bombarde", "publie"
        if word.endswith(_IR_ENDINGS) and word[:-1] + "ir" in self._verbs:
            return word[:-1] + "ir"
        if word.endswith(_PARTICIPLE_ENDINGS):
            return None
        return next((lemma for lemma in self._lookup(word) or () if lemma in self._verbs), None)


@dataclass(frozen=True, slots=True)
class VerbRepair:
    """A token re-read as the finite verb of its sentence."""

    index: int
    lemma: str
    morph: str


def french_verbs(nlp: object) -> FrenchVerbs | None:
    """The verbs of a French pipeline's lemmatizer table, or None without one."""
    get_pipe = getattr(nlp, "get_pipe", None)
    names = getattr(nlp, "pipe_names", ())
    if get_pipe is None or "lemmatizer" not in names:
        return None
    lookups = getattr(get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_lookup"):
        return None
    table = lookups.get_table("lemma_lookup")
    return FrenchVerbs(table.get, table.values())


def repair_verbless(
    words: list[str],
    pos: list[str],
    deps: list[str],
    heads: list[int],
    sentence_of: list[int],
    verbs: FrenchVerbs,
    named: frozenset[int] = frozenset(),
) -> list[VerbRepair]:
    """Give each verbless subject–verb–complement sentence its verb, in place (``pos``,
    ``deps``, ``heads``); the repaired verbs with their lemma and morphology."""
    repairs: list[VerbRepair] = []
    start = 0
    count = len(words)
    while start < count:
        end = start
        while end < count and sentence_of[end] == sentence_of[start]:
            end += 1
        members = [i for i in range(start, end) if pos[i] != "SPACE"]
        found = _verb_of(members, words, pos, verbs, named)
        if found is not None:
            position, lemma = found
            _rebuild(members, position, words, pos, deps, heads, named)
            number = "Plur" if words[members[position]].endswith("ent") else "Sing"
            repairs.append(VerbRepair(members[position], lemma, _PRESENT.format(number=number)))
        start = end
    return repairs


def _verb_of(
    members: list[int],
    words: list[str],
    pos: list[str],
    verbs: FrenchVerbs,
    named: frozenset[int],
) -> tuple[int, str] | None:
    """The position (in ``members``) and infinitive of the sentence's lost verb."""
    tags = ["PROPN" if i in named and pos[i] not in _CLOSED else pos[i] for i in members]
    if len(tags) < 3 or "VERB" in tags or "AUX" in tags or tags[0] not in ("DET", *_NOUNS):
        return None
    if _subject(members, tags) is None:
        return None

    stop = stop_words("fr")

    def content(position: int) -> bool:  # "supérieur", "Chine"; not "des", "J'", "46e"
        word = words[members[position]]
        return word.isalpha() and word.lower() not in stop

    for position in range(1, len(members) - 1):
        before = position - 1
        while before >= 0 and tags[before] == "ADJ" and content(before):
            before -= 1  # adjectives follow their noun: "La Ligue arabe ▮critique"
        word = words[members[position]]
        if (
            before >= 0
            and tags[before] in _NOUNS
            and content(before)
            and tags[position] not in _CLOSED
            and (word not in stop or verbs.read_as_verb(word))  # "parle", not "outre"
        ):
            lemma = verbs.infinitive(word)
            following = members[position + 1]
            if lemma is not None and (
                tags[position + 1] in _OBJECT_OPENERS
                or words[following] == _PLURAL_ARTICLE
                or (pos[following] == "ADP" and verbs.read_as_verb(word))
            ):
                return position, lemma
        if tags[position] not in _NOUN_PHRASE:
            return None
    return None


def _subject(members: list[int], tags: list[str]) -> int | None:
    """The position of the subject's head: the first noun or name of the sentence."""
    return next((position for position, tag in enumerate(tags) if tag in _NOUNS), None)


def _rebuild(
    members: list[int],
    position: int,
    words: list[str],
    pos: list[str],
    deps: list[str],
    heads: list[int],
    named: frozenset[int],
) -> None:
    """Make ``members[position]`` the root, with the noun phrase before it as subject and
    the first noun after it as object (oblique after a preposition)."""
    verb = members[position]
    inside = set(members)
    for index in members:
        if index in named and pos[index] not in _NOUNS and pos[index] not in _CLOSED:
            pos[index] = "PROPN"  # "Macron" read as an adverb
    pos[verb], deps[verb], heads[verb] = "VERB", "ROOT", verb
    before = members[:position]
    after = members[position + 1 :]
    subject = members[_subject(members, [pos[i] for i in members]) or 0]
    _attach(before, subject, "nsubj", verb, deps, heads)
    opener = after[0]
    oblique = pos[opener] == "ADP"
    if oblique and words[opener].lower() == _PLURAL_ARTICLE:
        # "livre des chars": an article, which the parser took for a preposition
        oblique = False
        pos[opener], deps[opener] = "DET", "det"
    complement = next((i for i in after if pos[i] in _COMPLEMENTS or i in named), None)
    if complement is None:
        complement = next((i for i in after if pos[i] == "NUM"), None)  # "parle de 70"
    if complement is not None:
        _attach(after, complement, "obl" if oblique else "obj", verb, deps, heads)
    for index in after:
        if heads[index] not in inside or heads[index] < verb:
            heads[index] = verb  # nothing after the verb hangs from its subject's side
            if deps[index] == "ROOT":
                deps[index] = "dep"


def _attach(
    part: list[int], head: int, dep: str, verb: int, deps: list[str], heads: list[int]
) -> None:
    """``head`` hangs from ``verb`` as ``dep``; the tops of ``part`` (tokens whose head
    is outside it, or who are their own) hang from ``head``."""
    members = set(part)
    for index in part:
        if index == head:
            continue
        if heads[index] not in members or heads[index] == index or deps[index] == "ROOT":
            heads[index] = head
            if deps[index] in ("ROOT", "nsubj", "obj"):
                deps[index] = "dep"
    heads[head], deps[head] = verb, dep
