"""Paging under the caller's control: pages (``by_page()``), ``max_items``, resuming from an offset or an
events cursor, and the sync ``concurrency=`` (a bounded thread pool) with the async twin's guarantees.

The sync concurrent walk runs the grow/shrink scenarios of ``test_hostile_paging`` and must yield exactly
what a sequential walk over the same answers yields.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx
import pytest
from ofsc_generated.catalog import BY_KEY
from test_hostile_paging import GROWING_AND_SHRINKING, SECRET, Listing, cursor_server, sync_walk, zone_labels

from ofsc_overlay import OFSC, AsyncOFSC, RequestValidationError


class LockedListing(Listing):
    """A :class:`Listing` answered from several threads: counts under a lock, records the offsets asked."""

    def __init__(self, sizes: list[int], **options: Any) -> None:
        super().__init__(sizes, **options)
        self.lock = threading.Lock()
        self.offsets: list[int] = []

    def answer(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.offsets.append(int(request.url.params.get("offset", 0)))
            return super().answer(request)


def sync_client(answer: Any, **options: Any) -> OFSC:
    return OFSC(
        instance="acme",
        client_id="app",
        client_secret=SECRET,
        max_retries=0,
        transport=httpx.MockTransport(answer),
        **options,
    )


def run_async(listing: Listing, walk: Any) -> Any:
    async def scenario() -> Any:
        async with AsyncOFSC(
            instance="acme",
            client_id="app",
            client_secret=SECRET,
            max_retries=0,
            transport=httpx.MockTransport(listing.async_answer),
        ) as client:
            return await walk(client)

    return asyncio.run(scenario())


# --- by_page ----------------------------------------------------------------------------------------------


def test_by_page_yields_placed_pages() -> None:
    listing = LockedListing([12], key="workZoneLabel")
    with sync_client(listing.answer) as client:
        pages = list(client.metadata.get_all_workzones(limit=5).by_page())
    assert [(p.offset, len(p.items), p.next_offset) for p in pages] == [(0, 5, 5), (5, 5, 10), (10, 2, None)]
    assert [p.total_results for p in pages] == [12, 12, 12]
    assert [p.has_more for p in pages] == [True, True, False]
    assert [p.limit for p in pages] == [5, 5, 5]
    assert pages[0].items[0].work_zone_label == "item-000"
    assert (pages[0].cursor, pages[0].next_page) == (None, None)


def test_async_by_page_yields_the_same_pages() -> None:
    async def walk(client: AsyncOFSC) -> list[Any]:
        return [
            (p.offset, [z.work_zone_label for z in p.items], p.next_offset)
            async for p in client.metadata.get_all_workzones(limit=5).by_page()
        ]

    pages = run_async(Listing([12], key="workZoneLabel"), walk)
    expected = [(0, 5), (5, 10), (10, 12)]
    assert [(offset, len(labels)) for offset, labels, _ in pages] == [(a, b - a) for a, b in expected]
    assert [following for _, _, following in pages] == [5, 10, None]


def test_a_pager_sends_nothing_until_iterated_and_each_by_page_walks_again() -> None:
    listing = LockedListing([7], key="workZoneLabel")
    with sync_client(listing.answer) as client:
        pager = client.metadata.get_all_workzones(limit=5)
        assert listing.requests == 0
        assert len(list(pager)) == 7 and listing.requests == 2
        assert sum(len(p.items) for p in pager.by_page()) == 7 and listing.requests == 4
        assert list(pager) == []  # the item walk ran out: an iterator, like before


# --- max_items --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("concurrency", [None, 4])
def test_max_items_stops_without_requesting_an_unused_page(concurrency: int | None) -> None:
    listing = LockedListing([100], key="workZoneLabel")
    with sync_client(listing.answer) as client:
        zones = list(client.metadata.get_all_workzones(limit=5, max_items=12, concurrency=concurrency))
    assert zone_labels(zones) == [f"item-{n:03d}" for n in range(12)]
    assert sorted(listing.offsets) == [0, 5, 10]  # the third page is cut to 2 items; no fourth page


def test_max_items_on_a_page_boundary_sends_no_further_request() -> None:
    listing = LockedListing([100], key="workZoneLabel")
    with sync_client(listing.answer) as client:
        pages = list(client.metadata.get_all_workzones(limit=5, max_items=10).by_page())
    assert listing.offsets == [0, 5]
    assert pages[-1].next_offset == 10


def test_a_cut_page_says_where_to_resume() -> None:
    listing = LockedListing([20], key="workZoneLabel")
    with sync_client(listing.answer) as client:
        (page,) = client.metadata.get_all_workzones(limit=5, max_items=3).by_page()
        assert len(page.items) == 3 and page.next_offset == 3
        rest = list(client.metadata.get_all_workzones(limit=5, offset=page.next_offset))
    assert zone_labels(rest) == [f"item-{n:03d}" for n in range(3, 20)]


def test_max_items_zero_sends_nothing() -> None:
    listing = LockedListing([20], key="workZoneLabel")
    with sync_client(listing.answer) as client:
        assert list(client.metadata.get_all_workzones(max_items=0)) == []
    assert listing.requests == 0


def test_async_max_items_with_read_ahead_stays_within_the_cap() -> None:
    listing = Listing([100], fields=("has_more",), key="activityId")

    async def walk(client: AsyncOFSC) -> list[Any]:
        return [a async for a in client.core.get_all_activities(limit=5, max_items=11, concurrency=8)]

    activities = run_async(listing, walk)
    assert [a.activity_id for a in activities] == [f"item-{n:03d}" for n in range(11)]
    assert listing.requests == 3  # offsets 0, 5, 10: the plan never reaches past max_items


@pytest.mark.parametrize("bad", [-1, True, 2.5, "3"])
def test_an_invalid_max_items_is_refused_before_sending(bad: Any) -> None:
    listing = LockedListing([20], key="workZoneLabel")
    with sync_client(listing.answer) as client:
        with pytest.raises(RequestValidationError, match="max_items"):
            client.metadata.get_all_workzones(max_items=bad)
    assert listing.requests == 0


# --- resuming ---------------------------------------------------------------------------------------------


def test_resuming_from_a_pages_next_offset_continues_where_it_stopped() -> None:
    listing = LockedListing([23], key="workZoneLabel")
    with sync_client(listing.answer) as client:
        walk = client.metadata.get_all_workzones(limit=5).by_page()
        first, second = next(walk), next(walk)
        walk.close()  # type: ignore[attr-defined]
        assert second.next_offset == 10
        rest = list(client.metadata.get_all_workzones(limit=5, offset=second.next_offset))
    labels = zone_labels([*first.items, *second.items, *rest])
    assert labels == [f"item-{n:03d}" for n in range(23)]


def test_resuming_events_from_a_pages_next_page() -> None:
    chain = {None: ([1, 2], "A"), "A": ([3], "B"), "B": ([4, 5], "C"), "C": ([], "C")}
    seen, answer = cursor_server(chain)
    with sync_client(answer) as client:
        walk = client.core.get_all_events(subscription_id="s1").by_page()
        first = next(walk)
        assert (first.cursor, first.next_page, first.offset) == (None, "A", None)
        walk.close()  # type: ignore[attr-defined]
        resumed = list(client.core.get_all_events(subscription_id="s1", page=first.next_page))
    assert [*first.items, *resumed] == [1, 2, 3, 4, 5]
    assert seen == [None, "A", "B", "C"]


def test_a_cut_events_page_is_read_again_on_resume() -> None:
    # A cursor cannot point inside a page: the page max_items cut short is read again, nothing is lost.
    chain = {None: ([1, 2], "A"), "A": ([3, 4], "B"), "B": ([], "B")}
    seen, answer = cursor_server(chain)
    with sync_client(answer) as client:
        pages = list(client.core.get_all_events(subscription_id="s1", max_items=3).by_page())
        assert [list(p.items) for p in pages] == [[1, 2], [3]]
        assert (pages[-1].cursor, pages[-1].next_page) == ("A", "A")
        again = list(client.core.get_all_events(subscription_id="s1", page=pages[-1].next_page))
    assert again == [3, 4]
    assert seen == [None, "A", "A", "B"]


# --- sync concurrency -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("sizes", "fields"), GROWING_AND_SHRINKING)
@pytest.mark.parametrize("concurrency", [2, 4, 8])
def test_a_sync_concurrent_walk_yields_what_a_sequential_walk_yields(
    sizes: list[int], fields: tuple[str, ...], concurrency: int
) -> None:
    sequential = sync_walk(
        Listing(sizes, fields=fields, key="workZoneLabel"), lambda c: c.metadata.get_all_workzones(limit=5)
    )
    concurrent = sync_walk(
        LockedListing(sizes, fields=fields, key="workZoneLabel"),
        lambda c: c.metadata.get_all_workzones(limit=5, concurrency=concurrency),
    )
    labels = zone_labels(sequential)
    assert zone_labels(concurrent) == labels
    assert labels and len(set(labels)) == len(labels) and labels == sorted(labels)


def test_sync_activities_growing_past_the_planned_end_are_all_read() -> None:
    listing = LockedListing([20, 30], fields=("has_more",), key="activityId")
    activities = sync_walk(listing, lambda c: c.core.get_all_activities(limit=5, concurrency=3))
    assert [a.activity_id for a in activities] == [f"item-{n:03d}" for n in range(30)]


class Overlapping(LockedListing):
    """Holds the first ``expected`` read-ahead requests until all of them are in flight at once.

    A pool smaller than ``expected`` breaks the barrier (the test fails); a larger one shows in
    ``most_in_flight``. No sleep: the threads wait on each other.
    """

    def __init__(self, sizes: list[int], expected: int, **options: Any) -> None:
        super().__init__(sizes, **options)
        self.barrier = threading.Barrier(expected)
        self.count = 0

    def answer(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.count += 1
            number = self.count
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            if 1 < number <= 1 + self.barrier.parties:  # the first read-ahead round
                self.barrier.wait(timeout=30)
            return super().answer(request)
        finally:
            with self.lock:
                self.in_flight -= 1


DOCUMENTED = BY_KEY["core.get_activities"].max_in_flight


def test_sync_get_all_activities_holds_the_documented_limit() -> None:
    assert isinstance(DOCUMENTED, int)
    listing = Overlapping([200], DOCUMENTED, fields=("has_more",), key="activityId")
    activities = sync_walk(listing, lambda c: c.core.get_all_activities(limit=5, concurrency=DOCUMENTED + 5))
    assert len(activities) == 200
    assert listing.most_in_flight == DOCUMENTED


def test_sync_concurrency_is_the_number_of_threads_asked() -> None:
    listing = Overlapping([200], 6, key="workZoneLabel")
    zones = sync_walk(listing, lambda c: c.metadata.get_all_workzones(limit=5, concurrency=6))
    assert zone_labels(zones) == [f"item-{n:03d}" for n in range(200)]
    assert listing.most_in_flight == 6


def test_stopping_a_sync_concurrent_walk_early_leaves_no_thread_behind() -> None:
    listing = LockedListing([200], fields=("has_more",), key="workZoneLabel")
    before = {t.name for t in threading.enumerate()}
    with sync_client(listing.answer) as client:
        pager = client.metadata.get_all_workzones(limit=5, concurrency=4)
        assert [next(pager).work_zone_label for _ in range(7)][-1] == "item-006"
        pager.close()  # type: ignore[attr-defined]
    assert not [t for t in threading.enumerate() if t.name.startswith("ofsc-pages") and t.name not in before]
    assert listing.requests <= 2 + 4  # the first page, the page in use, at most the read-ahead round


def test_max_items_zero_sends_nothing_for_any_walk() -> None:
    seen, answer = cursor_server({None: ([1], "A")})
    with sync_client(answer) as client:
        assert list(client.core.get_all_events(subscription_id="s1", max_items=0)) == []

    listing = Listing([20], key="workZoneLabel")

    async def walk(client: AsyncOFSC) -> list[Any]:
        zones = [z async for z in client.metadata.get_all_workzones(max_items=0)]
        events = [e async for e in client.core.get_all_events(subscription_id="s1", max_items=0)]
        return zones + events

    assert run_async(listing, walk) == []
    assert seen == [] and listing.requests == 0


def test_an_async_pager_can_be_closed_early_and_says_whether_it_started() -> None:
    listing = Listing([50], key="workZoneLabel")

    async def walk(client: AsyncOFSC) -> list[str]:
        pager = client.metadata.get_all_workzones(limit=5, concurrency=3)
        shown = [repr(pager)]
        first = await anext(pager)
        shown.append(repr(pager))
        await pager.aclose()  # type: ignore[attr-defined]
        assert [z async for z in pager] == []
        return [*shown, first.work_zone_label]

    assert run_async(listing, walk) == ["<AsyncPager not started>", "<AsyncPager started>", "item-000"]
    assert listing.requests <= 1 + 3


def test_a_sync_pager_says_whether_it_started() -> None:
    listing = LockedListing([7], key="workZoneLabel")
    with sync_client(listing.answer) as client:
        pager = client.metadata.get_all_workzones(limit=5)
        assert repr(pager) == "<SyncPager not started>"
        next(pager)
        assert repr(pager) == "<SyncPager started>"
