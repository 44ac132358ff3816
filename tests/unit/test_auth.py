"""ofsc_overlay.auth: Basic, Bearer, and OAuth2 client credentials (cache, refresh, 401, single flight)."""

from __future__ import annotations

import asyncio
import base64
import threading
from collections.abc import Iterator
from urllib.parse import parse_qs

import httpx
import pytest
import respx

from ofsc_overlay.auth import BasicAuth, BearerToken, OAuth2ClientCredentials, basic_header
from ofsc_overlay.breaker import BreakerRegistry
from ofsc_overlay.config import resolve_settings
from ofsc_overlay.errors import AuthenticationError, InternalServerError, OFSCError
from ofsc_overlay.transport import build_async_client, build_sync_client

BASE = "https://acme.fs.ocs.oraclecloud.com"
TOKEN_URL = BASE + "/rest/oauthTokenService/v2/token"
API = BASE + "/rest/ofscCore/v1/activities/1"
BASIC = "Basic " + base64.b64encode(b"cid@acme:s3cr3t").decode()


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make_oauth(clock: Clock | None = None, **kwargs: object) -> OAuth2ClientCredentials:
    return OAuth2ClientCredentials(
        token_url=TOKEN_URL,
        client_id="cid",
        instance="acme",
        client_secret="s3cr3t",
        clock=clock or Clock(),
        **kwargs,  # type: ignore[arg-type]
    )


def token_json(value: str, expires_in: object = 3600) -> dict[str, object]:
    return {"access_token": value, "token_type": "bearer", "expires_in": expires_in}


@pytest.fixture
def mock() -> Iterator[respx.MockRouter]:
    with respx.mock(assert_all_called=False) as router:
        yield router


def bearer(route: respx.Route, index: int = -1) -> str:
    return str(route.calls[index].request.headers["Authorization"])


def test_basic_header_and_auth(mock: respx.MockRouter) -> None:
    assert basic_header("cid", "acme", "s3cr3t") == BASIC
    route = mock.get(API).respond(200)
    auth = BasicAuth("cid", "acme", "s3cr3t")
    with httpx.Client(auth=auth) as client:
        client.get(API)
    assert bearer(route) == BASIC
    assert "s3cr3t" not in repr(auth) and "cid@acme" in repr(auth)


def test_bearer_token_string_and_callable(mock: respx.MockRouter) -> None:
    route = mock.get(API).respond(200)
    tokens = iter(["one", "two"])
    with httpx.Client(auth=BearerToken("fixed")) as client:
        client.get(API)
    assert bearer(route) == "Bearer fixed"
    with httpx.Client(auth=BearerToken(lambda: next(tokens))) as client:
        client.get(API)
        client.get(API)
    assert [bearer(route, i) for i in (1, 2)] == ["Bearer one", "Bearer two"]
    assert "fixed" not in repr(BearerToken("fixed"))


def test_oauth_fetches_caches_and_refreshes(mock: respx.MockRouter) -> None:
    clock = Clock()
    token_route = mock.post(TOKEN_URL).mock(
        side_effect=[httpx.Response(200, json=token_json("T1")), httpx.Response(200, json=token_json("T2"))]
    )
    api = mock.get(API).respond(200)
    auth = make_oauth(clock)
    with httpx.Client(auth=auth, timeout=7.0) as client:
        client.get(API)
        client.get(API)
        assert token_route.call_count == 1
        token_request = token_route.calls[0].request
        assert token_request.headers["Authorization"] == BASIC
        assert token_request.headers["Content-Type"] == "application/x-www-form-urlencoded"
        assert parse_qs(token_request.content.decode()) == {"grant_type": ["client_credentials"]}
        assert token_request.extensions["timeout"]["read"] == 7.0  # the client's timeout is carried over
        assert bearer(api) == "Bearer T1"

        clock.now += 3600 - 300 - 1  # just before the refresh point
        client.get(API)
        assert token_route.call_count == 1
        clock.now += 1  # 5 minutes before expiry: replaced
        client.get(API)
        assert token_route.call_count == 2
        assert bearer(api) == "Bearer T2"
    assert auth.token_requests == 2
    assert "s3cr3t" not in repr(auth)


def test_calls_to_the_token_service_carry_basic_not_a_bearer_token(mock: respx.MockRouter) -> None:
    # client.auth.get_token through an OAuth2 client: the token service only accepts Basic.
    token_route = mock.post(TOKEN_URL).respond(200, json=token_json("T1"))
    auth = make_oauth()
    with httpx.Client(auth=auth) as client:
        client.post(TOKEN_URL, data={"grant_type": "client_credentials"})
    assert token_route.call_count == 1
    assert bearer(token_route) == BASIC
    assert auth.token_requests == 0  # no token was fetched to call the token service


def test_async_calls_to_the_token_service_carry_basic(mock: respx.MockRouter) -> None:
    token_route = mock.post(TOKEN_URL).respond(200, json=token_json("T1"))

    async def call() -> None:
        async with httpx.AsyncClient(auth=make_oauth()) as client:
            await client.post(TOKEN_URL, data={"grant_type": "client_credentials"})

    asyncio.run(call())
    assert bearer(token_route) == BASIC


def test_oauth_scope_and_v1_token_field(mock: respx.MockRouter) -> None:
    token_route = mock.post(TOKEN_URL).respond(200, json={"token": "V1TOKEN"})
    api = mock.get(API).respond(200)
    with httpx.Client(auth=make_oauth(scope="https://x/rest/ofscCore")) as client:
        client.get(API)
    form = parse_qs(token_route.calls[0].request.content.decode())
    assert form["ofsc_dynamic_scope"] == ["https://x/rest/ofscCore"]
    assert bearer(api) == "Bearer V1TOKEN"


@pytest.mark.parametrize(
    ("expires_in", "refresh_after"),
    [(3600, 3300), ("3600", 3300), (None, 3300), ("soon", 3300), (True, 3300), (120, 60)],
)
def test_refresh_point(mock: respx.MockRouter, expires_in: object, refresh_after: float) -> None:
    clock = Clock()
    body = token_json("T", expires_in) if expires_in is not None else {"access_token": "T"}
    token_route = mock.post(TOKEN_URL).respond(200, json=body)
    mock.get(API).respond(200)
    with httpx.Client(auth=make_oauth(clock)) as client:
        client.get(API)
        clock.now += refresh_after - 0.5
        client.get(API)
        assert token_route.call_count == 1
        clock.now += 1
        client.get(API)
        assert token_route.call_count == 2


def test_401_refreshes_once_and_resends(mock: respx.MockRouter) -> None:
    token_route = mock.post(TOKEN_URL).mock(
        side_effect=[httpx.Response(200, json=token_json("OLD")), httpx.Response(200, json=token_json("NEW"))]
    )
    api = mock.get(API).mock(side_effect=[httpx.Response(401), httpx.Response(200, json={"ok": True})])
    with httpx.Client(auth=make_oauth()) as client:
        response = client.get(API)
    assert response.status_code == 200 and response.json() == {"ok": True}
    assert token_route.call_count == 2
    assert [bearer(api, 0), bearer(api, 1)] == ["Bearer OLD", "Bearer NEW"]


def test_second_401_is_returned_not_looped(mock: respx.MockRouter) -> None:
    token_route = mock.post(TOKEN_URL).respond(200, json=token_json("T"))
    api = mock.get(API).respond(401, json={"title": "Unauthorized"})
    with httpx.Client(auth=make_oauth()) as client:
        response = client.get(API)
    assert response.status_code == 401
    assert token_route.call_count == 2 and api.call_count == 2


def test_401_after_another_request_refreshed_reuses_its_token(mock: respx.MockRouter) -> None:
    auth = make_oauth()
    token_route = mock.post(TOKEN_URL).respond(200, json=token_json("FIRST"))

    def api_handler(request: httpx.Request) -> httpx.Response:
        if request.headers["Authorization"] == "Bearer FIRST":
            # meanwhile another request replaced the token
            auth._accept(httpx.Response(200, json=token_json("FROM-OTHER")))
            return httpx.Response(401)
        return httpx.Response(200)

    api = mock.get(API).mock(side_effect=api_handler)
    with httpx.Client(auth=auth) as client:
        assert client.get(API).status_code == 200
    assert token_route.call_count == 1
    assert bearer(api) == "Bearer FROM-OTHER"


def test_token_service_refusal_raises_and_releases_lock(mock: respx.MockRouter) -> None:
    token_route = mock.post(TOKEN_URL).mock(
        side_effect=[
            httpx.Response(401, json={"error": "invalid_client", "error_description": "bad credentials"}),
            httpx.Response(200, json=token_json("T")),
        ]
    )
    mock.get(API).respond(200)
    auth = make_oauth()
    with httpx.Client(auth=auth) as client:
        with pytest.raises(AuthenticationError) as info:
            client.get(API)
        assert "invalid_client" in str(info.value) and "s3cr3t" not in str(info.value)
        assert not auth._thread_lock.locked()
        assert client.get(API).status_code == 200
    assert token_route.call_count == 2


def test_token_response_without_token(mock: respx.MockRouter) -> None:
    mock.post(TOKEN_URL).mock(
        side_effect=[httpx.Response(200, json={"nothing": 1}), httpx.Response(200, text="<html>")]
    )
    with httpx.Client(auth=make_oauth()) as client:
        with pytest.raises(OFSCError, match="without an access_token"):
            client.get(API)
        with pytest.raises(OFSCError, match="without an access_token"):
            client.get(API)


def test_invalidate(mock: respx.MockRouter) -> None:
    token_route = mock.post(TOKEN_URL).respond(200, json=token_json("T"))
    mock.get(API).respond(200)
    auth = make_oauth()
    with httpx.Client(auth=auth) as client:
        client.get(API)
        auth.invalidate()
        client.get(API)
    assert token_route.call_count == 2


def test_threads_single_flight(mock: respx.MockRouter) -> None:
    threads_count = 16
    auth = make_oauth()
    cold_checks = threading.Semaphore(0)
    original = auth._fresh_token

    def counting_fresh_token() -> object:
        token = original()
        if token is None:
            cold_checks.release()
        return token

    auth._fresh_token = counting_fresh_token  # type: ignore[method-assign]

    def token_handler(request: httpx.Request) -> httpx.Response:
        # Hold the token response until every thread has seen the cold cache (they then queue on the lock).
        for _ in range(threads_count):
            assert cold_checks.acquire(timeout=5)
        return httpx.Response(200, json=token_json("SHARED"))

    token_route = mock.post(TOKEN_URL).mock(side_effect=token_handler)
    api = mock.get(API).respond(200)
    results: list[int] = []
    with httpx.Client(auth=auth) as client:
        workers = [
            threading.Thread(target=lambda: results.append(client.get(API).status_code))
            for _ in range(threads_count)
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=10)
    assert results == [200] * threads_count
    assert token_route.call_count == 1
    assert all(call.request.headers["Authorization"] == "Bearer SHARED" for call in api.calls)


def test_async_100_concurrent_calls_one_token_request(mock: respx.MockRouter) -> None:
    async def token_handler(request: httpx.Request) -> httpx.Response:
        for _ in range(10):  # give every other task the chance to reach the lock
            await asyncio.sleep(0)
        return httpx.Response(200, json=token_json("ASYNC"))

    token_route = mock.post(TOKEN_URL).mock(side_effect=token_handler)
    api = mock.get(API).respond(200)
    auth = make_oauth()

    async def main() -> list[int]:
        async with httpx.AsyncClient(auth=auth) as client:
            responses = await asyncio.gather(*(client.get(API) for _ in range(100)))
        return [r.status_code for r in responses]

    assert asyncio.run(main()) == [200] * 100
    assert token_route.call_count == 1
    assert auth.token_requests == 1
    assert api.call_count == 100
    assert {call.request.headers["Authorization"] for call in api.calls} == {"Bearer ASYNC"}


def test_async_100_concurrent_through_the_full_stack(mock: respx.MockRouter) -> None:
    settings = resolve_settings(
        instance="acme", client_id="cid", client_secret="s3cr3t", auth="oauth2", env={}
    )
    token_route = mock.post(TOKEN_URL).respond(200, json=token_json("STACK"))
    mock.get(API).respond(200)

    async def main() -> None:
        async with build_async_client(settings, breaker_registry=BreakerRegistry()) as client:
            responses = await asyncio.gather(*(client.get(API) for _ in range(100)))
        assert {r.status_code for r in responses} == {200}

    asyncio.run(main())
    assert token_route.call_count == 1


def test_async_refresh_on_401_and_lock_per_loop(mock: respx.MockRouter) -> None:
    token_route = mock.post(TOKEN_URL).mock(
        side_effect=[httpx.Response(200, json=token_json("A1")), httpx.Response(200, json=token_json("A2"))]
    )
    api = mock.get(API).mock(side_effect=[httpx.Response(401), httpx.Response(200), httpx.Response(200)])
    auth = make_oauth()

    async def call() -> int:
        async with httpx.AsyncClient(auth=auth) as client:
            return (await client.get(API)).status_code

    assert asyncio.run(call()) == 200
    assert asyncio.run(call()) == 200  # a second event loop gets its own lock
    assert token_route.call_count == 2
    assert [bearer(api, i) for i in range(3)] == ["Bearer A1", "Bearer A2", "Bearer A2"]


def test_async_401_reuses_token_refreshed_elsewhere(mock: respx.MockRouter) -> None:
    auth = make_oauth()
    mock.post(TOKEN_URL).respond(200, json=token_json("FIRST"))

    def api_handler(request: httpx.Request) -> httpx.Response:
        if request.headers["Authorization"] == "Bearer FIRST":
            auth._accept(httpx.Response(200, json=token_json("OTHER")))
            return httpx.Response(401)
        return httpx.Response(200)

    mock.get(API).mock(side_effect=api_handler)

    async def call() -> int:
        async with httpx.AsyncClient(auth=auth) as client:
            return (await client.get(API)).status_code

    assert asyncio.run(call()) == 200
    assert auth.token_requests == 1


def test_token_request_goes_through_the_stack(mock: respx.MockRouter) -> None:
    """Retried (POST opted in), logged and subject to the breaker like any request."""
    settings = resolve_settings(
        instance="acme", client_id="cid", client_secret="s3cr3t", auth="oauth2", env={}
    )
    token_route = mock.post(TOKEN_URL).mock(
        side_effect=[httpx.Response(503), httpx.Response(200, json=token_json("AFTER-RETRY"))]
    )
    api = mock.get(API).respond(200)
    sleeps: list[float] = []
    registry = BreakerRegistry()
    with build_sync_client(settings, breaker_registry=registry, sleep=sleeps.append) as client:
        assert client.get(API).status_code == 200
    assert token_route.call_count == 2 and len(sleeps) == 1
    assert bearer(api) == "Bearer AFTER-RETRY"
    # The token service and the Core API are two families: each breaker saw its own request.
    token_breaker, api_breaker = registry.for_url(TOKEN_URL), registry.for_url(API)
    assert token_breaker is not None and api_breaker is not None and token_breaker is not api_breaker
    assert (token_breaker.successes, api_breaker.successes) == (1, 1)


def test_token_service_down_after_retries(mock: respx.MockRouter) -> None:
    settings = resolve_settings(
        instance="acme", client_id="cid", client_secret="s3cr3t", auth="oauth2", max_retries=1, env={}
    )
    mock.post(TOKEN_URL).respond(503, json={"title": "Service Unavailable"})
    with build_sync_client(settings, breaker_registry=BreakerRegistry(), sleep=lambda s: None) as client:
        with pytest.raises(InternalServerError) as info:
            client.get(API)
    assert info.value.status_code == 503
    assert "oauthTokenService" in str(info.value)


def test_connection_error_on_token_request_releases_the_lock(mock: respx.MockRouter) -> None:
    token_route = mock.post(TOKEN_URL).mock(
        side_effect=[httpx.ConnectError("refused"), httpx.Response(200, json=token_json("T"))]
    )
    mock.get(API).respond(200)
    auth = make_oauth()
    with httpx.Client(auth=auth) as client:
        with pytest.raises(httpx.ConnectError):
            client.get(API)
        assert not auth._thread_lock.locked()
        assert client.get(API).status_code == 200
    assert token_route.call_count == 2

    async_route = mock.post(TOKEN_URL).mock(
        side_effect=[httpx.ConnectError("refused"), httpx.Response(200, json=token_json("T"))]
    )
    async_auth = make_oauth()

    async def main() -> int:
        async with httpx.AsyncClient(auth=async_auth) as client:
            with pytest.raises(httpx.ConnectError):
                await client.get(API)
            return (await client.get(API)).status_code

    assert asyncio.run(main()) == 200
    assert async_route.call_count == 4  # the same respx route: 2 sync calls + 2 async calls
