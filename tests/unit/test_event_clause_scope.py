"""What belongs to a trigger's own clause: the subject of a verb coordinated after a closing
quotation mark, and the quantities of an act of word or stance. Hand-written sentences; the
full analysis runs (English and French have a parser)."""

from __future__ import annotations

import pytest
from event_helpers import analyse, at_trigger, one_of_type

from annals.models import Analysis, PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 14)


def _analyse(analyzer: Analyzer, text: str, language: str = "en") -> Analysis:
    return analyse(analyzer, text, language, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "recipient"),
    [
        (
            "Scholz said Germany “will stand by Kyiv because Ukraine’s cause is just” and"
            " praised Poland’s support for the refugees.",
            "praised",
            "Olaf Scholz",
            "Poland",
        ),
        (
            'Macron told reporters "the talks were useful" and condemned Russia.',
            "condemned",
            "Emmanuel Macron",
            "Russia",
        ),
    ],
)
def test_a_verb_after_a_closing_quote_shares_the_speakers_subject(
    analyzer: Analyzer, text: str, trigger: str, actor: str, recipient: str
) -> None:
    event = at_trigger(_analyse(analyzer, text).events, trigger)
    assert [a.name for a in event.actors] == [actor]
    assert recipient in [r.name for r in event.recipients]


def test_a_verb_inside_the_quotation_keeps_its_own_subject(analyzer: Analyzer) -> None:
    text = 'Meloni said "Russia attacked Ukraine and bombed Odesa" on Monday.'
    assault = [e for e in _analyse(analyzer, text).events if e.type == "ASSAULT"]
    assert assault
    assert all([a.name for a in e.actors] == ["Russia"] for e in assault)


def test_money_of_another_partys_act_is_not_the_welcomes(analyzer: Analyzer) -> None:
    text = (
        "Stoltenberg welcomed the announcement that Poland will spend 4 billion euros on new tanks."
    )
    support = one_of_type(_analyse(analyzer, text).events, "SUPPORT")
    assert support.attributes.amount is None


def test_money_of_the_main_clause_is_not_the_subordinate_request(analyzer: Analyzer) -> None:
    text = "Germany sent 5 billion euros in aid to Ukraine, while France called for sanctions."
    events = _analyse(analyzer, text).events
    request = one_of_type(events, "REQUEST")
    assert request.attributes.amount is None
    sent = [e for e in events if e.type != "REQUEST"]
    assert sent and sent[0].attributes.amount == 5e9


@pytest.mark.parametrize(
    "text",
    [
        "Italy welcomed the 50 billion euro package for Ukraine.",
        "The European Union said it supports the 50 billion euro plan for Ukraine.",
    ],
)
def test_money_of_the_supported_thing_stays(analyzer: Analyzer, text: str) -> None:
    support = one_of_type(_analyse(analyzer, text).events, "SUPPORT")
    assert support.attributes.amount == 5e10
    assert support.attributes.currency == "EUR"


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "recipient"),
    [
        # a gerund after a preposition: the subject of the verb it depends on
        (
            "Macron arrived in Rome. He said he looks forward to working with Giorgia Meloni.",
            "working with",
            "Emmanuel Macron",
            "Giorgia Meloni",
        ),
        # "do more to": who does the object does the act it is for; "we" is the speaker
        (
            "Scholz met Macron in Berlin. “We must do more to support Moldova,” Scholz said.",
            "support",
            "Olaf Scholz",
            "Moldova",
        ),
        # an aim in a quotation without a clause of its own is the speaker's
        (
            "Scholz met Macron in Berlin. “For our security, and to support Moldova,” Scholz said.",
            "support",
            "Olaf Scholz",
            "Moldova",
        ),
    ],
)
def test_the_subject_of_a_subordinate_verb_is_found(
    analyzer: Analyzer, text: str, trigger: str, actor: str, recipient: str
) -> None:
    event = at_trigger(_analyse(analyzer, text).events, trigger)
    assert [a.name for a in event.actors] == [actor]
    assert [r.name for r in event.recipients] == [recipient]


def test_an_event_noun_as_subject_names_no_party_by_word_order(analyzer: Analyzer) -> None:
    events = _analyse(analyzer, "The summit focused on helping Moldova.").events
    assert not any("Moldova" in [a.name for a in e.actors] for e in events)


def test_the_other_party_of_an_event_noun_is_not_deep_in_its_topic(analyzer: Analyzer) -> None:
    text = (
        "Rutte noted that he considers the implementation of the agreement on the use of the"
        " proceeds generated from frozen Russian assets to be a success."
    )
    for event in _analyse(analyzer, text).events:
        assert "Russia" not in [r.name for r in event.recipients], event


def test_the_other_party_named_in_the_nouns_phrase_stays(analyzer: Analyzer) -> None:
    agree = one_of_type(
        _analyse(analyzer, "Italy signed an agreement with the Russian government.").events, "AGREE"
    )
    assert [r.name for r in agree.recipients] == ["Russia"]


@pytest.mark.parametrize(
    "text",
    [
        "Moldova has been keen to shore up its security with bilateral agreements with Romania.",
        "Poland wants to strengthen its defence through a new agreement with Kyiv.",
    ],
)
def test_an_act_further_down_a_wish_is_hypothetical(analyzer: Analyzer, text: str) -> None:
    agree = one_of_type(_analyse(analyzer, text).events, "AGREE")
    assert agree.status == "hypothetical"


def test_an_act_after_a_wish_fulfilled_is_not(analyzer: Analyzer) -> None:
    agree = one_of_type(
        _analyse(analyzer, "Moldova signed a security agreement with Romania on Monday.").events,
        "AGREE",
    )
    assert agree.status == "occurred"


def test_an_event_noun_a_copula_equates_with_its_subject_takes_its_parties(
    analyzer: Analyzer,
) -> None:
    text = "Iran's strike on Haifa on Monday was the deadliest attack on the port this year."
    attacks = [e for e in _analyse(analyzer, text).events if e.type == "ASSAULT"]
    assert attacks
    assert [a.name for a in attacks[0].actors] == ["Iran"]
    assert [r.name for r in attacks[0].recipients] == ["Haifa"]


def test_the_recipient_of_a_round_of_aid_is_named_after_the_round(analyzer: Analyzer) -> None:
    text = "The minister said the focus is now on the next round of military aid to Chad."
    aid = one_of_type(_analyse(analyzer, text).events, "AID")
    assert [r.name for r in aid.recipients] == ["Chad"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "La Lituania teme nuovi attacchi russi contro la Lettonia."),
        ("es", "Lituania teme nuevos ataques rusos contra Letonia."),
    ],
)
def test_a_noun_without_article_before_a_demonym_is_done_by_that_country(
    analyzer: Analyzer, language: str, text: str
) -> None:
    attack = one_of_type(_analyse(analyzer, text, language).events, "ASSAULT")
    assert [a.name for a in attack.actors] == ["Russia"]
    assert [r.name for r in attack.recipients] == ["Latvia"]


@pytest.mark.parametrize(
    ("language", "text", "group"),
    [
        # an aside between commas does not hide the subject before it
        (
            "it",
            "Tusk ha parlato a Varsavia. I ministri, durante l'incontro, approveranno le misure.",
            "ministri",
        ),
        ("it", "I ribelli, secondo fonti locali, hanno attaccato la caserma.", "ribelli"),
    ],
)
def test_a_group_subject_before_an_aside_acts(
    analyzer: Analyzer, language: str, text: str, group: str
) -> None:
    events = [e for e in _analyse(analyzer, text, language).events if e.type != "CONSULT"]
    assert events, [(e.type, e.trigger) for e in _analyse(analyzer, text, language).events]
    assert [a.name for a in events[-1].actors] == [group]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the town by its GeoNames name (kb/data/places.tsv.gz)
        ("Russian drones struck the port of Izmail overnight, injuring four people.", "Izmayil"),
        ("Israeli jets bombed the town of Rafah on Sunday.", "Rafah"),
    ],
)
def test_the_place_a_place_noun_names_is_the_target(
    analyzer: Analyzer, text: str, place: str
) -> None:
    attack = one_of_type(_analyse(analyzer, text).events, "ASSAULT")
    assert [r.name for r in attack.recipients] == [place]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Italian Prime Minister Giorgia Meloni met Volodymyr Zelensky in Kyiv on Saturday"
            " and announced a new military aid package worth 300 million euros.",
        ),
        (
            "it",
            "La premier Giorgia Meloni ha incontrato a Kiev il presidente Volodymyr Zelensky e"
            " ha annunciato un nuovo pacchetto di aiuti militari da 300 milioni di euro.",
        ),
        (
            "fr",
            "Emmanuel Macron a reçu Volodymyr Zelensky à l'Élysée et a promis une aide militaire"
            " de 3 milliards d'euros.",
        ),
    ],
)
def test_a_meeting_takes_no_sum_of_money(analyzer: Analyzer, language: str, text: str) -> None:
    analysis = analyse(analyzer, text, language, PartialDate(2024, 2, 26))
    meeting = one_of_type(analysis.events, "CONSULT")
    assert (meeting.attributes.amount, meeting.attributes.currency) == (None, None)
    aid = [e for e in analysis.events if e.type in ("AID", "AGREE")]
    assert aid and all(e.attributes.currency == "EUR" for e in aid)


def test_a_strike_takes_no_sum_of_money(analyzer: Analyzer) -> None:
    text = (
        "Rome announced 90 million euros in aid for the Ukrainian power grid, badly damaged"
        " by Russian strikes."
    )
    for event in _analyse(analyzer, text).events:
        if event.type == "ASSAULT":
            assert event.attributes.amount is None, event


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the reflexive "s'" is no "si" (if)
        ("Le ministre s'est rendu à Varsovie, où il a rencontré Radosław Sikorski.", "occurred"),
        ("S'il est réélu, Trump rencontrera Poutine.", "hypothetical"),
        # "doit" of a news plan: is due to
        (
            "Emmanuel Macron doit recevoir le chancelier Olaf Scholz à Paris la semaine prochaine.",
            "planned",
        ),
    ],
)
def test_french_status_words(analyzer: Analyzer, text: str, status: str) -> None:
    meeting = one_of_type(_analyse(analyzer, text, "fr").events, "CONSULT")
    assert meeting.status == status


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Barrot a rencontré Radosław Sikorski à Varsovie. Les deux ministres ont discuté de"
            " la défense aérienne.",
        ),
        ("en", "Barrot met Radosław Sikorski in Warsaw. The two ministers discussed air defence."),
    ],
)
def test_the_two_ministers_are_those_just_told(
    analyzer: Analyzer, language: str, text: str
) -> None:
    events = _analyse(analyzer, text, language).events
    talks = [e for e in events if e.trigger in {"discuté", "discussed"}]
    assert talks, [(e.type, e.trigger) for e in events]
    assert {a.name for a in talks[0].actors} == {"Jean-Noël Barrot", "Radosław Sikorski"}


@pytest.mark.parametrize(
    "text",
    [
        "Barrot met Sikorski in Warsaw. The two ministers discussed air defence and aid to"
        " Moldova.",
        "Barrot discussed aid to Moldova with Radosław Sikorski.",
    ],
)
def test_what_a_meeting_discussed_names_no_party(analyzer: Analyzer, text: str) -> None:
    talks = [e for e in _analyse(analyzer, text).events if e.trigger == "discussed"]
    assert talks
    names = {r.name for r in (*talks[0].actors, *talks[0].recipients)}
    assert "Moldova" not in names
    assert "Radosław Sikorski" in names


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Emmanuel Macron doit recevoir Olaf Scholz à Paris la semaine prochaine."),
        ("en", "Giorgia Meloni received Volodymyr Zelensky in Rome on Monday."),
    ],
)
def test_a_host_receiving_a_named_person_holds_a_visit(
    analyzer: Analyzer, language: str, text: str
) -> None:
    visit = one_of_type(_analyse(analyzer, text, language).events, "CONSULT")
    assert len(visit.actors) == 1 and visit.actors[0].name in {"Olaf Scholz", "Volodymyr Zelenskyy"}


def test_a_letter_received_is_no_visit(analyzer: Analyzer) -> None:
    events = _analyse(analyzer, "Macron a reçu une lettre de Vladimir Poutine.", "fr").events
    assert not [e for e in events if e.type == "CONSULT"]


@pytest.mark.parametrize(
    ("language", "text", "items"),
    [
        (
            "en",
            "Germany pledged 500 million euros in aid while France sent 12 Caesar howitzers"
            " to Ukraine.",
            ("Caesar",),
        ),
        (
            "it",
            "La Germania ha promesso 500 milioni di euro di aiuti, mentre la Francia ha inviato"
            " 12 obici Caesar all'Ucraina.",
            ("Caesar",),
        ),
        # the howitzers are told before the verb of their clause, after its "während"
        (
            "de",
            "Deutschland sagte der Ukraine 500 Millionen Euro zu, während Frankreich zwölf"
            " Haubitzen lieferte.",
            (),
        ),
    ],
)
def test_each_clause_keeps_its_own_quantities(
    analyzer: Analyzer, language: str, text: str, items: tuple[str, ...]
) -> None:
    events = analyse(analyzer, text, language, PUBLISHED).events
    pledge = one_of_type(events, "AGREE")
    sending = one_of_type(events, "AID")
    assert (pledge.attributes.amount, pledge.attributes.count) == (500_000_000, None)
    assert pledge.attributes.items == ()
    assert (sending.attributes.amount, sending.attributes.count) == (None, 12)
    assert sending.attributes.items == items
    # and its parties: France, named after "mentre", does not receive Germany's pledge
    assert "France" not in [r.name for r in pledge.recipients]


def test_the_dead_and_wounded_of_a_sentence_stay_with_its_attacks(analyzer: Analyzer) -> None:
    text = "At least 74 people were killed in Nairobi, and more than 1,640 were wounded."
    attacks = [e for e in _analyse(analyzer, text).events if e.type == "ASSAULT"]
    assert attacks and all(e.attributes.dead == 74 for e in attacks)
    assert all(e.attributes.injured == 1640 for e in attacks)
