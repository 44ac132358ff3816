"""The runner's small parts, each pinned: option layering, multipart splitting, events cursor arguments."""

from __future__ import annotations

import enum
import io
import types
from typing import Any

import httpx
import pytest

from ofsc_overlay._runner import CallOptions, SyncRunner, _cursor_args, _multipart, _positions_cursor


def test_merged_options_keep_what_the_layer_above_leaves_unsaid() -> None:
    base = CallOptions(
        max_retries=2, retry_non_idempotent=True, timeout=5.0, headers={"A": "1"}, max_in_flight=3
    )

    assert base.merged(CallOptions()) == base
    top = CallOptions(
        max_retries=0, retry_non_idempotent=False, timeout=1.0, headers={"B": "2"}, max_in_flight=1
    )
    merged = base.merged(top)
    assert (merged.max_retries, merged.retry_non_idempotent, merged.timeout, merged.max_in_flight) == (
        0,
        False,
        1.0,
        1,
    )
    assert merged.headers == {"A": "1", "B": "2"}


class Color(enum.Enum):
    RED = "red"


def test_multipart_sends_files_as_files_and_the_rest_as_wire_values() -> None:
    upload = io.BytesIO(b"photo")
    files, data = _multipart(
        {"file": upload, "raw": b"x", "named": ("a.txt", b"a"), "color": Color.RED, "count": 2, "gone": None}
    )
    assert files == {"file": upload, "raw": b"x", "named": ("a.txt", b"a")}
    assert data == {"color": "red", "count": 2}


def test_with_options_keeps_the_catalog_and_the_telemetry() -> None:
    catalog: dict[str, Any] = {"core.ping": object()}
    telemetry: Any = object()
    with httpx.Client(base_url="https://acme.test") as http:
        runner = SyncRunner(http, catalog=catalog, telemetry=telemetry)
        layered = runner.with_options(CallOptions(max_retries=0))
        assert layered.operation("core.ping") is catalog["core.ping"]
        assert layered._telemetry is telemetry
        assert layered.options.max_retries == 0


def test_only_a_since_without_a_page_positions_the_cursor() -> None:
    assert _positions_cursor({"since": "2025-01-01 00:00:00"})
    assert _positions_cursor({"since": "2025-01-01 00:00:00", "page": None})
    assert not _positions_cursor({"since": "2025-01-01 00:00:00", "page": "p1"})
    assert not _positions_cursor({"page": None})
    assert not _positions_cursor({})


def test_since_is_dropped_once_a_new_cursor_is_followed() -> None:
    since = {"since": "2025-01-01 00:00:00", "page": "p1", "subscription_id": "s"}
    assert _cursor_args(since, "p2") == {"page": "p2", "subscription_id": "s"}
    # No cursor yet, or the one already asked for: since still places the walk.
    assert _cursor_args(since, None) == {**since, "page": None}
    assert _cursor_args(since, "p1") == since
    assert _cursor_args({"since": "t"}, None) == {"since": "t", "page": None}


def test_a_page_is_read_from_items_when_the_operation_names_no_key() -> None:
    with httpx.Client(base_url="https://acme.test") as http:
        runner = SyncRunner(http, catalog={})
        unnamed: Any = types.SimpleNamespace(items_key=None)
        named: Any = types.SimpleNamespace(items_key="workZones")
        assert runner.read_page(unnamed, {"items": [1, 2], "hasMore": False}).items == [1, 2]
        assert runner.read_page(named, {"workZones": [3], "items": [9]}).items == [3]


def test_an_async_connection_failure_is_typed_and_names_the_request_and_the_cause() -> None:
    import asyncio

    from ofsc_overlay import errors
    from ofsc_overlay._runner import AsyncRunner

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    async def call() -> None:
        async with httpx.AsyncClient(
            base_url="https://acme.test", transport=httpx.MockTransport(refuse)
        ) as http:
            await AsyncRunner(http).call("core.get_activity", {"activity_id": 1})

    with pytest.raises(errors.APIConnectionError) as info:
        asyncio.run(call())
    where = "GET https://acme.test/rest/ofscCore/v1/activities/1"
    assert str(info.value) == f"Connection failed ({where}): ConnectError: connection refused"
