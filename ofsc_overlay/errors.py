"""Exceptions raised by ofsc_overlay.

Hierarchy::

    OFSCError
    ├── ConfigurationError            a setting is missing or invalid (names the setting and its sources)
    ├── RequestValidationError        an argument was rejected before any request was sent
    ├── OperationRemovedError         the operation was removed from Oracle's API: nothing was sent
    ├── PaginationError               a listing did not advance (a repeated page, a cycling cursor)
    └── APIError                      an exchange with the server went wrong
        ├── APIConnectionError        no HTTP response (connection refused, DNS, TLS, reset, ...)
        │   ├── APITimeoutError       the request timed out
        │   └── CircuitOpenError      the circuit breaker for the host is open: nothing was sent
        ├── APIResponseValidationError  a 2xx answer whose body is not what the operation declares
        └── APIStatusError            the server answered with a non-2xx status
            ├── BadRequestError           400
            ├── AuthenticationError       401
            ├── PermissionDeniedError     403
            ├── NotFoundError             404
            ├── ConflictError             409
            ├── UnprocessableEntityError  422
            ├── RateLimitError            429 (``retry_after`` in seconds when the server said)
            └── InternalServerError       5xx

Messages are written to read well in a traceback and never contain a credential: URLs have sensitive query
values masked, server-provided text is passed through the same masking as log lines, and the secrets the
client knows (its client secret, current token, Basic credentials) are masked by value in ``str()`` and
``repr()`` of every exception, even when a server echoes them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import httpx

from ._error_details import DETAIL_IN_MESSAGE, error_body, reason_phrase, snippet
from ._error_details import parse_retry_after as parse_retry_after
from ._redact import mask_known, mask_text, mask_url

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
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
    "OperationRemovedError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "UnprocessableEntityError",
    "error_from_exception",
    "error_from_response",
    "parse_retry_after",
]


class OFSCError(Exception):
    """Root of every exception raised by ofsc_overlay."""

    # Masked again when shown: a secret may have become known (a fresh token) after the message was built.
    def __str__(self) -> str:
        return mask_known(super().__str__())

    def __repr__(self) -> str:
        return mask_known(super().__repr__())


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


class OperationRemovedError(OFSCError):
    """The operation was removed from Oracle's API in spec ``removed_in``; nothing was sent.

    Its name stays reserved (never given to another operation), so old code fails here with a pointer to the
    API changelog instead of an ``AttributeError`` or a call to something else.
    """

    def __init__(self, operation: str, removed_in: str) -> None:
        self.operation = operation
        self.removed_in = removed_in
        super().__init__(
            f"{operation} was removed from Oracle's API in {removed_in}; see docs/api-changes/{removed_in}.md"
        )


def removed_operation(key: str) -> OperationRemovedError | None:
    """The error for a retired operation key ("statistics.update_x"), or None when it was never retired."""
    from ofsc_generated import catalog

    gone = getattr(catalog, "RETIRED", {}).get(key)
    return OperationRemovedError(key, gone.removed_in) if gone is not None else None


class PaginationError(OFSCError):
    """A paged walk stopped because the listing did not advance.

    A server that answers the same page again and again, or an events cursor that comes back to one already
    followed, would otherwise make ``get_all_*`` loop for ever. ``operation`` is the catalog key, ``requests``
    the number of page requests sent, ``reason`` what was seen.
    """

    def __init__(self, operation: str, *, requests: int, reason: str) -> None:
        self.operation = operation
        self.requests = requests
        self.reason = reason
        super().__init__(f"{operation}: paging stopped after {requests} requests: {reason}")


class APIError(OFSCError):
    """An exchange with the server went wrong: no answer, an error status, or an answer that did not parse."""


class APIConnectionError(APIError):
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


class APIResponseValidationError(APIError):
    """A 2xx answer whose body is not what the operation declares.

    HTML from a proxy, truncated or over-deep JSON, ``null``, a list or a number where an object is declared,
    or no body where a model is declared. The request was processed (the status is 2xx): do not blindly repeat
    a write. Attributes: ``operation`` (catalog key), ``status_code``, ``headers``, ``method``, ``url``,
    ``body`` (the first characters of the body, masked), ``reason`` and the ``response`` itself.
    """

    def __init__(self, response: httpx.Response, *, operation: str, reason: str) -> None:
        self.response = response
        self.operation = operation
        self.status_code = response.status_code
        self.headers = response.headers
        self.method, self.url = _method_and_url(response)
        self.reason = mask_text(reason)
        self.body = snippet(response)
        where = f"{self.method} {self.url}" if self.method else "The server"
        shown = f"; body: {self.body!r}" if self.body else "; the body is empty"
        super().__init__(
            f"{where} ({operation}) answered {self.status_code} with a body that is not what the operation "
            f"declares: {self.reason}{shown}"
        )


class APIStatusError(APIError):
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
        self.method, self.url = _method_and_url(response)
        # The server's text, with the secrets this client knows masked (a server may echo a token back).
        self.type = _known_masked(type)
        self.title = _known_masked(title)
        self.detail = _known_masked(detail)
        self.error_code = error_code
        self.body = body
        super().__init__(self._message())

    def _message(self) -> str:
        status = f"{self.status_code} {reason_phrase(self.status_code)}".rstrip()
        head = f"{self.method} {self.url} returned {status}" if self.method else f"Server returned {status}"
        parts = [p for p in (self.title, self.detail) if p and p != reason_phrase(self.status_code)]
        text = ": " + " - ".join(parts) if parts else ""
        if len(text) > DETAIL_IN_MESSAGE:
            text = text[:DETAIL_IN_MESSAGE] + "..."
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
    body, fields = error_body(response)
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


def _known_masked(value: str | None) -> str | None:
    return mask_known(value) if value else value


def _method_and_url(response: httpx.Response) -> tuple[str, str]:
    """The request's method and masked URL; two empty strings when the response has no request."""
    try:
        request = response.request
    except RuntimeError:  # a Response built by hand has no request
        return "", ""
    return request.method, mask_url(request.url)


def _or_list(items: Sequence[str]) -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" or {items[-1]}"
