"""Circuit breaker: stop sending to an API that keeps failing, probe it after a cool-down.

What one breaker guards is its *scope* (:func:`breaker_key` decides the key of a request):

- ``"family"`` (the default): one breaker per API family, ``scheme://host:port/rest/<family>/``. OFSC's
  families (``ofscCore``, ``ofscMetadata``, ``ofscCapacity``, the token service, ...) fail independently, so
  a failing Metadata API does not stop Core calls. A path outside ``/rest/<family>/`` falls back to the host.
- ``"host"``: one breaker per origin (``scheme://host:port``) for every family.
- ``"client"``: one breaker for the client alone (and the clients it makes with ``with_options``), shared
  with no other client.

Breakers of the ``host`` and ``family`` scopes live in the module-level :data:`DEFAULT_REGISTRY`, shared by
every sync and async client of the process that asks for the same thresholds: a client with other
thresholds gets a breaker of its own for the same key. :func:`reset_breakers` closes and forgets them all.
State changes are guarded by a ``threading.Lock`` and never wait on I/O while holding it, so the same breaker
is safe from threads and from event loops.

States: ``closed`` (requests flow; consecutive failures are counted), ``open`` (after
``failure_threshold`` consecutive failures: requests fail fast with
:class:`~ofsc_overlay.errors.CircuitOpenError` without touching the network), ``half_open`` (after
``reset_timeout`` seconds: exactly one probe request is let through; success closes the circuit, failure
opens it again for another ``reset_timeout``).

A failure is a 5xx response or a connection-level error (timeouts, network and protocol errors). Any other
response, 4xx included, proves the server is answering and counts as a success.

Placement (see :mod:`ofsc_overlay.transport`): :class:`BreakerTransport` sits *above* the retry layer. It then
sees one outcome per logical request, after retries (a GET retried three times on 503 is one failure, as the
threshold intends), and an open circuit rejects the request before the retry layer could retry it, so no
retry loop ever spins on ``CircuitOpenError``. The retry layer does not treat ``CircuitOpenError`` as
retryable either (it is not an httpx transport error), so the order is safe both ways.
"""

from __future__ import annotations

import enum
import logging
import re
import threading
import time
import weakref
from collections.abc import Callable
from typing import Literal

import attrs
import httpx

from . import _extensions, _observe
from ._layer import Layer
from .errors import CircuitOpenError

__all__ = [
    "BREAKER_SCOPES",
    "DEFAULT_REGISTRY",
    "DEFAULT_SCOPE",
    "BreakerRegistry",
    "BreakerScope",
    "BreakerTransport",
    "CircuitBreaker",
    "CircuitState",
    "breaker_key",
    "origin_of",
    "reset_breakers",
]

logger = logging.getLogger("ofsc_overlay.breaker")

#: Exceptions that count as a failure of the host (no usable response).
FAILURE_EXCEPTIONS: tuple[type[Exception], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
    httpx.ProxyError,
)


class CircuitState(enum.StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


@attrs.frozen
class Admission:
    """A request let through by :meth:`CircuitBreaker.admit`; ``probe`` marks the single half-open probe."""

    probe: bool


class CircuitBreaker:
    """The breaker of one key (an API family, a host or a client).

    Observable: ``state``, ``consecutive_failures`` and counters.
    """

    def __init__(
        self,
        name: str,
        *,
        failure_threshold: int = 5,
        reset_timeout: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if failure_threshold < 1:
            raise ValueError("failure_threshold must be at least 1")
        if reset_timeout <= 0:
            raise ValueError("reset_timeout must be positive")
        self.name = name
        #: ``scheme://host:port`` of the name when it is a URL (the name of a family breaker has a path).
        self.origin = origin_of(name) if "://" in name else name
        self.failure_threshold = failure_threshold
        self.reset_timeout = reset_timeout
        self._clock = clock
        self._lock = threading.Lock()
        self._state = CircuitState.CLOSED
        self._opened_at = 0.0
        self._probe_in_flight = False
        self.consecutive_failures = 0
        #: Totals since creation.
        self.failures = 0
        self.successes = 0
        self.rejected = 0
        self.times_opened = 0

    def __repr__(self) -> str:
        return (
            f"CircuitBreaker({self.name!r}, state={self.state.value!r}, "
            f"consecutive_failures={self.consecutive_failures}, failure_threshold={self.failure_threshold})"
        )

    @property
    def state(self) -> CircuitState:
        """The current state; an open circuit whose cool-down has passed reads as ``half_open``."""
        with self._lock:
            self._advance()
            return self._state

    @property
    def retry_in(self) -> float:
        """Seconds until a probe is allowed (0 unless open)."""
        with self._lock:
            self._advance()
            if self._state is not CircuitState.OPEN:
                return 0.0
            return max(self._opened_at + self.reset_timeout - self._clock(), 0.0)

    def admit(self, request: httpx.Request | None = None) -> Admission:
        """Let a request through or raise :class:`CircuitOpenError` (nothing is sent then)."""
        with self._lock:
            self._advance()
            if self._state is CircuitState.CLOSED:
                return Admission(probe=False)
            if self._state is CircuitState.HALF_OPEN and not self._probe_in_flight:
                self._probe_in_flight = True
                return Admission(probe=True)
            self.rejected += 1
            retry_in = max(self._opened_at + self.reset_timeout - self._clock(), 0.0)
            failures = self.consecutive_failures
        raise CircuitOpenError(
            origin=self.origin, breaker=self.name, failures=failures, retry_in=retry_in, request=request
        )

    def record_success(self, admission: Admission) -> None:
        with self._lock:
            self.successes += 1
            if admission.probe:
                self._probe_in_flight = False
                self._transition(CircuitState.CLOSED)
                self.consecutive_failures = 0
            elif self._state is CircuitState.CLOSED:
                self.consecutive_failures = 0
            # A success of a request admitted before the circuit opened does not close it: the probe decides.

    def record_failure(self, admission: Admission) -> None:
        with self._lock:
            self.failures += 1
            self.consecutive_failures += 1
            if admission.probe:
                self._probe_in_flight = False
                self._open()
            elif self._state is CircuitState.CLOSED and self.consecutive_failures >= self.failure_threshold:
                self._open()

    def release(self, admission: Admission) -> None:
        """The request ended without a verdict (cancelled, or a local error): free the probe slot."""
        if admission.probe:
            with self._lock:
                self._probe_in_flight = False

    def reset(self) -> None:
        """Close the circuit and forget the consecutive failures."""
        with self._lock:
            self._probe_in_flight = False
            self.consecutive_failures = 0
            self._transition(CircuitState.CLOSED)

    # -- under the lock --

    def _advance(self) -> None:
        if self._state is CircuitState.OPEN and self._clock() - self._opened_at >= self.reset_timeout:
            self._transition(CircuitState.HALF_OPEN)

    def _open(self) -> None:
        self._opened_at = self._clock()
        self.times_opened += 1
        self._transition(CircuitState.OPEN)

    def _transition(self, state: CircuitState) -> None:
        if state is self._state:
            return
        previous, self._state = self._state, state
        # Logged on logger ofsc_overlay (WARNING when it opens), and counted when OpenTelemetry is on.
        _observe.breaker_transition(self.name, previous.value, state.value, self.consecutive_failures)


def origin_of(url: httpx.URL | str) -> str:
    """``scheme://host:port`` with the default port filled in: the breaker key of a URL."""
    parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    port = parsed.port or {"https": 443, "http": 80}.get(parsed.scheme, 0)
    return f"{parsed.scheme}://{parsed.host}:{port}"


BreakerScope = Literal["host", "family", "client"]
BREAKER_SCOPES: tuple[BreakerScope, ...] = ("host", "family", "client")
DEFAULT_SCOPE: BreakerScope = "family"

# ``/rest/<family>/`` anywhere in the path (a base URL may carry a prefix before it).
_FAMILY_RE = re.compile(r"^(.*?/rest/[^/]+)(?:/|$)")


def breaker_key(url: httpx.URL | str, scope: BreakerScope = DEFAULT_SCOPE) -> str:
    """The key of the breaker that guards ``url`` in ``scope``.

    ``family``: ``https://acme.fs.ocs.oraclecloud.com:443/rest/ofscCore/`` (the origin when the path has no
    ``/rest/<family>/``); ``host`` and ``client``: the origin (a ``client`` breaker lives in the client's own
    registry, so the key need not tell clients apart).
    """
    parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    origin = origin_of(parsed)
    if scope == "family":
        match = _FAMILY_RE.match(parsed.path)
        if match is not None:
            return f"{origin}{match.group(1)}/"
    return origin


class BreakerRegistry:
    """Breakers by key and thresholds; the first request with a key creates its breaker.

    Clients asking for the same thresholds share a breaker; a client asking for others gets its own for the
    same key (each client is guarded by the thresholds it asked for). The clock is the first client's.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._breakers: dict[tuple[str, int, float], CircuitBreaker] = {}
        _REGISTRIES.add(self)

    def get(
        self,
        key: str,
        *,
        failure_threshold: int = 5,
        reset_timeout: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> CircuitBreaker:
        slot = (key, failure_threshold, float(reset_timeout))
        with self._lock:
            breaker = self._breakers.get(slot)
            if breaker is None:
                breaker = CircuitBreaker(
                    key, failure_threshold=failure_threshold, reset_timeout=reset_timeout, clock=clock
                )
                self._breakers[slot] = breaker
            return breaker

    def for_url(self, url: httpx.URL | str, scope: BreakerScope = DEFAULT_SCOPE) -> CircuitBreaker | None:
        """A breaker that guards ``url`` in ``scope``, if one was created (the first, whatever thresholds)."""
        key = breaker_key(url, scope)
        with self._lock:
            return next((b for (k, _, _), b in self._breakers.items() if k == key), None)

    def breakers(self) -> list[CircuitBreaker]:
        """Every breaker of this registry, oldest first."""
        with self._lock:
            return list(self._breakers.values())

    def clear(self) -> None:
        """Forget every breaker: the next request creates a fresh one."""
        with self._lock:
            self._breakers.clear()


# Every registry alive, so that reset_breakers() reaches the private ones of ``client``-scoped clients too.
_REGISTRIES: weakref.WeakSet[BreakerRegistry] = weakref.WeakSet()

#: Shared by every client of the process in the ``host`` and ``family`` scopes.
DEFAULT_REGISTRY = BreakerRegistry()


def reset_breakers() -> None:
    """Close and forget every circuit breaker of the process (between tests, or after an outage is over).

    The next request creates a fresh breaker with the thresholds and clock of its client.
    """
    for registry in list(_REGISTRIES):
        for breaker in registry.breakers():
            breaker.reset()  # a breaker still held (``client.breaker``) reads closed too
        registry.clear()


class BreakerTransport(Layer):
    """Guards each request with the breaker of its key in ``scope`` (sync and async).

    ``scope="client"`` without a ``registry`` gives the transport a registry of its own.
    """

    label = "breaker"

    def __init__(
        self,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport,
        *,
        registry: BreakerRegistry | None = None,
        scope: BreakerScope = DEFAULT_SCOPE,
        failure_threshold: int = 5,
        reset_timeout: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(transport)
        if scope not in BREAKER_SCOPES:
            raise ValueError(f"scope must be one of {', '.join(BREAKER_SCOPES)}, not {scope!r}")
        if registry is None:
            registry = BreakerRegistry() if scope == "client" else DEFAULT_REGISTRY
        self.registry = registry
        self.scope: BreakerScope = scope
        self.failure_threshold = failure_threshold
        self.reset_timeout = reset_timeout
        self._clock = clock

    def breaker(self, url: httpx.URL) -> CircuitBreaker:
        return self.registry.get(
            breaker_key(url, self.scope),
            failure_threshold=self.failure_threshold,
            reset_timeout=self.reset_timeout,
            clock=self._clock,
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        inner = self.sync_inner()
        breaker = self.breaker(request.url)
        admission = breaker.admit(request)
        try:
            response = inner.handle_request(request)
        except BaseException as exc:
            _record_exception(breaker, admission, exc, request)
            raise
        _record(breaker, admission, response, request)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        inner = self.async_inner()
        breaker = self.breaker(request.url)
        admission = breaker.admit(request)
        try:
            response = await inner.handle_async_request(request)
        except BaseException as exc:
            _record_exception(breaker, admission, exc, request)
            raise
        _record(breaker, admission, response, request)
        return response


def _record_exception(
    breaker: CircuitBreaker, admission: Admission, exc: BaseException, request: httpx.Request
) -> None:
    """A failure of the host counts against it; anything else (a cancellation, a bug) only frees the slot."""
    if isinstance(exc, FAILURE_EXCEPTIONS):
        breaker.record_failure(admission)
    else:
        breaker.release(admission)
    # For the log line and the span. The state right after recording needs no cool-down check, so it is read
    # without taking the lock again (one attribute read).
    request.extensions[_extensions.BREAKER_STATE] = breaker._state.value


def _record(
    breaker: CircuitBreaker, admission: Admission, response: httpx.Response, request: httpx.Request
) -> None:
    if response.status_code >= 500:
        breaker.record_failure(admission)
    else:
        breaker.record_success(admission)
    request.extensions[_extensions.BREAKER_STATE] = breaker._state.value
