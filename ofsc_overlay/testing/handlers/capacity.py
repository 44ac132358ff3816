"""Capacity settings a PATCH changes and a GET reads back: quota (v1 and v2), booking statuses and the
booking closing schedule. The GETs answer the synthesized figures for the dates and areas asked for,
with every kept change laid over them; the PATCHes keep their changes and count the fields set."""

from __future__ import annotations

import copy
from typing import Any

from ..seed import Record
from .base import Reply, RequestContext, handles

CAPACITY = "/rest/ofscCapacity"
QUOTA_PATHS = (f"{CAPACITY}/v1/quota", f"{CAPACITY}/v2/quota")
STATUSES = f"{CAPACITY}/v1/bookingStatuses"
CLOSING = f"{CAPACITY}/v1/bookingClosingSchedule"
#: Fields a PATCH names differently from the GET that reads them.
_RENAMED = {"state": "bookingStatus"}
#: What identifies an item of a list inside quota and booking status answers.
_IDENTITIES = (("label",), ("timeFrom", "timeTo", "category", "workZone"), ("timeFrom", "timeTo"))
_CLOSING_KEY = ("area", "category", "workZone")


def _kept(ctx: RequestContext, path: str) -> list[Record]:
    kept = ctx.state.documents.setdefault(("capacity", path), [])
    assert isinstance(kept, list)
    return kept


def _synthesized(ctx: RequestContext) -> Any:
    from ..answers import SynthesizedAnswers  # answers imports the handlers: import it when called

    return SynthesizedAnswers(ctx.contract).reply(ctx.op, ctx.request, ctx.state).body


def _identity(item: Record) -> tuple[Any, ...] | None:
    for fields in _IDENTITIES:
        if all(field in item for field in fields):
            return tuple(item[field] for field in fields)
    return None


def _lay_over(target: Record, change: Record) -> int:
    """Set `change`'s fields on `target` (lists of records matched item by item); the count set."""
    count = 0
    for key, value in change.items():
        key = _RENAMED.get(key, key)
        current = target.get(key)
        if isinstance(value, list) and isinstance(current, list) and all(isinstance(v, dict) for v in value):
            for part in value:
                match = next(
                    (c for c in current if isinstance(c, dict) and _identity(c) == _identity(part)), None
                )
                if match is None:
                    current.append({_RENAMED.get(k, k): v for k, v in copy.deepcopy(part).items()})
                    count += 1
                else:
                    count += _lay_over(match, part)
        elif value is not None:
            target[key] = copy.deepcopy(value)
            count += 1
    return count


def _changed_fields(items: list[Any]) -> int:
    return sum(_lay_over({}, item) for item in items if isinstance(item, dict))


# -- quota ----------------------------------------------------------------------------------------------


def _register_quota(path: str) -> None:
    def get_quota(ctx: RequestContext) -> Reply:
        body = _synthesized(ctx)
        for change in _kept(ctx, path):
            for day in body.get("items", []):
                if day.get("date") != change.get("date"):
                    continue
                for area_change in change.get("areas") or []:
                    area = next(
                        (a for a in day.get("areas", []) if a.get("label") == area_change.get("label")), None
                    )
                    if area is not None:
                        _lay_over(area, area_change)
        return ctx.ok(body)

    def update_quota(ctx: RequestContext) -> Reply:
        items = [item for item in ctx.json_body().get("items") or [] if isinstance(item, dict)]
        with ctx.state.lock:
            _kept(ctx, path).extend(copy.deepcopy(items))
        changed = _changed_fields(items)
        if "results" in ctx.contract.properties(ctx.op.response_schema or {}):
            return ctx.ok({"results": {"updatedFieldCount": changed, "notChangedFieldCount": 0}})
        return ctx.ok({"errors": [], "errorsCount": 0})

    handles("GET", path)(get_quota)
    handles("PATCH", path)(update_quota)


for _path in QUOTA_PATHS:
    _register_quota(_path)


# -- booking statuses -----------------------------------------------------------------------------------


@handles("GET", STATUSES)
def get_booking_statuses(ctx: RequestContext) -> Reply:
    """One item per requested area (the seeded capacity areas when none is named) for the date."""
    template = (_synthesized(ctx).get("items") or [{}])[0]
    day = str(ctx.query("dates"))
    areas = ctx.query("areas") or list(ctx.state.metadata.get("capacityAreas", {}))
    items: list[Record] = []
    for area in areas:
        item = {**copy.deepcopy(template), "area": str(area), "date": day}
        for change in _kept(ctx, STATUSES):
            if (change.get("date"), change.get("area")) == (day, str(area)):
                _lay_over(item, change)
        items.append(item)
    return ctx.ok({"items": items})


@handles("PATCH", STATUSES)
def update_booking_statuses(ctx: RequestContext) -> Reply:
    items = [item for item in ctx.json_body().get("items") or [] if isinstance(item, dict)]
    with ctx.state.lock:
        _kept(ctx, STATUSES).extend(copy.deepcopy(items))
    return ctx.ok({"results": {"updatedFieldCount": _changed_fields(items), "notChangedFieldCount": 0}})


# -- booking closing schedule ---------------------------------------------------------------------------


@handles("GET", CLOSING)
def get_closing_schedule(ctx: RequestContext) -> Reply:
    """The kept schedule of each requested area; an area never changed answers the synthesized one."""
    template = (_synthesized(ctx).get("items") or [{}])[0]
    items: list[Record] = []
    for area in ctx.query("areas") or []:
        kept = [dict(item) for item in _kept(ctx, CLOSING) if item.get("area") == str(area)]
        items.extend(kept or [{**copy.deepcopy(template), "area": str(area)}])
    return ctx.ok({"items": items})


@handles("PATCH", CLOSING)
def update_closing_schedule(ctx: RequestContext) -> Reply:
    """Each item replaces the one of its area, category and work zone (or is added)."""
    items = [item for item in ctx.json_body().get("items") or [] if isinstance(item, dict)]
    changed = 0
    with ctx.state.lock:
        kept = _kept(ctx, CLOSING)
        for item in items:
            key = tuple(item.get(field) for field in _CLOSING_KEY)
            current = next((k for k in kept if tuple(k.get(field) for field in _CLOSING_KEY) == key), None)
            if current is None:
                kept.append({k: v for k, v in item.items() if v is not None})
            else:
                current.update({k: v for k, v in item.items() if v is not None})
            changed += sum(1 for v in item.values() if v is not None)
    return ctx.ok({"results": {"updatedFieldCount": changed, "notChangedFieldCount": 0}})
