"""Requests per second of single GETs: ``AsyncOFSC`` versus a bare ``httpx.AsyncClient``, side by side.

Both send the same ``GET /activities/{activityId}`` to the simulator over loopback with Basic auth, from the
same number of concurrent tasks; the bare client only decodes the JSON, the overlay also validates the
arguments, goes through its transports (logging, breaker, retries) and parses the body into the model.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

from bench._util import Row, ensure_paths, median

NAME = "overhead"
REQUESTS = 2000
TASKS = 8


async def _drive(call: Callable[[int], Awaitable[object]], ids: list[int]) -> float:
    """Requests per second of REQUESTS calls spread over TASKS concurrent tasks."""
    queue = iter(range(REQUESTS))

    async def worker() -> None:
        for i in queue:
            await call(ids[i % len(ids)])

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(TASKS)))
    return REQUESTS / (time.perf_counter() - started)


def run(quick: bool = False) -> list[Row]:
    ensure_paths()
    import httpx

    from ofsc_overlay import AsyncOFSC
    from ofsc_overlay.testing import Simulator

    repeat = 3 if quick else 7
    rps: dict[str, list[float]] = {"httpx.AsyncClient": [], "AsyncOFSC": []}
    with Simulator(activities=1000) as sim:
        settings = sim.client_settings()
        ids = sorted(sim.state.activities)[:200]

        async def measure() -> None:
            async with (
                httpx.AsyncClient(base_url=sim.base_url, headers={"Authorization": sim.basic_auth}) as bare,
                AsyncOFSC(
                    instance=settings["instance"],
                    client_id=settings["client_id"],
                    client_secret=settings["client_secret"],
                    base_url=settings["base_url"],
                    auth="basic",
                ) as client,
            ):

                async def bare_get(activity_id: int) -> object:
                    response = await bare.get(f"/rest/ofscCore/v1/activities/{activity_id}")
                    response.raise_for_status()
                    return response.json()

                async def overlay_get(activity_id: int) -> object:
                    return await client.core.get_activity(activity_id=activity_id)

                subjects = {"httpx.AsyncClient": bare_get, "AsyncOFSC": overlay_get}
                for call in subjects.values():  # warm up: connections, imports
                    await _drive(call, ids)
                for _ in range(repeat):  # alternate, so that machine noise hits both alike
                    for name, call in subjects.items():
                        rps[name].append(await _drive(call, ids))

        asyncio.run(measure())
    bare_rps = median(rps["httpx.AsyncClient"])
    rows: list[Row] = []
    for name, samples in rps.items():
        value = median(samples)
        detail = f"{value:,.0f} req/s ({REQUESTS} GETs, {TASKS} tasks, loopback simulator)"
        if name == "AsyncOFSC":
            detail += f", overhead {(1 - value / bare_rps) * 100:.1f}% vs bare httpx"
        # The table's time column: ms per request.
        rows.append(Row(NAME, f"GET activity via {name}", 1000.0 / value, detail, samples))
    return rows
