"""A small service written as a user would, checked with ``mypy --strict`` by tests/unit/test_typing.py.

It imports only from the public package: models, field types, errors, the client, paging (items, pages,
resuming, limits), streamed downloads and uploads, raw responses and the breaker, and reads fields the
natural way: a field the server did not send is ``None``.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from ofsc_overlay import OFSC, AsyncOFSC, CircuitState, NotFoundError, OFSCError, Page, Pager, reset_breakers
from ofsc_overlay.errors import APIStatusError, CircuitOpenError, ConfigurationError, RateLimitError
from ofsc_overlay.models import Activity, Event, Resource, User, WorkZone


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
        resources=[resource_id], date_from=day, date_to=day, include_children="all", concurrency=4
    ):
        if activity.status == "pending" and activity.activity_id is not None:
            found.append(activity.activity_id)
    return found


def resource_pages(client: OFSC) -> list[tuple[int | None, int, bool | None]]:
    pager: Pager[Resource] = client.core.get_all_resources(limit=100, max_items=250)
    return [(page.offset, len(page.items), page.has_more) for page in pager.by_page()]


def logins_from(client: OFSC, offset: int) -> list[str]:
    users: list[User] = list(client.core.get_all_users(offset=offset, concurrency=4))
    return [user.login for user in users if user.login is not None]


async def events_since(
    client: AsyncOFSC, subscription_id: str, cursor: str | None
) -> tuple[list[str], str | None]:
    names: list[str] = []
    following = cursor
    pages = client.core.get_all_events(subscription_id=subscription_id, page=cursor, max_items=500).by_page()
    async for page in pages:
        batch: Page[Event] = page
        names.extend(event.event_type or "" for event in batch.items)
        following = batch.next_page
    return names, following


def save_photo(client: OFSC, activity_id: int, target: Path) -> int:
    with client.core.with_streaming_response.get_activity_file_property(
        activity_id=activity_id, property_label="XA_PHOTO"
    ) as download:
        if download.status_code != 200:
            return 0
        return download.write_to(target)


def upload_photo(client: OFSC, activity_id: int, source: Path) -> None:
    client.core.set_activity_file_property(
        activity_id=activity_id, property_label="XA_PHOTO", body=source, content_type="image/jpeg"
    )


async def photo_size(client: AsyncOFSC, activity_id: int) -> int:
    size = 0
    async with client.core.with_streaming_response.get_activity_file_property(
        activity_id=activity_id, property_label="XA_PHOTO"
    ) as download:
        async for chunk in download.iter_bytes():
            size += len(chunk)
    return size


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
            print(resource_pages(client), logins_from(client, 200))
            upload_photo(client, 4225599, Path("photo.jpg"))
            print(save_photo(client, 4225599, Path("copy.jpg")))
    except OFSCError as err:
        print(type(err).__name__)
        return 1
    finally:
        reset_breakers()
    return 0
