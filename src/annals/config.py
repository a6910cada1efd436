"""One validated Settings object: defaults < config file < ANNALS_* environment < flags."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from annals.errors import ConfigurationError
from annals.language import validate_language

CONFIG_FILE_NAME = "annals.toml"


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = "annals.db"
    workers: int = 1
    language: str | None = None
    kb_paths: tuple[str, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        if not isinstance(self.workers, int) or self.workers < 1:
            raise ConfigurationError(f"workers must be a whole number >= 1, got {self.workers!r}")
        if self.language is not None:
            validate_language(self.language)
        if not self.db:
            raise ConfigurationError("db must not be empty; give a SQLite path or a database URL")


def _from_file(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigurationError(f"cannot read config file {path}: {error}") from error
    section = data.get("annals", data)
    if not isinstance(section, dict):
        raise ConfigurationError(f"config file {path}: [annals] must be a table")
    return _typed(section, f"config file {path}")


def _typed(values: Mapping[str, Any], origin: str) -> dict[str, Any]:
    known = {f.name for f in fields(Settings)}
    unknown = set(values) - known
    if unknown:
        raise ConfigurationError(
            f"{origin}: unknown setting(s) {', '.join(sorted(unknown))}; "
            f"valid settings are {', '.join(sorted(known))}"
        )
    typed = dict(values)
    if "workers" in typed:
        try:
            typed["workers"] = int(typed["workers"])
        except (TypeError, ValueError) as error:
            raise ConfigurationError(
                f"{origin}: workers must be a whole number, got {values['workers']!r}"
            ) from error
    if "kb_paths" in typed:
        raw = typed["kb_paths"]
        typed["kb_paths"] = tuple(raw.split(os.pathsep) if isinstance(raw, str) else raw)
    return typed


def _from_environment(environ: Mapping[str, str]) -> dict[str, Any]:
    names = {
        "ANNALS_DB": "db",
        "ANNALS_WORKERS": "workers",
        "ANNALS_LANG": "language",
        "ANNALS_KB_PATH": "kb_paths",
    }
    found = {setting: environ[name] for name, setting in names.items() if environ.get(name)}
    return _typed(found, "environment")


def load_settings(
    overrides: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
    config_file: Path | None = None,
) -> Settings:
    """Build Settings from every layer; ``overrides`` are command-line flags (None = not given)."""
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    path = config_file or (Path(environ["ANNALS_CONFIG"]) if environ.get("ANNALS_CONFIG") else None)
    if path is None and Path(CONFIG_FILE_NAME).is_file():
        path = Path(CONFIG_FILE_NAME)
    if path is not None:
        if not path.is_file():
            raise ConfigurationError(f"config file {path} does not exist")
        values.update(_from_file(path))
    values.update(_from_environment(environ))
    values.update(_typed({k: v for k, v in (overrides or {}).items() if v is not None}, "flags"))
    return replace(Settings(), **values)
