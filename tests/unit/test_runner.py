"""The runner: argument checks, request building through endpoint modules, error mapping, parsing, paging.

The catalog and the endpoint modules are small doubles shaped like the generated ones (``_get_kwargs`` /
``_parse_response``), so these tests pin the runner's behaviour independently of the generated package.
"""

from __future__ import annotations

import asyncio
import io
import json
import sys
import types
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from ofsc_overlay import errors
from ofsc_overlay._runner import AsyncRunner, CallOptions, SyncRunner
from ofsc_overlay._validation import body_required_fields

BASE = "https://acme.fs.ocs.oraclecloud.com"
ROOT = Path(__file__).resolve().parents[2]


# --- doubles shaped like the generated catalog and endpoint modules -----------------------------------------


@dataclass(frozen=True)
class Param:
    name: str
    wire: str
    location: str
    required: bool
    type: str
    enum: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Operation:
    group: str
    name: str
    method: str
    path: str
    module: str
    params: tuple[Param, ...] = ()
    body: str | None = None
    body_required: bool = False
    body_schema: str | None = None
    accept: str = "application/json"
    paging: str | None = None
    items_key: str | None = None
    all_name: str | None = None
    summary: str = ""


class Unset:
    def __bool__(self) -> bool:
        return False


UNSET = Unset()


class Activity:
    """A generated-like model: to_dict() leaves out fields never set."""

    def __init__(self, activity_id: Any = UNSET, status: Any = UNSET) -> None:
        self.activity_id = activity_id
        self.status = status

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if not isinstance(self.activity_id, Unset):
            out["activityId"] = self.activity_id
        if not isinstance(self.status, Unset):
            out["status"] = self.status
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Activity:
        return cls(data.get("activityId", UNSET), data.get("status", UNSET))


class ZoneList:
    def __init__(self, data: dict[str, Any]) -> None:
        self.items = data.get("items", UNSET)
        self.has_more = data.get("hasMore", UNSET)
        self.total_results = data.get("totalResults", UNSET)
        self.additional_properties = {
            k: v for k, v in data.items() if k not in {"items", "hasMore", "totalResults"}
        }


def _module(name: str, get_kwargs: Any, parse: Any) -> str:
    module = types.ModuleType(name)
    module._get_kwargs = get_kwargs  # type: ignore[attr-defined]
    module._parse_response = parse  # type: ignore[attr-defined]
    sys.modules[name] = module
    return name


def _get_activity_kwargs(
    activity_id: int, *, fields: Any = UNSET, status: Any = UNSET, expand: Any = UNSET
) -> dict[str, Any]:
    params: dict[str, Any] = {"fields": fields, "status": status, "expand": expand}
    return {
        "method": "get",
        "url": f"/rest/ofscCore/v1/activities/{activity_id}",
        "params": {k: v for k, v in params.items() if not isinstance(v, Unset)},
    }


def _parse_activity(*, client: Any, response: httpx.Response) -> Activity | None:
    if response.status_code == 200:
        return Activity.from_dict(response.json())
    if client.raise_on_unexpected_status:
        raise AssertionError("the runner must not ask for UnexpectedStatus")
    return None


def _update_activity_kwargs(activity_id: int, *, body: Any) -> dict[str, Any]:
    return {
        "method": "patch",
        "url": f"/rest/ofscCore/v1/activities/{activity_id}",
        "json": body.to_dict(),
        "headers": {"Content-Type": "application/json"},
    }


def _bulk_update_kwargs(*, body: Any) -> dict[str, Any]:
    return {
        "method": "post",
        "url": "/rest/ofscCore/v1/activities/custom-actions/bulkUpdate",
        "json": body.to_dict(),
    }


def _get_zones_kwargs(*, offset: Any = UNSET, limit: Any = UNSET, status: Any = UNSET) -> dict[str, Any]:
    params = {"offset": offset, "limit": limit}
    return {
        "method": "get",
        "url": "/rest/ofscMetadata/v1/workZones",
        "params": {k: v for k, v in params.items() if not isinstance(v, Unset)},
    }


def _parse_zones(*, client: Any, response: httpx.Response) -> ZoneList | None:
    return ZoneList(response.json()) if response.status_code == 200 else None


def _get_events_kwargs(*, subscription_id: str, page: Any = UNSET) -> dict[str, Any]:
    params = {"subscriptionId": subscription_id, "page": page}
    return {
        "method": "get",
        "url": "/rest/ofscCore/v1/events",
        "params": {k: v for k, v in params.items() if not isinstance(v, Unset)},
    }


def _parse_dict(*, client: Any, response: httpx.Response) -> Any:
    return response.json()


def _file_kwargs(activity_id: int, property_label: str, *, body: Any = UNSET) -> dict[str, Any]:
    kwargs: dict[str, Any] = {
        "method": "get" if isinstance(body, Unset) else "put",
        "url": f"/rest/ofscCore/v1/activities/{activity_id}/{property_label}",
    }
    if not isinstance(body, Unset):
        kwargs["content"] = body.payload
        kwargs["headers"] = {"Content-Type": "application/octet-stream"}
    return kwargs


def _never_parse(*, client: Any, response: httpx.Response) -> Any:
    raise AssertionError("binary answers are returned as bytes, not parsed")


def _token_kwargs(*, body: Any = UNSET) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"method": "post", "url": "/rest/oauthTokenService/v2/token"}
    if not isinstance(body, Unset):
        kwargs["data"] = body.to_dict()
    kwargs["headers"] = {"Content-Type": "application/x-www-form-urlencoded"}
    return kwargs


def _import_kwargs(*, body: Any = UNSET) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"method": "post", "url": "/rest/ofscCore/v1/plugins/custom-actions/import"}
    if not isinstance(body, Unset):
        kwargs["files"] = body.to_multipart()
    # Like the generated module: no preset Content-Type, so httpx writes it with a random boundary.
    return kwargs


def _delete_kwargs(activity_id: int) -> dict[str, Any]:
    return {"method": "delete", "url": f"/rest/ofscCore/v1/activities/{activity_id}"}


def _no_content(*, client: Any, response: httpx.Response) -> None:
    return None


ACTIVITY_ID = Param("activity_id", "activityId", "path", True, "integer")
CATALOG: dict[str, Any] = {
    "core.get_activity": Operation(
        "core",
        "get_activity",
        "GET",
        "/rest/ofscCore/v1/activities/{activityId}",
        _module("fake_api.get_activity", _get_activity_kwargs, _parse_activity),
        params=(
            ACTIVITY_ID,
            Param("fields", "fields", "query", False, "string"),
            Param("status", "status", "query", False, "string", ("pending", "started")),
            Param("expand", "expand", "query", False, "array", ("inventories", "workSkills")),
        ),
    ),
    "core.update_activity": Operation(
        "core",
        "update_activity",
        "PATCH",
        "/rest/ofscCore/v1/activities/{activityId}",
        _module("fake_api.update_activity", _update_activity_kwargs, _parse_activity),
        params=(ACTIVITY_ID,),
        body="json",
        body_required=True,
        body_schema="Activity",
    ),
    "core.delete_activity": Operation(
        "core",
        "delete_activity",
        "DELETE",
        "/rest/ofscCore/v1/activities/{activityId}",
        _module("fake_api.delete_activity", _delete_kwargs, _no_content),
        params=(ACTIVITY_ID,),
    ),
    "metadata.get_workzones": Operation(
        "metadata",
        "get_workzones",
        "GET",
        "/rest/ofscMetadata/v1/workZones",
        _module("fake_api.get_workzones", _get_zones_kwargs, _parse_zones),
        params=(
            Param("offset", "offset", "query", False, "integer"),
            Param("limit", "limit", "query", False, "integer"),
        ),
        paging="offset",
        items_key="items",
        all_name="get_all_workzones",
    ),
    "core.get_events": Operation(
        "core",
        "get_events",
        "GET",
        "/rest/ofscCore/v1/events",
        _module("fake_api.get_events", _get_events_kwargs, _parse_dict),
        params=(
            Param("subscription_id", "subscriptionId", "query", True, "string"),
            Param("page", "page", "query", False, "string"),
        ),
        paging="page",
        items_key="items",
    ),
    "core.get_file_property": Operation(
        "core",
        "get_file_property",
        "GET",
        "/rest/ofscCore/v1/activities/{activityId}/{propertyLabel}",
        _module("fake_api.get_file_property", _file_kwargs, _never_parse),
        params=(ACTIVITY_ID, Param("property_label", "propertyLabel", "path", True, "string")),
        accept="application/octet-stream",
    ),
    "core.set_file_property": Operation(
        "core",
        "set_file_property",
        "PUT",
        "/rest/ofscCore/v1/activities/{activityId}/{propertyLabel}",
        _module("fake_api.set_file_property", _file_kwargs, _no_content),
        params=(ACTIVITY_ID, Param("property_label", "propertyLabel", "path", True, "string")),
        body="binary",
        body_required=True,
    ),
    "auth.get_token": Operation(
        "auth",
        "get_token",
        "POST",
        "/rest/oauthTokenService/v2/token",
        _module("fake_api.get_token", _token_kwargs, _parse_dict),
        body="form",
        body_schema="TokenRequest",
    ),
    "core.import_plugin": Operation(
        "core",
        "import_plugin",
        "POST",
        "/rest/ofscCore/v1/plugins/custom-actions/import",
        _module("fake_api.import_plugin", _import_kwargs, _no_content),
        body="multipart",
    ),
    "core.bulk_update": Operation(
        "core",
        "bulk_update",
        "POST",
        "/rest/ofscCore/v1/activities/custom-actions/bulkUpdate",
        _module("fake_api.bulk_update", _bulk_update_kwargs, _parse_dict),
        body="json",
        body_required=True,
        body_schema="BulkUpdate",
    ),
}


@pytest.fixture
def fake_contract_schemas(monkeypatch: pytest.MonkeyPatch) -> None:
    """Required body fields for the fake catalog's schemas (the real contract's differ)."""
    schemas = {
        "BulkUpdate": {"required": ["activities", "updateParameters"]},
        "Activity": {"required": ["status"]},
    }
    monkeypatch.setattr("ofsc_overlay._validation._contract_schemas", lambda: schemas)


@pytest.fixture
def client() -> Any:
    with httpx.Client(base_url=BASE) as http:
        yield http


@pytest.fixture
def runner(client: httpx.Client) -> SyncRunner:
    return SyncRunner(client, catalog=CATALOG)


# --- validation ---------------------------------------------------------------------------------------------


@respx.mock(assert_all_called=False)
def test_missing_required_argument_raises_before_any_request(runner: SyncRunner, respx_mock: Any) -> None:
    route = respx_mock.route()
    with pytest.raises(errors.RequestValidationError) as caught:
        runner.call("core.get_activity", {"activity_id": None})
    assert caught.value.parameter == "activity_id"
    assert "core.get_activity" in str(caught.value) and "activityId" in str(caught.value)
    assert not route.called


@pytest.mark.parametrize(
    ("args", "parameter", "fragment"),
    [
        ({"activity_id": "12"}, "activity_id", "must be an int, got str"),
        ({"activity_id": True}, "activity_id", "must be an int, got bool"),
        ({"activity_id": 1, "fields": 3}, "fields", "must be a str, got int"),
        ({"activity_id": 1, "status": "done"}, "status", "must be one of 'pending', 'started'; got 'done'"),
        ({"activity_id": 1, "activityid": 1}, "activityid", "is not accepted"),
        ({"activity_id": 1, "expand": ["inventories", "x"]}, "expand", "got 'x'"),
        ({"activity_id": 1, "expand": "workSkills,y"}, "expand", "got 'y'"),
        ({"activity_id": 1, "expand": 5}, "expand", "must be a list, got int"),
    ],
)
def test_invalid_arguments(runner: SyncRunner, args: dict[str, Any], parameter: str, fragment: str) -> None:
    with pytest.raises(errors.RequestValidationError) as caught:
        runner.call("core.get_activity", args)
    assert caught.value.parameter == parameter
    assert fragment in str(caught.value)


def test_unknown_operation(runner: SyncRunner) -> None:
    with pytest.raises(errors.RequestValidationError, match="no operation"):
        runner.call("core.nope", {})


@pytest.mark.usefixtures("fake_contract_schemas")
def test_body_checks(runner: SyncRunner) -> None:
    with pytest.raises(errors.RequestValidationError, match="'body' is required"):
        runner.call("core.update_activity", {"activity_id": 1})
    with pytest.raises(errors.RequestValidationError, match="missing required field.*updateParameters"):
        runner.call("core.bulk_update", {"body": {"activities": []}})
    with pytest.raises(errors.RequestValidationError, match="must be a generated model or a dict"):
        runner.call("core.bulk_update", {"body": 42})
    with pytest.raises(errors.RequestValidationError, match="binary file object"):
        runner.call("core.set_file_property", {"activity_id": 1, "property_label": "p", "body": 1.5})
    with pytest.raises(errors.RequestValidationError, match="'body' is not accepted"):
        runner.call("core.get_activity", {"activity_id": 1, "body": {}})


# --- requests and answers -----------------------------------------------------------------------------------


@respx.mock(base_url=BASE)
def test_call_builds_request_and_parses_model(runner: SyncRunner, respx_mock: Any) -> None:
    route = respx_mock.get("/rest/ofscCore/v1/activities/42").respond(
        json={"activityId": 42, "status": "started"}
    )
    activity = runner.call("core.get_activity", {"activity_id": 42, "fields": "status", "status": "started"})
    assert isinstance(activity, Activity)
    assert activity.status == "started"
    request = route.calls.last.request
    assert request.url.params["fields"] == "status"
    assert request.url.params["status"] == "started"
    assert request.headers["Accept"] == "application/json"


@respx.mock(base_url=BASE)
def test_array_query_parameters_are_sent_comma_separated(runner: SyncRunner, respx_mock: Any) -> None:
    route = respx_mock.get("/rest/ofscCore/v1/activities/1").respond(json={})
    runner.call("core.get_activity", {"activity_id": 1, "expand": ["inventories", "workSkills"]})
    assert route.calls.last.request.url.params.get_list("expand") == ["inventories,workSkills"]
    runner.call("core.get_activity", {"activity_id": 1, "expand": "workSkills"})
    assert route.calls.last.request.url.params.get_list("expand") == ["workSkills"]


@respx.mock(base_url=BASE)
def test_enum_member_argument(runner: SyncRunner, respx_mock: Any) -> None:
    import enum

    class ActivityStatus(enum.StrEnum):
        PENDING = "pending"

    route = respx_mock.get("/rest/ofscCore/v1/activities/1").respond(json={})
    runner.call("core.get_activity", {"activity_id": 1, "status": ActivityStatus.PENDING})
    assert route.calls.last.request.url.params["status"] == "pending"


@respx.mock(base_url=BASE)
def test_patch_with_dict_sends_only_given_fields(runner: SyncRunner, respx_mock: Any) -> None:
    route = respx_mock.patch("/rest/ofscCore/v1/activities/7").respond(json={"activityId": 7, "status": "x"})
    runner.call("core.update_activity", {"activity_id": 7, "body": {"status": "x"}})
    assert json.loads(route.calls.last.request.content) == {"status": "x"}


@respx.mock(base_url=BASE)
def test_patch_with_model_sends_only_set_fields(runner: SyncRunner, respx_mock: Any) -> None:
    route = respx_mock.patch("/rest/ofscCore/v1/activities/7").respond(json={"activityId": 7})
    runner.call("core.update_activity", {"activity_id": 7, "body": Activity(status="started")})
    request = route.calls.last.request
    assert json.loads(request.content) == {"status": "started"}
    assert request.headers["Content-Type"] == "application/json"


@respx.mock(base_url=BASE)
def test_json_list_body_and_required_fields(runner: SyncRunner, respx_mock: Any) -> None:
    route = respx_mock.post("/rest/ofscCore/v1/activities/custom-actions/bulkUpdate").respond(json={"ok": 1})
    body = {"activities": [{"activityId": 1}], "updateParameters": {"identifyActivityBy": "activityId"}}
    assert runner.call("core.bulk_update", {"body": body}) == {"ok": 1}
    assert json.loads(route.calls.last.request.content) == body
    runner.call("core.bulk_update", {"body": [{"activityId": 1}, Activity(status="done")]})
    assert json.loads(route.calls.last.request.content) == [{"activityId": 1}, {"status": "done"}]


@respx.mock(base_url=BASE)
def test_form_body(runner: SyncRunner, respx_mock: Any) -> None:
    route = respx_mock.post("/rest/oauthTokenService/v2/token").respond(json={"access_token": "t"})
    runner.call("auth.get_token", {"body": {"grant_type": "client_credentials", "ofsc_dynamic_scope": None}})
    request = route.calls.last.request
    assert request.content == b"grant_type=client_credentials"
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"


@respx.mock(base_url=BASE)
def test_multipart_body_gets_a_real_boundary(runner: SyncRunner, respx_mock: Any) -> None:
    route = respx_mock.post("/rest/ofscCore/v1/plugins/custom-actions/import").respond(204)
    body = {"pluginFile": ("plugin.xml", b"<plugin/>", "text/xml"), "comment": "first"}
    assert runner.call("core.import_plugin", {"body": body}) is None
    request = route.calls.last.request
    content_type = request.headers["Content-Type"]
    assert content_type.startswith("multipart/form-data; boundary=") and "+++" not in content_type
    assert b"<plugin/>" in request.content and b'name="comment"' in request.content


@respx.mock(base_url=BASE)
def test_binary_download_returns_bytes(runner: SyncRunner, respx_mock: Any) -> None:
    route = respx_mock.get("/rest/ofscCore/v1/activities/1/photo").respond(content=b"\x89PNG")
    assert runner.call("core.get_file_property", {"activity_id": 1, "property_label": "photo"}) == b"\x89PNG"
    assert route.calls.last.request.headers["Accept"] == "application/octet-stream"


class File:
    """Like the generated ``File`` upload wrapper."""

    def __init__(self, payload: Any) -> None:
        self.payload = payload


# Factories: a stream is consumed by the first run, so each run gets a fresh one.
@pytest.mark.parametrize(
    "payload",
    [lambda: b"raw", lambda: "text", lambda: io.BytesIO(b"raw"), lambda: File(b"raw")],
    ids=["bytes", "str", "stream", "file"],
)
@respx.mock(base_url=BASE)
def test_binary_upload(runner: SyncRunner, respx_mock: Any, payload: Callable[[], Any]) -> None:
    route = respx_mock.put("/rest/ofscCore/v1/activities/1/photo").respond(204)
    runner.call("core.set_file_property", {"activity_id": 1, "property_label": "photo", "body": payload()})
    request = route.calls.last.request
    assert request.read() in (b"raw", b"text")
    assert request.headers["Content-Type"] == "application/octet-stream"


@respx.mock(base_url=BASE)
def test_no_content(runner: SyncRunner, respx_mock: Any) -> None:
    respx_mock.delete("/rest/ofscCore/v1/activities/1").respond(204)
    assert runner.call("core.delete_activity", {"activity_id": 1}) is None


@respx.mock(base_url=BASE)
def test_undocumented_success_status_parses_with_the_declared_schema(
    runner: SyncRunner, respx_mock: Any
) -> None:
    respx_mock.get("/rest/ofscCore/v1/activities/1").respond(201, json={"activityId": 1})
    assert runner.call("core.get_activity", {"activity_id": 1}).activity_id == 1


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (422, errors.UnprocessableEntityError),
        (429, errors.RateLimitError),
        (500, errors.InternalServerError),
        (503, errors.InternalServerError),
    ],
)
@respx.mock(base_url=BASE)
def test_non_2xx_become_typed_errors(runner: SyncRunner, respx_mock: Any, status: int, cls: type) -> None:
    body = {
        "type": "http://tools.ietf.org/html/rfc9110",
        "title": "Nope",
        "status": str(status),
        "detail": "why",
    }
    respx_mock.get("/rest/ofscCore/v1/activities/9").respond(status, json=body)
    with pytest.raises(cls) as caught:
        runner.call("core.get_activity", {"activity_id": 9})
    assert caught.value.status_code == status
    assert caught.value.detail == "why"
    assert "/rest/ofscCore/v1/activities/9" in str(caught.value)


@respx.mock(base_url=BASE)
def test_connection_errors_are_wrapped(runner: SyncRunner, respx_mock: Any) -> None:
    respx_mock.get("/rest/ofscCore/v1/activities/1").mock(side_effect=httpx.ConnectError("refused"))
    respx_mock.get("/rest/ofscCore/v1/activities/2").mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(errors.APIConnectionError):
        runner.call("core.get_activity", {"activity_id": 1})
    with pytest.raises(errors.APITimeoutError):
        runner.call("core.get_activity", {"activity_id": 2})


@respx.mock(base_url=BASE)
def test_call_raw(runner: SyncRunner, respx_mock: Any) -> None:
    respx_mock.get("/rest/ofscCore/v1/activities/5").respond(
        json={"activityId": 5}, headers={"X-Request": "r1"}
    )
    raw = runner.call_raw("core.get_activity", {"activity_id": 5})
    assert raw.status_code == 200
    assert raw.headers["X-Request"] == "r1"
    assert raw.parsed.activity_id == 5
    assert raw.http_response.json() == {"activityId": 5}


@respx.mock(base_url=BASE)
def test_call_options_travel_with_the_request(client: httpx.Client, respx_mock: Any) -> None:
    route = respx_mock.get("/rest/ofscCore/v1/activities/5").respond(json={})
    base = SyncRunner(client, catalog=CATALOG, options=CallOptions(headers={"X-A": "1"}, max_retries=3))
    runner = base.with_options(CallOptions(retry_non_idempotent=True, timeout=2.5, headers={"X-B": "2"}))
    runner.call("core.get_activity", {"activity_id": 5})
    request = route.calls.last.request
    assert request.headers["X-A"] == "1" and request.headers["X-B"] == "2"
    assert request.extensions["ofsc_retry"] == {"max_retries": 3, "retry_non_idempotent": True}
    assert request.extensions["timeout"]["read"] == 2.5
    assert base.options.retry_non_idempotent is None  # the original is untouched


def test_call_options_merge() -> None:
    merged = CallOptions(max_retries=1, timeout=3).merged(CallOptions(max_retries=0))
    assert merged.max_retries == 0 and merged.timeout == 3
    assert CallOptions().extensions() == {}


# --- paging through the runner ------------------------------------------------------------------------------


def _zone_pages(request: httpx.Request) -> httpx.Response:
    offset = int(request.url.params.get("offset", 0))
    limit = int(request.url.params.get("limit", 2))
    total = 5
    items = [{"workZoneLabel": f"Z{n}"} for n in range(offset, min(offset + limit, total))]
    return httpx.Response(
        200, json={"items": items, "totalResults": total, "hasMore": offset + limit < total}
    )


@respx.mock(base_url=BASE)
def test_paginate_offset(runner: SyncRunner, respx_mock: Any) -> None:
    route = respx_mock.get("/rest/ofscMetadata/v1/workZones").mock(side_effect=_zone_pages)
    zones = list(runner.paginate("metadata.get_workzones", {"limit": 2, "offset": None}))
    assert [zone["workZoneLabel"] for zone in zones] == ["Z0", "Z1", "Z2", "Z3", "Z4"]
    assert [call.request.url.params["offset"] for call in route.calls] == ["0", "2", "4"]


def test_paginate_validates_at_call_time(runner: SyncRunner) -> None:
    with pytest.raises(errors.RequestValidationError):
        runner.paginate("metadata.get_workzones", {"limit": "ten"})
    with pytest.raises(errors.RequestValidationError, match="not a paged operation"):
        runner.paginate("core.get_activity", {"activity_id": 1})


@respx.mock(base_url=BASE)
def test_paginate_events_cursor(runner: SyncRunner, respx_mock: Any) -> None:
    batches = {None: ([1, 2], "p1"), "p1": ([3], "p2"), "p2": ([], "p2")}

    def events(request: httpx.Request) -> httpx.Response:
        items, nxt = batches[request.url.params.get("page")]
        return httpx.Response(200, json={"found": bool(items), "items": items, "nextPage": nxt})

    route = respx_mock.get("/rest/ofscCore/v1/events").mock(side_effect=events)
    assert list(runner.paginate("core.get_events", {"subscription_id": "s1", "page": None})) == [1, 2, 3]
    assert [call.request.url.params.get("page") for call in route.calls] == [None, "p1", "p2"]


# --- async --------------------------------------------------------------------------------------------------


def run(coro: Any) -> Any:
    return asyncio.run(coro)


@respx.mock(base_url=BASE)
def test_async_call_and_raw(respx_mock: Any) -> None:
    respx_mock.get("/rest/ofscCore/v1/activities/3").respond(json={"activityId": 3})
    respx_mock.get("/rest/ofscCore/v1/activities/4").respond(404, json={"title": "Not found"})
    respx_mock.get("/rest/ofscCore/v1/activities/5").mock(side_effect=httpx.ConnectError("down"))

    async def main() -> None:
        async with httpx.AsyncClient(base_url=BASE) as http:
            runner = AsyncRunner(http, catalog=CATALOG).with_options(CallOptions(max_retries=0))
            activity = await runner.call("core.get_activity", {"activity_id": 3})
            assert activity.activity_id == 3
            raw = await runner.call_raw("core.get_activity", {"activity_id": 3})
            assert raw.status_code == 200 and raw.parsed.activity_id == 3
            with pytest.raises(errors.NotFoundError):
                await runner.call("core.get_activity", {"activity_id": 4})
            with pytest.raises(errors.APIConnectionError):
                await runner.call("core.get_activity", {"activity_id": 5})

    run(main())


@respx.mock(base_url=BASE)
def test_async_paginate_with_concurrency(respx_mock: Any) -> None:
    route = respx_mock.get("/rest/ofscMetadata/v1/workZones").mock(side_effect=_zone_pages)

    async def main() -> list[str]:
        async with httpx.AsyncClient(base_url=BASE) as http:
            runner = AsyncRunner(http, catalog=CATALOG)
            pages = runner.paginate("metadata.get_workzones", {"limit": 2, "concurrency": 3})
            return [zone["workZoneLabel"] async for zone in pages]

    assert run(main()) == ["Z0", "Z1", "Z2", "Z3", "Z4"]
    assert sorted(call.request.url.params["offset"] for call in route.calls) == ["0", "2", "4"]


@respx.mock(base_url=BASE)
def test_async_paginate_events(respx_mock: Any) -> None:
    pages = iter([{"items": [1], "nextPage": "a"}, {"items": [], "nextPage": "a"}])
    respx_mock.get("/rest/ofscCore/v1/events").mock(
        side_effect=lambda request: httpx.Response(200, json=next(pages))
    )

    async def main() -> list[int]:
        async with httpx.AsyncClient(base_url=BASE) as http:
            runner = AsyncRunner(http, catalog=CATALOG)
            return [event async for event in runner.paginate("core.get_events", {"subscription_id": "s"})]

    assert run(main()) == [1]


# --- remaining argument types and the contract --------------------------------------------------------------

TYPED = Operation(
    "core",
    "typed",
    "GET",
    "/typed",
    "fake_api.get_activity",
    params=(
        Param("ratio", "ratio", "query", False, "number"),
        Param("flag", "flag", "query", False, "boolean"),
        Param("blob", "blob", "query", False, "object"),
    ),
)


@pytest.mark.parametrize(
    ("args", "ok"),
    [
        ({"ratio": 1}, True),
        ({"ratio": 0.5}, True),
        ({"ratio": True}, False),
        ({"flag": False}, True),
        ({"flag": 0}, False),
        ({"blob": object()}, True),
    ],
)
def test_number_boolean_and_unconstrained_types(args: dict[str, Any], ok: bool) -> None:
    from ofsc_overlay._validation import validate_args

    if ok:
        validate_args(TYPED, args)
    else:
        with pytest.raises(errors.RequestValidationError):
            validate_args(TYPED, args)


@pytest.mark.usefixtures("fake_contract_schemas")
def test_a_list_is_a_json_body_only() -> None:
    from ofsc_overlay._validation import validate_args

    # A list body skips the required-field check (a dict missing them is refused) and is a JSON body only.
    assert validate_args(CATALOG["core.bulk_update"], {"body": [{"activityId": 1}]}) is None
    with pytest.raises(errors.RequestValidationError, match="missing required field"):
        validate_args(CATALOG["core.bulk_update"], {"body": {"activityId": 1}})
    with pytest.raises(errors.RequestValidationError, match="'body' must be bytes, str, a path or a binary"):
        validate_args(
            CATALOG["core.set_file_property"], {"activity_id": 1, "property_label": "p", "body": [b"x"]}
        )
    with pytest.raises(errors.RequestValidationError, match="'body' must be a generated model or a dict"):
        validate_args(CATALOG["auth.get_token"], {"body": [{}]})


# The real contract, not the fake schemas: what a user's call meets.
@pytest.mark.parametrize(
    ("key", "args", "missing"),
    [
        ("core.create_activity", {"body": {"activityType": "INSTALL"}}, "resourceId of CreateActivity"),
        (
            "core.link_activities",
            {"activity_id": "1", "body": {"fromActivityId": 1}},
            "toActivityId, linkType of LinkedActivity",
        ),
    ],
)
def test_required_body_fields_of_the_real_contract_stop_the_call(
    key: str, args: dict[str, Any], missing: str
) -> None:
    pytest.importorskip("ofsc_generated")
    from ofsc_overlay import OFSC

    group, name = key.split(".")
    with respx.mock(base_url=BASE, assert_all_called=False) as mock:
        with OFSC(instance="acme", client_id="app", client_secret="secret", max_retries=0) as client:
            with pytest.raises(errors.RequestValidationError) as info:
                getattr(getattr(client, group), name)(**args)
        assert mock.calls.call_count == 0  # refused before anything was sent
    assert str(info.value) == f"{key}: argument 'body' is missing required field(s) {missing}"


def test_required_body_fields_come_from_the_generated_contract() -> None:
    pytest.importorskip("ofsc_generated")
    # Read independently of the code under test: the committed contract file.
    contract = ROOT / "generated" / "ofsc_generated" / "_contract.json"
    schemas = json.loads(contract.read_text(encoding="utf-8"))["components"]["schemas"]
    assert body_required_fields("CreateActivity") == tuple(schemas["CreateActivity"]["required"])
    assert set(body_required_fields("CreateActivity")) == {"activityType", "resourceId"}
    assert body_required_fields("Activity") == ()  # a schema without required fields
    assert body_required_fields("NoSuchSchema") == ()
    assert body_required_fields(None) == ()


@respx.mock(base_url=BASE)
def test_events_since_positions_the_cursor_first(respx_mock: Any) -> None:
    answers = {
        (None, "2025-01-01 00:00:00"): {"found": False, "items": [], "nextPage": "p1"},
        ("p1", None): {"found": True, "items": [{"eventType": "activityCreated"}], "nextPage": "p2"},
        ("p2", None): {"found": False, "items": [], "nextPage": "p2"},
    }

    def events(request: httpx.Request) -> httpx.Response:
        params = request.url.params
        return httpx.Response(200, json=answers[(params.get("page"), params.get("since"))])

    catalog = dict(CATALOG)
    catalog["core.get_events"] = Operation(
        "core",
        "get_events",
        "GET",
        "/rest/ofscCore/v1/events",
        _module("fake_api.get_events_since", _get_events_since_kwargs, _parse_dict),
        params=(
            Param("subscription_id", "subscriptionId", "query", True, "string"),
            Param("page", "page", "query", False, "string"),
            Param("since", "since", "query", False, "string"),
        ),
        paging="page",
        items_key="items",
    )
    respx_mock.get("/rest/ofscCore/v1/events").mock(side_effect=events)
    args = {"subscription_id": "s", "since": "2025-01-01 00:00:00"}
    with httpx.Client(base_url=BASE) as http:
        got = list(SyncRunner(http, catalog=catalog).paginate("core.get_events", args))
    assert got == [{"eventType": "activityCreated"}]

    async def main() -> list[Any]:
        async with httpx.AsyncClient(base_url=BASE) as http:
            return [
                event async for event in AsyncRunner(http, catalog=catalog).paginate("core.get_events", args)
            ]

    assert run(main()) == got


def _get_events_since_kwargs(
    *, subscription_id: str, page: Any = UNSET, since: Any = UNSET
) -> dict[str, Any]:
    params = {"subscriptionId": subscription_id, "page": page, "since": since}
    return {
        "method": "get",
        "url": "/rest/ofscCore/v1/events",
        "params": {k: v for k, v in params.items() if not isinstance(v, Unset)},
    }
