"""Words of an event in another sense make no event: set phrases ("de acuerdo con" is
"according to", "un attacco di panico", "a heart attack"), idioms ("entró en crisis",
"impegnata in un controllo", "accampando scuse"), forms of another word ("negativamente"
is no "negato") and capitalised words of a name ("Concordia Assicurazioni"). Calls,
goals, readiness and reported or supposed consequences are no events that occurred ("ha
indetto uno sciopero", "la prioridad es evacuar", "prête à soutenir", "supondría un
desastre"). Sentences written for this test, in es/it/fr/en/de."""

from __future__ import annotations

import pytest
from event_helpers import analyse

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2024, 5, 10)


@pytest.mark.parametrize(
    ("lang", "text", "type_"),
    [
        (
            "es",
            "De acuerdo con la Cruz Roja colombiana, las lluvias dejaron veinte muertos en "
            "Medellín.",
            "AGREE",
        ),
        (
            "es",
            "El modelo económico defendido por Washington y sus aliados de la OTAN entró en "
            "crisis en los años noventa.",
            "AGREE",
        ),
        ("es", "La fiscalía de Sevilla reunió pruebas contra el concejal Luis Ortega.", "CONSULT"),
        ("es", "El alcalde de Oviedo sufrió un ataque de ansiedad durante el pleno.", "ASSAULT"),
        (
            "it",
            "Secondo i carabinieri, una volante impegnata in un posto di blocco a Cesena ha "
            "fermato l'auto di Luca Neri.",
            "AGREE",
        ),
        (
            "it",
            "I due truffatori si presentavano agli anziani di Parma accampando scuse per "
            "entrare in casa.",
            "CONCEDE",
        ),
        (
            "it",
            "Il sindaco di Lecce ha avuto un attacco di panico durante il consiglio comunale.",
            "ASSAULT",
        ),
        (
            "it",
            "Le due giovani sono state riconosciute come le autrici della rapina al negozio di "
            "Rimini dalla commessa.",
            "SUPPORT",
        ),
        (
            "it",
            "Durante il concerto a Verona alcuni tifosi si sono distinti negativamente per i "
            "cori razzisti.",
            "REJECT",
        ),
        ("fr", "Les gendarmes ont réuni des preuves contre l'ancien maire de Nantes.", "CONSULT"),
        ("fr", "Les réfugiés cherchent un lieu de refuse à Calais.", "REJECT"),
        ("fr", "Le préfet de Lille a été victime d'une attaque cardiaque samedi.", "ASSAULT"),
        ("en", "The mayor of Leeds suffered a heart attack in London.", "ASSAULT"),
        ("de", "Der Bürgermeister von Köln erlitt im Rathaus eine Panikattacke.", "ASSAULT"),
        # a cooperative is a company, the top of a state its leadership
        (
            "it",
            "Furto nella sede della cooperativa Sole di Trapani: rubati due computer.",
            "COOPERATE",
        ),
        ("es", "La cooperativa agrícola de Jaén contrató a cuarenta jornaleros.", "COOPERATE"),
        ("it", "Il potere resta saldamente nelle mani del vertice dello Stato.", "CONSULT"),
        # "donde" (where) is no "donar" (to donate)
        (
            "es",
            "El técnico habló desde Río de Janeiro, donde se encuentra tras entrenar al equipo "
            "libio en Malí.",
            "AID",
        ),
        # a warning with no threatened act is no threat
        (
            "es",
            "El ministro ruso advirtió hoy que la coalición no tiene mandato para ese cambio.",
            "THREATEN",
        ),
        (
            "es",
            "Sería un error leer los hechos en clave tribal, advierte la analista Ana Ruiz.",
            "THREATEN",
        ),
    ],
)
def test_an_event_word_in_another_sense_makes_no_event(
    analyzer: Analyzer, lang: str, text: str, type_: str
) -> None:
    events = analyse(analyzer, text, lang, PUBLISHED).events
    assert not [e for e in events if e.type == type_], [(e.type, e.trigger) for e in events]


def test_a_reflexive_arrestarsi_is_stopping(analyzer: Analyzer) -> None:
    text = "Secondo la Questura di Torino, la crescita dei furti non accenna ad arrestarsi."
    events = analyse(analyzer, text, "it", PUBLISHED).events
    assert not [e for e in events if e.type == "COERCE"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize(
    ("lang", "text", "type_"),
    [
        (
            "es",
            "El director del Instituto Chileno de Investigaciones Sociales, Pablo Rojas, "
            "presentó el estudio en Valparaíso.",
            "ACCUSE",
        ),
        (
            "it",
            "Il presidente della Concordia Assicurazioni ha incontrato i sindacati.",
            "AGREE",
        ),
    ],
)
def test_a_word_of_a_name_is_no_trigger(
    analyzer: Analyzer, lang: str, text: str, type_: str
) -> None:
    events = analyse(analyzer, text, lang, PUBLISHED).events
    assert not [e for e in events if e.type == type_], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize(
    ("lang", "text", "type_", "status"),
    [
        (
            "es",
            "El sindicato Comisiones Obreras ha convocado una manifestación en Valencia contra "
            "el cierre de la fábrica.",
            "PROTEST",
            "planned",
        ),
        (
            "it",
            "La Fiom ha indetto uno sciopero dei metalmeccanici contro la chiusura dello "
            "stabilimento di Termoli.",
            "PROTEST",
            "planned",
        ),
        (
            "fr",
            "Le syndicat Sud-Rail a appelé à la grève contre la réforme de la SNCF.",
            "PROTEST",
            "planned",
        ),
        (
            "en",
            "The Trades Union Congress called a general strike against the pension reform.",
            "PROTEST",
            "planned",
        ),
        (
            "es",
            "Una ofensiva de Marruecos en el Sáhara supondría un desastre para la región, según "
            "el ministro argelino.",
            "ASSAULT",
            "hypothetical",
        ),
        (
            "fr",
            "Une attaque contre Taïwan entraînerait une crise mondiale, selon le ministre "
            "japonais.",
            "ASSAULT",
            "hypothetical",
        ),
        (
            "en",
            "A Chinese invasion of Taiwan would be a catastrophe for Japan, the minister said.",
            "ASSAULT",
            "hypothetical",
        ),
        (
            "es",
            "La prioridad de Madrid es evacuar a los turistas españoles de Gaza.",
            "AID",
            "planned",
        ),
        (
            "it",
            "L'obiettivo della Farnesina è evacuare gli italiani bloccati in Sudan.",
            "AID",
            "planned",
        ),
        ("fr", "L'objectif de Paris est de retirer ses soldats du Tchad.", "RETREAT", "planned"),
        (
            "en",
            "The main goal of the French government is the withdrawal of its troops from Niger.",
            "RETREAT",
            "planned",
        ),
        (
            "fr",
            "Alger était prête à soutenir les nouvelles autorités de Bamako.",
            "SUPPORT",
            "planned",
        ),
        (
            "it",
            "Il governo di Vienna è pronto a inviare aiuti umanitari alla Slovenia.",
            "AID",
            "planned",
        ),
        (
            "es",
            "El Gobierno de Perú está dispuesto a enviar ayuda humanitaria a Bolivia.",
            "AID",
            "planned",
        ),
        (
            "es",
            "El portavoz de la CGT advirtió de que las huelgas comenzarían en Rosario la próxima "
            "semana.",
            "PROTEST",
            "planned",
        ),
    ],
)
def test_a_call_a_goal_a_readiness_or_a_supposition_did_not_occur(
    analyzer: Analyzer, lang: str, text: str, type_: str, status: str
) -> None:
    events = [e for e in analyse(analyzer, text, lang, PUBLISHED).events if e.type == type_]
    assert events and all(e.status == status for e in events), [
        (e.type, e.trigger, e.status) for e in events
    ]


@pytest.mark.parametrize(
    ("lang", "text", "type_", "status"),
    [
        ("fr", "Aucune manifestation n'a eu lieu dimanche à Oran.", "PROTEST", "negated"),
        ("fr", "Madrid exclut l'envoi de troupes au Sahel.", "MOBILIZE", "negated"),
        ("it", "Il governo esclude l'invio di truppe in Niger.", "MOBILIZE", "negated"),
        ("es", "El Gobierno descarta el envío de tropas a Malí.", "MOBILIZE", "negated"),
        ("fr", "Il sera nécessaire de désarmer les milices du Nord.", "RETREAT", "hypothetical"),
        ("it", "Sarà necessario disarmare le milizie del Nord.", "RETREAT", "hypothetical"),
        ("es", "Es imprescindible desarmar a las milicias libias.", "RETREAT", "hypothetical"),
        ("en", "It is essential to disarm the northern militias.", "RETREAT", "hypothetical"),
    ],
)
def test_no_exclusion_or_necessity_is_an_event_that_occurred(
    analyzer: Analyzer, lang: str, text: str, type_: str, status: str
) -> None:
    events = [e for e in analyse(analyzer, text, lang, PUBLISHED).events if e.type == type_]
    assert events and all(e.status == status for e in events), [
        (e.type, e.status, e.trigger) for e in analyse(analyzer, text, lang, PUBLISHED).events
    ]


@pytest.mark.parametrize(
    ("lang", "text", "type_"),
    [
        # a court's "condannare" is a conviction, a government's a condemnation
        ("it", "Il giudice ha condannato Sara Conti per truffa.", "SANCTION"),
        ("fr", "Le tribunal a condamné Paul Girard pour corruption.", "SANCTION"),
        ("es", "El tribunal condenó a Rosa Medina por corrupción.", "SANCTION"),
        ("es", "El Gobierno de Chile condenó el atentado de Kabul.", "ACCUSE"),
        ("fr", "La France a condamné l'attaque contre l'ambassade.", "ACCUSE"),
    ],
)
def test_a_courts_condemnation_is_a_conviction(
    analyzer: Analyzer, lang: str, text: str, type_: str
) -> None:
    events = analyse(analyzer, text, lang, PUBLISHED).events
    assert [e.type for e in events if e.type in {"SANCTION", "ACCUSE"}] == [type_], [
        (e.type, e.trigger) for e in events
    ]


@pytest.mark.parametrize(
    ("lang", "text", "type_"),
    [
        ("it", "La Russia e la Cina cooperano sul piano militare da anni.", "COOPERATE"),
        ("es", "Rusia y China cooperan en materia militar desde hace años.", "COOPERATE"),
        ("it", "Si è aperto a Vilnius il vertice della Nato.", "CONSULT"),
        ("es", "Irán advirtió que responderá con fuerza a cualquier ataque de Israel.", "THREATEN"),
    ],
)
def test_the_event_senses_of_those_words_stay(
    analyzer: Analyzer, lang: str, text: str, type_: str
) -> None:
    events = analyse(analyzer, text, lang, PUBLISHED).events
    assert [e for e in events if e.type == type_], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Macron ha criticato le sanzioni americane contro l'Iran."),
        ("es", "Macron criticó las sanciones estadounidenses contra Irán."),
    ],
)
def test_criticising_sanctions_is_the_event_reported(
    analyzer: Analyzer, lang: str, text: str
) -> None:
    """The criticism is what the sentence reports; the sanctions are its topic."""
    events = analyse(analyzer, text, lang, PUBLISHED).events
    assert [e.type for e in events] == ["ACCUSE"]
    assert [ref.name for ref in events[0].actors] == ["Emmanuel Macron"]
