"""Retries as a transport wrapping another transport, for both the sync and the async client.

Built on httpx-retries (:class:`httpx_retries.RetryTransport` runs the loop, :class:`httpx_retries.Retry`
decides what is retryable). What it retries by default here:

- connection errors, timeouts and protocol errors (no response), and the statuses 429, 502, 503, 504;
- only idempotent methods: GET, HEAD, OPTIONS, PUT, DELETE. POST and PATCH are sent once unless the call opts
  in with ``request.extensions["ofsc_retry"] = {"retry_non_idempotent": True}``;
- ``max_retries`` retries after the first attempt (per client; per call with
  ``request.extensions["ofsc_retry"] = {"max_retries": n}``); 0 sends once;
- waits ``backoff_factor * 2**(n-1)`` seconds before retry n, capped at ``backoff_max``, with jitter (the wait
  is scaled by a random factor in ``[1 - jitter, 1]``); a ``Retry-After`` header (seconds or an HTTP date) is
  honoured instead, up to ``retry_after_max`` seconds.

The 1-based attempt number is written to ``request.extensions["ofsc_attempt"]`` before every attempt and to
``response.extensions["ofsc_attempt"]`` of the response returned, for the logging layer above. Each retry
wait is reported to :mod:`ofsc_overlay._observe` (an INFO line on logger ``ofsc_overlay``, and a span event
and a metric when OpenTelemetry is on).

Why subclasses rather than plain httpx-retries objects: ``Retry.sleep``/``asleep`` call ``time.sleep`` and
``asyncio.sleep`` directly (tests must never sleep for real, so the sleep functions are injected), its
exponential backoff cannot be capped separately from ``Retry-After`` (one ``max_backoff_wait`` serves
both), and its per-request override is a whole ``Retry`` object in ``request.extensions["retry"]``, whereas
callers here pass two plain options. The loop itself is httpx-retries'; a ``Retry`` placed in
``extensions["retry"]`` by a caller is still honoured as is.
"""

from __future__ import annotations

import asyncio
import datetime
import random
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, TypeVar, cast

import httpx
from httpx_retries import Retry
from httpx_retries import RetryTransport as _LibraryRetryTransport

from . import _extensions, _observe
from ._extensions import RetryOptions
from ._layer import Layer
from .errors import parse_retry_after

__all__ = ["IDEMPOTENT_METHODS", "RETRYABLE_STATUSES", "OFSCRetry", "RetryOptions", "RetryTransport"]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
ALL_METHODS = IDEMPOTENT_METHODS | {"POST", "PATCH", "TRACE"}
RETRYABLE_STATUSES = frozenset({429, 502, 503, 504})

SleepFunction = Callable[[float], None]
AsyncSleepFunction = Callable[[float], Awaitable[None]]


def _utc_now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


class OFSCRetry(Retry):
    """httpx-retries' ``Retry`` with a capped exponential backoff and injectable sleep, randomness and time.

    Construct it with :meth:`create`; httpx-retries copies it with :meth:`copy_with` on every attempt, and the
    copies keep the injected functions.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.backoff_max = 8.0
        self.sleep_function: SleepFunction = time.sleep
        self.async_sleep_function: AsyncSleepFunction = asyncio.sleep
        self.random_function: Callable[[], float] = random.random
        self.now_function: Callable[[], datetime.datetime] = _utc_now

    @classmethod
    def create(
        cls,
        *,
        max_retries: int = 3,
        backoff_factor: float = 0.5,
        backoff_max: float = 8.0,
        jitter: float = 0.25,
        retry_after_max: float = 60.0,
        methods: Iterable[str] = IDEMPOTENT_METHODS,
        sleep: SleepFunction | None = None,
        async_sleep: AsyncSleepFunction | None = None,
        random_function: Callable[[], float] | None = None,
        now: Callable[[], datetime.datetime] | None = None,
    ) -> OFSCRetry:
        """A retry policy with the project's defaults; ``sleep``/``async_sleep``/``now`` are for tests."""
        retry = cls(
            total=max_retries,
            allowed_methods=frozenset(m.upper() for m in methods),
            status_forcelist=RETRYABLE_STATUSES,
            backoff_factor=backoff_factor,
            backoff_jitter=jitter,
            respect_retry_after_header=True,
            # httpx-retries caps Retry-After with max_backoff_wait; the backoff has its own cap below.
            max_backoff_wait=retry_after_max,
        )
        retry.backoff_max = backoff_max
        if sleep is not None:
            retry.sleep_function = sleep
        if async_sleep is not None:
            retry.async_sleep_function = async_sleep
        if random_function is not None:
            retry.random_function = random_function
        if now is not None:
            retry.now_function = now
        return retry

    def copy_with(self, *args: Any, **kwargs: Any) -> OFSCRetry:
        copy = super().copy_with(*args, **kwargs)
        assert isinstance(copy, OFSCRetry)
        copy.backoff_max = self.backoff_max
        copy.sleep_function = self.sleep_function
        copy.async_sleep_function = self.async_sleep_function
        copy.random_function = self.random_function
        copy.now_function = self.now_function
        return copy

    def backoff_strategy(self) -> float:
        """``backoff_factor * 2**(retry - 1)`` capped at ``backoff_max``, scaled into ``[1 - jitter, 1]``."""
        if self.backoff_factor == 0:
            return 0.0
        exponent = max(self.attempts_made - 1, 0)
        wait: float = min(self.backoff_factor * (2**exponent), self.backoff_max)
        if self.backoff_jitter > 0:
            wait *= 1 - self.backoff_jitter * self.random_function()
        return wait

    def delay(self, response: httpx.Response | Exception) -> float:
        """Seconds to wait before the next attempt after ``response`` (a response or an exception)."""
        if isinstance(response, httpx.Response) and self.respect_retry_after_header:
            asked = parse_retry_after(response.headers.get("Retry-After", ""), now=self.now_function())
            if asked is not None:
                return min(asked, self.max_backoff_wait)
        return self.backoff_strategy()

    def sleep(self, response: httpx.Response | Exception) -> None:
        wait = self.delay(response)
        _observe.retry_wait(response, wait, self.attempts_made)
        self.sleep_function(wait)
        self.elapsed_sleep += wait

    async def asleep(self, response: httpx.Response | Exception) -> None:
        wait = self.delay(response)
        _observe.retry_wait(response, wait, self.attempts_made)
        await self.async_sleep_function(wait)
        self.elapsed_sleep += wait


class _AttemptCounter(Layer):
    """Numbers each attempt that reaches the wrapped transport (1-based) in the request's extensions."""

    label = "retry layer"

    @staticmethod
    def _count(request: httpx.Request) -> int:
        attempt = int(request.extensions.get(_extensions.ATTEMPT, 0)) + 1
        request.extensions[_extensions.ATTEMPT] = attempt
        return attempt

    @staticmethod
    def _attach(request: httpx.Request, exc: httpx.RequestError) -> None:
        # The retry wait is reported with its request (ofsc_overlay._observe); transports raise without it.
        try:
            exc.request  # noqa: B018 - raises RuntimeError when unset
        except RuntimeError:
            exc.request = request

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        inner = self.sync_inner()
        attempt = self._count(request)
        try:
            response = inner.handle_request(request)
            response.extensions[_extensions.ATTEMPT] = attempt
            if request.extensions.get(_extensions.READ_BODY):
                _read_raw(response)
        except httpx.RequestError as exc:
            self._attach(request, exc)
            raise
        response.request = request  # httpx sets it too, but only above the transports
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        inner = self.async_inner()
        attempt = self._count(request)
        try:
            response = await inner.handle_async_request(request)
            response.extensions[_extensions.ATTEMPT] = attempt
            if request.extensions.get(_extensions.READ_BODY):
                await _aread_raw(response)
        except httpx.RequestError as exc:
            self._attach(request, exc)
            raise
        response.request = request
        return response


# A response counts as an outcome only once its body is in: reading it here, inside the retry loop and under
# the breaker, makes a reset or a timeout while the body streams in a retryable failure of this attempt. The
# raw (still encoded) bytes replace the network stream; httpx decodes them as usual when the client reads.


_StreamT = TypeVar("_StreamT", httpx.SyncByteStream, httpx.AsyncByteStream)


def _unread_stream(response: httpx.Response, kind: type[_StreamT]) -> _StreamT | None:
    """The network stream still to read, or None: bytes in memory already, or read by a layer below
    (iterating again would block)."""
    stream = response.stream
    if response.is_stream_consumed or not isinstance(stream, kind) or isinstance(stream, httpx.ByteStream):
        return None
    return stream


def _read_raw(response: httpx.Response) -> None:
    stream = _unread_stream(response, httpx.SyncByteStream)
    if stream is None:
        return
    try:
        raw = b"".join(stream)
    finally:
        stream.close()
    response.stream = httpx.ByteStream(raw)


async def _aread_raw(response: httpx.Response) -> None:
    stream = _unread_stream(response, httpx.AsyncByteStream)
    if stream is None:
        return
    try:
        raw = b"".join([chunk async for chunk in stream])
    finally:
        await stream.aclose()
    response.stream = httpx.ByteStream(raw)


class RetryTransport(_LibraryRetryTransport):
    """httpx-retries' transport with per-call options read from ``request.extensions["ofsc_retry"]``."""

    retry: OFSCRetry

    def __init__(self, transport: httpx.BaseTransport | httpx.AsyncBaseTransport, retry: OFSCRetry) -> None:
        super().__init__(transport=_AttemptCounter(transport), retry=retry)

    def _prepare(self, request: httpx.Request) -> None:
        request.extensions[_extensions.ATTEMPT] = 0
        if "retry" in request.extensions:  # an explicit httpx-retries Retry (or this layer's, on a re-send)
            return
        options = cast(RetryOptions, request.extensions.get(_extensions.RETRY) or {})
        retry = self.retry
        if "max_retries" in options:
            max_retries = options["max_retries"]
            if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
                raise ValueError(f"max_retries must be a non-negative integer, not {max_retries!r}")
            retry = retry.copy_with(total=max_retries)
        if options.get("retry_non_idempotent"):
            retry = retry.copy_with(allowed_methods=ALL_METHODS)
        request.extensions["retry"] = retry

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._prepare(request)
        return super().handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._prepare(request)
        return await super().handle_async_request(request)
