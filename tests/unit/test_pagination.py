"""Paging rules (pure) and the page drivers, with in-memory fetch functions (no I/O)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

import pytest

from ofsc_overlay.pagination import (
    Page,
    aiter_cursor_items,
    aiter_offset_items,
    iter_cursor_items,
    iter_offset_items,
    next_cursor,
    next_offset,
    read_page,
    snake_case,
)


class Unset:
    """Same name as the generated package's sentinel for absent fields."""


@dataclass
class ZoneList:
    items: Any
    has_more: Any = Unset()
    total_results: Any = Unset()
    limit: Any = Unset()
    additional_properties: Any = None


# --- read_page ----------------------------------------------------------------------------------------------


def test_snake_case_matches_generated_attribute_names() -> None:
    assert snake_case("hasMore") == "has_more"
    assert snake_case("totalResults") == "total_results"
    assert snake_case("nextPage") == "next_page"
    assert snake_case("items") == "items"
    assert snake_case("ID") == "id"


def test_read_page_from_dict() -> None:
    page = read_page({"items": [1, 2], "hasMore": True, "totalResults": "7", "limit": 2, "nextPage": "p2"})
    assert page == Page(items=[1, 2], has_more=True, total_results=7, next_page="p2", limit=2)


def test_read_page_from_model_with_unset_fields_and_extras() -> None:
    envelope = ZoneList(items=["a"], additional_properties={"hasMore": False, "totalResults": 1})
    page = read_page(envelope)
    assert page.items == ["a"]
    assert page.has_more is False
    assert page.total_results == 1
    assert page.limit is None


def test_read_page_of_nothing() -> None:
    assert read_page(None) == Page(items=[])
    assert read_page({"items": None, "hasMore": "yes", "totalResults": True, "nextPage": ""}) == Page(
        items=[]
    )
    assert read_page(ZoneList(items=Unset())).items == []


def test_read_page_with_other_items_key() -> None:
    assert read_page({"values": [1]}, "values").items == [1]


# --- next_offset --------------------------------------------------------------------------------------------


def test_stops_when_has_more_is_false() -> None:
    assert next_offset(Page(items=[1, 2], has_more=False, total_results=100), offset=0, limit=2) is None


def test_continues_while_has_more() -> None:
    assert next_offset(Page(items=[1, 2], has_more=True), offset=4, limit=2) == 6


def test_stops_when_total_reached() -> None:
    assert next_offset(Page(items=[1, 2], total_results=6), offset=4, limit=2) is None
    assert next_offset(Page(items=[1, 2], total_results=7), offset=4, limit=2) == 6


def test_total_reached_wins_over_has_more_true() -> None:
    assert next_offset(Page(items=[1], has_more=True, total_results=1), offset=0, limit=1) is None


def test_stops_on_empty_page_even_if_has_more() -> None:
    assert next_offset(Page(items=[], has_more=True, total_results=50), offset=10, limit=10) is None


def test_next_offset_follows_items_returned_not_limit_asked() -> None:
    # The server capped the page at 100 although 1000 were asked for.
    assert next_offset(Page(items=list(range(100)), total_results=250), offset=0, limit=1000) == 100


def test_neither_field_short_page_is_last() -> None:
    assert next_offset(Page(items=[1, 2]), offset=0, limit=3) is None
    assert next_offset(Page(items=[1, 2, 3]), offset=0, limit=3) == 3


def test_neither_field_uses_echoed_limit() -> None:
    assert next_offset(Page(items=[1, 2], limit=2), offset=0, limit=10) == 2


def test_neither_field_without_limit_continues_until_empty() -> None:
    assert next_offset(Page(items=[1, 2]), offset=0, limit=None) == 2


# --- next_cursor --------------------------------------------------------------------------------------------


def test_cursor_rules() -> None:
    assert next_cursor(Page(items=[1], next_page="b"), current="a") == "b"
    assert next_cursor(Page(items=[], next_page="b"), current="a") is None
    assert next_cursor(Page(items=[1]), current="a") is None
    assert next_cursor(Page(items=[1], next_page="a"), current="a") is None


# --- drivers ------------------------------------------------------------------------------------------------


class Listing:
    """An in-memory list endpoint that pages like OFSC, optionally capping the page size."""

    def __init__(self, total: int, *, cap: int = 100, fields: str = "both") -> None:
        self.data = list(range(total))
        self.cap = cap
        self.fields = fields
        self.offsets: list[int] = []

    def page(self, offset: int, limit: int | None) -> Page:
        self.offsets.append(offset)
        size = min(limit or self.cap, self.cap)
        items = self.data[offset : offset + size]
        has_more = offset + len(items) < len(self.data)
        if self.fields == "both":
            return Page(items=items, has_more=has_more, total_results=len(self.data))
        if self.fields == "hasMore":
            return Page(items=items, has_more=has_more)
        if self.fields == "total":
            return Page(items=items, total_results=len(self.data))
        return Page(items=items)


@pytest.mark.parametrize("fields", ["both", "hasMore", "total", "neither"])
@pytest.mark.parametrize("total", [0, 1, 9, 10, 11, 35])
def test_iter_offset_items_reads_everything_once(fields: str, total: int) -> None:
    listing = Listing(total, fields=fields)
    items = list(iter_offset_items(lambda offset: listing.page(offset, 10), limit=10))
    assert items == list(range(total))
    assert len(listing.offsets) == len(set(listing.offsets))


def test_iter_offset_items_from_a_start_offset() -> None:
    listing = Listing(25)
    assert list(iter_offset_items(lambda offset: listing.page(offset, 10), start=20, limit=10)) == list(
        range(20, 25)
    )
    assert listing.offsets == [20]


def test_iter_offset_items_is_lazy() -> None:
    listing = Listing(1000)
    iterator = iter_offset_items(lambda offset: listing.page(offset, 10), limit=10)
    assert [next(iterator) for _ in range(15)] == list(range(15))
    assert listing.offsets == [0, 10]


def test_server_cap_below_requested_limit() -> None:
    listing = Listing(250, cap=100)
    assert list(iter_offset_items(lambda offset: listing.page(offset, 1000), limit=1000)) == list(range(250))
    assert listing.offsets == [0, 100, 200]


def run(coro: Any) -> Any:
    return asyncio.run(coro)


async def collect(iterator: Any) -> list[Any]:
    return [item async for item in iterator]


@pytest.mark.parametrize("concurrency", [None, 1, 4])
@pytest.mark.parametrize("total", [0, 5, 10, 95, 100])
def test_aiter_offset_items_in_order(concurrency: int | None, total: int) -> None:
    listing = Listing(total)

    async def fetch(offset: int) -> Page:
        await asyncio.sleep(0)
        return listing.page(offset, 10)

    items = run(collect(aiter_offset_items(fetch, limit=10, concurrency=concurrency)))
    assert items == list(range(total))
    assert sorted(listing.offsets) == sorted(set(listing.offsets))


def test_aiter_offset_items_runs_pages_in_parallel_and_yields_in_order() -> None:
    listing = Listing(60)
    in_flight = 0
    peak = 0

    async def fetch(offset: int) -> Page:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        # Later pages answer first: ordering must not depend on completion order.
        for _ in range(100 - offset):
            await asyncio.sleep(0)
        in_flight -= 1
        return listing.page(offset, 10)

    items = run(collect(aiter_offset_items(fetch, limit=10, concurrency=3)))
    assert items == list(range(60))
    assert peak == 3


@pytest.mark.parametrize("fields", ["hasMore", "neither"])
@pytest.mark.parametrize("total", [15, 30, 31, 95])
def test_aiter_without_total_reads_ahead_and_stops_at_the_last_page(fields: str, total: int) -> None:
    listing = Listing(total, fields=fields)
    in_flight = 0
    peak = 0

    async def fetch(offset: int) -> Page:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0)
        in_flight -= 1
        return listing.page(offset, 10)

    assert run(collect(aiter_offset_items(fetch, limit=10, concurrency=5))) == list(range(total))
    assert peak == 5  # hasMore alone is enough to read ahead
    pages = -(-total // 10)
    # Each offset is asked for once; read-ahead costs at most concurrency - 1 requests past the end.
    assert len(listing.offsets) == len(set(listing.offsets))
    assert pages <= len(listing.offsets) <= pages + 4


def test_aiter_parallel_falls_back_when_a_page_is_short() -> None:
    # The listing shrinks after the first page: page 2 comes back short, the rest is read sequentially.
    data = list(range(50))
    calls: list[int] = []

    async def fetch(offset: int) -> Page:
        calls.append(offset)
        if offset == 0:
            return Page(items=data[0:10], total_results=50)
        if offset == 10:
            return Page(items=data[10:15], total_results=50)
        return Page(items=data[offset : offset + 10], total_results=50)

    items = run(collect(aiter_offset_items(fetch, limit=10, concurrency=4)))
    assert items == list(range(50))
    assert 15 in calls  # resumed exactly where the short page ended


def test_aiter_parallel_cancels_pending_pages_when_consumer_stops() -> None:
    listing = Listing(100)
    cancelled: list[int] = []

    async def fetch(offset: int) -> Page:
        try:
            for _ in range(offset):
                await asyncio.sleep(0)
        except asyncio.CancelledError:
            cancelled.append(offset)
            raise
        return listing.page(offset, 10)

    async def first_fifteen() -> list[int]:
        out = []
        iterator = aiter_offset_items(fetch, limit=10, concurrency=4)
        async for item in iterator:
            out.append(item)
            if len(out) == 15:
                break
        await iterator.aclose()  # type: ignore[attr-defined]
        return out

    assert run(first_fifteen()) == list(range(15))
    assert cancelled


def test_aiter_parallel_error_propagates() -> None:
    async def fetch(offset: int) -> Page:
        if offset == 20:
            raise RuntimeError("boom")
        return Page(items=list(range(offset, offset + 10)), total_results=50)

    with pytest.raises(RuntimeError, match="boom"):
        run(collect(aiter_offset_items(fetch, limit=10, concurrency=3)))


class Events:
    def __init__(self, batches: list[list[int]]) -> None:
        self.batches = batches
        self.asked: list[str | None] = []

    def page(self, cursor: str | None) -> Page:
        self.asked.append(cursor)
        index = int(cursor) if cursor else 0
        items = self.batches[index] if index < len(self.batches) else []
        return Page(items=items, next_page=str(index + 1))


def test_iter_cursor_items_until_no_new_items() -> None:
    events = Events([[1, 2], [3], [4, 5]])
    assert list(iter_cursor_items(events.page)) == [1, 2, 3, 4, 5]
    assert events.asked == [None, "1", "2", "3"]


def test_iter_cursor_items_from_start_cursor() -> None:
    events = Events([[1, 2], [3], [4, 5]])
    assert list(iter_cursor_items(events.page, start="2")) == [4, 5]


def test_aiter_cursor_items() -> None:
    events = Events([[1], [2]])

    async def fetch(cursor: str | None) -> Page:
        return events.page(cursor)

    assert run(collect(aiter_cursor_items(fetch))) == [1, 2]


def test_cursor_stops_when_next_page_missing() -> None:
    pages = iter([Page(items=[1], next_page="x"), Page(items=[2])])
    assert list(iter_cursor_items(lambda cursor: next(pages))) == [1, 2]


def test_positioning_request_follows_its_empty_page() -> None:
    pages = {
        None: Page(items=[], next_page="p1"),
        "p1": Page(items=[1], next_page="p2"),
        "p2": Page(items=[]),
    }
    assert list(iter_cursor_items(pages.__getitem__, positioning=True)) == [1]
    assert list(iter_cursor_items(pages.__getitem__)) == []

    async def fetch(cursor: str | None) -> Page:
        return pages[cursor]

    assert run(collect(aiter_cursor_items(fetch, positioning=True))) == [1]
