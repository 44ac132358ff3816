"""Fixtures shared by the unit tests."""

from __future__ import annotations

import sys
import types

import pytest


@pytest.fixture
def fake_otel(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Stands in for opentelemetry-instrumentation-httpx; returns the list of the clients it instrumented."""
    instrumented: list[object] = []

    class FakeInstrumentor:
        @staticmethod
        def instrument_client(client: object) -> None:
            instrumented.append(client)

    module = types.ModuleType("opentelemetry.instrumentation.httpx")
    module.HTTPXClientInstrumentor = FakeInstrumentor  # type: ignore[attr-defined]
    for name in ("opentelemetry", "opentelemetry.instrumentation"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "opentelemetry.instrumentation.httpx", module)
    return instrumented
