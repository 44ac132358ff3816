"""Spans, metrics and log fields of the public clients against the simulator, over loopback HTTP.

The real OpenTelemetry SDK records (in-memory exporter and metric reader); retry waits run on fake time.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator

import pytest
from _clients import FakeTime, connect, connect_async
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode

from ofsc_overlay import _observe
from ofsc_overlay.telemetry import Telemetry
from ofsc_overlay.testing import Simulator

USERS = "/rest/ofscCore/v1/users"
ACTIVITIES = "/rest/ofscCore/v1/activities"


@pytest.fixture
def spans(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[InMemorySpanExporter, InMemoryMetricReader]]:
    exporter = InMemorySpanExporter()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
    reader = InMemoryMetricReader()
    telemetry = Telemetry(
        tracer_provider=tracer_provider, meter_provider=MeterProvider(metric_readers=[reader])
    )
    monkeypatch.setattr(_observe, "_telemetry", telemetry)
    yield exporter, reader


def children(all_spans: list[ReadableSpan], parent: ReadableSpan) -> list[ReadableSpan]:
    found = [span for span in all_spans if span.parent and span.parent.span_id == parent.context.span_id]
    return sorted(found, key=lambda span: span.start_time or 0)


def test_a_retried_call_over_http(
    sim: Simulator,
    fake_time: FakeTime,
    spans: tuple[InMemorySpanExporter, InMemoryMetricReader],
    caplog: pytest.LogCaptureFixture,
) -> None:
    exporter, reader = spans
    sim.add_fault(route=USERS, method="GET", statuses=(503,), retry_after=3, times=1)
    with caplog.at_level(logging.INFO, logger="ofsc_overlay"):
        with connect(sim, time=fake_time, otel=True) as client:
            assert client.core.get_users().items
    assert sim.requests.count("GET", USERS) == 2 and fake_time.sleeps == [3.0]

    finished = list(exporter.get_finished_spans())
    (call,) = [span for span in finished if span.name == "OFSC core.get_users"]
    assert [span.name for span in children(finished, call)] == [
        "POST /rest/oauthTokenService/v2/token",
        f"GET {USERS}",
        f"GET {USERS}",
    ]
    token, failed, succeeded = children(finished, call)
    port = int(sim.base_url.rsplit(":", 1)[1])
    assert token.attributes is not None and token.attributes["server.port"] == port
    assert failed.attributes is not None and failed.attributes["http.response.status_code"] == 503
    assert succeeded.attributes is not None and succeeded.attributes["http.request.resend_count"] == 1
    assert call.attributes is not None and call.attributes["ofsc.attempts"] == 2
    assert [event.name for event in call.events] == ["ofsc.retry"]

    retries = [r for r in caplog.records if getattr(r, "retry_in_s", None) is not None]
    assert [(r.ofsc_operation, r.retry_in_s, r.retry_reason) for r in retries] == [  # type: ignore[attr-defined]
        ("core.get_users", 3.0, "503")
    ]
    data = reader.get_metrics_data()
    assert data is not None
    names = {metric.name for rm in data.resource_metrics for sm in rm.scope_metrics for metric in sm.metrics}
    assert {"ofsc.client.retries", "ofsc.client.token.fetches", "http.client.request.duration"} <= names


def test_a_parallel_paging_walk_over_http_is_one_trace(
    sim: Simulator, spans: tuple[InMemorySpanExporter, InMemoryMetricReader]
) -> None:
    exporter, _ = spans

    async def walk() -> int:
        async with connect_async(sim, otel=True) as client:
            return len([a async for a in client.core.get_all_activities(limit=50, concurrency=4)])

    assert asyncio.run(walk()) == len(sim.state.activities)
    finished = list(exporter.get_finished_spans())
    (root,) = [span for span in finished if span.name == "OFSC core.get_all_activities"]
    pages = children(finished, root)
    assert pages and {span.name for span in pages} == {"OFSC core.get_activities"}
    assert root.attributes is not None and root.attributes["ofsc.pages"] == len(pages)
    # Read-ahead pages past the end are cancelled, some before they reached the simulator: not errors.
    cancelled = [span for span in pages if span.attributes and span.attributes.get("ofsc.cancelled")]
    assert len(pages) - len(cancelled) <= sim.requests.count("GET", ACTIVITIES) <= len(pages)
    assert not any(span.status.status_code is StatusCode.ERROR for span in finished)
    assert {span.context.trace_id for span in finished} == {root.context.trace_id}
