from __future__ import annotations

from pathlib import Path

import pytest

from annals.config import load_settings
from annals.errors import ConfigurationError


def test_config_defaults_without_any_layer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    settings = load_settings(environ={})
    assert (settings.db, settings.workers, settings.language) == ("annals.db", 1, None)


def test_config_layers_file_then_environment_then_flags(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "annals.toml").write_text(
        '[annals]\ndb = "file.db"\nworkers = 3\nlanguage = "it"\n'
    )
    from_file = load_settings(environ={})
    assert (from_file.db, from_file.workers, from_file.language) == ("file.db", 3, "it")
    from_env = load_settings(environ={"ANNALS_DB": "env.db", "ANNALS_WORKERS": "2"})
    assert (from_env.db, from_env.workers, from_env.language) == ("env.db", 2, "it")
    from_flags = load_settings({"db": "flag.db", "workers": None}, environ={"ANNALS_DB": "env.db"})
    assert (from_flags.db, from_flags.workers) == ("flag.db", 3)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"workers": 0}, "workers"),
        ({"workers": "many"}, "many"),
        ({"language": "xx"}, "'xx' is not supported"),
    ],
)
def test_config_rejects_invalid_values(
    overrides: dict[str, object], message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigurationError, match=message):
        load_settings(overrides, environ={})


def test_config_unknown_key_in_file_names_valid_keys(tmp_path: Path) -> None:
    config = tmp_path / "custom.toml"
    config.write_text("[annals]\ndatabase = 'x.db'\n")
    with pytest.raises(ConfigurationError, match=r"database.*valid settings are db"):
        load_settings(environ={"ANNALS_CONFIG": str(config)})


def test_config_broken_toml_names_the_file(tmp_path: Path) -> None:
    config = tmp_path / "broken.toml"
    config.write_text("[annals\n")
    with pytest.raises(ConfigurationError, match=r"broken\.toml"):
        load_settings(config_file=config, environ={})


def test_config_ner_merge_lists_languages_french_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert load_settings(environ={}).ner_merge == ("fr",)
    assert load_settings(environ={"ANNALS_NER_MERGE": "false"}).ner_merge == ()
    assert load_settings(environ={"ANNALS_NER_MERGE": "true"}).ner_merge == ("en", "fr")
    assert load_settings(environ={"ANNALS_NER_MERGE": "en, fr"}).ner_merge == ("en", "fr")
    (tmp_path / "annals.toml").write_text('[annals]\nner_merge = ["en"]\n')
    assert load_settings(environ={}).ner_merge == ("en",)
    with pytest.raises(ConfigurationError, match="among en, fr"):
        load_settings(environ={"ANNALS_NER_MERGE": "de"})


def test_analyzer_passes_ner_merge_to_the_parser() -> None:
    from annals.config import Settings
    from annals.pipeline import Analyzer

    assert Analyzer(settings=Settings(ner_merge=())).parser.merge_languages == frozenset()
    assert Analyzer().parser.merge_languages == frozenset({"fr"})
