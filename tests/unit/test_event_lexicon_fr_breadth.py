"""French senses that the English lexicon covered and the French one lacked: arrests,
searches, seizures, bans, deportations, censorship and hacking (COERCE); air strikes,
ambushes, suicide bombings, captured towns, crowd control and hijackings (ASSAULT); massed
troops, weapons tests and alerts (MOBILIZE); vows of retaliation and warnings of
consequences (THREATEN); road blocks, hunger strikes and rallies (PROTEST); appeals, vetoes
and ruled-out talks (REQUEST, REJECT); extraditions and joint manoeuvres (COOPERATE);
disarmament and reopened crossings (RETREAT); asylum (AID); entry bans and suspensions
(SANCTION); summoned ambassadors and blame (ACCUSE). Sentences written for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, one_of_type

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 12)


@pytest.mark.parametrize(
    ("text", "type_", "mode", "actor"),
    [
        (
            "La police turque a placé en garde à vue une vingtaine de journalistes.",
            "COERCE",
            "arrest",
            "Türkiye",
        ),
        (
            "Les forces de sécurité ont procédé à l'arrestation de plusieurs opposants.",
            "COERCE",
            "arrest",
            None,
        ),
        (
            "Les enquêteurs ont mené des perquisitions au domicile de l'ancien ministre.",
            "COERCE",
            "seize",
            None,
        ),
        ("La junte a dissous les partis politiques.", "COERCE", "ban", None),
        (
            "Les autorités russes ont expulsé un journaliste américain.",
            "COERCE",
            "deport",
            "Russia",
        ),
        ("La douane a saisi deux tonnes de cocaïne au Havre.", "COERCE", "seize", "douane"),
        (
            "La marine iranienne a arraisonné un pétrolier dans le détroit d'Ormuz.",
            "COERCE",
            "seize",
            "Iran",
        ),
        (
            "Les autorités iraniennes ont retiré l'accréditation du correspondant de la BBC.",
            "COERCE",
            "censor",
            "Iran",
        ),
        (
            "L'aviation russe a mené des frappes aériennes sur la province d'Idleb.",
            "ASSAULT",
            "aerial",
            "Russia",
        ),
        (
            "Des soldats ont ouvert le feu sur des manifestants à Khartoum.",
            "ASSAULT",
            "firearms",
            None,
        ),
        (
            "Un kamikaze s'est fait exploser devant un commissariat de Kaboul.",
            "ASSAULT",
            "suicide-attack",
            None,
        ),
        ("Les rebelles du M23 ont pris le contrôle de la ville de Goma.", "ASSAULT", None, "M23"),
        (
            "La police kényane a fait usage de gaz lacrymogène contre les manifestants.",
            "ASSAULT",
            "crowd-control",
            None,
        ),
        (
            "Des pirates somaliens ont détourné un cargo dans le golfe d'Aden.",
            "ASSAULT",
            "abduct",
            None,
        ),
        ("Des drones ukrainiens ont visé une raffinerie russe.", "ASSAULT", None, "Ukraine"),
        ("La Chine a massé des troupes à la frontière.", "MOBILIZE", "troops", "China"),
        (
            "Pyongyang a testé un nouveau missile de croisière.",
            "MOBILIZE",
            "weapons",
            "North Korea",
        ),
        ("La Russie a mis en alerte ses forces nucléaires.", "MOBILIZE", "troops", "Russia"),
        ("Téhéran a promis une riposte sévère contre Israël.", "THREATEN", None, "Iran"),
        (
            "Washington a averti Pékin de graves conséquences en cas d'invasion de Taïwan.",
            "THREATEN",
            None,
            "United States",
        ),
        (
            "Les chauffeurs de taxi ont bloqué les routes autour de l'aéroport.",
            "PROTEST",
            "obstruct",
            None,
        ),
        ("Le militant a entamé une grève de la faim.", "PROTEST", "hunger", None),
        (
            "Des centaines de personnes se sont rassemblées devant l'ambassade de France.",
            "PROTEST",
            "demo",
            None,
        ),
        (
            "Le secrétaire général de l'ONU a lancé un appel au cessez-le-feu à Gaza.",
            "REQUEST",
            None,
            None,
        ),
        ("La Russie a opposé son veto à la résolution.", "REJECT", None, "Russia"),
        ("Le Kremlin a écarté toute possibilité de négociation avec Kiev.", "REJECT", None, None),
        (
            "Le Maroc a extradé vers la France un trafiquant recherché.",
            "COOPERATE",
            None,
            "Morocco",
        ),
        (
            "L'Inde et la France ont mené des manœuvres navales conjointes.",
            "COOPERATE",
            None,
            None,
        ),
        (
            "Plusieurs centaines de combattants du M23 ont déposé les armes.",
            "RETREAT",
            "disarm",
            "M23",
        ),
        ("L'Égypte a rouvert le point de passage de Rafah.", "RETREAT", "access", "Egypt"),
        (
            "Le Mexique a accordé l'asile politique à l'ancien président bolivien.",
            "AID",
            None,
            "Mexico",
        ),
        (
            "Moscou a interdit l'entrée sur son territoire à vingt responsables britanniques.",
            "SANCTION",
            "discontinue",
            "Russia",
        ),
        ("La Cédéao a suspendu la Guinée de ses instances.", "SANCTION", "expel", None),
        ("Paris a convoqué l'ambassadeur d'Algérie.", "ACCUSE", "disapprove", "France"),
        ("Kiev a imputé l'attaque à Moscou.", "ACCUSE", "allege", "Ukraine"),
        # the reflexive verb, not the rebels ("les insurgés") its lemma also reads
        ("Le député s'insurge contre la réforme des retraites.", "ACCUSE", "disapprove", None),
        ("La police a dispersé les manifestants avec des gaz lacrymogènes.", "COERCE", None, None),
    ],
)
def test_french_wording_codes_the_event(
    analyzer: Analyzer, text: str, type_: str, mode: str | None, actor: str | None
) -> None:
    event = one_of_type(analyse(analyzer, text, "fr", PUBLISHED).events, type_)
    if mode is not None:
        assert event.mode == mode
    if actor is not None:
        assert actor in [a.name for a in event.actors]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a red card, a shot at goal, a court seized, a production stopped: no coercion or attack
        ("Le défenseur lyonnais a été expulsé à la 80e minute.", "COERCE"),
        ("L'attaquant a tiré sur la barre transversale en fin de match.", "ASSAULT"),
        ("La police a saisi la justice après l'incident.", "COERCE"),
        ("Le gouvernement veut arrêter la production de charbon d'ici 2030.", "COERCE"),
        # sanctions that target firms making drones strike nothing
        (
            "Les nouvelles sanctions visent des entreprises chinoises qui fabriquent des drones.",
            "ASSAULT",
        ),
        ("Le plan vise à renforcer la sécurité alimentaire du pays.", "MOBILIZE"),
        ("L'OMS a averti que la pandémie n'était pas terminée.", "THREATEN"),
        ("Les soldats ont défilé sur les Champs-Élysées pour le 14 Juillet.", "PROTEST"),
        ("L'armée a bloqué la route menant à la frontière.", "PROTEST"),
        ("Le conflit qui oppose l'armée aux rebelles a fait des milliers de morts.", "REJECT"),
        ("Paris a lancé une offensive diplomatique pour obtenir une trêve.", "ASSAULT"),
        # "déplorer" a death reports casualties, it blames no one
        ("Le gouvernement a déploré la mort de trois soldats.", "ACCUSE"),
        (
            "Les syndicats de cheminots prennent les usagers en otage, a dénoncé le ministre.",
            "COERCE",
        ),
        # manoeuvres of one army are a mobilisation, not cooperation
        ("La Chine a organisé des manœuvres militaires autour de Taïwan.", "COOPERATE"),
        # real articles: a price that defies competition, a movement that is scattered
        ("Ce magasin propose des prix défiant toute concurrence.", "REJECT"),
        ("Les militants de gauche sont trop dispersés pour peser aux élections.", "COERCE"),
    ],
)
def test_ambiguous_french_words_keep_their_guards(
    analyzer: Analyzer, text: str, absent: str
) -> None:
    events = analyse(analyzer, text, "fr", PUBLISHED).events
    assert absent not in [e.type for e in events], [(e.type, e.trigger) for e in events]
