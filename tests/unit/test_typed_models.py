"""What model attributes and facade arguments are typed as is what they hold and send.

- a field the server did not send reads None, yet ``to_dict()`` still tells absent from null;
- a model built with some fields sends exactly those (a PATCH sends only what the caller set);
- a field declared always answered is typed without None, and an answer without it is a typed error;
- a model body missing a schema's required field is refused before anything is sent, as a dict body is;
- fixed-value parameters are checked, date and time objects are written the way OFSC reads them.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest
import respx

from ofsc_overlay import OFSC, APIResponseValidationError, RequestValidationError
from ofsc_overlay.breaker import DEFAULT_REGISTRY
from ofsc_overlay.models import Activity, CreateActivity, UpdateActivity, WorkZone
from ofsc_overlay.types import UNSET

BASE = "https://acme.fs.ocs.oraclecloud.com"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("OFSC_INSTANCE", "OFSC_CLIENT_ID", "OFSC_CLIENT_SECRET", "OFSC_BASE_URL", "OFSC_AUTH"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "no-config"))
    DEFAULT_REGISTRY.clear()


def client() -> OFSC:
    return OFSC(instance="acme", client_id="app", client_secret="secret", max_retries=0)


def test_absent_and_null_both_read_none_and_round_trip_apart() -> None:
    payload = {"activityId": 7, "customerName": None, "XA_SEVERITY": "high"}
    activity = Activity.from_dict(payload)
    assert activity.customer_name is None and activity.status is None
    assert activity.activity_id == 7
    assert activity["XA_SEVERITY"] == "high"
    out = activity.to_dict()
    assert out == payload and "status" not in out and out["customerName"] is None


def test_a_value_assigned_after_parsing_is_sent() -> None:
    activity = Activity.from_dict({"activityId": 7})
    activity.status = "started"
    assert activity.to_dict() == {"activityId": 7, "status": "started"}


def test_a_model_built_with_some_fields_sends_exactly_those() -> None:
    patch = UpdateActivity(customer_name="Ada", customer_phone=None)
    assert patch.to_dict() == {"customerName": "Ada", "customerPhone": None}
    assert patch.customer_phone is None and patch.status is None
    assert UpdateActivity().to_dict() == {}
    assert UpdateActivity(status=UNSET).to_dict() == {}
    assert repr(patch) == "UpdateActivity(customer_name='Ada')"


def test_models_compare_by_what_they_read() -> None:
    assert WorkZone.from_dict({"workZoneLabel": "Z"}) == WorkZone(work_zone_label="Z")
    assert WorkZone.from_dict({"workZoneLabel": "Z"}) != WorkZone(work_zone_label="Y")


def test_an_always_answered_field_missing_or_null_is_a_parse_error() -> None:
    with pytest.raises(KeyError, match="activityId"):
        Activity.from_dict({"status": "pending"})
    with pytest.raises(KeyError, match="activityId"):
        Activity.from_dict({"activityId": None})


@respx.mock(base_url=BASE)
def test_an_answer_without_an_always_answered_field_is_a_typed_error(respx_mock: Any) -> None:
    respx_mock.get("/rest/ofscCore/v1/activities/7").respond(200, json={"status": "pending"})
    with client() as c, pytest.raises(APIResponseValidationError, match="activityId"):
        c.core.get_activity(activity_id=7)


@respx.mock(base_url=BASE, assert_all_called=False)
def test_a_model_body_missing_required_fields_is_refused_before_sending(respx_mock: Any) -> None:
    route = respx_mock.post("/rest/ofscCore/v1/activities").respond(201, json={"activityId": 1})
    with client() as c:
        with pytest.raises(RequestValidationError) as model_error:
            c.core.create_activity(body=CreateActivity(date="2026-11-27"))
        with pytest.raises(RequestValidationError) as dict_error:
            c.core.create_activity(body={"date": "2026-11-27"})
        with pytest.raises(RequestValidationError, match="resourceId"):
            c.core.create_activity(body=CreateActivity(activity_type="LU", resource_id=None))
    assert str(model_error.value) == str(dict_error.value)
    assert "activityType, resourceId" in str(model_error.value)
    assert route.call_count == 0


@respx.mock(base_url=BASE)
def test_a_complete_model_body_is_sent_as_built(respx_mock: Any) -> None:
    route = respx_mock.post("/rest/ofscCore/v1/activities").respond(201, json={"activityId": 1})
    with client() as c:
        created = c.core.create_activity(body=CreateActivity(activity_type="LU", resource_id="TECH_1"))
    assert created.activity_id == 1
    assert json.loads(route.calls.last.request.content) == {"activityType": "LU", "resourceId": "TECH_1"}


@respx.mock(base_url=BASE)
def test_a_partial_model_patch_sends_only_the_fields_set(respx_mock: Any) -> None:
    route = respx_mock.patch("/rest/ofscCore/v1/activities/7").respond(200, json={"activityId": 7})
    with client() as c:
        c.core.update_activity(activity_id=7, body=UpdateActivity(customer_name="Ada", customer_phone=None))
    assert json.loads(route.calls.last.request.content) == {"customerName": "Ada", "customerPhone": None}


@respx.mock(base_url=BASE)
def test_date_parameters_take_date_objects_written_as_ofsc_reads_them(respx_mock: Any) -> None:
    route = respx_mock.get("/rest/ofscCore/v1/activities").respond(200, json={"items": []})
    with client() as c:
        c.core.get_activities(
            resources=["TECH_1"],
            date_from=datetime.date(2026, 11, 27),
            date_to=datetime.datetime(2026, 11, 28, 17, 30, 5, 123),  # a date parameter sends the date only
            include_children="immediate",
        )
    params = route.calls.last.request.url.params
    assert params["dateFrom"] == "2026-11-27" and params["dateTo"] == "2026-11-28"
    assert params["includeChildren"] == "immediate"


@respx.mock(base_url=BASE, assert_all_called=False)
def test_a_value_outside_a_literal_is_refused_at_run_time_too(respx_mock: Any) -> None:
    route = respx_mock.get("/rest/ofscCore/v1/activities").respond(200, json={"items": []})
    with client() as c, pytest.raises(RequestValidationError, match="include_children"):
        c.core.get_activities(resources=["TECH_1"], include_children="everyone")  # type: ignore[arg-type]
    assert route.call_count == 0


def test_date_and_time_objects_are_written_in_ofsc_formats() -> None:
    from ofsc_overlay._validation import wire_value

    moment = datetime.datetime(2026, 11, 27, 8, 5, 9, 999)
    assert wire_value(moment) == "2026-11-27 08:05:09"
    assert wire_value(moment, "date") == "2026-11-27"
    assert wire_value(datetime.date(2026, 1, 2)) == "2026-01-02"
    assert wire_value(datetime.time(7, 0)) == "07:00:00"
    assert wire_value("as given") == "as given"


def test_an_unlisted_value_in_an_answer_is_kept_as_it_came() -> None:
    activity = Activity.from_dict({"activityId": 1, "status": "a-status-of-a-later-release"})
    assert activity.status == "a-status-of-a-later-release"
    assert activity.to_dict()["status"] == "a-status-of-a-later-release"


def test_a_model_is_built_with_date_and_time_objects_written_as_ofsc_reads_them() -> None:
    from ofsc_overlay.models import WorkScheduleItem

    item = WorkScheduleItem(
        start_date=datetime.datetime(2026, 11, 27, 23, 59),  # a date field keeps the date only
        end_date=datetime.date(2026, 12, 31),
        work_time_start=datetime.time(8, 0),
        work_time_end="17:00:00",
    )
    assert item.to_dict() == {
        "startDate": "2026-11-27",
        "endDate": "2026-12-31",
        "workTimeStart": "08:00:00",
        "workTimeEnd": "17:00:00",
    }
    # What a model reads is what the server sent: a string, never converted.
    assert WorkScheduleItem.from_dict({"startDate": "2026-11-27"}).start_date == "2026-11-27"
