"""Spanish senses the English lexicon covered and the Spanish one lacked: troop and police
moves, alerts and weapons tests (MOBILIZE); raids, bans, deportations, dispersals and
cordons (COERCE); vows of revenge (THREATEN); appeals (REQUEST); denials and ruling out
(REJECT); joint teams and extraditions (COOPERATE); surrender, retreats and reopened
crossings (RETREAT); air and drone strikes, ambushes, suicide attacks (ASSAULT); road
blocks, hunger strikes and sit-ins (PROTEST); loans and debt relief (AID); broken ties,
recalled envoys and exits from treaties (SANCTION); blame and inquiries (ACCUSE); and
ambiguous Spanish words that code no such event. Sentences written for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 12)


@pytest.mark.parametrize(
    ("text", "type_", "mode", "actor"),
    [
        (
            "Rusia concentró tropas y tanques cerca de la frontera con Ucrania.",
            "MOBILIZE",
            "troops",
            "Russia",
        ),
        (
            "Corea del Norte puso en alerta máxima a sus tropas fronterizas.",
            "MOBILIZE",
            "troops",
            "North Korea",
        ),
        ("Moscú llamó a filas a 300.000 reservistas.", "MOBILIZE", "troops", None),
        ("El Gobierno peruano envió 500 policías a la zona minera.", "MOBILIZE", "police", "Peru"),
        ("Irán probó un nuevo misil balístico de largo alcance.", "MOBILIZE", "weapons", "Iran"),
        (
            "La Policía Nacional allanó la sede del partido opositor en Caracas.",
            "COERCE",
            "seize",
            None,
        ),
        (
            "El Gobierno venezolano ilegalizó a tres partidos de la oposición.",
            "COERCE",
            "ban",
            "Venezuela",
        ),
        (
            "Estados Unidos deportó a 200 migrantes venezolanos a Caracas.",
            "COERCE",
            "deport",
            "United States",
        ),
        (
            "La policía dispersó a los manifestantes con gases lacrimógenos.",
            "COERCE",
            "restrict",
            None,
        ),
        ("Las fuerzas de seguridad acordonaron la zona del atentado.", "COERCE", "restrict", None),
        (
            "El Gobierno de Nicaragua despojó de la nacionalidad a 94 opositores.",
            "COERCE",
            "restrict",
            "Nicaragua",
        ),
        (
            "Las autoridades cubanas encarcelaron a decenas de manifestantes.",
            "COERCE",
            "arrest",
            "Cuba",
        ),
        (
            "El líder de Hezbolá juró vengar la muerte de su comandante.",
            "THREATEN",
            None,
            "Hezbollah",
        ),
        (
            "El Gobierno colombiano conminó al ELN a liberar a los secuestrados.",
            "REQUEST",
            None,
            "Colombia",
        ),
        ("El papa Francisco hizo un llamamiento a la paz en Sudán.", "REQUEST", None, None),
        (
            "La Corte Suprema de Colombia denegó la extradición del exjefe paramilitar.",
            "REJECT",
            None,
            None,
        ),
        ("El presidente ucraniano descartó negociar con Moscú.", "REJECT", None, None),
        (
            "Colombia y Panamá realizaron patrullajes conjuntos en el Darién.",
            "COOPERATE",
            None,
            "Panama",
        ),
        ("México extraditó a Estados Unidos a 29 narcotraficantes.", "COOPERATE", None, "Mexico"),
        ("Cientos de soldados ucranianos se rindieron en Mariúpol.", "RETREAT", "disarm", None),
        (
            "Las fuerzas rusas se replegaron de la orilla derecha del Dniéper.",
            "RETREAT",
            "withdraw",
            "Russia",
        ),
        ("Egipto reabrió el paso fronterizo de Rafah.", "RETREAT", "access", "Egypt"),
        (
            "Rusia lanzó un ataque con drones contra Kiev durante la noche.",
            "ASSAULT",
            "drone",
            "Russia",
        ),
        (
            "Soldados abrieron fuego contra los manifestantes en Jartum.",
            "ASSAULT",
            "firearms",
            None,
        ),
        (
            "Aviones israelíes lanzaron un ataque aéreo contra un campamento en Gaza.",
            "ASSAULT",
            "aerial",
            "Israel",
        ),
        (
            "Un atentado suicida causó 30 muertos en una mezquita de Kabul.",
            "ASSAULT",
            "suicide-attack",
            None,
        ),
        ("Los rebeldes del M23 tomaron el control de Goma.", "ASSAULT", None, "M23"),
        (
            "Los transportistas bloquearon la carretera Panamericana en protesta por el diésel.",
            "PROTEST",
            "obstruct",
            "transportistas",
        ),
        (
            "Varios presos palestinos iniciaron una huelga de hambre en Israel.",
            "PROTEST",
            "hunger",
            None,
        ),
        (
            "Miles de jubilados se concentraron frente al Congreso para exigir mejores pensiones.",
            "PROTEST",
            "demo",
            "jubilados",
        ),
        (
            "El Banco Mundial aprobó un préstamo de 500 millones de dólares para Ecuador.",
            "AID",
            "economic",
            "World Bank",
        ),
        ("Alemania condonó la deuda de Bolivia.", "AID", "economic", "Germany"),
        ("Argentina retiró a su embajador en Caracas.", "SANCTION", "withdraw", "Argentina"),
        (
            "Alemania suspendió la venta de armas a Arabia Saudí.",
            "SANCTION",
            "discontinue",
            "Germany",
        ),
        ("Israel culpó a Hamás del fracaso de las negociaciones.", "ACCUSE", "allege", "Israel"),
        (
            "El Gobierno español convocó al embajador de Israel en Madrid.",
            "ACCUSE",
            "disapprove",
            "Spain",
        ),
    ],
)
def test_spanish_sense_is_coded(
    analyzer: Analyzer, text: str, type_: str, mode: str | None, actor: str | None
) -> None:
    events = analyse(analyzer, text, "es", PUBLISHED).events
    found = [e for e in events if e.type == type_]
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    if mode is not None:
        assert found[0].mode == mode
    if actor is not None:
        assert actor in [a.name for a in found[0].actors]


@pytest.mark.parametrize(
    ("text", "not_type"),
    [
        ("El acuerdo allanó el camino para la paz en la región.", "COERCE"),
        ("El acusado llegó al tribunal de Lima acompañado de su familia.", "ACCUSE"),
        ("El Ejército colombiano no logró detener el avance de los rebeldes.", "COERCE"),
        ("La ministra de Defensa española rindió homenaje a los soldados caídos.", "RETREAT"),
        ("Los médicos franceses descartaron la presencia de heridos graves.", "REJECT"),
        ("Miles de civiles sudaneses abandonaron la ciudad de Jartum.", "RETREAT"),
        ("El Gobierno iraní decretó la alerta roja por las lluvias torrenciales.", "MOBILIZE"),
        (
            "El ministro de Economía argentino anunció un paro en las contrataciones públicas.",
            "PROTEST",
        ),
        ("El Gobierno chileno busca recuperar el capital invertido en la ciudad.", "ASSAULT"),
        ("Los precios del petróleo se dispararon a niveles récord en Estados Unidos.", "ASSAULT"),
        # real articles: machine guns carried, pride "stabbed"
        ("Los milicianos patrullaban con ametralladoras montadas en camionetas.", "ASSAULT"),
        ("Según el coronel, los periodistas apuñalaron el honor de la nación.", "ASSAULT"),
    ],
)
def test_ambiguous_spanish_word_codes_no_such_event(
    analyzer: Analyzer, text: str, not_type: str
) -> None:
    events = analyse(analyzer, text, "es", PUBLISHED).events
    assert not [e for e in events if e.type == not_type], [(e.type, e.trigger) for e in events]
