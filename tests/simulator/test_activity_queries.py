"""GET /activities: the resource scope and the date window, as the simulator checks and applies them."""

from __future__ import annotations

import httpx
import pytest

from ofsc_overlay.testing import Simulator

ACTIVITIES = "/rest/ofscCore/v1/activities"


def _ids(http: httpx.Client, **params: str) -> set[int]:
    response = http.get(ACTIVITIES, params={"limit": "5000", **params})
    assert response.status_code == 200, response.text
    return {item["activityId"] for item in response.json()["items"]}


def test_include_children_immediate_stops_at_the_first_level(sim: Simulator, http: httpx.Client) -> None:
    resources = sim.state.resources
    root = next(r["resourceId"] for r in resources.values() if not r.get("parentResourceId"))
    children = {r["resourceId"] for r in resources.values() if r.get("parentResourceId") == root}
    deeper = set(sim.state.descendants(root)) - children
    assert children and deeper, "the seeded tree has at least two levels under its root"

    immediate = _ids(http, resources=root, includeChildren="immediate")
    everything = _ids(http, resources=root)

    owner = {a["activityId"]: a.get("resourceId") for a in sim.state.activities.values()}
    assert immediate == {i for i, r in owner.items() if r in children | {root}}
    assert everything == {i for i, r in owner.items() if r in children | deeper | {root}}
    assert immediate < everything


@pytest.mark.parametrize(
    ("params", "detail"),
    [
        ({"resources": "NO_SUCH_RESOURCE"}, "Resource 'NO_SUCH_RESOURCE' not found"),
        ({"dateFrom": "2025-06-02"}, "dateFrom and dateTo must be given together"),
        ({"dateFrom": "2025-06-02", "dateTo": "02/06/2025"}, "must be a date (YYYY-MM-DD)"),
        ({"dateFrom": "2025-06-03", "dateTo": "2025-06-02"}, "dateTo must not be before dateFrom"),
    ],
)
def test_invalid_scopes_and_windows_are_400(http: httpx.Client, params: dict[str, str], detail: str) -> None:
    response = http.get(ACTIVITIES, params=params)

    assert response.status_code == 400
    assert detail in response.json()["detail"]


def test_unscheduled_activities_only_with_include_non_scheduled(sim: Simulator, http: httpx.Client) -> None:
    day = next(a["date"] for a in sim.state.activities.values() if a.get("date"))
    unscheduled = next(iter(sim.state.activities.values()))
    unscheduled.pop("date")
    window = {"dateFrom": day, "dateTo": day}

    assert unscheduled["activityId"] not in _ids(http, **window)
    assert unscheduled["activityId"] in _ids(http, **window, includeNonScheduled="true")
