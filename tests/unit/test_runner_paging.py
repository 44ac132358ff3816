"""get_all_* through the public clients: the limit, the concurrency and the events cursor reach the walk."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
import respx

from ofsc_overlay import OFSC, AsyncOFSC
from ofsc_overlay.breaker import DEFAULT_REGISTRY

pytest.importorskip("ofsc_generated.facade")

BASE = "https://acme.fs.ocs.oraclecloud.com"
ZONES = "/rest/ofscMetadata/v1/workZones"
EVENTS = "/rest/ofscCore/v1/events"
SETTINGS: dict[str, Any] = {"instance": "acme", "client_id": "app", "client_secret": "s", "max_retries": 0}


@pytest.fixture(autouse=True)
def _fresh_breakers() -> None:
    DEFAULT_REGISTRY.clear()


def _zones_without_totals(request: httpx.Request) -> httpx.Response:
    # Neither hasMore nor totalResults: only the page size asked for tells a short page is the last.
    offset, limit = int(request.url.params["offset"]), int(request.url.params["limit"])
    labels = [f"Z{n}" for n in range(offset, min(offset + limit, 3))]
    return httpx.Response(200, json={"items": [{"workZoneLabel": label} for label in labels]})


@respx.mock(base_url=BASE)
def test_sync_walk_stops_on_a_page_shorter_than_the_limit(respx_mock: Any) -> None:
    route = respx_mock.get(ZONES).mock(side_effect=_zones_without_totals)
    with OFSC(**SETTINGS) as client:
        labels = [zone.work_zone_label for zone in client.metadata.get_all_workzones(limit=2)]
    assert labels == ["Z0", "Z1", "Z2"]
    assert [call.request.url.params["offset"] for call in route.calls] == ["0", "2"]


@respx.mock(base_url=BASE)
def test_async_walk_stops_on_a_page_shorter_than_the_limit(respx_mock: Any) -> None:
    route = respx_mock.get(ZONES).mock(side_effect=_zones_without_totals)

    async def main() -> list[str]:
        async with AsyncOFSC(**SETTINGS) as client:
            return [zone.work_zone_label async for zone in client.metadata.get_all_workzones(limit=2)]

    assert asyncio.run(main()) == ["Z0", "Z1", "Z2"]
    assert [call.request.url.params["offset"] for call in route.calls] == ["0", "2"]


@respx.mock(base_url=BASE)
def test_async_concurrency_fetches_pages_side_by_side(respx_mock: Any) -> None:
    in_flight, most = 0, 0

    async def zones(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, most
        in_flight += 1
        most = max(most, in_flight)
        for _ in range(5):  # let the other page requests start before this one answers
            await asyncio.sleep(0)
        in_flight -= 1
        offset = int(request.url.params["offset"])
        items = [{"workZoneLabel": f"Z{n}"} for n in range(offset, min(offset + 2, 8))]
        return httpx.Response(200, json={"items": items, "totalResults": 8})

    respx_mock.get(ZONES).mock(side_effect=zones)

    async def walk(concurrency: int | None) -> list[str]:
        async with AsyncOFSC(**SETTINGS) as client:
            pages = client.metadata.get_all_workzones(limit=2, concurrency=concurrency)
            return [zone.work_zone_label async for zone in pages]

    assert asyncio.run(walk(None)) == [f"Z{n}" for n in range(8)] and most == 1
    assert asyncio.run(walk(3)) == [f"Z{n}" for n in range(8)] and most == 3


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@respx.mock(base_url=BASE)
def test_the_events_walk_starts_at_the_given_page(respx_mock: Any, asynchronous: bool) -> None:
    pages = {"p5": ({"eventType": "activityCreated"}, "p6"), "p6": (None, "p6")}

    def events(request: httpx.Request) -> httpx.Response:
        item, following = pages[request.url.params["page"]]
        return httpx.Response(
            200, json={"items": [item] if item else [], "nextPage": following, "found": True}
        )

    route = respx_mock.get(EVENTS).mock(side_effect=events)

    async def walk_async() -> list[Any]:
        async with AsyncOFSC(**SETTINGS) as client:
            return [e async for e in client.core.get_all_events(subscription_id="s", page="p5")]

    if asynchronous:
        found = asyncio.run(walk_async())
    else:
        with OFSC(**SETTINGS) as client:
            found = list(client.core.get_all_events(subscription_id="s", page="p5"))
    assert [event.event_type for event in found] == ["activityCreated"]
    assert [call.request.url.params["page"] for call in route.calls] == ["p5", "p6"]


@respx.mock(base_url=BASE)
def test_a_204_answer_parses_to_none(respx_mock: Any) -> None:
    respx_mock.get("/rest/ofscCore/v1/activities/1").respond(204)
    with OFSC(**SETTINGS) as client:
        assert client.core.get_activity(activity_id=1) is None


@respx.mock(base_url=BASE)
def test_an_empty_200_where_a_model_is_declared_is_a_typed_error(respx_mock: Any) -> None:
    from ofsc_overlay.errors import APIResponseValidationError

    respx_mock.get("/rest/ofscCore/v1/activities/1").respond(200)
    with OFSC(**SETTINGS) as client:
        with pytest.raises(APIResponseValidationError) as info:
            client.core.get_activity(activity_id=1)
    assert (info.value.operation, info.value.status_code) == ("core.get_activity", 200)


def test_walking_an_operation_without_pages_is_refused() -> None:
    from ofsc_overlay._runner import SyncRunner
    from ofsc_overlay.errors import RequestValidationError

    with httpx.Client(base_url=BASE) as http:
        with pytest.raises(RequestValidationError) as info:
            SyncRunner(http).paginate("core.get_activity", {"activity_id": 1})
    assert (info.value.operation, info.value.parameter) == ("core.get_activity", "key")
    assert str(info.value) == "core.get_activity: argument 'key' is not a paged operation"


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_an_offset_walk_starts_at_the_given_offset(asynchronous: bool) -> None:
    # The facade's get_all_* take no offset; the runner's walk starts where its arguments say.
    from ofsc_overlay._runner import AsyncRunner, SyncRunner

    offsets: list[str] = []

    def zones(request: httpx.Request) -> httpx.Response:
        offsets.append(request.url.params["offset"])
        return _zones_without_totals(request)

    args = {"offset": 1, "limit": 1}

    async def walk_async() -> list[Any]:
        async with httpx.AsyncClient(base_url=BASE, transport=httpx.MockTransport(zones)) as http:
            return [z async for z in AsyncRunner(http).paginate("metadata.get_workzones", args)]

    if asynchronous:
        found = asyncio.run(walk_async())
    else:
        with httpx.Client(base_url=BASE, transport=httpx.MockTransport(zones)) as http:
            found = list(SyncRunner(http).paginate("metadata.get_workzones", args))
    assert [zone.work_zone_label for zone in found] == ["Z1", "Z2"]
    assert offsets == ["1", "2", "3"]


@respx.mock(base_url=BASE)
def test_an_async_walk_that_loops_names_its_operation(respx_mock: Any) -> None:
    from ofsc_overlay.errors import PaginationError

    respx_mock.get(ZONES).respond(json={"items": [{"workZoneLabel": "Z0"}], "hasMore": True})
    respx_mock.get(EVENTS).mock(
        side_effect=lambda request: httpx.Response(
            200,
            json={
                "items": [{"eventType": "x"}],
                "nextPage": "p1" if request.url.params["page"] == "p0" else "p0",
            },
        )
    )

    async def walk(kind: str) -> None:
        async with AsyncOFSC(**SETTINGS) as client:
            if kind == "offset":
                _ = [z async for z in client.metadata.get_all_workzones(limit=1)]
            else:
                _ = [e async for e in client.core.get_all_events(subscription_id="s", page="p0")]

    for kind, key in (("offset", "metadata.get_workzones"), ("cursor", "core.get_events")):
        with pytest.raises(PaginationError) as info:
            asyncio.run(walk(kind))
        assert info.value.operation == key, kind
