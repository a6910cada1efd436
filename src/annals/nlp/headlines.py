"""Present-tense headlines whose verb the parser took for another word (French, English).

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

en_core_web_sm parses the English headline "Russia bombs Kyiv overnight" right but tags
its verb a plural noun: the root "bombs" governs "Kyiv" as its direct object, which no
noun has. :func:`repair_noun_roots` re-reads such a root as the verb it is when

* it is lowercase, ends in "-s" and its stem is a verb of the lemmatizer's index
  ("bomb");
* a subject, or a name or noun the parser hung from it as a compound, comes before it
  (the nearest becomes the subject: "Russia ▮bombs");
* a direct object follows it, or, after a named subject, a noun the parser hung from
  it as an adverbial or an apposition with only a noun phrase's words between
  ("Turkey summons Swedish ambassador").

Title-case headlines ("Russia Bombs Kyiv"), whose words are all tagged names, are left as
they are. A noun the parser hung from a lowercase root verb as an apposition (which verbs
do not have), after it with only a noun phrase's words between, is the verb's object
("Biden hosts Japanese prime minister").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

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
#: English: the parser's attachments of a noun's dependents that name its subject.
_EN_SUBJECT_DEPS = frozenset({"nsubj", "compound"})
#: ... and of a noun phrase after it that is the verb's object.
_EN_ADVERBIAL_DEPS = frozenset({"npadvmod", "appos"})
#: The words of an English noun phrase before its head.
_EN_NOUN_PHRASE = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
#: Tags of a plural that opens a headline before a bare verb ("Houthis" may be read as an
#: adjective); not a determiner or pronoun ("This time a bomb …").
_EN_PLURAL_SUBJECTS = frozenset({"PROPN", "NOUN", "ADJ"})
#: What may open the object after a headline's verb read as a noun ("summons ▮Dutch envoy").
_EN_HEADLINE_OBJECT_OPENERS = frozenset({"DET", "ADJ", "PROPN", "NUM"})


@dataclass(frozen=True, slots=True)
class VerbRepair:
    """A token re-read as the finite verb of its sentence."""

    index: int
    lemma: str
    morph: str


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


class EnglishVerbs:
    """The verbs of English, from the verb index of en_core_web_sm's rule lemmatizer."""

    def __init__(self, verbs: Iterable[str]) -> None:
        self._verbs = frozenset(verbs)

    def stem(self, word: str) -> str | None:
        """The verb whose third person singular present ``word`` is ("bombs" → "bomb",
        "launches" → "launch", "denies" → "deny"), or None."""
        if len(word) < 4 or not word.isalpha() or not word.islower() or not word.endswith("s"):
            return None
        if word.endswith("ss"):
            return None  # "press", "congress"
        candidates = [word[:-1]]
        if word.endswith("ies"):
            candidates.insert(0, word[:-3] + "y")
        elif word.endswith("es"):
            candidates.append(word[:-2])
        return next((stem for stem in candidates if stem in self._verbs), None)

    def is_verb(self, word: str) -> bool:
        """Is ``word`` (lowercase) the base form of a verb ("attack", "seize")?"""
        return word in self._verbs


def _lemmatizer_table(nlp: object, name: str) -> Any:
    """The lookup table ``name`` of a pipeline's lemmatizer, or None."""
    get_pipe = getattr(nlp, "get_pipe", None)
    if get_pipe is None or "lemmatizer" not in getattr(nlp, "pipe_names", ()):
        return None
    lookups = getattr(get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table(name):
        return None
    return lookups.get_table(name)


def french_verbs(nlp: object) -> FrenchVerbs | None:
    """The verbs of a French pipeline's lemmatizer table, or None without one."""
    table = _lemmatizer_table(nlp, "lemma_lookup")
    return None if table is None else FrenchVerbs(table.get, table.values())


def english_verbs(nlp: object) -> EnglishVerbs | None:
    """The verbs of an English pipeline's rule lemmatizer index, or None without one."""
    table = _lemmatizer_table(nlp, "lemma_index")
    verbs = None if table is None else table.get("verb")
    return EnglishVerbs(verbs) if verbs else None


def headline_verbs(nlp: object, language: str) -> FrenchVerbs | EnglishVerbs | None:
    """The headline verb repair of a parsing pipeline's language, if it has one."""
    if language == "fr":
        return french_verbs(nlp)
    if language == "en":
        return english_verbs(nlp)
    return None


def repair_noun_roots(
    words: list[str],
    pos: list[str],
    deps: list[str],
    heads: list[int],
    sentence_of: list[int],
    verbs: EnglishVerbs,
) -> list[VerbRepair]:
    """Re-read each root tagged as a noun that has a direct object as the verb it is
    ("Russia ▮bombs Kyiv"), in place; the repaired verbs with their lemma and morphology."""
    children: dict[int, list[int]] = {}
    for index, head in enumerate(heads):
        if head != index:
            children.setdefault(head, []).append(index)
    repairs: list[VerbRepair] = []
    for index, word in enumerate(words):
        if pos[index] == "VERB" and deps[index] == "ROOT":
            _object_from_apposition(index, children.get(index, []), words, pos, deps)
        if pos[index] != "NOUN" or deps[index] != "ROOT":
            continue
        mine = children.get(index, [])
        subjects = [
            child
            for child in mine
            if child < index and deps[child] in _EN_SUBJECT_DEPS and pos[child] in _NOUNS
        ]
        if not subjects:
            continue  # "averages 2.1 ▮steals in 1,101 games": no one acts
        objects = [child for child in mine if child > index and deps[child] == "dobj"]
        if not objects and pos[subjects[-1]] == "PROPN":
            # "Turkey summons Swedish ambassador": a name acting on a noun phrase that
            # the parser hung from the "noun" as an adverbial
            objects = [
                child
                for child in mine
                if child > index
                and deps[child] in _EN_ADVERBIAL_DEPS
                and pos[child] in _NOUNS
                and all(tag in _EN_NOUN_PHRASE for tag in pos[index + 1 : child])
            ]
        if not objects:
            continue
        stem = verbs.stem(word)
        if stem is None:
            continue
        pos[index] = "VERB"
        deps[objects[0]] = "dobj"
        if not any(deps[child] == "nsubj" for child in mine):
            deps[subjects[-1]] = "nsubj"
        repairs.append(VerbRepair(index, stem, _PRESENT.format(number="Sing")))
    repairs += _noun_phrase_headlines(words, pos, deps, heads, sentence_of, verbs)
    return repairs + _bare_verb_headlines(words, pos, deps, heads, sentence_of, verbs)


def _noun_phrase_headlines(
    words: list[str],
    pos: list[str],
    deps: list[str],
    heads: list[int],
    sentence_of: list[int],
    verbs: EnglishVerbs,
) -> list[VerbRepair]:
    """Verbless headlines the parser read as one noun phrase, "Turkey summons Dutch envoy"
    (root "envoy", "summons" a modifier of it): a lowercase "-s" noun whose stem is a verb,
    after a name hung from it as a compound, before a determiner, an adjective, a name or
    a number that opens the root's phrase (or is the root: "Russia bombs Kharkiv as talks
    stall"), becomes the root verb; the name its subject, the old root its object. Not
    "US arms sales to Taiwan": a noun follows "arms"."""
    repairs: list[VerbRepair] = []
    verbal = _verbal_sentences(pos, sentence_of)
    for index, word in enumerate(words):
        root = heads[index]
        if (
            pos[index] != "NOUN"
            or sentence_of[index] in verbal
            or deps[index] not in ("nmod", "compound")
            or root <= index
            or deps[root] != "ROOT"
            or pos[index + 1] not in _EN_HEADLINE_OBJECT_OPENERS
            or not all(tag in _EN_NOUN_PHRASE for tag in pos[index + 1 : root])
        ):
            continue
        subject = next(
            (
                i
                for i in range(index - 1, -1, -1)
                if heads[i] == index and deps[i] == "compound" and pos[i] == "PROPN"
            ),
            None,
        )
        stem = verbs.stem(word)
        if subject is None or stem is None:
            continue
        _promote_verb(index, subject, root, pos, deps, heads)
        verbal.add(sentence_of[index])
        repairs.append(VerbRepair(index, stem, _PRESENT.format(number="Sing")))
    return repairs


def _bare_verb_headlines(
    words: list[str],
    pos: list[str],
    deps: list[str],
    heads: list[int],
    sentence_of: list[int],
    verbs: EnglishVerbs,
) -> list[VerbRepair]:
    """Verbless headlines opened by a plural name and a bare verb, read as one noun phrase:
    "Houthis attack cargo ship in Red Sea" (root "ship", "attack" a compound of it). A
    lowercase noun that is a verb's base form, right after the headline's first word when
    that is a capitalised plural ("Houthis", "Rebels"), before the words of a noun phrase
    that ends in the root, becomes the root verb, the plural its subject and the old root
    its object. A singular before it names no subject of a bare verb ("Ukraine aid
    package", "Gaza ceasefire talks")."""
    repairs: list[VerbRepair] = []
    verbal = _verbal_sentences(pos, sentence_of)
    for index in range(1, len(words)):
        subject, root, word = index - 1, heads[index], words[index]
        opening = subject == 0 or sentence_of[subject - 1] != sentence_of[subject]
        if (
            not opening
            or pos[index] != "NOUN"
            or sentence_of[index] in verbal
            or sentence_of[subject] != sentence_of[index]
            or not word.isalpha()
            or not word.islower()
            or not verbs.is_verb(word)
            or root <= index
            or deps[root] != "ROOT"
            or not all(tag in _EN_NOUN_PHRASE for tag in pos[index + 1 : root])
            or pos[subject] not in _EN_PLURAL_SUBJECTS
            or not _capitalised_plural(words[subject])
        ):
            continue
        _promote_verb(index, subject, root, pos, deps, heads)
        verbal.add(sentence_of[index])
        repairs.append(VerbRepair(index, word, _PRESENT.format(number="Plur")))
    return repairs


def _verbal_sentences(pos: list[str], sentence_of: list[int]) -> set[int]:
    """The sentences that have a verb (a headline repair is for those that have none)."""
    return {sentence_of[i] for i, tag in enumerate(pos) if tag in ("VERB", "AUX")}


def _promote_verb(
    index: int, subject: int, root: int, pos: list[str], deps: list[str], heads: list[int]
) -> None:
    """A noun phrase read again as a clause, in place: the word at ``index`` its root verb,
    ``subject`` its subject and the old ``root`` its object."""
    pos[index], deps[index], heads[index] = "VERB", "ROOT", index
    deps[subject], heads[subject] = "nsubj", index
    deps[root], heads[root] = "dobj", index


def _capitalised_plural(word: str) -> bool:
    """ "Houthis", "Rebels", "Protesters": capitalised, ending in a plural "-s" (not "-ss",
    not an abbreviation such as "US")."""
    return (
        len(word) > 3
        and word[0].isupper()
        and word[1:].islower()
        and word.endswith("s")
        and not word.endswith("ss")
    )


def _object_from_apposition(
    verb: int, children: list[int], words: list[str], pos: list[str], deps: list[str]
) -> None:
    """A verb has no apposition: a noun the parser hung from a lowercase root verb as one,
    after it with only the words of a noun phrase between, is its object ("Biden hosts
    Japanese prime minister"; not "Updated 8:52 PM EDT")."""
    if not words[verb].islower() or any(deps[child] == "dobj" for child in children):
        return
    found = next(
        (
            child
            for child in children
            if child > verb
            and deps[child] == "appos"
            and pos[child] in _NOUNS
            and all(tag in _EN_NOUN_PHRASE for tag in pos[verb + 1 : child])
        ),
        None,
    )
    if found is not None:
        deps[found] = "dobj"


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


def repair_headlines(
    verbs: FrenchVerbs | EnglishVerbs,
    words: list[str],
    pos: list[str],
    deps: list[str],
    heads: list[int],
    sentence_of: list[int],
    named: frozenset[int],
) -> list[VerbRepair]:
    """The repair of the verbs' language (in place); the repaired verbs."""
    if isinstance(verbs, FrenchVerbs):
        return repair_verbless(words, pos, deps, heads, sentence_of, verbs, named)
    return repair_noun_roots(words, pos, deps, heads, sentence_of, verbs)
