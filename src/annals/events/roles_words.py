"""Word lists and word helpers that the paths of :mod:`annals.events.roles` share."""

from __future__ import annotations

import re

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "nsubj:pass"})
PASSIVE_AUXILIARY_DEPS = frozenset({"auxpass", "aux:pass"})
#: Words that open a clause of contrast or time with a subject of its own ("mentre la
#: Francia ha inviato"), and those that do after a comma only (", ma la Francia"; "non a
#: Roma ma a Milano" is one clause).
CONTRAST_SUBORDINATORS = frozenset({"while", "whereas", "mentre", "mientras", "tandis", "während"})
CONTRAST_COORDINATORS = frozenset({"but", "ma", "pero", "mais", "aber"})
#: Acts of cooperation: only people and states take part in them, not their things.
COOPERATIVE_TYPES = frozenset({"AGREE", "SUPPORT", "AID", "COOPERATE", "CONSULT", "CONCEDE"})
OBJECT_DEPS = frozenset({"dobj", "obj", "iobj", "dative", "obl:arg"})
OBLIQUE_DEPS = frozenset({"obl", "obl:mod", "nmod", "obl:arg"})
OF_PREPOSITIONS = frozenset({"of", "de", "du", "des"})
#: Verbs of discussing: only a "with" phrase names a party ("discussed aid to Ukraine with
#: Scholz"); the others belong to the topic.
TOPIC_VERBS = frozenset({"discuss", "discuter", "discutere", "discutir", "diskutieren"})
#: Prepositions of an object noun's qualifier whose own phrase may name the recipient.
QUALIFYING_PREPOSITIONS = frozenset({"in", "of"})
#: Punctuation that ends the clause a word-order group is looked for in.
CLAUSE_STOP = re.compile(r"[,;:()«»\"“”„–—]")
#: Prepositions (alone or fused with an article) that introduce the party a nominal event is
#: done to: "la invasión rusa *de* Ucrania", "l'aggressione russa *all'*Ucraina", "the
#: Russian attack *on* Kyiv", "die russische Invasion *der* Ukraine" (a genitive article).
PATIENT_PREPOSITIONS: dict[str, frozenset[str]] = {
    "en": frozenset({"of", "on", "against", "into", "to", "toward", "towards", "upon"}),
    "es": frozenset({"de", "del", "contra", "a", "al", "sobre", "hacia", "para"}),
    "it": frozenset(
        {"di", "del", "dello", "della", "dell'", "dei", "degli", "delle", "d'", "contro"}
        | {"a", "al", "allo", "alla", "all'", "ai", "agli", "alle", "su", "sul", "sulla"}
        | {"sull'", "verso", "per"}
    ),
    "fr": frozenset(
        {"de", "d'", "du", "des", "contre", "à", "au", "aux", "sur", "envers", "vers", "pour"}
    ),
    "de": frozenset({"der", "des", "gegen", "auf", "an", "in", "gegenüber", "für", "nach"}),
    "pt": frozenset({"de", "do", "da", "dos", "das", "contra", "a", "ao", "à", "sobre"}),
}
#: Articles that may follow such a preposition ("de l'Ukraine", "contra la", "auf die").
PATIENT_ARTICLES = frozenset(
    {"the", "la", "el", "los", "las", "l'", "le", "les", "il", "lo", "gli", "die", "den"}
    | {"das", "dem", "o", "a", "os", "as"}
)
#: Words that show that the next word is a noun, in languages without a parser: articles,
#: prepositions fused with articles, possessives ("la", "dell'", "des", "der", "its").
DETERMINERS = frozenset(
    {"the", "a", "an", "its", "their", "this", "that", "his", "her"}
    | {"el", "la", "los", "las", "un", "una", "del", "al", "su", "sus", "esta", "este"}
    | {"il", "lo", "l'", "i", "gli", "le", "un'", "uno", "del", "dello", "della", "dell'"}
    | {"dei", "degli", "delle", "al", "allo", "alla", "all'", "ai", "agli", "alle", "nel"}
    | {"nella", "nell'", "sul", "sulla", "sull'", "dal", "dalla", "dall'", "questa", "questo"}
    | {"les", "une", "du", "des", "au", "aux", "d'", "sa", "son", "ses", "leur", "cette", "ce"}
    | {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"}
    | {"seine", "seiner", "ihre", "ihrer", "diese", "dieser", "zur", "zum", "beim", "vom", "im"}
)
#: Relative pronouns that may be a clause's subject.
RELATIVE_PRONOUNS = frozenset(
    {
        "who",
        "which",
        "that",
        "qui",
        "che",
        "cui",
        "que",
        "quien",
        "der",
        "die",
        "das",
        "welche",
        "welcher",
    }
)
#: "Between" (the sides of a reciprocal event, with a parse or by word order).
BETWEEN = frozenset({"between", "entre", "tra", "fra", "zwischen"})
#: Possessives and nouns of a counterpart, between two coordinated participants.
COUNTERPART_WORDS = frozenset(
    {
        "his",
        "her",
        "its",
        "their",
        "counterpart",
        "counterparts",
        "suo",
        "sua",
        "loro",
        "omologo",
        "omologa",
        "omologhi",
        "collega",
        "son",
        "sa",
        "ses",
        "leur",
        "homologue",
        "homologues",
        "su",
        "sus",
        "homólogo",
        "homóloga",
        "homólogos",
        "sein",
        "seine",
        "seinem",
        "seinen",
        "ihr",
        "ihre",
        "ihrem",
        "ihren",
        "amtskollege",
        "amtskollegin",
        "amtskollegen",
        "kollege",
        "kollegin",
    }
)

#: Articles that may stand between coordinated names before a title ("e il presidente").
_TITLE_FILLERS = frozenset(
    {"the", "il", "la", "le", "les", "der", "die", "el", "lo", "i", "gli", "los", "las"}
)


def normalize_word(word: str) -> str:
    return word.lower().replace("’", "'")


def split_words(between: str) -> list[str]:
    """The words of a short stretch of text, lowercased, an elided article kept whole with
    its apostrophe ("dell'", "l'")."""
    return re.findall(r"[^\W\d_]+'?|[^\s\w]+", normalize_word(between))


def is_filler(word: str) -> bool:
    """Short title words between coordinated names ("e il presidente"), and the counterpart
    of the first ("e il suo omologo tunisino", "y su homólogo", "und sein Amtskollege")."""
    return word in COUNTERPART_WORDS or word in _TITLE_FILLERS


#: "Of" and its article forms before a noun that qualifies a group noun ("sostenitori
#: dell'opposizione", "Anhänger der Opposition", "partisans de l'opposition").
OF_WORDS = frozenset(
    {"of", "di", "del", "della", "dell'", "dello", "dei", "degli", "delle", "der", "des", "de"}
    | {"du", "d'", "l'", "la"}
)
#: Words for small numbers that may stand between a verb and the group it acts on.
NUMBER_WORDS = frozenset(
    {"two", "three", "four", "five", "dozens", "hundreds", "thousands", "due", "tre"}
    | {"quattro", "cinque", "decine", "centinaia", "migliaia", "dos", "tres", "cuatro"}
    | {"cinco", "decenas", "cientos", "miles", "deux", "trois", "quatre", "cinq"}
    | {"dizaines", "centaines", "milliers", "zwei", "drei", "vier", "fünf", "dutzende"}
    | {"hunderte", "tausende", "de", "di", "d'", "des", "dei", "degli", "delle", "of"}
    | {"six", "seven", "eight", "nine", "ten", "twenty", "sei", "sette", "otto", "nove"}
    | {"dieci", "venti", "seis", "siete", "ocho", "nueve", "diez", "veinte", "sept", "huit"}
    | {"neuf", "dix", "vingt", "sechs", "sieben", "acht", "neun", "zehn", "zwanzig"}
    | {"varios", "alcuni", "plusieurs", "mehreren", "pochi", "pocos", "quelques"}
    | {"eleven", "twelve", "fifteen", "thirty", "fifty", "hundred", "thousand", "undici"}
    | {"dodici", "quindici", "trenta", "cinquanta", "cento", "mille", "once", "doce"}
    | {"quince", "treinta", "cincuenta", "cien", "ciento", "mil", "onze", "douze", "quinze"}
    | {"trente", "cinquante", "cent", "elf", "zwölf", "fünfzehn", "dreißig"}
    | {"fünfzig", "hundert", "tausend", "decina", "centinaio", "docenas", "centenares"}
    | {"millones", "milioni", "millions", "douzaines", "scores"}
)
#: Nouns that count people: the group is in their "of" phrase ("dozens ▮of protesters", "des
#: dizaines ▮de manifestants").
QUANTITY_NOUNS = frozenset(
    {"dozens", "hundreds", "thousands", "millions", "scores", "tens", "dozen", "hundred"}
    | {"decine", "centinaia", "migliaia", "milioni", "decina", "centinaio", "migliaio"}
    | {"decenas", "cientos", "centenares", "miles", "millones", "docenas", "decena"}
    | {"dizaines", "centaines", "milliers", "douzaines", "dizaine", "centaine"}
    | {"dutzende", "hunderte", "tausende", "millionen", "dutzend"}
)
#: Adverbs of time that may stand between a verb and the people it acts on ("detuvo ayer a
#: veinte manifestantes", "ha fermato ieri un giovane").
TIME_ADVERBS = frozenset(
    {"ieri", "oggi", "stamane", "stamattina", "stanotte", "stasera", "ancora", "già", "anche"}
    | {"ayer", "hoy", "anoche", "anteayer", "también", "ya", "además"}
    | {"hier", "aujourd'hui", "également", "aussi", "déjà", "encore"}
    | {"gestern", "heute", "auch", "bereits", "erneut", "yesterday", "today", "also", "again"}
)
#: Words of origin or residence: a place named after one ("originario di Foggia", "nacido en
#: Sevilla", "résidant à Lyon") is where a person is from, never a party.
ORIGIN_WORDS = frozenset(
    {"originario", "originaria", "originari", "originarie", "nato", "nata", "nati", "residente"}
    | {"residenti", "domiciliato", "domiciliata", "proveniente", "provenienti", "oriundo"}
    | {"natural", "nacido", "nacida", "nacidos", "oriunda", "procedente", "procedentes"}
    | {"originaire", "originaires", "né", "née", "nés", "résidant", "domicilié", "domiciliée"}
    | {"native", "born", "gebürtig", "stammend", "wohnhaft", "origine", "origen", "origin"}
)
#: Types whose event noun's "of" phrase names who acts when it names a state, a person or an
#: organisation ("le refus de l'Otan", "la visita di Macron", "las sanciones de la UE", "l'aide
#: de l'Allemagne"); an attack's or a coercion's names who undergoes it ("la invasión de
#: Ucrania", "l'arresto di Navalny"), and a release's or a withdrawal's either.
GENITIVE_AGENT_TYPES = frozenset(
    {"REJECT", "ACCUSE", "REQUEST", "THREATEN", "SANCTION", "AID", "SUPPORT", "MOBILIZE"}
    | {"PROTEST", "CONSULT", "AGREE", "COOPERATE", "CONCEDE"}
)


def genitive_party(event_type: str, entity_type: str, entity_id: str) -> bool:
    """May a name of ``entity_type`` in the "of" phrase of an event noun of ``event_type`` be
    who acts (``GENITIVE_AGENT_TYPES``): a state, a person or an organisation; for a meeting,
    a person only?"""
    if event_type not in GENITIVE_AGENT_TYPES:
        return False
    if event_type == "CONSULT":
        return entity_type == "PERSON"
    return entity_type in {"ORG", "PERSON"} or entity_id.startswith("country/")
