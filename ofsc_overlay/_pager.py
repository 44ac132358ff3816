"""What ``get_all_*`` returns: an iterator over every item that can also hand out its pages (``by_page()``).

A pager starts no request until it is iterated. Iterating it walks the pages once; each ``by_page()`` call
is a walk of its own, from the first page (or the ``offset=``/``page=`` the call was given).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, Generic, TypeVar

from .pagination import Page

__all__ = ["AsyncPager", "SyncPager"]

T = TypeVar("T")


def _items(pages: Iterator[Page]) -> Iterator[Any]:
    for page in pages:
        yield from page.items


async def _aitems(pages: AsyncIterator[Page]) -> AsyncIterator[Any]:
    async for page in pages:
        for item in page.items:
            yield item


class SyncPager(Generic[T]):
    """Every item of a sync walk (``for item in pager``), or its pages (``pager.by_page()``)."""

    __slots__ = ("_items", "_walk")

    def __init__(self, walk: Callable[[], Iterator[Page]]) -> None:
        self._walk = walk
        self._items: Iterator[T] | None = None

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        if self._items is None:
            self._items = _items(self._walk())
        return next(self._items)

    def by_page(self) -> Iterator[Page]:
        """The pages of a walk of its own."""
        return self._walk()

    def close(self) -> None:
        """Stop the item walk now (the read-ahead threads finish their requests); iterating again ends."""
        items = self._items
        if items is not None and hasattr(items, "close"):
            items.close()
        self._items = iter(())

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'started' if self._items is not None else 'not started'}>"


class AsyncPager(Generic[T]):
    """Every item of an async walk (``async for item in pager``), or its pages (``pager.by_page()``)."""

    __slots__ = ("_items", "_walk")

    def __init__(self, walk: Callable[[], AsyncIterator[Page]]) -> None:
        self._walk = walk
        self._items: AsyncIterator[T] | None = None

    def __aiter__(self) -> AsyncIterator[T]:
        return self

    async def __anext__(self) -> T:
        if self._items is None:
            self._items = _aitems(self._walk())
        return await anext(self._items)

    def by_page(self) -> AsyncIterator[Page]:
        """The pages of a walk of its own."""
        return self._walk()

    async def aclose(self) -> None:
        """Stop the item walk now (cancelling read-ahead requests); iterating again ends."""
        items = self._items
        if items is not None and hasattr(items, "aclose"):
            await items.aclose()
        self._items = _aitems(_no_pages())

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'started' if self._items is not None else 'not started'}>"


async def _no_pages() -> AsyncIterator[Page]:
    return
    yield  # an async generator that yields nothing
