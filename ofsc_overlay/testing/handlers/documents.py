"""Settings a tenant holds whole and changes in place: an application's access to each API, the work
skill conditions, and the overrides of the statistics. Each GET answers what the last write left."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..errors import bad_request, not_found
from ..paging import paged
from ..seed import Record
from ..synthesis import list_item_schema, synthesize
from .base import METADATA, Reply, RequestContext, handles, merge, readable

STATISTICS = "/rest/ofscStatistics/v1"
API_ACCESS = f"{METADATA}/applications/{{label}}/apiAccess"
API_ACCESS_ITEM = f"{API_ACCESS}/{{apiLabel}}"
CONDITIONS = f"{METADATA}/workSkillConditions"
_API_NAMES = {
    "capacityAPI": "Capacity API",
    "coreAPI": "Core API",
    "fieldCollaborationAPI": "Field Collaboration API",
    "inboundAPI": "Inbound API",
    "metadataAPI": "Metadata API",
    "outboundAPI": "Outbound API",
    "partsCatalogAPI": "Parts Catalog API",
    "statisticsAPI": "Statistics API",
}


def _document(ctx: RequestContext, key: tuple[str, ...], initial: Callable[[], Any]) -> Any:
    documents = ctx.state.documents
    if key not in documents:
        documents[key] = initial()
    return documents[key]


# -- API access of an application -----------------------------------------------------------------------


def _api_labels(ctx: RequestContext) -> list[str]:
    """The APIs an application can be given access to: the `apiLabel` values the spec lists."""
    read = ctx.contract.find("GET", API_ACCESS_ITEM)
    for param in read.params:
        if param.name == "apiLabel":
            return [str(label) for label in ctx.contract.resolve(param.schema).get("enum", [])]
    return list(_API_NAMES)


def _access(ctx: RequestContext, api: str) -> Record:
    if api not in _api_labels(ctx):
        raise not_found(f"API '{api}'")
    record = _document(
        ctx,
        ("apiAccess", str(ctx.path("label")), api),
        lambda: {"label": api, "name": _API_NAMES.get(api, api), "status": "active"},
    )
    assert isinstance(record, dict)
    return record


@handles("GET", API_ACCESS)
def list_api_access(ctx: RequestContext) -> Reply:
    items = [
        {key: record[key] for key in ("label", "name", "status") if key in record}
        for record in (_access(ctx, api) for api in _api_labels(ctx))
    ]
    return ctx.ok({"items": items})


@handles("GET", API_ACCESS_ITEM)
def get_api_access(ctx: RequestContext) -> Reply:
    return ctx.ok(dict(_access(ctx, str(ctx.path("apiLabel")))))


@handles("PATCH", API_ACCESS_ITEM)
def update_api_access(ctx: RequestContext) -> Reply:
    with ctx.state.lock:
        kept = _access(ctx, str(ctx.path("apiLabel")))
        record = dict(kept)
        merge(record, ctx.json_body(), protected=("label", "name"))
        readable(ctx, record, API_ACCESS_ITEM)
        kept.clear()
        kept.update(record)
    return ctx.ok(dict(record))


# -- work skill conditions ------------------------------------------------------------------------------


def _conditions(ctx: RequestContext) -> list[Record]:
    def seeded() -> list[Record]:
        skills = list(ctx.state.metadata.get("workSkills", {}))[:2]
        return [
            {"internalId": index + 1, "label": skill, "requiredLevel": 1, "preferableLevel": 2}
            for index, skill in enumerate(skills)
        ]

    conditions = _document(ctx, ("workSkillConditions",), seeded)
    assert isinstance(conditions, list)
    return conditions


@handles("GET", CONDITIONS)
def get_conditions(ctx: RequestContext) -> Reply:
    items = [dict(item) for item in _conditions(ctx)]
    return ctx.ok({"items": items, "totalResults": len(items)})


@handles("PUT", CONDITIONS)
def replace_conditions(ctx: RequestContext) -> Reply:
    """The whole list is replaced by the one given (`internalId` names each condition once)."""
    items = [dict(item) for item in ctx.json_body().get("items") or [] if isinstance(item, dict)]
    ids = [item.get("internalId") for item in items]
    if len(set(ids)) != len(ids):
        raise bad_request("A work skill condition 'internalId' is given twice")
    with ctx.state.lock:
        _conditions(ctx)[:] = items
    return ctx.ok({"items": [dict(item) for item in items], "totalResults": len(items)})


# -- statistics overrides -------------------------------------------------------------------------------

#: Per statistics collection, the fields that name one of its items.
_STATISTICS_KEYS = {
    "activityDurationStats": ("resourceId", "akey"),
    "activityTravelStats": ("fkey", "tkey"),
    "airlineDistanceBasedTravel": ("level", "key"),
}
_NOT_FILTERS = frozenset({"offset", "limit", "includeChildren", "distance"})


def _statistics(ctx: RequestContext, name: str) -> list[Record]:
    def seeded() -> list[Record]:
        read = ctx.contract.find("GET", f"{STATISTICS}/{name}")
        schema = list_item_schema(ctx.contract, read.response_schema)
        return [synthesize(ctx.contract, schema, f"{read.path}[{index}]") for index in range(3)]

    items = _document(ctx, ("statistics", name), seeded)
    assert isinstance(items, list)
    return items


def _merge_data(kept: list[Any], changes: list[Any]) -> None:
    """Airline distance overrides: one entry per `distance`, the given ones set or added."""
    for change in changes:
        if not isinstance(change, dict):
            continue
        entry = next(
            (e for e in kept if isinstance(e, dict) and e.get("distance") == change.get("distance")), None
        )
        if entry is None:
            kept.append(dict(change))
        else:
            entry.update(change)


def _register_statistics(name: str) -> None:
    path = f"{STATISTICS}/{name}"
    keys = _STATISTICS_KEYS[name]

    def get_items(ctx: RequestContext) -> Reply:
        query = ctx.request.query.items()
        filters = {k: str(v) for k, v in query if k not in _NOT_FILTERS and v not in (None, "")}
        items = [
            dict(item)
            for item in _statistics(ctx, name)
            if all(str(item.get(field)) == value for field, value in filters.items())
        ]
        return ctx.ok(paged(ctx.contract, ctx.op, ctx.request.query, items))

    def update_items(ctx: RequestContext) -> Reply:
        changes = [item for item in ctx.json_body().get("items") or [] if isinstance(item, dict)]
        with ctx.state.lock:
            kept = _statistics(ctx, name)
            for change in changes:
                wanted = tuple(change.get(field) for field in keys)
                item = next((i for i in kept if tuple(i.get(field) for field in keys) == wanted), None)
                if item is None:
                    item = {}
                    kept.append(item)
                for field, value in change.items():
                    if field == "data" and isinstance(value, list):
                        _merge_data(item.setdefault("data", []), value)
                    elif value is not None:
                        item[field] = value
        return ctx.ok({"results": {"status": "success", "updatedRecords": len(changes)}})

    handles("GET", path)(get_items)
    handles("PATCH", path)(update_items)


for _name in _STATISTICS_KEYS:
    _register_statistics(_name)
