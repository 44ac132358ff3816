"""Operations Oracle removed: their methods stay and raise OperationRemovedError without sending anything.

The committed package retires nothing yet, so these tests retire a live operation in the catalog for their
duration (and, for the generated method itself, render a facade group with a retired name).
"""

from __future__ import annotations

import asyncio
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from ofsc_generated import catalog

from codegen.facade import render_group
from codegen.names import RetiredName
from ofsc_overlay import OFSC, AsyncOFSC, OperationRemovedError, compat
from ofsc_overlay.breaker import DEFAULT_REGISTRY
from ofsc_overlay.compat import _table

KEY = "statistics.update_airline_distance_based_travel"
ROUTE = ("PATCH", "/rest/ofscStatistics/v1/airlineDistanceBasedTravel")
MESSAGE = f"{KEY} was removed from Oracle's API in 2026.03.10; see docs/api-changes/2026.03.10.md"


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("OFSC_INSTANCE", "OFSC_CLIENT_ID", "OFSC_CLIENT_SECRET", "OFSC_BASE_URL", "OFSC_AUTH"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    DEFAULT_REGISTRY.clear()


@pytest.fixture
def retired(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The operation as a release that removed it leaves it: not in BY_KEY, listed in RETIRED."""
    monkeypatch.delitem(catalog.BY_KEY, KEY, raising=False)  # already retired for real after an upgrade
    monkeypatch.setitem(catalog.RETIRED, KEY, catalog.Retired(*KEY.split("."), *ROUTE, "2026.03.10"))
    routes = {f"{method} {path}": op for (method, path), op in _routes().items() if (method, path) != ROUTE}
    monkeypatch.setattr(_table, "by_route", lambda: routes)
    _table.methods.cache_clear()  # the pyOFSC table is joined to the catalog once per process
    yield
    monkeypatch.undo()
    _table.methods.cache_clear()


def _routes() -> dict[tuple[str, str], Any]:
    return {(op.method.upper(), op.path): op for op in catalog.OPERATIONS}


def _settings() -> dict[str, Any]:
    return {
        "instance": "acme",
        "client_id": "app",
        "client_secret": "s3cret",
        "auth": "basic",
        "max_retries": 0,
    }


def test_sync_and_raw_calls_raise_without_sending(retired: None) -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(200, json={}))
    with OFSC(**_settings(), transport=transport) as client:
        with pytest.raises(OperationRemovedError) as caught:
            client.statistics.update_airline_distance_based_travel(body={"items": []})
        with pytest.raises(OperationRemovedError):
            client.statistics.with_raw_response.update_airline_distance_based_travel(body={"items": []})
    assert str(caught.value) == MESSAGE
    assert (caught.value.operation, caught.value.removed_in) == (KEY, "2026.03.10")
    assert sent == []


def test_async_call_raises_without_sending(retired: None) -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(200, json={}))

    async def main() -> None:
        async with AsyncOFSC(**_settings(), transport=transport) as client:
            await client.statistics.update_airline_distance_based_travel(body={"items": []})

    with pytest.raises(OperationRemovedError, match="removed from Oracle's API in 2026.03.10"):
        asyncio.run(main())
    assert sent == []


def test_the_generated_retired_method_raises_through_the_runner(retired: None) -> None:
    """What codegen emits for a retired name: any arguments, NoReturn, and the runner raises."""
    gone = RetiredName("statistics", "update_airline_distance_based_travel", *ROUTE, "2026.03.10")
    source = render_group("statistics", [], [gone])
    assert "def update_airline_distance_based_travel(self, *args: Any, **kwargs: Any) -> NoReturn:" in source
    assert "see docs/api-changes/2026.03.10.md" in source
    namespace: dict[str, Any] = {"__name__": "retired_facade_under_test"}
    exec(compile(source, "statistics.py", "exec"), namespace)  # noqa: S102 - our own generated code
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(200, json={}))
    with OFSC(**_settings(), transport=transport) as client:
        group = namespace["Statistics"](client._runner)
        with pytest.raises(OperationRemovedError, match=KEY):
            group.update_airline_distance_based_travel(anything="goes")
        with pytest.raises(OperationRemovedError):
            group.with_raw_response.update_airline_distance_based_travel()
    assert sent == []


def test_pyofsc_names_of_a_retired_operation_raise_the_same_error(retired: None) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with compat.OFSC(clientID="app", secret="s3cret", companyName="acme", max_retries=0) as legacy:
            with pytest.raises(OperationRemovedError, match=KEY):  # not an AttributeError: it names why
                legacy.statistics.update_airline_distance_based_travel({"items": []})


def test_an_unknown_key_is_still_a_validation_error() -> None:
    from ofsc_overlay import RequestValidationError

    with OFSC(**_settings(), transport=httpx.MockTransport(lambda r: httpx.Response(200))) as client:
        with pytest.raises(RequestValidationError) as info:
            client._runner.call("statistics.never_existed", {})
    error = info.value
    assert (error.operation, error.parameter, error.reason) == (
        "statistics.never_existed",
        "key",
        "names no operation in the catalog",
    )
