"""A long walk holds a bounded number of pages: what it has yielded and parsed is freed as it goes.

With the cyclic GC off, anything still alive is held by a reference, not waiting for a collection: each
response body is freed once parsed (httpx binds a stream to every response that refers back to it, a cycle
the runner breaks), and a page's items once the walk is two pages past them (the walk keeps the previous
page to notice a server that repeats it), the first page included.
"""

from __future__ import annotations

import asyncio
import gc
import weakref
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _clients import connect, connect_async

from ofsc_overlay.testing import Simulator

LIMIT = 20


@pytest.fixture
def no_cyclic_gc() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class Pages:
    """Follows a walk: weak references to each response and to the first item of each page."""

    def __init__(self) -> None:
        self.responses: list[weakref.ref[httpx.Response]] = []
        self.first_items: list[weakref.ref[Any]] = []
        self.count = 0

    def response(self, response: httpx.Response) -> None:
        if response.url.path.endswith("/activities"):
            self.responses.append(weakref.ref(response))

    def item(self, item: Any) -> None:
        if self.count % LIMIT == 0:
            self.first_items.append(weakref.ref(item))
            page = len(self.first_items)
            # Two pages on, a page is held by nothing: not the walk, not its response.
            assert [ref() for ref in self.first_items[: page - 2]] == [None] * max(page - 2, 0)
        self.count += 1

    def alive_responses(self) -> int:
        return sum(ref() is not None for ref in self.responses)


def test_sync_walk_frees_pages_and_bodies_as_it_goes(sim: Simulator, no_cyclic_gc: None) -> None:
    pages = Pages()
    with connect(sim) as client:
        client.http_client.event_hooks["response"].append(pages.response)
        for item in client.core.get_all_activities(limit=LIMIT):
            pages.item(item)
            assert pages.alive_responses() <= 1
    assert pages.count == 300 and len(pages.responses) == 300 // LIMIT
    del item
    assert pages.alive_responses() == 0


def test_async_walk_frees_pages_and_bodies_as_it_goes(sim: Simulator, no_cyclic_gc: None) -> None:
    pages = Pages()

    async def hook(response: httpx.Response) -> None:
        pages.response(response)

    async def walk() -> None:
        async with connect_async(sim) as client:
            client.http_client.event_hooks["response"].append(hook)
            async for item in client.core.get_all_activities(limit=LIMIT):
                pages.item(item)
                assert pages.alive_responses() <= 1

    asyncio.run(walk())
    assert pages.count == 300 and len(pages.responses) == 300 // LIMIT
    assert pages.alive_responses() == 0


def test_a_raw_response_keeps_its_body(sim: Simulator) -> None:
    # Dropping the spent stream must not take anything from a response handed to the caller.
    with connect(sim) as client:
        raw = client.core.with_raw_response.get_activities(limit=3)
    assert raw.http_response.is_stream_consumed and raw.http_response.is_closed
    assert raw.http_response.json()["items"] and raw.http_response.content.startswith(b"{")
    assert list(raw.http_response.iter_bytes()) == [raw.http_response.content]
    assert raw.http_response.elapsed.total_seconds() >= 0
