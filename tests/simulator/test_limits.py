"""OFSC's limits, enforced: GET /activities serves 3 at once and queues 10 more (429 beyond, and after
the queue timeout), page sizes are clamped, date ranges over 31 days and bulk bodies over 5 MB are
refused. Concurrency is driven on one event loop with sleeps the test controls: nothing waits for real."""

from __future__ import annotations

import asyncio
import json

import httpx

from ofsc_overlay.testing import Contract, Limits, ManualClock, Simulator

ACTIVITIES = "/rest/ofscCore/v1/activities"


class Hold:
    """A `sleep` that blocks until released: requests with injected latency stay in flight."""

    def __init__(self) -> None:
        self.release = asyncio.Event()
        self.held = 0

    async def __call__(self, seconds: float) -> None:
        self.held += 1
        await self.release.wait()


async def _never(seconds: float) -> None:
    await asyncio.Event().wait()


async def _settle(condition: object, rounds: int = 10_000) -> None:
    """Let the loop run (no real time passes) until `condition()` holds."""
    for _ in range(rounds):
        if condition():  # type: ignore[operator]
            return
        await asyncio.sleep(0)
    raise AssertionError("the simulator did not reach the expected state")


def _client(sim: Simulator) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=sim.async_transport(),
        base_url="http://ofsc.test",
        headers={"Authorization": sim.basic_auth},
    )


def test_fourth_request_queues_and_fourteenth_is_rejected(contract: Contract) -> None:
    async def scenario() -> None:
        hold = Hold()
        sim = Simulator(contract=contract, activities=20, sleep=hold, limits=Limits(queue_sleep=_never))
        sim.add_fault(route=ACTIVITIES, method="GET", latency=1.0)  # in flight until released
        gate = sim.app.limits.activities
        async with _client(sim) as client:
            first = [asyncio.ensure_future(client.get(ACTIVITIES)) for _ in range(3)]
            await _settle(lambda: gate.active == 3)
            fourth = asyncio.ensure_future(client.get(ACTIVITIES))
            await _settle(lambda: gate.waiting == 1)
            assert not fourth.done()  # queued, not refused
            rest = [asyncio.ensure_future(client.get(ACTIVITIES)) for _ in range(9)]
            await _settle(lambda: gate.waiting == 10)
            fourteenth = await client.get(ACTIVITIES)
            assert fourteenth.status_code == 429
            assert fourteenth.headers["Retry-After"] == "5"
            body = fourteenth.json()
            assert body["status"] == "429" and body["title"] == "Too Many Requests" and body["type"]
            assert not any(task.done() for task in [*first, fourth, *rest])
            hold.release.set()
            answers = await asyncio.gather(*first, fourth, *rest)
        assert [a.status_code for a in answers] == [200] * 13
        assert gate.active == 0 and gate.waiting == 0 and gate.rejected == 1
        assert sorted(r.status for r in sim.requests.entries if r.path == ACTIVITIES) == [200] * 13 + [429]

    asyncio.run(scenario())


def test_queued_request_is_rejected_after_the_queue_timeout(contract: Contract) -> None:
    async def scenario() -> None:
        hold, queue_clock = Hold(), ManualClock()
        sim = Simulator(
            contract=contract, activities=5, sleep=hold, limits=Limits(queue_sleep=queue_clock.sleep)
        )
        sim.add_fault(route=ACTIVITIES, method="GET", latency=1.0)
        async with _client(sim) as client:
            busy = [asyncio.ensure_future(client.get(ACTIVITIES)) for _ in range(3)]
            await _settle(lambda: sim.app.limits.activities.active == 3)
            late = await client.get(ACTIVITIES)  # queued, and its 30 s pass on the manual clock
            assert late.status_code == 429 and "waited 30 s" in late.json()["detail"]
            assert queue_clock.slept == [30.0]
            hold.release.set()
            assert [r.status_code for r in await asyncio.gather(*busy)] == [200] * 3
        # The slots were all given back: a new request is served at once.
        async with _client(sim) as client:
            assert (await client.get(ACTIVITIES)).status_code == 200

    asyncio.run(scenario())


def test_other_operations_are_not_limited(contract: Contract) -> None:
    async def scenario() -> None:
        hold = Hold()
        sim = Simulator(contract=contract, activities=5, sleep=hold, limits=Limits(queue_sleep=_never))
        sim.add_fault(route="/rest/ofscCore/v1/users", method="GET", latency=1.0)
        async with _client(sim) as client:
            many = [asyncio.ensure_future(client.get("/rest/ofscCore/v1/users")) for _ in range(20)]
            await _settle(lambda: hold.held == 20)  # all twenty in flight at once
            hold.release.set()
            assert {r.status_code for r in await asyncio.gather(*many)} == {200}

    asyncio.run(scenario())


def test_limit_is_clamped_to_the_operations_maximum(http: httpx.Client) -> None:
    users = http.get("/rest/ofscCore/v1/users", params={"limit": 5000}).json()
    assert users["limit"] == 100
    book = http.get("/rest/ofscCollaboration/v1/addressBook", params={"limit": 1000}).json()
    assert book["limit"] == 100  # the maximum its `limit` parameter declares


def test_date_ranges_over_31_days_are_refused(http: httpx.Client) -> None:
    ok = http.get(ACTIVITIES, params={"dateFrom": "2025-06-01", "dateTo": "2025-07-02"})
    assert ok.status_code == 200, ok.text
    refused = http.get(ACTIVITIES, params={"dateFrom": "2025-06-01", "dateTo": "2025-07-03"})
    assert refused.status_code == 400 and "31 days" in refused.json()["detail"]


def test_bulk_bodies_over_5_mb_get_413_and_nothing_is_stored(http: httpx.Client, sim: Simulator) -> None:
    before = len(sim.state.activities)
    item = {"activityType": "REPAIR", "resourceId": "TECH_NORTH_01", "customerName": "x" * 200}
    params = {"ifInFinalStatusThen": "doNothing"}
    body = json.dumps({"updateParameters": params, "activities": [item] * 26_000}).encode()
    assert len(body) > 5 * 1024 * 1024
    refused = http.post(
        f"{ACTIVITIES}/custom-actions/bulkUpdate", content=body, headers={"Content-Type": "application/json"}
    )
    assert refused.status_code == 413
    assert refused.json()["status"] == "413" and refused.json()["title"] == "Request Entity Too Large"
    assert len(sim.state.activities) == before
    small = http.post(
        f"{ACTIVITIES}/custom-actions/bulkUpdate", json={"updateParameters": params, "activities": [item]}
    )
    assert small.status_code == 200 and len(sim.state.activities) == before + 1
