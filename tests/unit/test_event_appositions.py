"""An aside between commas after a name describes it; the name is the subject, not a
country or person named in the aside ("Aisha Gadafi, hija del líder libio, ha presentado
una denuncia"). A list of names is no aside. The source after "according to" accuses
("según denunció Human Rights Watch"). Sentences written for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, names, one_of_type

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 12)


@pytest.mark.parametrize(
    ("lang", "text", "type_", "actor"),
    [
        (
            "es",
            "Ahmed al Sharaa, líder de la coalición siria, visitó Ankara el lunes.",
            "CONSULT",
            "Ahmed al-Sharaa",
        ),
        (
            "es",
            "Lina Khan, exfuncionaria de la agencia estadounidense, denunció a Meta ante un juez.",
            "ACCUSE",
            "Lina Khan",
        ),
        (
            "es",
            "Aisha Gadafi, hija del dirigente libio, denunció a la OTAN ante un tribunal belga.",
            "ACCUSE",
            "Aisha Gadafi",
        ),
        (
            "it",
            "Ahmed al Sharaa, leader della coalizione siriana, ha visitato Ankara lunedì.",
            "CONSULT",
            "Ahmed al-Sharaa",
        ),
        (
            "it",
            "Marie Dupont, portavoce del ministero francese, ha criticato la Russia lunedì.",
            "ACCUSE",
            "Marie Dupont",
        ),
    ],
)
def test_the_name_before_an_aside_is_the_subject(
    analyzer: Analyzer, lang: str, text: str, type_: str, actor: str
) -> None:
    # under a headline, as in an article
    article = f"Notizie dal mondo\n\n{text}"
    event = one_of_type(analyse(analyzer, article, lang, PUBLISHED).events, type_)
    assert names(event.actors) == [actor]


def test_a_list_of_names_is_no_aside(analyzer: Analyzer) -> None:
    text = "Francia, el Reino Unido, Alemania y España firmaron el acuerdo en Bruselas."
    event = one_of_type(analyse(analyzer, text, "es", PUBLISHED).events, "AGREE")
    assert names(event.actors) == ["France", "United Kingdom", "Germany", "Spain"]


@pytest.mark.parametrize(
    ("lang", "text", "source", "accused"),
    [
        (
            "es",
            "Rusia cometió crímenes de guerra en Bucha, según denunció hoy Amnistía Internacional.",
            "Amnesty International",
            "Russia",
        ),
        (
            "es",
            "La brigada de Hamis estaría implicada en crímenes de guerra, según denunció hoy "
            "desde Trípoli la organización Human Rights Watch.",
            "Human Rights Watch",
            "Hamis",
        ),
        (
            "it",
            "La Russia ha commesso crimini di guerra a Bucha, come ha denunciato Amnesty "
            "International.",
            "Amnesty International",
            "Russia",
        ),
    ],
)
def test_the_source_after_according_to_accuses(
    analyzer: Analyzer, lang: str, text: str, source: str, accused: str
) -> None:
    """ "… según denunció X": X is the source that accuses, the reported clause's subject is
    accused (not the last name before the verb, nor a place after "desde")."""
    event = one_of_type(analyse(analyzer, text, lang, PUBLISHED).events, "ACCUSE")
    assert names(event.actors) == [source]
    assert names(event.recipients) == [accused]


def test_a_name_in_a_phrase_of_its_own_opens_no_aside(analyzer: Analyzer) -> None:
    """ "dopo le dichiarazioni di Bassiouni, gli insorti libici, …": the insurgents after the
    comma are the subject, not an aside about the name."""
    text = (
        "Pochi giorni dopo le dichiarazioni di Bassiouni, gli insorti libici, in "
        "collaborazione con la CNN, hanno accusato i soldati di stupro."
    )
    events = analyse(analyzer, text, "it", PUBLISHED).events
    accuse = [e for e in events if e.type == "ACCUSE"]
    assert accuse and all("insorti libici" in names(e.actors) for e in accuse)
    assert all("Cherif Bassiouni" not in names(e.actors) for e in accuse)
