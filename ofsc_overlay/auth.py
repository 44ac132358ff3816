"""Authentication as ``httpx.Auth`` flows, each with a sync and an async implementation.

- :class:`BasicAuth`: ``Authorization: Basic base64(<client_id>@<instance>:<secret>)`` on every request.
- :class:`OAuth2ClientCredentials`: fetches an access token from OFSC's token service with the
  client-credentials grant (the token request itself authenticated with the Basic header above), caches it,
  refreshes it ``refresh_margin`` seconds (5 minutes) before ``expires_in`` runs out, and on a 401 refreshes
  once and re-sends the request.
- :class:`BearerToken`: a caller-supplied token (a string, or a callable returning the current one).

The token request is *yielded from the auth flow* rather than sent by a private client: httpx then sends it
through the same client and transport stack as any other request, so it is logged (with its body masked), gets
the circuit breaker and is retried (it is marked safe to repeat: asking for a token has no side effect).

Single flight: concurrent requests on a cold or expired cache wait on one lock while the first of them fetches
the token, then all use it. Sync flows share a ``threading.Lock``; async flows an ``asyncio.Lock`` per event
loop (a threading lock held across ``await`` would block the loop).

Each client builds its own auth object, so each client caches its own token. One
:class:`OAuth2ClientCredentials` may be handed to several httpx clients (``build_sync_client(auth=...)``);
they then share the cached token, but a sync and an async client (or clients on two event loops) that find the
cache cold at the same moment each fetch a token: single flight holds per thread lock and per event loop, not
across them. Both tokens are valid; the later one stays cached.
"""

from __future__ import annotations

import asyncio
import base64
import json
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator

import attrs
import httpx

from . import _extensions
from ._redact import register_secret
from .errors import APIResponseValidationError, error_from_response

__all__ = ["BasicAuth", "BearerToken", "OAuth2ClientCredentials", "basic_header"]

DEFAULT_REFRESH_MARGIN = 300.0  # seconds before expiry at which a token is replaced
DEFAULT_EXPIRES_IN = 3600.0  # assumed lifetime when the token service does not say
TOKEN_SERVICE_PATH = "/rest/oauthTokenService/"
#: The token endpoints, relative to the base URL's path: the only requests that carry the Basic credentials
#: in OAuth2 mode (``client.auth.get_token`` / ``get_token_v1`` call them).
TOKEN_ENDPOINTS = ("/rest/oauthTokenService/v2/token", "/rest/oauthTokenService/v1/token")

# `pragma: no mutate (header case)` marks the lines that only write or read a header by name: a mutation
# run would turn the name into another case there, which httpx's case-insensitive headers make equivalent.


def basic_header(client_id: str, instance: str, client_secret: str) -> str:
    """The ``Authorization`` value of OFSC Basic auth: user ``<client_id>@<instance>``.

    The secret, the credentials and their base64 form are registered for masking (see ``_redact``).
    """
    credentials = f"{client_id}@{instance}:{client_secret}"
    encoded = base64.b64encode(credentials.encode()).decode("ascii")
    register_secret(client_secret)
    register_secret(credentials)
    register_secret(encoded)
    return "Basic " + encoded


class BasicAuth(httpx.Auth):
    """OFSC Basic authentication (user ``<client_id>@<instance>``, password the client secret)."""

    def __init__(self, client_id: str, instance: str, client_secret: str) -> None:
        self.username = f"{client_id}@{instance}"
        self._header = basic_header(client_id, instance, client_secret)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header  # pragma: no mutate (header case)
        yield request

    def __repr__(self) -> str:
        return f"BasicAuth(username={self.username!r}, password='***')"


class BearerToken(httpx.Auth):
    """A caller-supplied access token: a string, or a callable returning the current token on each request."""

    def __init__(self, token: str | Callable[[], str]) -> None:
        self._token = token
        self._shown: str | None = None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._token() if callable(self._token) else self._token
        if token is not self._shown:  # register each new token once, not on every request
            register_secret(token)
            self._shown = token
        request.headers["Authorization"] = f"Bearer {token}"  # pragma: no mutate (header case)
        yield request

    def __repr__(self) -> str:
        return "BearerToken(token='***')"


@attrs.frozen
class _Token:
    value: str = attrs.field(repr=False)
    #: clock() reading after which the token is replaced.
    refresh_at: float


def token_endpoints(token_url: str) -> frozenset[tuple[str, bytes]]:
    """(origin, raw path) of the token endpoints next to ``token_url``: the v2 and v1 token paths.

    A gateway may put the API under a prefix (``https://gw/ofsc/rest/oauthTokenService/v2/token``): the
    prefix of ``token_url`` is kept for both.
    """
    url = httpx.URL(token_url)
    path = url.raw_path.split(b"?", 1)[0]
    endpoints = {(_origin(url), path)}
    for known in TOKEN_ENDPOINTS:
        encoded = known.encode()
        if path.endswith(encoded):
            prefix = path[: -len(encoded)]
            endpoints.update((_origin(url), prefix + other.encode()) for other in TOKEN_ENDPOINTS)
    return frozenset(endpoints)


def _origin(url: httpx.URL) -> str:
    return f"{url.scheme}://{url.host}:{url.port or {'https': 443, 'http': 80}.get(url.scheme, 0)}"


def _is_token_service(request: httpx.Request, endpoints: frozenset[tuple[str, bytes]]) -> bool:
    # OFSC's token service authenticates callers with Basic, never with a bearer token: calls that a user
    # makes to it (client.auth.get_token) must carry the client's Basic header. Recognised by the exact,
    # still-encoded path on the token URL's origin: an id that decodes to ".../oauthTokenService/..." is one
    # encoded segment of another path and gets the bearer token.
    return (_origin(request.url), request.url.raw_path.split(b"?", 1)[0]) in endpoints


class OAuth2ClientCredentials(httpx.Auth):
    """OAuth2 client-credentials tokens from ``token_url``, cached and refreshed.

    ``clock`` returns seconds (monotonic by default); tests inject their own. ``scope`` is sent as OFSC's
    ``ofsc_dynamic_scope`` (space-separated URLs) when given.
    """

    def __init__(
        self,
        *,
        token_url: str,
        client_id: str,
        instance: str,
        client_secret: str,
        scope: str | None = None,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self._token_endpoints = token_endpoints(token_url)
        self.username = f"{client_id}@{instance}"
        self.scope = scope
        self.refresh_margin = refresh_margin
        self._basic = basic_header(client_id, instance, client_secret)
        self._clock = clock
        self._token: _Token | None = None
        self._thread_lock = threading.Lock()
        self._locks_guard = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        #: Number of token requests sent (observable, for tests and metrics).
        self.token_requests = 0

    def __repr__(self) -> str:
        return f"OAuth2ClientCredentials(token_url={self.token_url!r}, username={self.username!r})"

    def invalidate(self) -> None:
        """Forget the cached token: the next request fetches a new one."""
        self._token = None

    # -- sync --

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if _is_token_service(request, self._token_endpoints):
            request.headers["Authorization"] = self._basic  # pragma: no mutate (header case)
            yield request
            return
        token = self._fresh_token()
        if token is None:
            with self._thread_lock:
                token = self._fresh_token()
                if token is None:
                    token_response = yield self._token_request(request)
                    token_response.read()
                    token = self._accept(token_response)
        request.headers["Authorization"] = f"Bearer {token.value}"  # pragma: no mutate (header case)
        response = yield request
        if response.status_code != 401 or self._cannot_resend(request, token):
            return
        # The token was refused (revoked, expired early, rotated): replace it once and re-send.
        with self._thread_lock:
            current = self._token
            if current is None or current is token:
                token_response = yield self._token_request(request)
                token_response.read()
                current = self._accept(token_response)
        request.headers["Authorization"] = f"Bearer {current.value}"  # pragma: no mutate (header case)
        yield request

    # -- async --

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if _is_token_service(request, self._token_endpoints):
            request.headers["Authorization"] = self._basic  # pragma: no mutate (header case)
            yield request
            return
        token = self._fresh_token()
        if token is None:
            async with self._async_lock():
                token = self._fresh_token()
                if token is None:
                    token_response = yield self._token_request(request)
                    await token_response.aread()
                    token = self._accept(token_response)
        request.headers["Authorization"] = f"Bearer {token.value}"  # pragma: no mutate (header case)
        response = yield request
        if response.status_code != 401 or self._cannot_resend(request, token):
            return
        async with self._async_lock():
            current = self._token
            if current is None or current is token:
                token_response = yield self._token_request(request)
                await token_response.aread()
                current = self._accept(token_response)
        request.headers["Authorization"] = f"Bearer {current.value}"  # pragma: no mutate (header case)
        yield request

    # -- shared --

    def _cannot_resend(self, request: httpx.Request, token: _Token) -> bool:
        """A streamed upload goes out once: the 401 stands, and the next call gets a new token."""
        if not request.extensions.get(_extensions.NOT_REPLAYABLE):
            return False
        if self._token is token:
            self._token = None
        return True

    def _async_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        # A separate guard: the token lock may be held by a sync flow for a whole token request.
        with self._locks_guard:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
        return lock

    def _fresh_token(self) -> _Token | None:
        token = self._token
        if token is not None and self._clock() < token.refresh_at:
            return token
        return None

    def _token_request(self, original: httpx.Request) -> httpx.Request:
        self.token_requests += 1
        data = {"grant_type": "client_credentials"}
        if self.scope:
            data["ofsc_dynamic_scope"] = self.scope
        headers = {"Authorization": self._basic, "Accept": "application/json"}
        if "User-Agent" in original.headers:  # pragma: no mutate (header case)
            headers["User-Agent"] = original.headers["User-Agent"]  # pragma: no mutate (header case)
        extensions: dict[str, object] = {
            _extensions.RETRY: {"retry_non_idempotent": True},
            _extensions.SENSITIVE: True,
            _extensions.READ_BODY: True,
        }
        # A request yielded from an auth flow skips the client's build_request: without the client's timeout
        # copied from the original request, the token request would have none.
        if "timeout" in original.extensions:
            extensions["timeout"] = original.extensions["timeout"]
        return httpx.Request("POST", self.token_url, data=data, headers=headers, extensions=extensions)

    def _accept(self, response: httpx.Response) -> _Token:
        if not response.is_success:
            raise error_from_response(response)
        try:
            payload = json.loads(response.content)
        except (ValueError, RecursionError):  # HTML from a proxy, truncated or over-deep JSON
            payload = None
        value = None
        expires_in: object = None
        if isinstance(payload, dict):
            value = payload.get("access_token") or payload.get("token")  # v2 / deprecated v1
            expires_in = payload.get("expires_in")
        if not isinstance(value, str) or not value:
            raise APIResponseValidationError(
                response,
                operation="token request",
                reason=f"the token service at {self.token_url} answered without an access_token",
            )
        lifetime = DEFAULT_EXPIRES_IN
        if isinstance(expires_in, (int, float, str)) and not isinstance(expires_in, bool):
            try:
                lifetime = max(float(expires_in), 0.0)
            except ValueError:
                pass
        # Refresh `refresh_margin` before expiry, but never spend more than half of a short lifetime on it.
        margin = min(self.refresh_margin, lifetime / 2)
        register_secret(value)
        token = _Token(value=value, refresh_at=self._clock() + lifetime - margin)
        self._token = token
        return token
