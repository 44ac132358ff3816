"""Bulk updates of many resources at once (work skills, work zones, work schedules, inventories) and
their positions. Each change lands in the same kept collections the per-resource routes read; a resource
that does not exist fails on its own, in its result, and the others still apply."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..paging import paged
from ..seed import Record
from .base import CORE, Reply, RequestContext, given, handles

ACTIONS = f"{CORE}/resources/custom-actions"
Apply = Callable[[RequestContext, str, list[Record]], int]


def _resource_id(ctx: RequestContext, entry: Record) -> str | None:
    """The kept resource an entry names, by `resourceId` or `resourceInternalId`."""
    given_id = entry.get("resourceId")
    if given_id is not None:
        return str(given_id) if str(given_id) in ctx.state.resources else None
    internal = entry.get("resourceInternalId")
    for resource_id, record in ctx.state.resources.items():
        if internal is not None and record.get("resourceInternalId") == internal:
            return resource_id
    return None


def _unknown(entry: Record) -> Record:
    named = entry.get("resourceId", entry.get("resourceInternalId"))
    return {
        "type": "about:blank",
        "title": "Not Found",
        "status": "404",
        "detail": f"Resource '{named}' not found",
    }


def _bulk(ctx: RequestContext, collection: str, apply: Apply, error_key: str = "errors") -> Reply:
    entries = [entry for entry in ctx.body or [] if isinstance(entry, dict)]
    results: list[Record] = []
    updated = 0
    with ctx.state.lock:
        for entry in entries:
            items = [given(item) for item in entry.get(collection) or [] if isinstance(item, dict)]
            resource_id = _resource_id(ctx, entry)
            if resource_id is None:
                error = _unknown(entry)
                results.append({
                    "resourceId": str(entry.get("resourceId", entry.get("resourceInternalId"))),
                    "itemsUpdated": 0,
                    "itemsFailed": len(items),
                    error_key: [error] if error_key == "errors" else error,
                })  # fmt: skip
                continue
            count = apply(ctx, resource_id, items)
            updated += 1
            results.append(
                {"resourceId": resource_id, "itemsUpdated": count, "itemsFailed": len(items) - count}
            )
    return ctx.ok({"resourcesUpdated": updated, "results": results})


def _work_skills(ctx: RequestContext, resource_id: str, items: list[Record]) -> int:
    """Set or replace each skill, by `workSkill`, as POST /resources/{id}/workSkills does."""
    kept = {skill["workSkill"]: skill for skill in ctx.state.resource_work_skills.get(resource_id, [])}
    for item in items:
        kept[str(item["workSkill"])] = item
    ctx.state.resource_work_skills[resource_id] = list(kept.values())
    return len(items)


def _work_zones(ctx: RequestContext, resource_id: str, items: list[Record]) -> int:
    """Add each work zone (a known one), or change the item its `workZoneItemId` names."""
    kept = ctx.state.resource_work_zones.setdefault(resource_id, [])
    done = 0
    for item in items:
        if item.get("workZone") not in ctx.state.metadata.get("workZones", {}):
            continue
        existing = next((z for z in kept if z.get("workZoneItemId") == item.get("workZoneItemId")), None)
        if existing is not None:
            existing.update(item)
        else:
            item["workZoneItemId"] = ctx.state.new_item_id()
            item.setdefault("workZoneStatus", "active")
            kept.append(item)
        done += 1
    return done


def _work_schedules(ctx: RequestContext, resource_id: str, items: list[Record]) -> int:
    """Add each schedule item, as POST /resources/{id}/workSchedules does."""
    kept = ctx.state.children.setdefault(("resource", resource_id, "workSchedules"), [])
    for item in items:
        item["scheduleItemId"] = ctx.state.new_item_id()
        kept.append(item)
    return len(items)


@handles("POST", f"{ACTIONS}/bulkUpdateWorkSkills")
def bulk_work_skills(ctx: RequestContext) -> Reply:
    return _bulk(ctx, "workSkills", _work_skills)


@handles("POST", f"{ACTIONS}/bulkUpdateWorkZones")
def bulk_work_zones(ctx: RequestContext) -> Reply:
    return _bulk(ctx, "workZones", _work_zones, error_key="error")


@handles("POST", f"{ACTIONS}/bulkUpdateWorkSchedules")
def bulk_work_schedules(ctx: RequestContext) -> Reply:
    return _bulk(ctx, "workSchedules", _work_schedules)


# -- inventories ----------------------------------------------------------------------------------------


def _same_inventory(record: Record, item: Record, identify: str) -> bool:
    fields = {
        "serialNumber": ("serialNumber",),
        "typeAndSerial": ("inventoryType", "serialNumber"),
        "typeAndModelAndSerial": ("inventoryType", "model", "serialNumber"),
    }.get(identify, ("serialNumber",))
    return all(record.get(field) == item.get(field) for field in fields)


@handles("POST", f"{ACTIONS}/bulkUpdateInventories")
def bulk_inventories(ctx: RequestContext) -> Reply:
    """Per resource: `update` changes the inventories it identifies (by serial number, or type and
    serial...) and creates the others; `replace` makes the given list the resource's whole stock."""
    totals = {"created": 0, "updated": 0, "deleted": 0}
    results: list[Record] = []
    failed = 0
    with ctx.state.lock:
        inventories = ctx.state.inventories
        for entry in ctx.json_body().get("resources") or []:
            if not isinstance(entry, dict):
                continue
            items = [given(item) for item in entry.get("inventories") or [] if isinstance(item, dict)]
            resource_id = _resource_id(ctx, {"resourceId": entry.get("resourceId")})
            if resource_id is None:
                failed += len(items)
                results.append({"resourceId": str(entry.get("resourceId")), "errors": [_unknown(entry)]})
                continue
            counts = {"created": 0, "updated": 0, "deleted": 0}
            held = [
                r
                for r in inventories.values()
                if r.get("resourceId") == resource_id and r.get("status") == "resource"
            ]
            identify = str(entry.get("identifySerializedInventoryBy") or "serialNumber")
            matched: set[int] = set()
            for item in items:
                found = next(
                    (r for r in held if item.get("serialNumber") and _same_inventory(r, item, identify)), None
                )
                if found is not None:
                    if entry.get("inventoryPropertiesUpdateMode") == "eraseProperties":
                        keep: Record = {
                            k: found[k] for k in ("inventoryId", "resourceId", "status") if k in found
                        }
                        found.clear()
                        found.update(keep)
                    found.update(item)
                    matched.add(found["inventoryId"])
                    counts["updated"] += 1
                else:
                    record: Record = {**item, "resourceId": resource_id, "status": "resource"}
                    record["inventoryId"] = ctx.state.new_inventory_id()
                    inventories[record["inventoryId"]] = record
                    matched.add(record["inventoryId"])
                    counts["created"] += 1
            if entry.get("operationType") == "replace":
                for record in held:
                    if record["inventoryId"] not in matched:
                        del inventories[record["inventoryId"]]
                        counts["deleted"] += 1
            for key, value in counts.items():
                totals[key] += value
            results.append({"resourceId": resource_id, **counts})
    return ctx.ok({**totals, "itemsFailed": failed, "results": results})


# -- positions ------------------------------------------------------------------------------------------


@handles("POST", f"{ACTIONS}/setPositions")
def set_positions(ctx: RequestContext) -> Reply:
    """Each position of a known resource becomes its last known one (a newer `time` wins)."""
    errors: list[Record] = []
    processed = 0
    with ctx.state.lock:
        for index, item in enumerate(ctx.json_body().get("items") or []):
            if not isinstance(item, dict) or str(item.get("resourceId")) not in ctx.state.resources:
                errors.append(
                    {"itemIndex": index, "message": f"Resource '{item.get('resourceId')}' not found"}
                )
                continue
            key = ("position", str(item["resourceId"]))
            last = ctx.state.documents.get(key)
            if not isinstance(last, dict) or str(last.get("time")) <= str(item["time"]):
                ctx.state.documents[key] = {k: item[k] for k in ("resourceId", "time", "lat", "lng")}
            processed += 1
    answer: dict[str, Any] = {"itemsProcessed": processed, "itemsFailed": len(errors)}
    if errors:
        answer["errors"] = errors
    return ctx.ok(answer)


@handles("GET", f"{ACTIONS}/lastKnownPositions")
def last_known_positions(ctx: RequestContext) -> Reply:
    """The last position set for each resource asked for (every resource with one when none is named);
    a resource with none answers an `errorMessage`."""
    named = ctx.query("resources")
    if named:
        wanted = [str(resource_id) for resource_id in named]
    else:
        wanted = [key[1] for key in ctx.state.documents if key[0] == "position"]
    items: list[Record] = []
    for resource_id in wanted:
        last = ctx.state.documents.get(("position", resource_id))
        if isinstance(last, dict):
            items.append(dict(last))
        else:
            items.append({"resourceId": resource_id, "errorMessage": "No position is known for the resource"})
    return ctx.ok(paged(ctx.contract, ctx.op, ctx.request.query, items))
