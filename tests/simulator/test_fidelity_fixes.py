"""Answers a real OFSC would give: formats, answers that follow the request, kept writes, complete
records, strict validation that stores nothing it refuses, and OFSC's event names."""

from __future__ import annotations

import re

import httpx

from ofsc_overlay.testing import Contract, Simulator
from ofsc_overlay.testing.formats import is_valid

CORE = "/rest/ofscCore/v1"
META = "/rest/ofscMetadata/v1"
CAPACITY = "/rest/ofscCapacity"


def _refused(response: httpx.Response, fragment: str) -> None:
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["status"] == "400" and body["title"] == "Bad Request"
    assert fragment in body["detail"], body["detail"]


# -- formats and depth --------------------------------------------------------------------------------


def test_synthesized_dates_and_times_are_valid(http: httpx.Client) -> None:
    shift = http.get(
        f"{CORE}/resources/TECH_NORTH_01/workSchedules/calendarView",
        params={"dateFrom": "2025-06-02", "dateTo": "2025-06-06"},
    ).json()
    day = next(iter(shift))
    assert is_valid("date", day)
    booking = http.get(f"{CAPACITY}/v1/bookingStatuses", params={"dates": "2025-06-02"}).json()
    text = str(booking)
    assert not re.search(r"'(date|startDate|endDate|workTimeStart|time\w*)': '\w+_\d+'", text), text


def test_capacity_answers_each_requested_date_and_area_at_every_depth(http: httpx.Client) -> None:
    for version_path in (f"{CAPACITY}/v1/capacity", f"{CAPACITY}/v1/quota", f"{CAPACITY}/v2/quota"):
        body = http.get(
            version_path, params={"dates": "2025-06-02,2025-06-03", "areas": "AREA_NORTH,AREA_SOUTH"}
        ).json()
        assert [item["date"] for item in body["items"]] == ["2025-06-02", "2025-06-03"], version_path
        for item in body["items"]:
            assert [area["label"] for area in item["areas"]] == ["AREA_NORTH", "AREA_SOUTH"]
    capacity = http.get(
        f"{CAPACITY}/v1/capacity", params={"dates": "2025-06-02", "categories": "FIBER"}
    ).json()
    area = capacity["items"][0]["areas"][0]
    assert area["categories"][0]["label"] == "FIBER"
    assert area["categories"][0]["available"]["count"]  # the deepest level is filled, not {}


def test_get_by_id_echoes_the_id_and_unknown_ids_are_404(http: httpx.Client) -> None:
    access = http.get(f"{META}/applications/demo-client/apiAccess/capacityAPI")
    assert access.status_code == 200 and access.json()["label"] == "capacityAPI"
    assert http.get(f"{META}/applications/nope/apiAccess/capacityAPI").status_code == 404
    assert http.get(f"{META}/capacityAreas/nope/workZones").status_code == 404
    plans = http.get(f"{META}/routingProfiles/DEFAULT/plans").json()
    assert plans["items"] == ["DAILY", "URGENT"]
    assert http.get(f"{META}/routingProfiles/DEFAULT/plans/DAILY/custom-actions/export").status_code == 200
    assert http.get(f"{META}/routingProfiles/DEFAULT/plans/NOPE/custom-actions/export").status_code == 404
    assert http.get(f"{META}/routingProfiles/NOPE/plans").status_code == 404


def test_synthesized_listings_echo_offset_and_limit_and_end(http: httpx.Client) -> None:
    offset, pages, labels = 0, 0, []
    while True:
        body = http.get(
            "/rest/ofscCollaboration/v1/addressBook", params={"offset": offset, "limit": 1}
        ).json()
        pages += 1
        assert pages < 20, "the listing never ends"
        if "offset" in body:
            assert body["offset"] == offset and body["limit"] == 1
        labels.extend(body["items"])
        offset += len(body["items"])
        if (
            body.get("hasMore") is False
            or not body["items"]
            or offset >= body.get("totalResults", offset + 1)
        ):
            break
    assert len(labels) == offset == body["totalResults"] > 1


# -- writes kept --------------------------------------------------------------------------------------


def test_customer_inventory_is_kept(http: httpx.Client) -> None:
    created = http.post(
        f"{CORE}/activities/4200001/customerInventories",
        json={"inventoryType": "ROUTER", "serialNumber": "S1"},
    )
    assert created.status_code == 201, created.text
    inventory_id = created.json()["inventoryId"]
    listed = http.get(f"{CORE}/activities/4200001/customerInventories").json()["items"]
    assert [i["inventoryId"] for i in listed] == [inventory_id]
    assert http.get(f"{CORE}/inventories/{inventory_id}").json()["status"] == "customer"


def test_enumeration_list_is_kept(http: httpx.Client) -> None:
    values = [{"label": "urgent", "active": True, "translations": [{"language": "en", "name": "Urgent"}]}]
    put = http.put(f"{META}/properties/XA_PRIORITY/enumerationList", json={"items": values})
    assert put.status_code == 200, put.text
    listed = http.get(f"{META}/properties/XA_PRIORITY/enumerationList").json()
    assert [v["label"] for v in listed["items"]] == ["urgent"]
    no_translation = http.put(
        f"{META}/properties/XA_PRIORITY/enumerationList", json={"items": [{"label": "x"}]}
    )
    _refused(no_translation, "translations")
    assert http.get(f"{META}/properties/XA_PRIORITY/enumerationList").json()["items"][0]["label"] == "urgent"


def test_work_schedules_are_kept(http: httpx.Client) -> None:
    path = f"{CORE}/resources/TECH_NORTH_01/workSchedules"
    added = http.post(
        path, json={"recordType": "extra_shift", "startDate": "2025-06-07", "shiftLabel": "DAY"}
    )
    assert added.status_code == 200, added.text
    item_id = next(i["scheduleItemId"] for i in added.json()["items"] if i["recordType"] == "extra_shift")
    assert item_id in [i["scheduleItemId"] for i in http.get(path).json()["items"]]
    assert http.delete(f"{path}/{item_id}").status_code == 204
    assert item_id not in [i["scheduleItemId"] for i in http.get(path).json()["items"]]
    assert http.delete(f"{path}/{item_id}").status_code == 404


def test_activity_children_and_links_are_kept(http: httpx.Client) -> None:
    required = {"items": [{"inventoryType": "ROUTER", "model": "X1", "quantity": 2}]}
    assert http.put(f"{CORE}/activities/4200003/requiredInventories", json=required).status_code == 204
    assert http.get(f"{CORE}/activities/4200003/requiredInventories").json() == required
    assert http.delete(f"{CORE}/activities/4200003/requiredInventories").status_code == 204
    assert http.get(f"{CORE}/activities/4200003/requiredInventories").json() == {"items": []}
    link = {"fromActivityId": 4200003, "toActivityId": 4200004, "linkType": "start-after"}
    assert http.post(f"{CORE}/activities/4200003/linkedActivities", json=link).status_code == 201
    other_side = http.get(f"{CORE}/activities/4200004/linkedActivities/4200003/linkTypes/start-after")
    assert other_side.status_code == 200 and other_side.json()["toActivityId"] == 4200004
    assert (
        http.delete(f"{CORE}/activities/4200004/linkedActivities/4200003/linkTypes/start-after").status_code
        == 204
    )
    assert http.get(f"{CORE}/activities/4200003/linkedActivities").json()["items"] == []


# -- complete records ---------------------------------------------------------------------------------


def test_subscriptions_languages_and_work_skill_groups_are_complete(http: httpx.Client) -> None:
    created = http.post(
        f"{CORE}/events/subscriptions", json={"subscriptionConfig": [{"events": ["activityStarted"]}]}
    )
    described = http.get(f"{CORE}/events/subscriptions/{created.json()['subscriptionId']}").json()
    assert described["applicationId"] == "demo-client"
    assert is_valid("date-time", described["createdTime"]) and is_valid(
        "date-time", described["expirationTime"]
    )
    assert described["expirationTime"] > described["createdTime"]
    listed = http.get(f"{CORE}/events/subscriptions").json()["items"][0]
    assert {"createdTime", "expirationTime", "applicationId"} <= set(listed)
    language = http.get(f"{META}/languages").json()["items"][0]
    assert language["languageISO"] == "en-US"
    assert language["translations"][0]["languageISO"] == "en-US"  # the spec's response-only field
    skill = http.put(
        f"{META}/workSkills/NEW",
        json={"active": True, "sharing": "maximal", "translations": [{"language": "en-US", "name": "New"}]},
    )
    assert skill.json()["translations"] == [{"language": "en", "languageISO": "en-US", "name": "New"}]
    assert http.get(f"{META}/workSkillGroups/NETWORK").json()["workSkills"][0]["label"] == "FIBER"


# -- validation: refused with OFSC's 400, nothing stored ----------------------------------------------


def test_lengths_patterns_ranges_formats_items_and_uniqueness(http: httpx.Client, sim: Simulator) -> None:
    _refused(http.put(f"{META}/mapLayers/bad-label!", json={"label": "bad-label!"}), "pattern")
    assert "bad-label!" not in sim.state.metadata["mapLayers"]
    _refused(
        http.put(
            f"{META}/workSkillGroups/G1",
            json={
                "label": "G1",
                "name": "x" * 5001,
                "active": True,
                "assignToResource": True,
                "addToCapacityCategory": False,
                "translations": [],
            },
        ),
        "at most 5000",
    )
    _refused(
        http.post(
            f"{CORE}/resources/TECH_NORTH_01/workSchedules",
            json={"recordType": "shift", "startDate": "06/07"},
        ),
        "date",
    )
    _refused(
        http.post(
            f"{CORE}/resources/TECH_NORTH_01/workSchedules",
            json={
                "recordType": "schedule",
                "startDate": "2025-06-07",
                "recurrence": {"recurrenceType": "daily", "recurEvery": 0},
            },
        ),
        "less than 1",
    )
    _refused(http.patch(f"{CORE}/users/admin", json={"resources": ["SIM_ROOT", "SIM_ROOT"]}), "repeat")
    _refused(http.patch(f"{CORE}/users/admin", json={"resources": []}), "at least 1")
    _refused(
        http.get(f"{CORE}/activities", params={"dateFrom": "2025-13-01", "dateTo": "2025-13-02"}), "date"
    )
    assert http.get(f"{META}/workSkills/FIBER").json()["label"] == "FIBER"
    _refused(http.get(f"{META}/workSkills/" + "x" * 41), "at most 40")


def test_null_only_where_nullable(http: httpx.Client, sim: Simulator) -> None:
    _refused(
        http.put(f"{CORE}/users/ghost", content=b"null", headers={"Content-Type": "application/json"}), "null"
    )
    assert "ghost" not in sim.state.users
    _refused(http.patch(f"{CORE}/users/admin", json={"name": None}), "null")
    assert sim.state.users["admin"]["name"] == "Administrator"


def test_allof_wrapping_an_array_and_allow_empty_value(http: httpx.Client) -> None:
    path = f"{META}/applications/demo-client/apiAccess/capacityAPI"
    field = {
        "label": "XA_NOTES",
        "valuesVisibility": [{"conditions": [{"label": "status", "function": "in", "valueList": ["1"]}]}],
    }
    assert http.patch(path, json={"activityFields": [field]}).status_code == 200
    field["valuesVisibility"] = [{"conditions": {"label": "status", "function": "in"}}]
    _refused(http.patch(path, json={"activityFields": [field]}), "must be an array")
    assert (
        http.get("/rest/ofscStatistics/v1/airlineDistanceBasedTravel", params={"level": ""}).status_code
        == 200
    )
    _refused(http.get("/rest/ofscStatistics/v1/airlineDistanceBasedTravel", params={"level": "x"}), "level")


# -- writes that would break the read schema ----------------------------------------------------------


def test_writes_keep_records_readable(http: httpx.Client, sim: Simulator, contract: Contract) -> None:
    before = dict(sim.state.resources["TECH_NORTH_01"])
    _refused(http.put(f"{CORE}/resources/TECH_NORTH_01", json={}), "required field")
    assert sim.state.resources["TECH_NORTH_01"] == before
    _refused(http.put(f"{CORE}/resources/NEW_ONE", json={"parentResourceId": "SIM_ROOT"}), "required field")
    assert "NEW_ONE" not in sim.state.resources
    renamed = http.put(
        f"{META}/activityTypes/INSTALL",
        json={
            "active": True,
            "groupLabel": "customer",
            "defaultDuration": 30,
            "translations": [{"language": "en", "name": "Set-up"}],
        },
    )
    assert renamed.status_code == 200 and renamed.json()["name"] == "Set-up"
    for collection in ("forms", "inventoryTypes"):
        label = next(iter(sim.state.metadata[collection]))
        _refused(http.put(f"{META}/{collection}/{label}", json={}), "required field")
    created = http.put(f"{META}/mapLayers/NEW_LAYER", json={"label": "NEW_LAYER", "status": "active"})
    assert created.status_code in contract.find("PUT", f"{META}/mapLayers/{{label}}").success_statuses
    assert created.status_code == 200


# -- events -------------------------------------------------------------------------------------------


def test_event_names_are_ofscs(http: httpx.Client, sim: Simulator, contract: Contract) -> None:
    subscription = http.post(
        f"{CORE}/events/subscriptions", json={"subscriptionConfig": [{"events": ["activityStarted"]}]}
    )
    for action in ("enroute", "start", "complete"):
        assert http.post(f"{CORE}/activities/4200001/custom-actions/{action}", json={}).status_code == 200
    assert http.post(f"{CORE}/activities/4200002/custom-actions/cancel", json={}).status_code == 200
    assert http.post(f"{CORE}/activities/4200003/custom-actions/delay", json={}).status_code == 200
    events = http.get(
        f"{CORE}/events", params={"subscriptionId": subscription.json()["subscriptionId"], "page": "c0"}
    ).json()["items"]
    names = [event["eventType"] for event in events]
    assert names == [
        "activityTravelStarted",
        "activityStarted",
        "activityCompleted",
        "activityCanceled",
        "activityDelayed",
    ]
    allowed = set(contract.schemas["EventType"]["enum"])
    assert set(names) <= allowed
    assert {event["eventType"] for event in sim.state.events} <= allowed


def test_resource_assignments_and_installs_are_kept(http: httpx.Client, sim: Simulator) -> None:
    path = f"{CORE}/resources/TECH_NORTH_01/assignedLocations"
    week = {"mon": {"start": 5000, "end": 5000}, "tue": {"start": 5000, "end": 5000}}
    assert http.put(path, json=week).json() == week
    assert http.get(path).json() == week
    inventory = next(
        i
        for i in sim.state.inventories.values()
        if i["resourceId"] == "TECH_NORTH_01" and i["status"] == "resource"
    )
    installed = http.post(
        f"{CORE}/resources/TECH_NORTH_01/inventories/{inventory['inventoryId']}/custom-actions/install",
        json={"activityId": 4200001},
    )
    assert installed.status_code == 200, installed.text
    assert http.get(f"{CORE}/inventories/{inventory['inventoryId']}").json()["status"] == "installed"
    listed = http.get(f"{CORE}/activities/4200001/installedInventories").json()["items"]
    assert inventory["inventoryId"] in [i["inventoryId"] for i in listed]


def test_file_properties_must_exist(http: httpx.Client) -> None:
    assert http.get(f"{CORE}/activities/4200001/XA_PHOTO").status_code == 200
    assert http.get(f"{CORE}/activities/4200001/XA_TYPO").status_code == 404


def test_an_id_in_the_query_is_echoed_at_every_depth(http: httpx.Client, sim: Simulator) -> None:
    activity_id = min(sim.state.activities)
    answer = http.get(f"{CORE}/whereIsMyTech", params={"activityId": activity_id}).json()
    assert answer["activityDetails"]["activityId"] == activity_id
