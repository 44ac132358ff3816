"""The parallel phase of an offset walk: which pages to request ahead, and when to hand back to page by page.

One plan (:class:`ReadAhead`) drives both twins: sync with a bounded thread pool, async with tasks. After the
first page (whose length is the stride: servers cap ``limit`` silently), the offsets that follow are
requested up to ``concurrency`` at a time: exactly the pages up to ``totalResults`` when the first page gives
it, or reading ahead while ``hasMore`` says so otherwise, and never past ``max_items``. Pages are handed out
in offset order. A page that ends somewhere other than planned (the last page, or a listing that grew or
shrank while it was walked) ends the phase: the walk goes on page by page from where that page really
ended, so no item is skipped or repeated; the read-ahead requests past it (at most ``concurrency - 1``) are
cancelled or their answers dropped.
"""

from __future__ import annotations

import asyncio
import contextvars
import itertools
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .pagination import Page

__all__ = ["ReadAhead", "Resume", "aread_ahead", "read_ahead"]


@dataclass(frozen=True, slots=True)
class Resume:
    """End of the parallel phase: go on page by page from ``offset`` (``None``: the listing ended)."""

    offset: int | None


class ReadAhead:
    """The offsets to request after the first page, and whether a page ended where it was planned to."""

    def __init__(self, first: Page, start: int, concurrency: int, *, end: int | None = None) -> None:
        self.stride = len(first.items)
        assert self.stride > 0  # the caller only plans after a non-empty first page
        self.start = start
        self.concurrency = concurrency
        # Without totalResults the listing's end is unknown: offsets run on until a page says it is the last.
        stop = first.total_results
        if end is not None:
            stop = end if stop is None else min(stop, end)
        self._offsets: Iterator[int] = iter(
            range(start, stop, self.stride) if stop is not None else itertools.count(start, self.stride)
        )

    def more(self, in_flight: int) -> list[int]:
        """Offsets to request now, ``in_flight`` being already requested."""
        wanted = self.concurrency - in_flight
        return list(itertools.islice(self._offsets, max(wanted, 0)))


#: ``take(page, offset)``: the page as it is handed on (placed, cut to ``max_items``), the offset where the
#: walk goes on (``None``: it ends there), and whether to stop here anyway (``max_items`` reached).
Take = Callable[["Page", int], tuple["Page", int | None, bool]]


def read_ahead(
    fetch: Callable[[int], Page], plan: ReadAhead, take: Take
) -> Generator[Page, None, int | None]:
    """The sync parallel phase on a pool of ``plan.concurrency`` threads; returns where to go on from."""
    pending: deque[tuple[int, Future[Page]]] = deque()
    following: int | None = plan.start
    # The pool is bounded by the plan's concurrency; leaving the block waits for requests already running.
    with ThreadPoolExecutor(max_workers=plan.concurrency, thread_name_prefix="ofsc-pages") as pool:

        def schedule() -> None:
            for offset in plan.more(len(pending)):
                # Each thread runs in a copy of the caller's context (log and trace context variables).
                pending.append((offset, pool.submit(contextvars.copy_context().run, fetch, offset)))

        try:
            schedule()
            while pending:
                offset, future = pending.popleft()
                placed, following, stop = take(future.result(), offset)
                yield placed
                if stop or following != offset + plan.stride:
                    return following
                schedule()
            return following
        finally:
            for _, future in pending:
                future.cancel()


async def aread_ahead(
    fetch: Callable[[int], Awaitable[Page]], plan: ReadAhead, take: Take
) -> AsyncIterator[Page | Resume]:
    """Async twin of :func:`read_ahead`: pages, then one :class:`Resume` (an async generator returns none)."""
    pending: deque[tuple[int, asyncio.Future[Page]]] = deque()

    def schedule() -> None:
        for offset in plan.more(len(pending)):
            pending.append((offset, asyncio.ensure_future(fetch(offset))))

    following: int | None = plan.start
    try:
        schedule()
        while pending:
            offset, task = pending.popleft()
            placed, following, stop = take(await task, offset)
            yield placed
            if stop or following != offset + plan.stride:
                break
            schedule()
        yield Resume(following)
    finally:
        for _, task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*(task for _, task in pending), return_exceptions=True)
