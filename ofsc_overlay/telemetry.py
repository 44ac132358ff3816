"""OpenTelemetry spans and metrics of the client (``otel=True``; needs only ``opentelemetry-api``).

Without an OpenTelemetry SDK configured by the application, every call below is the API's no-op. This module
is imported only when a client is built with ``otel=True`` (see :mod:`ofsc_overlay._observe`).

Spans (tracer ``ofsc_overlay``):

- ``OFSC <operation>`` (``OFSC core.get_activity``), kind INTERNAL: one per call of a facade method, from
  before the request is sent until the answer is parsed or the typed error raised. Attributes:
  ``ofsc.operation``, ``http.request.method``, ``url.template``, ``server.address``,
  ``http.response.status_code``, ``error.type``, ``ofsc.attempts`` (HTTP attempts of the final send) and
  ``ofsc.breaker.state``. Each retry wait is an event ``ofsc.retry`` on it (``ofsc.attempt``,
  ``ofsc.retry.reason``, ``ofsc.retry.wait_s``).
- ``<METHOD> <url.template>``, kind CLIENT: one per HTTP attempt, child of the call's span (the token request
  of an OAuth2 flow too), with the HTTP semantic-convention attributes and ``http.request.resend_count`` on a
  retry. Its context is sent in the ``traceparent`` header (the globally configured propagator).
- ``OFSC <group>.get_all_*``: a paging walk, parent of one ``OFSC <group>.get_*`` span per page;
  ``ofsc.pages`` counts the pages.
- A span whose work the caller cancelled (a read-ahead page past the end of a listing, a walk left early)
  carries ``ofsc.cancelled`` instead of an error, and no duration is recorded for it.

No attribute holds a URL, a query string, a header value or a body: paths are the catalog's templates, so
ids in the path never reach a span. ``error.type`` is a status code (``"503"``) or an exception class name.

Metrics (meter ``ofsc_overlay``):

- ``http.client.request.duration`` (histogram, s): one per HTTP attempt; ``http.request.method``,
  ``server.address``, ``url.template``, ``http.response.status_code``, ``error.type``, ``ofsc.operation``.
- ``ofsc.client.operation.duration`` (histogram, s): one per call; ``ofsc.operation``,
  ``ofsc.status_class`` (``2xx`` ... ``5xx``, ``none`` without a response), ``error.type``.
- ``ofsc.client.retries`` (counter): ``ofsc.operation``, ``ofsc.retry.reason``, ``server.address``.
- ``ofsc.client.circuit_breaker.transitions`` (counter): ``ofsc.breaker.state`` (the new state),
  ``server.address``.
- ``ofsc.client.token.fetches`` (counter): OAuth2 token requests; ``server.address``,
  ``http.response.status_code``, ``error.type``.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator
from types import TracebackType
from typing import TypeVar

import httpx
from opentelemetry import context as otel_context
from opentelemetry import metrics, propagate, trace
from opentelemetry.trace import Span, SpanKind, Status, StatusCode

from . import _extensions
from ._layer import ObservingLayer, StartT
from ._logging import TOKEN_OPERATION, error_type, request_fields
from ._validation import OperationLike
from .errors import CircuitOpenError

__all__ = ["CallScope", "Telemetry", "Walk"]

SCOPE = "ofsc_overlay"

# The semantic conventions' advice for http.client.request.duration.
_DURATION_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0)

_DEFAULT_PORTS = {"https": 443, "http": 80}

#: How a call, an attempt or a walk ends when the caller stops it: marked ``ofsc.cancelled``, not an error.
_STOPPED = (GeneratorExit, asyncio.CancelledError)

T = TypeVar("T")
Attributes = dict[str, str | int | float]


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("ofsc-overlay")
    except PackageNotFoundError:  # pragma: no cover - a source tree that is not installed
        return "0"


def status_class(status: int | None) -> str:
    return f"{status // 100}xx" if status else "none"


def _set(attributes: Attributes, name: str, value: str | int | float | None) -> None:
    # OpenTelemetry rejects None values: leave the attribute out instead.
    if value is not None:
        attributes[name] = value


class Telemetry:
    """The tracer and the instruments, shared by every client of the process that has ``otel`` on.

    Providers default to the global ones (``trace.set_tracer_provider`` / ``metrics.set_meter_provider``),
    which the API resolves lazily: an application may configure its SDK after building the client.
    """

    def __init__(
        self,
        *,
        tracer_provider: trace.TracerProvider | None = None,
        meter_provider: metrics.MeterProvider | None = None,
    ) -> None:
        self.tracer = trace.get_tracer(SCOPE, _version(), tracer_provider)
        meter = metrics.get_meter(SCOPE, _version(), meter_provider)
        self.request_duration = meter.create_histogram(
            "http.client.request.duration",
            unit="s",
            description="Duration of HTTP client requests (one per attempt).",
            explicit_bucket_boundaries_advisory=_DURATION_BUCKETS,
        )
        self.operation_duration = meter.create_histogram(
            "ofsc.client.operation.duration",
            unit="s",
            description="Duration of OFSC operation calls, retries and token requests included.",
            explicit_bucket_boundaries_advisory=_DURATION_BUCKETS,
        )
        self.retries = meter.create_counter(
            "ofsc.client.retries", unit="{retry}", description="HTTP attempts that are retried."
        )
        self.breaker_transitions = meter.create_counter(
            "ofsc.client.circuit_breaker.transitions",
            unit="{transition}",
            description="State changes of the circuit breakers, by the new state.",
        )
        self.token_fetches = meter.create_counter(
            "ofsc.client.token.fetches", unit="{request}", description="OAuth2 token requests."
        )

    # -- calls (the runner) --

    def operation(self, op: OperationLike, server_address: str, walk: Walk | None = None) -> CallScope:
        """The span and duration of one call (a context manager); ``walk``: the paging walk it belongs to."""
        return CallScope(self, f"{op.group}.{op.name}", _call_attributes(op, server_address), walk)

    def walk(self, op: OperationLike, server_address: str) -> Walk:
        """The parent span of a paging walk over ``op``'s pages (started by its first page)."""
        all_name = getattr(op, "all_name", None) or f"{op.name}_all"
        return Walk(self, f"{op.group}.{all_name}", _call_attributes(op, server_address))

    # -- the transport stack --

    def attempt_layer(self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport) -> AttemptSpans:
        return AttemptSpans(inner, self)

    def token_layer(self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport) -> TokenFetches:
        return TokenFetches(inner, self)

    # -- hooks (ofsc_overlay._observe) --

    def retry(
        self, request: httpx.Request, cause: httpx.Response | BaseException, wait: float, attempt: int
    ) -> None:
        fields = request_fields(request)
        reason = str(cause.status_code) if isinstance(cause, httpx.Response) else type(cause).__name__
        attributes: Attributes = {"ofsc.retry.reason": reason, "server.address": fields["server_address"]}
        _set(attributes, "ofsc.operation", fields["ofsc_operation"])
        self.retries.add(1, attributes)
        if fields["ofsc_operation"] is not None:
            # The call's span is the current one while its request is in the transport stack.
            trace.get_current_span().add_event(
                "ofsc.retry",
                {"ofsc.attempt": attempt, "ofsc.retry.reason": reason, "ofsc.retry.wait_s": round(wait, 3)},
            )

    def breaker_transition(self, origin: str, state: str) -> None:
        self.breaker_transitions.add(
            1, {"ofsc.breaker.state": state, "server.address": httpx.URL(origin).host}
        )


def _call_attributes(op: OperationLike, server_address: str) -> Attributes:
    return {
        "ofsc.operation": f"{op.group}.{op.name}",
        "http.request.method": op.method.upper(),
        "url.template": op.path,
        "server.address": server_address,
    }


class CallScope:
    """``with telemetry.operation(op, host) as scope: ... scope.response(response)``: one call's span."""

    def __init__(self, telemetry: Telemetry, key: str, attributes: Attributes, walk: Walk | None) -> None:
        self._telemetry = telemetry
        self._key = key
        self._attributes = attributes
        self._walk = walk
        self._response: httpx.Response | None = None
        self._span: Span | None = None
        self._token: object = None
        self._start = 0.0

    def __enter__(self) -> CallScope:
        parent = self._walk.page_context() if self._walk is not None else None
        self._span = self._telemetry.tracer.start_span(
            f"OFSC {self._key}", context=parent, kind=SpanKind.INTERNAL, attributes=self._attributes
        )
        self._token = otel_context.attach(trace.set_span_in_context(self._span))
        self._start = time.perf_counter()
        return self

    def response(self, response: httpx.Response) -> None:
        """The answer of the call (before it is parsed or turned into a typed error)."""
        self._response = response

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        assert self._span is not None
        try:
            self._finish(exc)
        finally:
            otel_context.detach(self._token)  # type: ignore[arg-type]

    def _finish(self, exc: BaseException | None) -> None:
        span = self._span
        assert span is not None
        if isinstance(exc, _STOPPED):
            # A read-ahead page cancelled once the walk knew its end: no failure, and no duration to count.
            span.set_attribute("ofsc.cancelled", True)
            span.end()
            return
        response = self._response
        if response is None and isinstance(getattr(exc, "response", None), httpx.Response):
            response = exc.response  # type: ignore[union-attr]  # e.g. the token service refused
        request = response.request if response is not None else getattr(exc, "request", None)
        status = response.status_code if response is not None else None
        attributes: Attributes = {}
        _set(attributes, "http.response.status_code", status)
        if isinstance(exc, CircuitOpenError):
            attributes.update({"ofsc.breaker.state": "open", "ofsc.attempts": 0})
        elif isinstance(request, httpx.Request):
            attempts = (response.extensions.get(_extensions.ATTEMPT) if response is not None else None) or (
                request.extensions.get(_extensions.ATTEMPT)
            )
            _set(attributes, "ofsc.attempts", attempts)
            _set(attributes, "ofsc.breaker.state", request.extensions.get(_extensions.BREAKER_STATE))
        error = error_type(status) if status is not None else None
        if error is None and exc is not None:
            error = type(exc).__name__
        _set(attributes, "error.type", error)
        span.set_attributes(attributes)
        if error is not None:
            span.set_status(Status(StatusCode.ERROR, error))
        span.end()
        metric: Attributes = {"ofsc.operation": self._key, "ofsc.status_class": status_class(status)}
        _set(metric, "error.type", error)
        self._telemetry.operation_duration.record(time.perf_counter() - self._start, metric)


class Walk:
    """One paging walk: its span starts with the first page and ends when the items run out (or stop)."""

    def __init__(self, telemetry: Telemetry, key: str, attributes: Attributes) -> None:
        self._telemetry = telemetry
        self._key = key
        self._attributes = {**attributes, "ofsc.operation": key}
        self._span: Span | None = None
        self.pages = 0

    def page_context(self) -> otel_context.Context:
        """The context a page's call span starts in (the walk's span, started by the first page)."""
        if self._span is None:
            self._span = self._telemetry.tracer.start_span(
                f"OFSC {self._key}", kind=SpanKind.INTERNAL, attributes=self._attributes
            )
        self.pages += 1
        return trace.set_span_in_context(self._span)

    def wrap(self, items: Iterator[T]) -> Iterator[T]:
        """``items``, ending the walk's span when they run out, fail or are abandoned."""
        failure: BaseException | None = None
        try:
            yield from items
        except BaseException as exc:
            failure = exc
            raise
        finally:
            self._end(failure)

    async def awrap(self, items: AsyncIterator[T]) -> AsyncIterator[T]:
        """Async twin of :meth:`wrap`."""
        failure: BaseException | None = None
        try:
            async for item in items:
                yield item
        except BaseException as exc:
            failure = exc
            raise
        finally:
            self._end(failure)

    def _end(self, failure: BaseException | None) -> None:
        span = self._span
        if span is None:
            return
        span.set_attribute("ofsc.pages", self.pages)
        if isinstance(failure, _STOPPED):
            span.set_attribute("ofsc.cancelled", True)
        elif failure is not None:
            error = getattr(failure, "status_code", None)
            name = str(error) if isinstance(error, int) else type(failure).__name__
            span.set_attribute("error.type", name)
            span.set_status(Status(StatusCode.ERROR, name))
        span.end()


class _TelemetryLayer(ObservingLayer[StartT]):
    label = "telemetry layer"

    def __init__(self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport, telemetry: Telemetry) -> None:
        super().__init__(inner)
        self._telemetry = telemetry


class AttemptSpans(_TelemetryLayer[tuple[Span, Attributes, float]]):
    """A CLIENT span and a duration measurement per HTTP attempt (sits below the retry layer)."""

    def _answered(
        self, request: httpx.Request, started: tuple[Span, Attributes, float], response: httpx.Response
    ) -> None:
        self._finish(*started, response)

    def _failed(
        self, request: httpx.Request, started: tuple[Span, Attributes, float], exc: BaseException
    ) -> None:
        self._finish(*started, exc)

    def _started(self, request: httpx.Request) -> tuple[Span, Attributes, float]:
        fields = request_fields(request)
        attributes: Attributes = {
            "http.request.method": request.method,
            "server.address": fields["server_address"],
        }
        _set(attributes, "server.port", request.url.port or _DEFAULT_PORTS.get(request.url.scheme))
        _set(attributes, "url.template", fields["url_template"])
        _set(attributes, "ofsc.operation", fields["ofsc_operation"])
        attempt = request.extensions.get(_extensions.ATTEMPT) or 1
        if attempt > 1:
            attributes["http.request.resend_count"] = attempt - 1
        name = f"{request.method} {fields['url_template']}" if fields["url_template"] else request.method
        span = self._telemetry.tracer.start_span(name, kind=SpanKind.CLIENT, attributes=attributes)
        propagate.inject(request.headers, context=trace.set_span_in_context(span))
        return span, attributes, time.perf_counter()

    def _finish(
        self, span: Span, attributes: Attributes, start: float, outcome: httpx.Response | BaseException
    ) -> None:
        duration = time.perf_counter() - start
        if isinstance(outcome, _STOPPED):
            span.set_attribute("ofsc.cancelled", True)
            span.end()
            return
        outcome_attributes: Attributes = {}
        if isinstance(outcome, httpx.Response):
            outcome_attributes["http.response.status_code"] = outcome.status_code
        _set(outcome_attributes, "error.type", error_type(outcome))
        span.set_attributes(outcome_attributes)
        if "error.type" in outcome_attributes:
            span.set_status(Status(StatusCode.ERROR, str(outcome_attributes["error.type"])))
        span.end()
        metric = {key: value for key, value in attributes.items() if key != "http.request.resend_count"}
        metric.update(outcome_attributes)
        self._telemetry.request_duration.record(duration, metric)


class TokenFetches(_TelemetryLayer[None]):
    """Counts the OAuth2 flow's token requests, one per request whatever its retries (above retries)."""

    def _started(self, request: httpx.Request) -> None:
        return None

    def _answered(self, request: httpx.Request, started: None, response: httpx.Response) -> None:
        self._count(request, response)

    def _failed(self, request: httpx.Request, started: None, exc: BaseException) -> None:
        self._count(request, exc)

    def _count(self, request: httpx.Request, outcome: httpx.Response | BaseException) -> None:
        if request_fields(request)["ofsc_operation"] != TOKEN_OPERATION:
            return
        attributes: Attributes = {"server.address": request.url.host}
        if isinstance(outcome, httpx.Response):
            attributes["http.response.status_code"] = outcome.status_code
        _set(attributes, "error.type", error_type(outcome))
        self._telemetry.token_fetches.add(1, attributes)
