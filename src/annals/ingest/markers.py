"""Multilingual lexicons of the lines news sites add around an article.

Each entry is a regular-expression fragment matched, case-insensitively, against one
whole line with its white space collapsed:

* ``comments``: a header that opens the reader-comment section (matched as the whole line,
  optionally with a count such as ``(12)`` and a final colon);
* ``related``: a header of a "related articles" / "read also" teaser block (the whole
  line, or the start of the line followed by ``:`` and a teaser headline);
* ``boilerplate_start``: the start of a notice line (correction, subscription, follow,
  share, click-here, copyright, advertising);
* ``boilerplate_anywhere``: a phrase that marks a short line as a notice wherever it is.

English is always applied (many sites in other languages keep English widget labels).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

COUNT = r"(?:\s*[\(\[]\s*\d+\s*[\)\]])?"


def counted(singular: str, plural: str) -> str:
    """A comments header: the plural word, or either form with a number before or after it.

    A bare singular ("Comment", "Kommentar") is left alone: it also labels opinion pieces.
    """
    number = r"\s*[\(\[]\s*\d+\s*[\)\]]"
    # "45 comments", "45 » Comments", "45 | Kommentare"
    before = r"\d+\s*(?:[»›>|·:-]\s*)?"
    return rf"(?:{before}(?:{singular}|{plural})|(?:{singular}|{plural}){number}|{plural}{COUNT})"


COMMENTS: dict[str, tuple[str, ...]] = {
    "en": (
        counted("comment", "comments"),
        r"reader\s+comments" + COUNT,
        r"(?:show|view|see|read|load|hide|display)\s+(?:all\s+)?(?:\d+\s+)?comments?" + COUNT,
        r"(?:leave|post|add|write|submit)\s+(?:a|your)\s+(?:comment|reply)",
        r"leave\s+a\s+reply",
        r"join\s+the\s+(?:conversation|discussion)",
        r"comments\s+are\s+closed\.?",
        r"\d+\s+(?:responses?|replies)\s+to\s+.{1,120}",
        r"\d+\s+comments?\s+(?:have\s+been\s+)?posted",
    ),
    "it": (
        counted("commento", "commenti"),
        r"(?:lascia|scrivi|aggiungi|inserisci)\s+un\s+commento",
        r"(?:mostra|vedi|leggi)\s+(?:tutti\s+)?(?:i\s+)?(?:\d+\s+)?commenti" + COUNT,
        r"i\s+commenti\s+dei\s+lettori",
        r"(?:sono\s+stati\s+)?pubblicati\s+\d+\s+commenti",
    ),
    "fr": (
        counted("commentaire", "commentaires"),
        r"(?:laisser|laissez|ajouter|écrire|rédiger)\s+un\s+commentaire",
        r"(?:voir|afficher|lire)\s+(?:les\s+|tous\s+les\s+)?(?:\d+\s+)?commentaires" + COUNT,
        r"réagissez\s+à\s+cet\s+article",
    ),
    "de": (
        counted("kommentar", "kommentare"),
        r"leserkommentare" + COUNT,
        r"kommentar\s+(?:schreiben|verfassen|abgeben)",
        r"(?:alle\s+)?(?:\d+\s+)?kommentare\s+(?:anzeigen|lesen|einblenden)" + COUNT,
        r"diskutieren\s+sie\s+mit",
    ),
    "es": (
        counted("comentario", "comentarios"),
        r"(?:deja|dejar|escribe|escribir|añade|añadir)\s+(?:un|tu)\s+comentario",
        r"(?:ver|mostrar|leer)\s+(?:los\s+|todos\s+los\s+)?(?:\d+\s+)?comentarios" + COUNT,
        r"se\s+ha(?:n)?\s+publicado\s+\d+\s+comentarios?",
        r"¿quieres\s+comentar\?.{0,40}",
    ),
}

RELATED: dict[str, tuple[str, ...]] = {
    "en": (
        r"related(?:\s+(?:articles?|stories|story|news|content|posts?|coverage|reading|links?))?",
        r"(?:read|see)\s+(?:also|more)",
        r"also\s+read",
        r"more\s+(?:on|about)\s+(?:this|the)\s+(?:topic|story|subject)",
        r"more\s+(?:stories|news|articles)(?:\s+from\s+.{1,40})?",
        r"other\s+(?:topics|stories|articles|news)(?:\s+of\s+interest)?",
        r"you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested\s+in)",
        r"recommended(?:\s+(?:for\s+you|stories|articles|reading))?",
        r"(?:most\s+(?:read|popular|viewed)|trending(?:\s+now)?|latest\s+news|top\s+stories)",
        r"don['’]t\s+miss",
        r"editor['’]s\s+picks?",
        r"most\s+(?:read|popular|viewed)\s+(?:today|this\s+week|in\s+.{1,40})",
    ),
    "it": (
        r"leggi\s+anche",
        r"(?:articoli|notizie|contenuti)\s+correlat[ie]",
        r"(?:ti\s+)?potrebbe(?:ro)?\s+(?:anche\s+)?interessarti",
        r"altri\s+articoli(?:\s+su\s+.{1,40})?",
        r"(?:i\s+)?più\s+lett[ie]",
        r"vedi\s+anche",
        r"approfondimenti",
        r"ultime\s+notizie",
        r"(?:i\s+)?più\s+visti",
        r"da\s+non\s+perdere",
    ),
    "fr": (
        r"(?:à\s+)?lire\s+(?:aussi|également|encore)",
        r"articles?\s+(?:similaires|connexes|liés|associés)",
        r"sur\s+le\s+même\s+sujet",
        r"(?:à\s+)?voir\s+aussi",
        r"vous\s+aimerez\s+(?:aussi|également)",
        r"(?:les\s+)?plus\s+lus",
        r"dernières\s+(?:infos|informations|actualités)",
        r"(?:les\s+)?plus\s+(?:vus|populaires)",
        r"à\s+ne\s+pas\s+manquer",
    ),
    "de": (
        r"lesen\s+sie\s+auch",
        r"(?:auch\s+interessant|das\s+könnte\s+sie\s+(?:auch\s+)?interessieren)",
        r"mehr\s+zum\s+thema(?:\s+.{1,40})?",
        r"(?:weitere|ähnliche|verwandte)\s+(?:artikel|beiträge|nachrichten|themen)",
        r"meistgelesen(?:e\s+artikel)?",
        r"siehe\s+auch",
        r"meistgesehen",
    ),
    "es": (
        r"(?:lee|lea|leer)\s+(?:también|más)",
        r"(?:noticias|artículos|contenidos)\s+relacionad[oa]s",
        r"(?:también\s+)?(?:te|le)\s+puede\s+interesar",
        r"(?:ver|véase)\s+también",
        r"(?:lo\s+)?más\s+leído",
        r"más\s+noticias(?:\s+de\s+.{1,40})?",
        r"últimas\s+noticias",
        r"(?:lo\s+)?más\s+visto(?:\s+en.{0,40})?",
        r"(?:las\s+)?más\s+leídas(?:\s+(?:hoy|de\s+la\s+semana))?",
        r"temas\s+del\s+día",
        r"hoy\s+en\s+portada",
        r"no\s+te\s+(?:puedes\s+perder|pierdas)",
        r"te\s+recomendamos",
    ),
}

BOILERPLATE_START: dict[str, tuple[str, ...]] = {
    "en": (
        r"to\s+(?:suggest|report|submit)\s+a\s+correction",
        r"(?:if\s+you\s+)?(?:spot(?:ted)?|see|found|notice)\s+an?\s+(?:error|mistake|typo)\b",
        r"(?:to\s+)?report\s+an?\s+(?:error|typo|mistake)\b",
        r"(?:you\s+can\s+also\s+)?(?:highlight|select)\s+the\s+text\s+and\s+press",
        r"(?:subscribe|sign\s+up)\s+(?:to|for|now)\b",
        r"get\s+(?:our|the)\s+(?:\w+\s+){0,3}newsletter",
        r"(?:follow|find|like|join)\s+us\s+on\b",
        r"follow\s+(?:our|the)\s+.{1,40}\s+on\s+(?:twitter|x|facebook|telegram|instagram)",
        r"share\s+(?:this|the)\s+(?:article|story|post|page)",
        r"share\s+(?:on|via|to)\s+\w+",
        r"(?:click|tap)\s+here\b",
        r"(?:©|\(c\)\s*\d{4}|copyright\s+(?:©|\(c\)|\d{4}))",
        r"download\s+(?:our|the)\s+app\b",
        r"(?:we|this\s+(?:site|website))\s+uses?\s+cookies",
        r"contact\s+us\s*(?::|at\b|here\b)",
        r"(?:advertisement|sponsored(?:\s+content)?|share|print|email)\s*$",
        r"support\s+(?:our|independent|quality)\s+(?:\w+\s+)?journalism\b",
        r"(?:make\s+a\s+)?donat(?:e|ion)\s+(?:now|today|to\s+(?:us|our))\b",
        r"become\s+a\s+(?:member|subscriber|supporter)\b",
        r"comments\s+(?:are|will\s+be)\s+(?:\w+\s+){0,2}(?:moderated|reviewed|approved)\b",
        # a style-sheet rule left in the text by an extractor: ".logo{display: block;}"
        r"[.#]?[\w-]+(?:\s*[.#:][\w-]+)*\s*\{[^{}]*:[^{}]*\}\s*$",
    ),
    "it": (
        r"per\s+segnalare\s+(?:un\s+errore|una\s+correzione|errori)",
        r"segnala(?:ci)?\s+(?:un\s+errore|una\s+correzione)",
        r"iscriviti\s+(?:alla|al|ai|gratis)\b",
        r"seguici\s+(?:su|anche)\b",
        r"condividi\s+(?:questo\s+articolo|l['’]articolo|su|la\s+notizia)\b",
        r"clicca\s+qui\b",
        r"(?:pubblicità|condividi|stampa)\s*$",
        r"scarica\s+(?:la\s+nostra|l['’])\s*app\b",
        r"sostieni\s+(?:\S+\.(?:it|com|org)\b|il\s+(?:nostro|giornalismo)|la\s+nostra|l['’]informazione)",
        r"abbonati\s+(?:a|al|alla|ora|subito|per)\b",
        r"fai\s+una\s+donazione\b",
        r"ricevi\s+(?:la\s+)?(?:nostra\s+)?newsletter\b",
        r"i\s+commenti\s+(?:saranno|sono|vengono|verranno)\s+(?:\w+\s+){0,2}"
        r"(?:moderati|approvati|pubblicati|sottoposti|visibili)\b",
    ),
    "fr": (
        r"pour\s+signaler\s+une\s+(?:erreur|faute|coquille)",
        r"(?:vous\s+avez\s+)?(?:repéré|remarqué|trouvé)\s+une\s+(?:erreur|faute|coquille)",
        r"abonnez-vous\b",
        r"inscrivez-vous\s+(?:à|a)\s+(?:notre|la|nos)\b",
        r"suivez-nous\s+sur\b",
        r"partager\s+(?:cet\s+article|sur|l['’]article)\b",
        r"cliquez\s+ici\b",
        r"(?:publicité|partager|imprimer)\s*$",
        r"téléchargez\s+(?:notre|l['’])\s*application\b",
        r"soutenez\s+(?:\S+\.(?:fr|com|org)\b|le\s+journalisme|notre|une\s+presse)",
        r"faites\s+un\s+don\b",
        r"recevez\s+(?:notre|la)\s+(?:\w+\s+){0,2}newsletter\b",
        r"les\s+commentaires\s+(?:sont|seront)\s+(?:\w+\s+){0,2}(?:modérés|validés|publiés)\b",
    ),
    "de": (
        r"(?:haben\s+sie\s+)?(?:einen\s+)?fehler\s+(?:gefunden|entdeckt|melden)",
        r"abonnieren\s+sie\s+(?:unseren|den|jetzt)\b",
        r"(?:jetzt\s+)?(?:zum\s+)?newsletter\s+(?:abonnieren|anmelden)",
        r"melden\s+sie\s+sich\s+(?:für|zum)\s+.{0,30}newsletter",
        r"folgen\s+sie\s+uns\s+(?:auf|bei)\b",
        r"(?:diesen\s+)?artikel\s+teilen\b",
        r"teilen\s+(?:auf|per|via)\s+\w+",
        r"(?:klicken\s+sie\s+hier|hier\s+klicken)\b",
        r"(?:anzeige|werbung|teilen|drucken)\s*$",
        r"unterstützen\s+sie\s+(?:unabhängigen\s+journalismus|uns|unsere\s+arbeit)\b",
        r"jetzt\s+spenden\b",
    ),
    "es": (
        r"para\s+(?:sugerir|reportar|notificar|señalar)\s+(?:una\s+corrección|un\s+error)",
        r"¿?(?:has|ha)\s+(?:visto|encontrado|detectado)\s+(?:un|algún)\s+error",
        r"suscr[ií]b(?:ete|ase)\b",
        r"síg(?:uenos|anos)\s+en\b",
        r"compart(?:ir|e)\s+(?:este\s+artículo|esta\s+noticia|en)\b",
        r"(?:haz|haga|pulsa|pulse)\s+(?:clic|click)\s+aquí",
        r"(?:pulsa|pincha)\s+aquí\b",
        r"(?:publicidad|compartir|imprimir)\s*$",
        r"apoya\s+(?:\S+\.(?:es|com|org)\b|el\s+periodismo|a\s+\S+\.(?:es|com|org)\b|nuestro)",
        r"haz\s+una\s+donación\b",
        r"recib(?:e|a)\s+(?:el|nuestro|la|nuestra)\s+(?:\w+\s+){0,2}(?:boletín|newsletter)",
        r"si\s+ya\s+eres\s+(?:miembro|socio|suscriptor)\b",
        r"los\s+comentarios\s+(?:serán|son|están)\s+(?:\w+\s+){0,2}"
        r"(?:moderados|aprobados|publicados|revisados|visibles)\b",
        r"este\s+sitio\s+se\s+reserva\s+el\s+derecho\b",
    ),
}

BOILERPLATE_ANYWHERE: dict[str, tuple[str, ...]] = {
    "en": (r"all\s+rights\s+reserved", r"ctrl\s*\+\s*enter"),
    "it": (r"tutti\s+i\s+diritti\s+riservati", r"riproduzione\s+riservata"),
    "fr": (r"tous\s+droits\s+réservés",),
    "de": (r"alle\s+rechte\s+vorbehalten",),
    "es": (r"todos\s+los\s+derechos\s+reservados",),
}

LANGUAGES: tuple[str, ...] = tuple(COMMENTS)


@dataclass(frozen=True, slots=True)
class LineRules:
    """The compiled lexicons for one language (plus English)."""

    comments: re.Pattern[str]
    related: re.Pattern[str]
    related_inline: re.Pattern[str]
    boilerplate: re.Pattern[str]


@functools.cache
def line_rules(language: str | None) -> LineRules:
    """Compiled rules for ``language`` and English; every bundled language when unknown."""
    chosen = _languages(language)
    comments = _union(COMMENTS, chosen)
    related = _union(RELATED, chosen)
    start = _union(BOILERPLATE_START, chosen)
    anywhere = _union(BOILERPLATE_ANYWHERE, chosen)
    flags = re.IGNORECASE
    return LineRules(
        comments=re.compile(rf"(?:{comments})\s*:?", flags),
        related=re.compile(rf"(?:{related})\s*[:.…»>›→]*", flags),
        related_inline=re.compile(rf"(?:{related})\s*[:|»>›→–—-]\s*\S", flags),
        boilerplate=re.compile(rf"(?:{start})|.*?(?:{anywhere})", flags),
    )


def _languages(language: str | None) -> tuple[str, ...]:
    code = (language or "").lower().split("-")[0].split("_")[0]
    if code in LANGUAGES:
        return ("en", code) if code != "en" else ("en",)
    return LANGUAGES


def _union(lexicon: dict[str, tuple[str, ...]], languages: tuple[str, ...]) -> str:
    return "|".join(fragment for code in languages for fragment in lexicon[code])
