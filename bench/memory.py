"""Memory of a long walk: 200,000 activities through ``get_all_activities``, sync and async (tracemalloc).

The activities come from ``bench._server`` in its own process (pages built on the fly), so the traced
process holds only what the client holds. Pages of 2,000 (100 requests). The yardstick is what 3 pages
need: the peak traced memory of fetching 3 pages with ``get_activities`` and holding them (the models of 3
pages, plus the body and decoded JSON of the last one while it is parsed); the memory they hold afterwards
is reported too. A walk whose items the caller does not keep must stay under it: at its peak it holds the
page being decoded (the body, the decoded JSON, the models) and the page whose items it is yielding, never
the listing. Imports, connections and the first parse happen before tracing starts.
"""

from __future__ import annotations

import asyncio
import gc
import tracemalloc
from typing import Any

from bench._util import Row, ensure_paths, paging_server_process

NAME = "memory"
ACTIVITIES = 200_000
LIMIT = 2_000


def _settings(base_url: str) -> dict[str, Any]:
    return {"instance": "bench", "client_id": "app", "client_secret": "secret", "base_url": base_url}


def _traced(fn: Any) -> tuple[int, Any]:
    """(peak traced bytes above the start, result) of fn()."""
    gc.collect()
    tracemalloc.start()
    try:
        start, _ = tracemalloc.get_traced_memory()
        result = fn()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak - start, result


def _three_pages(client: Any) -> tuple[int, int]:
    """What 3 pages need, fetched with ``get_activities`` and held: (peak while fetching, held after)."""
    gc.collect()
    tracemalloc.start()
    try:
        start, _ = tracemalloc.get_traced_memory()
        pages = [client.core.get_activities(offset=i * LIMIT, limit=LIMIT) for i in range(3)]
        gc.collect()
        held, peak = tracemalloc.get_traced_memory()
        assert sum(len(page.items) for page in pages) == 3 * LIMIT
    finally:
        tracemalloc.stop()
    return peak - start, held - start


def run(quick: bool = False) -> list[Row]:
    ensure_paths()
    from ofsc_overlay import OFSC, AsyncOFSC

    total = ACTIVITIES // 4 if quick else ACTIVITIES
    rows: list[Row] = []
    with paging_server_process(0, total) as base_url, OFSC(**_settings(base_url)) as client:
        for _ in client.core.get_all_activities(limit=LIMIT):  # warm up: imports, connection, first parse
            break
        three_pages, three_held = _three_pages(client)

        def walk_sync() -> int:
            return sum(1 for _ in client.core.get_all_activities(limit=LIMIT))

        async def walk_async() -> tuple[int, int]:
            async with AsyncOFSC(**_settings(base_url)) as aclient:
                async for _ in aclient.core.get_all_activities(limit=1):  # warm up the async stack
                    break
                gc.collect()
                tracemalloc.start()
                try:
                    start, _ = tracemalloc.get_traced_memory()
                    count = 0
                    async for _ in aclient.core.get_all_activities(limit=LIMIT):
                        count += 1
                    _, peak = tracemalloc.get_traced_memory()
                finally:
                    tracemalloc.stop()
                return peak - start, count

        sync_peak, sync_count = _traced(walk_sync)
        async_peak, async_count = asyncio.run(walk_async())
    for label, peak, count in (
        ("OFSC (sync)", sync_peak, sync_count),
        ("AsyncOFSC", async_peak, async_count),
    ):
        if count != total:
            raise RuntimeError(f"{label}: walked {count} activities, expected {total}")
        rows.append(
            Row(
                NAME,
                f"{label} get_all_activities(limit={LIMIT:,}): peak traced memory",
                None,
                f"{peak / 1e6:,.1f} MB for {total:,} activities ({total // LIMIT} pages); 3 pages need "
                f"{three_pages / 1e6:,.1f} MB (peak of fetching them; "
                f"{three_held / 1e6:,.1f} MB held after): peak / 3 pages = {peak / three_pages:.2f} "
                f"(goal < 1), {peak / three_held:.2f} of 3 pages held",
            )
        )
    return rows
