"""A refused upload or download names the operation, the argument and the reason, sync and async alike."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest

from ofsc_overlay import OFSC, AsyncOFSC, AuthenticationError, RequestValidationError
from ofsc_overlay.types import File

sent: list[httpx.Request] = []


def _server(request: httpx.Request) -> httpx.Response:
    sent.append(request)
    return httpx.Response(200, json={})


def _client() -> OFSC:
    return OFSC(instance="acme", token="t0k3n", auth="bearer", transport=httpx.MockTransport(_server))


def _async_client() -> AsyncOFSC:
    return AsyncOFSC(instance="acme", token="t0k3n", auth="bearer", transport=httpx.MockTransport(_server))


def test_a_body_that_cannot_be_sent_names_the_operation_and_the_argument() -> None:
    sent.clear()
    weird = File(payload=1.5)  # type: ignore[arg-type]
    with _client() as ofsc, pytest.raises(RequestValidationError) as info:
        ofsc.core.set_activity_file_property(activity_id=42, property_label="XA_PHOTO", body=weird)
    assert (info.value.operation, info.value.parameter) == ("core.set_activity_file_property", "body")

    async def scenario() -> None:
        async with _async_client() as ofsc:
            await ofsc.core.set_activity_file_property(activity_id=42, property_label="XA_PHOTO", body=weird)

    with pytest.raises(RequestValidationError) as info:
        asyncio.run(scenario())
    assert (info.value.operation, info.value.parameter) == ("core.set_activity_file_property", "body")
    assert sent == []


def test_streaming_an_operation_that_is_not_a_binary_download_is_refused_by_name() -> None:
    sent.clear()
    with _client() as ofsc, pytest.raises(RequestValidationError) as info:
        with ofsc._runner.stream("core.get_activity", {"activity_id": 1}):  # type: ignore[attr-defined]
            pass
    assert info.value.operation == "core.get_activity"
    assert info.value.parameter == "key"
    assert info.value.reason == "is not a binary download: it cannot be streamed"
    assert sent == []


def test_an_async_streamed_upload_refused_with_401_drops_the_token_for_the_next_call() -> None:
    tokens: list[str] = []
    puts: list[httpx.Request] = []
    statuses = [401, 200]

    async def server(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            tokens.append(f"token-{len(tokens) + 1}")
            return httpx.Response(200, json={"access_token": tokens[-1], "expires_in": 3600})
        await request.aread()
        puts.append(request)
        return httpx.Response(statuses.pop(0))

    async def chunks() -> AsyncIterator[bytes]:
        yield b"photo"

    async def scenario() -> None:
        async with AsyncOFSC(
            instance="acme",
            client_id="app",
            client_secret="s3cr3t",
            auth="oauth2",
            transport=httpx.MockTransport(server),
        ) as ofsc:
            with pytest.raises(AuthenticationError):
                await ofsc.core.set_activity_file_property(
                    activity_id=42, property_label="XA_PHOTO", body=chunks()
                )
            await ofsc.core.set_activity_file_property(
                activity_id=42, property_label="XA_PHOTO", body=chunks()
            )

    asyncio.run(scenario())
    assert tokens == ["token-1", "token-2"] and len(puts) == 2  # the upload is not re-sent after its 401
    assert puts[1].headers["Authorization"] == "Bearer token-2"
