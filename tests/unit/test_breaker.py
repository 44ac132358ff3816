"""ofsc_overlay.breaker: states, fail fast without I/O, one probe after the cool-down, registry, transport."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

import httpx
import pytest

from ofsc_overlay.breaker import (
    DEFAULT_REGISTRY,
    Admission,
    BreakerRegistry,
    BreakerTransport,
    CircuitBreaker,
    CircuitState,
    breaker_key,
    origin_of,
    reset_breakers,
)
from ofsc_overlay.errors import APIConnectionError, CircuitOpenError
from ofsc_overlay.retry import OFSCRetry, RetryTransport

URL = "https://acme.fs.ocs.oraclecloud.com/rest/ofscCore/v1/activities"


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Server:
    """Counts requests; answers with the current ``status`` or raises ``error``."""

    def __init__(self, status: int = 200) -> None:
        self.status = status
        self.error: Exception | None = None
        self.calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        if self.error is not None:
            raise self.error
        return httpx.Response(self.status)


def setup(threshold: int = 3, reset: float = 30.0) -> tuple[httpx.Client, Server, Clock, BreakerRegistry]:
    server, clock, registry = Server(), Clock(), BreakerRegistry()
    transport = BreakerTransport(
        httpx.MockTransport(server),
        registry=registry,
        failure_threshold=threshold,
        reset_timeout=reset,
        clock=clock,
    )
    return httpx.Client(transport=transport), server, clock, registry


def test_opens_after_consecutive_failures_and_fails_fast() -> None:
    client, server, clock, registry = setup(threshold=3)
    server.status = 503
    for _ in range(3):
        assert client.get(URL).status_code == 503
    breaker = registry.for_url(URL)
    assert breaker is not None
    assert breaker.state is CircuitState.OPEN
    assert breaker.consecutive_failures == 3 and breaker.times_opened == 1
    with pytest.raises(CircuitOpenError) as info:
        client.get(URL)
    assert server.calls == 3  # nothing sent
    error = info.value
    assert isinstance(error, APIConnectionError)
    assert error.origin == "https://acme.fs.ocs.oraclecloud.com:443"
    assert error.failures == 3 and error.retry_in == 30.0
    assert "GET /rest/ofscCore/v1/activities" in str(error)
    assert breaker.rejected == 1
    assert breaker.retry_in == 30.0
    clock.now += 10
    assert breaker.retry_in == 20.0


def test_success_resets_the_count() -> None:
    client, server, _, registry = setup(threshold=3)
    for status in (500, 500, 200, 500, 500):
        server.status = status
        client.get(URL)
    breaker = registry.for_url(URL)
    assert breaker is not None and breaker.state is CircuitState.CLOSED
    assert breaker.consecutive_failures == 2


def test_client_errors_count_as_success() -> None:
    client, server, _, registry = setup(threshold=2)
    for status in (500, 404, 500, 401):
        server.status = status
        client.get(URL)
    breaker = registry.for_url(URL)
    assert breaker is not None and breaker.state is CircuitState.CLOSED


def test_connection_errors_count() -> None:
    client, server, _, registry = setup(threshold=2)
    server.error = httpx.ConnectError("refused")
    for _ in range(2):
        with pytest.raises(httpx.ConnectError):
            client.get(URL)
    with pytest.raises(CircuitOpenError):
        client.get(URL)
    assert server.calls == 2


def test_local_errors_do_not_count() -> None:
    client, server, _, registry = setup(threshold=1)
    server.error = httpx.UnsupportedProtocol("nope")
    with pytest.raises(httpx.UnsupportedProtocol):
        client.get(URL)
    breaker = registry.for_url(URL)
    assert breaker is not None and breaker.state is CircuitState.CLOSED and breaker.failures == 0


def test_half_open_probe_success_closes() -> None:
    client, server, clock, registry = setup(threshold=1, reset=30.0)
    server.status = 503
    client.get(URL)
    breaker = registry.for_url(URL)
    assert breaker is not None and breaker.state is CircuitState.OPEN
    clock.now += 29.9
    with pytest.raises(CircuitOpenError):
        client.get(URL)
    clock.now += 0.1
    assert breaker.state is CircuitState.HALF_OPEN
    assert breaker.retry_in == 0.0
    server.status = 200
    assert client.get(URL).status_code == 200
    assert breaker.state is CircuitState.CLOSED and breaker.consecutive_failures == 0
    assert client.get(URL).status_code == 200


def test_half_open_probe_failure_reopens() -> None:
    client, server, clock, registry = setup(threshold=1, reset=30.0)
    server.status = 503
    client.get(URL)
    clock.now += 30
    assert client.get(URL).status_code == 503  # the probe went through and failed
    breaker = registry.for_url(URL)
    assert breaker is not None and breaker.state is CircuitState.OPEN and breaker.times_opened == 2
    with pytest.raises(CircuitOpenError) as info:
        client.get(URL)
    assert info.value.retry_in == 30.0


def test_only_one_probe_at_a_time() -> None:
    breaker = CircuitBreaker("o", failure_threshold=1, reset_timeout=5.0, clock=(clock := Clock()))
    breaker.record_failure(breaker.admit())
    clock.now += 5
    probe = breaker.admit()
    assert probe.probe
    with pytest.raises(CircuitOpenError):
        breaker.admit()  # a second request while the probe is in flight
    breaker.release(probe)  # the probe ended without a verdict (cancelled)
    again = breaker.admit()
    assert again.probe
    breaker.record_success(again)
    assert breaker.state is CircuitState.CLOSED


def test_late_success_does_not_close_an_open_circuit() -> None:
    breaker = CircuitBreaker("o", failure_threshold=1, clock=Clock())
    early = breaker.admit()
    breaker.record_failure(breaker.admit())
    breaker.record_success(early)  # admitted before the circuit opened
    assert breaker.state is CircuitState.OPEN
    breaker.record_failure(Admission(probe=False))  # late failures don't reopen or extend either
    assert breaker.times_opened == 1


def test_reset_and_validation() -> None:
    breaker = CircuitBreaker("o", failure_threshold=1, clock=Clock())
    breaker.record_failure(breaker.admit())
    breaker.reset()
    assert breaker.state is CircuitState.CLOSED and breaker.consecutive_failures == 0
    assert "closed" in repr(breaker)
    with pytest.raises(ValueError):
        CircuitBreaker("o", failure_threshold=0)
    with pytest.raises(ValueError):
        CircuitBreaker("o", reset_timeout=0)


def test_state_values_are_strings() -> None:
    assert CircuitState.HALF_OPEN == "half_open"


def test_state_changes_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    breaker = CircuitBreaker("https://h:443", failure_threshold=1, reset_timeout=1, clock=(clock := Clock()))
    with caplog.at_level("INFO", logger="ofsc_overlay"):
        breaker.record_failure(breaker.admit())
        clock.now += 1
        breaker.record_success(breaker.admit())
    messages = [(r.levelname, r.getMessage()) for r in caplog.records]
    assert messages == [
        ("WARNING", "Circuit for https://h:443: closed -> open (1 consecutive failures)"),
        ("INFO", "Circuit for https://h:443: open -> half_open (1 consecutive failures)"),
        ("INFO", "Circuit for https://h:443: half_open -> closed (1 consecutive failures)"),
    ]


def test_origin_of() -> None:
    assert origin_of("https://a.example.com/x?y=1") == "https://a.example.com:443"
    assert origin_of("http://localhost/x") == "http://localhost:80"
    assert origin_of(httpx.URL("http://127.0.0.1:8765/")) == "http://127.0.0.1:8765"


def test_registry_one_breaker_per_key_and_thresholds() -> None:
    registry = BreakerRegistry()
    a = registry.get("https://a:443", failure_threshold=2)
    assert registry.get("https://a:443", failure_threshold=2) is a
    other = registry.get("https://a:443", failure_threshold=9)  # other thresholds: a breaker of its own
    assert other is not a and (a.failure_threshold, other.failure_threshold) == (2, 9)
    assert registry.get("https://a:443", failure_threshold=2, reset_timeout=5) is not a
    assert registry.get("https://b:443") is not a
    assert registry.for_url("https://a/x") is a
    assert registry.for_url("https://c/x") is None
    assert registry.breakers()[:2] == [a, other]
    registry.clear()
    assert registry.for_url("https://a/x") is None and registry.breakers() == []


def test_breaker_key_by_scope() -> None:
    core = "https://acme.fs.ocs.oraclecloud.com/rest/ofscCore/v1/activities/1?fields=a"
    assert breaker_key(core) == "https://acme.fs.ocs.oraclecloud.com:443/rest/ofscCore/"  # family by default
    assert breaker_key(core, "family") == breaker_key(
        "https://acme.fs.ocs.oraclecloud.com/rest/ofscCore/v1/users"
    )
    assert breaker_key("https://acme.fs.ocs.oraclecloud.com/rest/ofscMetadata/v1/workzones") == (
        "https://acme.fs.ocs.oraclecloud.com:443/rest/ofscMetadata/"
    )
    assert breaker_key("http://127.0.0.1:8765/prefix/rest/ofscCore/v1/x") == (
        "http://127.0.0.1:8765/prefix/rest/ofscCore/"
    )
    assert breaker_key("https://h/rest/ofscCore") == "https://h:443/rest/ofscCore/"
    assert breaker_key("https://h/other/path") == "https://h:443"  # no family: the host
    for scope in ("host", "client"):
        assert breaker_key(core, scope) == "https://acme.fs.ocs.oraclecloud.com:443"


def test_open_family_breaker_names_its_family_and_origin() -> None:
    client, server, clock, registry = setup(threshold=1)
    server.status = 503
    client.get(URL)
    with pytest.raises(CircuitOpenError) as info:
        client.get(URL)
    assert info.value.origin == "https://acme.fs.ocs.oraclecloud.com:443"
    assert info.value.breaker == "https://acme.fs.ocs.oraclecloud.com:443/rest/ofscCore/"
    assert "Circuit open for https://acme.fs.ocs.oraclecloud.com:443/rest/ofscCore/ after 1" in str(
        info.value
    )


def test_family_scope_keeps_other_families_flowing() -> None:
    """503s from one family open its breaker only: another family of the same host still gets through."""
    server, clock, registry = Server(503), Clock(), BreakerRegistry()
    transport = BreakerTransport(
        httpx.MockTransport(server), registry=registry, failure_threshold=2, clock=clock
    )
    metadata = "https://acme.fs.ocs.oraclecloud.com/rest/ofscMetadata/v1/workzones"
    with httpx.Client(transport=transport) as client:
        client.get(metadata)
        client.get(metadata)
        with pytest.raises(CircuitOpenError):
            client.get(metadata)
        server.status = 200
        assert client.get(URL).status_code == 200  # ofscCore: its own breaker, closed
        assert server.calls == 3
    assert registry.for_url(metadata) is not registry.for_url(URL)


def test_host_scope_shares_one_breaker_across_families() -> None:
    server, clock, registry = Server(503), Clock(), BreakerRegistry()
    transport = BreakerTransport(
        httpx.MockTransport(server), registry=registry, scope="host", failure_threshold=2, clock=clock
    )
    metadata = "https://acme.fs.ocs.oraclecloud.com/rest/ofscMetadata/v1/workzones"
    with httpx.Client(transport=transport) as client:
        client.get(metadata)
        client.get(metadata)
        with pytest.raises(CircuitOpenError) as info:
            client.get(URL)
    assert server.calls == 2 and info.value.breaker == "https://acme.fs.ocs.oraclecloud.com:443"


def test_client_scope_gets_a_private_registry() -> None:
    server = Server(503)
    mine = BreakerTransport(httpx.MockTransport(server), scope="client", failure_threshold=1)
    theirs = BreakerTransport(httpx.MockTransport(server), scope="client", failure_threshold=1)
    assert mine.registry is not DEFAULT_REGISTRY and mine.registry is not theirs.registry
    with httpx.Client(transport=mine) as client:
        client.get(URL)
        with pytest.raises(CircuitOpenError):
            client.get(URL)
    with httpx.Client(transport=theirs) as client:
        assert client.get(URL).status_code == 503  # not blocked by the other client's breaker
    assert DEFAULT_REGISTRY.for_url(URL) is None
    with pytest.raises(ValueError, match="scope"):
        BreakerTransport(httpx.MockTransport(server), scope="process")  # type: ignore[arg-type]


def test_reset_breakers_closes_and_forgets_every_registry() -> None:
    clock = Clock()
    shared = DEFAULT_REGISTRY.get("https://reset-test:443", failure_threshold=1, clock=clock)
    private = BreakerRegistry()
    own = private.get("https://reset-test:443", failure_threshold=1, clock=clock)
    for breaker in (shared, own):
        breaker.record_failure(breaker.admit())
        assert breaker.state is CircuitState.OPEN
    reset_breakers()
    assert shared.state is CircuitState.CLOSED and own.state is CircuitState.CLOSED
    assert shared.consecutive_failures == 0
    assert DEFAULT_REGISTRY.for_url("https://reset-test/x") is None
    assert private.for_url("https://reset-test/x") is None


def test_default_registry_shared_by_sync_and_async_transports() -> None:
    url = "https://shared-registry-test.example.com/x"
    server = Server(503)
    sync_transport = BreakerTransport(httpx.MockTransport(server), failure_threshold=2)
    async_transport = BreakerTransport(httpx.MockTransport(server), failure_threshold=2)
    assert sync_transport.registry is DEFAULT_REGISTRY
    try:
        with httpx.Client(transport=sync_transport) as client:
            client.get(url)

        async def main() -> None:
            async with httpx.AsyncClient(transport=async_transport) as client:
                await client.get(url)
                with pytest.raises(CircuitOpenError):
                    await client.get(url)

        asyncio.run(main())
        with httpx.Client(transport=sync_transport) as client, pytest.raises(CircuitOpenError):
            client.get(url)
        assert server.calls == 2
    finally:
        DEFAULT_REGISTRY.clear()


def test_async_transport_counts_and_releases() -> None:
    server, clock, registry = Server(), Clock(), BreakerRegistry()
    transport = BreakerTransport(
        httpx.MockTransport(server), registry=registry, failure_threshold=1, clock=clock
    )

    async def main() -> None:
        async with httpx.AsyncClient(transport=transport) as client:
            server.error = httpx.ReadTimeout("slow")
            with pytest.raises(httpx.ReadTimeout):
                await client.get(URL)
            clock.now += 30
            server.error = ValueError("a bug below")
            with pytest.raises(ValueError):
                await client.get(URL)  # the probe ends without a verdict: slot released
            server.error = None
            assert (await client.get(URL)).status_code == 200

    asyncio.run(main())
    breaker = registry.for_url(URL)
    assert breaker is not None and breaker.state is CircuitState.CLOSED


def test_sync_transport_releases_probe_on_local_error() -> None:
    client, server, clock, registry = setup(threshold=1)
    server.status = 500
    client.get(URL)
    clock.now += 30
    server.error = ValueError("bug")
    with pytest.raises(ValueError):
        client.get(URL)
    server.error = None
    server.status = 200
    assert client.get(URL).status_code == 200


def test_breaker_above_retries_counts_once_per_request() -> None:
    """A GET retried 3 times on 503 is one failure; an open circuit is never retried."""
    server, clock, registry = Server(503), Clock(), BreakerRegistry()
    sleeps: list[float] = []
    retry = RetryTransport(httpx.MockTransport(server), OFSCRetry.create(max_retries=3, sleep=sleeps.append))
    transport = BreakerTransport(retry, registry=registry, failure_threshold=2, clock=clock)
    with httpx.Client(transport=transport) as client:
        client.get(URL)
        breaker = registry.for_url(URL)
        assert breaker is not None
        assert server.calls == 4 and breaker.consecutive_failures == 1
        client.get(URL)
        assert breaker.state is CircuitState.OPEN
        with pytest.raises(CircuitOpenError):
            client.get(URL)
    assert server.calls == 8 and len(sleeps) == 6


class Interleaving:
    """Forces the one thread interleaving that loses an update when the breaker's state is not guarded.

    The first thread to read the watched attribute parks right after reading it, inside the breaker's critical
    section, until a second thread shows up: either at the breaker's lock (it is held: the second thread waits
    there and the first one goes on) or, when nothing guards the state, at the same attribute, where it reads
    the same stale value. No timing is involved: each step waits for the event the previous one sets.
    """

    def __init__(self) -> None:
        self.parked_thread: threading.Thread | None = None
        self.parked = threading.Event()
        self.arrived = threading.Event()
        self.stuck = False

    def read(self, value: object) -> object:
        me = threading.current_thread()
        if self.parked_thread is None:
            self.parked_thread = me
            self.parked.set()
            # Bounded only so that a broken test fails instead of hanging; never reached when it works.
            self.stuck = not self.arrived.wait(timeout=30)
        elif me is not self.parked_thread:
            self.arrived.set()
        return value

    def lock(self, real: threading.Lock) -> object:
        interleaving = self

        class ObservedLock:
            def __enter__(self) -> None:
                other = threading.current_thread() is not interleaving.parked_thread
                if interleaving.parked.is_set() and other:
                    interleaving.arrived.set()  # the second thread waits for the lock the first one holds
                real.acquire()

            def __exit__(self, *exc: object) -> None:
                real.release()

        return ObservedLock()


def watched_breaker(attribute: str, interleaving: Interleaving, **kwargs: object) -> CircuitBreaker:
    """A breaker whose ``attribute`` reads go through ``interleaving`` (and whose lock it observes)."""

    def get(self: CircuitBreaker) -> object:
        return interleaving.read(self.__dict__[attribute])

    def put(self: CircuitBreaker, value: object) -> None:
        self.__dict__[attribute] = value

    watched = type("WatchedBreaker", (CircuitBreaker,), {attribute: property(get, put)})
    breaker: CircuitBreaker = watched("o", clock=Clock(), **kwargs)
    breaker._lock = interleaving.lock(breaker._lock)  # type: ignore[assignment]
    return breaker


def run_two(
    first: Callable[[], object], second: Callable[[], object], interleaving: Interleaving
) -> list[object]:
    results: list[object] = []

    def call(fn: Callable[[], object]) -> None:
        try:
            results.append(fn())
        except CircuitOpenError as exc:
            results.append(exc)

    threads = [threading.Thread(target=call, args=(first,)), threading.Thread(target=call, args=(second,))]
    threads[0].start()
    assert interleaving.parked.wait(timeout=30)
    threads[1].start()
    for thread in threads:
        thread.join()
    assert not interleaving.stuck
    return results


def test_concurrent_failures_are_all_counted() -> None:
    interleaving = Interleaving()
    breaker = watched_breaker("consecutive_failures", interleaving, failure_threshold=2)
    admission = Admission(probe=False)

    def fail() -> None:
        breaker.record_failure(admission)

    run_two(fail, fail, interleaving)

    # Unguarded, both threads read 0 and write 1: one failure is lost and the circuit stays closed.
    assert breaker.failures == 2 and breaker.consecutive_failures == 2
    assert breaker.state is CircuitState.OPEN


def test_concurrent_admissions_let_exactly_one_probe_through() -> None:
    interleaving = Interleaving()
    breaker = watched_breaker("_probe_in_flight", interleaving, failure_threshold=1, reset_timeout=30.0)
    breaker.record_failure(Admission(probe=False))
    breaker._clock.now += 30.0  # type: ignore[attr-defined]

    results = run_two(breaker.admit, breaker.admit, interleaving)

    # Unguarded, both threads see no probe in flight and both are let through as the probe.
    probes = [r for r in results if isinstance(r, Admission) and r.probe]
    assert len(probes) == 1
    assert sum(isinstance(r, CircuitOpenError) for r in results) == 1
