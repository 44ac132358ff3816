"""Requests per second of single GETs: ``AsyncOFSC`` versus a bare ``httpx.AsyncClient``, side by side.

Both send the same ``GET /activities/{activityId}`` with Basic auth, from the same number of concurrent
tasks, to the simulator serving from its own process (so its work does not share the client's GIL). The bare
client only decodes the JSON; the overlay also validates the arguments, goes through its transports (logging,
breaker, retries) and parses the body into the model. Requests per second depend on the simulator too, so
the client process's CPU time per request is reported as well: that is the overlay's own cost.

A third subject is ``AsyncOFSC(otel=True)`` with the OpenTelemetry SDK configured as a service would: a
tracer provider with a batch span processor (its exporter drops the spans, so no network is measured) and a
meter provider whose reader aggregates every measurement. Its cost is reported against the default client.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

from bench._util import Row, ensure_paths, median, simulator_process

NAME = "overhead"
OTEL = "AsyncOFSC(otel=True), SDK configured"
ACTIVITIES = 1000
REQUESTS = 500  # per round; rounds alternate the two clients so that machine noise hits both alike
TASKS = 8


async def _drive(call: Callable[[int], Awaitable[object]], ids: list[int]) -> tuple[float, float]:
    """(requests per second, client CPU microseconds per request) of REQUESTS calls over TASKS tasks."""
    queue = iter(range(REQUESTS))

    async def worker() -> None:
        for i in queue:
            await call(ids[i % len(ids)])

    started, cpu_started = time.perf_counter(), time.process_time()
    await asyncio.gather(*(worker() for _ in range(TASKS)))
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    return REQUESTS / elapsed, cpu / REQUESTS * 1e6


def run(quick: bool = False) -> list[Row]:
    ensure_paths()
    import httpx

    from ofsc_overlay import AsyncOFSC
    from ofsc_overlay.testing import Credentials

    rounds = 7 if quick else 21
    names = ("httpx.AsyncClient", "AsyncOFSC", OTEL)
    rps: dict[str, list[float]] = {name: [] for name in names}
    cpu: dict[str, list[float]] = {name: [] for name in names}
    _configure_sdk()
    with simulator_process(ACTIVITIES) as base_url:
        credentials = Credentials()  # what the simulator's command line uses by default

        async def measure() -> None:
            async with (
                httpx.AsyncClient(
                    base_url=base_url, headers={"Authorization": credentials.basic_header()}
                ) as bare,
                AsyncOFSC(
                    instance=credentials.instance,
                    client_id=credentials.client_id,
                    client_secret=credentials.client_secret,
                    base_url=base_url,
                    auth="basic",
                ) as client,
                AsyncOFSC(
                    instance=credentials.instance,
                    client_id=credentials.client_id,
                    client_secret=credentials.client_secret,
                    base_url=base_url,
                    auth="basic",
                    otel=True,
                ) as traced,
            ):
                first = await client.core.get_activities(limit=200)
                ids = [item.activity_id for item in first.items or [] if isinstance(item.activity_id, int)]

                async def bare_get(activity_id: int) -> object:
                    response = await bare.get(f"/rest/ofscCore/v1/activities/{activity_id}")
                    response.raise_for_status()
                    return response.json()

                async def overlay_get(activity_id: int) -> object:
                    return await client.core.get_activity(activity_id=activity_id)

                async def traced_get(activity_id: int) -> object:
                    return await traced.core.get_activity(activity_id=activity_id)

                subjects = {"httpx.AsyncClient": bare_get, "AsyncOFSC": overlay_get, OTEL: traced_get}
                for call in subjects.values():  # warm up: connections, imports
                    await _drive(call, ids)
                order = list(subjects)
                for _ in range(rounds):
                    for name in order:
                        rate, cpu_us = await _drive(subjects[name], ids)
                        rps[name].append(rate)
                        cpu[name].append(cpu_us)
                    order = order[1:] + order[:1]  # A B C, B C A, ...: a drift in load favours none

        asyncio.run(measure())
    # The overlay's cost: the median over rounds of each round's paired ratio (robust to load drifts).
    rate_cost = median([1 - o / b for o, b in zip(rps["AsyncOFSC"], rps["httpx.AsyncClient"], strict=True)])
    cpu_cost = median([o / b - 1 for o, b in zip(cpu["AsyncOFSC"], cpu["httpx.AsyncClient"], strict=True)])
    otel_rate_cost = median([1 - t / o for t, o in zip(rps[OTEL], rps["AsyncOFSC"], strict=True)])
    otel_cpu_cost = median([t / o - 1 for t, o in zip(cpu[OTEL], cpu["AsyncOFSC"], strict=True)])
    rows: list[Row] = []
    for name, samples in rps.items():
        value = median(samples)
        cpu_us = median(cpu[name])
        detail = (
            f"{value:,.0f} req/s, client CPU {cpu_us:,.0f} us/request "
            f"({rounds} rounds of {REQUESTS} GETs, {TASKS} tasks)"
        )
        if name == "AsyncOFSC":
            detail += (
                f"; {rate_cost * 100:.1f}% fewer req/s, "
                f"{cpu_cost * 100:.0f}% more client CPU than bare httpx (median of paired rounds; "
                "goal < 5% fewer req/s)"
            )
        if name == OTEL:
            detail += (
                f"; {otel_rate_cost * 100:.1f}% fewer req/s, "
                f"{otel_cpu_cost * 100:.0f}% more client CPU than AsyncOFSC without otel "
                "(median of paired rounds)"
            )
        # The table's time column: ms per request.
        rows.append(Row(NAME, f"GET activity via {name}", 1000.0 / value, detail, samples))
    return rows


def _configure_sdk() -> None:
    """A tracer and a meter provider as a service configures them; spans are batched, then dropped."""
    from collections.abc import Sequence

    from opentelemetry import metrics, trace
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader
    from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor, SpanExporter, SpanExportResult

    class Drop(SpanExporter):
        def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
            return SpanExportResult.SUCCESS

    provider = TracerProvider()
    provider.add_span_processor(BatchSpanProcessor(Drop()))
    trace.set_tracer_provider(provider)
    metrics.set_meter_provider(MeterProvider(metric_readers=[InMemoryMetricReader()]))
