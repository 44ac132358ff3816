"""Routing plans moved between profiles: export answers a plan as a file, import (409 when the plan
exists) and forceImport (replaces it) keep the plan a file describes under the profile. The file is a
JSON document with the plan's `label`, the shape export gives."""

from __future__ import annotations

import json

from ..errors import bad_request, conflict
from ..seed import Record
from .base import METADATA, Reply, RequestContext, handles

PLANS = f"{METADATA}/routingProfiles/{{profileLabel}}/plans"


def _plans(ctx: RequestContext) -> list[Record]:
    return ctx.state.children.setdefault(("routingProfile", str(ctx.path("profileLabel")), "plans"), [])


@handles("GET", f"{PLANS}/{{planLabel}}/custom-actions/export")
def export_plan(ctx: RequestContext) -> Reply:
    plan = next(p for p in _plans(ctx) if p.get("label") == ctx.path("planLabel"))  # known: parents
    document = {**plan, "routingProfile": ctx.path("profileLabel")}
    content = json.dumps(document, sort_keys=True, indent=1).encode("utf-8")
    disposition = f'attachment; filename="{plan["label"]}.json"'
    return Reply(200, content, "application/octet-stream", {"Content-Disposition": disposition})


def _imported(ctx: RequestContext) -> Record:
    """The plan a file describes; a file that is not one is a 400 and nothing is kept."""
    try:
        document = json.loads(ctx.body if isinstance(ctx.body, bytes) else b"")
    except ValueError:
        document = None
    label = document.get("label") if isinstance(document, dict) else None
    if not isinstance(label, str) or not 1 <= len(label) <= 40:
        raise bad_request("The file is not a routing plan export (a JSON document with its 'label')")
    assert isinstance(document, dict)
    plan: Record = {key: value for key, value in document.items() if key != "routingProfile"}
    return plan


def _import(ctx: RequestContext, force: bool) -> Reply:
    plan = _imported(ctx)
    with ctx.state.lock:
        plans = _plans(ctx)
        index = next((i for i, p in enumerate(plans) if p.get("label") == plan["label"]), None)
        if index is None:
            plans.append(plan)
        elif force:
            plans[index] = plan
        else:
            raise conflict(f"Routing plan '{plan['label']}' already exists: use forceImport to replace it")
    return ctx.ok({})


@handles("PUT", f"{PLANS}/custom-actions/import")
def import_plan(ctx: RequestContext) -> Reply:
    return _import(ctx, force=False)


@handles("PUT", f"{PLANS}/custom-actions/forceImport")
def force_import_plan(ctx: RequestContext) -> Reply:
    return _import(ctx, force=True)
