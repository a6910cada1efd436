"""One validated Settings object: defaults < config file < ANNALS_* environment < flags."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Literal, get_args
from urllib.parse import urlsplit

from annals.errors import ConfigurationError
from annals.language import validate_language

CONFIG_FILE_NAME = "annals.toml"

EventCoderName = Literal["rules", "llm"]
EVENT_CODERS: tuple[str, ...] = get_args(EventCoderName)
#: Settings that may only come from the environment (never a file, flag or log line).
_SECRET_SETTINGS = {"llm_api_key": "ANNALS_LLM_API_KEY"}
_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off"})


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = "annals.db"
    workers: int = 1
    language: str | None = None
    kb_paths: tuple[str, ...] = field(default_factory=tuple)
    #: Which event coder runs: the local rules (default, fast) or an LLM endpoint.
    event_coder: EventCoderName = "rules"
    #: Base URL of an OpenAI-compatible server (llama.cpp server, vLLM, Ollama), e.g.
    #: ``http://127.0.0.1:8080``; ``/v1/chat/completions`` is appended.
    llm_url: str | None = None
    llm_model: str | None = None
    #: Sent as a Bearer token; from ANNALS_LLM_API_KEY only, never shown by repr().
    llm_api_key: str | None = field(default=None, repr=False)
    llm_timeout: float = 60.0  # seconds per request
    llm_retries: int = 2  # further attempts after HTTP 429/5xx or a refused connection
    #: On an endpoint failure, code that article with the local rules instead of failing it.
    llm_fallback: bool = False
    #: Let the sentence embedding model (annals.events.fallback) propose events in headline
    #: and lead sentences that no trigger lexicon matched: more events found in unseen
    #: wording, some of them wrong, and somewhat slower (see docs). Off: lexicons only.
    event_embeddings: bool = True
    #: Languages (of en, fr) whose spaCy pipeline gets the names found by the packaged NER
    #: trained on WikiNEuRal (annals/nlp/models/<lang>) merged into its entities
    #: (annals.nlp.entity_merge); the others keep the spaCy pipeline's own names. In a
    #: file a list or "en,fr"; true means both, false none.
    ner_merge: tuple[str, ...] = ("fr",)

    def __post_init__(self) -> None:
        if not isinstance(self.workers, int) or self.workers < 1:
            raise ConfigurationError(f"workers must be a whole number >= 1, got {self.workers!r}")
        if self.language is not None:
            validate_language(self.language)
        if not self.db:
            raise ConfigurationError("db must not be empty; give a SQLite path or a database URL")
        self._validate_llm()
        if not isinstance(self.event_embeddings, bool):
            raise ConfigurationError(
                f"event_embeddings must be true or false, got {self.event_embeddings!r}"
            )
        if not isinstance(self.ner_merge, tuple) or not set(self.ner_merge) <= {"en", "fr"}:
            raise ConfigurationError(
                f"ner_merge must list languages among en, fr, got {self.ner_merge!r}"
            )

    def _validate_llm(self) -> None:
        if self.event_coder not in EVENT_CODERS:
            raise ConfigurationError(
                f"event_coder {self.event_coder!r} is not known; "
                f"valid values are {', '.join(EVENT_CODERS)}"
            )
        if self.llm_url is not None:
            _check_url(self.llm_url)
        if self.event_coder == "llm":
            if not self.llm_url:
                raise ConfigurationError(
                    "event_coder is 'llm' but llm_url is not set; give the base URL of an "
                    "OpenAI-compatible server, e.g. ANNALS_LLM_URL=http://127.0.0.1:8080"
                )
            if not self.llm_model or not self.llm_model.strip():
                raise ConfigurationError(
                    "event_coder is 'llm' but llm_model is not set; give the model name the "
                    "server expects, e.g. ANNALS_LLM_MODEL=qwen2.5-7b-instruct"
                )
        if (
            isinstance(self.llm_timeout, bool)
            or not isinstance(self.llm_timeout, int | float)
            or not 0 < self.llm_timeout <= 3600
        ):
            raise ConfigurationError(
                f"llm_timeout must be a number of seconds in (0, 3600], got {self.llm_timeout!r}"
            )
        if (
            isinstance(self.llm_retries, bool)
            or not isinstance(self.llm_retries, int)
            or not 0 <= self.llm_retries <= 10
        ):
            raise ConfigurationError(
                f"llm_retries must be a whole number from 0 to 10, got {self.llm_retries!r}"
            )
        if not isinstance(self.llm_fallback, bool):
            raise ConfigurationError(
                f"llm_fallback must be true or false, got {self.llm_fallback!r}"
            )
        if self.llm_api_key is not None and not isinstance(self.llm_api_key, str):
            raise ConfigurationError("llm_api_key must be a string")  # the value is never shown


def _check_url(url: str) -> None:
    parts = urlsplit(url) if isinstance(url, str) else None
    if parts is None or parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ConfigurationError(
            f"llm_url {url!r} is not an http(s) URL with a host; "
            "give the server's base URL, e.g. http://127.0.0.1:8080"
        )
    if parts.query or parts.fragment:
        raise ConfigurationError(
            f"llm_url {url!r} must not have a query or fragment; give the server's base URL, "
            "e.g. http://127.0.0.1:8080"
        )


def _from_file(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigurationError(f"cannot read config file {path}: {error}") from error
    section = data.get("annals", data)
    if not isinstance(section, dict):
        raise ConfigurationError(f"config file {path}: [annals] must be a table")
    _refuse_secrets(section, f"config file {path}")
    return _typed(section, f"config file {path}")


def _refuse_secrets(values: Mapping[str, Any], origin: str) -> None:
    for name, variable in _SECRET_SETTINGS.items():
        if name in values:
            raise ConfigurationError(
                f"{origin}: {name} cannot be given here (it would be stored or shown); "
                f"set the {variable} environment variable instead"
            )


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
    for name, convert in (("llm_timeout", float), ("llm_retries", int)):
        if isinstance(typed.get(name), str):
            try:
                typed[name] = convert(typed[name])
            except ValueError as error:
                raise ConfigurationError(
                    f"{origin}: {name} must be a number, got {values[name]!r}"
                ) from error
    if "ner_merge" in typed:
        typed["ner_merge"] = _languages(typed["ner_merge"], origin)
    for name in ("llm_fallback", "event_embeddings"):
        if isinstance(typed.get(name), str):
            flag = typed[name].strip().lower()
            if flag not in _TRUE | _FALSE:
                raise ConfigurationError(
                    f"{origin}: {name} must be one of {', '.join(sorted(_TRUE | _FALSE))}, "
                    f"got {values[name]!r}"
                )
            typed[name] = flag in _TRUE
    return typed


def _languages(value: Any, origin: str) -> tuple[str, ...]:
    """``ner_merge`` as a tuple of languages: from a list, "en,fr", or true (both) / false."""
    if isinstance(value, bool):
        return ("en", "fr") if value else ()
    if isinstance(value, str):
        flag = value.strip().lower()
        if flag in _TRUE:
            return ("en", "fr")
        if flag in _FALSE or not flag:
            return ()
        value = [part.strip() for part in flag.split(",") if part.strip()]
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise ConfigurationError(f"{origin}: ner_merge must list languages, got {value!r}")
    languages = tuple(value)
    if not set(languages) <= {"en", "fr"}:
        raise ConfigurationError(
            f"{origin}: ner_merge languages must be among en, fr, got {', '.join(languages)}"
        )
    return languages


def _from_environment(environ: Mapping[str, str]) -> dict[str, Any]:
    names = {
        "ANNALS_DB": "db",
        "ANNALS_WORKERS": "workers",
        "ANNALS_LANG": "language",
        "ANNALS_KB_PATH": "kb_paths",
        "ANNALS_EVENT_CODER": "event_coder",
        "ANNALS_LLM_URL": "llm_url",
        "ANNALS_LLM_MODEL": "llm_model",
        "ANNALS_LLM_API_KEY": "llm_api_key",
        "ANNALS_LLM_TIMEOUT": "llm_timeout",
        "ANNALS_LLM_RETRIES": "llm_retries",
        "ANNALS_LLM_FALLBACK": "llm_fallback",
        "ANNALS_EVENT_EMBEDDINGS": "event_embeddings",
        "ANNALS_NER_MERGE": "ner_merge",
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
    flags = {k: v for k, v in (overrides or {}).items() if v is not None}
    _refuse_secrets(flags, "flags")
    values.update(_typed(flags, "flags"))
    return replace(Settings(), **values)
