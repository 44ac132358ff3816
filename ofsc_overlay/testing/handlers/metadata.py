"""Metadata collections keyed by label: list (paged), get, create (POST or PUT), replace (PUT),
update (PATCH), delete. Work zones also take bulk PUT / PATCH of the whole collection."""

from __future__ import annotations

from ..errors import bad_request, conflict
from ..paging import paged
from ..seed import LANGUAGE_ISO, Record
from ..state import METADATA_KEYS
from ..synthesis import fill_required, list_item_schema
from .base import METADATA, Reply, RequestContext, given, handles, merge, readable, require

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

    def completed(ctx: RequestContext, record: Record) -> Record:
        """What OFSC derives for a stored item (the name from its English translation, translations
        from the name), checked against the read schema before it is stored."""
        translations = record.get("translations")
        if record.get("name") is None and isinstance(translations, list) and translations:
            english = [t for t in translations if isinstance(t, dict) and t.get("language") == "en"]
            chosen = (english or [t for t in translations if isinstance(t, dict)] or [{}])[0]
            if chosen.get("name"):
                record["name"] = chosen["name"]
        if record.get("name") is not None and "translations" not in record and name != "workZones":
            record["translations"] = [{"language": "en", "name": record["name"]}]
        for translation in record.get("translations") or []:
            if isinstance(translation, dict) and isinstance(translation.get("language"), str):
                # Requests may name the language by ISO code; answers carry the short code and the ISO one.
                code = translation["language"].split("-", 1)[0]
                translation["languageISO"] = LANGUAGE_ISO.get(code, translation["language"])
                translation["language"] = code
        readable(ctx, record, item_path)
        return record

    def put_item(ctx: RequestContext) -> Reply:
        """Create or replace, as OFSC's metadata PUTs do (201 on create where the spec lists it)."""
        label = ctx.path("label")
        with ctx.state.lock:
            items = _collection(ctx, name)
            existed = label in items
            record: Record = given(ctx.json_body())
            record[key_field] = label
            items[label] = completed(ctx, record)
        if ctx.op.success_status == 204:
            return ctx.ok()
        return Reply(ctx.op.created_status(not existed), dict(record))

    def post_item(ctx: RequestContext) -> Reply:
        body = ctx.json_body()
        label = body.get(key_field)
        if not label:
            raise bad_request(f"'{key_field}' is required")
        with ctx.state.lock:
            items = _collection(ctx, name)
            if label in items:
                raise conflict(f"{name[:-1]} '{label}' already exists")
            items[str(label)] = completed(ctx, given(body))
            return ctx.ok(dict(items[str(label)]))

    def post_labelled(ctx: RequestContext) -> Reply:
        """POST to `.../{label}` (link templates): create the item the path names; 409 if it exists."""
        label = ctx.path("label")
        with ctx.state.lock:
            items = _collection(ctx, name)
            if label in items:
                raise conflict(f"{name[:-1]} '{label}' already exists")
            record: Record = given(ctx.json_body())
            record[key_field] = label
            items[label] = completed(ctx, record)
            return ctx.ok(dict(record))

    def patch_item(ctx: RequestContext) -> Reply:
        with ctx.state.lock:
            items = _collection(ctx, name)
            record = dict(require(items, ctx.path("label"), name[:-1]))
            merge(record, ctx.json_body(), protected=(key_field,))
            readable(ctx, record, item_path)
            items[ctx.path("label")] = record
            return ctx.ok(dict(record))

    def delete_item(ctx: RequestContext) -> Reply:
        with ctx.state.lock:
            items = _collection(ctx, name)
            require(items, ctx.path("label"), name[:-1])
            del items[ctx.path("label")]
        return ctx.ok()

    def bulk_replace(ctx: RequestContext) -> Reply:
        """PUT on the collection: every given item is created or replaced (all or none)."""
        with ctx.state.lock:
            items = _collection(ctx, name)
            staged: dict[str, Record] = {}
            for item in ctx.json_body().get("items") or []:
                if isinstance(item, dict) and item.get(key_field):
                    staged[str(item[key_field])] = completed(ctx, given(item))
            items.update(staged)
        return ctx.ok({"items": list(items.values())})

    def bulk_update(ctx: RequestContext) -> Reply:
        """PATCH on the collection: every given item is merged into the existing one (all or none)."""
        with ctx.state.lock:
            items = _collection(ctx, name)
            staged: dict[str, Record] = {}
            for item in ctx.json_body().get("items") or []:
                if isinstance(item, dict) and item.get(key_field):
                    key = str(item[key_field])
                    record = dict(staged.get(key) or require(items, key, name[:-1]))
                    merge(record, item, protected=(key_field,))
                    readable(ctx, record, item_path)
                    staged[key] = record
            items.update(staged)
        return ctx.ok({"items": list(items.values())})

    for method, path, handler in (
        ("GET", base, list_items),
        ("POST", base, post_item),
        ("PUT", base, bulk_replace),
        ("PATCH", base, bulk_update),
        ("GET", item_path, get_item),
        ("PUT", item_path, put_item),
        ("POST", item_path, post_labelled),
        ("PATCH", item_path, patch_item),
        ("DELETE", item_path, delete_item),
    ):
        handles(method, path)(handler)


for _name in LABELLED_COLLECTIONS:
    _register(_name)
