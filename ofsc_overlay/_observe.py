"""Where the transport layers report retries and breaker changes: the log, and OpenTelemetry when it is on.

The retry and breaker modules call these hooks; they log (:mod:`ofsc_overlay._logging`) and, once a client
was built with ``otel=True`` (:func:`enable_otel`), also record span events and metrics through
:mod:`ofsc_overlay.telemetry`. OpenTelemetry is imported only then: importing ``ofsc_overlay`` or running
a client without ``otel`` never loads it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ._logging import log_breaker_transition, log_retry
from .errors import ConfigurationError

if TYPE_CHECKING:
    from .telemetry import Telemetry

__all__ = ["breaker_transition", "enable_otel", "retry_wait"]

_telemetry: Telemetry | None = None


def enable_otel() -> Telemetry:
    """The process's :class:`~ofsc_overlay.telemetry.Telemetry` (created on first use)."""
    global _telemetry
    if _telemetry is None:
        try:
            from .telemetry import Telemetry
        except ImportError:
            raise ConfigurationError(
                "Setting 'otel' is on but opentelemetry-api is not installed "
                "(pip install 'ofsc-overlay[otel]').",
                setting="otel",
                sources=("otel=...", "otel in config.toml"),
            ) from None
        _telemetry = Telemetry()
    return _telemetry


def retry_wait(cause: httpx.Response | BaseException, wait: float, attempt: int) -> None:
    """Attempt ``attempt`` failed with ``cause`` and is retried after ``wait`` seconds."""
    request = _request_of(cause)
    if request is None:  # pragma: no cover - the retry layer attaches the request to every outcome
        return
    log_retry(request, cause, wait, attempt)
    if _telemetry is not None:
        _telemetry.retry(request, cause, wait, attempt)


def breaker_transition(origin: str, previous: str, state: str, failures: int) -> None:
    """The circuit of ``origin`` went from ``previous`` to ``state``."""
    log_breaker_transition(origin, previous, state, failures)
    if _telemetry is not None:
        _telemetry.breaker_transition(origin, state)


def _request_of(cause: httpx.Response | BaseException) -> httpx.Request | None:
    try:
        request = cause.request if isinstance(cause, httpx.Response | httpx.RequestError) else None
    except RuntimeError:  # httpx raises when no request was attached
        return None
    return request
