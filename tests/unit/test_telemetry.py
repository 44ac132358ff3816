"""OpenTelemetry spans and metrics of real client calls, read back from the real SDK's in-memory exporters."""

from __future__ import annotations

import asyncio
import base64
import logging
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import HistogramDataPoint, InMemoryMetricReader, NumberDataPoint
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from ofsc_overlay import (
    OFSC,
    AsyncOFSC,
    AuthenticationError,
    CircuitOpenError,
    ConfigurationError,
    InternalServerError,
    NotFoundError,
    _observe,
)
from ofsc_overlay.breaker import DEFAULT_REGISTRY
from ofsc_overlay.telemetry import Telemetry

BASE = "https://acme.fs.ocs.oraclecloud.com"
SECRET = "Sup3r-S3cret-Client-Value"
ACCESS_TOKEN = "eyJhbGciOiJSUzI1NiJ9.OTEL-ACCESS-TOKEN.sig"
ACTIVITY = "/rest/ofscCore/v1/activities/{activityId}"
ACTIVITY_ID = 4225599

Handler = Callable[[httpx.Request], httpx.Response]


@dataclass
class Otel:
    exporter: InMemorySpanExporter
    reader: InMemoryMetricReader

    def spans(self) -> list[ReadableSpan]:
        return list(self.exporter.get_finished_spans())

    def named(self, name: str) -> list[ReadableSpan]:
        return [span for span in self.spans() if span.name == name]

    def one(self, name: str) -> ReadableSpan:
        (span,) = self.named(name)
        return span

    def points(self, metric: str) -> list[tuple[dict[str, Any], Any]]:
        """(attributes, data point) of every point of ``metric``."""
        data = self.reader.get_metrics_data()
        found: list[tuple[dict[str, Any], Any]] = []
        for resource in data.resource_metrics if data else []:
            for scope in resource.scope_metrics:
                for item in scope.metrics:
                    if item.name == metric:
                        found += [(dict(point.attributes or {}), point) for point in item.data.data_points]
        return found

    def counts(self, metric: str) -> list[tuple[dict[str, Any], int]]:
        counted = []
        for attributes, point in self.points(metric):
            if isinstance(point, HistogramDataPoint):
                counted.append((attributes, point.count))
            else:
                assert isinstance(point, NumberDataPoint)
                counted.append((attributes, int(point.value)))
        return counted


@pytest.fixture(autouse=True)
def fresh_breakers() -> Iterator[None]:
    DEFAULT_REGISTRY.clear()
    yield
    DEFAULT_REGISTRY.clear()


@pytest.fixture
def otel(monkeypatch: pytest.MonkeyPatch) -> Otel:
    """A real SDK tracer and meter provider per test, behind the process's Telemetry."""
    exporter = InMemorySpanExporter()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
    reader = InMemoryMetricReader()
    telemetry = Telemetry(
        tracer_provider=tracer_provider, meter_provider=MeterProvider(metric_readers=[reader])
    )
    monkeypatch.setattr(_observe, "_telemetry", telemetry)
    return Otel(exporter, reader)


def sync_client(handler: Handler, **overrides: Any) -> OFSC:
    arguments: dict[str, Any] = {
        "instance": "acme",
        "client_id": "app",
        "client_secret": SECRET,
        "otel": True,
        "max_retries": 2,
        "transport": httpx.MockTransport(handler),
        "sleep": lambda seconds: None,
    }
    arguments.update(overrides)
    return OFSC(**arguments)


def async_client(handler: Handler, **overrides: Any) -> AsyncOFSC:
    async def no_sleep(seconds: float) -> None:
        return None

    arguments: dict[str, Any] = {
        "instance": "acme",
        "client_id": "app",
        "client_secret": SECRET,
        "otel": True,
        "max_retries": 2,
        "transport": httpx.MockTransport(handler),
        "sleep": no_sleep,
    }
    arguments.update(overrides)
    return AsyncOFSC(**arguments)


def answers(*responses: httpx.Response | Exception) -> tuple[Handler, list[httpx.Request]]:
    """A handler answering ``responses`` in turn (an exception is raised), and the requests it saw."""
    seen: list[httpx.Request] = []
    queue = list(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        outcome = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    return handler, seen


def all_attribute_values(span: ReadableSpan) -> list[str]:
    values = [str(value) for value in (span.attributes or {}).values()]
    for event in span.events:
        values += [event.name] + [str(value) for value in (event.attributes or {}).values()]
    values += [span.name, str(span.status.description)]
    return values


# --- one call -------------------------------------------------------------------------------------------


def test_a_call_is_one_span_named_by_operation_with_the_attempt_inside(otel: Otel) -> None:
    handler, seen = answers(httpx.Response(200, json={"activityId": ACTIVITY_ID}))
    with sync_client(handler) as client:
        assert client.core.get_activity(activity_id=ACTIVITY_ID).activity_id == ACTIVITY_ID

    call = otel.one("OFSC core.get_activity")
    attempt = otel.one(f"GET {ACTIVITY}")
    assert call.kind is SpanKind.INTERNAL and attempt.kind is SpanKind.CLIENT
    assert attempt.parent is not None and attempt.parent.span_id == call.context.span_id
    assert dict(call.attributes or {}) == {
        "ofsc.operation": "core.get_activity",
        "http.request.method": "GET",
        "url.template": ACTIVITY,
        "server.address": "acme.fs.ocs.oraclecloud.com",
        "http.response.status_code": 200,
        "ofsc.attempts": 1,
        "ofsc.breaker.state": "closed",
    }
    assert dict(attempt.attributes or {}) == {
        "http.request.method": "GET",
        "server.address": "acme.fs.ocs.oraclecloud.com",
        "server.port": 443,
        "url.template": ACTIVITY,
        "ofsc.operation": "core.get_activity",
        "http.response.status_code": 200,
    }
    assert call.status.status_code is StatusCode.UNSET
    # The attempt's context travels in the W3C traceparent header.
    trace_id = format(attempt.context.trace_id, "032x")
    span_id = format(attempt.context.span_id, "016x")
    assert seen[0].headers["traceparent"].startswith(f"00-{trace_id}-{span_id}-")
    # The id in the path never reaches a span.
    assert not any(str(ACTIVITY_ID) in value for span in otel.spans() for value in all_attribute_values(span))

    assert otel.counts("ofsc.client.operation.duration") == [
        ({"ofsc.operation": "core.get_activity", "ofsc.status_class": "2xx"}, 1)
    ]
    [(attributes, count)] = otel.counts("http.client.request.duration")
    assert (
        count == 1
        and attributes["http.response.status_code"] == 200
        and attributes["url.template"] == ACTIVITY
    )


def test_a_retried_call_sync(otel: Otel) -> None:
    handler, seen = answers(
        httpx.Response(503, headers={"Retry-After": "2"}), httpx.Response(200, json={"activityId": 1})
    )
    with sync_client(handler) as client:
        client.core.get_activity(activity_id=1)
    assert len(seen) == 2

    call = otel.one("OFSC core.get_activity")
    first, second = sorted(otel.named(f"GET {ACTIVITY}"), key=lambda span: span.start_time or 0)
    assert all(
        span.parent is not None and span.parent.span_id == call.context.span_id for span in (first, second)
    )
    assert first.attributes is not None and second.attributes is not None
    assert first.attributes["http.response.status_code"] == 503 and first.attributes["error.type"] == "503"
    assert first.status.status_code is StatusCode.ERROR
    assert "http.request.resend_count" not in first.attributes
    assert second.attributes["http.request.resend_count"] == 1
    assert second.attributes["http.response.status_code"] == 200
    assert call.attributes is not None and call.attributes["ofsc.attempts"] == 2
    assert "error.type" not in call.attributes  # the call succeeded in the end
    [event] = call.events
    assert event.name == "ofsc.retry"
    assert dict(event.attributes or {}) == {
        "ofsc.attempt": 1,
        "ofsc.retry.reason": "503",
        "ofsc.retry.wait_s": 2.0,
    }

    assert otel.counts("ofsc.client.retries") == [
        (
            {
                "ofsc.retry.reason": "503",
                "server.address": "acme.fs.ocs.oraclecloud.com",
                "ofsc.operation": "core.get_activity",
            },
            1,
        )
    ]
    by_status = {
        attrs["http.response.status_code"]: n for attrs, n in otel.counts("http.client.request.duration")
    }
    assert by_status == {503: 1, 200: 1}


def test_a_retried_call_async_after_a_connection_error(otel: Otel) -> None:
    handler, seen = answers(httpx.ConnectError("refused"), httpx.Response(200, json={"activityId": 1}))

    async def main() -> None:
        async with async_client(handler) as client:
            await client.core.get_activity(activity_id=1)

    asyncio.run(main())
    assert len(seen) == 2
    call = otel.one("OFSC core.get_activity")
    first, second = sorted(otel.named(f"GET {ACTIVITY}"), key=lambda span: span.start_time or 0)
    assert first.attributes is not None and first.attributes["error.type"] == "ConnectError"
    assert "http.response.status_code" not in first.attributes
    assert second.parent is not None and second.parent.span_id == call.context.span_id
    assert call.attributes is not None and call.attributes["ofsc.attempts"] == 2
    assert call.attributes["server.address"] == "acme.fs.ocs.oraclecloud.com"
    assert [event.attributes["ofsc.retry.reason"] for event in call.events if event.attributes] == [
        "ConnectError"
    ]
    assert [(a["ofsc.retry.reason"], n) for a, n in otel.counts("ofsc.client.retries")] == [
        ("ConnectError", 1)
    ]


def test_a_failed_call_carries_its_status_as_error_type(otel: Otel) -> None:
    handler, _ = answers(httpx.Response(404, json={"title": "Not found"}))
    with sync_client(handler) as client, pytest.raises(Exception) as caught:
        client.core.with_raw_response.get_activity(activity_id=1)
    assert type(caught.value).__name__ == "NotFoundError"
    call = otel.one("OFSC core.get_activity")
    assert call.attributes is not None and call.attributes["error.type"] == "404"
    assert call.status.status_code is StatusCode.ERROR
    assert otel.counts("ofsc.client.operation.duration") == [
        ({"ofsc.operation": "core.get_activity", "ofsc.status_class": "4xx", "error.type": "404"}, 1)
    ]


# --- the circuit breaker --------------------------------------------------------------------------------


def test_a_call_refused_by_the_open_breaker(otel: Otel, caplog: pytest.LogCaptureFixture) -> None:
    handler, seen = answers(httpx.Response(500))
    with caplog.at_level(logging.INFO, logger="ofsc_overlay"):
        with sync_client(handler, max_retries=0, breaker_failure_threshold=1) as client:
            with pytest.raises(InternalServerError):
                client.core.get_activity(activity_id=1)
            with pytest.raises(CircuitOpenError):
                client.core.get_activity(activity_id=1)
    assert len(seen) == 1

    failed, refused = sorted(otel.named("OFSC core.get_activity"), key=lambda span: span.start_time or 0)
    assert failed.attributes is not None and failed.attributes["ofsc.breaker.state"] == "open"
    assert failed.attributes["error.type"] == "500"
    assert refused.attributes is not None
    assert refused.attributes["ofsc.breaker.state"] == "open" and refused.attributes["ofsc.attempts"] == 0
    assert refused.attributes["error.type"] == "CircuitOpenError"
    assert refused.status.status_code is StatusCode.ERROR
    children = [
        span for span in otel.spans() if span.parent and span.parent.span_id == refused.context.span_id
    ]
    assert children == []  # nothing was sent
    assert otel.counts("ofsc.client.circuit_breaker.transitions") == [
        ({"ofsc.breaker.state": "open", "server.address": "acme.fs.ocs.oraclecloud.com"}, 1)
    ]
    opened = [
        r for r in caplog.records if r.levelno == logging.WARNING and r.getMessage().startswith("Circuit")
    ]
    assert [(r.name, r.breaker_state) for r in opened] == [("ofsc_overlay", "open")]  # type: ignore[attr-defined]


# --- paging ---------------------------------------------------------------------------------------------


def zones_handler(total: int) -> Handler:
    def zones(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        limit = int(request.url.params["limit"])
        items = [
            {"workZoneLabel": f"Z{n}", "status": "active"} for n in range(offset, min(offset + limit, total))
        ]
        return httpx.Response(
            200, json={"items": items, "totalResults": total, "hasMore": offset + limit < total}
        )

    return zones


def assert_one_walk(otel: Otel, pages: int) -> None:
    walk = otel.one("OFSC metadata.get_all_workzones")
    assert walk.attributes is not None
    assert (
        walk.attributes["ofsc.pages"] == pages
        and walk.attributes["ofsc.operation"] == "metadata.get_all_workzones"
        and walk.attributes["server.address"] == "acme.fs.ocs.oraclecloud.com"
    )
    page_calls = otel.named("OFSC metadata.get_workzones")
    assert len(page_calls) == pages
    assert all(call.parent is not None and call.parent.span_id == walk.context.span_id for call in page_calls)
    attempts = otel.named("GET /rest/ofscMetadata/v1/workZones")
    assert sorted(span.parent.span_id for span in attempts if span.parent) == sorted(
        call.context.span_id for call in page_calls
    )
    assert {span.context.trace_id for span in otel.spans()} == {walk.context.trace_id}


def test_a_paging_walk_is_one_parent_span_sync(otel: Otel) -> None:
    with sync_client(zones_handler(7)) as client:
        labels = [zone.work_zone_label for zone in client.metadata.get_all_workzones(limit=3)]
    assert labels == [f"Z{n}" for n in range(7)]
    assert_one_walk(otel, pages=3)


def test_a_paging_walk_is_one_parent_span_async_in_parallel(otel: Otel) -> None:
    async def main() -> list[str]:
        async with async_client(zones_handler(7)) as client:
            return [
                z.work_zone_label async for z in client.metadata.get_all_workzones(limit=2, concurrency=3)
            ]

    assert asyncio.run(main()) == [f"Z{n}" for n in range(7)]
    assert_one_walk(otel, pages=4)


def test_a_failing_walk_marks_its_span(otel: Otel) -> None:
    handler, _ = answers(httpx.Response(500))
    with sync_client(handler, max_retries=0) as client, pytest.raises(InternalServerError):
        list(client.metadata.get_all_workzones(limit=3))
    walk = otel.one("OFSC metadata.get_all_workzones")
    assert walk.attributes is not None and walk.attributes["error.type"] == "500"
    assert walk.status.status_code is StatusCode.ERROR


def test_a_walk_stopped_early_is_no_error(otel: Otel) -> None:
    with sync_client(zones_handler(7)) as client:
        walk = client.metadata.get_all_workzones(limit=3)
        assert next(iter(walk)).work_zone_label == "Z0"
        walk.close()  # type: ignore[attr-defined]
    span = otel.one("OFSC metadata.get_all_workzones")
    assert (
        span.attributes is not None
        and span.attributes["ofsc.pages"] == 1
        and "error.type" not in span.attributes
    )
    assert span.attributes["ofsc.cancelled"] is True
    assert span.status.status_code is StatusCode.UNSET


# --- OAuth2: token fetches, and no secret anywhere ---------------------------------------------------------


def test_a_failing_oauth2_call_leaks_no_secret(otel: Otel, caplog: pytest.LogCaptureFixture) -> None:
    """Every span attribute, event, metric attribute and log field of a refused OAuth2 call: no secret."""
    tokens: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/rest/oauthTokenService"):
            tokens.append(1)
            if len(tokens) == 1:
                return httpx.Response(503)  # retried
            body = {
                "access_token": f"{ACCESS_TOKEN}{len(tokens)}",
                "token_type": "bearer",
                "expires_in": 3600,
            }
            return httpx.Response(200, json=body)
        return httpx.Response(401, json={"type": "about:blank", "title": "Unauthorized", "status": "401"})

    basic = base64.b64encode(f"app@acme:{SECRET}".encode()).decode()
    with caplog.at_level(logging.DEBUG):  # every logger, httpx's included
        with sync_client(handler, auth="oauth2") as client, pytest.raises(AuthenticationError):
            client.core.get_activity(activity_id=ACTIVITY_ID)
    assert len(tokens) == 3  # 503 + token, then the refresh after the 401

    token_spans = otel.named("POST /rest/oauthTokenService/v2/token")
    call = otel.one("OFSC core.get_activity")
    assert len(token_spans) == 3 and all(
        s.parent and s.parent.span_id == call.context.span_id for s in token_spans
    )
    assert call.attributes is not None and call.attributes["error.type"] == "401"
    fetches = {a.get("http.response.status_code"): n for a, n in otel.counts("ofsc.client.token.fetches")}
    assert fetches == {200: 2}  # the 503 was retried inside the first fetch

    values: list[str] = []
    for span in otel.spans():
        values += all_attribute_values(span)
    for metric in ("ofsc.client.token.fetches", "ofsc.client.retries", "http.client.request.duration"):
        values += [str(value) for attributes, _ in otel.points(metric) for value in attributes.values()]
    for record in caplog.records:
        values.append(record.getMessage())
        values += [str(value) for value in vars(record).values()]
    assert any("oauth2.token" in value for value in values)  # the token requests were seen
    text = "\n".join(values)
    for secret in (SECRET, ACCESS_TOKEN, "OTEL-ACCESS-TOKEN", basic, basic[:24], f"Basic {basic}"):
        assert secret not in text, secret


# --- without otel, and without the extra -------------------------------------------------------------------


def test_without_otel_no_span_and_no_opentelemetry_import() -> None:
    code = (
        "import sys, httpx, ofsc_overlay\n"
        "assert not any(m.startswith('opentelemetry') for m in sys.modules)\n"
        "handler = lambda request: httpx.Response(200, json={'activityId': 1})\n"
        "with ofsc_overlay.OFSC(instance='a', client_id='b', client_secret='c',"
        " transport=httpx.MockTransport(handler)) as client:\n"
        "    client.core.get_activity(activity_id=1)\n"
        "print(sorted(m for m in sys.modules if m.startswith('opentelemetry')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_otel_without_the_extra_fails_at_construction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_observe, "_telemetry", None)
    monkeypatch.setitem(sys.modules, "ofsc_overlay.telemetry", None)  # as if opentelemetry-api were missing
    handler, seen = answers(httpx.Response(200))
    with pytest.raises(ConfigurationError) as info:
        sync_client(handler)
    assert info.value.setting == "otel" and "pip install 'ofsc-overlay[otel]'" in str(info.value)
    assert seen == []


def test_the_global_providers_are_used_by_default() -> None:
    # In a fresh process: the SDK is configured after the client was built, as applications often do.
    code = (
        "import httpx, ofsc_overlay\n"
        "from opentelemetry import trace\n"
        "from opentelemetry.sdk.trace import TracerProvider\n"
        "from opentelemetry.sdk.trace.export import SimpleSpanProcessor\n"
        "from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter\n"
        "handler = lambda request: httpx.Response(200, json={'activityId': 1})\n"
        "client = ofsc_overlay.OFSC(instance='a', client_id='b', client_secret='c', otel=True,"
        " transport=httpx.MockTransport(handler))\n"
        "exporter = InMemorySpanExporter()\n"
        "provider = TracerProvider()\n"
        "provider.add_span_processor(SimpleSpanProcessor(exporter))\n"
        "trace.set_tracer_provider(provider)\n"
        "client.core.get_activity(activity_id=1)\n"
        "print(sorted(span.name for span in exporter.get_finished_spans()))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == str(sorted([f"GET {ACTIVITY}", "OFSC core.get_activity"]))


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    ("token_answer", "error", "call_error", "fetch"),
    [
        (
            lambda: httpx.ConnectError("refused"),
            "APIConnectionError",
            "APIConnectionError",
            {"error.type": "ConnectError"},
        ),
        (
            lambda: httpx.Response(401, json={"title": "Unauthorized"}),
            "AuthenticationError",
            "401",
            {"http.response.status_code": 401, "error.type": "401"},
        ),
    ],
)
def test_token_fetch_failures_are_counted_and_end_the_call_span(
    otel: Otel,
    mode: str,
    token_answer: Callable[[], httpx.Response | Exception],
    error: str,
    call_error: str,
    fetch: dict[str, Any],
) -> None:
    handler, seen = answers(token_answer())  # a fresh response per run: a response is read once
    if mode == "sync":
        with sync_client(handler, auth="oauth2", max_retries=0) as client, pytest.raises(Exception) as caught:
            client.core.get_activity(activity_id=1)
    else:

        async def main() -> None:
            async with async_client(handler, auth="oauth2", max_retries=0) as client:
                await client.core.get_activity(activity_id=1)

        with pytest.raises(Exception) as caught:
            asyncio.run(main())
    assert type(caught.value).__name__ == error
    assert [request.url.path for request in seen] == [
        "/rest/oauthTokenService/v2/token"
    ]  # the API was not called
    call = otel.one("OFSC core.get_activity")
    assert call.attributes is not None and call.attributes["error.type"] == call_error
    token = otel.one("POST /rest/oauthTokenService/v2/token")
    assert token.parent is not None and token.parent.span_id == call.context.span_id
    assert otel.counts("ofsc.client.token.fetches") == [
        ({"server.address": "acme.fs.ocs.oraclecloud.com", **fetch}, 1)
    ]


def test_the_process_shares_one_telemetry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_observe, "_telemetry", None)
    first = _observe.enable_otel()
    assert isinstance(first, Telemetry) and _observe.enable_otel() is first


def test_a_walk_that_fetched_nothing_has_no_span(otel: Otel) -> None:
    telemetry = _observe.enable_otel()
    walk = telemetry.walk(_catalog_op("metadata.get_workzones"), "h")
    assert list(walk.wrap(iter([]))) == []

    async def drain() -> list[Any]:
        async def nothing() -> Any:
            raise ValueError("listing failed before its first page")
            yield  # pragma: no cover - makes this an async generator

        return [
            item async for item in telemetry.walk(_catalog_op("metadata.get_workzones"), "h").awrap(nothing())
        ]

    with pytest.raises(ValueError):
        asyncio.run(drain())
    assert otel.spans() == []


def test_a_failing_async_walk_marks_its_span(otel: Otel) -> None:
    handler, _ = answers(httpx.Response(503))

    async def main() -> None:
        async with async_client(handler, max_retries=0) as client:
            async for _ in client.metadata.get_all_workzones(limit=3):
                pass  # pragma: no cover - the first page fails

    with pytest.raises(Exception, match="503"):
        asyncio.run(main())
    walk = otel.one("OFSC metadata.get_all_workzones")
    assert walk.attributes is not None and walk.attributes["error.type"] == "503"
    assert walk.attributes["ofsc.pages"] == 1


def _catalog_op(key: str) -> Any:
    from ofsc_generated.catalog import BY_KEY

    return BY_KEY[key]


def test_the_docs_list_every_log_field_and_metric() -> None:
    from pathlib import Path

    from ofsc_overlay._logging import FIELDS

    guides = Path(__file__).parents[2] / "docs"
    logging_guide = (guides / "logging.md").read_text()
    missing_fields = [name for name in FIELDS if f"| `{name}` |" not in logging_guide]
    docs = (guides / "observability.md").read_text()
    assert missing_fields == []
    telemetry = Telemetry(tracer_provider=TracerProvider(), meter_provider=MeterProvider())
    instruments = [
        telemetry.request_duration,
        telemetry.operation_duration,
        telemetry.retries,
        telemetry.breaker_transitions,
        telemetry.token_fetches,
    ]
    missing_metrics = [i.name for i in instruments if f"| `{i.name}`" not in docs]
    assert missing_metrics == []


def test_a_cancelled_call_is_no_error(otel: Otel) -> None:
    """A read-ahead page cancelled by a parallel walk, say: its spans say so, without an error."""

    async def main() -> None:
        reached = asyncio.Event()

        async def handler(request: httpx.Request) -> httpx.Response:
            reached.set()
            await asyncio.Event().wait()  # never answers
            raise AssertionError("unreachable")  # pragma: no cover

        async with async_client(handler) as client:
            task = asyncio.ensure_future(client.core.get_activity(activity_id=1))
            await reached.wait()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

    asyncio.run(main())
    call = otel.one("OFSC core.get_activity")
    attempt = otel.one(f"GET {ACTIVITY}")
    for span in (call, attempt):
        assert span.attributes is not None and span.attributes["ofsc.cancelled"] is True
        assert "error.type" not in span.attributes and span.status.status_code is StatusCode.UNSET
    assert otel.counts("ofsc.client.operation.duration") == []
    assert otel.counts("http.client.request.duration") == []


def test_a_call_refused_by_the_open_breaker_async(otel: Otel) -> None:
    handler, seen = answers(httpx.ConnectError("refused"))

    async def main() -> None:
        async with async_client(handler, max_retries=0, breaker_failure_threshold=1) as client:
            with pytest.raises(Exception, match="Connection failed"):
                await client.core.get_activity(activity_id=1)
            with pytest.raises(CircuitOpenError):
                await client.core.get_activity(activity_id=1)

    asyncio.run(main())
    assert len(seen) == 1
    failed, refused = sorted(otel.named("OFSC core.get_activity"), key=lambda span: span.start_time or 0)
    assert failed.attributes is not None
    assert (failed.attributes["error.type"], failed.attributes["ofsc.breaker.state"]) == (
        "APIConnectionError",
        "open",
    )
    assert "http.response.status_code" not in failed.attributes
    assert refused.attributes is not None and refused.attributes["error.type"] == "CircuitOpenError"
    assert refused.attributes["ofsc.attempts"] == 0
    assert len(otel.named(f"GET {ACTIVITY}")) == 1  # only the first call reached the network
    assert [a["ofsc.breaker.state"] for a, _ in otel.counts("ofsc.client.circuit_breaker.transitions")] == [
        "open"
    ]


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_an_events_walk_is_one_parent_span(otel: Otel, asynchronous: bool) -> None:
    pages = {"p5": ({"eventType": "activityCreated"}, "p6"), "p6": (None, "p6")}

    def events(request: httpx.Request) -> httpx.Response:
        item, following = pages[request.url.params["page"]]
        return httpx.Response(200, json={"items": [item] if item else [], "nextPage": following})

    async def walk_async() -> list[Any]:
        async with async_client(events) as client:
            return [e async for e in client.core.get_all_events(subscription_id="s", page="p5")]

    if asynchronous:
        found = asyncio.run(walk_async())
    else:
        with sync_client(events) as client:
            found = list(client.core.get_all_events(subscription_id="s", page="p5"))
    assert [event.event_type for event in found] == ["activityCreated"]
    walk = otel.one("OFSC core.get_all_events")
    assert walk.attributes is not None and walk.attributes["ofsc.pages"] == 2
    pages_read = otel.named("OFSC core.get_events")
    assert len(pages_read) == 2
    assert all(span.parent is not None and span.parent.span_id == walk.context.span_id for span in pages_read)


def test_a_sync_parallel_walk_is_one_parent_span(otel: Otel) -> None:
    with sync_client(zones_handler(7)) as client:
        labels = [zone.work_zone_label for zone in client.metadata.get_all_workzones(limit=2, concurrency=3)]
    assert labels == [f"Z{n}" for n in range(7)]
    assert_one_walk(otel, pages=4)  # the pages fetched on the walk's threads have the walk as parent


def test_a_streamed_download_is_one_call_span_with_its_status(otel: Otel) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/missing"):
            return httpx.Response(404, json={"title": "Not Found", "status": "404"})
        return httpx.Response(200, content=iter([b"a" * 10, b"b" * 10]))

    with sync_client(handler) as client:
        with client.core.with_streaming_response.get_activity_file_property(
            activity_id=ACTIVITY_ID, property_label="XA_PHOTO"
        ) as download:
            assert b"".join(download.iter_bytes()) == b"a" * 10 + b"b" * 10
        with pytest.raises(NotFoundError):
            with client.core.with_streaming_response.get_activity_file_property(
                activity_id=ACTIVITY_ID, property_label="missing"
            ):
                pass
    ok, missing = otel.named("OFSC core.get_activity_file_property")
    assert ok.attributes is not None and ok.attributes["http.response.status_code"] == 200
    assert missing.attributes is not None and missing.attributes["http.response.status_code"] == 404
    assert missing.status.status_code is StatusCode.ERROR


def test_an_async_streamed_download_is_one_call_span(otel: Otel) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"abc")

    async def main() -> bytes:
        async with async_client(handler) as client:
            async with client.core.with_streaming_response.get_activity_file_property(
                activity_id=ACTIVITY_ID, property_label="XA_PHOTO"
            ) as download:
                return b"".join([chunk async for chunk in download.iter_bytes()])

    assert asyncio.run(main()) == b"abc"
    span = otel.one("OFSC core.get_activity_file_property")
    assert span.attributes is not None and span.attributes["http.response.status_code"] == 200
