"""Metadata collections keyed by label: list (paged), get, create (POST or PUT), replace (PUT),
update (PATCH), delete. Work zones also take bulk PUT / PATCH of the whole collection."""

from __future__ import annotations

from ..errors import bad_request, conflict
from ..paging import paged
from ..seed import Record
from ..state import METADATA_KEYS
from ..synthesis import fill_required, list_item_schema
from .base import METADATA, Reply, RequestContext, given, handles, merge, require

LABELLED_COLLECTIONS = (
    "activityTypeGroups", "activityTypes", "applications", "capacityAreas", "capacityCategories", "forms",
    "inventoryTypes", "languages", "linkTemplates", "mapLayers", "organizations", "properties",
    "resourceTypes", "shifts", "timeSlots", "workSkillGroups", "workSkills", "workZones",
)  # fmt: skip


def _collection(ctx: RequestContext, name: str) -> dict[str, Record]:
    return ctx.state.metadata.setdefault(name, {})


def _register(name: str) -> None:
    base = f"{METADATA}/{name}"
    item_path = f"{base}/{{label}}"
    key_field = METADATA_KEYS.get(name, "label")

    def list_items(ctx: RequestContext) -> Reply:
        schema = list_item_schema(ctx.contract, ctx.op.response_schema)
        items = [fill_required(ctx.contract, schema, item) for item in _collection(ctx, name).values()]
        return ctx.ok(paged(ctx.contract, ctx.op, ctx.request.query, items))

    def get_item(ctx: RequestContext) -> Reply:
        record = require(_collection(ctx, name), ctx.path("label"), name[:-1])
        return ctx.ok(fill_required(ctx.contract, ctx.op.response_schema, record))

    def put_item(ctx: RequestContext) -> Reply:
        """Create (201) or replace (200), as OFSC's metadata PUTs do."""
        label = ctx.path("label")
        with ctx.state.lock:
            items = _collection(ctx, name)
            existed = label in items
            record: Record = given(ctx.json_body())
            record[key_field] = label
            items[label] = record
        if ctx.op.success_status == 204:
            return ctx.ok()
        return Reply(200 if existed else 201, dict(record))

    def post_item(ctx: RequestContext) -> Reply:
        body = ctx.json_body()
        label = body.get(key_field)
        if not label:
            raise bad_request(f"'{key_field}' is required")
        with ctx.state.lock:
            items = _collection(ctx, name)
            if label in items:
                raise conflict(f"{name[:-1]} '{label}' already exists")
            items[str(label)] = given(body)
            return ctx.ok(dict(items[str(label)]))

    def patch_item(ctx: RequestContext) -> Reply:
        with ctx.state.lock:
            record = require(_collection(ctx, name), ctx.path("label"), name[:-1])
            merge(record, ctx.json_body(), protected=(key_field,))
            return ctx.ok(dict(record))

    def delete_item(ctx: RequestContext) -> Reply:
        with ctx.state.lock:
            items = _collection(ctx, name)
            require(items, ctx.path("label"), name[:-1])
            del items[ctx.path("label")]
        return ctx.ok()

    def bulk_replace(ctx: RequestContext) -> Reply:
        """PUT on the collection: every given item is created or replaced."""
        with ctx.state.lock:
            items = _collection(ctx, name)
            for item in ctx.json_body().get("items") or []:
                if isinstance(item, dict) and item.get(key_field):
                    items[str(item[key_field])] = given(item)
        return ctx.ok({"items": list(items.values())})

    def bulk_update(ctx: RequestContext) -> Reply:
        """PATCH on the collection: every given item is merged into the existing one."""
        with ctx.state.lock:
            items = _collection(ctx, name)
            for item in ctx.json_body().get("items") or []:
                if isinstance(item, dict) and item.get(key_field):
                    record = require(items, str(item[key_field]), name[:-1])
                    merge(record, item, protected=(key_field,))
        return ctx.ok({"items": list(items.values())})

    for method, path, handler in (
        ("GET", base, list_items),
        ("POST", base, post_item),
        ("PUT", base, bulk_replace),
        ("PATCH", base, bulk_update),
        ("GET", item_path, get_item),
        ("PUT", item_path, put_item),
        ("PATCH", item_path, patch_item),
        ("DELETE", item_path, delete_item),
    ):
        handles(method, path)(handler)


for _name in LABELLED_COLLECTIONS:
    _register(_name)
