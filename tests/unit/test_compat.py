"""ofsc_overlay.compat: pyOFSC 2.x constructor and method names on top of the typed client."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from ofsc_overlay import NotFoundError, compat
from ofsc_overlay.breaker import DEFAULT_REGISTRY

BASE = "https://acme.fs.ocs.oraclecloud.com"
ROOT = Path(__file__).resolve().parents[2]
PYOFSC_NAMES = Path(os.environ.get("PYOFSC_NAMES", ROOT.parent / "shared/docs/pyofsc-2.26-method-names.tsv"))

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("OFSC_INSTANCE", "OFSC_CLIENT_ID", "OFSC_CLIENT_SECRET", "OFSC_BASE_URL", "OFSC_AUTH"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    DEFAULT_REGISTRY.clear()


@pytest.fixture
def instance() -> Any:
    with compat.OFSC(clientID="app", secret="s3cret", companyName="acme", max_retries=0) as legacy:
        yield legacy


def test_constructor_takes_pyofsc_names_and_warns() -> None:
    with pytest.warns(DeprecationWarning, match="docs/migration.md"):
        legacy = compat.OFSC(clientID="app", secret="s3cret", companyName="acme", root="FLUSA")
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


def test_auto_raise_off_is_reported() -> None:
    with pytest.warns(UserWarning, match="enable_auto_raise"):
        compat.OFSC(clientID="app", secret="s", companyName="acme", enable_auto_raise=False)


@respx.mock(base_url=BASE)
def test_positional_path_parameter_and_deprecation(instance: Any, respx_mock: Any) -> None:
    respx_mock.get("/rest/ofscCore/v1/activities/42").respond(json={"activityId": 42, "status": "pending"})
    with pytest.warns(DeprecationWarning, match=r"client\.core\.get_activity"):
        activity = instance.core.get_activity(42)
    assert activity.activity_id == 42


@respx.mock(base_url=BASE)
def test_keyword_forms(instance: Any, respx_mock: Any) -> None:
    route = respx_mock.get("/rest/ofscCore/v1/activities/42").respond(json={"activityId": 42})
    instance.core.get_activity(activity_id=42)
    instance.core.get_activity(activityId=42, response_type=3)
    assert route.call_count == 2


@respx.mock(base_url=BASE)
def test_params_dict_by_wire_name(instance: Any, respx_mock: Any) -> None:
    route = respx_mock.get("/rest/ofscCore/v1/activities").respond(json={"items": [], "totalResults": 0})
    instance.core.get_activities(
        params={"dateFrom": "2025-01-01", "dateTo": "2025-01-02", "resources": "FLUSA"}
    )
    params = route.calls.last.request.url.params
    assert params["dateFrom"] == "2025-01-01" and params["resources"] == "FLUSA"


@respx.mock(base_url=BASE)
def test_data_as_json_string_or_dict(instance: Any, respx_mock: Any) -> None:
    route = respx_mock.patch("/rest/ofscCore/v1/activities/42").respond(json={"activityId": 42})
    instance.core.update_activity(42, json.dumps({"status": "started"}))
    assert json.loads(route.calls.last.request.content) == {"status": "started"}
    instance.core.update_activity(42, data={"customerName": "Ann"})
    assert json.loads(route.calls.last.request.content) == {"customerName": "Ann"}


class PydanticLike:
    def model_dump(self, *, exclude_none: bool, by_alias: bool) -> dict[str, Any]:
        assert exclude_none and by_alias
        return {"status": "started"}


@respx.mock(base_url=BASE)
def test_pydantic_body(instance: Any, respx_mock: Any) -> None:
    route = respx_mock.patch("/rest/ofscCore/v1/activities/42").respond(json={"activityId": 42})
    instance.core.update_activity(42, PydanticLike())
    assert json.loads(route.calls.last.request.content) == {"status": "started"}


@respx.mock(base_url=BASE)
def test_renamed_method_and_get_all(instance: Any, respx_mock: Any) -> None:
    respx_mock.get("/rest/ofscCore/v1/events/subscriptions/sub1").respond(json={"subscriptionId": "sub1"})
    assert instance.core.get_subscription_details("sub1").subscription_id == "sub1"

    def zones(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        items = [{"workZoneLabel": f"Z{n}"} for n in range(offset, min(offset + 2, 3))]
        return httpx.Response(200, json={"items": items, "totalResults": 3})

    respx_mock.get("/rest/ofscMetadata/v1/workZones").mock(side_effect=zones)
    everything = instance.metadata.get_all_workzones(limit=2, initial_offset=0)
    assert isinstance(everything, list)
    assert [zone.work_zone_label for zone in everything] == ["Z0", "Z1", "Z2"]
    # A walk from another offset is refused, not silently started from the first page.
    for offset in ({"initial_offset": 5}, {"offset": 5}):
        with pytest.raises(TypeError, match=r"get_all_workzones walks every page .* takes no offset"):
            instance.metadata.get_all_workzones(limit=2, **offset)


@respx.mock(base_url=BASE)
def test_get_all_activities_keyword_aliases(instance: Any, respx_mock: Any) -> None:
    route = respx_mock.get("/rest/ofscCore/v1/activities").respond(json={"items": [{"activityId": 1}]})
    result = instance.core.get_all_activities(
        root="FLUSA", date_from="2025-01-01", date_to="2025-01-02", activity_fields=["activityId"], limit=10
    )
    assert [activity.activity_id for activity in result] == [1]
    params = route.calls.last.request.url.params
    assert params["resources"] == "FLUSA" and params["fields"] == "activityId"


@respx.mock(base_url=BASE)
def test_dict_results_without_auto_model(respx_mock: Any) -> None:
    respx_mock.get("/rest/ofscCore/v1/activities/42").respond(json={"activityId": 42, "extra": True})
    legacy = compat.OFSC(clientID="app", secret="s", companyName="acme", enable_auto_model=False)
    assert legacy.core.get_activity(42) == {"activityId": 42, "extra": True}


@respx.mock(base_url=BASE)
def test_token_and_oauth2_group(instance: Any, respx_mock: Any) -> None:
    route = respx_mock.post("/rest/oauthTokenService/v2/token").respond(
        json={"access_token": "abc", "token_type": "bearer", "expires_in": 3600}
    )
    token = instance.oauth2.get_token(data={"grant_type": "client_credentials"})
    assert token.access_token == "abc"
    instance.core.token(data={"grant_type": "client_credentials"})
    assert route.call_count == 2
    assert (
        instance.auth is not None
        and instance.parts_catalog is not None
        and instance.collaboration is not None
    )
    assert instance.statistics is not None and instance.capacity is not None


@respx.mock(base_url=BASE)
def test_errors_are_typed(instance: Any, respx_mock: Any) -> None:
    respx_mock.get("/rest/ofscCore/v1/activities/1").respond(404, json={"title": "Not Found"})
    with pytest.raises(NotFoundError):
        instance.core.get_activity(1)


def test_misuse_reads_well(instance: Any) -> None:
    with pytest.raises(AttributeError, match="not an operation"):
        instance.core.no_such_method  # noqa: B018
    with pytest.raises(AttributeError):
        instance.core._private  # noqa: B018
    with pytest.raises(TypeError, match="positional"):
        instance.core.get_activity(1, 2)
    assert "get_activity" in dir(instance.core) and "get_all_activities" in dir(instance.core)
    assert "get_subscription_details" in dir(instance.core)
    assert "pyOFSC-compatible core API" in repr(instance.core)
    assert instance.core.get_activity.__name__ == "get_activity"
    assert instance.core is instance.core


@pytest.mark.skipif(not PYOFSC_NAMES.exists(), reason=f"pyOFSC names table not found at {PYOFSC_NAMES}")
def test_every_pyofsc_method_name_resolves(instance: Any) -> None:
    missing = []
    for line in PYOFSC_NAMES.read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "client\t")):
            continue
        _, group, name, operation = line.split("\t")
        if operation.startswith("NO_SPEC_MATCH") or group.startswith("base"):
            continue
        api = getattr(instance, group)
        try:
            getattr(api, name)
        except AttributeError:
            missing.append(f"{group}.{name}")
    assert missing == []


@respx.mock(base_url=BASE)
def test_any_get_all_twin_and_dict_lists(respx_mock: Any) -> None:
    respx_mock.get("/rest/ofscMetadata/v1/activityTypes").respond(
        json={"items": [{"label": "install"}], "hasMore": False}
    )
    legacy = compat.OFSC(clientID="app", secret="s", companyName="acme", enable_auto_model=False)
    assert legacy.metadata.get_all_activity_types() == [{"label": "install"}]
