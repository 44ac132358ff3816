"""A refused upload or download names the operation, the argument and the reason, sync and async alike."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from ofsc_overlay import OFSC, AsyncOFSC, RequestValidationError
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
