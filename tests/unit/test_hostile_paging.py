"""Paging loses nothing and never spins, whatever the listing does while it is walked.

A walk with ``concurrency=`` yields exactly what a sequential walk over the same answers yields, in order,
when the listing grows or shrinks under it; a server repeating a page or a cursor cycling stops with a
``PaginationError`` after a bounded number of requests; ``get_all_activities`` holds no more requests in
flight than OFSC documents for ``GET /activities``, unless the caller raises the limit.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from ofsc_generated.catalog import BY_KEY

from ofsc_overlay import OFSC, AsyncOFSC, ConfigurationError, PaginationError
from ofsc_overlay.pagination import MAX_REPEATED_PAGES

SECRET = "paging-secret-value"


class Listing:
    """An offset-paged listing whose size can change after a given number of requests.

    ``sizes``: the listing's size for the 1st, 2nd, ... request (the last one holds from then on).
    ``fields``: which paging fields the answers carry ("total", "has_more" or both).
    """

    def __init__(
        self, sizes: list[int], *, fields: tuple[str, ...] = ("total", "has_more"), key: str
    ) -> None:
        self.sizes = sizes
        self.fields = fields
        self.key = key
        self.requests = 0
        self.in_flight = 0
        self.most_in_flight = 0

    def answer(self, request: httpx.Request) -> httpx.Response:
        size = self.sizes[min(self.requests, len(self.sizes) - 1)]
        self.requests += 1
        offset = int(request.url.params.get("offset", 0))
        limit = int(request.url.params.get("limit", 5))
        items = [{self.key: f"item-{n:03d}"} for n in range(offset, min(offset + limit, size))]
        body: dict[str, Any] = {"items": items}
        if "total" in self.fields:
            body["totalResults"] = size
        if "has_more" in self.fields:
            body["hasMore"] = offset + limit < size
        return httpx.Response(200, json=body)

    async def async_answer(self, request: httpx.Request) -> httpx.Response:
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        for _ in range(5):  # let the other page tasks start: their requests overlap this one
            await asyncio.sleep(0)
        self.in_flight -= 1
        return self.answer(request)


def sync_walk(listing: Listing, walk: Callable[[OFSC], Any]) -> list[Any]:
    with OFSC(
        instance="acme",
        client_id="app",
        client_secret=SECRET,
        max_retries=0,
        transport=httpx.MockTransport(listing.answer),
    ) as client:
        return list(walk(client))


def async_walk(listing: Listing, walk: Callable[[AsyncOFSC], Any], **options: Any) -> list[Any]:
    async def scenario() -> list[Any]:
        async with AsyncOFSC(
            instance="acme",
            client_id="app",
            client_secret=SECRET,
            max_retries=0,
            breaker_failure_threshold=0,
            transport=httpx.MockTransport(listing.async_answer),
        ) as client:
            chosen = client.with_options(**options) if options else client
            return [item async for item in walk(chosen)]

    return asyncio.run(scenario())


def zone_labels(zones: list[Any]) -> list[str]:
    return [zone.work_zone_label for zone in zones]


GROWING_AND_SHRINKING = [
    pytest.param([20, 30], ("total", "has_more"), id="grows-20-30"),
    pytest.param([20, 30], ("total",), id="grows-20-30-total-only"),
    pytest.param([20, 30], ("has_more",), id="grows-20-30-has-more-only"),
    pytest.param([20, 20, 37], ("total", "has_more"), id="grows-late"),
    pytest.param([20, 12], ("total", "has_more"), id="shrinks-20-12"),
    pytest.param([20, 3], ("total",), id="shrinks-below-one-page"),
    pytest.param([20, 22, 24, 26, 28, 30, 60], ("total",), id="grows-on-every-request"),
    pytest.param([20], ("total", "has_more"), id="steady"),
]


@pytest.mark.parametrize(("sizes", "fields"), GROWING_AND_SHRINKING)
@pytest.mark.parametrize("concurrency", [2, 4, 8])
def test_a_concurrent_walk_yields_what_a_sequential_walk_yields(
    sizes: list[int], fields: tuple[str, ...], concurrency: int
) -> None:
    sequential = sync_walk(
        Listing(sizes, fields=fields, key="workZoneLabel"), lambda c: c.metadata.get_all_workzones(limit=5)
    )
    concurrent = async_walk(
        Listing(sizes, fields=fields, key="workZoneLabel"),
        lambda c: c.metadata.get_all_workzones(limit=5, concurrency=concurrency),
    )
    labels = zone_labels(sequential)
    assert zone_labels(concurrent) == labels
    assert labels and len(set(labels)) == len(labels) and labels == sorted(labels)


def test_the_reported_growth_from_20_to_30_yields_30() -> None:
    listing = Listing([20, 30], key="workZoneLabel")
    zones = async_walk(listing, lambda c: c.metadata.get_all_workzones(limit=5, concurrency=4))
    assert zone_labels(zones) == [f"item-{n:03d}" for n in range(30)]


def test_activities_growing_past_the_planned_end_are_all_read() -> None:
    listing = Listing([20, 30], fields=("has_more",), key="activityId")
    activities = async_walk(listing, lambda c: c.core.get_all_activities(limit=5, concurrency=3))
    assert [a.activity_id for a in activities] == [f"item-{n:03d}" for n in range(30)]


# --- loops ----------------------------------------------------------------------------------------------


SAFETY_STOP = 100


class Repeating:
    """A server that ignores ``offset``: the same page, saying there is more, for ever."""

    def __init__(self) -> None:
        self.requests = 0

    def answer(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        if self.requests > SAFETY_STOP:  # a client that loops fails the test instead of hanging it
            return httpx.Response(200, json={"items": [], "hasMore": False})
        items = [{"workZoneLabel": "a"}, {"workZoneLabel": "b"}]
        return httpx.Response(200, json={"items": items, "hasMore": True})

    async def async_answer(self, request: httpx.Request) -> httpx.Response:
        return self.answer(request)


BOUND = MAX_REPEATED_PAGES + 1 + 8  # the repeats allowed, the first page, and at most the read-ahead pages


def test_a_repeated_page_stops_a_sequential_walk() -> None:
    server = Repeating()
    with OFSC(
        instance="acme", client_id="app", client_secret=SECRET, transport=httpx.MockTransport(server.answer)
    ) as client:
        with pytest.raises(PaginationError) as caught:
            list(client.metadata.get_all_workzones(limit=2))
    assert server.requests == MAX_REPEATED_PAGES + 2
    assert caught.value.operation == "metadata.get_workzones"
    assert caught.value.requests == server.requests


@pytest.mark.parametrize("concurrency", [None, 2, 8])
def test_a_repeated_page_stops_an_async_walk(concurrency: int | None) -> None:
    server = Repeating()

    async def scenario() -> None:
        async with AsyncOFSC(
            instance="acme",
            client_id="app",
            client_secret=SECRET,
            transport=httpx.MockTransport(server.async_answer),
        ) as client:
            async for _ in client.metadata.get_all_workzones(limit=2, concurrency=concurrency):
                pass

    with pytest.raises(PaginationError):
        asyncio.run(scenario())
    assert server.requests <= BOUND


def cursor_server(chain: dict[str | None, tuple[list[int], str]]) -> tuple[list[str | None], Any]:
    seen: list[str | None] = []

    def answer(request: httpx.Request) -> httpx.Response:
        page = request.url.params.get("page")
        seen.append(page)
        if len(seen) > SAFETY_STOP:  # a client that loops fails the test instead of hanging it
            return httpx.Response(200, json={"items": [], "nextPage": page})
        items, following = chain[page]
        return httpx.Response(200, json={"items": items, "nextPage": following})

    return seen, answer


CYCLE = {None: ([1], "A"), "A": ([2], "B"), "B": ([3], "A")}
SAME_EVENTS_FRESH_CURSORS = {
    None: ([1], "c0"),
    **{f"c{n}": ([9, 9], f"c{n + 1}") for n in range(SAFETY_STOP + 1)},
}


@pytest.mark.parametrize("chain", [CYCLE, SAME_EVENTS_FRESH_CURSORS], ids=["A-B-A", "same-events"])
def test_a_cycling_cursor_stops_sync_and_async(chain: dict[str | None, tuple[list[int], str]]) -> None:
    seen, answer = cursor_server(chain)
    with OFSC(
        instance="acme", client_id="app", client_secret=SECRET, transport=httpx.MockTransport(answer)
    ) as client:
        with pytest.raises(PaginationError, match="core.get_events"):
            list(client.core.get_all_events(subscription_id="s1"))
    assert len(seen) <= MAX_REPEATED_PAGES + 3

    async_seen, async_answer = cursor_server(chain)

    async def scenario() -> None:
        async with AsyncOFSC(
            instance="acme",
            client_id="app",
            client_secret=SECRET,
            transport=httpx.MockTransport(async_answer),
        ) as client:
            async for _ in client.core.get_all_events(subscription_id="s1"):
                pass

    with pytest.raises(PaginationError):
        asyncio.run(scenario())
    assert async_seen == seen


def test_a_cursor_that_does_not_move_still_ends_quietly() -> None:
    seen, answer = cursor_server({None: ([1, 2], "p1"), "p1": ([], "p1")})
    with OFSC(
        instance="acme", client_id="app", client_secret=SECRET, transport=httpx.MockTransport(answer)
    ) as client:
        assert list(client.core.get_all_events(subscription_id="s1")) == [1, 2]


# --- the documented limit of GET /activities --------------------------------------------------------------

DOCUMENTED = getattr(BY_KEY["core.get_activities"], "max_in_flight", None)


def test_the_catalog_carries_the_documented_limit() -> None:
    assert isinstance(DOCUMENTED, int) and DOCUMENTED >= 1
    assert BY_KEY["metadata.get_workzones"].max_in_flight is None


def test_get_all_activities_holds_the_documented_limit() -> None:
    assert DOCUMENTED is not None
    listing = Listing([200], fields=("has_more",), key="activityId")
    activities = async_walk(listing, lambda c: c.core.get_all_activities(limit=5, concurrency=DOCUMENTED + 5))
    assert len(activities) == 200
    assert listing.most_in_flight == DOCUMENTED


def test_the_caller_may_raise_the_limit_explicitly() -> None:
    assert DOCUMENTED is not None
    wanted = DOCUMENTED + 3
    listing = Listing([200], fields=("has_more",), key="activityId")
    activities = async_walk(
        listing,
        lambda c: c.core.get_all_activities(limit=5, concurrency=wanted),
        max_in_flight=wanted,
    )
    assert len(activities) == 200
    assert listing.most_in_flight == wanted


def test_operations_without_a_documented_limit_use_the_concurrency_asked() -> None:
    listing = Listing([200], key="workZoneLabel")
    zones = async_walk(listing, lambda c: c.metadata.get_all_workzones(limit=5, concurrency=7))
    assert len(zones) == 200
    assert listing.most_in_flight == 7


@pytest.mark.parametrize("bad", [0, -1, True, 2.5])
def test_an_invalid_limit_is_a_configuration_error(bad: Any) -> None:
    with OFSC(instance="acme", client_id="app", client_secret=SECRET) as client:
        with pytest.raises(ConfigurationError):
            client.with_options(max_in_flight=bad)


def test_a_cursor_given_by_the_caller_counts_as_followed() -> None:
    chain = {"A": ([1], "B"), "B": ([2], "A")}
    seen, answer = cursor_server(chain)

    async def scenario() -> None:
        async with AsyncOFSC(
            instance="acme",
            client_id="app",
            client_secret=SECRET,
            transport=httpx.MockTransport(answer),
        ) as client:
            async for _ in client.core.get_all_events(subscription_id="s1", page="A"):
                pass

    with pytest.raises(PaginationError, match="came back"):
        asyncio.run(scenario())
    assert seen == ["A", "B"]


@pytest.mark.parametrize("concurrency", [True, "4"])
def test_a_concurrency_that_is_not_an_int_walks_page_by_page(concurrency: Any) -> None:
    listing = Listing([20], key="workZoneLabel")
    zones = async_walk(listing, lambda c: c.metadata.get_all_workzones(limit=5, concurrency=concurrency))
    assert len(zones) == 20 and listing.most_in_flight == 1
