from __future__ import annotations

import httpx

from ofsc_overlay.testing import Contract, SeedConfig, Simulator
from ofsc_overlay.testing.seed import FIRST_ACTIVITY_ID, build_dataset

CORE = "/rest/ofscCore/v1"
META = "/rest/ofscMetadata/v1"
NEW = {"activityType": "REPAIR", "resourceId": "TECH_NORTH_01", "date": "2025-06-03", "customerName": "Ada"}


def test_seed_is_deterministic() -> None:
    assert build_dataset(SeedConfig()) == build_dataset(SeedConfig())
    assert len(build_dataset(SeedConfig(activities=1234)).activities) == 1234


def test_activity_lifecycle(http: httpx.Client) -> None:
    created = http.post(f"{CORE}/activities", json=NEW)
    assert created.status_code == 201
    activity = created.json()
    assert activity["activityId"] == FIRST_ACTIVITY_ID + 300
    assert activity["status"] == "pending"
    second = http.post(f"{CORE}/activities", json=NEW).json()
    assert second["activityId"] == activity["activityId"] + 1
    url = f"{CORE}/activities/{activity['activityId']}"
    assert http.patch(url, json={"customerName": "Grace"}).json()["customerName"] == "Grace"
    assert http.get(url).json()["customerName"] == "Grace"
    assert http.post(f"{url}/custom-actions/complete", json={}).status_code == 409
    started = http.post(f"{url}/custom-actions/start", json={"time": "2025-06-03 10:00:00"})
    assert started.json()["status"] == "started"
    assert http.post(f"{url}/custom-actions/complete", json={}).json()["status"] == "completed"
    reopened = http.post(f"{url}/custom-actions/reopen", json={"setPositionInRoute": {"position": "first"}})
    assert reopened.status_code == 200, reopened.text
    assert reopened.json()["status"] == "pending"
    assert reopened.json()["activityId"] == second["activityId"] + 1
    assert http.delete(url).status_code == 204
    gone = http.get(url)
    assert gone.status_code == 404
    assert gone.json()["status"] == "404"


def test_move_and_cancel(http: httpx.Client) -> None:
    url = f"{CORE}/activities/{FIRST_ACTIVITY_ID}"
    moved = http.post(
        f"{url}/custom-actions/move",
        json={"setResource": {"resourceId": "TECH_SOUTH_02"}, "setDate": {"date": "2025-06-05"}},
    )
    assert moved.status_code == 204
    record = http.get(url).json()
    assert (record["resourceId"], record["date"]) == ("TECH_SOUTH_02", "2025-06-05")
    assert (
        http.post(f"{url}/custom-actions/move", json={"setResource": {"resourceId": "NOPE"}}).status_code
        == 404
    )
    assert http.post(f"{url}/custom-actions/cancel", json={}).json()["status"] == "cancelled"
    assert (
        http.post(f"{url}/custom-actions/move", json={"setDate": {"date": "2025-06-06"}}).status_code == 409
    )


def test_sub_resources_of_unknown_entities_are_404(http: httpx.Client) -> None:
    assert http.get(f"{CORE}/activities/1/submittedForms").status_code == 404
    assert http.get(f"{CORE}/resources/NOPE/workSkills").status_code == 404
    assert http.get(f"{CORE}/users/nobody").status_code == 404


def test_resources_tree_and_children(http: httpx.Client) -> None:
    assert (
        http.put(
            f"{CORE}/resources/TECH_NEW",
            json={
                "name": "New",
                "language": "en",
                "timeZone": "Eastern",
                "parentResourceId": "NORTH_BUCKET",
                "resourceType": "PR",
            },
        ).status_code
        == 201
    )
    assert (
        http.put(
            f"{CORE}/resources/TECH_NEW",
            json={
                "name": "Renamed",
                "language": "en",
                "timeZone": "Eastern",
                "parentResourceId": "NORTH_BUCKET",
            },
        ).status_code
        == 200
    )
    children = http.get(f"{CORE}/resources/NORTH_BUCKET/children").json()
    assert "TECH_NEW" in [r["resourceId"] for r in children["items"]]
    descendants = http.get(f"{CORE}/resources/SIM_ROOT/descendants", params={"limit": 100}).json()
    assert descendants["totalResults"] == 17
    assert (
        http.patch(f"{CORE}/resources/TECH_NEW", json={"status": "inactive"}).json()["status"] == "inactive"
    )


def test_resource_child_collections(http: httpx.Client) -> None:
    base = f"{CORE}/resources/TECH_NORTH_01"
    skills = http.post(f"{base}/workSkills", json=[{"workSkill": "GAS", "ratio": 50}]).json()
    assert "GAS" in [s["workSkill"] for s in skills["items"]]
    assert http.delete(f"{base}/workSkills/GAS").status_code == 204
    assert http.delete(f"{base}/workSkills/GAS").status_code == 404
    assert (
        http.post(f"{base}/workZones", json={"workZone": "ZONE_05", "startDate": "2025-06-01"}).status_code
        in (200, 204)  # the contract decides which
    )
    zones = http.get(f"{base}/workZones").json()["items"]
    added = next(z for z in zones if z["workZone"] == "ZONE_05")
    assert http.delete(f"{base}/workZones/{added['workZoneItemId']}").status_code == 204
    location = http.post(f"{base}/locations", json={"label": "DEPOT", "city": "Boston"})
    assert location.status_code == 201
    assert http.post(f"{base}/locations", json={"label": "DEPOT"}).status_code == 409
    location_url = f"{base}/locations/{location.json()['locationId']}"
    assert http.patch(location_url, json={"city": "Salem"}).json()["city"] == "Salem"
    assert http.delete(location_url).status_code == 204
    assert http.get(location_url).status_code == 404
    inventory = http.post(f"{base}/inventories", json={"inventoryType": "ROUTER", "serialNumber": "X1"})
    assert inventory.status_code == 201
    assert inventory.json()["inventoryId"] in [
        i["inventoryId"] for i in http.get(f"{base}/inventories").json()["items"]
    ]
    users = http.put(f"{base}/users", json={"items": [{"login": "admin"}, {"login": "tech_north_01"}]}).json()
    assert {u["login"] for u in users["items"]} == {"admin", "tech_north_01"}


def test_users_and_inventories(http: httpx.Client) -> None:
    body = {
        "name": "Sam",
        "language": "en",
        "timeZone": "Eastern",
        "userType": "technician",
        "resources": ["TECH_EAST_01"],
        "password": "s3cret",
    }
    created = http.put(f"{CORE}/users/sam", json=body)
    assert created.status_code == 200
    assert "password" not in created.json()
    assert http.put(f"{CORE}/users/sam", json=body).status_code == 409
    assert http.patch(f"{CORE}/users/sam", json={"name": "Samuel"}).json()["name"] == "Samuel"
    assert http.delete(f"{CORE}/users/sam").status_code == 200
    assert http.get(f"{CORE}/users/sam").status_code == 404
    inventory = http.post(
        f"{CORE}/inventories", json={"inventoryType": "MODEM", "resourceId": "TECH_EAST_01"}
    ).json()
    url = f"{CORE}/inventories/{inventory['inventoryId']}"
    installed = http.post(f"{url}/custom-actions/install", json={"activityId": FIRST_ACTIVITY_ID})
    assert installed.json()["status"] == "installed"
    assert http.post(f"{url}/custom-actions/install", json={}).status_code == 409
    assert http.delete(url).status_code == 204


def test_metadata_crud(http: httpx.Client) -> None:
    url = f"{META}/workSkills/PLUMBING"
    assert http.get(url).status_code == 404
    assert http.put(url, json={"active": True, "sharing": "maximal", "name": "Plumbing"}).status_code == 201
    assert http.put(url, json={"active": True, "sharing": "minimal", "name": "Plumbing"}).status_code == 200
    assert http.get(url).json()["sharing"] == "minimal"
    assert http.delete(url).status_code == 204
    zone = {"workZoneLabel": "ZONE_NEW", "workZoneName": "New", "travelArea": "sunrise_enterprise"}
    assert http.post(f"{META}/workZones", json=zone).status_code == 201
    assert http.post(f"{META}/workZones", json=zone).status_code == 409
    assert http.get(f"{META}/workZones/ZONE_NEW").json()["workZoneName"] == "New"
    assert http.patch(f"{META}/properties/XA_NOTES", json={"name": "Notes"}).json()["name"] == "Notes"


def test_file_properties_round_trip(http: httpx.Client) -> None:
    url = f"{CORE}/activities/{FIRST_ACTIVITY_ID}/XA_PHOTO"
    default = http.get(url, headers={"Accept": "application/octet-stream"})
    assert default.status_code == 200 and default.content
    stored = http.put(
        url,
        content=b"\x89PNG",
        headers={"Content-Type": "image/png", "Content-Disposition": 'attachment; filename="a.png"'},
    )
    assert stored.status_code == 204
    again = http.get(url)
    assert again.content == b"\x89PNG"
    assert again.headers["content-type"] == "image/png"


def test_big_seed_for_benchmarks(contract: Contract) -> None:
    sim = Simulator(contract=contract, activities=50_000)
    with sim.http_client() as client:
        page = client.get(f"{CORE}/activities", params={"limit": 100_000, "offset": 49_990}).json()
    assert len(page["items"]) == 10 and page["hasMore"] is False
    sim.reset(activities=10)
    assert len(sim.state.activities) == 10
