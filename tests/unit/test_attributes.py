"""Quantities in event sentences: money, counts, ordinals, percentages, casualties, items."""

from __future__ import annotations

import pytest

from annals.events.attributes import extract_attributes, parse_number


@pytest.mark.parametrize(
    ("text", "language", "amount", "currency"),
    [
        ("Spain will spend 3.5 billion euros on air defence.", "en", 3.5e9, "EUR"),
        ("The fund holds €25 billion for reconstruction.", "en", 25e9, "EUR"),
        ("Washington released $8 billion in new aid.", "en", 8e9, "USD"),
        ("A loan of 750 million dollars was approved.", "en", 750e6, "USD"),
        ("Il governo stanzia 12 miliardi di dollari.", "it", 12e9, "USD"),
        ("Lo stanziamento è di 2,4 miliardi di euro.", "it", 2.4e9, "EUR"),
        ("Berlin sagt 7 Milliarden Euro zu.", "de", 7e9, "EUR"),
        ("Die Hilfe beträgt 1,2 Milliarden Euro.", "de", 1.2e9, "EUR"),
        ("Paris débloque 3 milliards d'euros.", "fr", 3e9, "EUR"),
        ("Le montant atteint 1,7 milliard d'euros.", "fr", 1.7e9, "EUR"),
        ("Madrid aporta 20.000 millones de euros.", "es", 20e9, "EUR"),
        ("Un fondo de 30 mil millones de dólares.", "es", 30e9, "USD"),
        ("Sono previsti 3,5 miliardi per la difesa.", "it", 3.5e9, None),
    ],
)
def test_attributes_money(text: str, language: str, amount: float, currency: str | None) -> None:
    attributes = extract_attributes(text, language)
    assert attributes.amount == pytest.approx(amount)
    assert attributes.currency == currency


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        ("Oslo has sent seven military aid packages so far.", "en", 7),
        ("The army received 14 Leopard tanks.", "en", 14),
        ("Roma ha inviato sei pacchetti di aiuti.", "it", 6),
        ("La France a livré douze canons Caesar.", "fr", 12),
        ("Berlin lieferte drei Systeme.", "de", 3),
        ("España envió cinco paquetes de ayuda.", "es", 5),
        ("Protecting one billion people is our duty.", "en", None),
        ("The F-16 jets arrived.", "en", None),
        ("Italy sent a new package of aid.", "en", None),
        ("L'Italia ha inviato un pacchetto di aiuti.", "it", None),
        ("España envió una partida de misiles.", "es", None),
        ("La France a livré un système de défense.", "fr", None),
        ("Kyiv received one package.", "en", None),
        ("Kyiv received 1 package.", "en", 1),
        ("Kyiv received two packages.", "en", 2),
    ],
)
def test_attributes_count(text: str, language: str, count: int | None) -> None:
    assert extract_attributes(text, language).count == count


@pytest.mark.parametrize(
    ("text", "language", "ordinal"),
    [
        ("the 12th military aid package", "en", 12),
        ("its third package of sanctions", "en", 3),
        ("il nono pacchetto di aiuti militari", "it", 9),
        ("le 7e paquet de sanctions", "fr", 7),
        ("le huitième paquet d'aide", "fr", 8),
        ("das zwölfte Sanktionspaket", "de", 12),
        ("das 15. Paket", "de", 15),
        ("el noveno paquete de ayuda", "es", 9),
        ("the 10th anniversary", "en", None),
    ],
)
def test_attributes_ordinal(text: str, language: str, ordinal: int | None) -> None:
    assert extract_attributes(text, language).ordinal == ordinal


@pytest.mark.parametrize(
    ("text", "language", "percent"),
    [
        ("Allies must spend 3.5% of GDP on defence.", "en", 3.5),
        ("spending reached 2 per cent of GDP", "en", 2.0),
        ("la spesa arriva al 2,5 per cento del Pil", "it", 2.5),
        ("un budget de 2 pour cent du PIB", "fr", 2.0),
        ("die Ausgaben steigen auf 3 Prozent", "de", 3.0),
        ("el gasto alcanzará el 2 por ciento del PIB", "es", 2.0),
    ],
)
def test_attributes_percent(text: str, language: str, percent: float) -> None:
    assert extract_attributes(text, language).percent == pytest.approx(percent)


@pytest.mark.parametrize(
    ("text", "language", "dead", "injured"),
    [
        ("The missile strike killed at least 23 people and wounded 60.", "en", 23, 60),
        ("Eleven civilians were killed and 40 injured.", "en", 11, 40),
        ("L'attacco ha causato 8 morti e 19 feriti.", "it", 8, 19),
        ("La frappe a fait 4 tués et 25 blessés.", "fr", 4, 25),
        ("Der Angriff forderte 6 Tote und 30 Verletzte.", "de", 6, 30),
        ("El bombardeo dejó 9 muertos y 33 heridos.", "es", 9, 33),
    ],
)
def test_attributes_casualties(text: str, language: str, dead: int, injured: int) -> None:
    attributes = extract_attributes(text, language)
    assert (attributes.dead, attributes.injured) == (dead, injured)


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("The package includes HIMARS launchers and Stinger missiles.", ("HIMARS", "Stinger")),
        ("Rome will send a second SAMP/T battery.", ("SAMP/T",)),
        (
            "Leopard 2A6 and Challenger 2 tanks, plus Storm Shadow.",
            ("Leopard 2", "Challenger 2", "Storm Shadow"),
        ),
        ("Kyiv asked for Taurus and ATACMS missiles and more F-16s.", ("Taurus", "ATACMS", "F-16")),
        ("Nothing named here, only a patriotic speech.", ()),
    ],
)
def test_attributes_items(text: str, items: tuple[str, ...]) -> None:
    assert extract_attributes(text, "en").items == items


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("1,500", "en", 1500.0),
        ("8.2", "en", 8.2),
        ("1,5", "it", 1.5),
        ("50.000", "es", 50000.0),
        ("2.5", "de", 2.5),
        ("1.234,5", "de", 1234.5),
    ],
)
def test_attributes_parse_number(text: str, language: str, value: float) -> None:
    assert parse_number(text, language) == pytest.approx(value)
