"""pyOFSC code, unchanged but for its import line, against the simulator over loopback HTTP.

Each test is written the way pyOFSC's README and examples write it (offset loops with ``OBJ_RESPONSE``,
``async with AsyncOFSC(...)``, ``get_all_*``, creating and moving an activity, ``except OFSCNotFoundError``),
with ``from ofsc import ...`` replaced by ``from ofsc_overlay.compat import ...``.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from ofsc_overlay.compat import FULL_RESPONSE, OBJ_RESPONSE, OFSC, AsyncOFSC, OFSCNotFoundError
from ofsc_overlay.testing import Simulator

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _credentials(sim: Simulator) -> dict[str, Any]:
    return {
        "clientID": sim.credentials.client_id,
        "companyName": sim.credentials.instance,
        "secret": sim.credentials.client_secret,
        "baseUrl": sim.base_url,
    }


# --- pyOFSC code (sync) --------------------------------------------------------------------------------
def all_user_logins(instance: Any) -> list[str]:
    logins: list[str] = []
    offset = 0
    while True:
        response = instance.core.get_users(offset=offset, limit=3, response_type=OBJ_RESPONSE)
        logins.extend(user["login"] for user in response["items"])
        offset += len(response["items"])
        if not response["items"] or offset >= response["totalResults"]:
            return logins


def reassign(instance: Any, technician: str, colleague: str, day: str) -> tuple[int, str]:
    created = instance.core.create_activity(
        {"resourceId": technician, "activityType": "LU", "date": day, "customerName": "Ada"}
    )
    instance.core.move_activity(created.activityId, {"setResource": {"resourceId": colleague}})
    moved = instance.core.get_activity(str(created.activityId))
    return created.activityId, moved["resourceId"]


def test_sync_pyofsc_code(sim: Simulator) -> None:
    instance = OFSC(**_credentials(sim))
    assert sorted(all_user_logins(instance)) == sorted(sim.state.users)

    zones = instance.metadata.get_workzones(offset=0, limit=100)
    assert [zone.workZoneLabel for zone in zones.items] == list(sim.state.metadata["workZones"])
    assert zones.totalResults == len(sim.state.metadata["workZones"])

    technicians = [rid for rid, r in sim.state.resources.items() if r.get("resourceType") == "PR"]
    day = next(iter(sim.state.activities.values()))["date"]
    activity_id, now_with = reassign(instance, technicians[0], technicians[1], day)
    assert now_with == technicians[1] == sim.state.activities[activity_id]["resourceId"]

    everything = instance.core.get_all_activities(
        root=technicians[1], date_from=day, date_to=day, activity_fields=["activityId", "resourceId"]
    )
    assert activity_id in [activity.activityId for activity in everything.items]

    raw = instance.core.get_activity(activity_id, response_type=FULL_RESPONSE)
    assert raw.status_code == 200 and raw.json()["activityId"] == activity_id

    instance.core.delete_activity(activity_id)
    try:
        instance.core.get_activity(activity_id)
    except OFSCNotFoundError as error:
        assert error.status_code == 404
    else:
        pytest.fail("a deleted activity was found")

    quiet = OFSC(**_credentials(sim), enable_auto_raise=False)
    assert quiet.core.get_activity(activity_id)["status"] in (404, "404")
    instance.client.close()
    quiet.client.close()


# --- pyOFSC code (async) -------------------------------------------------------------------------------
async def async_pyofsc_code(sim: Simulator, technician: str, colleague: str, day: str) -> dict[str, Any]:
    async with AsyncOFSC(**_credentials(sim)) as client:
        zones, users = await asyncio.gather(client.metadata.get_workzones(), client.core.get_users())
        labels = [zone.workZoneLabel async for zone in client.metadata.get_all_workzones(limit=2)]
        resources = [resource.resourceId async for resource in client.core.get_all_resources(limit=5)]
        created = await client.core.create_activity(
            {"resourceId": technician, "activityType": "LU", "date": day}
        )
        await client.core.move_activity(created.activityId, {"setResource": {"resourceId": colleague}})
        moved = await client.core.get_activity(created.activityId)
        await client.core.delete_activity(created.activityId)
        try:
            await client.core.get_activity(created.activityId)
            missing = None
        except OFSCNotFoundError as error:
            missing = error
    return {
        "zones": zones,
        "users": users,
        "labels": labels,
        "resources": resources,
        "moved": moved,
        "missing": missing,
    }


def test_async_pyofsc_code(sim: Simulator) -> None:
    technicians = [rid for rid, r in sim.state.resources.items() if r.get("resourceType") == "PR"]
    day = next(iter(sim.state.activities.values()))["date"]
    result = asyncio.run(async_pyofsc_code(sim, technicians[0], technicians[1], day))
    zone_labels = list(sim.state.metadata["workZones"])
    assert [zone.workZoneLabel for zone in result["zones"].items] == zone_labels
    assert result["labels"] == zone_labels
    assert result["users"].totalResults == len(sim.state.users)
    assert sorted(result["resources"]) == sorted(sim.state.resources)
    assert result["moved"].resourceId == technicians[1]
    assert result["moved"].model_dump()["resourceId"] == technicians[1]
    assert isinstance(result["missing"], OFSCNotFoundError) and result["missing"].status_code == 404
