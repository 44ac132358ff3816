"""The breaker's counters, its defaults, the wait it reports and a second open period after a probe."""

from __future__ import annotations

import pytest

from ofsc_overlay.breaker import BreakerRegistry, CircuitBreaker, CircuitState, origin_of
from ofsc_overlay.errors import CircuitOpenError


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def opened(clock: Clock) -> CircuitBreaker:
    breaker = CircuitBreaker(
        "https://acme.example.com:443", failure_threshold=1, reset_timeout=10, clock=clock
    )
    breaker.record_failure(breaker.admit())
    assert breaker.state is CircuitState.OPEN
    return breaker


def test_every_rejection_and_every_success_is_counted() -> None:
    clock = Clock()
    breaker = opened(clock)
    for _ in range(3):
        with pytest.raises(CircuitOpenError):
            breaker.admit()
    assert breaker.rejected == 3
    clock.now = 10.0
    breaker.record_success(breaker.admit())
    breaker.record_success(breaker.admit())
    assert breaker.successes == 2


def test_the_wait_reported_is_what_is_left_of_the_open_period() -> None:
    clock = Clock()
    breaker = opened(clock)
    clock.now = 9.75
    with pytest.raises(CircuitOpenError) as info:
        breaker.admit()
    assert info.value.retry_in == pytest.approx(0.25)


def test_a_breaker_that_opens_again_after_a_successful_probe_lets_a_new_probe_through() -> None:
    clock = Clock()
    breaker = opened(clock)
    clock.now = 10.0
    breaker.record_success(breaker.admit())  # the probe closes the circuit
    breaker.record_failure(breaker.admit())  # and the next failure opens it again
    assert breaker.state is CircuitState.OPEN
    clock.now = 20.0
    admission = breaker.admit()
    assert admission.probe is True


def test_the_registry_defaults_are_five_failures_and_thirty_seconds() -> None:
    breaker = BreakerRegistry().get("https://acme.example.com:443")
    assert (breaker.failure_threshold, breaker.reset_timeout) == (5, 30.0)


def test_an_origin_without_a_known_default_port_has_port_zero() -> None:
    assert origin_of("ws://acme.example.com/x") == "ws://acme.example.com:0"
    assert origin_of("https://acme.example.com/x") == "https://acme.example.com:443"
