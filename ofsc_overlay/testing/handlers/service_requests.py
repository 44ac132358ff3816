"""Service requests: created with POST, read back by id (their file properties are in `files`)."""

from __future__ import annotations

from ..errors import bad_request
from ..seed import FIRST_SERVICE_REQUEST_ID, Record
from .base import CORE, Reply, RequestContext, given, handles

REQUESTS = f"{CORE}/serviceRequests"


@handles("POST", REQUESTS)
def create_service_request(ctx: RequestContext) -> Reply:
    """Kept with a new `requestId`; the activity, inventory and resource it names must exist."""
    state = ctx.state
    record: Record = given(ctx.json_body(), drop=("requestId", "created", "resourceInternalId"))
    for name, kept, key_type in (
        ("activityId", state.activities, int),
        ("inventoryId", state.inventories, int),
        ("resourceId", state.resources, str),
    ):
        if name in record and key_type(record[name]) not in kept:
            raise bad_request(f"'{name}' {record[name]!r} does not exist")
    with state.lock:
        resource = state.resources.get(str(record.get("resourceId")))
        if resource is not None and resource.get("resourceInternalId") is not None:
            record["resourceInternalId"] = resource["resourceInternalId"]
        record["requestId"] = max(state.service_requests, default=FIRST_SERVICE_REQUEST_ID - 1) + 1
        record["created"] = f"{record.get('date') or '2025-06-02'} 12:00:00"
        state.service_requests[record["requestId"]] = record
    return Reply(ctx.op.created_status(True), dict(record))


@handles("GET", f"{REQUESTS}/{{requestId}}")
def get_service_request(ctx: RequestContext) -> Reply:
    return ctx.ok(dict(ctx.state.service_requests[ctx.path("requestId")]))  # known: checked in parents
