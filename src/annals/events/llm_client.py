"""The wire protocol of the LLM event coder: request, JSON schema, answer validation.

:class:`ChatClient` posts chat completions with ``response_format`` set to a
strict JSON schema (OpenAI structured outputs; llama.cpp server, vLLM and
Ollama >= 0.5 turn it into constrained decoding) and retries HTTP 429/5xx and
refused connections a bounded number of times with exponential backoff
(honouring ``Retry-After``); a timeout is not retried. :func:`parse_answer`
checks the answer against the schema itself, since a server may ignore it.
Every failure is an :class:`LlmBackendError` naming the endpoint and the
problem, with the API key masked.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

import httpx

from annals.errors import AnnalsError
from annals.events.plover import PLOVER_MODES
from annals.models import EVENT_STATUSES, EVENT_TYPES, EventStatus, EventType

logger = logging.getLogger(__name__)

CHAT_PATH = "/v1/chat/completions"
SCHEMA_NAME = "annals_plover_events_v1"

#: Modes the coder accepts per type: PLOVER's, plus the local coder's "meet" (a meeting
#: without host and visitor) and the kinds of aid that Annals records as AID modes.
MODES: dict[str, frozenset[str]] = {
    **PLOVER_MODES,
    "CONSULT": PLOVER_MODES["CONSULT"] | {"meet"},
    "AID": frozenset({"military", "humanitarian", "economic"}),
}
_ALL_MODES = tuple(sorted(set().union(*MODES.values())))
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_MAX_BACKOFF = 30.0
_MAX_TOKENS = 4096


def _event_schema() -> dict[str, Any]:
    """The JSON schema of the answer: flat, no nulls or unions, every property required
    (the subset that OpenAI strict mode, llama.cpp, vLLM and Ollama all accept)."""
    text = {"type": "string"}
    texts = {"type": "array", "items": text}
    event = {
        "type": "object",
        "properties": {
            "sentence": {"type": "integer"},
            "type": {"type": "string", "enum": list(EVENT_TYPES)},
            "mode": {"type": "string", "enum": ["", *_ALL_MODES]},
            "status": {"type": "string", "enum": list(EVENT_STATUSES)},
            "actors": texts,
            "recipients": texts,
            "trigger": text,
            "date": text,
            "place": text,
            "amounts": texts,
        },
        "required": [
            "sentence",
            "type",
            "mode",
            "status",
            "actors",
            "recipients",
            "trigger",
            "date",
            "place",
            "amounts",
        ],
        "additionalProperties": False,
    }
    return {
        "type": "object",
        "properties": {"events": {"type": "array", "items": event}},
        "required": ["events"],
        "additionalProperties": False,
    }


EVENT_SCHEMA: dict[str, Any] = _event_schema()


class LlmBackendError(AnnalsError):
    """The LLM endpoint failed or answered something unusable. The message names the
    endpoint and the problem, never the API key."""

    def __init__(self, endpoint: str, problem: str) -> None:
        super().__init__(f"LLM endpoint {endpoint}: {problem}")
        self.endpoint = endpoint
        self.problem = problem


@dataclass(frozen=True, slots=True)
class ProposedEvent:
    """One event as the model proposed it: texts, before grounding in the document."""

    sentence: int
    type: EventType
    mode: str
    status: EventStatus
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    trigger: str
    date: str
    place: str
    amounts: tuple[str, ...]


# --------------------------------------------------------------------------- answer parsing


def parse_answer(content: str) -> list[ProposedEvent]:
    """The events of a model answer; ``ValueError`` naming the first violation of the schema."""
    text = content.strip()
    fenced = re.fullmatch(r"```(?:json)?\s*(.*?)\s*```", text, re.DOTALL)
    if fenced:  # some chat templates wrap even constrained output in a code fence
        text = fenced.group(1)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"the answer is not valid JSON ({error}): {_excerpt(content)}") from error
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise ValueError(f'the answer is not an object with an "events" list: {_excerpt(text)}')
    extra = set(data) - {"events"}
    if extra:
        raise ValueError(f"the answer has unexpected properties {sorted(extra)}")
    return [_proposed(item, number) for number, item in enumerate(data["events"])]


def _proposed(item: object, number: int) -> ProposedEvent:
    where = f"event {number}"
    if not isinstance(item, dict):
        raise ValueError(f"{where} is not an object: {item!r}")
    required = EVENT_SCHEMA["properties"]["events"]["items"]["required"]
    missing = [name for name in required if name not in item]
    if missing:
        raise ValueError(f"{where} lacks {', '.join(missing)}")
    extra = sorted(set(item) - set(required))
    if extra:
        raise ValueError(f"{where} has unexpected properties {extra}")
    sentence = item["sentence"]
    if not isinstance(sentence, int) or isinstance(sentence, bool):
        raise ValueError(f"{where}: sentence must be an integer, got {sentence!r}")
    return ProposedEvent(
        sentence=sentence,
        type=cast(EventType, _choice(item, "type", EVENT_TYPES, where)),
        mode=_choice(item, "mode", ("", *_ALL_MODES), where),
        status=cast(EventStatus, _choice(item, "status", EVENT_STATUSES, where)),
        actors=_strings(item, "actors", where),
        recipients=_strings(item, "recipients", where),
        trigger=_string(item, "trigger", where),
        date=_string(item, "date", where),
        place=_string(item, "place", where),
        amounts=_strings(item, "amounts", where),
    )


def _string(item: Mapping[str, Any], name: str, where: str) -> str:
    value = item[name]
    if not isinstance(value, str):
        raise ValueError(f"{where}: {name} must be a string, got {value!r}")
    return value.strip()


def _strings(item: Mapping[str, Any], name: str, where: str) -> tuple[str, ...]:
    value = item[name]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where}: {name} must be a list of strings, got {value!r}")
    return tuple(v.strip() for v in value if v.strip())


def _choice(item: Mapping[str, Any], name: str, valid: Sequence[str], where: str) -> str:
    value = item[name]
    if value not in valid:
        shown = ", ".join(repr(v) for v in valid)
        raise ValueError(f"{where}: {name} {value!r} is not one of {shown}")
    return cast(str, value)


def _excerpt(text: str, limit: int = 200) -> str:
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= limit else flat[:limit] + "…")


# --------------------------------------------------------------------------- HTTP


class ChatClient:
    """Chat completions with a JSON schema over HTTP, with bounded retries."""

    def __init__(
        self,
        url: str,
        model: str,
        api_key: str | None = None,
        timeout: float = 60.0,
        retries: int = 2,
    ) -> None:
        base = url.rstrip("/")
        if base.endswith("/v1"):  # accept the OpenAI-client style base URL too
            base = base[: -len("/v1")]
        self.endpoint = base + CHAT_PATH
        self.model = model
        self.retries = retries
        self._api_key = api_key
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._http = httpx.Client(timeout=timeout, headers=headers)
        self._timeout = timeout

    def close(self) -> None:
        self._http.close()

    def request_body(self, messages: Sequence[Mapping[str, str]]) -> dict[str, Any]:
        return {
            "model": self.model,
            "messages": list(messages),
            "temperature": 0,
            "seed": 0,
            "max_tokens": _MAX_TOKENS,
            "stream": False,
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": SCHEMA_NAME, "strict": True, "schema": EVENT_SCHEMA},
            },
        }

    def complete(self, messages: Sequence[Mapping[str, str]]) -> str:
        """The content of the first choice; :class:`LlmBackendError` when there is none."""
        body = self.request_body(messages)
        attempt = 0
        while True:
            try:
                response = self._http.post(self.endpoint, json=body)
            except httpx.TimeoutException as error:
                raise self.error(
                    f"no answer within {self._timeout:g} s ({type(error).__name__}); "
                    "raise llm_timeout or use a smaller model"
                ) from error
            except httpx.TransportError as error:
                if attempt < self.retries:
                    attempt += 1
                    self._wait(attempt, None, f"{type(error).__name__}")
                    continue
                raise self.error(
                    f"cannot connect ({type(error).__name__}: {self._redact(str(error))}) "
                    f"after {attempt + 1} attempt(s); is the server running at llm_url?"
                ) from error
            if response.status_code in _RETRY_STATUS and attempt < self.retries:
                attempt += 1
                self._wait(attempt, response.headers.get("Retry-After"), response.status_code)
                continue
            if response.status_code != 200:
                raise self.error(self._status_problem(response, attempt + 1))
            return self._content(response)

    def _wait(self, attempt: int, retry_after: str | None, reason: object) -> None:
        delay = 0.5 * 2 ** (attempt - 1)
        if retry_after is not None:
            with contextlib.suppress(ValueError):  # an HTTP date: keep the exponential delay
                delay = float(retry_after)
        delay = min(max(delay, 0.0), _MAX_BACKOFF)
        logger.warning(
            "LLM endpoint %s: %s; retry %d of %d in %.1f s",
            self.endpoint,
            reason,
            attempt,
            self.retries,
            delay,
        )
        time.sleep(delay)

    def _status_problem(self, response: httpx.Response, attempts: int) -> str:
        status = response.status_code
        detail = _excerpt(self._redact(response.text))
        hint = {
            400: "the server rejected the request; does it support response_format "
            "json_schema (llama.cpp server, vLLM, Ollama >= 0.5 do)?",
            401: "check ANNALS_LLM_API_KEY",
            403: "check ANNALS_LLM_API_KEY",
            404: "check llm_url (the server's base URL, e.g. http://127.0.0.1:8080) and llm_model",
        }.get(status, "")
        tried = f" after {attempts} attempts" if attempts > 1 else ""
        return f"HTTP {status}{tried}: {detail}" + (f"; {hint}" if hint else "")

    def _content(self, response: httpx.Response) -> str:
        try:
            data = response.json()
            choice = data["choices"][0]
            content = choice["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError) as error:
            raise self.error(
                "the response is not a chat completion (no choices[0].message.content): "
                f"{_excerpt(self._redact(response.text))}"
            ) from error
        if choice.get("finish_reason") == "length":
            raise self.error(
                f"the answer was cut at the token limit ({_MAX_TOKENS}); the server's "
                "context may be too small for the article"
            )
        if not isinstance(content, str) or not content.strip():
            raise self.error("the answer is empty (a reasoning model without a final answer?)")
        return content

    def _redact(self, text: str) -> str:
        return text.replace(self._api_key, "***") if self._api_key else text

    def error(self, problem: str) -> LlmBackendError:
        """The error to raise for ``problem`` at this endpoint (with the API key masked)."""
        return LlmBackendError(self.endpoint, self._redact(problem))
