"""Request logging as a transport (sync and async), with secrets masked everywhere.

Logger ``ofsc_overlay``:

- INFO, one line per request: ``core.get_activity: GET /rest/ofscCore/v1/activities/1 -> 200 (12.3 ms,
  attempt 1)`` (the operation prefix is left out for a request sent through ``http_client`` directly). The
  duration runs until the response headers arrive; the attempt is the retry layer's final attempt number.
  The line is a WARNING when the final answer is a 5xx, and a request that ends without a response logs
  ``... -> ConnectError (...)`` at WARNING.
- INFO, one line per retry wait (:func:`log_retry`); INFO/WARNING when a circuit breaker changes state
  (:func:`log_breaker_transition`).
- DEBUG adds the request (masked URL, masked headers, body cut to ``body_limit`` characters) before sending
  and the response headers and body (cut the same way) once its body has been read.

Every record about a request, a retry or a breaker change carries the fields of :data:`FIELDS` as
attributes (``logging`` ``extra``), so a JSON formatter picks them up; a field that does not apply to a
record is ``None``. The fields never hold a URL, a header or a body (those appear masked in DEBUG messages).

Masking (see :mod:`ofsc_overlay._redact`): ``Authorization`` and similar headers keep only their scheme;
values of keys naming a secret (``client_secret``, ``password``, ``access_token``, ``token``, ``assertion``,
...) are replaced in JSON, form and query text; requests marked ``extensions["ofsc_sensitive"]`` (the token
request) never have their request or response body shown at all.

Response bodies are never read by this layer: at DEBUG the response stream is wrapped so the first
``body_limit`` bytes are captured as the caller reads them, and logged when the stream closes. Streaming
downloads stay streaming.

``OFSC_LOG=debug|info|warning`` turns the logger on without code (:func:`configure_from_env`).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import Any

import httpx

from . import _extensions
from ._layer import ObservingLayer
from ._redact import mask_body, mask_headers, mask_url
from .errors import CircuitOpenError, ConfigurationError

__all__ = [
    "DEFAULT_BODY_LIMIT",
    "FIELDS",
    "LOG_ENV",
    "TOKEN_OPERATION",
    "LoggingTransport",
    "configure_from_env",
    "error_type",
    "log_breaker_transition",
    "log_retry",
    "logger",
    "request_fields",
]

logger = logging.getLogger("ofsc_overlay")

DEFAULT_BODY_LIMIT = 2000

#: The structured fields of the client's INFO/WARNING records (``record.<field>``).
FIELDS = (
    "ofsc_operation",  # catalog key, "core.get_activity"; "oauth2.token" for the client's token requests
    "http_method",
    "url_template",  # "/rest/ofscCore/v1/activities/{activityId}": ids stay out of the field
    "server_address",
    "status_code",
    "duration_ms",
    "attempt",  # 1-based attempt number of the outcome (the failed attempt, on a retry record)
    "retry_in_s",  # the wait before the next attempt
    "retry_reason",  # what is retried: a status code ("503") or an exception class ("ConnectTimeout")
    "breaker_state",  # "closed", "open" or "half_open"
    "error_type",  # a status code >= 400 as a string, or the exception class; None on success
)

#: ``ofsc_operation`` of the token requests the OAuth2 flow sends on its own.
TOKEN_OPERATION = "oauth2.token"

#: Environment variable that turns logging on without code.
LOG_ENV = "OFSC_LOG"
_ENV_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}


def error_type(outcome: httpx.Response | BaseException | int) -> str | None:
    """The low-cardinality name of a failure: a status >= 400 as a string, or the exception's class name."""
    if isinstance(outcome, BaseException):
        return type(outcome).__name__
    status = outcome.status_code if isinstance(outcome, httpx.Response) else outcome
    return str(status) if status >= 400 else None


def request_fields(request: httpx.Request) -> dict[str, Any]:
    """Operation, method, path template and host of a request: never its raw path or query."""
    extensions = request.extensions
    operation = extensions.get(_extensions.OPERATION)
    template = extensions.get(_extensions.URL_TEMPLATE)
    if operation is None and extensions.get(_extensions.SENSITIVE):
        # The token request an auth flow yields: its path is fixed, with no id in it.
        operation, template = TOKEN_OPERATION, request.url.path
    return {
        "ofsc_operation": operation,
        "http_method": request.method,
        "url_template": template,
        "server_address": request.url.host,
    }


def _record_fields(request: httpx.Request, **fields: Any) -> dict[str, Any]:
    record = dict.fromkeys(FIELDS)
    record.update(request_fields(request))
    record.update(fields)
    return record


def _prefix(request: httpx.Request) -> str:
    operation = request_fields(request)["ofsc_operation"]
    return f"{operation}: " if operation else ""


def log_retry(
    request: httpx.Request, cause: httpx.Response | BaseException, wait: float, attempt: int
) -> None:
    """INFO: attempt ``attempt`` of ``request`` failed with ``cause``; the next one follows in ``wait`` s."""
    if not logger.isEnabledFor(logging.INFO):
        return
    reason = str(cause.status_code) if isinstance(cause, httpx.Response) else type(cause).__name__
    logger.info(
        "%s%s %s -> %s (attempt %d), retrying in %.2f s",
        _prefix(request),
        request.method,
        request.url.path,
        reason,
        attempt,
        wait,
        extra=_record_fields(
            request,
            status_code=cause.status_code if isinstance(cause, httpx.Response) else None,
            attempt=attempt,
            retry_in_s=round(wait, 3),
            retry_reason=reason,
            error_type=error_type(cause),
        ),
    )


def log_breaker_transition(origin: str, previous: str, state: str, failures: int) -> None:
    """WARNING when the circuit of ``origin`` opens, INFO for its other state changes."""
    level = logging.WARNING if state == "open" else logging.INFO
    if not logger.isEnabledFor(level):
        return
    fields = dict.fromkeys(FIELDS)
    fields.update(breaker_state=state, server_address=httpx.URL(origin).host)
    logger.log(
        level,
        "Circuit for %s: %s -> %s (%d consecutive failures)",
        origin,
        previous,
        state,
        failures,
        extra=fields,
    )


def configure_from_env(environ: Mapping[str, str] = os.environ) -> int | None:
    """Apply ``OFSC_LOG=debug|info|warning``: the level of logger ``ofsc_overlay``, a stderr handler.

    Like ``OPENAI_LOG``: ``logging.basicConfig`` (a no-op when the application configured logging itself)
    and the logger's level. Records stay masked. Returns the level applied, ``None`` when the variable is
    unset or empty.
    """
    raw = environ.get(LOG_ENV, "").strip()
    if not raw:
        return None
    level = _ENV_LEVELS.get(raw.lower())
    if level is None:
        raise ConfigurationError(
            f"Invalid setting {LOG_ENV}={raw!r}: expected debug, info or warning.",
            setting=LOG_ENV,
            sources=(LOG_ENV,),
        )
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logger.setLevel(level)
    return level


class LoggingTransport(ObservingLayer[float]):
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

    def _started(self, request: httpx.Request) -> float:
        """Reset the attempt number (the retry layer counts), log the request at DEBUG; the start time."""
        request.extensions[_extensions.ATTEMPT] = 0
        if self.log.isEnabledFor(logging.DEBUG):
            self._log_request(request)
        return self._clock()

    def _answered(self, request: httpx.Request, started: float, response: httpx.Response) -> None:
        self._log_response(request, response, self._clock() - started)
        if self.log.isEnabledFor(logging.DEBUG):
            self._watch_body(request, response)

    def _failed(self, request: httpx.Request, started: float, exc: BaseException) -> None:
        if isinstance(exc, Exception):  # not a cancellation or an interrupt: those pass unlogged
            self._log_failure(request, exc, self._clock() - started)

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
            extra=_record_fields(request),
        )

    def _log_response(self, request: httpx.Request, response: httpx.Response, elapsed: float) -> None:
        # A server error that is still there after the retries is worth a WARNING; the rest is INFO.
        level = logging.WARNING if response.status_code >= 500 else logging.INFO
        if not self.log.isEnabledFor(level):
            return  # the line's arguments (URL path, attempt) cost more than the check
        attempt = (
            response.extensions.get(_extensions.ATTEMPT) or request.extensions.get(_extensions.ATTEMPT) or 1
        )
        self.log.log(
            level,
            "%s%s %s -> %d (%.1f ms, attempt %d)",
            _prefix(request),
            request.method,
            request.url.path,
            response.status_code,
            elapsed * 1000,
            attempt,
            extra=_record_fields(
                request,
                status_code=response.status_code,
                duration_ms=round(elapsed * 1000, 1),
                attempt=attempt,
                breaker_state=request.extensions.get(_extensions.BREAKER_STATE),
                error_type=error_type(response),
            ),
        )

    def _log_failure(self, request: httpx.Request, exc: Exception, elapsed: float) -> None:
        refused = isinstance(exc, CircuitOpenError)
        attempt = None if refused else request.extensions.get(_extensions.ATTEMPT) or 1
        self.log.warning(
            "%s%s %s -> %s (%.1f ms, %s)",
            _prefix(request),
            request.method,
            request.url.path,
            type(exc).__name__,
            elapsed * 1000,
            "not sent" if refused else f"attempt {attempt}",
            extra=_record_fields(
                request,
                duration_ms=round(elapsed * 1000, 1),
                attempt=attempt,
                breaker_state="open" if refused else request.extensions.get(_extensions.BREAKER_STATE),
                error_type=error_type(exc),
            ),
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
            extra=_record_fields(request, status_code=response.status_code, error_type=error_type(response)),
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
