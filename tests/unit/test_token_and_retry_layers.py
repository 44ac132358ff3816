"""The token service recognised with a query string, a token answer cut while it streams in, and the async
retry layer: its logged waits and its read of a body in several chunks."""

from __future__ import annotations

import asyncio
import base64
import logging
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from ofsc_overlay import _extensions, retry
from ofsc_overlay.auth import OAuth2ClientCredentials
from ofsc_overlay.breaker import BreakerRegistry
from ofsc_overlay.config import resolve_settings
from ofsc_overlay.transport import build_async_client, build_sync_client

BASE = "https://acme.fs.ocs.oraclecloud.com"
TOKEN_PATH = "/rest/oauthTokenService/v2/token"
SECRET = "layer-secret-value"
BASIC = "Basic " + base64.b64encode(f"app@acme:{SECRET}".encode()).decode()


def oauth_client(transport: httpx.BaseTransport) -> httpx.Client:
    settings = resolve_settings(instance="acme", client_id="app", client_secret=SECRET, auth="oauth2", env={})
    auth = OAuth2ClientCredentials(
        token_url=BASE + TOKEN_PATH, client_id="app", instance="acme", client_secret=SECRET
    )
    return build_sync_client(
        settings, auth=auth, transport=transport, breaker_registry=BreakerRegistry(), sleep=lambda _: None
    )


def test_the_token_endpoint_with_a_query_string_gets_the_basic_credentials() -> None:
    seen: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"access_token": "tok-1234567"})

    with oauth_client(httpx.MockTransport(server)) as http:
        # A second "?" inside the query: only the first one ends the path.
        http.post(BASE + TOKEN_PATH + "?note=a?b", data={"grant_type": "client_credentials"})
    assert [r.headers["Authorization"] for r in seen] == [BASIC]


class _CutStream(httpx.SyncByteStream):
    def __iter__(self) -> Iterator[bytes]:
        yield b'{"access_'
        raise httpx.ReadError("connection reset while the body streams in")


def test_a_token_answer_cut_while_it_streams_in_is_retried() -> None:
    token_answers: list[httpx.Response] = [
        httpx.Response(200, headers={"Content-Type": "application/json"}, stream=_CutStream()),
        httpx.Response(200, json={"access_token": "tok-1234567", "expires_in": 3600}),
    ]
    api: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH:
            return token_answers.pop(0)
        api.append(request)
        return httpx.Response(200, json={})

    with oauth_client(httpx.MockTransport(server)) as http:
        assert http.get("/rest/ofscCore/v1/activities/1").status_code == 200
    assert token_answers == [] and api[0].headers["Authorization"] == "Bearer tok-1234567"


def test_an_async_retry_wait_is_logged_with_its_request(caplog: pytest.LogCaptureFixture) -> None:
    statuses = [503, 200]

    async def no_sleep(_: float) -> None:
        return None

    async def main() -> int:
        async with build_async_client(
            resolve_settings(instance="acme", token="t0k3n", auth="bearer", env={}),
            transport=httpx.MockTransport(lambda request: httpx.Response(statuses.pop(0))),
            breaker_registry=BreakerRegistry(),
            sleep=no_sleep,
        ) as client:
            return (await client.get("/rest/ofscCore/v1/activities/1")).status_code

    with caplog.at_level(logging.INFO, logger="ofsc_overlay"):
        assert asyncio.run(main()) == 200
    retries = [r.getMessage() for r in caplog.records if "retrying" in r.getMessage()]
    assert len(retries) == 1 and "GET /rest/ofscCore/v1/activities/1 -> 503 (attempt 1)" in retries[0]


def test_an_async_body_in_several_chunks_is_read_whole_by_the_retry_layer() -> None:
    async def chunks() -> AsyncIterator[bytes]:
        for part in (b'{"items": ', b"[1, 2, ", b"3]}"):
            yield part

    async def main() -> bytes:
        async with build_async_client(
            resolve_settings(instance="acme", token="t0k3n", auth="bearer", env={}),
            transport=httpx.MockTransport(lambda request: httpx.Response(200, content=chunks())),
            breaker_registry=BreakerRegistry(),
        ) as client:
            request = client.build_request(
                "GET", "/rest/ofscCore/v1/activities", extensions={_extensions.READ_BODY: True}
            )
            response = await client.send(request, stream=True)
            return await response.aread()

    assert asyncio.run(main()) == b'{"items": [1, 2, 3]}'


def test_a_sync_body_in_several_chunks_is_read_whole_by_the_retry_layer() -> None:
    def chunks() -> Iterator[bytes]:
        yield from (b'{"items": ', b"[1, 2, ", b"3]}")

    with build_sync_client(
        resolve_settings(instance="acme", token="t0k3n", auth="bearer", env={}),
        transport=httpx.MockTransport(lambda request: httpx.Response(200, content=chunks())),
        breaker_registry=BreakerRegistry(),
    ) as client:
        request = client.build_request(
            "GET", "/rest/ofscCore/v1/activities", extensions={_extensions.READ_BODY: True}
        )
        response = client.send(request, stream=True)
        assert response.read() == b'{"items": [1, 2, 3]}'


@pytest.mark.parametrize(
    ("token_url", "other"),
    [
        (BASE + TOKEN_PATH, "https://acme.fs.ocs.oraclecloud.com:8443" + TOKEN_PATH),
        (BASE + TOKEN_PATH, "https://acme.fs.ocs.oraclecloud.com:444" + TOKEN_PATH),
        ("http://gw.local" + TOKEN_PATH, "http://gw.local:81" + TOKEN_PATH),
        ("https://gw.local:8443" + TOKEN_PATH, "https://gw.local:9443" + TOKEN_PATH),
    ],
)
def test_the_token_path_on_another_port_gets_no_credentials(token_url: str, other: str) -> None:
    seen: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"access_token": "tok-1234567"})

    auth = OAuth2ClientCredentials(
        token_url=token_url, client_id="app", instance="acme", client_secret=SECRET
    )
    with httpx.Client(auth=auth, transport=httpx.MockTransport(server)) as http:
        http.post(other)
    assert seen[-1].url == httpx.URL(other)
    assert seen[-1].headers["Authorization"] == "Bearer tok-1234567"  # a token fetched from token_url


def test_the_oauth2_repr_names_the_user_and_not_the_secret() -> None:
    auth = OAuth2ClientCredentials(
        token_url=BASE + TOKEN_PATH, client_id="app", instance="acme", client_secret=SECRET
    )
    assert repr(auth) == f"OAuth2ClientCredentials(token_url={BASE + TOKEN_PATH!r}, username='app@acme')"


def test_a_token_url_with_a_query_string_still_names_the_token_endpoints() -> None:
    seen: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"access_token": "tok-1234567"})

    auth = OAuth2ClientCredentials(
        token_url=BASE + TOKEN_PATH + "?tenant=a?b", client_id="app", instance="acme", client_secret=SECRET
    )
    with httpx.Client(auth=auth, transport=httpx.MockTransport(server)) as http:
        http.post(BASE + "/rest/oauthTokenService/v1/token")
    assert [r.headers["Authorization"] for r in seen] == [BASIC]


def test_a_sync_retry_after_a_connection_error_is_logged_with_its_request(
    caplog: pytest.LogCaptureFixture,
) -> None:
    outcomes: list[httpx.Response | None] = [None, httpx.Response(200)]

    def server(request: httpx.Request) -> httpx.Response:
        outcome = outcomes.pop(0)
        if outcome is None:
            raise httpx.ConnectError("refused")  # raised without its request, as transports do
        return outcome

    with build_sync_client(
        resolve_settings(instance="acme", token="t0k3n", auth="bearer", env={}),
        transport=httpx.MockTransport(server),
        breaker_registry=BreakerRegistry(),
        sleep=lambda _: None,
    ) as client:
        with caplog.at_level(logging.INFO, logger="ofsc_overlay"):
            assert client.get("/rest/ofscCore/v1/activities/1").status_code == 200
    retries = [r.getMessage() for r in caplog.records if "retrying" in r.getMessage()]
    assert len(retries) == 1
    assert "GET /rest/ofscCore/v1/activities/1 -> ConnectError (attempt 1)" in retries[0]


def test_the_retry_layer_reads_only_a_stream_of_its_own_kind() -> None:
    # A stream of the other kind cannot be read here (iterating it raises): it is left for httpx to refuse.
    async def async_chunks() -> AsyncIterator[bytes]:
        yield b"{}"

    under_sync = httpx.Response(200, content=async_chunks())
    stream = under_sync.stream
    retry._read_raw(under_sync)
    assert under_sync.stream is stream and not under_sync.is_stream_consumed

    under_async = httpx.Response(200, content=iter([b"{}"]))
    stream = under_async.stream
    asyncio.run(retry._aread_raw(under_async))
    assert under_async.stream is stream and not under_async.is_stream_consumed
