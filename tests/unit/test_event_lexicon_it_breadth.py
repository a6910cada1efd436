"""Italian trigger breadth: threats and warnings (THREATEN), call-ups, alerts and missile
tests (MOBILIZE), bans, states of emergency, cyber attacks and dispersals (COERCE), ambushes,
suicide bombings, massacres and crowd-control weapons (ASSAULT), strikes, riots and road
blocks (PROTEST), demands (REQUEST), refusals (REJECT), extraditions and shared intelligence
(COOPERATE), surrenders, resignations and reopened crossings (RETREAT), evacuations, rescues
and asylum (AID), tariffs and exits from treaties (SANCTION), summoned ambassadors and opened
inquiries (ACCUSE). And words of those senses used otherwise (sport, fashion, flights, waste),
which code no such event. Sentences written for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, one_of_type

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 12)


@pytest.mark.parametrize(
    ("text", "type_", "mode", "actor"),
    [
        # THREATEN
        ("Il Cremlino ha paventato l'uso di armi nucleari.", "THREATEN", None, "Kremlin"),
        ("Il governo iraniano ha lanciato un duro monito a Israele.", "THREATEN", None, "Iran"),
        (
            "Il capo delle milizie ha giurato vendetta contro l'esercito regolare.",
            "THREATEN",
            None,
            "milizie",
        ),
        # MOBILIZE
        ("L'esercito israeliano ha richiamato 300mila riservisti.", "MOBILIZE", "troops", "Israel"),
        (
            "Pyongyang ha testato un nuovo missile intercontinentale.",
            "MOBILIZE",
            "weapons",
            "North Korea",
        ),
        (
            "La Russia ha rafforzato la presenza militare lungo la frontiera.",
            "MOBILIZE",
            "troops",
            "Russia",
        ),
        # COERCE
        (
            "Il governo egiziano ha messo al bando i Fratelli musulmani.",
            "COERCE",
            "ban",
            "Egypt",
        ),
        (
            "Il presidente sudcoreano Yoon ha dichiarato la legge marziale.",
            "COERCE",
            "martial-law",
            None,
        ),
        ("Gli hacker russi hanno attaccato i siti del governo.", "COERCE", "cyber", "Russia"),
        ("La polizia ha disperso i manifestanti con i lacrimogeni.", "COERCE", "restrict", None),
        ("I carabinieri hanno catturato il boss latitante.", "COERCE", "arrest", "carabinieri"),
        # ASSAULT
        ("I talebani hanno teso un agguato a un convoglio militare.", "ASSAULT", None, "talebani"),
        (
            "Un kamikaze si è fatto esplodere in una moschea sciita.",
            "ASSAULT",
            "suicide-attack",
            "kamikaze",
        ),
        (
            "I miliziani hanno massacrato decine di civili nel villaggio.",
            "ASSAULT",
            "massacre",
            "miliziani",
        ),
        (
            "I jihadisti hanno decapitato un ostaggio britannico.",
            "ASSAULT",
            "primitive",
            "jihadisti",
        ),
        ("I soldati hanno picchiato i manifestanti.", "ASSAULT", "beat", "soldati"),
        # PROTEST
        (
            "Migliaia di persone hanno sfilato per le vie di Roma contro la guerra.",
            "PROTEST",
            "demo",
            None,
        ),
        ("I detenuti hanno avviato uno sciopero della fame.", "PROTEST", "hunger", "detenuti"),
        (
            "Gli agricoltori hanno bloccato le autostrade con i trattori.",
            "PROTEST",
            "obstruct",
            "agricoltori",
        ),
        (
            "I manifestanti hanno incendiato auto e saccheggiato negozi.",
            "PROTEST",
            "riot",
            "manifestanti",
        ),
        # REQUEST
        ("Zelensky ha invocato nuove sanzioni contro Mosca.", "REQUEST", None, None),
        (
            "La Lega Araba ha reclamato il ritiro delle truppe israeliane.",
            "REQUEST",
            None,
            "Arab League",
        ),
        # REJECT
        ("Il Cremlino ha escluso qualsiasi trattativa con Kiev.", "REJECT", None, "Kremlin"),
        ("Hamas ha violato la tregua con Israele.", "REJECT", None, "Hamas"),
        # COOPERATE
        (
            "La Francia ha estradato in Italia l'ex terrorista Cesare Battisti.",
            "COOPERATE",
            None,
            "France",
        ),
        ("L'Egitto e la Giordania hanno ripreso i voli diretti.", "COOPERATE", None, None),
        # RETREAT
        (
            "I ribelli delle Farc hanno consegnato le armi alla missione dell'Onu.",
            "RETREAT",
            "disarm",
            "FARC",
        ),
        (
            "Il ministro dell'Interno britannico ha rassegnato le dimissioni.",
            "RETREAT",
            "resign",
            None,
        ),
        ("Israele ha riaperto il valico di Kerem Shalom.", "RETREAT", "access", "Israel"),
        # AID
        ("La Farnesina ha evacuato 200 connazionali dal Sudan.", "AID", None, "Farnesina"),
        ("La Francia ha concesso l'asilo politico al dissidente russo.", "AID", None, "France"),
        # SANCTION
        ("La Cina ha imposto dazi del 30% sulle auto europee.", "SANCTION", None, "China"),
        (
            "Gli Stati Uniti sono usciti dall'accordo di Parigi sul clima.",
            "SANCTION",
            "withdraw",
            "United States",
        ),
        # ACCUSE
        (
            "Tajani ha convocato l'ambasciatore russo alla Farnesina.",
            "ACCUSE",
            "disapprove",
            None,
        ),
    ],
)
def test_italian_sense_is_coded(
    analyzer: Analyzer, text: str, type_: str, mode: str | None, actor: str | None
) -> None:
    event = one_of_type(analyse(analyzer, text, "it", PUBLISHED).events, type_)
    if mode is not None:
        assert event.mode == mode
    if actor is not None:
        assert actor in [a.name for a in event.actors]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Il Pd ha conquistato la città di Genova alle elezioni comunali.", "ASSAULT"),
        ("Il volo Ryanair è stato dirottato su Bologna per la nebbia.", "ASSAULT"),
        ("Meloni ha lanciato un'offensiva diplomatica in Africa.", "ASSAULT"),
        ("La Ferrari ha testato la nuova monoposto a Fiorano.", "MOBILIZE"),
        ("Il partito di Orbán si è schierato contro la riforma.", "MOBILIZE"),
        ("Le modelle hanno sfilato a Milano.", "PROTEST"),
        ("Il Comune di Napoli ha avviato la raccolta dei rifiuti.", "REJECT"),
        ("La ripresa economica della Germania resta debole.", "COOPERATE"),
        # real articles: "pretendere"/"invocare" in the infinitive state a claim, not a demand
        ("Qualcuno potrebbe pretendere che il governo paghi i danni.", "REQUEST"),
        ("Il giornale vuole invocare la dottrina della responsabilità di proteggere.", "REQUEST"),
        # the rebels themselves, dangers, tariffs as a topic, people locked in: no such event
        ("I rivoltosi di Misurata hanno un nuovo comandante.", "PROTEST"),
        ("Il rapporto parla di minacce chimiche e biologiche per l'Europa.", "THREATEN"),
        ("Dazi sull'acciaio, la Commissione europea prepara la risposta.", "SANCTION"),
        ("I diplomatici sono rimasti chiusi dentro al consolato per due ore.", "SANCTION"),
    ],
)
def test_italian_word_in_another_sense_codes_no_such_event(
    analyzer: Analyzer, text: str, type_: str
) -> None:
    events = analyse(analyzer, text, "it", PUBLISHED).events
    assert not [e for e in events if e.type == type_], [(e.type, e.trigger) for e in events]


def test_italy_standing_by_ukraine_is_support_not_a_deployment(analyzer: Analyzer) -> None:
    text = "L'Italia si è schierata al fianco dell'Ucraina."
    events = analyse(analyzer, text, "it", PUBLISHED).events
    one_of_type(events, "SUPPORT")
    assert not [e for e in events if e.type == "MOBILIZE"]
