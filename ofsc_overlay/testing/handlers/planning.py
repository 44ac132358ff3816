"""A resource's day: its work plans (a measure and a value per date) and its route (the resource's
activities of the date, and when the route was activated and deactivated). Every write is kept."""

from __future__ import annotations

from typing import Any

from ..errors import conflict
from ..paging import paged
from ..seed import Record
from .base import CORE, Reply, RequestContext, handles, project

RESOURCE = f"{CORE}/resources/{{resourceId}}"
PLANS = f"{RESOURCE}/plans"
ROUTE = f"{RESOURCE}/routes/{{date}}"
_DAY_START = "08:00:00"


def _plans(ctx: RequestContext) -> list[Record]:
    return ctx.state.children.setdefault(("resource", str(ctx.path("resourceId")), "plans"), [])


@handles("GET", PLANS)
def list_plans(ctx: RequestContext) -> Reply:
    first, last = str(ctx.query("dateFrom")), str(ctx.query("dateTo"))
    items = [dict(plan) for plan in _plans(ctx) if first <= str(plan.get("date")) <= last]
    items.sort(key=lambda plan: (str(plan.get("date")), str(plan.get("measure"))))
    return ctx.ok({"items": items, "totalResults": len(items)})


@handles("POST", PLANS)
def set_plan(ctx: RequestContext) -> Reply:
    """One value per date and measure: a second POST for the same pair replaces the first."""
    body = ctx.json_body()
    plan: Record = {key: body[key] for key in ("date", "measure", "value") if body.get(key) is not None}
    with ctx.state.lock:
        plans = _plans(ctx)
        plans[:] = [
            p for p in plans if (p.get("date"), p.get("measure")) != (plan.get("date"), plan.get("measure"))
        ]
        plans.append(plan)
    return ctx.ok()


@handles("DELETE", PLANS)
def delete_plan(ctx: RequestContext) -> Reply:
    """Deleting a plan that is not there changes nothing (and is no error)."""
    wanted = (str(ctx.query("date")), str(ctx.query("measure")))
    with ctx.state.lock:
        plans = _plans(ctx)
        plans[:] = [p for p in plans if (str(p.get("date")), str(p.get("measure"))) != wanted]
    return ctx.ok()


# -- routes ---------------------------------------------------------------------------------------------


def _route(ctx: RequestContext) -> dict[str, Any]:
    key = ("route", str(ctx.path("resourceId")), str(ctx.path("date")))
    route = ctx.state.documents.setdefault(key, {})
    assert isinstance(route, dict)
    return route


def _time(ctx: RequestContext) -> str:
    """The body's `time` (`YYYY-MM-DD HH:MM:SS`, checked by validation), else the date's day start."""
    given = ctx.json_body().get("time")
    return str(given) if isinstance(given, str) and given else f"{ctx.path('date')} {_DAY_START}"


@handles("GET", ROUTE)
def get_route(ctx: RequestContext) -> Reply:
    resource_id, day = ctx.path("resourceId"), str(ctx.path("date"))
    activities = [
        project(record, ctx.query("activityFields"))
        for record in ctx.state.activities.values()
        if record.get("resourceId") == resource_id and str(record.get("date")) == day
    ]
    activities.sort(key=lambda a: (a.get("positionInRoute") or 0, str(a.get("startTime") or "")))
    body: dict[str, Any] = {"resourceId": resource_id, "date": day, **_route(ctx)}
    body.update(paged(ctx.contract, ctx.op, ctx.request.query, activities))
    return ctx.ok(body)


@handles("POST", f"{ROUTE}/custom-actions/activate")
def activate_route(ctx: RequestContext) -> Reply:
    with ctx.state.lock:
        route = _route(ctx)
        if "routeStartTime" in route and "routeEndTime" not in route:
            raise conflict(f"The route of '{ctx.path('resourceId')}' on {ctx.path('date')} is already active")
        if "routeEndTime" in route:
            route.pop("routeEndTime")
            route["routeReactivationTime"] = _time(ctx)
        else:
            route["routeStartTime"] = _time(ctx)
    return ctx.ok()


@handles("POST", f"{ROUTE}/custom-actions/deactivate")
def deactivate_route(ctx: RequestContext) -> Reply:
    with ctx.state.lock:
        route = _route(ctx)
        if "routeStartTime" not in route or "routeEndTime" in route:
            raise conflict(f"The route of '{ctx.path('resourceId')}' on {ctx.path('date')} is not active")
        route["routeEndTime"] = _time(ctx)
    return ctx.ok()
