"""An event noun that is the background of the news ("on the anniversary of the invasion",
"since the start of the offensive") is not an event of the day. Hand-written sentences; the
full analysis runs (parser, linker, time tagger, event coder)."""

from __future__ import annotations

import pytest

from annals.models import Analysis, PartialDate, RawDocument
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2024, 2, 24)


def _types(analyzer: Analyzer, text: str, language: str) -> list[str]:
    analysis: Analysis = analyzer.analyze(
        RawDocument(path="t.txt", text=text, format="text"), language, PUBLISHED
    )
    return [event.type for event in analysis.events]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "On the second anniversary of Russia's full-scale invasion, Italy hosted a G7 call.",
        ),
        ("en", "Since the start of the invasion, Germany has delivered tanks to Ukraine."),
        ("it", "Nel secondo anniversario dell'invasione russa, Meloni ha presieduto il G7."),
        ("it", "Dall'inizio dell'invasione la Germania ha consegnato carri armati all'Ucraina."),
        (
            "es",
            "En el segundo aniversario de la invasión rusa, Meloni presidió una reunión del G7.",
        ),
        ("es", "Desde el inicio de la invasión, Alemania ha entregado tanques a Ucrania."),
        (
            "de",
            "Zum Jahrestag der russischen Invasion traf Meloni die Staats- und Regierungschefs.",
        ),
        ("de", "Seit Beginn der Invasion hat Deutschland der Ukraine Panzer geliefert."),
        ("fr", "Depuis le début de l'invasion, l'Allemagne a livré des chars à l'Ukraine."),
    ],
)
def test_background_invasion_is_no_event(analyzer: Analyzer, language: str, text: str) -> None:
    assert "ASSAULT" not in _types(analyzer, text, language)


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        # the news of the sentence stays
        (
            "de",
            "Zum Jahrestag der russischen Invasion traf Meloni die Staats- und Regierungschefs.",
            "CONSULT",
        ),
        ("es", "Desde el inicio de la invasión, Alemania ha entregado tanques a Ucrania.", "AID"),
        # an invasion told as news is an event
        ("en", "Russian troops launched an invasion of Ukraine on 24 February 2022.", "ASSAULT"),
        ("it", "La Russia ha lanciato l'invasione dell'Ucraina il 24 febbraio 2022.", "ASSAULT"),
        # a verb after a background phrase is still news
        ("de", "Am Jahrestag der Invasion griffen russische Truppen Charkiw an.", "ASSAULT"),
    ],
)
def test_news_beside_a_background_phrase_stays(
    analyzer: Analyzer, language: str, text: str, kept: str
) -> None:
    assert kept in _types(analyzer, text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Kyiv marked two years since Russia launched its full-scale invasion."),
        ("it", "Kiev ricorda i due anni dall'invasione russa."),
        ("es", "Kiev recuerda los dos años desde la invasión rusa."),
        ("de", "Kiew gedenkt zwei Jahre nach der Invasion der Opfer."),
        ("fr", "Kiev commémore, deux ans après l'invasion russe, les victimes."),
    ],
)
def test_years_since_an_event_is_background(analyzer: Analyzer, language: str, text: str) -> None:
    assert "ASSAULT" not in _types(analyzer, text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "NATO stands ready to defend itself against these threats, the minister said."),
        ("it", "La NATO è pronta a difendersi da queste minacce."),
        ("es", "La OTAN está lista para defenderse de estas amenazas."),
        ("fr", "L'OTAN est prête à se défendre contre ces menaces."),
        ("de", "Die Nato ist bereit, sich gegen diese Bedrohungen zu verteidigen."),
    ],
)
def test_a_noun_that_refers_back_makes_no_event(
    analyzer: Analyzer, language: str, text: str
) -> None:
    assert "THREATEN" not in _types(analyzer, text, language)


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        # "that" as a conjunction is no demonstrative
        ("en", "Officials said that attacks on the port of Odesa continued overnight.", "ASSAULT"),
        # the verb that tells the act is news, whatever its object's determiner
        ("it", "L'Italia e l'Ucraina hanno firmato questo accordo lunedì.", "AGREE"),
    ],
)
def test_determiners_that_do_not_refer_back(
    analyzer: Analyzer, language: str, text: str, kept: str
) -> None:
    assert kept in _types(analyzer, text, language)
