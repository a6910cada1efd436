"""The optional LLM event coder, against a local HTTP server that speaks chat completions."""

from __future__ import annotations

import json
import logging
import re
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from annals.config import load_settings
from annals.errors import ConfigurationError
from annals.events.extractor import EventExtractor
from annals.events.llm import LlmEventCoder, build_event_coder
from annals.events.llm_client import ChatClient, LlmBackendError, parse_answer
from annals.models import Analysis, Event, ParsedText, PartialDate, RawDocument
from annals.pipeline import Analyzer, StageError

MODEL = "test-model"
API_KEY = "sk-test-0123456789abcdef"
PUBLISHED = PartialDate(2025, 3, 12)  # a Wednesday

ENGLISH = (
    "NATO Secretary General Mark Rutte visited Rome on Tuesday and met Italian Prime Minister "
    "Giorgia Meloni. Italy will send 1.5 billion euros in military aid to Ukraine, Meloni said."
)
ITALIAN = (
    "Il presidente ucraino Volodymyr Zelensky ha incontrato Giorgia Meloni a Roma il 10 marzo. "
    "L'Italia invierà 1,5 miliardi di euro all'Ucraina, ha annunciato Meloni."
)


def proposed(**fields: Any) -> dict[str, Any]:
    """One event as a model would write it; ``sentence`` is filled in by the server."""
    event: dict[str, Any] = {
        "type": "CONSULT",
        "mode": "",
        "status": "occurred",
        "actors": [],
        "recipients": [],
        "trigger": "",
        "date": "",
        "place": "",
        "amounts": [],
    }
    event.update(fields)
    return event


# what the fake model answers for a sentence that contains the key
CANNED: dict[str, list[dict[str, Any]]] = {
    "Mark Rutte visited Rome": [
        proposed(
            type="CONSULT",
            mode="visit",
            actors=["NATO Secretary General Mark Rutte"],
            recipients=["Italian Prime Minister Giorgia Meloni"],
            trigger="visited",
            date="on Tuesday",
            place="Rome",
        ),
        # a name that is nowhere in the document: the event must be dropped
        proposed(type="SUPPORT", actors=["Emmanuel Macron"], trigger="met"),
    ],
    "Italy will send": [
        proposed(
            type="AID",
            mode="military",
            status="planned",
            actors=["Italy"],
            recipients=["Ukraine"],
            trigger="will send",
            amounts=["1.5 billion euros"],
        ),
        # a sentence number that was not sent: dropped
        proposed(type="ASSAULT", actors=["Italy"], trigger="send", sentence=7),
    ],
    "Zelensky ha incontrato": [
        proposed(
            type="CONSULT",
            mode="meet",
            actors=["Volodymyr Zelensky"],
            recipients=["Giorgia Meloni"],
            trigger="ha incontrato",
            date="il 10 marzo",
            place="Roma",
        )
    ],
    "L'Italia invierà": [
        proposed(
            type="AID",
            status="planned",
            actors=["Italia"],
            recipients=["Ucraina"],
            trigger="invierà",
            amounts=["1,5 miliardi di euro"],
        )
    ],
}


@dataclass
class Reply:
    status: int = 200
    content: str | None = None  # None: the canned answer for the sentences sent
    body: str | None = None  # a raw response body instead of a chat completion
    delay: float = 0.0
    finish_reason: str = "stop"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class FakeServer:
    """An OpenAI-compatible chat completions endpoint on 127.0.0.1 with scripted replies."""

    url: str
    replies: list[Reply]  # consumed in order; then canned answers
    requests: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)


def _request_problem(body: dict[str, Any]) -> str | None:
    """Why a request is not a valid structured-output chat completion request, or None."""
    if body.get("model") != MODEL:
        return f"model {body.get('model')!r} not found"
    messages = body.get("messages")
    if not isinstance(messages, list) or [m.get("role") for m in messages] != ["system", "user"]:
        return "messages must be a system and a user message"
    if not all(isinstance(m.get("content"), str) and m["content"] for m in messages):
        return "empty message"
    response_format = body.get("response_format", {})
    schema_spec = response_format.get("json_schema", {})
    if response_format.get("type") != "json_schema" or schema_spec.get("strict") is not True:
        return "response_format must be a strict json_schema"
    schema = schema_spec.get("schema", {})
    if not schema_spec.get("name") or "events" not in schema.get("properties", {}):
        return "json_schema needs a name and an events schema"
    return None


def _canned_answer(user_message: str) -> str:
    events: list[dict[str, Any]] = []
    for match in re.finditer(r"^\[(\d+)\] (.*)$", user_message, re.MULTILINE):
        number, sentence = int(match.group(1)), match.group(2)
        for key, items in CANNED.items():
            if key in sentence:
                events += [{"sentence": number, **item} for item in items]
    return json.dumps({"events": events})


def _handler(server: FakeServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = json.loads(self.rfile.read(length))
            server.requests.append(body)
            server.headers.append(dict(self.headers))
            reply = server.replies.pop(0) if server.replies else Reply()
            time.sleep(reply.delay)
            if self.path != "/v1/chat/completions":
                self._send(404, json.dumps({"error": f"no route {self.path}"}), {})
                return
            problem = _request_problem(body)
            if problem:
                self._send(400, json.dumps({"error": problem}), {})
                return
            if reply.body is not None or reply.status != 200:
                self._send(reply.status, reply.body or '{"error": "boom"}', reply.headers)
                return
            content = reply.content
            if content is None:
                content = _canned_answer(body["messages"][1]["content"])
            completion = {
                "id": "chatcmpl-1",
                "object": "chat.completion",
                "model": MODEL,
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": content},
                        "finish_reason": reply.finish_reason,
                    }
                ],
            }
            self._send(200, json.dumps(completion), reply.headers)

        def _send(self, status: int, body: str, headers: dict[str, str]) -> None:
            data = body.encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
            pass

    return Handler


@pytest.fixture
def server() -> Iterator[FakeServer]:
    fake = FakeServer(url="", replies=[])
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    httpd.daemon_threads = True
    fake.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield fake
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def coder_for(
    server: FakeServer,
    api_key: str | None = None,
    timeout: float = 10.0,
    retries: int = 2,
    fallback: bool = False,
) -> LlmEventCoder:
    client = ChatClient(server.url, MODEL, api_key, timeout, retries)
    return LlmEventCoder(client, EventExtractor() if fallback else None)


_ANALYSED: dict[tuple[str, str], tuple[Analysis, ParsedText]] = {}


def analysis_of(analyzer: Analyzer, text: str, language: str) -> tuple[Analysis, ParsedText]:
    """A document analysed by the real pipeline (cleaning, parser, linker, time tagger)."""
    if (text, language) not in _ANALYSED:
        raw = RawDocument(path=f"{language}.txt", text=text, format="text")
        analysis = analyzer.analyze(raw, language, PUBLISHED)
        _ANALYSED[text, language] = (analysis, analyzer.parser.parse(analysis.text, language))
    return _ANALYSED[text, language]


def llm_events(
    analyzer: Analyzer, coder: LlmEventCoder, text: str, language: str
) -> tuple[Event, ...]:
    analysis, parsed = analysis_of(analyzer, text, language)
    return coder.extract(analysis.id, parsed, analysis.entities, analysis.times, analysis.published)


def ids(refs: Any) -> set[str]:
    return {ref.id for ref in refs}


# --------------------------------------------------------------------------- end to end


def test_llm_backend_codes_english_events(analyzer: Analyzer, server: FakeServer) -> None:
    events = llm_events(analyzer, coder_for(server), ENGLISH, "en")
    assert [e.type for e in events] == ["CONSULT", "AID"]
    visit, aid = events
    assert (visit.mode, visit.status) == ("visit", "occurred")
    assert ids(visit.actors) == {"person/mark-rutte"}  # not NATO, which only describes him
    assert ids(visit.recipients) == {"person/giorgia-meloni"}
    assert visit.date == PartialDate(2025, 3, 11)  # "on Tuesday" before Wed 12 March
    assert visit.location is not None and visit.location.id == "city/rome"
    assert visit.trigger == "visited"
    first_sentence = ENGLISH[: ENGLISH.index(".") + 1]
    assert visit.mentions[0].sentence == first_sentence
    analysis, _ = analysis_of(analyzer, ENGLISH, "en")
    assert analysis.text[visit.mentions[0].start : visit.mentions[0].end] == first_sentence
    assert (aid.mode, aid.status, aid.date) == ("military", "planned", None)
    assert ids(aid.actors) == {"country/ITA"} and ids(aid.recipients) == {"country/UKR"}
    assert (aid.attributes.amount, aid.attributes.currency) == (1.5e9, "EUR")
    assert "Italy" in aid.summary and "Ukraine" in aid.summary


def test_llm_backend_codes_italian_events(analyzer: Analyzer, server: FakeServer) -> None:
    events = llm_events(analyzer, coder_for(server), ITALIAN, "it")
    assert [e.type for e in events] == ["CONSULT", "AID"]
    meeting, aid = events
    # a meeting without host and visitor: every participant is an actor (PLOVER 2.4.2)
    assert ids(meeting.actors) == {"person/volodymyr-zelenskyy", "person/giorgia-meloni"}
    assert meeting.recipients == ()
    assert meeting.date == PartialDate(2025, 3, 10)
    assert meeting.location is not None and meeting.location.id == "city/rome"
    assert meeting.mentions[0].language == "it"
    assert aid.status == "planned" and aid.mode is None
    assert ids(aid.actors) == {"country/ITA"} and ids(aid.recipients) == {"country/UKR"}
    assert (aid.attributes.amount, aid.attributes.currency) == (1.5e9, "EUR")


def test_llm_backend_request_speaks_structured_outputs(
    analyzer: Analyzer, server: FakeServer
) -> None:
    llm_events(analyzer, coder_for(server), ENGLISH, "en")
    assert len(server.requests) == 1  # a short article is one request
    body = server.requests[0]
    assert body["model"] == MODEL and body["temperature"] == 0
    spec = body["response_format"]["json_schema"]
    event_schema = spec["schema"]["properties"]["events"]["items"]
    assert len(event_schema["properties"]["type"]["enum"]) == 16
    assert set(event_schema["required"]) == set(event_schema["properties"])
    assert event_schema["additionalProperties"] is False
    system, user = (m["content"] for m in body["messages"])
    for event_type in ("AGREE", "CONSULT", "AID", "ASSAULT", "COERCE", "MOBILIZE"):
        assert event_type in system
    assert "visitor is the actor" in system
    assert re.search(r"^\[0\] NATO Secretary General", user, re.MULTILINE)
    assert re.search(r"^\[1\] Italy will send", user, re.MULTILINE)
    assert "Publication date: 2025-03-12" in user and "Mark Rutte (PERSON)" in user
    assert "Authorization" not in server.headers[0]  # no key configured: no header


# --------------------------------------------------------------------------- bad answers


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        (Reply(content="Sure! Here are the events: none."), "not valid JSON"),
        (Reply(content='{"events": "none"}'), 'an "events" list'),
        (
            Reply(content=json.dumps({"events": [{**proposed(type="MEET"), "sentence": 0}]})),
            r"type 'MEET' is not one of 'AGREE'",
        ),
        (Reply(content=json.dumps({"events": [{"sentence": 0, "type": "AID"}]})), "lacks mode"),
        (
            Reply(content=json.dumps({"events": [{**proposed(), "sentence": "first"}]})),
            "sentence must be an integer",
        ),
        (
            Reply(content=json.dumps({"events": [{**proposed(actors="Italy"), "sentence": 0}]})),
            "actors must be a list of strings",
        ),
        (Reply(body='{"result": "ok"}'), "not a chat completion"),
        (Reply(content='{"events": [', finish_reason="length"), "token limit"),
        (Reply(content=""), "answer is empty"),
    ],
)
def test_llm_backend_malformed_answer_is_a_clear_error(
    analyzer: Analyzer, server: FakeServer, reply: Reply, message: str
) -> None:
    server.replies = [reply]
    with pytest.raises(LlmBackendError, match=message) as caught:
        llm_events(analyzer, coder_for(server), ENGLISH, "en")
    assert f"{server.url}/v1/chat/completions" in str(caught.value)
    assert len(server.requests) == 1  # a bad answer is not retried


def test_llm_backend_answer_in_code_fence_is_read() -> None:
    fenced = (
        "```json\n" + json.dumps({"events": [{**proposed(type="AID"), "sentence": 2}]}) + "\n```"
    )
    (event,) = parse_answer(fenced)
    assert (event.type, event.sentence) == ("AID", 2)


# --------------------------------------------------------------------------- HTTP failures


def test_llm_backend_retries_server_error_then_succeeds(
    analyzer: Analyzer, server: FakeServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.replies = [Reply(status=500, headers={"Retry-After": "0"})]
    with caplog.at_level(logging.WARNING, logger="annals.events.llm"):
        events = llm_events(analyzer, coder_for(server), ENGLISH, "en")
    assert len(server.requests) == 2
    assert [e.type for e in events] == ["CONSULT", "AID"]
    assert "retry 1 of 2" in caplog.text


def test_llm_backend_gives_up_after_bounded_retries(analyzer: Analyzer, server: FakeServer) -> None:
    server.replies = [Reply(status=503, headers={"Retry-After": "0"}) for _ in range(5)]
    with pytest.raises(LlmBackendError, match="HTTP 503 after 2 attempts"):
        llm_events(analyzer, coder_for(server, retries=1), ENGLISH, "en")
    assert len(server.requests) == 2


def test_llm_backend_client_error_is_not_retried(analyzer: Analyzer, server: FakeServer) -> None:
    server.replies = [Reply(status=404, body='{"error": "model not found"}')]
    with pytest.raises(LlmBackendError, match=r"HTTP 404.*model not found.*check llm_url"):
        llm_events(analyzer, coder_for(server), ENGLISH, "en")
    assert len(server.requests) == 1


def test_llm_backend_wrong_model_is_rejected_by_server(
    analyzer: Analyzer, server: FakeServer
) -> None:
    client = ChatClient(server.url, "other-model", None, 10.0, 0)
    with pytest.raises(LlmBackendError, match=r"HTTP 400.*other-model"):
        llm_events(analyzer, LlmEventCoder(client), ENGLISH, "en")


def test_llm_backend_timeout_is_a_clear_error(analyzer: Analyzer, server: FakeServer) -> None:
    server.replies = [Reply(delay=1.5)]
    started = time.monotonic()
    with pytest.raises(LlmBackendError, match=r"no answer within 0\.3 s.*llm_timeout"):
        llm_events(analyzer, coder_for(server, timeout=0.3), ENGLISH, "en")
    assert time.monotonic() - started < 1.4  # gave up at the timeout, without retrying
    assert len(server.requests) == 1


def test_llm_backend_refused_connection_names_the_endpoint(analyzer: Analyzer) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = ChatClient(f"http://127.0.0.1:{port}/v1/", MODEL, None, 5.0, 0)
    with pytest.raises(LlmBackendError, match="cannot connect") as caught:
        llm_events(analyzer, LlmEventCoder(client), ENGLISH, "en")
    assert caught.value.endpoint == f"http://127.0.0.1:{port}/v1/chat/completions"


def test_llm_backend_failure_fails_the_article_at_stage_events(
    analyzer: Analyzer, server: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.replies = [Reply(status=500)]
    monkeypatch.setattr(analyzer, "events", coder_for(server, retries=0))
    raw = RawDocument(path="a.txt", text=ENGLISH, format="text")
    (result,) = analyzer.analyze_many([raw], "en", PUBLISHED)
    assert isinstance(result, StageError)
    assert result.stage == "events" and "HTTP 500" in result.reason
    assert server.url in result.reason


def test_llm_backend_falls_back_to_local_rules_when_configured(
    analyzer: Analyzer, server: FakeServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.replies = [Reply(status=500)]
    analysis, parsed = analysis_of(analyzer, ENGLISH, "en")
    coder = coder_for(server, retries=0, fallback=True)
    with caplog.at_level(logging.WARNING, logger="annals.events.llm"):
        events = coder.extract(
            analysis.id, parsed, analysis.entities, analysis.times, analysis.published
        )
    local = EventExtractor().extract(
        analysis.id, parsed, analysis.entities, analysis.times, analysis.published
    )
    assert events == local and events
    assert "coded with the local rules instead" in caplog.text and "HTTP 500" in caplog.text


# --------------------------------------------------------------------------- the API key


def test_llm_backend_sends_key_as_bearer_and_never_shows_it(
    analyzer: Analyzer, server: FakeServer, caplog: pytest.LogCaptureFixture
) -> None:
    llm_events(analyzer, coder_for(server, api_key=API_KEY), ENGLISH, "en")
    assert server.headers[0]["Authorization"] == f"Bearer {API_KEY}"
    # a server that echoes the key in its error, after a retried 5xx
    server.replies = [
        Reply(status=502, headers={"Retry-After": "0"}),
        Reply(status=401, body=json.dumps({"error": f"invalid api key {API_KEY}"})),
    ]
    with (
        caplog.at_level(logging.DEBUG),
        pytest.raises(LlmBackendError, match="check ANNALS_LLM_API_KEY") as caught,
    ):
        llm_events(analyzer, coder_for(server, api_key=API_KEY), ENGLISH, "en")
    assert API_KEY not in str(caught.value) and "***" in str(caught.value)
    assert API_KEY not in caplog.text


# --------------------------------------------------------------------------- configuration


def test_llm_config_defaults_to_the_local_coder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    settings = load_settings(environ={})
    assert (settings.event_coder, settings.llm_url, settings.llm_fallback) == (
        "rules",
        None,
        False,
    )
    assert isinstance(build_event_coder(settings), EventExtractor)


def test_llm_config_layers_and_builds_the_coder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "annals.toml").write_text(
        '[annals]\nevent_coder = "llm"\nllm_url = "http://127.0.0.1:8080/v1"\n'
        'llm_model = "file-model"\nllm_timeout = 30\nllm_fallback = true\n'
    )
    from_file = load_settings(environ={})
    assert (from_file.llm_model, from_file.llm_timeout, from_file.llm_fallback) == (
        "file-model",
        30,
        True,
    )
    environ = {
        "ANNALS_LLM_MODEL": "env-model",
        "ANNALS_LLM_API_KEY": API_KEY,
        "ANNALS_LLM_TIMEOUT": "2.5",
        "ANNALS_LLM_RETRIES": "0",
        "ANNALS_LLM_FALLBACK": "no",
    }
    settings = load_settings({"llm_model": "flag-model"}, environ=environ)
    assert (settings.llm_model, settings.llm_timeout, settings.llm_retries) == (
        "flag-model",
        2.5,
        0,
    )
    assert settings.llm_fallback is False and settings.llm_api_key == API_KEY
    assert API_KEY not in repr(settings)
    coder = build_event_coder(settings)
    assert isinstance(coder, LlmEventCoder) and coder.fallback is None
    assert coder.client.endpoint == "http://127.0.0.1:8080/v1/chat/completions"


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({"ANNALS_EVENT_CODER": "gpt"}, r"event_coder 'gpt'.*valid values are rules, llm"),
        ({"ANNALS_EVENT_CODER": "llm", "ANNALS_LLM_MODEL": "m"}, "llm_url is not set"),
        ({"ANNALS_EVENT_CODER": "llm", "ANNALS_LLM_URL": "http://h:1"}, "llm_model is not set"),
        ({"ANNALS_LLM_URL": "localhost:8080"}, r"'localhost:8080' is not an http\(s\) URL"),
        ({"ANNALS_LLM_URL": "ftp://h/"}, "not an http"),
        ({"ANNALS_LLM_URL": "http://h:1/?x=1"}, "query or fragment"),
        ({"ANNALS_LLM_TIMEOUT": "0"}, r"llm_timeout must be a number of seconds"),
        ({"ANNALS_LLM_TIMEOUT": "soon"}, "llm_timeout must be a number, got 'soon'"),
        ({"ANNALS_LLM_RETRIES": "11"}, "llm_retries must be a whole number from 0 to 10"),
        ({"ANNALS_LLM_FALLBACK": "maybe"}, "llm_fallback must be one of"),
    ],
)
def test_llm_config_rejects_invalid_values(
    environ: dict[str, str], message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigurationError, match=message):
        load_settings(environ=environ)


def test_llm_config_refuses_a_key_outside_the_environment(tmp_path: Path) -> None:
    config = tmp_path / "annals.toml"
    config.write_text(f'[annals]\nllm_api_key = "{API_KEY}"\n')
    with pytest.raises(ConfigurationError, match="ANNALS_LLM_API_KEY") as from_file:
        load_settings(config_file=config, environ={})
    with pytest.raises(ConfigurationError, match="ANNALS_LLM_API_KEY") as from_flags:
        load_settings({"llm_api_key": API_KEY}, environ={}, config_file=None)
    assert API_KEY not in str(from_file.value) and API_KEY not in str(from_flags.value)


def test_llm_backend_chosen_by_settings_codes_an_ingest(tmp_path: Path, server: FakeServer) -> None:
    from annals.service import AnnalsService

    article = tmp_path / "rome.txt"
    article.write_text(" date 2025-03-12 (Test Wire) " + ENGLISH, encoding="utf-8")
    settings = load_settings(
        {"db": str(tmp_path / "llm.db"), "event_coder": "llm", "llm_url": server.url,
         "llm_model": MODEL}
    )  # fmt: skip
    with AnnalsService(settings) as service:
        assert isinstance(service.analyzer.events, LlmEventCoder)
        summary = service.ingest([str(article)])
        assert summary.count("stored") == 1
        types = sorted(event.type for event in service.events())
    assert types == ["AID", "CONSULT"]
    assert server.requests and server.requests[0]["model"] == MODEL


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("los Estados Unidos", "estados unidos"),
        ("L'Ukraine", "ukraine"),
        ("gli Stati Uniti", "stati uniti"),
        ("UN", "un"),  # an acronym that spells an article stays
        ("UN Security Council", "un security council"),
        ("Ukraine's", "ukraine"),
    ],
)
def test_llm_backend_names_lose_articles_in_every_language(name: str, expected: str) -> None:
    from annals.events.llm import _normalize

    assert _normalize(name) == expected
