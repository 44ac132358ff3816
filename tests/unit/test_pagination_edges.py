"""ofsc_overlay.pagination at its edges: cursor walks (sync and async alike), field lookup, names."""

from __future__ import annotations

import asyncio
import types
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from ofsc_overlay.pagination import (
    Page,
    _field,
    aiter_cursor_items,
    aiter_offset_items,
    iter_cursor_items,
    snake_case,
)


class Cursors:
    """Pages by cursor; records every cursor asked for and refuses to be asked too often (a runaway walk)."""

    def __init__(self, pages: dict[str | None, Page], most: int = 5) -> None:
        self.pages, self.asked, self.most = pages, [], most

    def __call__(self, cursor: str | None) -> Page:
        self.asked.append(cursor)
        assert len(self.asked) <= self.most, f"the walk does not stop: {self.asked}"
        return self.pages[cursor]


def _walk_sync(fetch: Cursors, **kwargs: Any) -> list[Any]:
    return list(iter_cursor_items(fetch, **kwargs))


def _walk_async(fetch: Cursors, **kwargs: Any) -> list[Any]:
    async def fetch_async(cursor: str | None) -> Page:
        return fetch(cursor)

    async def collect(items: AsyncIterator[Any]) -> list[Any]:
        return [item async for item in items]

    return asyncio.run(collect(aiter_cursor_items(fetch_async, **kwargs)))


WALKS = pytest.mark.parametrize("walk", [_walk_sync, _walk_async], ids=["sync", "async"])
Walk = Callable[..., list[Any]]


@WALKS
def test_the_walk_starts_at_the_given_cursor_and_follows_every_page(walk: Walk) -> None:
    fetch = Cursors(
        {
            "s0": Page(items=[1], next_page="s1"),
            "s1": Page(items=[2], next_page="s2"),
            "s2": Page(items=[3], next_page="s3"),
            "s3": Page(items=[], next_page="s4"),
        }
    )
    assert walk(fetch, start="s0") == [1, 2, 3]
    assert fetch.asked == ["s0", "s1", "s2", "s3"]


@WALKS
def test_a_next_page_that_does_not_move_ends_the_walk(walk: Walk) -> None:
    first_stays = Cursors({"s0": Page(items=[1], next_page="s0")})
    assert walk(first_stays, start="s0") == [1]
    assert first_stays.asked == ["s0"]

    later_stays = Cursors({"s0": Page(items=[1], next_page="s1"), "s1": Page(items=[2], next_page="s1")})
    assert walk(later_stays, start="s0") == [1, 2]
    assert later_stays.asked == ["s0", "s1"]


@WALKS
def test_an_empty_first_page_ends_the_walk_unless_it_only_positions_the_cursor(walk: Walk) -> None:
    pages = {None: Page(items=[], next_page="p1"), "p1": Page(items=["e"], next_page="p1")}
    plain = Cursors(pages)
    assert walk(plain) == [] and plain.asked == [None]
    positioned = Cursors(pages)
    assert walk(positioned, positioning=True) == ["e"] and positioned.asked == [None, "p1"]


def test_async_offset_walk_uses_the_limit_to_stop_on_a_short_page() -> None:
    # No hasMore, no totalResults: only the page size says that a 2-item page asked with limit=3 is the last.
    asked: list[int] = []

    async def fetch(offset: int) -> Page:
        asked.append(offset)
        assert len(asked) <= 3
        return Page(items=[offset, offset + 1, offset + 2][: 3 if offset == 0 else 2])

    async def collect() -> list[Any]:
        return [item async for item in aiter_offset_items(fetch, limit=3)]

    assert asyncio.run(collect()) == [0, 1, 2, 3, 4]
    assert asked == [0, 3]

    async def short_first(offset: int) -> Page:
        asked.append(offset)
        assert len(asked) <= 2
        return Page(items=["only", "two"])

    async def collect_short() -> list[Any]:
        return [item async for item in aiter_offset_items(short_first, limit=3)]

    asked.clear()
    assert asyncio.run(collect_short()) == ["only", "two"]
    assert asked == [0]


def test_field_of_a_model_without_additional_properties() -> None:
    assert _field(types.SimpleNamespace(has_more=None), "hasMore") is None
    assert _field(types.SimpleNamespace(has_more=True), "hasMore") is True
    kept = types.SimpleNamespace(has_more=None, additional_properties={"hasMore": False})
    assert _field(kept, "hasMore") is False


@pytest.mark.parametrize(
    ("wire", "name"), [("hasMore", "has_more"), ("xID", "x_id"), ("totalResults", "total_results")]
)
def test_snake_case(wire: str, name: str) -> None:
    assert snake_case(wire) == name


@WALKS
def test_a_cursor_that_comes_back_to_the_start_stops_the_walk(walk: Walk) -> None:
    from ofsc_overlay.errors import PaginationError

    # The start cursor counts as followed: coming back to it is a loop, found before asking for it again.
    fetch = Cursors({"s0": Page(items=[1], next_page="s1"), "s1": Page(items=[2], next_page="s0")})
    with pytest.raises(PaginationError) as info:
        walk(fetch, start="s0", operation="core.get_events")
    assert fetch.asked == ["s0", "s1"]
    assert info.value.operation == "core.get_events" and info.value.requests == 2
    assert info.value.reason == "the cursor came back to a page already read ('s0')"


@WALKS
def test_a_loop_without_an_operation_name_is_reported_without_one(walk: Walk) -> None:
    from ofsc_overlay.errors import PaginationError

    fetch = Cursors(
        {
            None: Page(items=[1], next_page="a"),
            "a": Page(items=[2], next_page="b"),
            "b": Page(items=[3], next_page="a"),
        }
    )
    with pytest.raises(PaginationError) as info:
        walk(fetch)
    assert info.value.operation == ""
    assert (
        str(info.value)
        == ": paging stopped after 3 requests: the cursor came back to a page already read ('a')"
    )


def test_a_long_cursor_is_quoted_to_forty_characters() -> None:
    from ofsc_overlay.errors import PaginationError

    long = "c" * 39 + "XY"  # 41 characters: the 41st is cut
    fetch = Cursors({None: Page(items=[1], next_page=long), long: Page(items=[2], next_page=long + "+")})
    fetch.pages[long + "+"] = Page(items=[3], next_page=long)
    with pytest.raises(PaginationError) as info:
        _walk_sync(fetch)
    assert info.value.reason == f"the cursor came back to a page already read ({long[:40]!r})"
    assert "XY" not in info.value.reason


def test_an_offset_walk_without_an_operation_name_reports_none() -> None:
    from ofsc_overlay.errors import PaginationError
    from ofsc_overlay.pagination import iter_offset_items

    def same_page(offset: int) -> Page:
        return Page(items=["a", "b"], has_more=True)

    with pytest.raises(PaginationError) as info:
        list(iter_offset_items(same_page, limit=2))
    assert info.value.operation == "" and info.value.requests == 4
    assert info.value.reason == "the server sent the same 2 items 4 times in a row"


def test_a_concurrent_walk_with_one_item_pages() -> None:
    async def fetch(offset: int) -> Page:
        return Page(items=[offset] if offset < 5 else [], total_results=5)

    async def collect() -> list[Any]:
        return [item async for item in aiter_offset_items(fetch, limit=1, concurrency=3)]

    assert asyncio.run(collect()) == [0, 1, 2, 3, 4]


def test_an_async_offset_walk_without_an_operation_name_reports_none() -> None:
    from ofsc_overlay.errors import PaginationError

    async def same_page(offset: int) -> Page:
        return Page(items=["a"], has_more=True)

    async def walk() -> list[Any]:
        return [item async for item in aiter_offset_items(same_page, limit=1)]

    with pytest.raises(PaginationError) as info:
        asyncio.run(walk())
    assert info.value.operation == ""


def test_two_pages_in_flight_with_a_concurrency_of_two() -> None:
    in_flight, most = 0, 0

    async def fetch(offset: int) -> Page:
        nonlocal in_flight, most
        in_flight += 1
        most = max(most, in_flight)
        await asyncio.sleep(0)  # let the other request start
        in_flight -= 1
        return Page(items=[offset] if offset < 4 else [], total_results=4)

    async def walk() -> list[Any]:
        return [item async for item in aiter_offset_items(fetch, limit=1, concurrency=2)]

    assert asyncio.run(walk()) == [0, 1, 2, 3]
    assert most == 2


def test_read_ahead_requests_are_cancelled_and_awaited_when_the_listing_ends() -> None:
    started: list[int] = []

    async def fetch(offset: int) -> Page:
        started.append(offset)
        if offset >= 2:
            await asyncio.sleep(3600)  # a read-ahead request past the end that never answers
        return Page(items=[offset], has_more=offset < 1)

    async def walk() -> tuple[list[Any], list[asyncio.Task[Any]]]:
        items = [item async for item in aiter_offset_items(fetch, limit=1, concurrency=4)]
        others = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
        return items, others

    items, left = asyncio.run(walk())
    assert items == [0, 1]
    assert max(started) >= 2  # requests past the end were started...
    assert left == []  # ...and none is left running when the walk returns
