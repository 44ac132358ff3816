"""Entity ids in the path are converted to their collection's key type before any lookup."""

from __future__ import annotations

import httpx
import pytest

from ofsc_overlay.testing import Contract, SeedConfig
from ofsc_overlay.testing.errors import SimulatorHTTPError
from ofsc_overlay.testing.parents import resolve_parents
from ofsc_overlay.testing.seed import FIRST_ACTIVITY_ID, FIRST_INVENTORY_ID
from ofsc_overlay.testing.state import SimulatorState
from ofsc_overlay.testing.validation import ValidatedRequest

CORE = "/rest/ofscCore/v1"


@pytest.fixture(scope="module")
def state() -> SimulatorState:
    return SimulatorState.seeded(SeedConfig(activities=3))


def test_string_typed_ids_become_the_integer_keys(contract: Contract, state: SimulatorState) -> None:
    op = contract.by_key["core.get_linked_activities"]
    assert contract.resolve(next(p.schema for p in op.params if p.name == "activityId"))["type"] == "string"
    request = ValidatedRequest(path={"activityId": str(FIRST_ACTIVITY_ID)})
    resolve_parents(op, request, state)
    assert request.path == {"activityId": FIRST_ACTIVITY_ID}
    assert isinstance(request.path["activityId"], int)


def test_every_parent_keeps_its_collections_key_type(contract: Contract, state: SimulatorState) -> None:
    op = contract.by_key["core.get_activity"]
    request = ValidatedRequest(
        path={
            "activityId": FIRST_ACTIVITY_ID,
            "resourceId": "TECH_NORTH_01",
            "inventoryId": FIRST_INVENTORY_ID,
        }
    )
    resolve_parents(op, request, state)
    assert request.path == {
        "activityId": FIRST_ACTIVITY_ID,
        "resourceId": "TECH_NORTH_01",
        "inventoryId": FIRST_INVENTORY_ID,
    }


@pytest.mark.parametrize("raw", ["abc", "999999999"])
def test_an_id_that_is_not_a_key_is_404(contract: Contract, state: SimulatorState, raw: str) -> None:
    request = ValidatedRequest(path={"activityId": raw})
    with pytest.raises(SimulatorHTTPError) as caught:
        resolve_parents(contract.by_key["core.get_required_inventories"], request, state)
    assert caught.value.status == 404


def test_string_typed_activity_routes_find_existing_activities(http: httpx.Client) -> None:
    url = f"{CORE}/activities/{FIRST_ACTIVITY_ID}"
    for tail in ("linkedActivities", "requiredInventories", "resourcePreferences"):
        assert http.get(f"{url}/{tail}").status_code == 200, tail
        assert http.get(f"{CORE}/activities/1/{tail}").status_code == 404, tail
        assert http.get(f"{CORE}/activities/abc/{tail}").status_code == 404, tail
