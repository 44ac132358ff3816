"""A small service written as a user would, checked with ``mypy --strict`` by tests/unit/test_typing.py.

It imports only from the public package: models, field types, errors, the client and its breaker.
"""

from __future__ import annotations

from ofsc_overlay import OFSC, CircuitState, NotFoundError, OFSCError, reset_breakers
from ofsc_overlay.errors import APIStatusError, CircuitOpenError, ConfigurationError, RateLimitError
from ofsc_overlay.models import Activity, Resource
from ofsc_overlay.types import UNSET, Unset


def status_of(activity: Activity) -> str:
    status = activity.status
    if status is None or isinstance(status, Unset):
        return "unknown"
    return status


def describe(resource: Resource) -> str:
    name = resource.name if resource.name is not UNSET else None
    return f"{resource.resource_id!r}: {name!r}"


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
            print(fetch_status(client, 4225599), breaker_is_open(client))
    except OFSCError as err:
        print(type(err).__name__)
        return 1
    finally:
        reset_breakers()
    return 0
