from __future__ import annotations

import httpx

CORE = "/rest/ofscCore/v1"


def _assert_ofsc_400(response: httpx.Response, fragment: str) -> None:
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["status"] == "400"
    assert body["title"] == "Bad Request"
    assert body["type"].startswith("http")
    assert fragment in body["detail"]


def test_path_parameter_type(http: httpx.Client) -> None:
    _assert_ofsc_400(http.get(f"{CORE}/activities/not-a-number"), "activityId")


def test_query_parameter_type_and_enum(http: httpx.Client) -> None:
    _assert_ofsc_400(http.get(f"{CORE}/users", params={"limit": "ten"}), "limit")
    _assert_ofsc_400(http.get(f"{CORE}/resources", params={"expand": "inventories,nonsense"}), "nonsense")


def test_missing_required_query_parameter(http: httpx.Client) -> None:
    _assert_ofsc_400(http.get(f"{CORE}/activities/custom-actions/search"), "searchInField")


def test_body_required_field_type_and_enum(http: httpx.Client) -> None:
    _assert_ofsc_400(http.post(f"{CORE}/activities", json={"activityType": "REPAIR"}), "resourceId")
    _assert_ofsc_400(
        http.post(
            f"{CORE}/activities",
            json={"activityType": "REPAIR", "resourceId": "TECH_NORTH_01", "duration": "long"},
        ),
        "duration",
    )
    _assert_ofsc_400(http.patch(f"{CORE}/activities/4200001", json={"status": "exploded"}), "exploded")


def test_malformed_json(http: httpx.Client) -> None:
    response = http.post(
        f"{CORE}/activities", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    _assert_ofsc_400(response, "JSON")


def test_array_body_items_are_checked(http: httpx.Client) -> None:
    response = http.post(f"{CORE}/resources/TECH_NORTH_01/workSkills", json=[{"workSkill": "FIBER"}])
    _assert_ofsc_400(response, "ratio")
