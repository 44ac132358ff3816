"""Writes the spec offers are kept: each one is read back through the client, as a user's test would."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

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
