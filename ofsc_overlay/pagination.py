"""Paging across OFSC list endpoints.

Two schemes exist in the API:

* ``offset``: ``offset``/``limit`` query parameters; a response may carry ``hasMore``, ``totalResults``,
  both, or neither (then a page shorter than the page size is the last one).
* ``page``: the events cursor; the next request passes ``page`` = the previous response's ``nextPage``.

The decisions (where the next page starts, when to stop) are pure functions over :class:`Page`, so they are
tested without I/O. The drivers below take a ``fetch`` callable that does the request; the runner supplies it.
They yield pages (``*_pages``: placed with their ``offset``/``next_offset`` or ``cursor``/``next_page``) or
items (``*_items``). ``max_items`` stops a walk once that many items are out (the last page is cut short)
without requesting a page it would not use; ``concurrency`` reads offset pages ahead (see
:mod:`._readahead`): threads for the sync drivers, tasks for the async ones.

A walk never spins: a page whose items repeat the previous page's (a server ignoring ``offset``, or sending
the same events again under fresh cursors) more than :data:`MAX_REPEATED_PAGES` times in a row, or an events
cursor that comes back to one already followed (A, B, A), raises
:class:`~ofsc_overlay.errors.PaginationError`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

from ._readahead import ReadAhead, Resume, aread_ahead, read_ahead
from .errors import PaginationError

__all__ = [
    "MAX_REPEATED_PAGES",
    "Page",
    "aiter_cursor_items",
    "aiter_cursor_pages",
    "aiter_offset_items",
    "aiter_offset_pages",
    "iter_cursor_items",
    "iter_cursor_pages",
    "iter_offset_items",
    "iter_offset_pages",
    "next_cursor",
    "next_offset",
    "read_page",
    "snake_case",
]


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a list response, reduced to what paging needs; what ``get_all_*(...).by_page()`` yields.

    ``read_page`` fills what the answer says; the drivers then place the page in its walk: ``offset`` and
    ``next_offset`` (resume a walk with ``offset=next_offset``) or, for events, ``cursor`` and ``next_page``
    (resume with ``page=next_page``).
    """

    items: list[Any]
    has_more: bool | None = None
    total_results: int | None = None
    next_page: str | None = None
    limit: int | None = None  # the page size the server says it used, when it echoes it; else the one asked
    offset: int | None = None
    next_offset: int | None = None
    cursor: str | None = None


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


# --- how many items a walk may still hand out -------------------------------------------------------------


class _Budget:
    """``max_items``: what is left of it, and the page cut to it."""

    def __init__(self, max_items: int | None) -> None:
        self.left = max_items

    @property
    def spent(self) -> bool:
        return self.left is not None and self.left <= 0

    def take(self, page: Page) -> Page:
        if self.left is None:
            return page
        if len(page.items) > self.left:
            kept = page.items[: self.left]
            if page.offset is not None:
                page = replace(page, items=kept, next_offset=page.offset + len(kept))
            else:
                # A cursor cannot point inside a page: resuming from a cut events page reads it again.
                page = replace(page, items=kept, next_page=page.cursor)
        self.left -= len(page.items)
        return page


# --- offset drivers -----------------------------------------------------------------------------------------

FetchPage = Callable[[int], Page]
AsyncFetchPage = Callable[[int], Awaitable[Page]]


class _OffsetWalk:
    """What an offset walk keeps between pages: the loop guard, the budget and the page size asked."""

    def __init__(self, operation: str, limit: int | None, max_items: int | None) -> None:
        self.guard = _LoopGuard(operation)
        self.budget = _Budget(max_items)
        self.limit = limit

    def take(self, page: Page, offset: int, *, page_size: int | None = None) -> tuple[Page, int | None, bool]:
        """The placed page, where the walk goes on (``None``: the end), and whether ``max_items`` ends it."""
        self.guard.page(page)
        following = next_offset(page, offset=offset, limit=page_size or self.limit)
        placed = self.budget.take(
            replace(page, offset=offset, next_offset=following, limit=page.limit or self.limit)
        )
        return placed, following, self.budget.spent

    def plan(self, first: Page, following: int, concurrency: int | None) -> ReadAhead | None:
        if concurrency is None or concurrency <= 1:
            return None
        end = None if self.budget.left is None else following + self.budget.left
        return ReadAhead(first, following, concurrency, end=end)

    def strided(self, plan: ReadAhead) -> Callable[[Page, int], tuple[Page, int | None, bool]]:
        # In the parallel phase the first page's length is the page size: a shorter page is the last one.
        return lambda page, offset: self.take(page, offset, page_size=plan.stride)


def iter_offset_pages(
    fetch: FetchPage,
    *,
    start: int = 0,
    limit: int | None = None,
    max_items: int | None = None,
    concurrency: int | None = None,
    operation: str = "",
) -> Iterator[Page]:
    """Yield every page, placed; ``fetch(offset)`` does the request.

    ``operation`` names the walk in a :class:`~ofsc_overlay.errors.PaginationError`. With ``concurrency``
    > 1 the pages after the first are requested up to ``concurrency`` at a time on a pool of threads
    (:mod:`._readahead`); pages still come out in order, exactly those of a sequential walk.
    """
    walk = _OffsetWalk(operation, limit, max_items)
    if walk.budget.spent:
        return
    page, offset, stop = walk.take(fetch(start), start)
    yield page
    if offset is None or stop:
        return
    plan = walk.plan(page, offset, concurrency)
    del page  # a long walk must not hold its first page to the end
    if plan is not None:
        offset = yield from read_ahead(fetch, plan, walk.strided(plan))
    while offset is not None and not walk.budget.spent:
        page, offset, _ = walk.take(fetch(offset), offset)
        yield page


async def aiter_offset_pages(
    fetch: AsyncFetchPage,
    *,
    start: int = 0,
    limit: int | None = None,
    max_items: int | None = None,
    concurrency: int | None = None,
    operation: str = "",
) -> AsyncIterator[Page]:
    """Async twin of :func:`iter_offset_pages` (``concurrency``: tasks rather than threads).

    When the first page gives ``totalResults``, exactly the pages up to it are fetched; when it gives only
    ``hasMore`` (as ``GET /activities`` does), pages are read ahead and the walk stops at the first page that
    ends the listing; a listing that grew or shrank while it was walked goes on page by page from where the
    page that did not fit the plan ended, so no item is skipped or repeated.
    """
    walk = _OffsetWalk(operation, limit, max_items)
    if walk.budget.spent:
        return
    page, offset, stop = walk.take(await fetch(start), start)
    yield page
    if offset is None or stop:
        return
    plan = walk.plan(page, offset, concurrency)
    del page  # a long walk must not hold its first page to the end
    if plan is not None:
        async for placed in aread_ahead(fetch, plan, walk.strided(plan)):
            if isinstance(placed, Resume):
                offset = placed.offset
            else:
                yield placed
    while offset is not None and not walk.budget.spent:
        page, offset, _ = walk.take(await fetch(offset), offset)
        yield page


def iter_offset_items(
    fetch: FetchPage,
    *,
    start: int = 0,
    limit: int | None = None,
    max_items: int | None = None,
    concurrency: int | None = None,
    operation: str = "",
) -> Iterator[Any]:
    """The items of :func:`iter_offset_pages`, in order."""
    for page in iter_offset_pages(
        fetch, start=start, limit=limit, max_items=max_items, concurrency=concurrency, operation=operation
    ):
        yield from page.items


async def aiter_offset_items(
    fetch: AsyncFetchPage,
    *,
    start: int = 0,
    limit: int | None = None,
    max_items: int | None = None,
    concurrency: int | None = None,
    operation: str = "",
) -> AsyncIterator[Any]:
    """The items of :func:`aiter_offset_pages`, in order."""
    async for page in aiter_offset_pages(
        fetch, start=start, limit=limit, max_items=max_items, concurrency=concurrency, operation=operation
    ):
        for item in page.items:
            yield item


# --- cursor drivers -----------------------------------------------------------------------------------------

FetchCursor = Callable[[str | None], Page]
AsyncFetchCursor = Callable[[str | None], Awaitable[Page]]


def _first_cursor(page: Page, *, current: str | None, positioning: bool) -> str | None:
    # A positioning request (events with ``since``) answers only a fresh ``nextPage``, no items: follow it.
    if positioning and not page.items and page.next_page is not None and page.next_page != current:
        return page.next_page
    return next_cursor(page, current=current)


class _CursorWalk:
    """What a cursor walk keeps between pages: the loop guard (pages and cursors) and the budget."""

    def __init__(self, operation: str, start: str | None, max_items: int | None) -> None:
        self.guard = _LoopGuard(operation)
        self.budget = _Budget(max_items)
        if start is not None:
            self.guard.cursor(start)

    def take(self, page: Page, cursor: str | None, following: str | None) -> tuple[Page, str | None]:
        """The placed page and the cursor to follow (``None``: the walk ends)."""
        placed = self.budget.take(replace(page, cursor=cursor))
        return placed, None if self.budget.spent else following


def iter_cursor_pages(
    fetch: FetchCursor,
    *,
    start: str | None = None,
    positioning: bool = False,
    max_items: int | None = None,
    operation: str = "",
) -> Iterator[Page]:
    """Yield the pages of events; ``fetch(page)`` does the request (``None``: let the server choose).

    ``positioning``: the first request only places the cursor (``since=``), so its empty page does not end the
    walk.
    """
    walk = _CursorWalk(operation, start, max_items)
    if walk.budget.spent:
        return
    cursor = start
    page = fetch(cursor)
    walk.guard.page(page)
    placed, following = walk.take(page, cursor, _first_cursor(page, current=cursor, positioning=positioning))
    yield placed
    while following is not None:
        walk.guard.cursor(following)
        cursor = following
        page = fetch(cursor)
        walk.guard.page(page)
        placed, following = walk.take(page, cursor, next_cursor(page, current=cursor))
        yield placed


async def aiter_cursor_pages(
    fetch: AsyncFetchCursor,
    *,
    start: str | None = None,
    positioning: bool = False,
    max_items: int | None = None,
    operation: str = "",
) -> AsyncIterator[Page]:
    """Async twin of :func:`iter_cursor_pages`."""
    walk = _CursorWalk(operation, start, max_items)
    if walk.budget.spent:
        return
    cursor = start
    page = await fetch(cursor)
    walk.guard.page(page)
    placed, following = walk.take(page, cursor, _first_cursor(page, current=cursor, positioning=positioning))
    yield placed
    while following is not None:
        walk.guard.cursor(following)
        cursor = following
        page = await fetch(cursor)
        walk.guard.page(page)
        placed, following = walk.take(page, cursor, next_cursor(page, current=cursor))
        yield placed


def iter_cursor_items(
    fetch: FetchCursor,
    *,
    start: str | None = None,
    positioning: bool = False,
    max_items: int | None = None,
    operation: str = "",
) -> Iterator[Any]:
    """The events of :func:`iter_cursor_pages`, in order."""
    for page in iter_cursor_pages(
        fetch, start=start, positioning=positioning, max_items=max_items, operation=operation
    ):
        yield from page.items


async def aiter_cursor_items(
    fetch: AsyncFetchCursor,
    *,
    start: str | None = None,
    positioning: bool = False,
    max_items: int | None = None,
    operation: str = "",
) -> AsyncIterator[Any]:
    """The events of :func:`aiter_cursor_pages`, in order."""
    async for page in aiter_cursor_pages(
        fetch, start=start, positioning=positioning, max_items=max_items, operation=operation
    ):
        for item in page.items:
            yield item
