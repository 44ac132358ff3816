"""Paging across OFSC list endpoints.

Two schemes exist in the API:

* ``offset``: ``offset``/``limit`` query parameters; a response may carry ``hasMore``, ``totalResults``,
  both, or neither (then a page shorter than the page size is the last one).
* ``page``: the events cursor; the next request passes ``page`` = the previous response's ``nextPage``.

The decisions (where the next page starts, when to stop) are pure functions over :class:`Page`, so they are
tested without I/O. The drivers below take a ``fetch`` callable that does the request; the runner supplies it.

A walk never spins: a page whose items repeat the previous page's (a server ignoring ``offset``, or sending
the same events again under fresh cursors) more than :data:`MAX_REPEATED_PAGES` times in a row, or an events
cursor that comes back to one already followed (A, B, A), raises
:class:`~ofsc_overlay.errors.PaginationError`.
"""

from __future__ import annotations

import asyncio
import itertools
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .errors import PaginationError

__all__ = [
    "MAX_REPEATED_PAGES",
    "Page",
    "aiter_cursor_items",
    "aiter_offset_items",
    "iter_cursor_items",
    "iter_offset_items",
    "next_cursor",
    "next_offset",
    "read_page",
    "snake_case",
]


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a list response, reduced to what paging needs."""

    items: list[Any]
    has_more: bool | None = None
    total_results: int | None = None
    next_page: str | None = None
    limit: int | None = None  # the page size the server says it used, when it echoes it


#: Pages in a row that may repeat the previous page's items before the walk is stopped as a loop.
MAX_REPEATED_PAGES = 2


class _LoopGuard:
    """Counts requests and notices a listing that does not advance (see the module docstring)."""

    def __init__(self, operation: str) -> None:
        self.operation = operation
        self.requests = 0
        self._previous: list[Any] | None = None
        self._repeats = 0
        self._cursors: set[str] = set()

    def page(self, page: Page) -> None:
        self.requests += 1
        if page.items and page.items == self._previous:
            self._repeats += 1
            if self._repeats > MAX_REPEATED_PAGES:
                raise PaginationError(
                    self.operation,
                    requests=self.requests,
                    reason=(
                        f"the server sent the same {len(page.items)} items {self._repeats + 1} times in a row"
                    ),
                )
        else:
            self._repeats = 0
        self._previous = page.items

    def cursor(self, cursor: str) -> None:
        if cursor in self._cursors:
            raise PaginationError(
                self.operation,
                requests=self.requests,
                reason=f"the cursor came back to a page already read ({cursor[:40]!r})",
            )
        self._cursors.add(cursor)


# --- reading a page -----------------------------------------------------------------------------------------


def snake_case(wire_name: str) -> str:
    """Python attribute name the generator gives a camelCase JSON field (``hasMore`` -> ``has_more``)."""
    out: list[str] = []
    for index, char in enumerate(wire_name):
        if char.isupper() and index and not wire_name[index - 1].isupper():
            out.append("_")
        out.append(char.lower())
    return "".join(out)


def _field(envelope: Any, wire_name: str) -> Any:
    """A field of a parsed envelope: a model attribute, an unknown field the model kept, or a dict key.

    Real servers send paging fields the spec does not declare; tolerant models keep them in
    ``additional_properties``, so that is looked at too.
    """
    if isinstance(envelope, Mapping):
        return envelope.get(wire_name)
    value = getattr(envelope, snake_case(wire_name), None)
    if _is_unset(value):
        value = None
    if value is None:
        extra = getattr(envelope, "additional_properties", None)
        if isinstance(extra, Mapping):
            value = extra.get(wire_name)
    return value


def _is_unset(value: Any) -> bool:
    # The generated package marks absent fields with an ``Unset`` sentinel; compare by name so that this
    # module does not import the generated package.
    return type(value).__name__ == "Unset"


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


def read_page(envelope: Any, items_key: str = "items") -> Page:
    """Turn a parsed list response (generated model or dict; ``None``: empty body) into a :class:`Page`."""
    if envelope is None:
        return Page(items=[])
    raw_items = _field(envelope, items_key)
    items = list(raw_items) if isinstance(raw_items, list | tuple) else []
    has_more = _field(envelope, "hasMore")
    next_page = _field(envelope, "nextPage")
    return Page(
        items=items,
        has_more=has_more if isinstance(has_more, bool) else None,
        total_results=_as_int(_field(envelope, "totalResults")),
        next_page=str(next_page) if next_page not in (None, "") else None,
        limit=_as_int(_field(envelope, "limit")),
    )


# --- pure decisions -----------------------------------------------------------------------------------------


def next_offset(page: Page, *, offset: int, limit: int | None) -> int | None:
    """Offset of the page after ``page`` (fetched at ``offset`` asking for ``limit``), or ``None`` to stop.

    Stops on an empty page, when ``hasMore`` is false, when ``offset + len(items)`` reaches ``totalResults``,
    and, only when the response carries neither field, on a page shorter than the page size.
    """
    count = len(page.items)
    if count == 0:
        return None
    following = offset + count
    if page.has_more is False:
        return None
    if page.total_results is not None and following >= page.total_results:
        return None
    if page.has_more is None and page.total_results is None:
        page_size = page.limit if page.limit else limit
        if page_size is not None and count < page_size:
            return None
    return following


def next_cursor(page: Page, *, current: str | None) -> str | None:
    """Cursor for the events scheme: the ``nextPage`` to ask for next, or ``None`` to stop.

    OFSC always returns a ``nextPage`` (so a subscriber can poll later); the walk ends when a page brings no
    new items, when ``nextPage`` is absent, or when it does not move.
    """
    if not page.items or page.next_page is None or page.next_page == current:
        return None
    return page.next_page


# --- offset drivers -----------------------------------------------------------------------------------------

FetchPage = Callable[[int], Page]
AsyncFetchPage = Callable[[int], Awaitable[Page]]


def iter_offset_items(
    fetch: FetchPage, *, start: int = 0, limit: int | None = None, operation: str = ""
) -> Iterator[Any]:
    """Yield the items of every page, fetched one after the other. ``fetch(offset)`` does the request.

    ``operation`` names the walk in a :class:`~ofsc_overlay.errors.PaginationError`.
    """
    guard = _LoopGuard(operation)
    offset: int | None = start
    while offset is not None:
        page = fetch(offset)
        guard.page(page)
        yield from page.items
        offset = next_offset(page, offset=offset, limit=limit)


async def aiter_offset_items(
    fetch: AsyncFetchPage,
    *,
    start: int = 0,
    limit: int | None = None,
    concurrency: int | None = None,
    operation: str = "",
) -> AsyncIterator[Any]:
    """Async twin of :func:`iter_offset_items`.

    With ``concurrency`` > 1 the remaining pages are fetched up to ``concurrency`` at a time; items still come
    out in order. The first page's length is the stride (servers cap ``limit`` silently). When the first page
    gives ``totalResults``, exactly the pages up to it are fetched. When it gives only ``hasMore`` (as
    ``GET /activities`` does), pages are read ahead and the walk stops at the first page that ends the
    listing; the read-ahead requests past the end (at most ``concurrency - 1`` GETs) are cancelled or their
    answers dropped. A page that ends somewhere other than expected ends the parallel phase and the walk
    continues page by page from where that page ended, so no item is skipped or repeated; so does a listing
    that grew while it was walked (a planned last page that says there is more). The items are exactly those
    of a sequential walk over the same answers.
    """
    guard = _LoopGuard(operation)
    first = await fetch(start)
    guard.page(first)
    for item in first.items:
        yield item
    offset = next_offset(first, offset=start, limit=limit)
    if offset is None:
        return
    stride, total = len(first.items), first.total_results
    del first  # a long walk must not hold its first page to the end
    if concurrency is not None and concurrency > 1:
        resume = None
        async for item_or_resume in _parallel_pages(fetch, stride, total, offset, concurrency, guard):
            if isinstance(item_or_resume, _Resume):
                resume = item_or_resume.offset
            else:
                yield item_or_resume
        offset = resume
    while offset is not None:
        page = await fetch(offset)
        guard.page(page)
        for item in page.items:
            yield item
        offset = next_offset(page, offset=offset, limit=limit)


@dataclass(frozen=True, slots=True)
class _Resume:
    """Signal from the parallel phase: go on page by page from ``offset`` (``None``: all pages were read)."""

    offset: int | None


async def _parallel_pages(
    fetch: AsyncFetchPage, stride: int, stop: int | None, start: int, concurrency: int, guard: _LoopGuard
) -> AsyncIterator[Any]:
    """Pages of ``stride`` items from ``start``, up to ``stop`` (the first page's ``totalResults``)."""
    assert stride > 0  # guaranteed by the caller via next_offset
    # Without totalResults the listing's end is unknown: offsets run on until a page says it is the last.
    offsets = iter(range(start, stop, stride) if stop is not None else itertools.count(start, stride))
    pending: deque[tuple[int, asyncio.Task[Page]]] = deque()

    def schedule() -> None:
        while len(pending) < concurrency:
            nxt = next(offsets, None)
            if nxt is None:
                return
            pending.append((nxt, asyncio.ensure_future(fetch(nxt))))

    following: int | None = start
    try:
        schedule()
        while pending:
            offset, task = pending.popleft()
            page = await task
            guard.page(page)
            for item in page.items:
                yield item
            following = next_offset(page, offset=offset, limit=stride)
            if following != offset + stride:
                # The last page, or the listing changed under us / the server paged differently: stop guessing
                # offsets and let the caller go on page by page from where this page really ended.
                yield _Resume(following)
                return
            schedule()
        # Every planned page was read, and the last one says there is more (the listing grew while it was
        # walked): go on from there, page by page.
        yield _Resume(following)
    finally:
        for _, task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*(task for _, task in pending), return_exceptions=True)


# --- cursor drivers -----------------------------------------------------------------------------------------

FetchCursor = Callable[[str | None], Page]
AsyncFetchCursor = Callable[[str | None], Awaitable[Page]]


def _first_cursor(page: Page, *, current: str | None, positioning: bool) -> str | None:
    # A positioning request (events with ``since``) answers only a fresh ``nextPage``, no items: follow it.
    if positioning and not page.items and page.next_page is not None and page.next_page != current:
        return page.next_page
    return next_cursor(page, current=current)


def iter_cursor_items(
    fetch: FetchCursor, *, start: str | None = None, positioning: bool = False, operation: str = ""
) -> Iterator[Any]:
    """Yield events across pages; ``fetch(page)`` does the request (``None``: let the server choose).

    ``positioning``: the first request only places the cursor (``since=``), so its empty page does not end the
    walk.
    """
    guard = _LoopGuard(operation)
    cursor: str | None = start
    if cursor is not None:
        guard.cursor(cursor)
    page = fetch(cursor)
    guard.page(page)
    yield from page.items
    following = _first_cursor(page, current=cursor, positioning=positioning)
    while following is not None:
        guard.cursor(following)
        cursor = following
        page = fetch(cursor)
        guard.page(page)
        yield from page.items
        following = next_cursor(page, current=cursor)


async def aiter_cursor_items(
    fetch: AsyncFetchCursor, *, start: str | None = None, positioning: bool = False, operation: str = ""
) -> AsyncIterator[Any]:
    """Async twin of :func:`iter_cursor_items`."""
    guard = _LoopGuard(operation)
    cursor: str | None = start
    if cursor is not None:
        guard.cursor(cursor)
    page = await fetch(cursor)
    guard.page(page)
    for item in page.items:
        yield item
    following = _first_cursor(page, current=cursor, positioning=positioning)
    while following is not None:
        guard.cursor(following)
        cursor = following
        page = await fetch(cursor)
        guard.page(page)
        for item in page.items:
            yield item
        following = next_cursor(page, current=cursor)
