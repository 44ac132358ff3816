"""Paging at a realistic latency: 250 ms a request, injected in the server, over loopback HTTP.

Two listings, each walked through ``AsyncOFSC``'s public ``get_all_*`` one page after the other and with
``concurrency=8``; the items of the parallel walk are checked to be exactly the sequential walk's, in order:

- ``get_all_users``: 20,000 users in pages of 100 (OFSC's largest for ``/users``) from ``bench._server``,
  which builds pages on the fly; the answer carries ``totalResults``, and OFSC documents no limit on
  simultaneous requests, so 8 are in flight;
- ``get_all_activities``: activities from the simulator (own process), which serves at most 3 ``GET
  /activities`` at once as OFSC documents; the client holds ``concurrency=8`` to that limit by itself.
  ``hasMore`` only, so the walk reads ahead and stops at the first page that ends the listing.

The floor of a walk is ``ceil(pages / in flight) x latency``: no client can be faster at that latency.
"""

from __future__ import annotations

import asyncio
import math
import time
from typing import Any

from bench._util import Row, ensure_paths, paging_server_process, simulator_process

NAME = "paging"
LATENCY = 0.250
CONCURRENCY = 8
USERS, USERS_LIMIT = 20_000, 100
ACTIVITIES, ACTIVITIES_LIMIT = 6_000, 100
ACTIVITIES_IN_FLIGHT = 3  # what the simulator serves at once (OFSC's documented limit)


def _client(base_url: str) -> Any:
    from ofsc_overlay import AsyncOFSC

    # The simulator's default credentials; bench._server takes any.
    return AsyncOFSC(
        instance="sim", client_id="demo-client", client_secret="demo-secret", base_url=base_url, auth="basic"
    )


async def _walk(
    base_url: str, operation: str, limit: int, concurrency: int | None
) -> tuple[float, list[Any]]:
    async with _client(base_url) as client:
        walk = getattr(client.core, operation)
        started = time.perf_counter()
        ids = [
            getattr(item, "login", None) or getattr(item, "activity_id", None)
            async for item in walk(limit=limit, concurrency=concurrency)
        ]
        return (time.perf_counter() - started) * 1000.0, ids


def _rows(
    base_url: str,
    latency_path: str,
    label: str,
    operation: str,
    total: int,
    limit: int,
    in_flight: int,
    goal: float,
) -> list[Row]:
    import httpx

    asyncio.run(_walk(base_url, operation, limit, CONCURRENCY))  # warm up (imports, connections), unmeasured
    # From here on the server answers every request LATENCY seconds late.
    body: Any = {"latency": LATENCY} if latency_path.startswith("/__admin") else LATENCY
    httpx.post(base_url + latency_path, json=body).raise_for_status()
    sequential_ms, expected = asyncio.run(_walk(base_url, operation, limit, None))
    parallel_ms, got = asyncio.run(_walk(base_url, operation, limit, CONCURRENCY))
    if len(expected) != total or got != expected:
        raise RuntimeError(f"{operation}: the parallel walk's items differ from the sequential walk's")
    pages = math.ceil(total / limit)
    floor_ms = math.ceil(pages / in_flight) * LATENCY * 1000
    speedup = sequential_ms / parallel_ms
    common = f"{total:,} items, {pages} pages of {limit}, {LATENCY * 1000:.0f} ms/request"
    return [
        Row(NAME, f"{label}: sequential", sequential_ms, f"{common}; floor {pages * LATENCY:,.1f} s"),
        Row(
            NAME,
            f"{label}: concurrency={CONCURRENCY} ({in_flight} in flight)",
            parallel_ms,
            f"{common}; {speedup:.1f}x faster than sequential (goal >= {goal}x); "
            f"floor {floor_ms / 1000:,.2f} s"
            f" = ceil({pages} pages / {in_flight} in flight) x {LATENCY * 1000:.0f} ms "
            f"(sequential / floor = {sequential_ms / floor_ms:.1f}x)",
            [parallel_ms],
        ),
    ]


def run(quick: bool = False) -> list[Row]:
    ensure_paths()
    rows: list[Row] = []
    with paging_server_process(USERS, 0) as base_url:
        rows += _rows(
            base_url, "/__latency", "get_all_users", "get_all_users", USERS, USERS_LIMIT, CONCURRENCY, 5
        )
    with simulator_process(ACTIVITIES) as base_url:
        rows += _rows(
            base_url,
            "/__admin/faults",  # a latency fault: the simulator waits after admitting the request
            "get_all_activities (simulator, 3 in flight)",
            "get_all_activities",
            ACTIVITIES,
            ACTIVITIES_LIMIT,
            ACTIVITIES_IN_FLIGHT,
            2.5,
        )
    return rows
