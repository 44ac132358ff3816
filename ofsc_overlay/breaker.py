"""Circuit breaker: stop sending to a host that keeps failing, probe it after a cool-down.

One :class:`CircuitBreaker` per origin (``scheme://host:port``), kept in a :class:`BreakerRegistry`; the
module-level :data:`DEFAULT_REGISTRY` is shared by every sync and async client of the process, so all
clients of one OFSC instance see the same state. State changes are guarded by a ``threading.Lock`` and never
wait on I/O while holding it, so the same breaker is safe from threads and from event loops.

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
import threading
import time
from collections.abc import Callable

import attrs
import httpx

from . import _extensions, _observe
from ._layer import Layer
from .errors import CircuitOpenError

__all__ = [
    "DEFAULT_REGISTRY",
    "BreakerRegistry",
    "BreakerTransport",
    "CircuitBreaker",
    "CircuitState",
    "origin_of",
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
    """The breaker of one origin. Observable: ``state``, ``consecutive_failures`` and counters."""

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
        raise CircuitOpenError(origin=self.name, failures=failures, retry_in=retry_in, request=request)

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


class BreakerRegistry:
    """Breakers by origin; the first request to an origin creates its breaker with the thresholds given.

    The first client wins: a later client of the same origin asking for other thresholds shares the existing
    breaker and its thresholds. That mismatch is logged once (WARNING, logger ``ofsc_overlay.breaker``); give
    such a client its own registry, or call :meth:`clear`, if it really needs different thresholds.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._breakers: dict[str, CircuitBreaker] = {}
        self._mismatches_logged: set[tuple[str, int, float]] = set()

    def get(
        self,
        origin: str,
        *,
        failure_threshold: int = 5,
        reset_timeout: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> CircuitBreaker:
        with self._lock:
            breaker = self._breakers.get(origin)
            if breaker is None:
                breaker = CircuitBreaker(
                    origin, failure_threshold=failure_threshold, reset_timeout=reset_timeout, clock=clock
                )
                self._breakers[origin] = breaker
            elif (breaker.failure_threshold, breaker.reset_timeout) != (failure_threshold, reset_timeout):
                self._log_mismatch(breaker, failure_threshold, reset_timeout)
            return breaker

    def _log_mismatch(self, breaker: CircuitBreaker, failure_threshold: int, reset_timeout: float) -> None:
        asked = (breaker.name, failure_threshold, reset_timeout)
        if asked in self._mismatches_logged:
            return
        self._mismatches_logged.add(asked)
        logger.warning(
            "Circuit breaker for %s already exists with failure_threshold=%d, reset_timeout=%g; "
            "the thresholds asked for (%d, %g) are not applied: all clients of one origin share one breaker.",
            breaker.name,
            breaker.failure_threshold,
            breaker.reset_timeout,
            failure_threshold,
            reset_timeout,
        )

    def for_url(self, url: httpx.URL | str) -> CircuitBreaker | None:
        """The breaker of the URL's origin, if one was created."""
        with self._lock:
            return self._breakers.get(origin_of(url))

    def clear(self) -> None:
        with self._lock:
            self._breakers.clear()
            self._mismatches_logged.clear()


#: Shared by every client of the process unless a client is given its own registry.
DEFAULT_REGISTRY = BreakerRegistry()


class BreakerTransport(Layer):
    """Guards each request with the breaker of its origin (sync and async)."""

    label = "breaker"

    def __init__(
        self,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport,
        *,
        registry: BreakerRegistry | None = None,
        failure_threshold: int = 5,
        reset_timeout: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(transport)
        self.registry = DEFAULT_REGISTRY if registry is None else registry
        self.failure_threshold = failure_threshold
        self.reset_timeout = reset_timeout
        self._clock = clock

    def breaker(self, url: httpx.URL) -> CircuitBreaker:
        return self.registry.get(
            origin_of(url),
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
