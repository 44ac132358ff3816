"""Inventories: CRUD and the install / deinstall custom actions."""

from __future__ import annotations

from ..errors import bad_request, conflict
from ..seed import Record
from .base import CORE, Reply, RequestContext, given, handles, merge, require

INVENTORIES = f"{CORE}/inventories"
INVENTORY = f"{INVENTORIES}/{{inventoryId}}"

# action -> (status it must have, status it gets, the event OFSC sends)
_ACTIONS = {
    "install": ("resource", "installed", "inventoryInstalled"),
    "deinstall": ("customer", "deinstalled", "inventoryDeinstalled"),
    "undoInstall": ("installed", "resource", "inventoryUndoInstall"),
    "undoDeinstall": ("deinstalled", "customer", "inventoryUndoDeinstall"),
}


def _inventory(ctx: RequestContext) -> Record:
    return require(ctx.state.inventories, ctx.path("inventoryId"), "Inventory")


@handles("POST", INVENTORIES)
def create_inventory(ctx: RequestContext) -> Reply:
    body = ctx.json_body()
    with ctx.state.lock:
        resource_id = body.get("resourceId")
        if resource_id is not None and resource_id not in ctx.state.resources:
            raise bad_request(f"Resource '{resource_id}' not found")
        activity_id = body.get("activityId")
        if activity_id is not None and activity_id not in ctx.state.activities:
            raise bad_request(f"Activity '{activity_id}' not found")
        record: Record = given(body)
        record["inventoryId"] = ctx.state.new_inventory_id()
        record.setdefault("status", "customer" if activity_id is not None else "resource")
        ctx.state.inventories[record["inventoryId"]] = record
        return ctx.ok(dict(record))


@handles("GET", INVENTORY)
def get_inventory(ctx: RequestContext) -> Reply:
    return ctx.ok(dict(_inventory(ctx)))


@handles("PATCH", INVENTORY)
def update_inventory(ctx: RequestContext) -> Reply:
    with ctx.state.lock:
        record = _inventory(ctx)
        merge(record, ctx.json_body(), protected=("inventoryId",))
        return ctx.ok(dict(record))


@handles("DELETE", INVENTORY)
def delete_inventory(ctx: RequestContext) -> Reply:
    with ctx.state.lock:
        _inventory(ctx)
        del ctx.state.inventories[ctx.path("inventoryId")]
    return ctx.ok()


def _inventory_action(action: str, required: str, target: str, event: str) -> None:
    def handler(ctx: RequestContext) -> Reply:
        with ctx.state.lock:
            record = _inventory(ctx)
            if record.get("status") != required:
                raise conflict(f"The inventory status is '{record.get('status')}': '{action}' is not allowed")
            activity_id = ctx.json_body().get("activityId")
            if activity_id is not None:
                require(ctx.state.activities, activity_id, "Activity")
                record["activityId"] = activity_id
            record["status"] = target
            ctx.state.record_event(event, inventoryDetails={"inventoryId": record["inventoryId"]})
            return ctx.ok(dict(record))

    handler.__name__ = f"{action}_inventory"
    handles("POST", f"{INVENTORY}/custom-actions/{action}")(handler)


for _action, (_required, _target, _event) in _ACTIONS.items():
    _inventory_action(_action, _required, _target, _event)


@handles("POST", f"{CORE}/resources/{{resourceId}}/inventories/{{inventoryId}}/custom-actions/install")
def install_resource_inventory(ctx: RequestContext) -> Reply:
    """Install an inventory of the resource's pool at an activity."""
    with ctx.state.lock:
        record = _inventory(ctx)
        if record.get("resourceId") != ctx.path("resourceId"):
            raise conflict(
                f"Inventory '{record['inventoryId']}' is not in the pool of '{ctx.path('resourceId')}'"
            )
        if record.get("status") != "resource":
            raise conflict(f"The inventory status is '{record.get('status')}': 'install' is not allowed")
        activity_id = ctx.json_body().get("activityId")
        if activity_id is not None:
            require(ctx.state.activities, activity_id, "Activity")
            record["activityId"] = activity_id
        record["status"] = "installed"
        ctx.state.record_event("inventoryInstalled", inventoryDetails={"inventoryId": record["inventoryId"]})
        return ctx.ok(dict(record))
