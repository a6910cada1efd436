"""Cleaning: keep every article sentence, cut comments, teasers and site notices."""

from __future__ import annotations

from pathlib import Path

import pytest

from annals.ingest.cleaning import clean_text
from annals.ingest.header import split_header
from annals.models import CleanText

EN_ARTICLE = (
    "The foreign ministers of Chile and Portugal signed a cultural accord in Lisbon on Monday.\n"
    "\n"
    "The accord covers student exchanges, joint archives and a festival in 2026, "
    "the ministry said in a statement.\n"
    "\n"
    "Officials said a second meeting would take place in Santiago in the spring."
)
EN_TAIL = (
    "\n\n"
    "Portugal Expands Cultural Ties With South America\n"
    "Related Articles\n"
    "\n"
    "Portugal Expands Cultural Ties With South America\n"
    "\n"
    "Lisbon has signed similar accords with three other countries over the past two years.\n"
    "To suggest a correction or clarification, write to us here\n"
    "You can also highlight the text and press Ctrl + Enter\n"
    "\n"
    "Comments (2)\n"
    "reader_42\n"
    "Great news for students. Click here to reply.\n"
    "\n"
    "another reader\n"
    "About time!"
)

IT_ARTICLE = (
    "Il ministro degli Esteri ha incontrato ieri a Roma il suo omologo cileno.\n"
    "Al centro del colloquio la cooperazione culturale e universitaria tra i due paesi.\n"
    "Un nuovo incontro è previsto a Santiago in primavera, ha detto la Farnesina."
)
IT_TAIL = (
    "\n\n"
    "Leggi anche\n"
    "Cile, firmato l'accordo sulle università\n"
    "Roma e Lisbona, nuovo patto culturale\n"
    "\n"
    "Iscriviti alla nostra newsletter\n"
    "Seguici su Facebook e Instagram\n"
    "© Riproduzione riservata\n"
    "\n"
    "Commenti (3)\n"
    "Lucia: finalmente una buona notizia.\n"
    "Marco: speriamo che duri."
)

FR_ARTICLE = (
    "Les ministres de la Défense de France et d'Italie se sont réunis jeudi à Paris.\n"
    "\n"
    "Ils ont annoncé un exercice naval commun en Méditerranée l'an prochain."
)
FR_TAIL = (
    "\n\n"
    "À lire aussi\n"
    "\n"
    "Défense : Rome et Paris renforcent leur coopération navale\n"
    "\n"
    "Partager cet article\n"
    "Abonnez-vous à notre newsletter\n"
    "Tous droits réservés\n"
    "\n"
    "Laisser un commentaire\n"
    "Très bon article, merci."
)

DE_ARTICLE = (
    "Die Außenminister Deutschlands und Polens trafen sich am Dienstag in Warschau.\n"
    "Beide Regierungen vereinbarten eine engere Zusammenarbeit beim Grenzschutz."
)
DE_TAIL = (
    "\n\n"
    "Mehr zum Thema\n"
    "Grenzschutz: Polen verstärkt Kontrollen\n"
    "Warschau und Berlin planen gemeinsame Übung\n"
    "\n"
    "Folgen Sie uns auf X und Facebook\n"
    "Alle Rechte vorbehalten.\n"
    "\n"
    "Kommentare (12)\n"
    "Leser1: Gute Nachricht."
)

ES_ARTICLE = (
    "Los ministros de Defensa de España y Portugal se reunieron el jueves en Lisboa.\n"
    "\n"
    "Ambos países compartirán datos de radar y organizarán dos ejercicios navales."
)
ES_TAIL = (
    "\n\n"
    "Noticias relacionadas\n"
    "\n"
    "España y Portugal refuerzan la vigilancia marítima\n"
    "\n"
    "Compartir en Facebook\n"
    "Síguenos en Twitter\n"
    "Suscríbete a nuestro boletín\n"
    "\n"
    "5 comentarios\n"
    "Pedro: muy interesante."
)


def _removed_reasons(result: CleanText) -> set[str]:
    return {span.reason for span in result.removed}


@pytest.mark.parametrize(
    ("article", "tail", "language", "gone"),
    [
        (EN_ARTICLE, EN_TAIL, "en", ["Related Articles", "Ctrl + Enter", "reader_42", "About"]),
        (IT_ARTICLE, IT_TAIL, "it", ["Leggi anche", "università", "newsletter", "Lucia"]),
        (FR_ARTICLE, FR_TAIL, "fr", ["lire aussi", "Rome et Paris", "Abonnez", "merci"]),
        (DE_ARTICLE, DE_TAIL, "de", ["Mehr zum Thema", "Übung", "Folgen Sie", "Leser1"]),
        (ES_ARTICLE, ES_TAIL, "es", ["relacionadas", "refuerzan", "Síguenos", "Pedro"]),
    ],
)
@pytest.mark.parametrize("give_language", [True, False])
def test_cleaning_news_tails_are_cut(
    article: str, tail: str, language: str, gone: list[str], give_language: bool
) -> None:
    result = clean_text(article + tail, language if give_language else None)
    assert result.text == article
    for phrase in gone:
        assert phrase not in result.text
    assert _removed_reasons(result) == {"related-links", "boilerplate", "reader-comments"}


@pytest.mark.parametrize(
    ("article", "tail"),
    [(EN_ARTICLE, EN_TAIL), (IT_ARTICLE, IT_TAIL), (DE_ARTICLE, DE_TAIL)],
)
def test_cleaning_spans_point_into_the_input(article: str, tail: str) -> None:
    text = article + tail
    result = clean_text(text)
    for span in result.removed:
        assert text[span.start : span.end] == span.text
        assert span.start >= len(article)
    comments = [span for span in result.removed if span.reason == "reader-comments"]
    assert len(comments) == 1
    assert text[comments[0].end :].strip() == ""


def test_cleaning_en_tail_spans_in_order() -> None:
    result = clean_text(EN_ARTICLE + EN_TAIL)
    assert [span.reason for span in result.removed] == [
        "related-links",
        "boilerplate",
        "reader-comments",
    ]
    related = result.removed[0].text
    assert related.startswith("Portugal Expands Cultural Ties")
    assert related.endswith("over the past two years.")
    assert result.removed[1].text.startswith("To suggest a correction")
    assert result.removed[2].text.startswith("Comments (2)")


@pytest.mark.parametrize(
    "text",
    [
        # Paragraphs that merely mention the marker words.
        "The minister declined to comment on the report.\n"
        "A spokesman later issued a correction to the figures.\n"
        "Comments by the ambassador drew criticism in parliament.\n"
        "Readers were invited to share their views at a town hall in Porto.",
        "Il ministro non ha voluto commentare.\nI commenti del governo sono arrivati in serata.",
        "Le ministre a refusé de commenter.\nLire aussi le rapport complet du Sénat, a-t-il dit.",
        "Der Minister wollte das nicht kommentieren.\nDie Kommentare der Opposition waren scharf.",
        "El ministro no quiso hacer comentarios sobre el informe.\nCompartir datos es clave.",
        # A section heading in the middle of an article.
        "Ministers met in Berlin on Monday.\nNEXT STEPS\nA working group will report in May.",
        # An opinion label at the top of a piece.
        "Kommentar\nDie Regierung muss jetzt handeln, schreibt unser Korrespondent.",
        "Comment\nThe government must act now, writes our correspondent.",
        # Support as a topic, not an appeal.
        "Sostieni la proposta?, ha chiesto il ministro al collega francese.",
        "Donations from Gulf states supported the reconstruction of Gaza.",
        # Copyright as a topic, not a notice.
        "Copyright disputes between the two countries have grown this year.",
    ],
)
def test_cleaning_keeps_ordinary_paragraphs(text: str) -> None:
    result = clean_text(text)
    assert result.removed == ()
    assert result.text == text


def test_cleaning_mid_article_read_also_keeps_the_rest() -> None:
    text = (
        "Ministers met in Berlin on Monday to discuss border security.\n"
        "\n"
        "Read also: Poland tightens border checks\n"
        "\n"
        "Further Talks\n"
        "A working group will report back in May, officials said.\n"
        "\n"
        "Related articles\n"
        "Warsaw hosts regional summit\n"
        "\n"
        "The ministers also agreed to share radar data, the statement said."
    )
    result = clean_text(text)
    assert "Read also" not in result.text
    assert "Related articles" not in result.text
    assert "Warsaw hosts regional summit" not in result.text
    for kept in (
        "Ministers met in Berlin on Monday",
        "Further Talks\nA working group will report back in May",
        "The ministers also agreed to share radar data",
    ):
        assert kept in result.text
    assert _removed_reasons(result) == {"related-links"}


def test_cleaning_comments_header_at_the_very_top_is_not_a_comment_section() -> None:
    text = "Comments (3)\nThe minister visited Rome on Tuesday to discuss aid."
    result = clean_text(text)
    assert "The minister visited Rome" in result.text


def test_cleaning_normalises_whitespace_and_line_breaks() -> None:
    text = "  \r\nFirst paragraph.\r\n\r\n\r\n\r\nSecond paragraph.   \r\nThird line.\r\n\r\n  "
    result = clean_text(text)
    assert result.text == "First paragraph.\n\nSecond paragraph.\nThird line."
    assert result.removed == ()


def test_cleaning_empty_text() -> None:
    assert clean_text("") == CleanText(text="", removed=())


# --------------------------------------------------------------------------- seeds


def _seed(shared_dir: Path, prefix: str) -> str:
    [path] = sorted((shared_dir / "seeds").glob(f"{prefix}_*.txt"))
    return split_header(path.read_text(encoding="utf-8"))[2]


def test_cleaning_seed_003_tail_is_removed(shared_dir: Path) -> None:
    body = _seed(shared_dir, "003")
    result = clean_text(body)
    for kept in (
        "Antonio Tajani",
        "bilateral security cooperation agreement with Ukraine",
        "political and symbolic",
        "Oleksiy Navalny",
        "in two phases",
        "met with Pier Francesco Zazo, Ambassador of Italy to Ukraine, regarding this issue.",
    ):
        assert kept in result.text
    for gone in ("Other Topics of Interest", "Ctrl + Enter", "correction", "spoilers", "kanate"):
        assert gone not in result.text
    assert "Pushing for Further Support" not in result.text
    assert result.text.endswith("regarding this issue.")
    assert _removed_reasons(result) == {"related-links", "boilerplate", "reader-comments"}


@pytest.mark.parametrize("prefix", ["000", "001", "002", "004"])
def test_cleaning_seeds_lose_nothing(shared_dir: Path, prefix: str) -> None:
    body = _seed(shared_dir, prefix)
    result = clean_text(body)
    assert result.removed == ()
    assert result.text.split() == body.split()


@pytest.mark.parametrize(
    "notice",
    [
        "To suggest a correction or clarification, write to us here",
        "If you spot an error, please let us know.",
        "Subscribe to our daily newsletter",
        "Follow us on Telegram",
        "Share this article",
        "Click here to read the full report",
        "© 2024 Example Media. All rights reserved.",
        "ADVERTISEMENT",
        "Per segnalare un errore scrivi alla redazione",
        "Seguici su Instagram",
        "Clicca qui per iscriverti",
        "Pour signaler une erreur, écrivez-nous",
        "Suivez-nous sur Facebook",
        "Cliquez ici pour en savoir plus",
        "Haben Sie einen Fehler entdeckt? Schreiben Sie uns.",
        "Abonnieren Sie unseren Newsletter",
        "Klicken Sie hier, um mehr zu erfahren",
        "Para sugerir una corrección, escríbanos",
        "Haz clic aquí para leer más",
        "Todos los derechos reservados",
        "Support independent journalism: donate today.",
        "Sostieni example.it: abbiamo bisogno anche di te.",
        "Soutenez le journalisme indépendant",
        "Unterstützen Sie unabhängigen Journalismus",
        "Apoya el periodismo de calidad",
        "Recibe el boletín de Internacional",
        "Ricevi la nostra newsletter",
        "Recevez notre newsletter quotidienne",
        ".site-logo{display: block;width: 300px;}",
        "I commenti saranno pubblicati solo dopo essere stati approvati dalla redazione.",
        "Los comentarios serán moderados antes de su publicación.",
        "Comments are moderated before they appear.",
    ],
)
def test_cleaning_notice_between_paragraphs_is_boilerplate(notice: str) -> None:
    first = "The ministers met in Madrid on Friday to discuss migration."
    second = "They agreed to meet again in Rabat next month, officials said."
    result = clean_text(f"{first}\n\n{notice}\n\n{second}")
    assert result.text == f"{first}\n\n{second}"
    [span] = result.removed
    assert span.reason == "boilerplate"
    assert span.text == notice


def test_cleaning_teasers_with_snippets_at_the_end_are_related_links() -> None:
    article = "Talks between the two delegations ended in Geneva without a deal."
    text = (
        f"{article}\n\n"
        "You may also like\n"
        "Geneva talks stall over border map\n"
        "Negotiators failed to agree on a map of the disputed area.\n"
        "Envoys to return to the table in June\n"
        "Both sides said a new round could begin within weeks.\n"
    )
    result = clean_text(text)
    assert result.text == article
    assert [span.reason for span in result.removed] == ["related-links"]


def test_cleaning_bare_teaser_headlines_at_the_end_are_related_links() -> None:
    article = "Die Gespräche in Genf endeten ohne Einigung, teilte das Ministerium mit."
    text = f"{article}\n\nLesen Sie auch:\nGenfer Gespräche stocken\nNeue Runde im Juni geplant\n"
    result = clean_text(text)
    assert result.text == article


def test_cleaning_language_narrows_the_lexicon() -> None:
    text = "Ministers met in Rome.\n\nSeguici su Instagram"
    assert clean_text(text, "it").text == "Ministers met in Rome."
    assert clean_text(text, "de").text == text


@pytest.mark.parametrize(
    "header",
    ["45 » Comentarios", "Se han publicado 12 comentarios", "12 | Kommentare", "3 comments posted"],
)
def test_cleaning_counted_comment_headers_open_the_comments(header: str) -> None:
    article = (
        "Los ministros de Exteriores de Chile y Portugal firmaron ayer en Lisboa un acuerdo "
        "cultural, según informó el ministerio."
    )
    text = f"{article}\n{header}\nMe parece una gran noticia para los estudiantes.\nA mí no."
    result = clean_text(text)
    assert result.text == article
    assert [span.reason for span in result.removed] == ["reader-comments"]


def test_cleaning_two_teaser_headers_in_a_row_form_one_closing_block() -> None:
    article = "Los ministros se reunieron el viernes en Madrid para hablar de migración."
    text = (
        f"{article}\n"
        "Lo más visto en...\n"
        "Sube el precio del aceite en los mercados\n"
        "Temas del día\n"
        "Nueva línea de tren entre Sevilla y Huelva (+ Fotos)\n"
        "Un museo abre sus puertas de noche\n"
    )
    result = clean_text(text, "es")
    assert result.text == article
    assert {span.reason for span in result.removed} == {"related-links"}


def test_cleaning_promotions_between_a_notice_and_the_closing_block_go() -> None:
    article = (
        "Los ministros se reunieron el viernes en Madrid para hablar de migración.\n"
        "Acordaron volver a verse en Rabat el mes próximo, dijeron fuentes oficiales."
    )
    text = (
        f"{article}\n"
        "Recibe el boletín de Internacional\n"
        "Concierto en línea con una cantante de moda\n"
        "La artista presentará la nueva edición de su primer disco.\n"
        "Lo más visto en...\n"
        "Webs del grupo\n"
    )
    result = clean_text(text, "es")
    assert result.text == article
    assert [span.reason for span in result.removed] == ["boilerplate", "related-links"]


def test_cleaning_a_last_section_after_a_notice_in_the_middle_stays() -> None:
    """Without a closing block, the lines after a notice are the article's own."""
    article = "Los ministros se reunieron el viernes en Madrid para hablar de migración."
    last = "Próxima cita en Rabat\nLa reunión está prevista para el mes próximo."
    text = f"{article}\nRecibe el boletín de Internacional\n{last}"
    result = clean_text(text, "es")
    assert result.text == f"{article}\n{last}"


_BODY = (
    "Los ministros de Exteriores de la Unión Europea se reunieron el lunes en Bruselas para "
    "discutir nuevas sanciones, según informaron fuentes diplomáticas a la prensa."
)
_OTHER_HEADLINES = (
    "Sube el precio del aceite en los mercados del sur\n"
    "Nueva línea de tren entre Sevilla y Huelva\n"
    "El Gobierno aprueba el plan de vivienda\n"
    "Un museo abre sus puertas de noche\n"
    "Los agricultores piden ayudas por la sequía\n"
    "Palestinos en la calle por la unidad, Hamas e Israel tienen miedo...\n"
)


def test_a_headerless_list_of_other_headlines_ending_the_page_goes() -> None:
    result = clean_text(f"{_BODY}\n{_OTHER_HEADLINES}", "es")
    assert result.text == _BODY
    assert [span.reason for span in result.removed] == ["related-links"]


@pytest.mark.parametrize(
    "tail",
    [
        # the article's own list, introduced or bulleted
        "El paquete incluye:\n" + _OTHER_HEADLINES,
        "".join(f"- {line}\n" for line in _OTHER_HEADLINES.splitlines()),
        # a list in the middle: the article goes on after it, at greater length
        _OTHER_HEADLINES + f"{_BODY}\n{_BODY}\n{_BODY}",
        # prose wrapped at a narrow width is no list of headlines
        "Comme sous l'ancien Régime, ce sont\nles généraux de l'armée qui tiennent\n"
        "la rue et le pays. Pour garantir aux\nfrères une illusion de pouvoir, les\n"
        "mêmes réseaux ont arraché le pouvoir\ndes mains d'un autre de leurs protégés\n",
    ],
)
def test_an_articles_own_lines_are_no_headline_list(tail: str) -> None:
    text = f"{_BODY}\n{tail}".strip()
    assert clean_text(text).text == text
