"""The page and item drivers of ofsc_overlay.pagination called directly: defaults, options passed on."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator
from typing import TypeVar

import pytest

from ofsc_overlay.errors import PaginationError
from ofsc_overlay.pagination import (
    Page,
    aiter_cursor_items,
    aiter_cursor_pages,
    aiter_offset_items,
    aiter_offset_pages,
    iter_cursor_items,
    iter_cursor_pages,
    iter_offset_items,
    iter_offset_pages,
)

T = TypeVar("T")


def run(walk: AsyncIterator[T]) -> list[T]:
    async def collect() -> list[T]:
        return [x async for x in walk]

    return asyncio.run(collect())


def plain(offset: int) -> Page:
    """Ten items, neither ``hasMore`` nor ``totalResults``: only the page size ends the walk."""
    return Page(items=list(range(offset, min(offset + 3, 10))))


async def aplain(offset: int) -> Page:
    return plain(offset)


def same(offset: int) -> Page:
    return Page(items=["a"], has_more=True)


async def asame(offset: int) -> Page:
    return same(offset)


def test_an_async_offset_walk_starts_at_zero_and_names_no_operation_by_default() -> None:
    asked: list[int] = []

    async def fetch(offset: int) -> Page:
        asked.append(offset)
        return Page(items=["a"], has_more=True)

    with pytest.raises(PaginationError) as info:
        run(aiter_offset_pages(fetch))
    assert asked[0] == 0 and info.value.operation == ""


def test_offset_items_pass_on_the_page_size() -> None:
    # With a page size of 3 the third page (2 items) is the last; without one the walk asks once more.
    asked: list[int] = []

    def fetch(offset: int) -> Page:
        asked.append(offset)
        return plain(offset)

    assert list(iter_offset_items(fetch, limit=3)) == list(range(10))
    assert asked == [0, 3, 6, 9]


def test_offset_items_pass_on_the_start_and_max_items() -> None:
    assert list(iter_offset_items(plain, start=3, limit=3, max_items=4)) == [3, 4, 5, 6]
    assert run(aiter_offset_items(aplain, start=3, limit=3, max_items=4)) == [3, 4, 5, 6]


def test_offset_items_pass_on_the_operation_name() -> None:
    with pytest.raises(PaginationError) as info:
        list(iter_offset_items(same, limit=1, operation="core.get_activities"))
    assert info.value.operation == "core.get_activities"
    with pytest.raises(PaginationError) as info:
        run(aiter_offset_items(asame, limit=1, operation="core.get_activities"))
    assert info.value.operation == "core.get_activities"


def test_offset_items_pass_on_the_concurrency() -> None:
    # Read ahead, the pages after the first are fetched on worker threads; a sequential walk stays here.
    threads: set[int] = set()

    def fetch(offset: int) -> Page:
        threads.add(threading.get_ident())
        return Page(items=[offset] if offset < 6 else [], total_results=6)

    assert list(iter_offset_items(fetch, limit=1, concurrency=3)) == [0, 1, 2, 3, 4, 5]
    assert threads - {threading.get_ident()}


def cursors(cursor: str | None) -> Page:
    pages = {
        None: Page(items=[], next_page="a"),
        "s": Page(items=[1, 2], next_page="t"),
        "t": Page(items=[3, 4], next_page="u"),
        "u": Page(items=[5], next_page="u"),
    }
    return pages[cursor]


async def acursors(cursor: str | None) -> Page:
    return cursors(cursor)


def test_a_cursor_walk_does_not_position_by_default() -> None:
    # An empty first page ends a walk unless it is a positioning request (``since``).
    assert [p.items for p in iter_cursor_pages(cursors)] == [[]]
    assert [p.items for p in run(aiter_cursor_pages(acursors))] == [[]]


def test_cursor_pages_are_placed_at_the_cursor_they_were_read_at() -> None:
    expected = [("s", [1, 2]), ("t", [3, 4]), ("u", [5])]
    assert [(p.cursor, p.items) for p in iter_cursor_pages(cursors, start="s")] == expected
    assert [(p.cursor, p.items) for p in run(aiter_cursor_pages(acursors, start="s"))] == expected


def test_a_cursor_walk_names_no_operation_by_default() -> None:
    def loop(cursor: str | None) -> Page:
        return {None: Page(items=[1], next_page="a"), "a": Page(items=[2], next_page="b")}.get(
            cursor, Page(items=[3], next_page="a")
        )

    async def aloop(cursor: str | None) -> Page:
        return loop(cursor)

    with pytest.raises(PaginationError) as info:
        list(iter_cursor_pages(loop))
    assert info.value.operation == ""
    with pytest.raises(PaginationError) as info:
        run(aiter_cursor_pages(aloop))
    assert info.value.operation == ""


def test_cursor_items_pass_on_max_items() -> None:
    assert list(iter_cursor_items(cursors, start="s", max_items=3)) == [1, 2, 3]
    assert run(aiter_cursor_items(acursors, start="s", max_items=3)) == [1, 2, 3]


def test_a_sync_offset_walk_starts_at_zero_and_names_no_operation_by_default() -> None:
    asked: list[int] = []

    def fetch(offset: int) -> Page:
        asked.append(offset)
        return Page(items=["a"], has_more=True)

    with pytest.raises(PaginationError) as info:
        list(iter_offset_pages(fetch))
    assert asked[0] == 0 and info.value.operation == ""


@pytest.mark.parametrize("concurrency", [None, 3])
def test_a_listing_of_one_page_is_one_request(concurrency: int | None) -> None:
    asked: list[int] = []

    def fetch(offset: int) -> Page:
        asked.append(offset)
        return Page(items=[1, 2], has_more=False)

    assert [p.items for p in iter_offset_pages(fetch, limit=5, concurrency=concurrency)] == [[1, 2]]
    assert asked == [0]


def test_the_last_page_of_a_walk_that_max_items_ends_on_it_has_no_next_offset() -> None:
    def fetch(offset: int) -> Page:
        return Page(items=list(range(offset, offset + 5)), has_more=offset < 5)

    pages = list(iter_offset_pages(fetch, limit=5, max_items=10))
    assert [(p.offset, p.next_offset) for p in pages] == [(0, 5), (5, None)]


def test_a_concurrency_of_one_reads_on_the_callers_thread() -> None:
    threads: set[int] = set()

    def fetch(offset: int) -> Page:
        threads.add(threading.get_ident())
        return Page(items=[offset] if offset < 4 else [], total_results=4)

    assert list(iter_offset_items(fetch, limit=1, concurrency=1)) == [0, 1, 2, 3]
    assert threads == {threading.get_ident()}


def test_max_items_with_a_concurrency_still_reads_ahead() -> None:
    threads: list[int] = []

    def fetch(offset: int) -> Page:
        threads.append(threading.get_ident())
        return Page(items=list(range(offset, offset + 2)), has_more=True)

    assert list(iter_offset_items(fetch, limit=2, max_items=7, concurrency=3)) == list(range(7))
    assert len(threads) == 4 and threads[1:].count(threading.get_ident()) == 0


def test_read_ahead_without_a_page_size_ends_at_the_first_short_page() -> None:
    # No limit asked and no hasMore/totalResults: the first page's length is the page size of the walk.
    asked: list[int] = []

    def fetch(offset: int) -> Page:
        asked.append(offset)
        return plain(offset)

    assert list(iter_offset_items(fetch, concurrency=2)) == list(range(10))
    assert 10 not in asked  # offset 10 would follow only from the short page at 9
