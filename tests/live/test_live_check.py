"""The read-only live check: run it against your tenant with ``make test-live`` (see README, "Checking your
tenant"). Every client here comes from the ``live`` fixture (ofsc_overlay.testing.live), whose transport
refuses anything but GET and the token request. A 403 turns a check into "refused", reported at the end.
"""

from __future__ import annotations

import asyncio
import datetime
import itertools
import math
import time
import uuid
from collections.abc import Iterator
from contextlib import aclosing, contextmanager
from typing import Any

import pytest

from ofsc_overlay import AuthenticationError, NotFoundError
from ofsc_overlay.auth import OAuth2ClientCredentials
from ofsc_overlay.testing import served_spec
from ofsc_overlay.testing.live import LiveCheck
from ofsc_overlay.testing.readonly import WriteRefused

pytestmark = pytest.mark.live

#: Items asked for per listing: enough to parse real records, small enough for any tenant.
SAMPLE = 5


def _token_requests(live: LiveCheck) -> list[str]:
    return [c.path for c in live.calls_now() if c.method == "POST" and "oauthTokenService" in c.path]


# --- auth ------------------------------------------------------------------------------------------------


@contextmanager
def _unless_configured(live: LiveCheck, scheme: str) -> Iterator[None]:
    """A 401 for a scheme the settings do not use is the tenant's policy (reported); for theirs, a failure."""
    try:
        yield
    except AuthenticationError as err:
        if live.settings.auth == scheme:
            raise
        pytest.skip(f"the tenant refused sign-in with {scheme} (401: {err.detail or err.title})")


@pytest.mark.live(needs="Core API: Users (read)")
def test_basic_auth(live: LiveCheck) -> None:
    client = live.client(auth="basic")
    with _unless_configured(live, "basic"):
        live.parsed(client.core.get_users(limit=1))
    schemes = {c.auth_scheme for c in live.calls_now()}
    assert schemes == {"Basic"}, schemes


@pytest.mark.live(needs="Core API: Users (read); OAuth2 client credentials enabled for the application")
def test_oauth2_token_obtained_and_refreshed_when_expired(live: LiveCheck) -> None:
    offset = [0.0]
    client = live.client(auth="oauth2", clock=lambda: time.monotonic() + offset[0])
    auth = client.http_client.auth
    assert isinstance(auth, OAuth2ClientCredentials)

    with _unless_configured(live, "oauth2"):
        live.parsed(client.core.get_users(limit=1))
    live.parsed(client.core.get_users(limit=1))
    assert auth.token_requests == 1  # obtained once, then cached
    offset[0] += 10 * 24 * 3600.0  # past any token lifetime
    live.parsed(client.core.get_users(limit=1))
    assert auth.token_requests == 2
    assert len(_token_requests(live)) == 2
    api_calls = [c for c in live.calls_now() if c.method == "GET"]
    assert {c.auth_scheme for c in api_calls} == {"Bearer"}
    assert all(c.status == 200 for c in api_calls)


@pytest.mark.live(needs="Core API: Users (read)")
def test_bearer_token(live: LiveCheck) -> None:
    if live.settings.auth != "bearer":
        pytest.skip(f"the settings use auth={live.settings.auth!r}")
    live.parsed(live.client().core.get_users(limit=1))


# --- one call per API family -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def client(live: LiveCheck) -> Any:
    return live.client()


@pytest.mark.live(needs="Core API: Resources (read)")
def test_resources(live: LiveCheck, client: Any) -> None:
    page = live.parsed(client.core.get_resources(limit=SAMPLE))
    assert isinstance(page.items, list)


@pytest.mark.live(needs="Core API: Users (read)")
def test_users(live: LiveCheck, client: Any) -> None:
    page = live.parsed(client.core.get_users(limit=SAMPLE))
    assert isinstance(page.items, list)


@pytest.mark.live(needs="Core API: Resources (read), Activities (read)")
def test_activities_today_on_a_resource(live: LiveCheck, client: Any) -> None:
    resources = live.parsed(client.core.get_resources(limit=SAMPLE)).items or []
    ids = [r.resource_id for r in resources if isinstance(r.resource_id, str)]
    if not ids:
        pytest.skip("the application sees no resource")
    today = datetime.date.today().isoformat()
    for resource_id in ids:  # the first resources are often buckets: look for one with work today
        page = live.parsed(
            client.core.get_activities(
                resources=[resource_id], include_children="none", date_from=today, date_to=today, limit=SAMPLE
            )
        )
        activities = page.items or []
        for activity in activities:
            assert (activity.resource_id, str(activity.date)) == (resource_id, today)
        if activities:
            live.note(f"activities: {len(activities)} today ({today}) on resource {resource_id}")
            return
    live.note(f"activities: none today ({today}) on the first {len(ids)} resources")


@pytest.mark.live(needs="Metadata API: Work Zones (read)")
def test_work_zones(live: LiveCheck, client: Any) -> None:
    live.parsed(client.metadata.get_workzones(limit=SAMPLE))


@pytest.mark.live(needs="Metadata API: Activity Types (read)")
def test_activity_types(live: LiveCheck, client: Any) -> None:
    live.parsed(client.metadata.get_activity_types(limit=SAMPLE))


@pytest.mark.live(needs="Metadata API: Properties (read)")
def test_properties(live: LiveCheck, client: Any) -> None:
    live.parsed(client.metadata.get_properties(limit=SAMPLE))


@pytest.mark.live(needs="Metadata API: Capacity Areas (read)")
def test_capacity_areas(live: LiveCheck, client: Any) -> None:
    live.parsed(client.metadata.get_capacity_areas())


@pytest.mark.live(needs="Statistics API (read)")
def test_statistics(live: LiveCheck, client: Any) -> None:
    live.parsed(client.statistics.get_activity_duration_stats(limit=SAMPLE))


@pytest.mark.live(needs="Core API: Resources (read)")
def test_unknown_id_is_404(client: Any) -> None:
    with pytest.raises(NotFoundError) as caught:
        client.core.get_resource(resource_id=f"ofsc-overlay-live-check-{uuid.uuid4().hex}")
    assert caught.value.status_code == 404


# --- paging ----------------------------------------------------------------------------------------------


@pytest.mark.live(needs="Metadata API: Work Zones (read)")
def test_paging_sequential(live: LiveCheck, client: Any) -> None:
    one_page = live.parsed(client.metadata.get_workzones(limit=SAMPLE)).items or []
    paged = [live.parsed(z) for z in itertools.islice(client.metadata.get_all_workzones(limit=2), SAMPLE)]
    assert [z.to_dict() for z in paged] == [z.to_dict() for z in one_page]
    requests = [c for c in live.calls_now() if c.path.endswith("/workZones")]
    assert len(requests) - 1 >= math.ceil(len(paged) / 2)  # pages of 2, after the single call


@pytest.mark.live(needs="Metadata API: Work Zones (read)")
def test_paging_concurrent_async(live: LiveCheck, client: Any) -> None:
    expected = [z.to_dict() for z in itertools.islice(client.metadata.get_all_workzones(limit=2), SAMPLE)]

    async def fetch() -> list[dict[str, Any]]:
        async with live.async_client() as aclient:
            pages = aclient.metadata.get_all_workzones(limit=2, concurrency=2)
            async with aclosing(pages):
                return [live.parsed(z).to_dict() async for z in _take(pages, SAMPLE)]

    assert asyncio.run(fetch()) == expected


async def _take(items: Any, n: int) -> Any:
    count = 0
    async for item in items:
        if count == n:
            return
        count += 1
        yield item


# --- the spec the tenant serves ----------------------------------------------------------------------------


@pytest.mark.live(needs="Core, Metadata, Capacity and Statistics API (read)")
def test_served_spec_version(live: LiveCheck, client: Any) -> None:
    pinned = served_spec.pinned_version()
    live.note(f"spec: pinned {pinned} (the generated package)")
    for family in served_spec.FAMILIES:
        response = client.http_client.get(served_spec.catalog_path(family))
        # A version or operations that differ are reported, not failed; a server error is a failure.
        assert response.status_code < 500, f"{family} metadata-catalog answered {response.status_code}"
        live.note("  " + served_spec.describe(family, response.status_code, response.content, pinned=pinned))


# --- the guard ---------------------------------------------------------------------------------------------


@pytest.mark.live
@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_guard_refuses_writes(live: LiveCheck, client: Any, method: str) -> None:
    with live.expect_refusal(), pytest.raises(WriteRefused, match=f"refused {method}"):
        client.http_client.request(method, "/rest/ofscCore/v1/activities", json={})
    refused = [c for c in live.calls_now() if c.refused]
    assert [(c.method, c.status) for c in refused] == [(method, None)]


@pytest.mark.live
def test_guard_refuses_a_facade_write(live: LiveCheck, client: Any) -> None:
    with live.expect_refusal(), pytest.raises(WriteRefused):
        today = datetime.date.today().isoformat()
        client.core.create_activity(body={"resourceId": "LIVE_CHECK", "activityType": "LU", "date": today})
