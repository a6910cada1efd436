"""Grammatical tense of a sentence from cue words and verb endings, per language.

The tagger uses the tense to resolve expressions that point backwards or
forwards ("on Thursday", "November 4" without a year); other stages use it
to tell planned events from past ones. It is a cue-based heuristic, not a
parser: future cues win over past cues, past cues over present ones; a regular
"-ed" form after a copula ("is armed", "remains united") is not a past cue.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Literal

Tense = Literal["past", "present", "future", "unknown"]

_FLAGS = re.IGNORECASE | re.UNICODE


# Regular past forms, unless a copula makes them adjectives ("remains united").
_WEAK_PAST = {
    "en": r"(?<!\bis )(?<!\bare )(?<!\bam )(?<!\bbe )(?<!\bremains )(?<!\bremain )"
    r"(?<!\bseems )(?<!\bget )(?<!\bgets )(?<!\bbeen )(?<!\ba )(?<!\ban )(?<!\bthe )"
    r"\b(?!un(?:specified|disclosed|named|identified|expected|precedented|limited|changed|"
    r"related|authorized|authorised|armed|elected|resolved|decided|qualified|determined)\b)"
    r"(?-i:[a-z]{2,}[a-df-z]ed)\b",
    # weak preterites of verbs in -ieren, in lower case (never a noun): "demonstrierten",
    # "kritisierte", "bombardierten"
    "de": r"\b(?-i:[a-zäöü]{3,}ierten?)\b",
}


# Cues of a time still ahead that hold for the words next to a date, not for a
# whole sentence: "said the dividend would be paid Dec. 14", "set to resume Monday".
_NEAR_FUTURE = {
    "en": r"\bwould(?:\s+(?:not|be|have|also|still|then|probably|likely))*\s+\w+"
    r"|(?<!\bbeen\s)(?<!\bwas\s)(?<!\bwere\s)\b(?:set|due|scheduled|expected|slated|poised)"
    r"\s+to\s+\w+"
    r"|\b(?:plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|hop(?:es|ed|ing)|prepar(?:es|ed|ing)"
    r"|vow(?:s|ed)|promis(?:es|ed)|threaten(?:s|ed)|ready)\s+to\s+\w+"
    r"|\b(?:has|have|had)\s+(?:scheduled|planned|called)\b"
    r"|\b(?:postponed|delayed|deferred|adjourned|extended|put\s+off)\b(?=[^.;]*\b(?:until|till)\b)"
    r"|\bas\s+(?:soon|early)\s+as\b"
    r"|\b(?:planned|scheduled|slated|set|due|expected)\s+for\b",
    "it": r"\b\w{2,}(?:rebbe|rebbero)\b"
    r"|\b(?:intende|intendono|prevede|prevedono|progetta|progettano|conta|contano|spera"
    r"|sperano|prevedeva|prevedevano|pront[oaie])\s+(?:di|a)\s+\w+"
    r"|\b(?:rinviat[oaie]|rimandat[oaie]|posticipat[oaie])(?=\s+(?:a|al|alla)\b)",
    "fr": r"\b\w+(?:erait|eraient|irait|iraient|ndrait|ndraient)\b"
    r"|\b(?:prévoit|prévoient|prévoyait|compte|comptent|entend|entendent|espère|espèrent"
    r"|envisage|envisagent|s['’]apprête|s['’]apprêtent|prêts?|prêtes?)\s+(?:de\s+|d['’]|à\s+)?\w+"
    r"|\b(?:reporté|repoussé)e?s?(?=\s+(?:à|au)\b)",
    "de": r"\bwürden?\b|\b(?:plant|planen|plante|planten|beabsichtigt|beabsichtigen)\b"
    r"|\bverschoben\b",
    "es": r"\b(?:planea|planean|prevé|prevén|preveía|pretende|pretenden|espera|esperan"
    r"|piensa|piensan|listos?|listas?)\s+(?:a\s+)?\w+(?:ar|er|ir)\b"
    r"|\b(?:aplazad[oa]s?|pospuest[oa]s?)(?=\s+(?:a|al|hasta)\b)",
}


@dataclass(frozen=True, slots=True)
class _TenseCues:
    future: re.Pattern[str]
    past: re.Pattern[str]
    present: re.Pattern[str]
    weak_past: re.Pattern[str]
    near_future: re.Pattern[str]


_CUES: dict[str, tuple[str, str, str]] = {
    "en": (
        r"\b(?:will|shall|won['’]t|wo\s+not)\b(?:\s+(?:not|be|have|been|also|still|then|now|"
        r"probably|likely|soon))*(?:\s+\w+)?|\w['’]ll\b|\bgoing\s+to\s+\w+"
        r"|\b(?:is|are|am)\s+(?:to|due\s+to|set\s+to|expected\s+to|scheduled|planned"
        r"|slated|poised\s+to|about\s+to)\b|\b(?:plans?|intends?|aims?)\s+to\b|\bupcoming\b",
        r"\b(?:was|were|had|did|said|told|met|went|came|took|gave|made|held|saw|spoke|left"
        r"|began|won|lost|sent|paid|brought|bought|fought|led|struck|hit|thought|became|"
        r"wrote|announced|agreed|ago|yesterday|fell|rose|grew|sank|ran|flew|drove|broke|"
        r"chose|knew|threw|drew|shook|stole|withdrew|arose|forgot|swore|wore|tore|rang|sang|"
        r"swam|blew|overthrew|undertook|overcame|shot|sought|caught|fled|found|kept|hid|"
        r"spent|stood|felt|dealt|meant|lent|built|fed|froze|got|hung|laid|sold|slew|stuck|"
        r"swept|taught|woke|bled|forbade|oversaw|overran|rebuilt|retook|withheld|upheld|bit|"
        r"dug|rode|strove|understood|mistook|foresaw|forgave)\b"
        r"|\b(?:has|have)\s+(?:\w+\s+)?\w+(?:ed|en|t)\b",
        r"\b(?:is|are|am|says|does|do|has|have|remains|continues|today|now)\b",
    ),
    "it": (
        r"\b\w{2,}(?:rà|ranno|remo|rete|rò|rai)\b|\bsta(?:nno)?\s+per\b"
        r"|\b(?:è|sono)\s+(?:previst[oaie]|in\s+programma|atteso|attesa|attesi)\b"
        r"|\bprossim[oaie]\b",
        r"\b(?:ha|hanno|ho|abbiamo|avete|hai|aveva|avevano|è|sono|era|erano|fu|furono)"
        r"\s+(?:\w+\s+)?\w+(?:at[oaie]|ut[oaie]|it[oaie]|tt[oaie]|st[oaie]|ss[oaie]|nt[oaie]"
        r"|rs[oaie]|uto)\b|\b\w{3,}(?:ò|arono|erono|irono|ava|avano|eva|evano)\b"
        r"|\b(?:ieri|scors[oa])\b"
        # irregular passato remoto: "disse", "impose", "decisero", "chiese", "venne"
        r"|\b\w*(?:disse|fece|mise|prese|pose|ebbe|venne|decise|rispose|chiese|giunse)\b"
        r"|\b\w*(?:dissero|fecero|misero|presero|posero|ebbero|vennero|decisero|risposero"
        r"|chiesero|giunsero)\b",
        r"\b(?:è|sono|ha|hanno|oggi|ora|adesso|resta|rimane)\b",
    ),
    "fr": (
        r"\b\w{2,}(?:era|ira|dra|ura|ara|rront|eront|iront|dront|ront|rons|rez|rai)\b"
        r"|\b(?:va|vont|vais|allons|allez)\s+(?:\w+\s+)?\w+(?:er|ir|re)\b"
        r"|\b(?:prévu|prévue|prévus|prévues)\b|\bprochain[es]?\b",
        r"\b(?:a|ont|avait|avaient|ai|avons|avez|est|sont|était|étaient|fut|furent)"
        r"\s+(?:\w+\s+)?\w+(?:é|ée|és|ées|i|is|ise|it|ite|u|ue|us|ert|erte|aint|int|inte|ints)\b"
        r"|\b\w{3,}(?:èrent|irent|ait|aient)\b|\b(?:hier|dernier|dernière)\b",
        r"\b(?:est|sont|a|ont|aujourd['’]hui|maintenant|reste|demeure)\b",
    ),
    "de": (
        r"\b(?:wird|werden|werde|wirst|werdet)\b(?:.*?)\b\w+en\b"
        r"|\b(?:soll|sollen)\b|\b(?:geplant|vorgesehen|nächste[nrs]?|kommende[nrs]?)\b",
        r"\b(?:war|waren|hatte|hatten|wurde|wurden|sagte|sagten|traf|trafen|kam|kamen"
        r"|ging|gingen|gab|gaben|erklärte|betonte|besuchte|gestern|vergangene[nrs]?)\b"
        # common preterites of news verbs, weak ("verhängte") and strong ("nahm … fest")
        r"|\b\w*(?:hängte|urteilte|kündigte|forderte|warnte|stätigte|teilte|meldete|richtete"
        r"|lehnte|stimmte|zeichnete|einbarte|setzte|setzten|legte|legten|stellte|stellten"
        r"|führte|führten|reiste|reisten|stützte|lieferte|lieferten|schickte|schickten"
        r"|drohte|drohten|tötete|töteten|startete|starteten|landete|landeten|verhaftete"
        r"|verhafteten|eröffnete|eröffneten|feuerte|feuerten|verhandelte|verhandelten"
        r"|zerstörte|zerstörten)\b"
        r"|\b(?:beschloss|beschlossen|nahm|nahmen|übernahm|griff|griffen|schoss|schossen"
        r"|sprach|sprachen|rief|riefen|hielt|hielten|zog|zogen|brachte|brachten|bot|boten"
        r"|schlug|schlugen|wies|wiesen|empfing|verließ|erließ|beschoss|flog|flogen|bat|baten)\b"
        r"|\b(?:hat|haben|habe|ist|sind)\b.*?\bge\w+(?:t|en)\b"
        # participles of inseparable verbs: "hat … empfangen", "hat … beschlossen"
        r"|\b(?:hat|haben|habe|ist|sind)\b[^.;]*?\b(?!bereit\b)(?:be|emp|ent|er|ver|zer)"
        r"\w{3,}(?:t|en)\s*[.!?]*\s*$"
        r"|\b(?:hat|haben|habe)\b[^.;]*\b\w{3,}t\s*[.!?]*\s*$",
        r"\b(?:ist|sind|hat|haben|bleibt|heute|jetzt)\b",
    ),
    "es": (
        r"\b\w{2,}(?:rá|rán|remos|ré|rás|réis)\b"
        r"|\b(?:va|van|vamos|voy|vas)\s+a\s+\w+(?:ar|er|ir)\b|\bpróxim[oa]s?\b|\bprevist[oa]s?\b",
        r"\b(?:ha|han|he|hemos|había|habían|hubo)\s+\w+(?:ado|ada|ido|ida|to|cho|sto)\b"
        r"|\b\w{3,}(?:ó|aron|ieron|ió)\b|\b(?:dijo|fue|fueron|hizo|estuvo|tuvo|ayer|pasad[oa])\b"
        # strong preterites: "impuso", "detuvo", "propuso", "intervino", "produjo", "dijeron"
        r"|\b\w*(?:puso|hizo|tuvo|vino|quiso|supo|pudo|trajo|dujo|dijo|jeron)\b",
        r"\b(?:es|son|está|están|hay|hoy|ahora|sigue)\b",
    ),
}


@functools.cache
def _cues(language: str) -> _TenseCues:
    future, past, present = _CUES.get(language, _CUES["en"])
    weak = _WEAK_PAST.get(language if language in _CUES else "en", r"(?!x)x")
    return _TenseCues(
        re.compile(future, _FLAGS),
        re.compile(past, _FLAGS),
        re.compile(present, _FLAGS),
        re.compile(weak, _FLAGS),
        re.compile(_NEAR_FUTURE.get(language, r"(?!x)x"), _FLAGS),
    )


def detect_tense(sentence: str, language: str) -> Tense:
    """The dominant tense of ``sentence``: "past", "present", "future" or "unknown".

    ``language`` is an ISO 639-1 code; languages without their own cues use
    the English ones.
    """
    cues = _cues(language.lower()[:2])
    if cues.future.search(sentence):
        return "future"
    if cues.past.search(sentence):
        return "past"
    if cues.weak_past.search(sentence):
        return "past"
    if cues.present.search(sentence):
        return "present"
    return "unknown"


def nearest_tense(text: str, start: int, end: int, span: tuple[int, int], language: str) -> Tense:
    """The tense of the cue nearest to ``text[start:end]`` within ``span``, or "unknown".

    "said Monday that it intends to": "said" is nearer to "Monday" than
    "intends to", so the weekday is read in the past.
    """
    cues = _cues(language.lower()[:2])
    best: tuple[int, Tense] | None = None
    for pattern, tense in (
        (cues.future, "future"),
        (cues.near_future, "future"),
        (cues.past, "past"),
        (cues.weak_past, "past"),
    ):
        # Searching the whole text within the span lets look-behinds and word
        # boundaries see the words before it ("is scheduled" is no past cue).
        for match in pattern.finditer(text, span[0], span[1]):
            cue_start, cue_end = match.start(), match.end()
            if cue_start < end and start < cue_end:
                continue
            gap = start - cue_end if cue_end <= start else cue_start - end
            if best is None or gap < best[0]:
                best = (gap, tense)  # type: ignore[assignment]
    return best[1] if best is not None else "unknown"
