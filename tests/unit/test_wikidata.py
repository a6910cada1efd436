"""Tests of the Wikidata importer: streaming, filtering, offices, id reuse, errors.

The dumps are written here, in Wikidata's JSON structure (claims → mainsnak →
datavalue, qualifiers with time values and precisions). People and positions
with QIDs from Q900000 up are invented for the tests.
"""

from __future__ import annotations

import bz2
import gzip
import inspect
import json
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from annals.errors import ConfigurationError, InputError
from annals.kb.knowledge_base import KnowledgeBase
from annals.kb.records import parse_file
from annals.kb.wikidata import ImportOptions, import_wikidata
from annals.kb.wikidata_dump import BadLine, DumpEntity, read_dump, wikidata_time
from annals.kb.wikidata_offices import match_office
from annals.models import PartialDate

Json = dict[str, Any]

# ------------------------------------------------------------------ dump builders


def item_snak(prop: str, qid: str) -> Json:
    value = {"entity-type": "item", "numeric-id": int(qid[1:]), "id": qid}
    return {
        "snaktype": "value",
        "property": prop,
        "datavalue": {"value": value, "type": "wikibase-entityid"},
        "datatype": "wikibase-item",
    }


def time_snak(prop: str, when: str, precision: int) -> Json:
    value = {
        "time": when,
        "timezone": 0,
        "before": 0,
        "after": 0,
        "precision": precision,
        "calendarmodel": "http://www.wikidata.org/entity/Q1985727",
    }
    return {
        "snaktype": "value",
        "property": prop,
        "datavalue": {"value": value, "type": "time"},
        "datatype": "time",
    }


def string_snak(prop: str, text: str) -> Json:
    return {
        "snaktype": "value",
        "property": prop,
        "datavalue": {"value": text, "type": "string"},
        "datatype": "external-id",
    }


def statement(mainsnak: Json, qualifiers: Sequence[Json] = (), rank: str = "normal") -> Json:
    grouped: dict[str, list[Json]] = {}
    for snak in qualifiers:
        grouped.setdefault(snak["property"], []).append(snak)
    return {
        "mainsnak": mainsnak,
        "type": "statement",
        "qualifiers": grouped,
        "qualifiers-order": list(grouped),
        "id": f"statement-{id(mainsnak)}",
        "rank": rank,
    }


def entity(
    qid: str,
    labels: dict[str, str],
    claims: list[Json],
    aliases: dict[str, list[str]] | None = None,
    sitelinks: int = 2,
) -> Json:
    grouped: dict[str, list[Json]] = {}
    for claim in claims:
        grouped.setdefault(claim["mainsnak"]["property"], []).append(claim)
    return {
        "type": "item",
        "id": qid,
        "labels": {lang: {"language": lang, "value": text} for lang, text in labels.items()},
        "descriptions": {},
        "aliases": {
            lang: [{"language": lang, "value": text} for text in texts]
            for lang, texts in (aliases or {}).items()
        },
        "claims": grouped,
        "sitelinks": {
            f"wiki{i}": {"site": f"wiki{i}", "title": "x", "badges": []} for i in range(sitelinks)
        },
    }


def instance_of(*classes: str) -> list[Json]:
    return [statement(item_snak("P31", qid)) for qid in classes]


def held(position: str, start: Json | None = None, end: Json | None = None) -> Json:
    qualifiers = [snak for snak in (start, end) if snak is not None]
    return statement(item_snak("P39", position), qualifiers)


PM_ITALY, FM_ITALY, SENATE_ITALY, NATO_SG, PREMIER_ONTARIO = (
    "Q900001",
    "Q900002",
    "Q900003",
    "Q900004",
    "Q900005",
)
MARIA, JAN, GIORGIA, NOBODY_JA, NO_LINKS, PAINTING, LOST = (
    "Q900010",
    "Q900011",
    "Q900012",
    "Q900013",
    "Q900014",
    "Q900015",
    "Q900016",
)


def sample_entities() -> list[Json]:
    italy = entity(
        "Q38",
        {"en": "Italy", "it": "Italia", "ru": "Италия"},
        [*instance_of("Q6256", "Q3624078"), statement(string_snak("P298", "ITA"))],
        aliases={"en": ["Italian Republic", "Bel Paese"]},
    )
    ontario = entity("Q1904", {"en": "Ontario"}, instance_of("Q10864048"))
    positions = [
        entity(
            PM_ITALY,
            {"en": "Prime Minister of Italy", "it": "Presidente del Consiglio dei ministri"},
            [*instance_of("Q4164871"), statement(item_snak("P1001", "Q38"))],
        ),
        entity(
            FM_ITALY,
            {"en": "Minister of Foreign Affairs of Italy"},
            [*instance_of("Q294414"), statement(item_snak("P1001", "Q38"))],
        ),
        entity(
            SENATE_ITALY,
            {"en": "President of the Senate of the Republic"},
            [*instance_of("Q294414"), statement(item_snak("P1001", "Q38"))],
        ),
        entity(
            NATO_SG,
            {"en": "Secretary General of NATO"},
            [*instance_of("Q4164871"), statement(item_snak("P2389", "Q7184"))],
        ),
        entity(
            PREMIER_ONTARIO,
            {"en": "Prime Minister of Ontario"},
            [*instance_of("Q294414"), statement(item_snak("P1001", "Q1904"))],
        ),
    ]
    maria = entity(
        MARIA,
        {"en": "Maria Esempio", "it": "Maria Esempio", "ru": "Мария Эсемпио"},
        [
            *instance_of("Q5"),
            statement(item_snak("P27", "Q38")),
            held(
                PM_ITALY,
                time_snak("P580", "+2030-01-15T00:00:00Z", 11),
                time_snak("P582", "+2031-06-00T00:00:00Z", 10),
            ),
            held(FM_ITALY, time_snak("P580", "+2025-00-00T00:00:00Z", 9)),
            held(SENATE_ITALY, time_snak("P580", "+2032-03-01T00:00:00Z", 11)),
            held(PREMIER_ONTARIO, time_snak("P580", "+2033-01-01T00:00:00Z", 11)),
            held(PM_ITALY, time_snak("P580", "+1990-01-01T00:00:00Z", 11)),
        ],
        aliases={"it": ["Esempio", "la Esempio"]},
    )
    # the deprecated statement above is made deprecated below
    maria["claims"]["P39"][-1]["rank"] = "deprecated"
    jan = entity(
        JAN,
        {"en": "Jan Voorbeeld"},
        [
            *instance_of("Q5"),
            held(NATO_SG, time_snak("P580", "+2031-10-01T00:00:00Z", 11)),
            held("Q900099", time_snak("P580", "+2020-01-01T00:00:00Z", 11)),  # not in the dump
        ],
    )
    giorgia = entity(
        GIORGIA,
        {"en": "Giorgia Meloni"},
        [
            *instance_of("Q5"),
            statement(item_snak("P27", "Q38")),
            held(PM_ITALY, time_snak("P580", "+2022-10-22T00:00:00Z", 11)),
        ],
        aliases={"fr": ["Giorgia Testalias"]},  # invented, to see it added
    )
    nato = entity(
        "Q7184",
        {"en": "NATO", "de": "NATO"},
        instance_of("Q1127126", "Q484652"),
        aliases={"en": ["NATO alliance"], "de": ["Nordatlantikvertrags-Organisation"]},
    )
    rome = entity(
        "Q220",
        {"en": "Rome", "it": "Roma", "ru": "Рим"},
        [*instance_of("Q515", "Q5119"), statement(item_snak("P17", "Q38"))],
    )
    skipped = [
        entity(NOBODY_JA, {"ja": "誰か"}, instance_of("Q5")),
        entity(NO_LINKS, {"en": "Obscure Person"}, instance_of("Q5"), sitelinks=0),
        entity(PAINTING, {"en": "A Painting"}, instance_of("Q3305213")),
        {"type": "property", "id": "P31", "labels": {"en": {"language": "en", "value": "x"}}},
    ]
    return [italy, ontario, *positions, maria, jan, giorgia, nato, rome, *skipped]


def write_dump(
    path: Path,
    entities: list[Json],
    opener: Callable[..., Any] = open,
    bad_lines: tuple[str, ...] = (),
    array: bool = True,
) -> Path:
    lines = [json.dumps(item, ensure_ascii=False, separators=(",", ":")) for item in entities]
    lines[2:2] = bad_lines
    text = "[\n" + ",\n".join(lines) + "\n]\n" if array else "\n".join(lines) + "\n"
    with opener(path, "wt", encoding="utf-8") as stream:
        stream.write(text)
    return path


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    folder = tmp_path_factory.mktemp("wikidata")
    dump = write_dump(
        folder / "wikidata-20250106-all.json.gz",
        sample_entities(),
        gzip.open,
        bad_lines=('{"type": "item", "id": "Q1", oops}', "[1, 2],"),
    )
    summary = import_wikidata(dump, folder / "kb-wikidata.json")
    return folder / "kb-wikidata.json", summary


@pytest.fixture(scope="module")
def extended_kb(imported: tuple[Path, Any]) -> KnowledgeBase:
    return KnowledgeBase.load(extra_paths=[imported[0]])


def output_records(path: Path) -> dict[str, Json]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {record["id"]: record for record in data["entities"]}


# ------------------------------------------------------------------ reading


def test_wikidata_reader_is_a_generator_and_reads_every_format(tmp_path: Path) -> None:
    items = sample_entities()[:3]
    expected = [item["id"] for item in items]
    dumps = [
        write_dump(tmp_path / "a.json", items),
        write_dump(tmp_path / "a.json.gz", items, gzip.open),
        write_dump(tmp_path / "a.json.bz2", items, bz2.open),
        write_dump(tmp_path / "a.jsonl", items, array=False),
        write_dump(tmp_path / "gz-without-suffix", items, gzip.open),
    ]
    for dump in dumps:
        reader = read_dump(dump)
        assert inspect.isgenerator(reader)
        ids = [item.data["id"] for item in reader if isinstance(item, DumpEntity)]
        assert ids == expected, dump.name


def test_wikidata_reader_memory_stays_flat(tmp_path: Path) -> None:
    big = entity("Q900500", {"en": "Somebody"}, instance_of("Q5"))
    big["descriptions"] = {"en": {"language": "en", "value": "x" * 2000}}
    dump = write_dump(tmp_path / "big.json.gz", [big] * 4000, gzip.open)  # ≈ 9 MB of JSON
    tracemalloc.start()
    try:
        count = sum(1 for item in read_dump(dump) if isinstance(item, DumpEntity))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 4000
    assert peak < 1_000_000, f"peak {peak} bytes: the reader must not keep what it read"


def test_wikidata_reader_reports_bad_lines_with_numbers(tmp_path: Path) -> None:
    dump = write_dump(tmp_path / "d.json", sample_entities()[:4], bad_lines=("{oops", '"x"'))
    bad = [item for item in read_dump(dump) if isinstance(item, BadLine)]
    assert [item.line for item in bad] == [4, 5]  # "[" is line 1, two entities before
    assert "invalid JSON" in bad[0].reason and "entity object" in bad[1].reason


@pytest.mark.parametrize(
    ("time", "precision", "expected"),
    [
        ("+2022-10-22T00:00:00Z", 11, "2022-10-22"),
        ("+2022-10-00T00:00:00Z", 10, "2022-10"),
        ("+2022-10-22T00:00:00Z", 10, "2022-10"),
        ("+2022-00-00T00:00:00Z", 9, "2022"),
        ("+1990-00-00T00:00:00Z", 8, "1990"),
        ("+1990-00-00T00:00:00Z", 6, None),
        ("-0044-03-15T00:00:00Z", 11, None),
        ("+2022-02-30T00:00:00Z", 11, None),
    ],
)
def test_wikidata_time_keeps_the_precision(time: str, precision: int, expected: str | None) -> None:
    assert wikidata_time({"time": time, "precision": precision}) == expected


# ------------------------------------------------------------------ offices


@pytest.mark.parametrize(
    ("label", "state_level", "expected"),
    [
        ("Prime Minister of Italy", True, "prime_minister"),
        ("President of the Italian Republic", True, "president"),
        ("President of Italy", True, "president"),
        ("President of the Senate of the Republic", True, None),
        ("Vice President of the United States", True, "vice_president"),
        ("Minister of Foreign Affairs of Ukraine", True, "foreign_minister"),
        ("United States Secretary of State", True, "foreign_minister"),
        ("Shadow Foreign Secretary", True, None),
        ("Secretary of State for Defence", True, "defence_minister"),
        ("Chancellor of the Exchequer", True, "finance_minister"),
        ("Federal Chancellor of Germany", True, "chancellor"),
        ("Prime Minister of Italy", False, None),
        ("member of the Chamber of Deputies", True, None),
    ],
)
def test_wikidata_positions_map_to_office_keys(
    label: str, state_level: bool, expected: str | None
) -> None:
    def names() -> frozenset[str]:
        return frozenset({"italy", "united states", "germany"})

    match = match_office(label, state_names=names, state_level=state_level)
    assert (match.office if match else None) == expected


# ------------------------------------------------------------------ import


def test_wikidata_import_summary_counts(imported: tuple[Path, Any]) -> None:
    out, summary = imported
    assert summary.output == str(out)
    assert summary.kept == {"GPE": 2, "PERSON": 3, "ORG": 1}
    assert summary.skipped["no label in en,it,fr,de,es,ru"] == 1
    assert summary.skipped["fewer than 1 sitelinks"] == 1
    assert summary.skipped["not an item (property or lexeme)"] == 1
    # Ontario, five positions and the painting are not people, organisations or places
    assert summary.skipped["not a person, organisation or place"] == 7
    assert summary.entities_read == 16
    assert summary.bad_lines == 2 and [b.line for b in summary.bad_line_samples] == [4, 5]
    assert summary.merged == 4  # Italy, Giorgia Meloni, NATO, Rome
    assert summary.roles_unresolved == 1
    assert "bad lines 2 (line 4: invalid JSON" in summary.line()


def test_wikidata_output_parses_as_a_kb_file_with_licence(imported: tuple[Path, Any]) -> None:
    out, _ = imported
    data = json.loads(out.read_text(encoding="utf-8"))
    kb_file = parse_file(data, str(out))
    assert len(kb_file.records) == 6
    assert "CC0" in data["licence"] and "ODbL" in data["licence"]
    assert data["version"] == "wikidata-2025-01-06 (wikidata-20250106-all.json.gz)"


def test_wikidata_new_person_has_offices_with_precisions(imported: tuple[Path, Any]) -> None:
    record = output_records(imported[0])[f"wikidata/{MARIA}"]
    assert record["country"] == "ITA"
    roles = {role["title"]: role for role in record["roles"]}
    assert roles["Prime Minister of Italy"] == {
        "title": "Prime Minister of Italy",
        "office": "prime_minister",
        "country": "ITA",
        "organisation": None,
        "from": "2030-01-15",
        "to": "2031-06",
    }
    assert roles["Minister of Foreign Affairs of Italy"]["office"] == "foreign_minister"
    assert roles["Minister of Foreign Affairs of Italy"]["from"] == "2025"
    assert roles["President of the Senate of the Republic"]["office"] is None
    assert roles["Prime Minister of Ontario"]["office"] is None  # not a state
    assert len(record["roles"]) == 4  # the deprecated statement is dropped
    # surnames: the one-word alias and the last word of each label, once
    assert sorted(name for names in record["short"].values() for name in names) == [
        "Esempio",
        "Эсемпио",
    ]
    assert record["aliases"] == {"it": ["la Esempio"], "ru": ["Мария Эсемпио"]}


def test_wikidata_import_links_names_and_offices(extended_kb: KnowledgeBase) -> None:
    maria = f"wikidata/{MARIA}"
    assert [e.id for e in extended_kb.candidates("Мария Эсемпио")] == [maria]
    assert maria in [e.id for e in extended_kb.candidates("Esempio")]
    holder = extended_kb.office_holder("prime_minister", PartialDate(2030, 6, 1), country="ITA")
    assert holder is not None and holder.id == maria
    before = extended_kb.office_holder("prime_minister", PartialDate(2024, 6, 1), country="ITA")
    assert before is not None and before.id == "person/giorgia-meloni"
    assert [r.title for r in extended_kb.roles_on(maria, PartialDate(2031, 6))] == [
        "Prime Minister of Italy",
        "Minister of Foreign Affairs of Italy",
    ]
    assert [r.title for r in extended_kb.roles_on(maria, PartialDate(2031, 7))] == [
        "Minister of Foreign Affairs of Italy"
    ]
    senate = extended_kb.office_holder("president", PartialDate(2032, 6, 1), country="ITA")
    assert senate is not None and senate.id == "person/sergio-mattarella"
    sg = extended_kb.office_holder(
        "secretary_general", PartialDate(2032, 1, 1), organisation="org/nato"
    )
    assert sg is not None and sg.id == f"wikidata/{JAN}"


def test_wikidata_import_extends_bundled_entities(
    imported: tuple[Path, Any], extended_kb: KnowledgeBase
) -> None:
    records = output_records(imported[0])
    assert set(records) == {
        "country/ITA",
        "city/rome",
        "org/nato",
        "person/giorgia-meloni",
        f"wikidata/{MARIA}",
        f"wikidata/{JAN}",
    }
    bundled = KnowledgeBase.load()
    for kb_id in ("country/ITA", "city/rome", "org/nato", "person/giorgia-meloni"):
        before, after = bundled.record(kb_id), extended_kb.record(kb_id)
        assert before is not None and after is not None
        assert set(before.entity.aliases) <= set(after.entity.aliases), kb_id
        assert before.entity.roles == after.entity.roles, kb_id  # same PM role: not doubled
        assert before.demonyms == after.demonyms and before.acronyms == after.acronyms
    meloni = extended_kb.record("person/giorgia-meloni")
    assert meloni is not None and meloni.entity.wikidata == GIORGIA
    assert [e.id for e in extended_kb.candidates("Giorgia Testalias")] == ["person/giorgia-meloni"]
    assert "city/rome" in [e.id for e in extended_kb.candidates("Рим")]
    assert "org/nato" in [e.id for e in extended_kb.candidates("Nordatlantikvertrags-Organisation")]
    assert extended_kb.country_by_demonym("italiani") is not None


def test_wikidata_languages_option_limits_names(tmp_path: Path) -> None:
    dump = write_dump(tmp_path / "d.json", sample_entities())
    out = tmp_path / "out.json"
    summary = import_wikidata(dump, out, ImportOptions(languages=("it",)))
    record = output_records(out)[f"wikidata/{MARIA}"]
    assert set(record["aliases"]) <= {"it"} and "ru" not in record.get("short", {})
    assert summary.skipped["no label in it"] == 4  # Jan, Meloni, NATO, the Japanese name


def test_wikidata_plain_jsonl_dump_gives_the_same_output(
    tmp_path: Path, imported: tuple[Path, Any]
) -> None:
    dump = write_dump(tmp_path / "wikidata-20250106-all.jsonl", sample_entities(), array=False)
    out = tmp_path / "out.json"
    import_wikidata(dump, out)
    assert output_records(out) == output_records(imported[0])


# ------------------------------------------------------------------ errors


def test_wikidata_missing_dump_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"missing\.json\.gz"):
        import_wikidata(tmp_path / "missing.json.gz", tmp_path / "out.json")


def test_wikidata_file_that_is_not_a_dump_fails_naming_lines(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello\nworld\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"notes\.txt.*line 1: invalid JSON"):
        import_wikidata(text, tmp_path / "out.json")
    assert not (tmp_path / "out.json").exists()


def test_wikidata_truncated_gzip_is_an_input_error(tmp_path: Path) -> None:
    dump = write_dump(tmp_path / "d.json.gz", sample_entities(), gzip.open)
    data = dump.read_bytes()
    dump.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="corrupt or truncated after line"):
        import_wikidata(dump, tmp_path / "out.json")
    assert not (tmp_path / "out.json").exists()


@pytest.mark.parametrize(
    "options",
    [
        {"languages": ()},
        {"languages": ("English",)},
        {"organisation_classes": frozenset({"company"})},
        {"min_sitelinks": -1},
    ],
)
def test_wikidata_invalid_options_are_configuration_errors(options: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError):
        ImportOptions(**options)


def test_wikidata_cli_imports_and_the_kb_uses_the_output(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from annals.cli import app

    dump = write_dump(tmp_path / "wikidata-20250106-all.json.gz", sample_entities())
    out = tmp_path / "kb-extra.json"
    result = CliRunner().invoke(app, ["kb", "import", "wikidata", str(dump), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "kept" in result.output and out.exists()
    kb = KnowledgeBase.load(extra_paths=[out])
    assert len(kb) > len(KnowledgeBase.load())
    missing = CliRunner().invoke(
        app, ["kb", "import", "wikidata", str(tmp_path / "nope.json"), "--out", str(out)]
    )
    assert missing.exit_code == 1 and "nope.json" in missing.output
    bad = CliRunner().invoke(
        app, ["kb", "import", "wikidata", str(dump), "--out", str(out), "--languages", "E N"]
    )
    assert bad.exit_code == 2


@pytest.mark.parametrize(
    "label",
    ["President of Guinea-Bissau", "President of Côte d'Ivoire", "President of Timor-Leste"],
)
def test_wikidata_president_of_a_state_with_hyphen_or_apostrophe(label: str) -> None:
    from annals.kb.text import normalise_alias

    def names() -> frozenset[str]:  # normalised as the importer builds them
        return frozenset(
            normalise_alias(n) for n in ("Guinea-Bissau", "Côte d'Ivoire", "Timor-Leste")
        )

    match = match_office(label, state_names=names, state_level=True)
    assert match is not None and match.office == "president"
