"""Writes the spec offers are kept: each one is read back through the client, as a user's test would."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from ofsc_generated.catalog import BY_KEY

from ofsc_overlay import OFSC, BadRequestError, ConflictError, NotFoundError
from ofsc_overlay.testing import Contract, Simulator

TECH = "TECH_NORTH_01"


@pytest.fixture
def sim(contract: Contract) -> Simulator:
    return Simulator(contract=contract, activities=40)


@pytest.fixture
def client(sim: Simulator) -> Iterator[OFSC]:
    with sim.client(max_retries=0) as client:
        yield client


def test_resource_plans_are_kept_per_date_and_measure(client: OFSC) -> None:
    core = client.core
    core.create_resource_plan(resource_id=TECH, body={"date": "2025-06-03", "measure": "points", "value": 40})
    core.create_resource_plan(resource_id=TECH, body={"date": "2025-06-03", "measure": "points", "value": 55})
    core.create_resource_plan(resource_id=TECH, body={"date": "2025-06-04", "measure": "FTE", "value": 1})
    core.create_resource_plan(resource_id=TECH, body={"date": "2025-07-01", "measure": "FTE", "value": 1})
    plans = core.get_resource_plans(resource_id=TECH, date_from="2025-06-01", date_to="2025-06-30")
    assert [(p.date, p.measure, p.value) for p in plans.items] == [
        ("2025-06-03", "points", 55),
        ("2025-06-04", "FTE", 1),
    ]
    assert plans.total_results == 2
    core.delete_resource_plan(resource_id=TECH, measure="points", date="2025-06-03")
    plans = core.get_resource_plans(resource_id=TECH, date_from="2025-06-01", date_to="2025-06-30")
    assert [(p.date, p.measure) for p in plans.items] == [("2025-06-04", "FTE")]
    other = core.get_resource_plans(resource_id="TECH_SOUTH_01", date_from="2025-06-01", date_to="2025-06-30")
    assert other.items == []
    with pytest.raises(NotFoundError):
        core.get_resource_plans(resource_id="NOBODY", date_from="2025-06-01", date_to="2025-06-30")


def test_route_lists_the_days_activities_and_keeps_activation(client: OFSC, sim: Simulator) -> None:
    day = "2025-06-02"
    expected = sorted(
        a["activityId"] for a in sim.state.activities.values() if a["resourceId"] == TECH and a["date"] == day
    )
    assert expected
    route = client.core.get_resource_route(resource_id=TECH, date=day)
    assert (route.resource_id, route.date) == (TECH, day)
    assert sorted(item.activity_id for item in route.items) == expected
    assert not route.route_start_time
    client.core.activate_resource_route(resource_id=TECH, date=day, body={"time": f"{day} 07:45:00"})
    assert client.core.get_resource_route(resource_id=TECH, date=day).route_start_time == f"{day} 07:45:00"
    with pytest.raises(ConflictError):
        client.core.activate_resource_route(resource_id=TECH, date=day, body={})
    client.core.deactivate_resource_route(resource_id=TECH, date=day, body={"time": f"{day} 17:10:30"})
    route = client.core.get_resource_route(resource_id=TECH, date=day)
    assert (route.route_start_time, route.route_end_time) == (f"{day} 07:45:00", f"{day} 17:10:30")
    with pytest.raises(ConflictError):
        client.core.deactivate_resource_route(resource_id=TECH, date=day, body={})
    client.core.activate_resource_route(resource_id=TECH, date=day, body={"time": f"{day} 18:00:00"})
    route = client.core.get_resource_route(resource_id=TECH, date=day)
    assert route.route_reactivation_time == f"{day} 18:00:00" and not route.route_end_time
    # Another day's route is untouched.
    assert not client.core.get_resource_route(resource_id=TECH, date="2025-06-03").route_start_time


def test_service_requests_are_kept_and_unknown_ones_are_404(client: OFSC, sim: Simulator) -> None:
    activity_id = min(sim.state.activities)
    created = client.core.create_service_request(
        body={"requestType": "REPAIR", "activityId": activity_id, "resourceId": TECH, "date": "2025-06-03"}
    )
    read = client.core.get_service_request(request_id=created.request_id)
    assert (read.request_type, read.activity_id, read.resource_id, read.date) == (
        "REPAIR", activity_id, TECH, "2025-06-03",
    )  # fmt: skip
    assert read.resource_internal_id == sim.state.resources[TECH]["resourceInternalId"]
    assert read.created
    with pytest.raises(NotFoundError):
        client.core.get_service_request(request_id=created.request_id + 1000)
    with pytest.raises(BadRequestError):
        client.core.create_service_request(body={"requestType": "REPAIR", "activityId": 1})
    assert len(sim.state.service_requests) == 2  # the seeded one and ours; the refused one is not kept


def test_application_api_access_is_kept(client: OFSC) -> None:
    app = "demo-client"
    listed = client.metadata.get_application_api_accesses(label=app)
    assert {item.label for item in listed.items} >= {"coreAPI", "metadataAPI"}
    assert all(item.status == "active" for item in listed.items)
    changed = client.metadata.update_application_api_access(
        label=app,
        api_label="coreAPI",
        body={"status": "inactive", "apiEntities": [{"label": "activity", "access": "ReadOnly"}]},
    )
    assert changed.status == "inactive"
    read = client.metadata.get_application_api_access(label=app, api_label="coreAPI")
    assert (read.label, read.status) == ("coreAPI", "inactive")
    assert [(e.label, e.access) for e in read.api_entities] == [("activity", "ReadOnly")]
    listed = client.metadata.get_application_api_accesses(label=app)
    assert {item.label: item.status for item in listed.items}["coreAPI"] == "inactive"
    assert client.metadata.get_application_api_access(label=app, api_label="metadataAPI").status == "active"
    with pytest.raises(NotFoundError):
        client.metadata.update_application_api_access(
            label=app, api_label="noSuchAPI", body={"status": "active"}
        )
    with pytest.raises(NotFoundError):
        client.metadata.get_application_api_accesses(label="no-such-app")


def test_work_skill_conditions_are_replaced_whole(client: OFSC) -> None:
    seeded = client.metadata.get_workskill_conditions()
    assert seeded.items and seeded.total_results == len(seeded.items)
    condition = {
        "internalId": 7,
        "label": "FIBER",
        "requiredLevel": 2,
        "preferableLevel": 3,
        "conditions": [{"label": "XA_PRIORITY", "function": "in", "valueList": ["high"]}],
    }
    client.metadata.replace_workskill_conditions(body={"items": [condition]})
    read = client.metadata.get_workskill_conditions()
    assert [(c.internal_id, c.label, c.required_level, c.preferable_level) for c in read.items] == [
        (7, "FIBER", 2, 3)
    ]
    assert read.items[0].conditions[0].value_list == ["high"]
    with pytest.raises(BadRequestError):
        client.metadata.replace_workskill_conditions(body={"items": [condition, condition]})
    assert len(client.metadata.get_workskill_conditions().items) == 1


def test_statistics_overrides_are_kept(client: OFSC) -> None:
    stats = client.statistics
    result = stats.update_activity_duration_stats(
        body={"items": [{"resourceId": TECH, "akey": "INSTALL", "override": 95}]}
    )
    assert result.results.updated_records == 1
    read = stats.get_activity_duration_stats(resource_id=TECH, akey="INSTALL")
    assert [(i.resource_id, i.akey, i.override) for i in read.items] == [(TECH, "INSTALL", 95)]
    stats.update_activity_duration_stats(
        body={"items": [{"resourceId": TECH, "akey": "INSTALL", "override": 60}]}
    )
    assert [i.override for i in stats.get_activity_duration_stats(resource_id=TECH).items] == [60]

    stats.update_activity_travel_stats(body={"items": [{"fkey": "Z1", "tkey": "Z2", "override": 25}]})
    travel = stats.get_activity_travel_stats(fkey="Z1", tkey="Z2")
    assert [(i.fkey, i.tkey, i.override) for i in travel.items] == [("Z1", "Z2", 25)]


@pytest.mark.skipif(
    "statistics.update_airline_distance_based_travel" not in BY_KEY,
    reason="the pinned spec has no PATCH airlineDistanceBasedTravel (a later release removed it)",
)
def test_airline_distance_overrides_are_kept(client: OFSC) -> None:
    stats = client.statistics
    body = {"items": [{"level": "company", "key": "ACME", "data": [{"distance": 10, "override": 12}]}]}
    stats.update_airline_distance_based_travel(body=body)
    body["items"][0]["data"] = [{"distance": 20, "override": 30}, {"distance": 10, "override": 15}]
    stats.update_airline_distance_based_travel(body=body)
    airline = stats.get_airline_distance_based_travel(level="company", key="ACME")
    assert [(d.distance, d.override) for d in airline.items[0].data] == [(10, 15), (20, 30)]


def test_bulk_updates_land_in_each_resources_collections(client: OFSC, sim: Simulator) -> None:
    core = client.core
    other = "TECH_SOUTH_01"
    zone = next(iter(sim.state.metadata["workZones"]))
    skills = core.bulk_update_resource_workskills(
        body=[
            {
                "resourceId": TECH,
                "workSkills": [{"workSkill": "GAS", "ratio": 80, "startDate": "2025-06-01"}],
            },
            {"resourceId": "NOBODY", "workSkills": [{"workSkill": "GAS", "ratio": 80}]},
        ]
    )
    assert skills.resources_updated == 1
    assert [(r.resource_id, r.items_updated, r.items_failed) for r in skills.results] == [
        (TECH, 1, 0), ("NOBODY", 0, 1),
    ]  # fmt: skip
    assert ("GAS", 80) in [
        (s.work_skill, s.ratio) for s in core.get_resource_workskills(resource_id=TECH).items
    ]

    core.bulk_update_resource_workzones(
        body=[{"resourceId": other, "workZones": [{"workZone": zone, "startDate": "2025-06-01"}]}]
    )
    assert zone in [z.work_zone for z in core.get_resource_workzones(resource_id=other).items]

    schedule = {
        "recordType": "non-working",
        "startDate": "2025-06-09",
        "endDate": "2025-06-13",
        "nonWorkingReason": "VACATION",
    }
    core.bulk_update_resource_workschedules(body=[{"resourceId": TECH, "workSchedules": [schedule]}])
    kept = core.get_resource_workschedules(resource_id=TECH).items
    assert [(s.record_type, s.start_date) for s in kept if s.record_type == "non-working"] == [
        ("non-working", "2025-06-09")
    ]

    before = {i.inventory_id for i in core.get_resource_inventories(resource_id=other).items}
    answer = core.bulk_update_resource_inventories(
        body={
            "resources": [
                {
                    "resourceId": other,
                    "operationType": "replace",
                    "inventories": [{"inventoryType": "METER", "serialNumber": "M-1", "quantity": 1}],
                }
            ]
        }  # fmt: skip
    )
    assert (answer.created, answer.deleted) == (1, len(before))
    after = core.get_resource_inventories(resource_id=other).items
    assert [(i.inventory_type, i.serial_number) for i in after] == [("METER", "M-1")]


def test_positions_set_are_the_last_known_ones(client: OFSC) -> None:
    core = client.core
    result = core.set_resource_positions(
        body={"items": [
            {"resourceId": TECH, "time": "2025-06-02T10:00:00Z", "lat": 42.1, "lng": -71.2},
            {"resourceId": TECH, "time": "2025-06-02T09:00:00Z", "lat": 40.0, "lng": -70.0},
            {"resourceId": "NOBODY", "time": "2025-06-02T10:00:00Z", "lat": 1, "lng": 1},
        ]}
    )  # fmt: skip
    assert (result.items_processed, result.items_failed) == (2, 1)
    assert [e.item_index for e in result.errors] == [2]
    known = core.get_last_known_positions(resources=[TECH, "TECH_SOUTH_01"]).items
    assert [(p.resource_id, p.lat, p.lng) for p in known[:1]] == [(TECH, 42.1, -71.2)]
    assert known[1].resource_id == "TECH_SOUTH_01" and known[1].error_message


def test_chats_keep_participants_and_messages(client: OFSC) -> None:
    collab = client.collaboration
    chat = collab.start_chat(body={"recipients": ["tech_north_01"], "text": "Gate code is 1234"})
    assert (chat.type_, chat.started_by) == ("normal", "admin")
    collab.send_chat_message(chat_id=chat.chat_id, body={"text": "On my way"})
    messages = collab.get_chat_messages(chat_id=chat.chat_id)
    assert [(m.sequence_number, m.text) for m in messages.items] == [
        (1, "Gate code is 1234"),
        (2, "On my way"),
    ]
    assert messages.total_results == 2
    collab.invite_chat_participant(chat_id=chat.chat_id, body={"login": "tech_south_01"})
    collab.leave_chat(chat_id=chat.chat_id)
    people = {p.login: p.present for p in collab.get_all_chat_participants(chat_id=chat.chat_id)}
    assert people == {"admin": False, "tech_north_01": True, "tech_south_01": True}
    with pytest.raises(BadRequestError):
        collab.invite_chat_participant(chat_id=chat.chat_id, body={"login": "nobody"})
    with pytest.raises(BadRequestError):
        collab.start_chat(body={"recipients": ["nobody"], "text": "hello"})
    with pytest.raises(NotFoundError):
        collab.get_chat_messages(chat_id=chat.chat_id + 1000)


def test_routing_plans_export_and_import(client: OFSC) -> None:
    meta = client.metadata
    exported = meta.export_routing_plan(profile_label="DEFAULT", plan_label="DAILY")
    document = json.loads(exported)
    assert document["label"] == "DAILY"
    document["label"] = "NIGHTLY"
    meta.import_routing_plan(profile_label="DEFAULT", body=json.dumps(document).encode())
    assert "NIGHTLY" in meta.get_routing_profile_plans(profile_label="DEFAULT").items
    assert (
        json.loads(meta.export_routing_plan(profile_label="DEFAULT", plan_label="NIGHTLY"))["label"]
        == "NIGHTLY"
    )
    with pytest.raises(ConflictError):
        meta.import_routing_plan(profile_label="DEFAULT", body=exported)
    document["comment"] = "replaced"
    meta.force_import_routing_plan(profile_label="DEFAULT", body=json.dumps(document).encode())
    assert (
        json.loads(meta.export_routing_plan(profile_label="DEFAULT", plan_label="NIGHTLY"))["comment"]
        == "replaced"
    )
    plans = meta.get_routing_profile_plans(profile_label="DEFAULT").items
    assert plans.count("NIGHTLY") == 1
    with pytest.raises(BadRequestError):
        meta.import_routing_plan(profile_label="DEFAULT", body=b"not a plan")
    with pytest.raises(NotFoundError):
        meta.export_routing_plan(profile_label="DEFAULT", plan_label="MISSING")
    assert meta.get_routing_profile_plans(profile_label="DEFAULT").items == plans


def test_link_template_created_by_post_to_its_label(client: OFSC) -> None:
    body = {
        "label": "ASSIST",
        "linkType": "related",
        "active": True,
        "translations": [{"language": "en", "name": "Assist"}],
    }
    client.metadata.create_link_template(label="ASSIST", body=body)
    read = client.metadata.get_link_template(label="ASSIST")
    assert (read.label, read.link_type, read.active) == ("ASSIST", "related", True)
    with pytest.raises(ConflictError):
        client.metadata.create_link_template(label="ASSIST", body=body)


def test_quota_changes_are_read_back(client: OFSC) -> None:
    cap = client.capacity
    north_change = {"label": "AREA_NORTH", "quota": 480, "categories": [{"label": "INSTALL", "quota": 120}]}
    change = {"date": "2025-06-03", "areas": [north_change]}
    result = cap.update_quota(body={"items": [change]})
    assert result.results.updated_field_count >= 2
    day = cap.get_quota(dates=["2025-06-03"], areas=["AREA_NORTH", "AREA_SOUTH"]).items[0]
    north = next(area for area in day.areas if area.label == "AREA_NORTH")
    assert north.quota == 480
    assert [c.quota for c in north.categories if c.label == "INSTALL"] == [120]
    other_day = cap.get_quota(dates=["2025-06-04"], areas=["AREA_NORTH"]).items[0]
    assert other_day.areas[0].quota != 480 or not any(
        c.label == "INSTALL" for c in other_day.areas[0].categories
    )

    cap.update_quota_v2(
        body={
            "items": [
                {
                    "date": "2025-06-03",
                    "areas": [{"label": "AREA_NORTH", "quotaIsClosed": True, "quota": 300}],
                }
            ]
        }
    )
    area = cap.get_quota_v2(dates=["2025-06-03"], areas=["AREA_NORTH"]).items[0].areas[0]
    assert (area.label, area.quota, area.quota_is_closed) == ("AREA_NORTH", 300, True)


def test_booking_statuses_and_closing_schedule_are_read_back(client: OFSC) -> None:
    cap = client.capacity
    status = {
        "category": "INSTALL",
        "workZone": "ZONE_1",
        "timeFrom": "08:00",
        "timeTo": "12:00",
        "state": "closed",
    }
    cap.update_booking_statuses(
        body={"items": [{"date": "2025-06-03", "area": "AREA_NORTH", "statuses": [status]}]}
    )
    items = cap.get_booking_statuses(dates="2025-06-03", areas=["AREA_NORTH", "AREA_SOUTH"]).items
    assert [(i.area, i.date) for i in items] == [("AREA_NORTH", "2025-06-03"), ("AREA_SOUTH", "2025-06-03")]
    kept = [s for s in items[0].statuses if s.category == "INSTALL" and s.work_zone == "ZONE_1"]
    assert [s.booking_status for s in kept] == ["closed"]
    assert not [s for s in items[1].statuses if s.category == "INSTALL" and s.work_zone == "ZONE_1"]
    status["state"] = "open"
    cap.update_booking_statuses(
        body={"items": [{"date": "2025-06-03", "area": "AREA_NORTH", "statuses": [status]}]}
    )
    items = cap.get_booking_statuses(dates="2025-06-03", areas=["AREA_NORTH"]).items
    assert [s.booking_status for s in items[0].statuses if s.work_zone == "ZONE_1"] == ["open"]

    schedule = {
        "area": "AREA_NORTH",
        "category": "INSTALL",
        "workZone": "ZONE_1",
        "closeTime": "16:00",
        "dayOffset": 1,
    }
    cap.update_booking_closing_schedule(body={"items": [schedule]})
    read = cap.get_booking_closing_schedule(areas=["AREA_NORTH", "AREA_SOUTH"]).items
    assert [(i.area, i.category, i.close_time, i.day_offset) for i in read if i.area == "AREA_NORTH"] == [
        ("AREA_NORTH", "INSTALL", "16:00", 1)
    ]
    assert [i.area for i in read if i.area == "AREA_SOUTH"] == ["AREA_SOUTH"]


def test_population_jobs_are_read_back_by_their_download_id(client: OFSC) -> None:
    meta = client.metadata
    started = meta.populate_workzone_shapes(
        body={"URL": "https://gis.example.com/zones.zip", "authentication": {"type": "none"},
              "shapeIdentifierColumn": "ZONE", "SRID": 4326}
    )  # fmt: skip
    status = meta.get_populate_workzone_shapes_status(download_id=str(started.download_id))
    assert (status.download_id, status.status) == (started.download_id, "completed")
    layer = meta.populate_map_layers(
        body={"layerLabel": "HYDRANTS", "URL": "https://gis.example.com/h.zip",
              "authentication": {"type": "none"}, "SRID": 4326}
    )  # fmt: skip
    assert meta.get_populate_map_layers_status(download_id=str(layer.download_id)).status == "completed"
    with pytest.raises(NotFoundError):
        meta.get_populate_map_layers_status(download_id="1")
