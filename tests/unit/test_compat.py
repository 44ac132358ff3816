"""ofsc_overlay.compat: pyOFSC 2.x constructors, names, arguments, results and errors over our client."""

from __future__ import annotations

import asyncio
import functools
import json
import warnings
from collections.abc import Callable, Coroutine, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from ofsc_overlay import NotFoundError, compat, errors
from ofsc_overlay.breaker import DEFAULT_REGISTRY
from ofsc_overlay.compat import _calls, _clients, _table
from ofsc_overlay.compat._args import translate

BASE = "https://acme.fs.ocs.oraclecloud.com"

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def run(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """An async test run to completion on its own event loop."""

    @functools.wraps(test)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return wrapper


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("OFSC_INSTANCE", "OFSC_CLIENT_ID", "OFSC_CLIENT_SECRET", "OFSC_BASE_URL", "OFSC_AUTH"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    DEFAULT_REGISTRY.clear()


@pytest.fixture
def instance() -> Iterator[Any]:
    with compat.OFSC("app", "acme", "s3cret", max_retries=0) as legacy:
        yield legacy


def test_constructor_takes_pyofsc_arguments_in_pyofsc_order() -> None:
    with pytest.warns(DeprecationWarning, match="docs/migration.md"):
        legacy = compat.OFSC("app", "acme", "s3cret", root="FLUSA")
    assert legacy.client.base_url == BASE
    assert legacy.client.settings.client_id == "app" and legacy.client.settings.auth == "basic"
    assert legacy.root == "FLUSA"
    assert "s3cret" not in repr(legacy) and "s3cret" not in str(legacy)
    legacy.close()
    assert legacy.client.is_closed


def test_constructor_base_url_and_token() -> None:
    legacy = compat.OFSC(
        clientID="app", secret="s", companyName="acme", baseUrl="https://acme.etadirect.com", useToken=True
    )
    assert legacy.client.base_url == "https://acme.etadirect.com"
    assert legacy.client.settings.auth == "oauth2"


@run
async def test_async_constructor_access_token_and_http_config() -> None:
    config = compat.HTTPClientConfig(timeout=7.5, max_retries=2, verify_ssl=False, max_concurrency=4)
    async with compat.AsyncOFSC(
        clientID="app",
        companyName="acme",
        secret="s",
        useToken=True,
        access_token="tok",
        enable_logging=True,
        http_config=config,
    ) as legacy:
        settings = legacy.client.settings
        assert settings.auth == "bearer" and settings.max_retries == 2 and settings.timeout == 7.5
        assert settings.verify is False and legacy.enable_logging
        assert "tok" not in repr(legacy) and str(legacy).startswith("AsyncOFSC(")
    assert legacy.client.is_closed
    default = compat.AsyncOFSC("app", "acme", "s", useToken=True)
    assert default.client.settings.auth == "oauth2"
    await default.aclose()


@respx.mock(base_url=BASE)
def test_positional_numeric_string_id_and_camel_case_result(instance: Any, respx_mock: Any) -> None:
    respx_mock.get("/rest/ofscCore/v1/activities/4200001").respond(
        json={"activityId": 4200001, "status": "pending", "links": [{"rel": "canonical"}]}
    )
    activity = instance.core.get_activity("4200001")  # pyOFSC's sync get_activity returns a dict
    assert activity == {"activityId": 4200001, "status": "pending", "links": [{"rel": "canonical"}]}


@run
@respx.mock(base_url=BASE)
async def test_async_results_are_models_with_wire_names(respx_mock: Any) -> None:
    respx_mock.get("/rest/ofscCore/v1/activities/42").respond(
        json={"activityId": 42, "status": "pending", "XA_NOTE": "n", "links": [{"rel": "canonical"}]}
    )
    respx_mock.get("/rest/ofscMetadata/v1/workZones").respond(
        json={"items": [{"workZoneLabel": "NORTH", "status": "active"}], "totalResults": 1}
    )
    async with compat.AsyncOFSC("app", "acme", "s", max_retries=0) as legacy:
        activity = await legacy.core.get_activity("42")
        zones = await legacy.metadata.get_workzones(offset=0, limit=100)
    assert activity.activityId == 42 and activity.XA_NOTE == "n"
    assert activity.customerName is None  # in the schema, left out by the server
    with pytest.raises(AttributeError, match="no field"):
        activity.noSuchField  # noqa: B018
    assert "links" not in activity.model_dump()  # pyOFSC drops links
    assert activity.model_dump() == {"activityId": 42, "status": "pending", "XA_NOTE": "n"}
    assert zones.items[0].workZoneLabel == "NORTH" and zones.totalResults == 1 and not zones.hasMore
    assert len(zones) == 1 and [zone.workZoneLabel for zone in zones] == ["NORTH"]
    assert zones[0] == {"workZoneLabel": "NORTH", "status": "active"} and zones["totalResults"] == 1
    assert zones[0] in zones and "workZoneLabel" in dir(zones[0])
    assert json.loads(zones.model_dump_json(exclude_none=True)) == zones.model_dump()
    with pytest.raises(AttributeError, match="read-only"):
        activity.status = "started"
    with pytest.raises(TypeError, match="not a list"):
        len(activity)
    assert "activityId=42" in repr(activity)


def test_model_views_dump_and_compare() -> None:
    model = compat.Model({"a": None, "b": [{"c": None, "d": 1}], **{f"k{n}": n for n in range(9)}})
    assert model.model_dump(exclude_none=True, exclude={"k0"})["b"] == [{"d": 1}]
    assert "k0" not in model.model_dump(exclude={"k0"}) and model.model_dump()["a"] is None
    assert model == compat.Model(model.model_dump()) and model != 3
    assert repr(model).endswith(", ...)")
    listing = compat.Model({"items": []})
    assert listing.totalResults == -1 and listing.items == [] and listing.offset is None


@respx.mock(base_url=BASE)
def test_sync_model_methods_and_auto_model_off(respx_mock: Any) -> None:
    respx_mock.get("/rest/ofscMetadata/v1/workZones").respond(
        json={"items": [{"workZoneLabel": "NORTH"}], "totalResults": 1}
    )
    with compat.OFSC("app", "acme", "s") as legacy:
        zones = legacy.metadata.get_workzones(offset=0, limit=100)  # pyOFSC: a WorkzoneListResponse
        assert zones.items[0].workZoneLabel == "NORTH"
        raw = legacy.metadata.get_workzones(response_type=compat.FULL_RESPONSE)
        assert isinstance(raw, httpx.Response) and raw.status_code == 200 and raw.json()["totalResults"] == 1
        text = legacy.metadata.get_workzones(response_type=compat.TEXT_RESPONSE)
        assert json.loads(text)["items"][0]["workZoneLabel"] == "NORTH"
    with compat.OFSC("app", "acme", "s", enable_auto_model=False) as plain:
        assert plain.metadata.get_workzones() == {"items": [{"workZoneLabel": "NORTH"}], "totalResults": 1}


@respx.mock(base_url=BASE)
def test_keyword_forms_params_and_data(instance: Any, respx_mock: Any) -> None:
    route = respx_mock.get("/rest/ofscCore/v1/activities/42").respond(json={"activityId": 42})
    instance.core.get_activity(activity_id=42)
    instance.core.get_activity(activityId=42, response_type=compat.OBJ_RESPONSE)
    assert route.call_count == 2
    listing = respx_mock.get("/rest/ofscCore/v1/activities").respond(json={"items": [], "totalResults": 0})
    instance.core.get_activities({"dateFrom": "2025-01-01", "dateTo": "2025-01-02", "resources": "FLUSA"})
    params = listing.calls.last.request.url.params
    assert params["dateFrom"] == "2025-01-01" and params["resources"] == "FLUSA"
    patch = respx_mock.patch("/rest/ofscCore/v1/activities/42").respond(json={"activityId": 42})
    instance.core.update_activity(42, json.dumps({"status": "started"}))
    assert json.loads(patch.calls.last.request.content) == {"status": "started"}
    instance.core.update_activity("42", data={"customerName": "Ann"})
    assert json.loads(patch.calls.last.request.content) == {"customerName": "Ann"}


class PydanticLike:
    def model_dump(self, *, exclude_none: bool, by_alias: bool) -> dict[str, Any]:
        assert exclude_none and by_alias
        return {"label": "XA_NOTE", "name": "Note"}


class OtherDump:
    def model_dump(self) -> dict[str, Any]:
        return {"status": "started"}


@respx.mock(base_url=BASE)
def test_path_parameter_from_the_body_and_model_bodies(instance: Any, respx_mock: Any) -> None:
    route = respx_mock.put("/rest/ofscMetadata/v1/properties/XA_NOTE").respond(json={"label": "XA_NOTE"})
    result = instance.metadata.create_or_replace_property(PydanticLike())  # pyOFSC takes the label from it
    assert json.loads(route.calls.last.request.content) == {"label": "XA_NOTE", "name": "Note"}
    assert result == {"label": "XA_NOTE"}
    patch = respx_mock.patch("/rest/ofscCore/v1/activities/42").respond(json={"activityId": 42})
    instance.core.update_activity(42, OtherDump())
    assert json.loads(patch.calls.last.request.content) == {"status": "started"}


@respx.mock(base_url=BASE)
def test_expand_flags_and_quirk_tables(instance: Any, respx_mock: Any) -> None:
    route = respx_mock.get("/rest/ofscCore/v1/resources/R1").respond(json={"resourceId": "R1"})
    instance.core.get_resource("R1", inventories=True, workSkills=True, workZones=False)
    assert route.calls.last.request.url.params["expand"] == "inventories,workSkills"
    instance.core.get_resource("R1", expand_workzones=True)
    assert route.calls.last.request.url.params["expand"] == "workZones"
    with pytest.raises(TypeError, match="cannot expand"):
        instance.core.get_resource_users("R1", inventories=True)
    patch = respx_mock.patch("/rest/ofscCore/v1/resources/R1").respond(json={"resourceId": "R1"})
    instance.core.update_resource("R1", {"name": "Ann"}, identify_by_internal_id=True)
    assert patch.calls.last.request.url.params["identifyResourceBy"] == "resourceInternalId"
    users = respx_mock.put("/rest/ofscCore/v1/resources/R1/users").respond(json={"items": []})
    instance.core.set_resource_users(resource_id="R1", users=("ann", "bob"))
    assert json.loads(users.calls.last.request.content) == {"items": [{"login": "ann"}, {"login": "bob"}]}
    respx_mock.get("/rest/ofscCore/v1/activities/42/XA_PHOTO").respond(content=b"\x89PNG")
    assert instance.core.get_file_property(42, "XA_PHOTO", mediaType="image/png") == b"\x89PNG"


def test_misuse_reads_well(instance: Any) -> None:
    with pytest.raises(AttributeError, match="not an operation"):
        instance.core.no_such_method  # noqa: B018
    with pytest.raises(AttributeError):
        instance.core._private  # noqa: B018
    with pytest.raises(TypeError, match="positional"):
        instance.core.get_activity(1, 2)
    with pytest.raises(TypeError, match="multiple values"):
        instance.core.get_activity(1, activity_id=2)
    with pytest.raises(TypeError, match=r"no counterpart for colour= in client\.core\.get_activity"):
        instance.core.get_activity(1, colour="red")
    assert "get_activity" in dir(instance.core) and "get_all_activities" in dir(instance.core)
    assert "get_subscription_details" in dir(instance.core)
    assert "pyOFSC-compatible core API" in repr(instance.core)
    assert instance.core.get_activity.__name__ == "get_activity"
    assert "client.core.get_activity" in (instance.core.get_activity.__doc__ or "")
    assert instance.core is instance.core and instance.auth is instance.oauth2
    assert instance.parts_catalog is not None and instance.collaboration is not None
    assert instance.statistics is not None and instance.capacity is not None


@respx.mock(base_url=BASE)
def test_errors_carry_both_names(instance: Any, respx_mock: Any) -> None:
    respx_mock.get("/rest/ofscCore/v1/activities/1").respond(
        404, json={"type": "about:blank", "title": "Not Found", "detail": "no activity 1"}
    )
    with pytest.raises(compat.OFSCNotFoundError) as caught:
        instance.core.get_activity(1)
    error = caught.value
    assert isinstance(error, NotFoundError) and isinstance(error, compat.OFSCApiError)
    assert isinstance(error, compat.OFSAPIException) and isinstance(error, errors.OFSCError)
    assert error.status_code == 404 and error.detail == "no activity 1" and error.title == "Not Found"
    assert error.error_type == "about:blank" and error.response.status_code == 404
    assert "no activity 1" in str(error)


@pytest.mark.parametrize(
    ("status", "name"),
    [
        (400, "OFSCValidationError"),
        (401, "OFSCAuthenticationError"),
        (403, "OFSCAuthorizationError"),
        (409, "OFSCConflictError"),
        (422, "OFSCValidationError"),
        (429, "OFSCRateLimitError"),
        (500, "OFSCServerError"),
        (418, "OFSCValidationError"),
    ],
)
def test_status_maps_to_pyofsc_name(status: int, name: str) -> None:
    response = httpx.Response(status, json={"title": "t"}, request=httpx.Request("GET", BASE))
    error = compat._errors.convert(errors.error_from_response(response))
    assert type(error).__mro__[1] is getattr(compat, name)
    assert isinstance(error, errors.APIStatusError)


def test_network_errors_and_foreign_errors() -> None:
    error = compat._errors.convert(errors.APITimeoutError("timed out"))
    assert isinstance(error, compat.OFSCNetworkError) and isinstance(error, errors.APITimeoutError)
    assert error.status_code is None
    bad = errors.RequestValidationError("core.get_activity", "activity_id", "must be an integer")
    assert compat._errors.convert(bad) is bad
    assert compat._errors.convert(error) is error
    response = httpx.Response(302, request=httpx.Request("GET", BASE))
    assert compat._errors.pyofsc_class(errors.APIStatusError(response)) is compat.OFSCApiError


def test_pyofsc_exceptions_construct_as_in_pyofsc() -> None:
    raised = compat.OFSCNotFoundError("gone", status_code=404, title="Not Found", detail="d", error_type="x")
    assert raised.status_code == 404 and raised.detail == "d" and str(raised) == "gone"
    base = compat.OFSAPIException(status="500", title="t")
    assert base.status_code == 500 and base.title == "t"  # type: ignore[attr-defined]


@respx.mock(base_url=BASE)
def test_auto_raise_off_returns_the_error_body(respx_mock: Any) -> None:
    respx_mock.get("/rest/ofscCore/v1/activities/1").respond(
        404, json={"title": "Not Found", "status": "404"}
    )
    with compat.OFSC("app", "acme", "s", enable_auto_raise=False) as legacy:
        assert legacy.core.get_activity(1) == {"title": "Not Found", "status": "404"}


@run
@respx.mock(base_url=BASE)
async def test_async_errors_and_auto_raise(respx_mock: Any) -> None:
    respx_mock.get("/rest/ofscCore/v1/activities/1").respond(404, json={"title": "Not Found"})
    async with compat.AsyncOFSC("app", "acme", "s") as legacy:
        with pytest.raises(compat.OFSCNotFoundError):
            await legacy.core.get_activity(1)
    async with compat.AsyncOFSC("app", "acme", "s", enable_auto_raise=False) as quiet:
        assert await quiet.core.get_activity(1) == {"title": "Not Found"}


@respx.mock(base_url=BASE)
def test_get_all_helpers(instance: Any, respx_mock: Any) -> None:
    def zones(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        items = [{"workZoneLabel": f"Z{n}"} for n in range(offset, min(offset + 2, 3))]
        return httpx.Response(200, json={"items": items, "totalResults": 3})

    respx_mock.get("/rest/ofscMetadata/v1/workZones").mock(side_effect=zones)
    everything = instance.metadata.get_all_workzones(limit=2)  # pyOFSC's async name on the sync client
    assert [zone.workZoneLabel for zone in everything] == ["Z0", "Z1", "Z2"] and everything.totalResults == 3

    route = respx_mock.get("/rest/ofscCore/v1/activities").respond(
        json={"items": [{"activityId": 1}], "hasMore": False}
    )
    with compat.OFSC("app", "acme", "s", root="FLUSA") as legacy:
        with pytest.raises(TypeError, match="takes no initial_offset; call core.get_activities"):
            legacy.core.get_all_activities(date_from="2025-01-01", date_to="2025-01-02", initial_offset=5)
        assert not route.called  # refused, never silently dropped
        result = legacy.core.get_all_activities(
            date_from="2025-01-01", date_to="2025-01-02", activity_fields=["activityId"], initial_offset=0
        )
    assert [activity.activityId for activity in result.items] == [1]
    params = route.calls.last.request.url.params
    assert params["resources"] == "FLUSA" and params["fields"] == "activityId" and params["offset"] == "0"
    assert params["includeChildren"] == "all" and params["dateFrom"] == "2025-01-01"

    with compat.OFSC("app", "acme", "s", root="FLUSA") as legacy:
        legacy.core.get_all_activities()  # pyOFSC's defaults: the week either side of today
    params = route.calls.last.request.url.params
    span = date.fromisoformat(params["dateTo"]) - date.fromisoformat(params["dateFrom"])
    assert span.days == 14


@respx.mock(base_url=BASE)
def test_our_own_names_and_get_all_twins(respx_mock: Any) -> None:
    respx_mock.get("/rest/ofscMetadata/v1/activityTypes").respond(
        json={"items": [{"label": "install"}], "hasMore": False}
    )
    with compat.OFSC("app", "acme", "s", enable_auto_model=False) as legacy:
        assert legacy.metadata.get_all_activity_types() == [{"label": "install"}]
    with compat.OFSC("app", "acme", "s") as legacy:
        assert [t.label for t in legacy.metadata.get_all_activity_types()] == ["install"]


@run
@respx.mock(base_url=BASE)
async def test_async_get_all_is_an_async_generator(respx_mock: Any) -> None:
    respx_mock.get("/rest/ofscMetadata/v1/workZones").respond(
        json={"items": [{"workZoneLabel": "A"}, {"workZoneLabel": "B"}], "hasMore": False}
    )
    async with compat.AsyncOFSC("app", "acme", "s") as legacy:
        labels = [zone.workZoneLabel async for zone in legacy.metadata.get_all_workzones(limit=100)]
    assert labels == ["A", "B"]
    async with compat.AsyncOFSC("app", "acme", "s", enable_auto_model=False) as plain:
        assert [zone async for zone in plain.metadata.get_all_workzones()][0] == {"workZoneLabel": "A"}
    respx_mock.get("/rest/ofscCore/v1/resources").respond(500, json={"title": "boom"})
    async with compat.AsyncOFSC("app", "acme", "s", max_retries=0) as legacy:
        with pytest.raises(compat.OFSCServerError):
            async for _ in legacy.core.get_all_resources():
                pass


@respx.mock(base_url=BASE)
def test_token_on_oauth2_and_every_group(instance: Any, respx_mock: Any) -> None:
    route = respx_mock.post("/rest/oauthTokenService/v2/token").respond(
        json={"access_token": "abc", "token_type": "bearer", "expires_in": 3600}
    )
    assert instance.oauth2.get_token()["access_token"] == "abc"  # pyOFSC's sync get_token: a dict
    assert "grant_type=client_credentials" in route.calls.last.request.content.decode()
    instance.core.token()
    assert route.call_count == 2


@run
@respx.mock(base_url=BASE)
async def test_async_token_and_delete(respx_mock: Any) -> None:
    respx_mock.post("/rest/oauthTokenService/v2/token").respond(
        json={"access_token": "abc", "token_type": "bearer", "expires_in": 3600}
    )
    respx_mock.delete("/rest/ofscCore/v1/activities/7").respond(204)
    async with compat.AsyncOFSC("app", "acme", "s") as legacy:
        token = await legacy.oauth2.get_token()
        assert token.access_token == "abc"
        assert await legacy.core.delete_activity(7) is None


@respx.mock(base_url=BASE)
def test_sync_delete_returns_pyofsc_text(instance: Any, respx_mock: Any) -> None:
    respx_mock.delete("/rest/ofscCore/v1/activities/7").respond(204)
    assert instance.core.delete_activity("7") == ""


@respx.mock(base_url=BASE)
def test_deprecation_warns_once_per_method_with_the_replacement(respx_mock: Any) -> None:
    respx_mock.get("/rest/ofscCore/v1/users").respond(json={"items": []})
    _calls._warned.clear()
    with compat.OFSC("app", "acme", "s") as legacy, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        legacy.core.get_users()
        legacy.core.get_users(offset=0)
    messages = [str(w.message) for w in caught if w.category is DeprecationWarning]
    assert messages == [
        "core.get_users() via ofsc_overlay.compat is deprecated: use client.core.get_users(...) on "
        "ofsc_overlay.OFSC (docs/migration.md)"
    ]


def test_a_method_whose_operation_is_not_in_the_spec(monkeypatch: pytest.MonkeyPatch) -> None:
    row = _table.PyMethod("sync", "core", "old", "GET /rest/ofscCore/v1/gone", (), "dict")
    monkeypatch.setitem(_table.methods("sync"), ("core", "old"), (row, None))
    with pytest.raises(AttributeError, match="v1/gone, which is not in this client"):
        _calls._resolve("sync", "core", "old")

    from ofsc_generated import catalog

    gone = catalog.Retired("core", "get_gone", "GET", "/rest/ofscCore/v1/gone", "2026.03.10")
    monkeypatch.setitem(catalog.RETIRED, gone.key, gone)
    with pytest.raises(errors.OperationRemovedError, match="core.get_gone was removed from Oracle"):
        _calls._resolve("sync", "core", "old")


def test_table_parsing() -> None:
    params = _table.parse_params("resource_id offset= * location **kwargs")
    assert [(p.name, p.optional, p.keyword_only, p.var_keyword) for p in params] == [
        ("resource_id", False, False, False),
        ("offset", True, False, False),
        ("location", False, True, False),
        ("kwargs", True, True, True),
    ]
    rows = _table.read_table(
        "# c\nclient\tx\n\nasync\tmetadata\tcreate_link_template\tNO_SPEC_MATCH(POST /x)\tdata\tmodel"
    )
    assert rows[0].route is None


def test_translate_without_a_table_row() -> None:
    from ofsc_generated.catalog import BY_KEY

    op = BY_KEY["core.update_activity"]
    assert translate("x", None, op, (5, {"a": 1}), {}) == {"activity_id": 5, "body": {"a": 1}}
    with pytest.raises(TypeError, match="no counterpart"):
        translate("x", None, BY_KEY["core.get_activity"], (5,), {"extra": 1})


def test_http_options_from_a_foreign_config() -> None:
    class Theirs:
        timeout = None
        max_retries = 0
        proxy = "http://proxy:8080"
        verify_ssl = True
        trust_env = False

    assert _clients._http_options(Theirs()) == {
        "proxy": "http://proxy:8080",
        "verify": True,
        "trust_env": False,
    }
    assert _clients._http_options(None) == {}


@respx.mock(base_url=BASE)
def test_more_pyofsc_habits(instance: Any, respx_mock: Any, tmp_path: Path) -> None:
    plugin = respx_mock.post("/rest/ofscMetadata/v1/plugins/custom-actions/import").respond(204)
    instance.metadata.import_plugin("<plugin/>")
    assert b"<plugin/>" in plugin.calls.last.request.content
    path = tmp_path / "mine.xml"
    path.write_bytes(b"<from-file/>")
    instance.metadata.import_plugin_file(path)
    assert b'filename="mine.xml"' in plugin.calls.last.request.content
    extract = respx_mock.get("/rest/ofscCore/v1/folders/dailyExtract/folders/2026-01-01/files/a.zip")
    extract.respond(content=b"zip")
    assert instance.core.get_daily_extract_file("2026-01-01", "a.zip") == b"zip"  # filename is a path here
    schedules = respx_mock.get("/rest/ofscCore/v1/resources/R1/workSchedules").respond(json={"items": []})
    instance.core.get_resource_workschedules("R1", actualDate="2026-01-01")
    assert schedules.calls.last.request.url.params["actualForDate"] == "2026-01-01"
    required = respx_mock.put("/rest/ofscCore/v1/activities/4/requiredInventories").respond(204)
    instance.core.set_required_inventories(4, inventories={"items": [{"inventoryType": "M"}]})
    assert json.loads(required.calls.last.request.content) == {"items": [{"inventoryType": "M"}]}
    statuses = respx_mock.get("/rest/ofscCapacity/v1/bookingStatuses").respond(json={"items": []})
    instance.capacity.get_booking_statuses(dates=["2026-01-01", "2026-01-02"], areas=["A"])
    assert statuses.calls.last.request.url.params["dates"] == "2026-01-01,2026-01-02"


@respx.mock(base_url=BASE)
def test_our_own_names_and_result_helpers(instance: Any, respx_mock: Any) -> None:
    from ofsc_overlay.compat._results import as_model, as_wire

    users = respx_mock.get("/rest/ofscCore/v1/users").respond(json={"items": []})
    instance.core.get_users(offset=None, limit=5)  # None means "not given", as in pyOFSC
    assert "offset" not in users.calls.last.request.url.params
    respx_mock.get("/rest/ofscCore/v1/activities/4/XA_PHOTO").respond(content=b"img")
    assert instance.core.get_activity_file_property(activity_id=4, property_label="XA_PHOTO") == b"img"
    assert as_wire([{"a": 1}]) == [{"a": 1}] and as_model([{"a": 1}])[0].a == 1
    assert as_model(b"raw") == b"raw"


def test_migration_table_is_generated_and_up_to_date(tmp_path: Path) -> None:
    from ofsc_overlay.compat import _doc

    page = Path(__file__).resolve().parents[2] / "docs" / "migration.md"
    text = page.read_text(encoding="utf-8")
    assert _doc.update(text) == text, "run: python -m ofsc_overlay.compat._doc docs/migration.md"
    for row in _table.pyofsc_methods():
        if row.route is not None and row.group != _table.BASE_GROUP:
            assert f"| `{row.group}.{row.name}` |" in text
    stale = tmp_path / "migration.md"
    stale.write_text(f"intro\n{_doc.BEGIN}\n| old |\n{_doc.END}\nafter\n", encoding="utf-8")
    assert _doc.main([str(stale)]) == 0
    assert "| old |" not in stale.read_text() and stale.read_text().endswith("after\n")
    with pytest.raises(ValueError, match="markers"):
        _doc.update("no markers")


def test_migration_table_marks_retired_operations(monkeypatch: pytest.MonkeyPatch) -> None:
    from ofsc_overlay.compat import _doc

    row = _table.PyMethod("sync", "core", "old_one", "GET /rest/ofscCore/v1/gone", (), "dict")
    monkeypatch.setattr(_table, "pyofsc_methods", lambda: (row,))
    assert (
        "| `core.old_one` | yes |  | `GET /rest/ofscCore/v1/gone` | removed from Oracle's spec |"
        in _doc.render()
    )


def test_compat_is_a_layer_the_client_does_not_import() -> None:
    import subprocess
    import sys

    code = "import sys, ofsc_overlay; print([m for m in sys.modules if m.startswith('ofsc_overlay.compat')])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
