"""The live check's parts on their own: the read-only transport, masking of its report, unknown fields."""

from __future__ import annotations

import asyncio
import json
import re

import httpx
import pytest

from ofsc_overlay import operations
from ofsc_overlay.config import resolve_settings
from ofsc_overlay.testing import served_spec
from ofsc_overlay.testing.live import LiveCheck, unknown_fields
from ofsc_overlay.testing.readonly import CallRecord, ReadOnlyTransport, WriteRefused

TOKEN_PATH = "/rest/oauthTokenService/v2/token"


class _Counting:
    """A MockTransport answering 200 that counts what reached it."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(f"{request.method} {request.url.path}")
        return httpx.Response(200, json={"items": []})


def _guard(counting: _Counting, calls: list[CallRecord], secrets: set[str]) -> ReadOnlyTransport:
    ticks = iter(range(100))
    return ReadOnlyTransport(
        httpx.MockTransport(counting.handler),
        token_path=TOKEN_PATH,
        on_call=calls.append,
        on_secret=secrets.add,
        clock=lambda: float(next(ticks)),
    )


def test_get_and_the_token_request_pass_and_are_timed() -> None:
    counting, calls, secrets = _Counting(), [], set()
    with httpx.Client(base_url="https://acme.test", transport=_guard(counting, calls, secrets)) as client:
        client.get("/rest/ofscCore/v1/users", headers={"Authorization": "Bearer tok-123"})
        client.post(TOKEN_PATH, data={"grant_type": "x"}, headers={"Authorization": "Basic b64"})
    assert counting.seen == ["GET /rest/ofscCore/v1/users", f"POST {TOKEN_PATH}"]
    assert calls == [
        CallRecord("GET", "/rest/ofscCore/v1/users", 200, 1.0, "Bearer"),
        CallRecord("POST", TOKEN_PATH, 200, 1.0, "Basic"),
    ]
    assert secrets == {"tok-123", "b64"}  # handed over for masking, never recorded


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/rest/ofscCore/v1/activities"),
        ("PUT", "/rest/ofscCore/v1/resources/X"),
        ("PATCH", "/rest/ofscCore/v1/activities/1"),
        ("DELETE", "/rest/ofscCore/v1/activities/1"),
        ("HEAD", "/rest/ofscCore/v1/users"),
        ("POST", "/rest/oauthTokenService/v1/token"),  # only the configured token path
        ("POST", TOKEN_PATH + "/x"),
    ],
)
def test_anything_else_is_refused_before_it_is_sent(method: str, path: str) -> None:
    counting, calls, secrets = _Counting(), [], set()
    with httpx.Client(base_url="https://acme.test", transport=_guard(counting, calls, secrets)) as client:
        with pytest.raises(WriteRefused, match=f"refused {method} {path}"):
            client.request(method, path, json={})
    assert counting.seen == []
    assert calls == [CallRecord(method, path, None, 0.0, None, refused=True)]


def test_the_async_client_is_guarded_too() -> None:
    counting, calls, secrets = _Counting(), [], set()

    async def run() -> None:
        transport = _guard(counting, calls, secrets)
        async with httpx.AsyncClient(base_url="https://acme.test", transport=transport) as client:
            await client.get("/rest/ofscMetadata/v1/workZones")
            with pytest.raises(WriteRefused):
                await client.delete("/rest/ofscMetadata/v1/workZones/A")

    asyncio.run(run())
    assert counting.seen == ["GET /rest/ofscMetadata/v1/workZones"]
    assert [(c.method, c.refused) for c in calls] == [("GET", False), ("DELETE", True)]


def test_the_report_masks_secrets_by_value_and_by_pattern() -> None:
    settings = resolve_settings(
        instance="acme", client_id="app", client_secret="s3cret-value", auth="oauth2", env={}
    )
    check = LiveCheck(settings)
    check.current = "t.py::test_users"
    transport = check.guard(httpx.MockTransport(_Counting().handler), settings)
    with httpx.Client(base_url="https://acme.test", transport=transport) as client:
        client.get("/rest/ofscCore/v1/users", headers={"Authorization": "Bearer tok-xyz"})
    check.outcomes["t.py::test_users"] = ("passed", "")
    check.note("leaked s3cret-value and Bearer abc.def and the token seen on the wire: tok-xyz")
    text = "\n".join(check.report())
    assert "s3cret-value" not in text and "abc.def" not in text and "tok-xyz" not in text
    assert re.search(r"GET /rest/ofscCore/v1/users -> 200 \d+ ms \[Bearer\]", text)
    assert "target https://acme.fs.ocs.oraclecloud.com (auth oauth2): 1 passed" in text


def test_unknown_fields_are_found_in_nested_models() -> None:
    from ofsc_generated.models.work_zone_list import WorkZoneList

    page = WorkZoneList.from_dict(
        {"items": [{"workZoneLabel": "A", "XA_REGION": "north"}, {"workZoneLabel": "B"}], "XA_PAGE": 1}
    )
    assert unknown_fields(page) == {"WorkZoneList": {"XA_PAGE"}, "WorkZone": {"XA_REGION"}}
    assert unknown_fields([page.items[1]]) == {}


def _shapes(prefix: str) -> list[tuple[str, str]]:
    ops = [op for op in operations() if op.path.startswith(prefix)]
    return sorted({(op.method, re.sub(r"\{[^}]*\}", "{}", op.path)) for op in ops})


def test_the_served_spec_is_compared_with_the_pinned_one() -> None:
    # A metadata-catalog document as a tenant serves it: the pinned v1 operations of the family but one, plus
    # a new one, paths relative to the basePath, path parameters named differently.
    base = "/rest/ofscStatistics/v1"
    v1 = _shapes(base + "/")
    paths: dict[str, dict[str, object]] = {"/brandNewThing": {"get": {}}}
    for method, path in v1[1:]:
        paths.setdefault(path.removeprefix(base).replace("{}", "{renamed}"), {})[method.lower()] = {}
    pinned_count = len(_shapes("/rest/ofscStatistics/"))
    pinned = served_spec.pinned_version()
    doc = {"swagger": "2.0", "info": {"version": pinned}, "basePath": base, "paths": paths}

    line = served_spec.describe("ofscStatistics", 200, json.dumps(doc).encode(), pinned=pinned)
    assert line == (
        f"ofscStatistics: served {pinned} (same version); operations served {len(v1)}, "
        f"pinned {pinned_count}, new on the tenant 1, not on the tenant {pinned_count - len(v1) + 1}"
    )
    whole_paths = {**doc, "basePath": "/", "paths": {base + path: item for path, item in paths.items()}}
    same = served_spec.describe("ofscStatistics", 200, json.dumps(whole_paths).encode(), pinned=pinned)
    assert same == line
    doc["info"] = {"version": "2099.01.01"}
    line = served_spec.describe("ofscStatistics", 200, json.dumps(doc).encode(), pinned=pinned)
    assert line.startswith("ofscStatistics: served 2099.01.01 (DIFFERENT version)")


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (404, b"", "ofscCore: not served (404)"),
        (403, b"{}", "ofscCore: refused (403)"),
        (401, b"{}", "ofscCore: answered 401"),
        (200, b"<html>", "ofscCore: answered 200 without a Swagger document"),
        (200, b'{"items": []}', "ofscCore: answered 200 without a Swagger document"),
    ],
)
def test_a_catalog_that_is_not_served_is_reported(status: int, body: bytes, expected: str) -> None:
    assert served_spec.describe("ofscCore", status, body, pinned="x") == expected
