"""Resources and their child collections: users, inventories, work skills, work zones, locations."""

from __future__ import annotations

from typing import Any

from ..errors import bad_request, conflict, not_found
from ..paging import paged, unpaged
from ..seed import Record
from .base import CORE, Reply, RequestContext, given, handles, merge, project, readable, require

RESOURCES = f"{CORE}/resources"
RESOURCE = f"{RESOURCES}/{{resourceId}}"


def _resource(ctx: RequestContext) -> Record:
    return require(ctx.state.resources, ctx.path("resourceId"), "Resource")


def _resource_list(ctx: RequestContext, ids: list[str]) -> Reply:
    fields = ctx.query("fields")
    items = [project(ctx.state.resources[rid], fields) for rid in ids]
    return ctx.ok(paged(ctx.contract, ctx.op, ctx.request.query, items))


@handles("GET", RESOURCES)
def list_resources(ctx: RequestContext) -> Reply:
    return _resource_list(ctx, list(ctx.state.resources))


@handles("GET", f"{RESOURCE}/children")
def list_children(ctx: RequestContext) -> Reply:
    parent = _resource(ctx)["resourceId"]
    ids = [rid for rid, r in ctx.state.resources.items() if r.get("parentResourceId") == parent]
    return _resource_list(ctx, ids)


@handles("GET", f"{RESOURCE}/descendants")
def list_descendants(ctx: RequestContext) -> Reply:
    return _resource_list(ctx, ctx.state.descendants(_resource(ctx)["resourceId"]))


@handles("GET", RESOURCE)
def get_resource(ctx: RequestContext) -> Reply:
    return ctx.ok(project(_resource(ctx), ctx.query("fields")))


@handles("PUT", RESOURCE)
def put_resource(ctx: RequestContext) -> Reply:
    """Creates the resource (201) or replaces it (200)."""
    resource_id = ctx.path("resourceId")
    body = ctx.json_body()
    with ctx.state.lock:
        parent = body.get("parentResourceId")
        if parent is not None and parent not in ctx.state.resources:
            raise bad_request(f"Parent resource '{parent}' not found")
        existing = ctx.state.resources.get(resource_id)
        record: Record = given(body)
        record["resourceId"] = resource_id
        record.setdefault("status", "active")
        readable(ctx, record, RESOURCE)  # a PUT replaces: `{}` would leave a record nobody can read
        if existing is not None:
            record["resourceInternalId"] = existing.get("resourceInternalId")
        else:
            record["resourceInternalId"] = 1000 + len(ctx.state.resources) + ctx.state.new_item_id()
        ctx.state.resources[resource_id] = record
        event = "resourceUpdated" if existing is not None else "resourceCreated"
        ctx.state.record_event(event, resourceDetails={"resourceId": resource_id})
    return Reply(ctx.op.created_status(existing is None), dict(record))


@handles("PATCH", RESOURCE)
def update_resource(ctx: RequestContext) -> Reply:
    with ctx.state.lock:
        record = dict(_resource(ctx))
        merge(record, ctx.json_body(), protected=("resourceId", "resourceInternalId"))
        readable(ctx, record, RESOURCE)
        ctx.state.resources[record["resourceId"]] = record
        ctx.state.record_event("resourceUpdated", resourceDetails={"resourceId": record["resourceId"]})
        return ctx.ok(dict(record))


# -- users of a resource ------------------------------------------------------------------------------


def _users_of(ctx: RequestContext, resource_id: str) -> list[Record]:
    return [
        {"login": login} for login, u in ctx.state.users.items() if resource_id in (u.get("resources") or [])
    ]


def _relink(ctx: RequestContext, links: dict[str, list[str]]) -> None:
    """Set each user's resources; a user keeps at least one (OFSC's read schema requires one)."""
    stranded = sorted(login for login, resources in links.items() if not resources)
    if stranded:
        raise conflict(f"User '{stranded[0]}' would be left without a resource")
    for login, resources in links.items():
        ctx.state.users[login]["resources"] = resources


@handles("GET", f"{RESOURCE}/users")
def list_resource_users(ctx: RequestContext) -> Reply:
    return ctx.ok(
        paged(ctx.contract, ctx.op, ctx.request.query, _users_of(ctx, _resource(ctx)["resourceId"]))
    )


@handles("PUT", f"{RESOURCE}/users")
def set_resource_users(ctx: RequestContext) -> Reply:
    resource_id = _resource(ctx)["resourceId"]
    logins = [item.get("login") for item in ctx.json_body().get("items") or [] if isinstance(item, dict)]
    with ctx.state.lock:
        for login in logins:
            if login not in ctx.state.users:
                raise not_found(f"User '{login}'")
        links: dict[str, list[str]] = {}
        for login, user in ctx.state.users.items():
            linked: list[str] = list(user.get("resources") or [])
            if login in logins and resource_id not in linked:
                linked.append(resource_id)
            elif login not in logins and resource_id in linked:
                linked.remove(resource_id)
            else:
                continue
            links[login] = linked
        _relink(ctx, links)
        return ctx.ok({"items": _users_of(ctx, resource_id)})


@handles("DELETE", f"{RESOURCE}/users")
def delete_resource_users(ctx: RequestContext) -> Reply:
    resource_id = _resource(ctx)["resourceId"]
    with ctx.state.lock:
        _relink(
            ctx,
            {
                login: [r for r in user.get("resources") or [] if r != resource_id]
                for login, user in ctx.state.users.items()
                if resource_id in (user.get("resources") or [])
            },
        )
    return ctx.ok()


# -- inventories of a resource ------------------------------------------------------------------------


@handles("GET", f"{RESOURCE}/inventories")
def list_resource_inventories(ctx: RequestContext) -> Reply:
    resource_id = _resource(ctx)["resourceId"]
    items = [dict(i) for i in ctx.state.inventories.values() if i.get("resourceId") == resource_id]
    return ctx.ok(paged(ctx.contract, ctx.op, ctx.request.query, items))


@handles("POST", f"{RESOURCE}/inventories")
def create_resource_inventory(ctx: RequestContext) -> Reply:
    resource_id = _resource(ctx)["resourceId"]
    with ctx.state.lock:
        record: Record = given(ctx.json_body())
        record["inventoryId"] = ctx.state.new_inventory_id()
        record["resourceId"] = resource_id
        record.setdefault("status", "resource")
        ctx.state.inventories[record["inventoryId"]] = record
        return ctx.ok(dict(record))


# -- child collections: work skills, work zones, locations --------------------------------------------
# Each is a list per resource in `SimulatorState`; an item is named in the path by the same field that
# identifies it in the item (`workSkill`, `workZoneItemId`, `locationId`).

Children = dict[str, list[Record]]


def _list_children(ctx: RequestContext, children: Children) -> Reply:
    return ctx.ok(unpaged(ctx.contract, ctx.op, children.get(_resource(ctx)["resourceId"], [])))


def _find_child(ctx: RequestContext, children: Children, key: str, what: str) -> Record:
    resource_id = _resource(ctx)["resourceId"]
    wanted = str(ctx.path(key))
    for item in children.get(resource_id, []):
        if str(item.get(key)) == wanted:
            return item
    raise not_found(f"{what} '{wanted}' of resource '{resource_id}'")


def _delete_child(ctx: RequestContext, children: Children, key: str, what: str) -> Reply:
    with ctx.state.lock:
        item = _find_child(ctx, children, key, what)
        children[ctx.path("resourceId")].remove(item)
    return ctx.ok()


def _add_child(ctx: RequestContext, children: Children, key: str, record: Record) -> Reply:
    """Store `record` under a new item id in `key`."""
    record[key] = ctx.state.new_item_id()
    children.setdefault(ctx.path("resourceId"), []).append(record)
    return ctx.ok(dict(record))


@handles("GET", f"{RESOURCE}/workSkills")
def list_resource_work_skills(ctx: RequestContext) -> Reply:
    return _list_children(ctx, ctx.state.resource_work_skills)


@handles("POST", f"{RESOURCE}/workSkills")
def set_resource_work_skills(ctx: RequestContext) -> Reply:
    resource_id = _resource(ctx)["resourceId"]
    given_items: list[Any] = ctx.body if isinstance(ctx.body, list) else ctx.json_body().get("items") or []
    with ctx.state.lock:
        skills = {s["workSkill"]: s for s in ctx.state.resource_work_skills.get(resource_id, [])}
        for item in given_items:
            if isinstance(item, dict) and item.get("workSkill"):
                skills[item["workSkill"]] = given(item)
        ctx.state.resource_work_skills[resource_id] = list(skills.values())
        return ctx.ok(unpaged(ctx.contract, ctx.op, list(skills.values())))


@handles("DELETE", f"{RESOURCE}/workSkills/{{workSkill}}")
def delete_resource_work_skill(ctx: RequestContext) -> Reply:
    return _delete_child(ctx, ctx.state.resource_work_skills, "workSkill", "Work skill")


@handles("GET", f"{RESOURCE}/workZones")
def list_resource_work_zones(ctx: RequestContext) -> Reply:
    return _list_children(ctx, ctx.state.resource_work_zones)


@handles("POST", f"{RESOURCE}/workZones")
def add_resource_work_zone(ctx: RequestContext) -> Reply:
    _resource(ctx)
    record = given(ctx.json_body())
    with ctx.state.lock:
        if record.get("workZone") not in ctx.state.metadata.get("workZones", {}):
            raise bad_request(f"Work zone '{record.get('workZone')}' not found")
        record.setdefault("workZoneStatus", "active")
        return _add_child(ctx, ctx.state.resource_work_zones, "workZoneItemId", record)


@handles("DELETE", f"{RESOURCE}/workZones/{{workZoneItemId}}")
def delete_resource_work_zone(ctx: RequestContext) -> Reply:
    return _delete_child(ctx, ctx.state.resource_work_zones, "workZoneItemId", "Work zone item")


LOCATION = f"{RESOURCE}/locations/{{locationId}}"


def _location(ctx: RequestContext) -> Record:
    return _find_child(ctx, ctx.state.resource_locations, "locationId", "Location")


@handles("GET", f"{RESOURCE}/locations")
def list_resource_locations(ctx: RequestContext) -> Reply:
    return _list_children(ctx, ctx.state.resource_locations)


@handles("POST", f"{RESOURCE}/locations")
def create_resource_location(ctx: RequestContext) -> Reply:
    resource_id = _resource(ctx)["resourceId"]
    record = given(ctx.json_body())
    with ctx.state.lock:
        label = record.get("label")
        if label is not None and any(
            loc.get("label") == label for loc in ctx.state.resource_locations.get(resource_id, [])
        ):
            raise conflict(f"Location '{label}' already exists for resource '{resource_id}'")
        return _add_child(ctx, ctx.state.resource_locations, "locationId", record)


@handles("GET", LOCATION)
def get_resource_location(ctx: RequestContext) -> Reply:
    return ctx.ok(dict(_location(ctx)))


@handles("PATCH", LOCATION)
def update_resource_location(ctx: RequestContext) -> Reply:
    with ctx.state.lock:
        record = _location(ctx)
        merge(record, ctx.json_body(), protected=("locationId",))
        return ctx.ok(dict(record))


@handles("DELETE", LOCATION)
def delete_resource_location(ctx: RequestContext) -> Reply:
    return _delete_child(ctx, ctx.state.resource_locations, "locationId", "Location")
