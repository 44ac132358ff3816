"""A small service written as a user would, checked with ``mypy --strict`` by tests/unit/test_typing.py.

It imports only from the public package: models, field types, errors, the client, paging, raw responses and
the breaker, and reads fields the natural way: a field the server did not send is ``None``.
"""

from __future__ import annotations

import datetime

from ofsc_overlay import OFSC, AsyncOFSC, CircuitState, NotFoundError, OFSCError, reset_breakers
from ofsc_overlay.errors import APIStatusError, CircuitOpenError, ConfigurationError, RateLimitError
from ofsc_overlay.models import Activity, Resource, WorkZone


def status_of(activity: Activity) -> str:
    return activity.status or "unknown"


def describe(resource: Resource) -> str:
    return f"{resource.resource_id!r}: {resource.name or '(no name)'}"


def zone_labels(client: OFSC) -> list[str]:
    zones: list[WorkZone] = list(client.metadata.get_all_workzones(limit=100))
    return [zone.work_zone_label for zone in zones if zone.work_zone_label is not None]


def reschedule(client: OFSC, resource_id: str, day: datetime.date) -> int:
    created = client.core.create_activity(
        body={"resourceId": resource_id, "activityType": "LU", "date": day.isoformat()}
    )
    client.core.update_activity(activity_id=created.activity_id, body={"customerName": "Ada"})
    return created.activity_id


def fetch_status(client: OFSC, activity_id: int) -> str:
    try:
        return status_of(client.core.get_activity(activity_id=activity_id))
    except NotFoundError as err:
        return f"missing ({err.status_code} {err.title})"
    except RateLimitError as err:
        return f"throttled, retry in {err.retry_after}"
    except CircuitOpenError as err:
        return f"not sent: {err.origin} open for {err.retry_in:.0f} s"
    except APIStatusError as err:
        return f"failed: {err.status_code}"


def raw_status(client: OFSC, activity_id: int) -> tuple[int, str, str | None]:
    raw = client.core.with_raw_response.get_activity(activity_id=activity_id)
    activity = raw.parsed
    return raw.status_code, raw.headers.get("content-type", ""), activity.status if activity else None


async def pending_ids(client: AsyncOFSC, resource_id: str, day: datetime.date) -> list[int]:
    found: list[int] = []
    async for activity in client.core.get_all_activities(
        resources=[resource_id], date_from=day.isoformat(), date_to=day.isoformat(), concurrency=4
    ):
        if activity.status == "pending" and activity.activity_id is not None:
            found.append(activity.activity_id)
    return found


def breaker_is_open(client: OFSC) -> bool:
    breaker = client.breaker_for("/rest/ofscMetadata/")
    return breaker is not None and breaker.state is CircuitState.OPEN


def main() -> int:
    try:
        client = OFSC(breaker_scope="family", timeout=5.0, max_retries=1)
    except ConfigurationError as err:
        print(err.setting, err.sources)
        return 2
    try:
        with client:
            print(fetch_status(client, 4225599), breaker_is_open(client), zone_labels(client))
            day = datetime.date(2026, 11, 27)
            print(raw_status(client, 4225599), reschedule(client, "TECH_NORTH_01", day))
    except OFSCError as err:
        print(type(err).__name__)
        return 1
    finally:
        reset_breakers()
    return 0
