"""Request logging and masking: one INFO line per request, DEBUG detail, no secret anywhere."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
from collections.abc import Iterator

import httpx
import pytest
import respx

from ofsc_overlay import OFSC, CircuitOpenError, ConfigurationError, InternalServerError
from ofsc_overlay._logging import FIELDS, LoggingTransport, configure_from_env, request_fields
from ofsc_overlay._redact import mask_body, mask_header_value, mask_headers, mask_text, mask_url
from ofsc_overlay.breaker import DEFAULT_REGISTRY, BreakerRegistry
from ofsc_overlay.config import resolve_settings
from ofsc_overlay.transport import build_async_client, build_sync_client

BASE = "https://acme.fs.ocs.oraclecloud.com"
TOKEN_URL = BASE + "/rest/oauthTokenService/v2/token"
API = BASE + "/rest/ofscCore/v1/activities/1"
SECRET = "Sup3r-S3cret-Value"
ACCESS_TOKEN = "eyJhbGciOiJSUzI1NiJ9.ACCESS-TOKEN-VALUE.signature"


class StepClock:
    """Each reading is 12.5 ms after the previous one."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 0.0125
        return self.now


@pytest.fixture
def mock() -> Iterator[respx.MockRouter]:
    with respx.mock(assert_all_called=False) as router:
        yield router


def lines(caplog: pytest.LogCaptureFixture, logger: str = "ofsc_overlay") -> list[tuple[str, str]]:
    return [(r.levelname, r.getMessage()) for r in caplog.records if r.name == logger]


def plain_client(server: httpx.MockTransport) -> httpx.Client:
    return httpx.Client(transport=LoggingTransport(server, clock=StepClock()))


def test_one_info_line_per_request(caplog: pytest.LogCaptureFixture) -> None:
    server = httpx.MockTransport(lambda request: httpx.Response(204))
    with caplog.at_level(logging.INFO, logger="ofsc_overlay"), plain_client(server) as client:
        client.delete(API + "?fields=id")
    assert lines(caplog) == [("INFO", "DELETE /rest/ofscCore/v1/activities/1 -> 204 (12.5 ms, attempt 1)")]


def test_failure_is_logged_as_warning(caplog: pytest.LogCaptureFixture) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        request.extensions["ofsc_attempt"] = 4
        raise httpx.ConnectError("refused")

    with caplog.at_level(logging.INFO, logger="ofsc_overlay"), plain_client(httpx.MockTransport(refuse)) as c:
        with pytest.raises(httpx.ConnectError):
            c.get(API)
    assert lines(caplog) == [
        ("WARNING", "GET /rest/ofscCore/v1/activities/1 -> ConnectError (12.5 ms, attempt 4)")
    ]


def test_debug_shows_masked_request_and_response(caplog: pytest.LogCaptureFixture) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, json={"id": 1, "password": "RESPONSE-PASSWORD"}, headers={"Set-Cookie": "s=1"}
        )

    with (
        caplog.at_level(logging.DEBUG, logger="ofsc_overlay"),
        plain_client(httpx.MockTransport(handler)) as c,
    ):
        c.post(
            API + "?access_token=QUERY-TOKEN",
            json={"name": "x", "client_secret": "BODY-SECRET"},
            headers={"Authorization": "Bearer HEADER-TOKEN"},
        )
    text = "\n".join(message for _, message in lines(caplog))
    for secret in ("RESPONSE-PASSWORD", "QUERY-TOKEN", "BODY-SECRET", "HEADER-TOKEN", "s=1"):
        assert secret not in text
    assert "'authorization': 'Bearer ***'" in text
    assert '"name":"x"' in text and '"client_secret":"***"' in text
    assert '"password":"***"' in text
    assert "?access_token=***" in text


def test_debug_body_is_truncated(caplog: pytest.LogCaptureFixture) -> None:
    big = b"a" * 10_000
    transport = LoggingTransport(
        httpx.MockTransport(lambda r: httpx.Response(200, content=big)), body_limit=100
    )
    with caplog.at_level(logging.DEBUG, logger="ofsc_overlay"), httpx.Client(transport=transport) as client:
        client.put(API, content=big)
    bodies = [m for _, m in lines(caplog) if "body=" in m]
    assert len(bodies) == 2
    for message in bodies:
        assert "a" * 100 + "... (10000 bytes)" in message
        assert "a" * 101 not in message


def test_streamed_response_body_logged_when_read(
    mock: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    # respx answers through httpx's own HTTP transport here: the body arrives as a stream.
    mock.get(API).respond(200, json={"items": [1, 2], "token": "STREAMED-TOKEN"})
    transport = LoggingTransport(httpx.HTTPTransport(), clock=StepClock())
    with caplog.at_level(logging.DEBUG, logger="ofsc_overlay"), httpx.Client(transport=transport) as client:
        with client.stream("GET", API) as response:
            assert not any("Response:" in m for _, m in lines(caplog))
            assert response.read() == b'{"items":[1,2],"token":"STREAMED-TOKEN"}'
    responses = [m for _, m in lines(caplog) if m.startswith("Response:")]
    assert len(responses) == 1
    assert '"items":[1,2]' in responses[0] and "STREAMED-TOKEN" not in responses[0]


def test_async_streamed_response(mock: respx.MockRouter, caplog: pytest.LogCaptureFixture) -> None:
    mock.get(API).respond(200, text="hello")
    transport = LoggingTransport(httpx.AsyncHTTPTransport(), clock=StepClock())

    async def main() -> bytes:
        async with httpx.AsyncClient(transport=transport) as client:
            return (await client.get(API)).content

    with caplog.at_level(logging.DEBUG, logger="ofsc_overlay"):
        assert asyncio.run(main()) == b"hello"
    messages = [m for _, m in lines(caplog)]
    assert any(
        m.startswith("Response: GET /rest/ofscCore/v1/activities/1 -> 200") and "body=hello" in m
        for m in messages
    )
    assert any("-> 200 (12.5 ms, attempt 1)" in m for m in messages)


def test_full_oauth_exchange_leaks_nothing(mock: respx.MockRouter, caplog: pytest.LogCaptureFixture) -> None:
    """Everything every logger writes at DEBUG during token fetch, 401, refresh and retries: no secret."""
    settings = resolve_settings(
        instance="acme", client_id="integration", client_secret=SECRET, auth="oauth2", env={}
    )
    token_calls: list[int] = []

    def token_service(request: httpx.Request) -> httpx.Response:
        token_calls.append(1)
        if len(token_calls) == 1:
            return httpx.Response(503)
        body = {
            "access_token": f"{ACCESS_TOKEN}{len(token_calls)}",
            "token_type": "bearer",
            "expires_in": 3600,
        }
        return httpx.Response(200, json=body)

    mock.post(TOKEN_URL).mock(side_effect=token_service)
    mock.get(API).mock(
        side_effect=[httpx.Response(401, json={"title": "Unauthorized"}), httpx.Response(200, json={"id": 1})]
    )
    basic = base64.b64encode(f"integration@acme:{SECRET}".encode()).decode()
    with caplog.at_level(logging.DEBUG):  # the root logger: httpx, httpcore, httpx_retries and ours
        with build_sync_client(settings, breaker_registry=BreakerRegistry(), sleep=lambda s: None) as client:
            assert client.get(API).json() == {"id": 1}

        async def main() -> None:
            async with build_async_client(settings, breaker_registry=BreakerRegistry()) as client:
                assert (await client.get(API)).status_code == 200

        mock.get(API).respond(200, json={"id": 2})
        asyncio.run(main())
    assert len(token_calls) == 4  # 503 + token, refresh after the 401, then the async client's own
    captured = "\n".join(f"{r.name} {r.getMessage()}" for r in caplog.records)
    assert "oauthTokenService" in captured  # the exchange really was logged
    assert "Bearer ***" in captured and "Basic ***" in captured
    for secret in (SECRET, ACCESS_TOKEN, "ACCESS-TOKEN-VALUE", basic, basic[:20]):
        assert secret not in captured, secret


# --- masking helpers ---


def test_mask_headers() -> None:
    headers = httpx.Headers(
        [("Authorization", "Basic abc="), ("Cookie", "a=1"), ("Cookie", "b=2"), ("X-A", "v")]
    )
    assert mask_headers(headers) == {"authorization": "Basic ***", "cookie": "***, ***", "x-a": "v"}
    assert mask_headers({"Proxy-Authorization": "Negotiate x"}) == {"proxy-authorization": "Negotiate ***"}
    assert mask_headers([("X-Api-Key", "k")]) == {"x-api-key": "***"}
    assert mask_header_value("Authorization", "rawtoken") == "***"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"access_token": "abc", "expires_in": 3600}', '{"access_token": "***", "expires_in": 3600}'),
        ('{"Client_Secret":"a\\"b"}', '{"Client_Secret":"***"}'),
        ('{"password": 1234}', '{"password": ***}'),
        ('{"access_token": "eyJhbGciOiJIUzI1', '{"access_token": "***'),  # cut short by truncation
        (
            "grant_type=client_credentials&client_secret=xyz&assertion=j.w.t",
            "grant_type=client_credentials&client_secret=***&assertion=***",
        ),
        ("header Authorization: Bearer abc.def", "header Authorization: Bearer ***"),
        ('{"name": "token ring", "id": 1}', '{"name": "token ring", "id": 1}'),
    ],
)
def test_mask_text(text: str, expected: str) -> None:
    assert mask_text(text) == expected


def test_mask_url_and_body() -> None:
    assert mask_url("https://u:p@h.example.com/x?token=1&q=2") == "https://h.example.com/x?token=***&q=2"
    assert mask_url(httpx.URL("https://h/x")) == "https://h/x"
    assert mask_url("https://u:p@[::zz]/x?token=1") == "https://[::zz]/x?token=***"  # httpx cannot parse it
    assert mask_body(b"", limit=10) == ""
    assert mask_body(b"secret form", limit=10, sensitive=True) == "<11 bytes masked>"
    assert mask_body(b"\x00\x01\x02", limit=10) == "<3 bytes binary>"
    assert mask_body(b"short", limit=10) == "short"


def test_async_failure_and_streaming_upload(caplog: pytest.LogCaptureFixture) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow")

    transport = LoggingTransport(httpx.MockTransport(handler), clock=StepClock())

    async def body() -> object:
        yield b"chunk"

    async def main() -> None:
        async with httpx.AsyncClient(transport=transport) as client:
            with pytest.raises(httpx.ReadTimeout):
                await client.post(API, content=body())

    with caplog.at_level(logging.DEBUG, logger="ofsc_overlay"):
        asyncio.run(main())
    messages = [m for _, m in lines(caplog)]
    assert "body=<empty>" in messages[0]  # a streaming upload is not read by the logger
    assert messages[-1] == "POST /rest/ofscCore/v1/activities/1 -> ReadTimeout (12.5 ms, attempt 1)"


# --- structured fields -----------------------------------------------------------------------------------


class JSONFormatter(logging.Formatter):
    """What a JSON log pipeline does: the message plus the record's documented fields."""

    def format(self, record: logging.LogRecord) -> str:
        document = {"level": record.levelname, "logger": record.name, "message": record.getMessage()}
        document.update({name: getattr(record, name) for name in FIELDS if hasattr(record, name)})
        return json.dumps(document)


@pytest.fixture
def json_lines() -> Iterator[list[str]]:
    """Every line the ``ofsc_overlay`` logger writes at INFO, rendered as JSON."""
    rendered: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            rendered.append(self.format(record))

    handler = Collect()
    handler.setFormatter(JSONFormatter())
    log = logging.getLogger("ofsc_overlay")
    previous = log.level
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    try:
        yield rendered
    finally:
        log.removeHandler(handler)
        log.setLevel(previous)


def test_json_fields_of_a_retried_call_and_an_open_breaker(json_lines: list[str]) -> None:
    answers = [
        httpx.Response(503, headers={"Retry-After": "1.5"}),
        httpx.Response(200, json={"activityId": 7}),
    ]
    answers += [httpx.Response(500)]
    server = httpx.MockTransport(lambda request: answers.pop(0))
    with OFSC(
        instance="acme",
        client_id="app",
        client_secret=SECRET,
        transport=server,
        sleep=lambda seconds: None,
        breaker_failure_threshold=1,
        settings=None,
    ) as client:
        DEFAULT_REGISTRY.clear()
        client.core.get_activity(activity_id=7)
        with pytest.raises(InternalServerError):
            client.with_options(max_retries=0).core.get_activity(activity_id=7)
        with pytest.raises(CircuitOpenError):
            client.core.get_activity(activity_id=7)
    DEFAULT_REGISTRY.clear()
    records = [json.loads(line) for line in json_lines]
    template = "/rest/ofscCore/v1/activities/{activityId}"
    common = {
        "logger": "ofsc_overlay",
        "ofsc_operation": "core.get_activity",
        "http_method": "GET",
        "url_template": template,
        "server_address": "acme.fs.ocs.oraclecloud.com",
    }
    retry, success, opened, failure, refused = records  # the breaker opens before the request's line
    assert retry == {
        **common,
        "level": "INFO",
        "message": "core.get_activity: GET /rest/ofscCore/v1/activities/7 -> 503 (attempt 1), "
        "retrying in 1.50 s",
        "status_code": 503,
        "duration_ms": None,
        "attempt": 1,
        "retry_in_s": 1.5,
        "retry_reason": "503",
        "breaker_state": None,
        "error_type": "503",
    }
    assert success["message"].startswith("core.get_activity: GET /rest/ofscCore/v1/activities/7 -> 200 (")
    assert success["message"].endswith(" ms, attempt 2)")
    assert isinstance(success["duration_ms"], float)
    assert success == {
        **common,
        "level": "INFO",
        "message": success["message"],
        "status_code": 200,
        "duration_ms": success["duration_ms"],
        "attempt": 2,
        "retry_in_s": None,
        "retry_reason": None,
        "breaker_state": "closed",
        "error_type": None,
    }
    assert (failure["status_code"], failure["error_type"], failure["breaker_state"]) == (500, "500", "open")
    assert failure["level"] == "WARNING"  # a 5xx that survived the retries
    assert opened["level"] == "WARNING" and opened["logger"] == "ofsc_overlay"
    assert (
        opened["message"]
        == "Circuit for https://acme.fs.ocs.oraclecloud.com:443/rest/ofscCore/: closed -> open "
        "(1 consecutive failures)"
    )
    assert (opened["breaker_state"], opened["server_address"], opened["ofsc_operation"]) == (
        "open",
        "acme.fs.ocs.oraclecloud.com",
        None,
    )
    assert (
        refused["level"] == "WARNING"
        and refused["message"].endswith("-> CircuitOpenError (0.0 ms, not sent)")
        or (refused["message"].endswith("not sent)"))
    )
    assert (refused["error_type"], refused["breaker_state"], refused["attempt"], refused["status_code"]) == (
        "CircuitOpenError",
        "open",
        None,
        None,
    )
    assert [set(FIELDS) - set(record) for record in records] == [set()] * 5
    assert not any("/activities/7" in str(record.get(name)) for record in records for name in FIELDS)


def test_token_requests_are_named_and_keep_their_path() -> None:
    request = httpx.Request("POST", TOKEN_URL, extensions={"ofsc_sensitive": True})
    assert request_fields(request) == {
        "ofsc_operation": "oauth2.token",
        "http_method": "POST",
        "url_template": "/rest/oauthTokenService/v2/token",
        "server_address": "acme.fs.ocs.oraclecloud.com",
    }
    raw = httpx.Request("GET", API)  # sent through http_client directly: no operation, no template
    assert request_fields(raw)["ofsc_operation"] is None and request_fields(raw)["url_template"] is None


# --- OFSC_LOG --------------------------------------------------------------------------------------------


@pytest.fixture
def restore_level() -> Iterator[logging.Logger]:
    log = logging.getLogger("ofsc_overlay")
    previous = log.level
    yield log
    log.setLevel(previous)


@pytest.mark.parametrize(
    ("value", "level"), [("debug", logging.DEBUG), ("INFO", logging.INFO), (" warning ", 30)]
)
def test_ofsc_log_sets_the_level(value: str, level: int, restore_level: logging.Logger) -> None:
    assert configure_from_env({"OFSC_LOG": value}) == level
    assert restore_level.level == level


def test_ofsc_log_unset_changes_nothing(restore_level: logging.Logger) -> None:
    restore_level.setLevel(logging.ERROR)
    assert configure_from_env({}) is None and configure_from_env({"OFSC_LOG": ""}) is None
    assert restore_level.level == logging.ERROR


def test_ofsc_log_invalid_is_a_configuration_error(restore_level: logging.Logger) -> None:
    with pytest.raises(ConfigurationError) as info:
        configure_from_env({"OFSC_LOG": "verbose"})
    assert info.value.setting == "OFSC_LOG" and "debug, info or warning" in str(info.value)


def test_ofsc_log_turns_on_a_client_without_code(
    monkeypatch: pytest.MonkeyPatch, restore_level: logging.Logger, caplog: pytest.LogCaptureFixture
) -> None:
    restore_level.setLevel(logging.NOTSET)
    monkeypatch.setenv("OFSC_LOG", "info")
    server = httpx.MockTransport(lambda request: httpx.Response(200, json={"activityId": 3}))
    with OFSC(instance="acme", client_id="app", client_secret=SECRET, transport=server) as client:
        client.core.get_activity(activity_id=3)
    assert restore_level.level == logging.INFO
    assert [r.getMessage() for r in caplog.records if r.name == "ofsc_overlay"][0].startswith(
        "core.get_activity: GET /rest/ofscCore/v1/activities/3 -> 200"
    )


def test_debug_records_carry_the_fields_too(caplog: pytest.LogCaptureFixture) -> None:
    server = httpx.MockTransport(lambda request: httpx.Response(404, json={"title": "Not found"}))
    with caplog.at_level(logging.DEBUG, logger="ofsc_overlay"):
        with OFSC(instance="acme", client_id="app", client_secret=SECRET, transport=server) as client:
            with pytest.raises(Exception, match="404"):
                client.core.get_activity(activity_id=12)
    detail = {
        r.getMessage().split(":", 1)[0]: r
        for r in caplog.records
        if r.getMessage().startswith(("Request:", "Response:"))
    }
    request, response = detail["Request"], detail["Response"]
    for record in (request, response):
        assert record.ofsc_operation == "core.get_activity"  # type: ignore[attr-defined]
        assert record.url_template == "/rest/ofscCore/v1/activities/{activityId}"  # type: ignore[attr-defined]
    assert request.status_code is None  # type: ignore[attr-defined]
    assert (response.status_code, response.error_type) == (404, "404")  # type: ignore[attr-defined]
