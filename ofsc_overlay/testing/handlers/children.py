"""Child collections of kept records: an activity's customer, installed and deinstalled inventories,
required inventories, resource preferences and links; a resource's work schedules; a user's
collaboration groups; a property's enumeration values. Every write the spec offers is kept."""

from __future__ import annotations

from typing import Any

from ..errors import bad_request, conflict, not_found
from ..paging import paged
from ..seed import Record
from .base import CORE, METADATA, Reply, RequestContext, given, handles, readable

ACTIVITY = f"{CORE}/activities/{{activityId}}"
RESOURCE = f"{CORE}/resources/{{resourceId}}"
USER = f"{CORE}/users/{{login}}"
PROPERTY = f"{METADATA}/properties/{{label}}"


def _list(ctx: RequestContext, owner: str, key: Any, collection: str) -> list[Record]:
    return ctx.state.children.setdefault((owner, str(key), collection), [])


def _items(ctx: RequestContext, *, allow_list: bool = False) -> list[Record]:
    body = ctx.body
    raw = body if allow_list and isinstance(body, list) else ctx.json_body().get("items") or []
    return [given(item) for item in raw if isinstance(item, dict)]


# -- inventories at an activity (kept with every other inventory) ---------------------------------------


def _inventories_at(ctx: RequestContext, status: str) -> Reply:
    activity_id = ctx.path("activityId")
    items = [
        dict(record)
        for record in ctx.state.inventories.values()
        if record.get("activityId") == activity_id and record.get("status") == status
    ]
    return ctx.ok({"items": items})


@handles("GET", f"{ACTIVITY}/customerInventories")
def list_customer_inventories(ctx: RequestContext) -> Reply:
    return _inventories_at(ctx, "customer")


@handles("GET", f"{ACTIVITY}/installedInventories")
def list_installed_inventories(ctx: RequestContext) -> Reply:
    return _inventories_at(ctx, "installed")


@handles("GET", f"{ACTIVITY}/deinstalledInventories")
def list_deinstalled_inventories(ctx: RequestContext) -> Reply:
    return _inventories_at(ctx, "deinstalled")


@handles("POST", f"{ACTIVITY}/customerInventories")
def create_customer_inventory(ctx: RequestContext) -> Reply:
    with ctx.state.lock:
        record: Record = given(ctx.json_body(), drop=("inventoryId",))
        record["activityId"] = ctx.path("activityId")
        record["status"] = "customer"
        readable(ctx, record, f"{CORE}/inventories/{{inventoryId}}")
        record["inventoryId"] = ctx.state.new_inventory_id()
        ctx.state.inventories[record["inventoryId"]] = record
        ctx.state.record_event(
            "customerInventoryCreated",
            activityDetails={"activityId": record["activityId"]},
            inventoryDetails={"inventoryId": record["inventoryId"]},
        )
        return ctx.ok(dict(record))


# -- lists an activity holds whole: required inventories, resource preferences ------------------------


def _replaceable(collection: str, event: str) -> None:
    path = f"{ACTIVITY}/{collection}"

    def get_all(ctx: RequestContext) -> Reply:
        return ctx.ok(
            {"items": [dict(item) for item in _list(ctx, "activity", ctx.path("activityId"), collection)]}
        )

    def replace_all(ctx: RequestContext) -> Reply:
        with ctx.state.lock:
            items = _list(ctx, "activity", ctx.path("activityId"), collection)
            items[:] = _items(ctx)
            ctx.state.record_event(event, activityDetails={"activityId": ctx.path("activityId")})
        return ctx.ok()

    def delete_all(ctx: RequestContext) -> Reply:
        with ctx.state.lock:
            _list(ctx, "activity", ctx.path("activityId"), collection).clear()
        return ctx.ok()

    handles("GET", path)(get_all)
    handles("PUT", path)(replace_all)
    handles("DELETE", path)(delete_all)


_replaceable("requiredInventories", "requiredInventoryCreated")
_replaceable("resourcePreferences", "resourcePreferenceCreated")


# -- activity links -----------------------------------------------------------------------------------

LINKS = f"{ACTIVITY}/linkedActivities"
LINK = f"{LINKS}/{{linkedActivityId}}/linkTypes/{{linkType}}"


def _links(ctx: RequestContext) -> list[Record]:
    return _list(ctx, "activity", ctx.path("activityId"), "linkedActivities")


def _other(link: Record, activity_id: int) -> Any:
    return (
        link.get("toActivityId") if link.get("fromActivityId") == activity_id else link.get("fromActivityId")
    )


def _find_link(ctx: RequestContext) -> Record:
    activity_id = ctx.path("activityId")
    other, link_type = str(ctx.path("linkedActivityId")), str(ctx.path("linkType"))
    for link in _links(ctx):
        if str(_other(link, activity_id)) == other and link.get("linkType") == link_type:
            return link
    raise not_found(f"Link '{link_type}' between activities '{activity_id}' and '{other}'")


def _store_link(ctx: RequestContext, link: Record) -> Record:
    """Keep `link` with both activities it joins; each must exist and one must be this activity."""
    activity_id = ctx.path("activityId")
    ends = (link.get("fromActivityId"), link.get("toActivityId"))
    if activity_id not in ends:
        raise bad_request(f"The link must start or end at activity '{activity_id}'")
    for end in ends:
        if end not in ctx.state.activities:
            raise bad_request(f"Activity '{end}' not found")
    for end in ends:
        _list(ctx, "activity", end, "linkedActivities").append(link)
    return link


@handles("GET", LINKS)
def list_links(ctx: RequestContext) -> Reply:
    return ctx.ok({"items": [dict(link) for link in _links(ctx)]})


@handles("POST", LINKS)
def create_link(ctx: RequestContext) -> Reply:
    link = given(ctx.json_body())
    with ctx.state.lock:
        activity_id = ctx.path("activityId")
        if any(
            _other(existing, activity_id) == _other(link, activity_id)
            and existing.get("linkType") == link.get("linkType")
            for existing in _links(ctx)
        ):
            raise conflict("The activities are already linked with this link type")
        _store_link(ctx, link)
        ctx.state.record_event("activityLinkCreated", activityDetails={"activityId": activity_id})
    return ctx.ok(dict(link))


@handles("GET", LINK)
def get_link(ctx: RequestContext) -> Reply:
    return ctx.ok(dict(_find_link(ctx)))


@handles("PUT", LINK)
def update_link(ctx: RequestContext) -> Reply:
    with ctx.state.lock:
        link = _find_link(ctx)
        changes = given(ctx.json_body(), drop=("fromActivityId", "toActivityId", "linkType"))
        link.update(changes)  # the same record is held by both activities
    return ctx.ok(dict(link))


def _unlink(ctx: RequestContext, link: Record) -> None:
    for end in (link.get("fromActivityId"), link.get("toActivityId")):
        held = _list(ctx, "activity", end, "linkedActivities")
        held[:] = [item for item in held if item is not link]


@handles("DELETE", LINK)
def delete_link(ctx: RequestContext) -> Reply:
    with ctx.state.lock:
        _unlink(ctx, _find_link(ctx))
        ctx.state.record_event("activityLinkDeleted", activityDetails={"activityId": ctx.path("activityId")})
    return ctx.ok()


@handles("DELETE", LINKS)
def delete_links(ctx: RequestContext) -> Reply:
    with ctx.state.lock:
        for link in list(_links(ctx)):
            _unlink(ctx, link)
    return ctx.ok()


# -- work schedules of a resource ---------------------------------------------------------------------

SCHEDULES = f"{RESOURCE}/workSchedules"


def _schedules(ctx: RequestContext) -> list[Record]:
    return _list(ctx, "resource", ctx.path("resourceId"), "workSchedules")


@handles("GET", SCHEDULES)
def list_work_schedules(ctx: RequestContext) -> Reply:
    return ctx.ok({"items": [dict(item) for item in _schedules(ctx)]})


@handles("POST", SCHEDULES)
def add_work_schedule(ctx: RequestContext) -> Reply:
    with ctx.state.lock:
        record: Record = given(ctx.json_body(), drop=("scheduleItemId",))
        record["scheduleItemId"] = ctx.state.new_item_id()
        _schedules(ctx).append(record)
        return ctx.ok({"items": [dict(item) for item in _schedules(ctx)]})


@handles("DELETE", f"{SCHEDULES}/{{scheduleItemId}}")
def delete_work_schedule(ctx: RequestContext) -> Reply:
    wanted = str(ctx.path("scheduleItemId"))
    with ctx.state.lock:
        items = _schedules(ctx)
        kept = [item for item in items if str(item.get("scheduleItemId")) != wanted]
        if len(kept) == len(items):
            raise not_found(f"Work schedule item '{wanted}'")
        items[:] = kept
    return ctx.ok()


# -- assigned locations of a resource: the weekly plan and temporary ones by date ----------------------

LOCATIONS = f"{RESOURCE}/assignedLocations"


def _week(ctx: RequestContext) -> Record:
    held = _list(ctx, "resource", ctx.path("resourceId"), "assignedLocations")
    if not held:
        held.append({})
    return held[0]


def _temporary(ctx: RequestContext) -> Record:
    held = _list(ctx, "resource", ctx.path("resourceId"), "temporaryAssignedLocations")
    if not held:
        held.append({})
    return held[0]


@handles("GET", LOCATIONS)
def get_assigned_locations(ctx: RequestContext) -> Reply:
    return ctx.ok(dict(_week(ctx)))


@handles("PUT", LOCATIONS)
def set_assigned_locations(ctx: RequestContext) -> Reply:
    with ctx.state.lock:
        week = _week(ctx)
        week.clear()
        week.update(given(ctx.json_body()))
        return ctx.ok(dict(week))


@handles("PATCH", LOCATIONS)
def set_temporary_locations(ctx: RequestContext) -> Reply:
    """Temporary assignments by date, kept next to the weekly plan."""
    with ctx.state.lock:
        _temporary(ctx).update(given(ctx.json_body()))
    return ctx.ok()


@handles("DELETE", f"{LOCATIONS}/{{date}}")
def delete_temporary_locations(ctx: RequestContext) -> Reply:
    with ctx.state.lock:
        _temporary(ctx).pop(str(ctx.path("date")), None)
    return ctx.ok()


# -- collaboration groups of a user -------------------------------------------------------------------

GROUPS = f"{USER}/collaborationGroups"


@handles("GET", GROUPS)
def list_collaboration_groups(ctx: RequestContext) -> Reply:
    return ctx.ok({"items": [dict(g) for g in _list(ctx, "user", ctx.path("login"), "collaborationGroups")]})


@handles("POST", GROUPS)
def add_collaboration_groups(ctx: RequestContext) -> Reply:
    with ctx.state.lock:
        groups = _list(ctx, "user", ctx.path("login"), "collaborationGroups")
        known = {group.get("name") for group in groups}
        groups.extend(item for item in _items(ctx) if item.get("name") not in known)
        return ctx.ok({"items": [dict(g) for g in groups]})


@handles("DELETE", GROUPS)
def delete_collaboration_groups(ctx: RequestContext) -> Reply:
    with ctx.state.lock:
        _list(ctx, "user", ctx.path("login"), "collaborationGroups").clear()
    return ctx.ok()


# -- enumeration values of a property -----------------------------------------------------------------


@handles("GET", f"{PROPERTY}/enumerationList")
def list_enumeration(ctx: RequestContext) -> Reply:
    values = _list(ctx, "property", ctx.path("label"), "enumerationList")
    return ctx.ok(paged(ctx.contract, ctx.op, ctx.request.query, [dict(v) for v in values]))


@handles("PUT", f"{PROPERTY}/enumerationList")
def replace_enumeration(ctx: RequestContext) -> Reply:
    """Replaces the whole list (the body is the list, or an `items` envelope)."""
    values = _items(ctx, allow_list=True)
    for value in values:
        if "translations" not in value and value.get("label"):
            value["translations"] = [{"language": "en", "name": value["label"]}]
    labels = [value.get("label") for value in values]
    if len(set(labels)) != len(labels):
        raise bad_request("An enumeration label is given twice")
    with ctx.state.lock:
        _list(ctx, "property", ctx.path("label"), "enumerationList")[:] = values
    return ctx.ok({"items": [dict(v) for v in values]})


# -- routing profiles and their plans -----------------------------------------------------------------

PROFILES = f"{METADATA}/routingProfiles"


@handles("GET", PROFILES)
def list_routing_profiles(ctx: RequestContext) -> Reply:
    labels = [
        owner for kind, owner, name in ctx.state.children if kind == "routingProfile" and name == "plans"
    ]
    return ctx.ok(paged(ctx.contract, ctx.op, ctx.request.query, labels))


@handles("GET", f"{PROFILES}/{{profileLabel}}/plans")
def list_routing_plans(ctx: RequestContext) -> Reply:
    plans = _list(ctx, "routingProfile", ctx.path("profileLabel"), "plans")  # known: checked in parents
    return ctx.ok(paged(ctx.contract, ctx.op, ctx.request.query, [plan["label"] for plan in plans]))
