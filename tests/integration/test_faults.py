"""Resilience of the public clients against faults the simulator injects, over loopback HTTP.

Retry waits and the breaker's cool-down run on fake time (no real sleep); the simulator's request log says
exactly how many requests reached it.
"""

from __future__ import annotations

import asyncio

import pytest
from _clients import FakeTime, connect, connect_async

from ofsc_overlay import CircuitOpenError, CircuitState, InternalServerError
from ofsc_overlay.testing import Simulator

USERS = "/rest/ofscCore/v1/users"
ACTIVITIES = "/rest/ofscCore/v1/activities"


def test_get_meeting_503_503_200_succeeds_after_exactly_three_requests(sim: Simulator) -> None:
    sim.add_fault(route=USERS, method="GET", statuses=(503, 503))
    # backoff_factor=0: the retries do not wait, so this test needs no fake time.
    with connect(sim, max_retries=3, backoff_factor=0.0) as client:
        users = client.core.get_users()
    assert users.items
    assert sim.requests.count("GET", USERS) == 3
    assert [e.status for e in sim.requests.entries if e.route == USERS] == [503, 503, 200]


def test_retry_waits_back_off_on_the_injected_sleep(sim: Simulator, fake_time: FakeTime) -> None:
    sim.add_fault(route=USERS, method="GET", statuses=(503, 503))
    with connect(sim, time=fake_time, max_retries=3) as client:
        client.core.get_users()
    assert sim.requests.count("GET", USERS) == 3
    assert len(fake_time.sleeps) == 2
    assert all(0 < wait <= 8.0 for wait in fake_time.sleeps)


def test_post_meeting_503_is_sent_exactly_once_and_raises(sim: Simulator) -> None:
    sim.add_fault(route=ACTIVITIES, method="POST", statuses=(503,), times=1)
    examples = sim.example_path_params()
    with connect(sim, max_retries=3, backoff_factor=0.0) as client:
        with pytest.raises(InternalServerError) as caught:
            client.core.create_activity(
                body={
                    "resourceId": examples["resourceId"],
                    "date": examples["date"],
                    "activityType": "INSTALL",
                }
            )
    assert caught.value.status_code == 503
    assert sim.requests.count("POST", ACTIVITIES) == 1


def test_429_with_retry_after_2_waits_two_seconds_on_the_injected_clock(
    sim: Simulator, fake_time: FakeTime
) -> None:
    sim.add_fault(route=USERS, method="GET", statuses=(429,), retry_after=2, times=1)
    with connect(sim, time=fake_time) as client:
        users = client.core.get_users()
    assert users.items
    assert fake_time.sleeps == [2.0]
    assert sim.requests.count("GET", USERS) == 2


def test_breaker_opens_fails_fast_probes_after_cool_down_and_recovers(
    sim: Simulator, fake_time: FakeTime
) -> None:
    threshold, cool_down = 3, 30.0
    sim.add_fault(route=USERS, method="GET", statuses=(503,) * threshold)
    with connect(
        sim,
        time=fake_time,
        max_retries=0,
        breaker_failure_threshold=threshold,
        breaker_reset_timeout=cool_down,
    ) as client:
        for _ in range(threshold):
            with pytest.raises(InternalServerError):
                client.core.get_users()
        breaker = client.breaker
        assert breaker is not None
        assert breaker.state is CircuitState.OPEN
        reached = sim.requests.count()

        # Open: fails fast, nothing reaches the simulator.
        with pytest.raises(CircuitOpenError):
            client.core.get_users()
        fake_time.advance(cool_down - 1)
        with pytest.raises(CircuitOpenError):
            client.core.get_users()
        assert sim.requests.count() == reached

        # After the cool-down one probe goes through; it succeeds and closes the circuit.
        fake_time.advance(1)
        state: CircuitState = breaker.state
        assert state is CircuitState.HALF_OPEN
        assert client.core.get_users().items
        assert breaker.state.value == "closed"
        assert sim.requests.count("GET", USERS) == threshold + 1
        assert client.core.get_users().items
    assert fake_time.sleeps == []


def test_token_expiring_in_the_middle_of_get_all_activities_is_refreshed(sim: Simulator) -> None:
    expected = sorted(sim.state.activities)
    seen: list[int] = []
    with connect(sim) as client:
        for activity in client.core.get_all_activities(limit=50):
            assert isinstance(activity.activity_id, int)
            seen.append(activity.activity_id)
            if len(seen) == 120:  # in the middle of the third page
                assert sim.expire_tokens() >= 1
    assert sim.token_requests == 2
    assert len(seen) == len(set(seen)), "an activity came twice"
    assert sorted(seen) == expected, "an activity was lost"
    assert sim.requests.count("GET", ACTIVITIES) >= len(expected) // 50


def test_token_expiring_while_pages_are_fetched_in_parallel_is_refreshed_once(sim: Simulator) -> None:
    expected = sorted(sim.state.activities)

    async def walk() -> list[int]:
        seen: list[int] = []
        async with connect_async(sim) as client:
            async for activity in client.core.get_all_activities(limit=25, concurrency=4):
                assert isinstance(activity.activity_id, int)
                seen.append(activity.activity_id)
                if len(seen) == 30:
                    sim.expire_tokens()
        return seen

    seen = asyncio.run(walk())
    assert sim.token_requests == 2
    assert len(seen) == len(set(seen))
    assert sorted(seen) == expected
