"""Request logging and masking: one INFO line per request, DEBUG detail, no secret anywhere."""

from __future__ import annotations

import asyncio
import base64
import logging
import sys
from collections.abc import Iterator

import httpx
import pytest
import respx

from ofsc_overlay._logging import LoggingTransport, instrument_otel
from ofsc_overlay._redact import mask_body, mask_header_value, mask_headers, mask_text, mask_url
from ofsc_overlay.breaker import BreakerRegistry
from ofsc_overlay.config import resolve_settings
from ofsc_overlay.errors import ConfigurationError
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


def test_otel_instrumentation(fake_otel: list[object]) -> None:
    instrumented = fake_otel
    settings = resolve_settings(instance="acme", client_id="c", client_secret="s", otel=True, env={})
    with build_sync_client(settings, breaker_registry=BreakerRegistry()) as client:
        assert instrumented == [client]


def test_otel_missing_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "opentelemetry.instrumentation.httpx", None)
    with httpx.Client() as client, pytest.raises(ConfigurationError) as info:
        instrument_otel(client)
    assert info.value.setting == "otel" and "ofsc-overlay[otel]" in str(info.value)


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
