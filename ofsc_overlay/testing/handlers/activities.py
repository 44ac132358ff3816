"""Activities: CRUD, search, bulk update and the status custom actions."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

from ..errors import bad_request, conflict, not_found
from ..paging import paged
from ..seed import Record
from .base import CORE, Reply, RequestContext, given, handles, merge, project, require

ACTIVITIES = f"{CORE}/activities"
ACTIVITY = f"{ACTIVITIES}/{{activityId}}"
ACTION = f"{ACTIVITY}/custom-actions"
_MAX_DATE_RANGE_DAYS = 31

# action -> (statuses it may start from, status it leaves the activity in, the event OFSC sends)
TRANSITIONS: dict[str, tuple[frozenset[str], str | None, str]] = {
    "start": (frozenset({"pending", "enroute"}), "started", "activityStarted"),
    "enroute": (frozenset({"pending"}), "enroute", "activityTravelStarted"),
    "stopTravel": (frozenset({"enroute"}), "pending", "activityTravelStopped"),
    "complete": (frozenset({"started"}), "completed", "activityCompleted"),
    "notDone": (frozenset({"started"}), "notdone", "activityNotDone"),
    "suspend": (frozenset({"started"}), "suspended", "activitySuspended"),
    "cancel": (frozenset({"pending", "enroute"}), "cancelled", "activityCanceled"),
    "delay": (frozenset({"pending", "enroute", "started"}), None, "activityDelayed"),
    "startPrework": (frozenset({"pending"}), None, "activityPreworkCreated"),
}


def _activity(ctx: RequestContext) -> Record:
    return require(ctx.state.activities, ctx.path("activityId"), "Activity")


def _resource_scope(ctx: RequestContext) -> set[str] | None:
    roots: list[str] = ctx.query("resources") or []
    if not roots:
        return None  # the simulator is lenient: no `resources` means the whole tree
    include = ctx.query("includeChildren", "all")
    scope: set[str] = set()
    for root in roots:
        if root not in ctx.state.resources:
            raise bad_request(f"Resource '{root}' not found")
        scope.add(root)
        if include == "all":
            scope.update(ctx.state.descendants(root))
        elif include == "immediate":
            scope.update(
                r["resourceId"] for r in ctx.state.resources.values() if r.get("parentResourceId") == root
            )
    return scope


def _date_window(ctx: RequestContext) -> tuple[str | None, str | None]:
    date_from, date_to = ctx.query("dateFrom"), ctx.query("dateTo")
    if (date_from is None) != (date_to is None):
        raise bad_request("dateFrom and dateTo must be given together")
    if date_from is not None and date_to is not None:
        try:
            span = (date.fromisoformat(date_to) - date.fromisoformat(date_from)).days
        except ValueError:
            raise bad_request("dateFrom and dateTo must be dates in YYYY-MM-DD format") from None
        if span < 0:
            raise bad_request("dateTo must not be before dateFrom")
        if span > _MAX_DATE_RANGE_DAYS:
            raise bad_request(f"The date range must not exceed {_MAX_DATE_RANGE_DAYS} days")
    return date_from, date_to


@handles("GET", ACTIVITIES)
def list_activities(ctx: RequestContext) -> Reply:
    scope = _resource_scope(ctx)
    date_from, date_to = _date_window(ctx)
    non_scheduled = bool(ctx.query("includeNonScheduled", False))
    work_order = ctx.query("svcWorkOrderId")
    fields = ctx.query("fields")
    with ctx.state.lock:
        selected: list[Record] = []
        for record in ctx.state.activities.values():  # insertion order = activityId order: stable pages
            if scope is not None and record.get("resourceId") not in scope:
                continue
            day = record.get("date")
            if date_from is not None and date_to is not None:
                if day is None:
                    if not non_scheduled:
                        continue
                elif not date_from <= day <= date_to:
                    continue
            if work_order is not None and record.get("svcWorkOrderId") != work_order:
                continue
            selected.append(project(record, fields))
    return ctx.ok(paged(ctx.contract, ctx.op, ctx.request.query, selected))


@handles("GET", f"{ACTIVITIES}/custom-actions/search")
def search_activities(ctx: RequestContext) -> Reply:
    field_name, value = ctx.query("searchInField"), ctx.query("searchForValue")
    date_from, date_to = _date_window(ctx)
    with ctx.state.lock:
        found = [
            project(record, ctx.query("fields"))
            for record in ctx.state.activities.values()
            if str(record.get(field_name, "")) == value
            and (date_from is None or date_from <= str(record.get("date", "")) <= str(date_to))
        ]
    return ctx.ok(paged(ctx.contract, ctx.op, ctx.request.query, found))


@handles("POST", ACTIVITIES)
def create_activity(ctx: RequestContext) -> Reply:
    body = ctx.json_body()
    with ctx.state.lock:
        if body.get("resourceId") not in ctx.state.resources:
            raise bad_request(f"Resource '{body.get('resourceId')}' not found")
        record: Record = given(body, drop=[k for k in body if k.startswith("set")])
        record["activityId"] = ctx.state.new_activity_id()
        record.setdefault("status", "pending")
        record.setdefault("recordType", "regular")
        ctx.state.activities[record["activityId"]] = record
        ctx.state.record_event("activityCreated", activityDetails={"activityId": record["activityId"]})
        return ctx.ok(dict(record))


@handles("GET", ACTIVITY)
def get_activity(ctx: RequestContext) -> Reply:
    return ctx.ok(dict(_activity(ctx)))


@handles("PATCH", ACTIVITY)
def update_activity(ctx: RequestContext) -> Reply:
    with ctx.state.lock:
        record = _activity(ctx)
        merge(record, ctx.json_body(), protected=("activityId",))
        ctx.state.record_event("activityUpdated", activityDetails={"activityId": record["activityId"]})
        return ctx.ok(dict(record))


@handles("DELETE", ACTIVITY)
def delete_activity(ctx: RequestContext) -> Reply:
    with ctx.state.lock:
        _activity(ctx)
        del ctx.state.activities[ctx.path("activityId")]
        ctx.state.record_event("activityDeleted", activityDetails={"activityId": ctx.path("activityId")})
    return ctx.ok()


def _status_action(action: str) -> Any:
    allowed, target, event = TRANSITIONS[action]

    def handler(ctx: RequestContext) -> Reply:
        with ctx.state.lock:
            record = _activity(ctx)
            status = record.get("status")
            if status not in allowed:
                raise conflict(f"The activity status is '{status}': '{action}' is not allowed")
            body = ctx.json_body()
            if target is not None:
                record["status"] = target
            moment = body.get("time") or f"{record.get('date', '2025-06-02')} 09:00:00"
            if target == "started":
                record["startTime"] = moment
            elif target in ("completed", "notdone", "suspended"):
                record["endTime"] = moment
            ctx.state.record_event(event, activityDetails={"activityId": record["activityId"]})
            return ctx.ok(dict(record))

    handler.__name__ = f"{action}_activity"
    return handler


for _action in TRANSITIONS:
    handles("POST", f"{ACTION}/{_action}")(_status_action(_action))


@handles("POST", f"{ACTION}/reopen")
def reopen_activity(ctx: RequestContext) -> Reply:
    """OFSC reopens by creating a new pending copy of a finished activity."""
    with ctx.state.lock:
        record = _activity(ctx)
        if record.get("status") not in ("completed", "notdone", "cancelled", "suspended"):
            raise conflict(f"The activity status is '{record.get('status')}': it cannot be reopened")
        copy_ = copy.deepcopy(record)
        copy_["activityId"] = ctx.state.new_activity_id()
        copy_["status"] = "pending"
        for key in ("startTime", "endTime"):
            copy_.pop(key, None)
        ctx.state.activities[copy_["activityId"]] = copy_
        ctx.state.record_event("activityReopened", activityDetails={"activityId": copy_["activityId"]})
        return ctx.ok(dict(copy_))


@handles("POST", f"{ACTION}/move")
def move_activity(ctx: RequestContext) -> Reply:
    body = ctx.json_body()
    set_resource = body.get("setResource") or {}
    set_date = body.get("setDate") or {}
    with ctx.state.lock:
        record = _activity(ctx)
        if record.get("status") not in ("pending", "enroute", "suspended"):
            raise conflict(f"The activity status is '{record.get('status')}': it cannot be moved")
        target = set_resource.get("resourceId") if isinstance(set_resource, dict) else None
        if target is not None:
            if target not in ctx.state.resources:
                raise not_found(f"Resource '{target}'")
            record["resourceId"] = target
        new_date = set_date.get("date") if isinstance(set_date, dict) else None
        if new_date is not None:
            record["date"] = new_date
        if target is None and new_date is None:
            raise bad_request("Either setResource or setDate is required")
        ctx.state.record_event("activityMoved", activityDetails={"activityId": record["activityId"]})
    return ctx.ok(dict(record))


@handles("POST", f"{ACTIVITIES}/custom-actions/bulkUpdate")
def bulk_update_activities(ctx: RequestContext) -> Reply:
    results: list[dict[str, Any]] = []
    with ctx.state.lock:
        for item in ctx.json_body().get("activities") or []:
            if not isinstance(item, dict):
                continue
            raw_id = item.get("activityId")
            # The bulk schemas type activityId as a string, elsewhere it is an integer.
            activity_id = int(raw_id) if isinstance(raw_id, int | str) and str(raw_id).isdigit() else None
            record = ctx.state.activities.get(activity_id) if activity_id is not None else None
            if record is None:
                if activity_id is not None:
                    results.append(
                        {
                            "activityKeys": {"activityId": str(activity_id)},
                            "errors": [
                                {"errorDetail": "Activity not found", "operation": "update", "code": "404"}
                            ],
                        }
                    )
                    continue
                record = given(item, drop=("activityId",))
                record["activityId"] = ctx.state.new_activity_id()
                record.setdefault("status", "pending")
                ctx.state.activities[record["activityId"]] = record
            else:
                merge(record, item, protected=("activityId",))
            results.append(
                {"activityKeys": {"activityId": str(record["activityId"])}, "operationsPerformed": ["update"]}
            )
    return ctx.ok({"results": results})
