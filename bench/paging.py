"""Fetch all of 50,000 activities through ``get_all_activities`` from the simulator, 20 ms latency a request.

``AsyncOFSC`` walking the pages one after the other versus ``concurrency=8`` (pages read ahead in parallel,
``GET /activities`` gives ``hasMore`` but no ``totalResults``; items still yielded in order), at two page
sizes. By default the walk holds no more requests in flight than OFSC documents for ``GET /activities``;
a third row raises that limit to 8 with ``with_options(max_in_flight=8)``. The simulator serves from its own
process, so the remaining time is mostly its single-threaded work of building the pages.
"""

from __future__ import annotations

import asyncio
import time

from bench._util import Row, ensure_paths, median, simulator_process

NAME = "paging"
ACTIVITIES = 50_000
LATENCY = 0.020
PAGE_SIZES = (500, 2000)
CONCURRENCY = 8


def run(quick: bool = False) -> list[Row]:
    ensure_paths()
    import httpx

    from ofsc_overlay import AsyncOFSC

    repeat = 1 if quick else 3
    rows: list[Row] = []
    with simulator_process(ACTIVITIES) as base_url:

        async def fetch_all(limit: int, concurrency: int | None, in_flight: int | None) -> tuple[float, int]:
            async with AsyncOFSC(  # the simulator's default credentials
                instance="sim",
                client_id="demo-client",
                client_secret="demo-secret",
                base_url=base_url,
                auth="basic",
            ) as client:
                walker = client.with_options(max_in_flight=in_flight) if in_flight else client
                started = time.perf_counter()
                count = 0
                async for _ in walker.core.get_all_activities(limit=limit, concurrency=concurrency):
                    count += 1
                return (time.perf_counter() - started) * 1000.0, count

        asyncio.run(fetch_all(PAGE_SIZES[0], None, None))  # warm up: imports, first parse
        httpx.post(base_url + "/__admin/faults", json={"latency": LATENCY}).raise_for_status()
        for limit in PAGE_SIZES:
            pages = -(-ACTIVITIES // limit)
            variants = (
                ("sequential", None, None),
                (f"concurrency={CONCURRENCY}", CONCURRENCY, None),
                (f"concurrency={CONCURRENCY} max_in_flight={CONCURRENCY}", CONCURRENCY, CONCURRENCY),
            )
            results: dict[str, list[float]] = {label: [] for label, _, _ in variants}
            for _ in range(repeat):
                for label, concurrency, in_flight in variants:
                    ms, count = asyncio.run(fetch_all(limit, concurrency, in_flight))
                    if count != ACTIVITIES:
                        raise RuntimeError(f"{label}: fetched {count} activities, expected {ACTIVITIES}")
                    results[label].append(ms)
            base = median(results["sequential"])
            for label, runs in results.items():
                ms = median(runs)
                detail = f"{ACTIVITIES:,} items, {pages} pages of {limit}, {LATENCY * 1000:.0f} ms/request"
                if label != "sequential":
                    detail += f", {base / ms:.1f}x faster"
                subject = f"AsyncOFSC get_all_activities limit={limit} {label}"
                rows.append(Row(NAME, subject, ms, detail, runs))
    return rows
