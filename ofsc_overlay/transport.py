"""Assembly of the HTTP stack shared by OFSC and AsyncOFSC.

``build_sync_client(settings)`` / ``build_async_client(settings)`` return an ``httpx.Client`` /
``httpx.AsyncClient`` with ``base_url`` set, so requests use paths such as ``/rest/ofscCore/v1/...``.
A request passes, top to bottom::

    httpx.Client        auth (Basic / OAuth2 / Bearer: an httpx.Auth flow, may yield a token request),
                        default headers, timeouts, the caller's event hooks (run on every request,
                        token requests included)
    LoggingTransport    one INFO line per request, masked DEBUG detail          (ofsc_overlay._logging)
    BreakerTransport    circuit breaker per API family (or host, or client)     (ofsc_overlay.breaker)
    [TokenFetches]      otel only: counts token requests                        (ofsc_overlay.telemetry)
    RetryTransport      backoff, Retry-After, idempotent methods only           (ofsc_overlay.retry)
    [AttemptSpans]      otel only: a CLIENT span per HTTP attempt               (ofsc_overlay.telemetry)
    base transport      httpx.HTTPTransport (TLS verify, proxy), or the caller's transport

With ``otel`` the runner also opens one span per call around all of it (``OFSC core.get_activity``).

Why the breaker sits above the retry layer: it then counts one outcome per logical request *after* retries
(the failure rule is "5xx after retries, connection errors"), and an open circuit refuses a request before
any retry loop starts, so ``CircuitOpenError`` is never retried. Logging sits on top so a refused request and
the final attempt number of a retried one both appear in the request's single INFO line.

Extension keys (``request.extensions`` / ``response.extensions``) for the layers above this module:

- ``request.extensions["ofsc_retry"]``: per-call retry options, ``{"max_retries": int,
  "retry_non_idempotent": bool}`` (:class:`ofsc_overlay.retry.RetryOptions`). ``max_retries=0`` sends once;
  ``retry_non_idempotent=True`` lets POST/PATCH be retried for that call.
- ``response.extensions["ofsc_attempt"]`` (and ``request.extensions`` after an exception): the 1-based number
  of the attempt that produced the outcome.
- ``request.extensions["ofsc_sensitive"] = True``: never log this request's or response's body.
- ``request.extensions["ofsc_operation"]`` / ``["ofsc_url_template"]``: set by the runner, reported by the
  logging and telemetry layers instead of the raw path; ``["ofsc_breaker_state"]``: set by the breaker.
- ``request.extensions["ofsc_read_body"] = True``: read the body inside the retry layer (per attempt), so a
  failure while it streams in is retried and counted by the breaker (set for catalog calls and token
  requests; without it the body is read after the transports return, as a caller's ``stream()`` needs).

Exceptions out of the stack: httpx's own transport exceptions (``httpx.TimeoutException``,
``httpx.TransportError``) after retries, and :class:`ofsc_overlay.errors.CircuitOpenError`. Map the former
with :func:`ofsc_overlay.errors.error_from_exception` (without ``ofsc_read_body``, a timeout while reading
the body happens after the transports return, so this mapping belongs where the response is read).
Non-2xx responses are returned, not raised: :func:`ofsc_overlay.errors.error_from_response` turns them into
typed errors. The OAuth2 flow raises the typed error itself when the token service refuses.
"""

from __future__ import annotations

import platform
import ssl
import time
import urllib.request
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any

import httpx

from . import _observe
from ._logging import LoggingTransport
from .auth import BasicAuth, BearerToken, OAuth2ClientCredentials
from .breaker import BreakerRegistry, BreakerTransport
from .config import Settings
from .errors import ConfigurationError
from .retry import OFSCRetry, RetryTransport

__all__ = ["build_async_client", "build_auth", "build_sync_client", "user_agent"]

SyncHook = Callable[..., Any]
AsyncHook = Callable[..., Awaitable[Any]]


def build_auth(settings: Settings, *, clock: Callable[[], float] | None = None) -> httpx.Auth:
    """The ``httpx.Auth`` for ``settings.auth``."""
    if settings.auth == "bearer":
        if settings.token is None:
            raise ConfigurationError("auth='bearer' needs a token.", setting="token")
        return BearerToken(settings.token)
    if settings.client_id is None or settings.client_secret is None or settings.instance is None:
        missing = next(
            name for name in ("client_id", "client_secret", "instance") if getattr(settings, name) is None
        )
        raise ConfigurationError(f"auth={settings.auth!r} needs {missing}.", setting=missing)
    if settings.auth == "oauth2":
        return OAuth2ClientCredentials(
            token_url=settings.token_url,
            client_id=settings.client_id,
            instance=settings.instance,
            client_secret=settings.client_secret,
            clock=clock or time.monotonic,
        )
    return BasicAuth(settings.client_id, settings.instance, settings.client_secret)


def build_sync_client(
    settings: Settings,
    *,
    transport: httpx.BaseTransport | None = None,
    event_hooks: Mapping[str, Sequence[SyncHook]] | None = None,
    headers: Mapping[str, str] | None = None,
    auth: httpx.Auth | None = None,
    breaker_registry: BreakerRegistry | None = None,
    sleep: Callable[[float], None] | None = None,
    clock: Callable[[], float] | None = None,
) -> httpx.Client:
    """An ``httpx.Client`` for ``settings`` with the whole stack (see the module docstring).

    ``transport`` replaces the bottom HTTP transport (a mock, an ASGI/WSGI app, a custom pool); everything
    above it stays. ``sleep`` and ``clock`` are for tests: retry waits, and the time of the breaker, the token
    cache and the log durations.
    """
    if transport is not None and not isinstance(transport, httpx.BaseTransport):
        raise TypeError("build_sync_client needs a synchronous transport (httpx.BaseTransport)")
    base = transport if transport is not None else httpx.HTTPTransport(**_transport_options(settings))
    stack = _stack(settings, base, breaker_registry=breaker_registry, sleep=sleep, clock=clock)
    return httpx.Client(
        **_client_options(settings, stack, event_hooks, headers=headers, auth=auth, clock=clock)
    )


def build_async_client(
    settings: Settings,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    event_hooks: Mapping[str, Sequence[AsyncHook]] | None = None,
    headers: Mapping[str, str] | None = None,
    auth: httpx.Auth | None = None,
    breaker_registry: BreakerRegistry | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    clock: Callable[[], float] | None = None,
) -> httpx.AsyncClient:
    """The ``httpx.AsyncClient`` twin of :func:`build_sync_client` (event hooks must be coroutines)."""
    if transport is not None and not isinstance(transport, httpx.AsyncBaseTransport):
        raise TypeError("build_async_client needs an asynchronous transport (httpx.AsyncBaseTransport)")
    base = transport if transport is not None else httpx.AsyncHTTPTransport(**_transport_options(settings))
    stack = _stack(settings, base, breaker_registry=breaker_registry, async_sleep=sleep, clock=clock)
    return httpx.AsyncClient(
        **_client_options(settings, stack, event_hooks, headers=headers, auth=auth, clock=clock)
    )


def user_agent() -> str:
    """``ofsc-overlay/<version> httpx/<version> python/<version>``."""
    # The version from the package itself: importlib.metadata would cost every client tens of milliseconds
    # of imports and a scan of sys.path for installed distributions.
    from ._version import __version__

    return f"ofsc-overlay/{__version__} httpx/{httpx.__version__} python/{platform.python_version()}"


# --- internals -----------------------------------------------------------------------------------------


def _stack(
    settings: Settings,
    base: httpx.BaseTransport | httpx.AsyncBaseTransport,
    *,
    breaker_registry: BreakerRegistry | None,
    sleep: Callable[[float], None] | None = None,
    async_sleep: Callable[[float], Awaitable[None]] | None = None,
    clock: Callable[[], float] | None = None,
) -> LoggingTransport:
    retry = OFSCRetry.create(
        max_retries=settings.max_retries,
        backoff_factor=settings.backoff_factor,
        backoff_max=settings.backoff_max,
        retry_after_max=settings.retry_after_max,
        sleep=sleep,
        async_sleep=async_sleep,
    )
    telemetry = _observe.enable_otel() if settings.otel else None
    if telemetry is not None:
        base = telemetry.attempt_layer(base)
    layer: httpx.BaseTransport | httpx.AsyncBaseTransport = RetryTransport(base, retry)
    if telemetry is not None:
        layer = telemetry.token_layer(layer)
    if settings.breaker_failure_threshold > 0:
        layer = BreakerTransport(
            layer,
            registry=breaker_registry,
            scope=settings.breaker_scope,
            failure_threshold=settings.breaker_failure_threshold,
            reset_timeout=settings.breaker_reset_timeout,
            clock=clock or time.monotonic,
        )
    return LoggingTransport(layer, clock=clock or time.perf_counter)


def _client_options(
    settings: Settings,
    stack: LoggingTransport,
    event_hooks: Mapping[str, Sequence[Callable[..., Any]]] | None,
    *,
    headers: Mapping[str, str] | None,
    auth: httpx.Auth | None,
    clock: Callable[[], float] | None,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client`` / ``httpx.AsyncClient``: the same for both."""
    return {
        "base_url": settings.base_url,
        "auth": auth if auth is not None else build_auth(settings, clock=clock),
        "headers": _headers(settings, headers),
        "timeout": _timeout(settings),
        "transport": stack,
        "event_hooks": {name: list(hooks) for name, hooks in (event_hooks or {}).items()},
        "follow_redirects": False,
        "trust_env": settings.trust_env,
    }


def _transport_options(settings: Settings) -> dict[str, Any]:
    verify: bool | ssl.SSLContext = settings.verify if isinstance(settings.verify, bool) else True
    if isinstance(settings.verify, str):
        verify = ssl.create_default_context(cafile=settings.verify)
    options: dict[str, Any] = {"verify": verify, "trust_env": settings.trust_env}
    proxy = _proxy_for(settings)
    if proxy is not None:
        options["proxy"] = proxy
    return options


def _proxy_for(settings: Settings) -> str | None:
    """The explicit proxy, else (with trust_env) the environment's proxy for the base URL unless bypassed.

    httpx ignores environment proxies when a client is given its own transport, so they are applied here.
    """
    if settings.proxy is not None:
        return settings.proxy
    if not settings.trust_env:
        return None
    url = httpx.URL(settings.base_url)
    proxies = urllib.request.getproxies()
    proxy = proxies.get(url.scheme) or proxies.get("all")
    if not proxy or urllib.request.proxy_bypass(url.host):
        return None
    return proxy


def _headers(settings: Settings, extra: Mapping[str, str] | None) -> dict[str, str]:
    headers = {"User-Agent": user_agent(), "Accept": "application/json"}
    headers.update(settings.headers)
    headers.update(extra or {})
    return headers


def _timeout(settings: Settings) -> httpx.Timeout:
    return httpx.Timeout(settings.timeout, connect=settings.connect_timeout)
