"""Exceptions raised by ofsc_overlay.

Hierarchy::

    OFSCError
    ├── ConfigurationError            a setting is missing or invalid (names the setting and its sources)
    ├── RequestValidationError        an argument was rejected before any request was sent
    ├── APIConnectionError            no HTTP response (connection refused, DNS, TLS, reset, ...)
    │   ├── APITimeoutError           the request timed out
    │   └── CircuitOpenError          the circuit breaker for the host is open: nothing was sent
    └── APIStatusError                the server answered with a non-2xx status
        ├── BadRequestError           400
        ├── AuthenticationError       401
        ├── PermissionDeniedError     403
        ├── NotFoundError             404
        ├── ConflictError             409
        ├── UnprocessableEntityError  422
        ├── RateLimitError            429 (``retry_after`` in seconds when the server said)
        └── InternalServerError       5xx

Messages are written to read well in a traceback and never contain a credential: URLs have sensitive query
values masked, server-provided text is passed through the same masking as log lines.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Sequence
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from typing import Any

import httpx

from ._redact import mask_text, mask_url

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "CircuitOpenError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "OFSCError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "UnprocessableEntityError",
    "error_from_exception",
    "error_from_response",
    "parse_retry_after",
]

# Characters of the server's detail quoted in the message (the attribute keeps all of it).
_DETAIL_IN_MESSAGE = 500


class OFSCError(Exception):
    """Root of every exception raised by ofsc_overlay."""


class ConfigurationError(OFSCError, ValueError):
    """A setting is missing or invalid.

    ``setting`` is the setting's name (``client_secret``), ``sources`` lists where it can come from, most
    specific first (``client_secret=...``, ``OFSC_CLIENT_SECRET``, ``config.toml [profiles.default]``).
    """

    def __init__(self, reason: str, *, setting: str, sources: Sequence[str] = ()) -> None:
        self.setting = setting
        self.reason = reason
        self.sources = tuple(sources)
        message = reason
        if self.sources:
            message = f"{reason} Set it with {_or_list(self.sources)}."
        super().__init__(message)


class RequestValidationError(OFSCError, ValueError):
    """An argument of an operation call was missing, of the wrong type or not an allowed value.

    Raised before any request is sent. ``operation`` is the catalog key (``core.get_activity``), ``parameter``
    the Python argument name (``activity_id``), ``reason`` a short explanation.
    """

    def __init__(self, operation: str, parameter: str, reason: str) -> None:
        self.operation = operation
        self.parameter = parameter
        self.reason = reason
        super().__init__(f"{operation}: argument {parameter!r} {reason}")


class APIConnectionError(OFSCError):
    """The request got no HTTP response: the connection failed, was reset, or the TLS handshake failed."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        self.request = request
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool timeout)."""


class CircuitOpenError(APIConnectionError):
    """A circuit breaker for ``origin`` is open: the request was refused without touching the network.

    ``breaker`` names the open breaker (``https://host:443/rest/ofscCore/`` for the Core API's, the origin for
    a host-wide one); ``retry_in`` is the number of seconds until it lets a probe request through.
    """

    def __init__(
        self,
        *,
        origin: str,
        failures: int,
        retry_in: float,
        request: httpx.Request | None = None,
        breaker: str | None = None,
    ) -> None:
        self.origin = origin
        self.breaker = origin if breaker is None else breaker
        self.failures = failures
        self.retry_in = retry_in
        what = f" {request.method} {request.url.path}" if request is not None else " the request"
        message = (
            f"Circuit open for {self.breaker} after {failures} consecutive failures: did not send{what}; "
            f"the next probe is allowed in {max(retry_in, 0.0):.1f} s."
        )
        super().__init__(message, request=request)


class APIStatusError(OFSCError):
    """The server answered with a non-2xx status.

    Attributes: ``status_code``, ``method``, ``url``, OFSC's error fields ``type``, ``title``, ``detail`` and
    ``error_code`` (``o:errorCode`` or similar, when present), ``body`` (parsed JSON, text or None) and the
    ``response`` itself.
    """

    def __init__(
        self,
        response: httpx.Response,
        *,
        type: str | None = None,
        title: str | None = None,
        detail: str | None = None,
        error_code: str | None = None,
        body: Any = None,
    ) -> None:
        self.response = response
        self.status_code = response.status_code
        request = _request_of(response)
        self.method = request.method if request is not None else ""
        self.url = mask_url(request.url) if request is not None else ""
        self.type = type
        self.title = title
        self.detail = detail
        self.error_code = error_code
        self.body = body
        super().__init__(self._message())

    def _message(self) -> str:
        status = f"{self.status_code} {_reason(self.status_code)}".rstrip()
        head = f"{self.method} {self.url} returned {status}" if self.method else f"Server returned {status}"
        parts = [p for p in (self.title, self.detail) if p and p != _reason(self.status_code)]
        text = ": " + " - ".join(parts) if parts else ""
        if len(text) > _DETAIL_IN_MESSAGE:
            text = text[:_DETAIL_IN_MESSAGE] + "..."
        code = f" (error code {self.error_code})" if self.error_code else ""
        return mask_text(f"{head}{text}{code}")


class BadRequestError(APIStatusError):
    """400 Bad Request."""


class AuthenticationError(APIStatusError):
    """401 Unauthorized: wrong credentials, expired token, or a token without the needed scope."""


class PermissionDeniedError(APIStatusError):
    """403 Forbidden."""


class NotFoundError(APIStatusError):
    """404 Not Found."""


class ConflictError(APIStatusError):
    """409 Conflict."""


class UnprocessableEntityError(APIStatusError):
    """422 Unprocessable Entity."""


class RateLimitError(APIStatusError):
    """429 Too Many Requests. ``retry_after``: seconds the server asked to wait, or None."""

    def __init__(self, response: httpx.Response, **fields: Any) -> None:
        self.retry_after = parse_retry_after(response.headers.get("Retry-After", ""))
        super().__init__(response, **fields)


class InternalServerError(APIStatusError):
    """A 5xx status."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_from_response(response: httpx.Response) -> APIStatusError:
    """Build the typed error for a non-2xx response, reading OFSC's error body when there is one.

    OFSC's error body is JSON with ``type``, ``title``, ``status`` (a string) and ``detail``; one 409 adds
    ``o:errorCode``. The token service answers OAuth-style ``error`` / ``error_description``. Anything else
    (HTML from a gateway, plain text, an empty or unread body) is tolerated: the text, cut short, becomes the
    detail. The response body should have been read (``response.read()``) before calling this; an unread
    streaming body is simply left out.
    """
    body, fields = _parse_error_body(response)
    status = response.status_code
    cls = _BY_STATUS.get(status) or (InternalServerError if 500 <= status <= 599 else APIStatusError)
    return cls(response, body=body, **fields)


def error_from_exception(exc: Exception, request: httpx.Request | None = None) -> APIConnectionError:
    """Wrap an httpx transport exception (no response received) in the matching OFSC error.

    Timeouts become :class:`APITimeoutError`, every other failure :class:`APIConnectionError`. An
    :class:`APIConnectionError` (for instance a :class:`CircuitOpenError`) is returned unchanged.
    """
    if isinstance(exc, APIConnectionError):
        return exc
    if request is None and isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:
            request = None
    where = f" ({request.method} {mask_url(request.url)})" if request is not None else ""
    reason = mask_text(str(exc)) or type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"Request timed out{where}: {type(exc).__name__}: {reason}", request=request)
    return APIConnectionError(f"Connection failed{where}: {type(exc).__name__}: {reason}", request=request)


def parse_retry_after(value: str, *, now: datetime.datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delay-seconds or an HTTP date); None when unusable."""
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return max(seconds, 0.0) if seconds == seconds else None  # NaN is unusable
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.UTC)
    current = now or datetime.datetime.now(datetime.UTC)
    return max((when - current).total_seconds(), 0.0)


def _parse_error_body(response: httpx.Response) -> tuple[Any, dict[str, str | None]]:
    fields: dict[str, str | None] = {}
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return None, fields
    if not content:
        return None, fields
    try:
        body: Any = json.loads(content)
    except (ValueError, UnicodeDecodeError):
        text = " ".join(content.decode("utf-8", errors="replace").split())
        if text:
            fields["detail"] = text[:_DETAIL_IN_MESSAGE]
        return text, fields
    if isinstance(body, dict):
        fields["type"] = _text(body.get("type"))
        fields["title"] = _text(body.get("title")) or _text(body.get("error"))
        fields["detail"] = _text(body.get("detail")) or _text(body.get("error_description"))
        for key in ("o:errorCode", "errorCode", "error_code", "code"):
            if body.get(key) not in (None, ""):
                fields["error_code"] = _text(body[key])
                break
    return body, fields


def _text(value: object) -> str | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else str(value)


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a Response built by hand has no request
        return None


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _or_list(items: Sequence[str]) -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" or {items[-1]}"
