"""Request logging as a transport (sync and async), with secrets masked everywhere.

Logger ``ofsc_overlay``:

- INFO, one line per request: ``GET /rest/ofscCore/v1/activities/1 -> 200 (12.3 ms, attempt 1)``. The
  duration runs until the response headers arrive; the attempt is the retry layer's final attempt number.
  A request that ends without a response logs ``GET /path -> ConnectError (...)`` at WARNING instead.
- DEBUG adds the request (masked URL, masked headers, body cut to ``body_limit`` characters) before sending
  and the response headers and body (cut the same way) once its body has been read.

Masking (see :mod:`ofsc_overlay._redact`): ``Authorization`` and similar headers keep only their scheme;
values of keys naming a secret (``client_secret``, ``password``, ``access_token``, ``token``, ``assertion``,
...) are replaced in JSON, form and query text; requests marked ``extensions["ofsc_sensitive"]`` (the token
request) never have their request or response body shown at all.

Response bodies are never read by this layer: at DEBUG the response stream is wrapped so the first
``body_limit`` bytes are captured as the caller reads them, and logged when the stream closes. Streaming
downloads stay streaming.

:func:`instrument_otel` adds OpenTelemetry spans (optional ``otel`` extra).
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator

import httpx

from . import _extensions
from ._layer import Layer
from ._redact import mask_body, mask_headers, mask_url
from .errors import CircuitOpenError, ConfigurationError

__all__ = ["DEFAULT_BODY_LIMIT", "LoggingTransport", "instrument_otel", "logger"]

logger = logging.getLogger("ofsc_overlay")

DEFAULT_BODY_LIMIT = 2000


class LoggingTransport(Layer):
    """Logs each request that passes through it (see the module docstring)."""

    label = "logging layer"

    def __init__(
        self,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport,
        *,
        clock: Callable[[], float] = time.perf_counter,
        body_limit: int = DEFAULT_BODY_LIMIT,
        log: logging.Logger = logger,
    ) -> None:
        super().__init__(transport)
        self._clock = clock
        self.body_limit = body_limit
        self.log = log

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        inner = self.sync_inner()
        start = self._before(request)
        try:
            response = inner.handle_request(request)
        except Exception as exc:
            self._log_failure(request, exc, self._clock() - start)
            raise
        return self._after(request, response, start)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        inner = self.async_inner()
        start = self._before(request)
        try:
            response = await inner.handle_async_request(request)
        except Exception as exc:
            self._log_failure(request, exc, self._clock() - start)
            raise
        return self._after(request, response, start)

    def _before(self, request: httpx.Request) -> float:
        """Reset the attempt number (the retry layer counts), log the request at DEBUG; the start time."""
        request.extensions[_extensions.ATTEMPT] = 0
        if self.log.isEnabledFor(logging.DEBUG):
            self._log_request(request)
        return self._clock()

    def _after(self, request: httpx.Request, response: httpx.Response, start: float) -> httpx.Response:
        self._log_response(request, response, self._clock() - start)
        if self.log.isEnabledFor(logging.DEBUG):
            self._watch_body(request, response)
        return response

    def _watch_body(self, request: httpx.Request, response: httpx.Response) -> None:
        try:
            content = response.content  # already in memory (a response built from bytes)
        except httpx.ResponseNotRead:
            response.stream = _CapturingStream(response.stream, self, request, response)
        else:
            self._log_response_body(request, response, content)

    # -- lines --

    def _log_request(self, request: httpx.Request) -> None:
        sensitive = bool(request.extensions.get(_extensions.SENSITIVE))
        try:
            content = request.content
        except httpx.RequestNotRead:  # a streaming upload: not read here
            content = b""
        self.log.debug(
            "Request: %s %s headers=%s body=%s",
            request.method,
            mask_url(request.url),
            mask_headers(request.headers),
            mask_body(content, limit=self.body_limit, sensitive=sensitive) or "<empty>",
        )

    def _log_response(self, request: httpx.Request, response: httpx.Response, elapsed: float) -> None:
        if not self.log.isEnabledFor(logging.INFO):
            return  # the line's arguments (URL path, attempt) cost more than the check
        attempt = (
            response.extensions.get(_extensions.ATTEMPT) or request.extensions.get(_extensions.ATTEMPT) or 1
        )
        self.log.info(
            "%s %s -> %d (%.1f ms, attempt %d)",
            request.method,
            request.url.path,
            response.status_code,
            elapsed * 1000,
            attempt,
        )

    def _log_failure(self, request: httpx.Request, exc: Exception, elapsed: float) -> None:
        attempt = request.extensions.get(_extensions.ATTEMPT) or 1
        self.log.warning(
            "%s %s -> %s (%.1f ms, %s)",
            request.method,
            request.url.path,
            type(exc).__name__,
            elapsed * 1000,
            "not sent" if isinstance(exc, CircuitOpenError) else f"attempt {attempt}",
        )

    def _log_response_body(self, request: httpx.Request, response: httpx.Response, captured: bytes) -> None:
        sensitive = bool(request.extensions.get(_extensions.SENSITIVE))
        self.log.debug(
            "Response: %s %s -> %d headers=%s body=%s",
            request.method,
            request.url.path,
            response.status_code,
            mask_headers(response.headers),
            mask_body(captured, limit=self.body_limit, sensitive=sensitive) or "<empty>",
        )


class _CapturingStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """Passes a response stream through, keeping its first bytes to log them when it is closed."""

    def __init__(
        self,
        stream: httpx.SyncByteStream | httpx.AsyncByteStream,
        owner: LoggingTransport,
        request: httpx.Request,
        response: httpx.Response,
    ) -> None:
        self._stream = stream
        self._owner = owner
        self._request = request
        self._response = response
        self._captured = bytearray()
        self._logged = False
        # Keep a little more than the limit: masking needs the whole of a value that starts inside it.
        self._keep = owner.body_limit + 512

    def _capture(self, chunk: bytes) -> None:
        room = self._keep - len(self._captured)
        if room > 0:
            self._captured += chunk[:room]

    def _flush(self) -> None:
        if not self._logged:
            self._logged = True
            self._owner._log_response_body(self._request, self._response, bytes(self._captured))

    def __iter__(self) -> Iterator[bytes]:
        if not isinstance(self._stream, httpx.SyncByteStream):
            raise RuntimeError("Attempted to read an asynchronous response synchronously")
        for chunk in self._stream:
            self._capture(chunk)
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if not isinstance(self._stream, httpx.AsyncByteStream):
            raise RuntimeError("Attempted to read a synchronous response asynchronously")
        async for chunk in self._stream:
            self._capture(chunk)
            yield chunk

    def close(self) -> None:
        try:
            if isinstance(self._stream, httpx.SyncByteStream):
                self._stream.close()
        finally:
            self._flush()

    async def aclose(self) -> None:
        try:
            if isinstance(self._stream, httpx.AsyncByteStream):
                await self._stream.aclose()
        finally:
            self._flush()


def instrument_otel(client: httpx.Client | httpx.AsyncClient) -> None:
    """Add OpenTelemetry spans to ``client`` (needs ``pip install 'ofsc-overlay[otel]'``)."""
    try:
        from opentelemetry.instrumentation.httpx import (  # type: ignore[import-not-found,unused-ignore]
            HTTPXClientInstrumentor,
        )
    except ImportError:
        raise ConfigurationError(
            "Setting 'otel' is on but opentelemetry-instrumentation-httpx is not installed "
            "(pip install 'ofsc-overlay[otel]').",
            setting="otel",
            sources=("otel=...", "otel in config.toml"),
        ) from None
    HTTPXClientInstrumentor.instrument_client(client)
