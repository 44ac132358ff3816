"""ofsc_overlay.transport: the assembled stack (order, options, hooks, custom transport) end to end."""

from __future__ import annotations

import asyncio
import http.server
import logging
import ssl
import threading
from collections.abc import Iterator

import certifi
import httpx
import pytest
import respx

from ofsc_overlay._logging import LoggingTransport
from ofsc_overlay.auth import BasicAuth, BearerToken, OAuth2ClientCredentials
from ofsc_overlay.breaker import BreakerRegistry, BreakerTransport, CircuitState
from ofsc_overlay.config import Settings, resolve_settings
from ofsc_overlay.errors import CircuitOpenError, ConfigurationError
from ofsc_overlay.retry import RetryTransport
from ofsc_overlay.transport import (
    _proxy_for,
    _transport_options,
    build_async_client,
    build_auth,
    build_sync_client,
    user_agent,
)

BASE = "https://acme.fs.ocs.oraclecloud.com"
PATH = "/rest/ofscCore/v1/activities/1"


def settings(**overrides: object) -> Settings:
    values: dict[str, object] = {"instance": "acme", "client_id": "cid", "client_secret": "s3cr3t", "env": {}}
    values.update(overrides)
    return resolve_settings(**values)  # type: ignore[arg-type]


@pytest.fixture
def mock() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        yield router


def test_stack_order_and_client_options() -> None:
    client = build_sync_client(
        settings(headers={"X-Team": "field"}, timeout=20, connect_timeout=4), headers={"X-Call": "1"}
    )
    with client:
        assert str(client.base_url) == BASE
        assert client.headers["X-Team"] == "field" and client.headers["X-Call"] == "1"
        assert client.headers["Accept"] == "application/json"
        assert client.headers["User-Agent"] == user_agent()
        assert client.timeout == httpx.Timeout(20.0, connect=4.0)
        assert client.follow_redirects is False
        assert isinstance(client.auth, BasicAuth)
        logging_layer = client._transport
        assert isinstance(logging_layer, LoggingTransport)
        breaker_layer = logging_layer.inner
        assert isinstance(breaker_layer, BreakerTransport)
        retry_layer = breaker_layer.inner
        assert isinstance(retry_layer, RetryTransport)
        assert retry_layer.retry.total == 3
        assert isinstance(retry_layer._sync_transport.inner, httpx.HTTPTransport)  # type: ignore[union-attr]


def test_breaker_can_be_disabled() -> None:
    with build_sync_client(settings(breaker_failure_threshold=0)) as client:
        logging_layer = client._transport
        assert isinstance(logging_layer, LoggingTransport)
        assert isinstance(logging_layer.inner, RetryTransport)


def test_auth_by_setting() -> None:
    assert isinstance(build_auth(settings(auth="oauth2")), OAuth2ClientCredentials)
    assert isinstance(build_auth(settings(auth="basic")), BasicAuth)
    assert isinstance(build_auth(resolve_settings(instance="acme", token="t", env={})), BearerToken)
    custom = BearerToken("mine")
    with build_sync_client(settings(), auth=custom) as client:
        assert client.auth is custom


def test_build_auth_rejects_incomplete_settings() -> None:
    with pytest.raises(ConfigurationError) as info:
        build_auth(Settings(base_url=BASE, auth="bearer"))
    assert info.value.setting == "token"
    with pytest.raises(ConfigurationError) as info:
        build_auth(Settings(base_url=BASE, client_id="c", instance="acme"))
    assert info.value.setting == "client_secret"


def test_custom_transport_at_the_bottom_and_hooks_on_every_request() -> None:
    seen: list[str] = []
    answers = iter([503, 200])

    def server(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"access_token": "T", "expires_in": 3600})
        return httpx.Response(next(answers))

    def on_request(request: httpx.Request) -> None:
        seen.append(f"request {request.method} {request.url.path}")

    def on_response(response: httpx.Response) -> None:
        seen.append(f"response {response.status_code}")

    sleeps: list[float] = []
    client = build_sync_client(
        settings(auth="oauth2"),
        transport=httpx.MockTransport(server),
        event_hooks={"request": [on_request], "response": [on_response]},
        breaker_registry=BreakerRegistry(),
        sleep=sleeps.append,
    )
    with client:
        response = client.get(PATH)
    assert response.status_code == 200
    assert response.extensions["ofsc_attempt"] == 2  # retried below the hooks
    assert len(sleeps) == 1
    assert seen == [
        "request POST /rest/oauthTokenService/v2/token",
        "response 200",
        f"request GET {PATH}",
        "response 200",
    ]


def test_async_client_with_custom_transport_and_async_hooks() -> None:
    seen: list[str] = []

    async def on_request(request: httpx.Request) -> None:
        seen.append(request.url.path)

    def server(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"ok": True})

    async def main() -> int:
        async with build_async_client(
            settings(),
            transport=httpx.MockTransport(server),
            event_hooks={"request": [on_request]},
            breaker_registry=BreakerRegistry(),
        ) as client:
            return (await client.get(PATH)).status_code

    assert asyncio.run(main()) == 200
    assert seen == [PATH]


def test_wrong_transport_kind_is_refused() -> None:
    class AsyncOnly(httpx.AsyncBaseTransport):
        pass

    class SyncOnly(httpx.BaseTransport):
        pass

    with pytest.raises(TypeError, match="synchronous"):
        build_sync_client(settings(), transport=AsyncOnly())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="asynchronous"):
        build_async_client(settings(), transport=SyncOnly())  # type: ignore[arg-type]


def test_full_stack_retry_breaker_logging(mock: respx.MockRouter, caplog: pytest.LogCaptureFixture) -> None:
    route = mock.get(PATH).mock(side_effect=[httpx.Response(503), httpx.Response(502), httpx.Response(200)])
    registry = BreakerRegistry()
    with caplog.at_level(logging.INFO, logger="ofsc_overlay"):
        with build_sync_client(settings(), breaker_registry=registry, sleep=lambda s: None) as client:
            assert client.get(PATH).status_code == 200
    assert route.call_count == 3
    info_lines = [r.getMessage() for r in caplog.records if r.name == "ofsc_overlay"]
    assert len(info_lines) == 3  # two retry waits, then the request's own line
    assert info_lines[0].startswith(f"GET {PATH} -> 503 (attempt 1), retrying in ")
    assert info_lines[1].startswith(f"GET {PATH} -> 502 (attempt 2), retrying in ")
    assert info_lines[2].startswith(f"GET {PATH} -> 200 (") and info_lines[2].endswith("attempt 3)")
    breaker = registry.for_url(BASE + PATH)
    assert breaker is not None and breaker.successes == 1 and breaker.failures == 0


def test_full_stack_post_is_not_retried(mock: respx.MockRouter) -> None:
    route = mock.post("/rest/ofscCore/v1/activities").mock(
        side_effect=[httpx.Response(503), httpx.Response(201)]
    )
    with build_sync_client(settings(), breaker_registry=BreakerRegistry(), sleep=lambda s: None) as client:
        assert client.post("/rest/ofscCore/v1/activities", json={}).status_code == 503
    assert route.call_count == 1


def test_full_stack_circuit_opens_and_fails_fast(
    mock: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    route = mock.get(PATH).respond(500)
    registry = BreakerRegistry()
    clock_value = [0.0]
    config = settings(breaker_failure_threshold=2, breaker_reset_timeout=10)
    with build_sync_client(config, breaker_registry=registry, clock=lambda: clock_value[0]) as client:
        client.get(PATH)
        client.get(PATH)
        with caplog.at_level(logging.INFO, logger="ofsc_overlay"), pytest.raises(CircuitOpenError):
            client.get(PATH)
        assert route.call_count == 2
        assert caplog.records[-1].getMessage() == f"GET {PATH} -> CircuitOpenError (0.0 ms, not sent)"
        clock_value[0] = 10.0
        route.respond(200)
        assert client.get(PATH).status_code == 200
    breaker = registry.for_url(BASE + PATH)
    assert breaker is not None and breaker.state is CircuitState.CLOSED


def test_full_stack_connection_errors(mock: respx.MockRouter) -> None:
    route = mock.get(PATH).mock(side_effect=httpx.ConnectError("refused"))
    with build_sync_client(
        settings(max_retries=2), breaker_registry=BreakerRegistry(), sleep=lambda s: None
    ) as c:
        with pytest.raises(httpx.ConnectError):
            c.get(PATH)
    assert route.call_count == 3


def test_async_full_stack(mock: respx.MockRouter) -> None:
    route = mock.get(PATH).mock(side_effect=[httpx.Response(504), httpx.Response(200)])
    sleeps: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    async def main() -> httpx.Response:
        async with build_async_client(
            settings(), breaker_registry=BreakerRegistry(), sleep=fake_sleep
        ) as client:
            return await client.get(PATH, extensions={"ofsc_retry": {"max_retries": 1}})

    response = asyncio.run(main())
    assert response.status_code == 200 and route.call_count == 2 and len(sleeps) == 1


def test_closing_the_client_closes_the_custom_transport() -> None:
    closed: list[str] = []

    class Recording(httpx.MockTransport):
        def close(self) -> None:
            closed.append("sync")

        async def aclose(self) -> None:
            closed.append("async")

    with build_sync_client(settings(), transport=Recording(lambda r: httpx.Response(200))):
        pass

    async def main() -> None:
        async with build_async_client(settings(), transport=Recording(lambda r: httpx.Response(200))):
            pass

    asyncio.run(main())
    assert closed == ["sync", "async"]


def test_verify_and_proxy_options(monkeypatch: pytest.MonkeyPatch) -> None:
    options = _transport_options(settings(verify=certifi.where(), proxy="http://proxy.local:3128"))
    assert isinstance(options["verify"], ssl.SSLContext)
    assert options["proxy"] == "http://proxy.local:3128"
    assert _transport_options(settings(verify=False))["verify"] is False

    monkeypatch.setenv("HTTPS_PROXY", "http://envproxy:8080")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    assert _proxy_for(settings()) == "http://envproxy:8080"
    assert _proxy_for(settings(trust_env=False)) is None
    monkeypatch.setenv("NO_PROXY", "acme.fs.ocs.oraclecloud.com")
    assert _proxy_for(settings()) is None
    monkeypatch.delenv("HTTPS_PROXY")
    monkeypatch.delenv("NO_PROXY")
    monkeypatch.delenv("https_proxy", raising=False)
    monkeypatch.delenv("all_proxy", raising=False)
    monkeypatch.delenv("ALL_PROXY", raising=False)
    assert _proxy_for(settings()) is None


class _RecordingProxy(http.server.BaseHTTPRequestHandler):
    """A forward proxy on loopback that answers every request itself and records its request line."""

    seen: list[str] = []

    def do_GET(self) -> None:
        type(self).seen.append(self.requestline)
        body = b'{"items": []}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_the_proxy_setting_sends_requests_through_the_proxy() -> None:
    _RecordingProxy.seen = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _RecordingProxy)
    # A short poll: shutdown() waits for the serving loop to look again (half a second by default).
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    try:
        proxy = f"http://127.0.0.1:{server.server_address[1]}"
        # The base URL's port is never connected to: only the proxy answers.
        options = {"base_url": "http://127.0.0.1:9", "proxy": proxy, "max_retries": 0}
        with build_sync_client(settings(**options)) as client:
            response = client.get("/rest/ofscCore/v1/users")
    finally:
        server.shutdown()
        server.server_close()
    assert response.status_code == 200
    assert _RecordingProxy.seen == ["GET http://127.0.0.1:9/rest/ofscCore/v1/users HTTP/1.1"]


def test_a_transport_of_the_wrong_kind_is_refused_by_name() -> None:
    from ofsc_overlay.transport import build_async_client, build_sync_client

    with pytest.raises(TypeError) as info:
        build_sync_client(settings(), transport=httpx.AsyncHTTPTransport())  # type: ignore[arg-type]
    assert str(info.value) == "build_sync_client needs a synchronous transport (httpx.BaseTransport)"
    with pytest.raises(TypeError) as info:
        build_async_client(settings(), transport=httpx.HTTPTransport())  # type: ignore[arg-type]
    assert str(info.value) == "build_async_client needs an asynchronous transport (httpx.AsyncBaseTransport)"


def test_the_all_proxy_applies_when_no_proxy_is_set_for_the_scheme(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("ALL_PROXY", "http://allproxy:8080")
    monkeypatch.delenv("all_proxy", raising=False)
    assert _proxy_for(settings()) == "http://allproxy:8080"


def test_the_credentials_reach_the_wire_as_user_at_instance() -> None:
    import base64

    from ofsc_overlay.transport import build_sync_client

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"access_token": "tok-abcdef", "expires_in": 3600})
        return httpx.Response(200, json={})

    basic = "Basic " + base64.b64encode(b"cid@acme:s3cr3t").decode()
    for auth in ("basic", "oauth2"):
        with build_sync_client(settings(auth=auth), transport=httpx.MockTransport(handler)) as client:
            client.get("/rest/ofscCore/v1/activities/1")
    assert [r.headers["Authorization"] for r in seen] == [basic, basic, "Bearer tok-abcdef"]


def test_missing_credentials_are_refused_naming_the_first_missing_one() -> None:
    from ofsc_overlay.transport import build_auth

    with pytest.raises(ConfigurationError) as info:
        build_auth(Settings(base_url=BASE, auth="bearer"))
    assert (str(info.value), info.value.setting) == ("auth='bearer' needs a token.", "token")
    with pytest.raises(ConfigurationError) as info:
        build_auth(Settings(base_url=BASE, auth="basic", client_id="cid", client_secret="s"))
    assert (str(info.value), info.value.setting) == ("auth='basic' needs instance.", "instance")


def test_the_user_agent_names_this_package_and_its_version() -> None:
    import ofsc_overlay
    from ofsc_overlay.transport import user_agent

    assert user_agent().startswith(
        f"ofsc-overlay/{ofsc_overlay.__version__} httpx/{httpx.__version__} python/"
    )


def test_user_agent_names_the_installed_version() -> None:
    from importlib.metadata import version

    assert user_agent().startswith(f"ofsc-overlay/{version('ofsc-overlay')} httpx/")
