"""What every layer of the transport stack shares: a clear error for the wrong kind of inner transport."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from ofsc_overlay._logging import LoggingTransport
from ofsc_overlay.breaker import BreakerRegistry, BreakerTransport
from ofsc_overlay.retry import OFSCRetry, RetryTransport

URL = "https://acme.fs.ocs.oraclecloud.com/rest/ofscCore/v1/activities/1"


class SyncOnly(httpx.BaseTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200)


class AsyncOnly(httpx.AsyncBaseTransport):
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200)


LAYERS: dict[str, Callable[[Any], Any]] = {
    "logging": LoggingTransport,
    "breaker": lambda inner: BreakerTransport(inner, registry=BreakerRegistry()),
    "retry": lambda inner: RetryTransport(inner, OFSCRetry.create()),
}


@pytest.mark.parametrize("wrap", LAYERS.values(), ids=list(LAYERS))
def test_wrong_kind_of_inner_transport(wrap: Callable[[Any], Any]) -> None:
    sync_only = wrap(SyncOnly())
    with pytest.raises(RuntimeError, match="asynchronous"):
        asyncio.run(sync_only.handle_async_request(httpx.Request("GET", URL)))
    async_only = wrap(AsyncOnly())
    with pytest.raises(RuntimeError, match="synchronous"):
        async_only.handle_request(httpx.Request("GET", URL))
    # closing works whatever the inner transport supports
    sync_only.close()
    asyncio.run(sync_only.aclose())
    async_only.close()
    asyncio.run(async_only.aclose())
