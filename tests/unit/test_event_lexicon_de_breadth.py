"""German lexicon breadth: threats of retaliation and ultimatums (THREATEN), call-ups,
police deployments and weapons tests (MOBILIZE), custody, raids, bans, dispersals,
expulsions, censorship, shutdowns and cyber attacks (COERCE), opened fire, executions,
hostages, captured towns and tear gas (ASSAULT), walkouts, strikes and riots (PROTEST),
insistence and refusals (REQUEST, REJECT), extraditions and resumed links (COOPERATE),
evacuations, asylum and training (AID), tariffs, cancelled visits and treaty exits
(SANCTION), summoned ambassadors, lawsuits and investigations (ACCUSE). German has no
parser in Annals: the patterns match inflected forms. Sentences written for this test."""

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
        ("Die Hamas schwor Rache für die Tötung ihres Anführers.", "THREATEN", None, "Hamas"),
        (
            "Der Kreml kündigte Gegenmaßnahmen gegen die Stationierung der Raketen an.",
            "THREATEN",
            None,
            "Kremlin",
        ),
        ("Peking stellte Taiwan ein Ultimatum.", "THREATEN", None, "Beijing"),
        (
            "Nordkorea warnte Südkorea vor einer entschlossenen militärischen Antwort.",
            "THREATEN",
            None,
            "North Korea",
        ),
        # MOBILIZE
        ("Venezuela machte seine Streitkräfte mobil.", "MOBILIZE", "troops", "Venezuela"),
        ("Die Rebellen rekrutierten Hunderte Kindersoldaten.", "MOBILIZE", "militia", "Rebellen"),
        (
            "Die französische Regierung schickte Polizeikräfte nach Neukaledonien.",
            "MOBILIZE",
            "police",
            "France",
        ),
        ("Nordkorea testete eine ballistische Rakete.", "MOBILIZE", "weapons", "North Korea"),
        (
            "Nordkorea feuerte eine ballistische Rakete ins Japanische Meer ab.",
            "MOBILIZE",
            "weapons",
            "North Korea",
        ),
        # COERCE
        (
            "Die iranischen Sicherheitsbehörden nahmen den Oppositionsführer in Gewahrsam.",
            "COERCE",
            "arrest",
            "Iran",
        ),
        (
            "Bundesinnenministerin Nancy Faeser verbot die rechtsextreme Vereinigung.",
            "COERCE",
            "ban",
            "Nancy Faeser",
        ),
        ("Die Polizei löste die Kundgebung gewaltsam auf.", "COERCE", "restrict", "Polizei"),
        ("Die Taliban wiesen mehrere ausländische Helfer aus.", "COERCE", "deport", "Taliban"),
        ("Die russischen Behörden entzogen dem Sender die Lizenz.", "COERCE", "censor", "Russia"),
        ("Die iranische Regierung schaltete das Internet ab.", "COERCE", "withhold", "Iran"),
        ("Russische Hacker griffen die Server des Bundestags an.", "COERCE", "cyber", "Russia"),
        # ASSAULT
        ("Soldaten eröffneten das Feuer auf die Menge.", "ASSAULT", "firearms", "Soldaten"),
        ("Die Junta richtete vier Aktivisten hin.", "ASSAULT", "execute", "Junta"),
        (
            "Bewaffnete nahmen in dem Dorf zwanzig Menschen als Geiseln.",
            "ASSAULT",
            "abduct",
            "Bewaffnete",
        ),
        ("Die Rebellen eroberten die Provinzhauptstadt Goma.", "ASSAULT", None, "Rebellen"),
        (
            "Taliban-Kämpfer kidnappten einen amerikanischen Ingenieur.",
            "ASSAULT",
            "abduct",
            "Taliban",
        ),
        # PROTEST
        ("Die Lokführer legten die Arbeit nieder.", "PROTEST", "strike", "Lokführer"),
        (
            "Demonstranten warfen Steine und Brandsätze auf die Polizei.",
            "PROTEST",
            "riot",
            "Demonstranten",
        ),
        (
            "Die Oppositionsabgeordneten verließen aus Protest den Plenarsaal.",
            "PROTEST",
            "boycott",
            "Oppositionsabgeordneten",
        ),
        # REQUEST, REJECT
        (
            "Selenskyj warb in Washington um weitere Militärhilfe.",
            "REQUEST",
            None,
            "Volodymyr Zelenskyy",
        ),
        ("Ungarn stellte sich bei den Sanktionen quer.", "REJECT", None, "Hungary"),
        ("Russland bestritt jede Beteiligung an dem Anschlag.", "REJECT", None, "Russia"),
        # COOPERATE, AID
        (
            "Die Demonstranten besetzten das Rektorat der Universität.",
            "PROTEST",
            "demo",
            "Demonstranten",
        ),
        ("Die Bundeswehr flog mehr als 4000 Menschen aus Kabul aus.", "AID", None, "Bundeswehr"),
        (
            "Israelische Soldaten rissen im Westjordanland mehrere Häuser ab.",
            "COERCE",
            "seize",
            "Israel",
        ),
        # SANCTION
        (
            "Niger kündigte das Militärabkommen mit den USA auf.",
            "SANCTION",
            "withdraw",
            "Niger",
        ),
        (
            "Russland trat aus dem Vertrag über konventionelle Streitkräfte aus.",
            "SANCTION",
            "withdraw",
            "Russia",
        ),
        ("Mali wies die französischen Militärberater aus.", "SANCTION", "expel", "Mali"),
        # ACCUSE
        (
            "Das Auswärtige Amt bestellte den russischen Botschafter ein.",
            "ACCUSE",
            "disapprove",
            "Auswärtiges Amt",
        ),
        (
            "Baerbock rügte die Äußerungen des ungarischen Außenministers.",
            "ACCUSE",
            "disapprove",
            "Annalena Baerbock",
        ),
    ],
)
def test_german_sense_is_coded_with_its_type_and_actor(
    analyzer: Analyzer, text: str, type_: str, mode: str | None, actor: str
) -> None:
    event = one_of_type(analyse(analyzer, text, "de", PUBLISHED).events, type_)
    if mode is not None:
        assert event.mode == mode
    assert actor in [a.name for a in event.actors]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Der Internationale Strafgerichtshof erließ einen Haftbefehl gegen Putin.", "ACCUSE"),
        ("Die Polizei ging mit Schlagstöcken gegen Demonstranten vor.", "COERCE"),
        ("Das Verfassungsgericht erklärte das Wahlgesetz für verfassungswidrig.", "SANCTION"),
        ("Die Staatsanwaltschaft leitete Ermittlungen gegen den Minister ein.", "ACCUSE"),
        ("Israel und die Hamas einigen sich auf einen Waffenstillstand.", "AGREE"),
        ("Chile und Peru unterzeichneten ein Abkommen über den Fischfang.", "AGREE"),
        ("Frankreich verpflichtete sich, die Truppen bis Juni abzuziehen.", "AGREE"),
        ("Russland und China unterzeichneten einen Vertrag über die Grenze.", "AGREE"),
        ("Der Kanzler traf am Montag den französischen Präsidenten in Paris.", "CONSULT"),
        ("Macron besuchte am Dienstag die Truppen in Mali.", "CONSULT"),
        ("Die Armee bestritt jede Beteiligung an dem Angriff.", "REJECT"),
        ("Russland bedrohte die Ukraine mit einem Angriff.", "THREATEN"),
    ],
)
def test_german_sense_is_coded_with_its_type(analyzer: Analyzer, text: str, type_: str) -> None:
    one_of_type(analyse(analyzer, text, "de", PUBLISHED).events, type_)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("UN-Generalsekretär Guterres warnte vor einer überzogenen Reaktion.", "THREATEN"),
        ("Amazon testete neue Lieferdrohnen in Kalifornien.", "MOBILIZE"),
        ("Die EU warnte vor russischer Desinformation.", "COERCE"),
        ("Der Schauspieler Max Berg brachte sich im Alter von 40 Jahren um.", "ASSAULT"),
        ("Scholz warb um Vertrauen in die Koalition.", "REQUEST"),
        ("Der Präsident schloss weitere Gespräche nicht aus.", "REJECT"),
        ("Die Regierung startete eine Bildungsoffensive.", "ASSAULT"),
        ("Der Siemens-Konzern bildete tausende Fachkräfte aus.", "AID"),
        # precision on real text: sports, school, biology and quantifier uses
        ("Im Mai unterschrieb Thomas Müller einen Vertrag beim FC Chelsea.", "AGREE"),
        ("Der FC Chelsea nahm Thomas Müller bis 2025 unter Vertrag.", "AGREE"),
        ("Im Sommer verpflichtete der FC Chelsea den Stürmer Thomas Müller.", "AGREE"),
        ("Thomas Müller spielte in einigen Ländern Europas.", "AGREE"),
        ("Thomas Müller war für die Hauptrolle im Gespräch.", "CONSULT"),
        ("In der Saison bestritt Thomas Müller zwölf Ligaspiele für den FC Chelsea.", "REJECT"),
        ("Die IUCN stuft den Sumatra-Tiger als vom Aussterben bedroht ein.", "THREATEN"),
        ("Das Album von Adele entstand in Zusammenarbeit mit Ed Sheeran.", "COOPERATE"),
        ("Die Rückennummer von Kobe Bryant wurde zurückgezogen.", "RETREAT"),
    ],
)
def test_german_ambiguous_word_is_no_event_of_that_type(
    analyzer: Analyzer, text: str, type_: str
) -> None:
    events = analyse(analyzer, text, "de", PUBLISHED).events
    assert not [e for e in events if e.type == type_], [(e.type, e.trigger) for e in events]
