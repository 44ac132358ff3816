from __future__ import annotations

import httpx

from ofsc_overlay.testing.paging import limits_for

CORE = "/rest/ofscCore/v1"


def test_limits_per_collection() -> None:
    assert limits_for(f"{CORE}/activities") == (100_000, 100_000)
    assert limits_for(f"{CORE}/events") == (1000, 1000)
    assert limits_for("/rest/ofscMetadata/v1/workZones") == (100, 100)


def test_offset_limit_envelopes(http: httpx.Client) -> None:
    page = http.get("/rest/ofscMetadata/v1/workSkills", params={"offset": 4, "limit": 1000}).json()
    assert page["totalResults"] == 6 and page["hasMore"] is False and page["limit"] == 100
    zones = http.get("/rest/ofscMetadata/v1/workZones", params={"limit": 5}).json()
    assert len(zones["items"]) == 5 and zones["totalResults"] == 12 and "hasMore" not in zones
    first = http.get(
        f"{CORE}/activities",
        params={"limit": 250, "dateFrom": "2025-06-02", "dateTo": "2025-06-02", "resources": "SIM_ROOT"},
    ).json()
    assert len(first["items"]) == 60 and first["hasMore"] is False and "totalResults" not in first
    bounded = http.get(f"{CORE}/activities", params={"limit": 100, "offset": 250}).json()
    assert len(bounded["items"]) == 50 and bounded["hasMore"] is False


def test_activities_date_range_is_checked(http: httpx.Client) -> None:
    too_long = http.get(f"{CORE}/activities", params={"dateFrom": "2025-01-01", "dateTo": "2025-03-01"})
    assert too_long.status_code == 400


def test_events_cursor(http: httpx.Client) -> None:
    created = http.post(
        f"{CORE}/events/subscriptions", json={"subscriptionTitle": "t", "subscriptionConfig": []}
    )
    subscription = created.json()["subscriptionId"]
    for _ in range(3):
        http.post(f"{CORE}/activities", json={"activityType": "REPAIR", "resourceId": "TECH_NORTH_01"})
    page = http.get(f"{CORE}/events", params={"subscriptionId": subscription, "limit": 2}).json()
    assert len(page["items"]) == 2 and page["found"] is True
    rest = http.get(
        f"{CORE}/events", params={"subscriptionId": subscription, "page": page["nextPage"]}
    ).json()
    assert len(rest["items"]) == 1
    empty = http.get(
        f"{CORE}/events", params={"subscriptionId": subscription, "page": rest["nextPage"]}
    ).json()
    assert empty["items"] == [] and empty["found"] is False
    fresh = http.get(
        f"{CORE}/events", params={"subscriptionId": subscription, "since": "2025-06-02 00:00:00"}
    )
    assert fresh.json()["items"] == [] and fresh.json()["nextPage"] == rest["nextPage"]
    assert http.get(f"{CORE}/events", params={"subscriptionId": "nope"}).status_code == 404
