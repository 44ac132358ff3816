"""A read-only guard for checks against a real tenant: GET requests and the OAuth2 token request pass,
every other request is refused before it leaves the process.

:class:`ReadOnlyTransport` is the bottom transport of a client (``OFSC(transport=...)``), below auth,
retries, the circuit breaker and logging, so it sees every request actually sent, token requests included,
and times each one (until its body is read). It never keeps a credential in what it records: only the
scheme of the ``Authorization`` header; the credential itself goes to ``on_secret`` so a report can mask it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from .._layer import Layer

__all__ = ["CallRecord", "ReadOnlyTransport", "WriteRefused"]


class WriteRefused(Exception):
    """A request other than GET (or the token request) was attempted through a :class:`ReadOnlyTransport`."""

    def __init__(self, method: str, path: str) -> None:
        super().__init__(
            f"refused {method} {path}: only GET requests and the token request may be sent (read-only check)"
        )
        self.method = method
        self.path = path


@dataclass(frozen=True, slots=True)
class CallRecord:
    """One request as the guard saw it."""

    method: str
    path: str
    #: The answer's status; None when the request was refused or failed without an answer.
    status: int | None
    #: From handing the request to the network to the end of the answer's body.
    seconds: float
    #: ``Basic``, ``Bearer`` or None: the scheme only, never the credential.
    auth_scheme: str | None
    refused: bool = False


class ReadOnlyTransport(Layer):
    """Lets GET and ``POST <token_path>`` through to ``inner``; raises :class:`WriteRefused` for the rest.

    ``on_call`` receives a :class:`CallRecord` per request (refused ones included), ``on_secret`` the
    credential part of each ``Authorization`` header seen, ``clock`` (seconds) times the calls.
    """

    label = "read-only guard"

    def __init__(
        self,
        inner: httpx.BaseTransport | httpx.AsyncBaseTransport,
        *,
        token_path: str,
        on_call: Callable[[CallRecord], None] | None = None,
        on_secret: Callable[[str], None] | None = None,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        super().__init__(inner)
        self.token_path = token_path
        self._on_call = on_call
        self._on_secret = on_secret
        self._clock = clock

    def allows(self, request: httpx.Request) -> bool:
        if request.method == "GET":
            return True
        return request.method == "POST" and request.url.path == self.token_path

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        scheme = self._admit(request)
        inner = self.sync_inner()
        start = self._clock()
        try:
            response = inner.handle_request(request)
            response.read()
        except BaseException:
            self._record(request, None, start, scheme)
            raise
        self._record(request, response.status_code, start, scheme)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        scheme = self._admit(request)
        inner = self.async_inner()
        start = self._clock()
        try:
            response = await inner.handle_async_request(request)
            await response.aread()
        except BaseException:
            self._record(request, None, start, scheme)
            raise
        self._record(request, response.status_code, start, scheme)
        return response

    # -- internals --

    def _admit(self, request: httpx.Request) -> str | None:
        """The request's auth scheme, after handing its credential to ``on_secret``; refuses writes."""
        scheme: str | None = None
        authorization = request.headers.get("Authorization")
        if authorization:
            scheme, _, credential = authorization.partition(" ")
            if credential and self._on_secret is not None:
                self._on_secret(credential.strip())
        if not self.allows(request):
            if self._on_call is not None:
                self._on_call(CallRecord(request.method, request.url.path, None, 0.0, scheme, refused=True))
            raise WriteRefused(request.method, request.url.path)
        return scheme

    def _record(self, request: httpx.Request, status: int | None, start: float, scheme: str | None) -> None:
        if self._on_call is not None:
            self._on_call(CallRecord(request.method, request.url.path, status, self._clock() - start, scheme))
