"""The base of the overlay's transport layers (logging, circuit breaker, attempt counting).

Each layer wraps one inner transport and serves both clients: ``httpx.Client`` calls ``handle_request``,
``httpx.AsyncClient`` calls ``handle_async_request``. The inner transport decides which of the two can work,
so a layer asks for it through :meth:`Layer.sync_inner` / :meth:`Layer.async_inner`, which fail clearly when
a sync client was given an async-only transport (or the other way round).
"""

from __future__ import annotations

import httpx

__all__ = ["Layer"]


class Layer(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A transport wrapping ``inner``; closing the layer closes ``inner``."""

    #: How the layer is named in error messages ("the transport under the <label> ...").
    label = "layer"

    def __init__(self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    def sync_inner(self) -> httpx.BaseTransport:
        if not isinstance(self.inner, httpx.BaseTransport):
            raise RuntimeError(f"the transport under the {self.label} does not support synchronous requests")
        return self.inner

    def async_inner(self) -> httpx.AsyncBaseTransport:
        if not isinstance(self.inner, httpx.AsyncBaseTransport):
            raise RuntimeError(f"the transport under the {self.label} does not support asynchronous requests")
        return self.inner

    def close(self) -> None:
        if isinstance(self.inner, httpx.BaseTransport):
            self.inner.close()

    async def aclose(self) -> None:
        if isinstance(self.inner, httpx.AsyncBaseTransport):
            await self.inner.aclose()
