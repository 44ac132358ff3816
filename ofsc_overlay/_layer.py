"""The bases of the overlay's transport layers (logging, circuit breaker, attempt counting, telemetry).

Each layer wraps one inner transport and serves both clients: ``httpx.Client`` calls ``handle_request``,
``httpx.AsyncClient`` calls ``handle_async_request``. The inner transport decides which of the two can work,
so a layer asks for it through :meth:`Layer.sync_inner` / :meth:`Layer.async_inner`, which fail clearly when
a sync client was given an async-only transport (or the other way round).

:class:`ObservingLayer` is for the layers that only watch each exchange (logging, telemetry): the sync and
the async path are written once there, each layer says what it does before and after.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Generic, TypeVar

import httpx

__all__ = ["Layer", "ObservingLayer"]

StartT = TypeVar("StartT")


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


class ObservingLayer(Layer, ABC, Generic[StartT]):
    """A layer that watches each exchange below it and passes it on unchanged.

    :meth:`_started` runs before the request goes down and returns what the layer keeps for the end; then
    :meth:`_answered` gets the response, or :meth:`_failed` the exception (any, cancellation included),
    which is re-raised as it was.
    """

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        inner = self.sync_inner()
        started = self._started(request)
        try:
            response = inner.handle_request(request)
        except BaseException as exc:
            self._failed(request, started, exc)
            raise
        self._answered(request, started, response)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        inner = self.async_inner()
        started = self._started(request)
        try:
            response = await inner.handle_async_request(request)
        except BaseException as exc:
            self._failed(request, started, exc)
            raise
        self._answered(request, started, response)
        return response

    @abstractmethod
    def _started(self, request: httpx.Request) -> StartT:
        """Before the request goes down: what :meth:`_answered` or :meth:`_failed` will be given."""

    @abstractmethod
    def _answered(self, request: httpx.Request, started: StartT, response: httpx.Response) -> None:
        """The response came up (its body may still be streaming)."""

    @abstractmethod
    def _failed(self, request: httpx.Request, started: StartT, exc: BaseException) -> None:
        """No response: ``exc`` is re-raised when this returns."""
