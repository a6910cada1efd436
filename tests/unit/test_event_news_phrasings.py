"""Common news phrasings: the French aid nouns "envoi" and "livraison" with the recipient
that the parse hangs on the thing given ("l'envoi de canons à l'Ukraine"); a demonym that
ends a title before a comma and the name ("el presidente ucraniano, Volodímir Zelenski")
is no second party; a German group subject with its demonym before a perfect ("Russische
Truppen haben … angegriffen") makes the state act. Hand-written sentences."""

from __future__ import annotations

import pytest
from event_helpers import analyse, names, one_of_type

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2024, 5, 14)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Le ministre des Armées Sébastien Lecornu a annoncé l'envoi de nouveaux canons"
            " Caesar à l'Ukraine.",
            ["Sébastien Lecornu"],
        ),
        ("La France a annoncé la livraison de missiles à l'Ukraine.", ["France"]),
        ("Le ministre a annoncé l'envoi de munitions à l'Ukraine.", []),
    ],
)
def test_a_french_aid_noun_gives_to_the_phrase_after_the_thing(
    analyzer: Analyzer, text: str, actors: list[str]
) -> None:
    event = one_of_type(analyse(analyzer, text, "fr", PUBLISHED).events, "AID")
    assert names(event.actors) == actors
    assert names(event.recipients) == ["Ukraine"]


def test_sending_a_letter_is_no_aid(analyzer: Analyzer) -> None:
    events = analyse(analyzer, "L'envoi de la lettre a pris du retard.", "fr", PUBLISHED).events
    assert not [e for e in events if e.type == "AID"]


@pytest.mark.parametrize(
    ("language", "text", "other"),
    [
        (
            "es",
            "El presidente ucraniano, Volodímir Zelenski, se reunió este martes en Madrid con"
            " el rey Felipe VI.",
            "Felipe VI",
        ),
        (
            "it",
            "Il presidente ucraino, Volodymyr Zelensky, ha incontrato a Roma Giorgia Meloni.",
            "Giorgia Meloni",
        ),
        (
            "fr",
            "Le président ukrainien, Volodymyr Zelensky, a rencontré Emmanuel Macron à Paris.",
            "Emmanuel Macron",
        ),
    ],
)
def test_a_demonym_before_a_comma_and_the_name_is_no_party(
    analyzer: Analyzer, language: str, text: str, other: str
) -> None:
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, "CONSULT")
    assert set(names(event.actors) + names(event.recipients)) == {"Volodymyr Zelenskyy", other}


def test_a_list_of_states_keeps_its_commas(analyzer: Analyzer) -> None:
    text = "Germany, France and Italy signed a defence agreement in Rome on Monday."
    event = one_of_type(analyse(analyzer, text, "en", PUBLISHED).events, "AGREE")
    assert names(event.actors) == ["Germany", "France", "Italy"]


@pytest.mark.parametrize(
    "text",
    [
        "Russische Truppen haben in der Nacht die Stadt Charkiw mit Raketen angegriffen.",
        "Die russischen Truppen haben in der Nacht Charkiw angegriffen.",
    ],
)
def test_a_german_group_subject_with_its_demonym_acts(analyzer: Analyzer, text: str) -> None:
    event = one_of_type(analyse(analyzer, text, "de", PUBLISHED).events, "ASSAULT")
    assert names(event.actors) == ["Russia"]
    assert names(event.recipients) == ["Kharkiv"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hungary vetoed a joint EU statement condemning the attack."),
        ("en", "The EU condemned the Russian missile attack on the hospital."),
        ("it", "L'Italia ha condannato l'attacco russo contro l'ospedale."),
        ("es", "El terrorista condenado por el atentado de Lockerbie murió en Trípoli."),
    ],
)
def test_a_condemned_attack_is_no_news_of_its_own(
    analyzer: Analyzer, language: str, text: str
) -> None:
    """What a statement condemns is told as known: the condemnation is the event, and the
    subject of the sentence never becomes the attacker."""
    events = analyse(analyzer, text, language, PUBLISHED).events
    assert not [e for e in events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "La Casa Blanca pidió al Congreso que apruebe 61.000 millones de dólares para Ucrania.",
        ),
        (
            "it",
            "La Casa Bianca ha chiesto al Congresso che approvi 61 miliardi di dollari per Kiev.",
        ),
    ],
)
def test_what_a_request_asks_for_is_part_of_the_request(
    analyzer: Analyzer, language: str, text: str
) -> None:
    """Without a parse, the clause a complementizer opens after a verb of asking is what is
    asked: no approval happened ("asked Congress to approve" is one request too)."""
    events = analyse(analyzer, text, language, PUBLISHED).events
    assert [e.type for e in events] == ["REQUEST"]
    assert events[0].attributes.amount == 61_000_000_000


def test_a_clause_after_other_verbs_keeps_its_event(analyzer: Analyzer) -> None:
    text = "El Gobierno de Polonia pidió ayuda a la OTAN y dijo que enviará tropas a la frontera."
    events = analyse(analyzer, text, "es", PUBLISHED).events
    assert sorted(e.type for e in events) == ["MOBILIZE", "REQUEST"]


def test_a_german_verb_at_the_end_finds_its_object_far_before(analyzer: Analyzer) -> None:
    """The needed word ("Millionen") stands seven words before the clause-final verb; the
    reported future ("werde") is planned; the speaker after the comma receives nothing."""
    text = (
        "Deutschland werde weitere 50 Millionen Euro für die Versorgung der Zivilbevölkerung"
        " bereitstellen, kündigte Baerbock an."
    )
    event = one_of_type(analyse(analyzer, text, "de", PUBLISHED).events, "AID")
    assert names(event.actors) == ["Germany"]
    assert names(event.recipients) == []
    assert event.status == "planned"
    assert (event.attributes.amount, event.attributes.currency) == (50_000_000, "EUR")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "L'Italia invierà nuove munizioni, ha detto Crosetto."),
        ("es", "España enviará más munición, según dijo la ministra Margarita Robles."),
    ],
)
def test_the_one_who_tells_it_receives_nothing(
    analyzer: Analyzer, language: str, text: str
) -> None:
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, "AID")
    assert names(event.recipients) == []


def test_a_german_comparison_and_article_open_no_clause(analyzer: Analyzer) -> None:
    """ "mehr als 30 Raketen" and "der israelischen Armee" stay in the clause of "feuerte …
    ab": one attack, with its count, not a second one by Israel."""
    text = (
        "Unterdessen feuerte die Hisbollah nach Angaben der israelischen Armee mehr als 30"
        " Raketen auf den Norden Israels ab."
    )
    events = analyse(analyzer, text, "de", PUBLISHED).events
    event = one_of_type(events, "ASSAULT")
    assert names(event.actors) == ["Hezbollah"]
    assert event.attributes.count == 30


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The Serbian president asked for forgiveness for the crimes committed during the war.",
        ),
        ("it", "Il presidente serbo ha chiesto perdono per i crimini commessi durante la guerra."),
        ("fr", "Le président serbe a demandé pardon pour les crimes commis pendant la guerre."),
        ("de", "Der serbische Präsident bat um Vergebung für die Verbrechen des Krieges."),
    ],
)
def test_asking_for_forgiveness_is_an_apology(analyzer: Analyzer, language: str, text: str) -> None:
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, "CONCEDE")
    assert names(event.actors) == ["Serbia"]
