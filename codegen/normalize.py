"""Normalize the converted OpenAPI 3 document so openapi-python-client generates every operation and model.

Operations get their names from the names table; models get clean, unique PascalCase names; the schema
problems OFSC's spec has (shared titles, untyped objects, arrays without items, dangling `required`,
non-standard formats, `$ref` with siblings) are repaired by rule, each repair noted for the report.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from typing import Any

from codegen.lock import HTTP_METHODS
from codegen.notes import Notes
from codegen.text import plain

SCHEMA_PREFIX = "#/components/schemas/"

# Definitions whose mechanical clean name would not read well or would clash with a better candidate.
# Key: definition name in Oracle's spec; value: model class name.
MODEL_NAMES: dict[str, str] = {
    "getActivitySchema": "Activity",
    "activity": "ActivityItem",
    "getActivitiesResponse": "ActivityList",
    "resource": "Resource",
    "resources": "ResourceList",
    "userGet": "User",
    "users": "UserList",
    "workZoneItem": "WorkZone",
    "workZones": "WorkZoneList",
    "workZone": "WorkZoneSummary",
    "WorkSkill": "WorkSkill",
    "WorkSkills": "WorkSkillList",
    "workSkills": "ResourceWorkSkillList",
    "PropertyGet": "Property",
    "PropertiesGet": "PropertyList",
    "Property": "PropertyInput",
    "Properties": "PropertyInputList",
    "formDetails": "SubmittedFormDetails",
    "FormDetails": "FormDetails",
    "message": "ChatMessage",
    "Message": "Message",
    "participant": "ChatParticipant",
    "Participant": "Participant",
    "CapacityAreas": "CapacityAreaList",
    "CapacityArea": "CapacityArea",
    "capacityList": "CapacityList",
    "file": "File",
    "showBookingGridSchema": "ShowBookingGridRequest",
    "showBookingGrid": "ShowBookingGrid",
}

# Formats that either are not standard or would make the generated model parse (and possibly reject)
# OFSC's `YYYY-MM-DD HH:MM:SS` strings; values stay strings, the format is kept as `x-ofsc-format`.
STRING_FORMATS = ("date", "date-time", "time", "timestamp-date-time-iso8601")


# --- operations -----------------------------------------------------------------------------------------


def iter_operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(METHOD, path, operation) in document order."""
    for path, item in doc.get("paths", {}).items():
        for method, op in item.items():
            if method in HTTP_METHODS:
                yield method.upper(), path, op


def apply_names(doc: dict[str, Any], names: dict[tuple[str, str], tuple[str, str]], notes: Notes) -> None:
    """Set operationId/tags/x-ofsc-group/x-ofsc-name from (METHOD, path) -> (group, name)."""
    for method, path, op in iter_operations(doc):
        group, name = names[(method, path)]
        if op.get("operationId") != name:
            notes.add("operation-name", f"{method} {path}: {op.get('operationId')!r} -> {group}.{name}")
        op["operationId"] = name
        op["tags"] = [group]
        op["x-ofsc-group"] = group
        op["x-ofsc-name"] = name
    doc.pop("tags", None)


def drop_error_responses(doc: dict[str, Any], notes: Notes) -> None:
    """Keep only 2xx responses: the overlay maps every other status to a typed error before parsing."""
    for method, path, op in iter_operations(doc):
        responses = op.get("responses", {})
        dropped = [status for status in responses if not status.startswith("2")]
        for status in dropped:
            del responses[status]
        if dropped:
            notes.add("default-response", f"{method} {path}: {', '.join(dropped)}")
        if not responses:
            responses["200"] = {"description": "Success"}


def hoist_inline_schemas(doc: dict[str, Any], notes: Notes) -> None:
    """Give inline object schemas of bodies and responses a component name derived from the operation."""
    schemas: dict[str, Any] = doc["components"]["schemas"]
    for method, path, op in iter_operations(doc):
        base = pascal(op["operationId"])
        body = op.get("requestBody")
        if body:
            for media, content in body.get("content", {}).items():
                suffix = (
                    "Form"
                    if media in ("multipart/form-data", "application/x-www-form-urlencoded")
                    else "Request"
                )
                _hoist(content, f"{base}{suffix}", schemas, notes, f"{method} {path} request")
        for status, response in op.get("responses", {}).items():
            for content in response.get("content", {}).values():
                name = f"{base}Response" if status in ("200", "201") else f"{base}Response{status}"
                _hoist(content, name, schemas, notes, f"{method} {path} response {status}")


def _hoist(content: dict[str, Any], name: str, schemas: dict[str, Any], notes: Notes, where: str) -> None:
    schema = content.get("schema")
    if not isinstance(schema, dict) or "$ref" in schema:
        return
    if not schema:
        # An undocumented JSON body: an open model keeps every field (additional properties).
        schema = {"type": "object", "description": "Not documented by the spec; every field is kept."}
    if schema.get("type") != "object" and "properties" not in schema:
        return
    if name in schemas:
        raise ValueError(f"{where}: inline schema name {name} is already a component")
    schemas[name] = schema
    content["schema"] = {"$ref": SCHEMA_PREFIX + name}
    notes.add("inline-schema", f"{where} -> {name}")


# --- schemas ------------------------------------------------------------------------------------------


def _walk_schema(schema: Any, visit: Callable[[dict[str, Any], str], None], where: str) -> None:
    """Call visit(schema, where) on every schema object nested in `schema`, parents first."""
    if not isinstance(schema, dict):
        return
    visit(schema, where)
    for name, sub in schema.get("properties", {}).items():
        _walk_schema(sub, visit, f"{where}.{name}")
    for key in ("items", "additionalProperties", "not"):
        if isinstance(schema.get(key), dict):
            _walk_schema(schema[key], visit, f"{where}[{key}]")
    for key in ("allOf", "anyOf", "oneOf"):
        for index, sub in enumerate(schema.get(key, [])):
            _walk_schema(sub, visit, f"{where}.{key}[{index}]")


def iter_root_schemas(doc: dict[str, Any]) -> Iterator[tuple[dict[str, Any], str]]:
    """Every top-level schema: components, parameters, request bodies, responses."""
    for name, schema in doc.get("components", {}).get("schemas", {}).items():
        yield schema, name
    for method, path, op in iter_operations(doc):
        where = f"{method} {path}"
        for param in op.get("parameters", []):
            yield param.get("schema", {}), f"{where} param {param['name']}"
        for content in op.get("requestBody", {}).get("content", {}).values():
            yield content.get("schema", {}), f"{where} body"
        for status, response in op.get("responses", {}).items():
            for content in response.get("content", {}).values():
                yield content.get("schema", {}), f"{where} response {status}"
            for header_name, header in response.get("headers", {}).items():
                yield header.get("schema", {}), f"{where} header {header_name}"


def repair_schemas(doc: dict[str, Any], notes: Notes) -> None:
    def visit(schema: dict[str, Any], where: str) -> None:
        if "title" in schema and isinstance(schema["title"], str):
            # openapi-python-client names models after titles; OFSC reuses them ("Resource" x5).
            del schema["title"]
            notes.add("title", where)
        if "$ref" in schema and len(schema) > 1:
            # Siblings of $ref are ignored by both Swagger 2 and OpenAPI 3 (OFSC puts `type: string` next to
            # object refs); wrapping in allOf keeps only what is meaningful: nullable and the description.
            ref = schema.pop("$ref")
            wrapped: dict[str, Any] = {
                key: schema[key] for key in ("description", "nullable") if key in schema
            }
            schema.clear()
            schema.update(wrapped)
            schema["allOf"] = [{"$ref": ref}]
            notes.add("ref-siblings", where)
        if "allOf" in schema and "properties" in schema:
            # openapi-python-client treats an allOf of one $ref as a plain alias of it, dropping the
            # schema's own properties; as a second allOf member they are merged into the model.
            own = {"type": "object", "properties": schema.pop("properties")}
            if "required" in schema:
                own["required"] = schema.pop("required")
            schema["allOf"] = [*schema["allOf"], own]
            schema["type"] = "object"
            notes.add("allof-properties", where)
        if schema.get("type") == "array" and "properties" in schema and not schema.get("items"):
            # An object mistyped as array (its items are never declared, its properties are).
            schema["type"] = "object"
            schema.pop("items", None)
            notes.add("array-with-properties", where)
        if schema.get("type") in ("string", "integer", "number", "boolean") and "properties" in schema:
            if not schema["properties"]:
                del schema["properties"]
        if (
            "properties" in schema
            and "type" not in schema
            and not any(key in schema for key in ("anyOf", "oneOf"))
        ):
            # Without a type, openapi-python-client treats {allOf, properties} as a plain alias of the
            # first allOf member and silently drops the extra properties.
            schema["type"] = "object"
            notes.add("untyped-object", where)
        if schema.get("type") == "array" and "items" not in schema:
            schema["items"] = {}
            notes.add("array-items", where)
        if "required" in schema:
            props = schema.get("properties", {})
            kept = [name for name in schema["required"] if name in props]
            if kept != schema["required"]:
                notes.add("required-missing", f"{where}: {sorted(set(schema['required']) - set(kept))}")
                if kept:
                    schema["required"] = kept
                else:
                    del schema["required"]
        if schema.get("format") in STRING_FORMATS:
            schema["x-ofsc-format"] = schema.pop("format")
            notes.add("format", f"{where}: {schema['x-ofsc-format']}")

    for schema, where in list(iter_root_schemas(doc)):
        _walk_schema(schema, visit, where)
    for name, schema in doc["components"]["schemas"].items():
        members = schema.get("allOf", [])
        if len(members) == 1 and "$ref" in members[0] and not schema.get("nullable"):
            # A component that only extends one other would become a mere alias of it, losing its class.
            schema["allOf"] = [*members, {"type": "object"}]
            schema["type"] = "object"
            notes.add("alias-model", name)


# --- model names --------------------------------------------------------------------------------------

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z]|\d|\b|_|-)|[A-Z]?[a-z]+|[A-Z]+|\d+")


def words(name: str) -> list[str]:
    return _WORD.findall(name)


def pascal(name: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in words(name))


def snake(name: str) -> str:
    return "_".join(word.lower() for word in words(name))


def clean_model_name(key: str) -> str:
    """`getActivitySchema` -> `Activity`, `v2-patch-quota` -> `V2PatchQuota`, ...: mechanical cleaning."""
    if key in MODEL_NAMES:
        return MODEL_NAMES[key]
    parts = [word[:1].upper() + word[1:] for word in words(key)]
    if len(parts) > 1 and parts[0] == "Get":
        parts = parts[1:]
    if len(parts) > 1 and parts[-1] == "Schema":
        parts = parts[:-1]
    elif len(parts) > 2 and parts[-2:] == ["Schema", "Response"]:
        parts = parts[:-2] + ["Response"]
    return "".join(parts)


def plan_model_names(keys: list[str]) -> tuple[dict[str, str], list[str]]:
    """Definition key -> unique class name, plus warnings for names that needed a fallback.

    Uniqueness is checked on the snake_case module name too, so `formDetails`/`FormDetails` cannot end up in
    files that collide on case-insensitive file systems.
    """
    taken: dict[str, str] = {}  # snake module name -> key
    result: dict[str, str] = {}
    warnings: list[str] = []
    # Overrides first, then keys that are already clean, then the rest, each group in document order.
    ordered = sorted(keys, key=lambda k: 0 if k in MODEL_NAMES else 1 if clean_model_name(k) == k else 2)
    for key in ordered:
        candidates = [clean_model_name(key), pascal(key)]
        chosen = next((c for c in candidates if snake(c) not in taken and c), None)
        if chosen is None:
            index = 2
            while snake(f"{candidates[-1]}V{index}") in taken:
                index += 1
            chosen = f"{candidates[-1]}V{index}"
            warnings.append(f"model {key}: no clean unique name, using {chosen}; add it to MODEL_NAMES")
        taken[snake(chosen)] = key
        result[key] = chosen
    return {key: result[key] for key in keys}, warnings


def rename_models(doc: dict[str, Any], notes: Notes) -> list[str]:
    schemas: dict[str, Any] = doc["components"]["schemas"]
    mapping, warnings = plan_model_names(list(schemas))
    lowered: dict[str, list[str]] = {}
    for key in schemas:
        lowered.setdefault(key.lower(), []).append(key)
    for group in lowered.values():
        if len(group) > 1:
            notes.add("case-clash", " / ".join(f"{k} -> {mapping[k]}" for k in group))
    for key, new in mapping.items():
        if key != new:
            notes.add("model-name", f"{key} -> {new}")
    doc["components"]["schemas"] = {mapping[key]: schema for key, schema in schemas.items()}
    refs = {SCHEMA_PREFIX + key: SCHEMA_PREFIX + new for key, new in mapping.items()}
    _rewrite_refs(doc, refs)
    return warnings


def _rewrite_refs(node: Any, refs: dict[str, str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            if ref not in refs:
                raise ValueError(f"dangling reference {ref}")
            node["$ref"] = refs[ref]
        for value in node.values():
            _rewrite_refs(value, refs)
    elif isinstance(node, list):
        for value in node:
            _rewrite_refs(value, refs)


# --- the whole step -----------------------------------------------------------------------------------


def normalize(
    oas3: dict[str, Any], names: dict[tuple[str, str], tuple[str, str]], notes: Notes
) -> tuple[dict[str, Any], list[str]]:
    """Return (normalized copy of `oas3`, warnings)."""
    doc = copy.deepcopy(oas3)
    apply_names(doc, names, notes)
    drop_error_responses(doc, notes)
    warnings = rename_models(doc, notes)
    hoist_inline_schemas(doc, notes)
    repair_schemas(doc, notes)
    doc["components"]["schemas"] = dict(sorted(doc["components"]["schemas"].items()))
    return doc, warnings


def _inline_object(schema: dict[str, Any]) -> bool:
    if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
        return _inline_object(schema["items"])
    return "$ref" not in schema and (
        schema.get("type") == "object" or "properties" in schema or "allOf" in schema
    )


_PROSE_KEYS = ("description", "summary")
# Values, not documentation: an example may well hold a "description" field.
_NOT_PROSE = ("example", "examples", "default", "enum", "x-ofsc-enum")


def plain_prose(node: Any) -> None:
    """Every description and summary in `node`, recursively, as plain text (codegen.text.plain)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                for prop in value.values():  # keys here are field names, not keywords
                    plain_prose(prop)
            elif key in _PROSE_KEYS and isinstance(value, str):
                node[key] = plain(value)
            elif key not in _NOT_PROSE:
                plain_prose(value)
    elif isinstance(node, list):
        for value in node:
            plain_prose(value)


# How OFSC writes each date or time format (docs: ofsc-api-facts).
_WRITTEN_AS = {"date": "YYYY-MM-DD", "time": "HH:MM:SS", "date-time": "YYYY-MM-DD HH:MM:SS"}


def for_generator(doc: dict[str, Any], notes: Notes) -> dict[str, Any]:
    """The document openapi-python-client reads, made lenient for what real tenants send.

    - Enums become plain strings: OFSC adds values between releases and generated enum classes raise on
      unknown ones. Allowed values go into the description and `x-ofsc-enum`.
    - `required` is dropped from object schemas: tenants omit "required" fields. Fields a declared fix marks
      `x-ofsc-answered` (always in the answer) become required: typed `T`, checked when parsing.
    - Every other property is nullable: tenants send nulls the spec does not allow. Request validation uses
      the untouched contract.
    - Prose is plain text: Oracle writes descriptions in HTML, which docstrings and IDE hovers would show raw.
    The normalized document (catalog, `_contract.json`) keeps `enum` and `required` as the spec has them.
    """
    gen = copy.deepcopy(doc)
    plain_prose(gen)

    def visit(schema: dict[str, Any], where: str) -> None:
        if "enum" in schema:
            values = schema.pop("enum")
            schema["x-ofsc-enum"] = values
            notes.add("enum", where)
            if schema.get("type") not in ("string", "integer", "number", "boolean"):
                schema["type"] = "string"
            listed = ", ".join(f"`{value}`" for value in values)
            schema["description"] = (
                f"{schema.get('description', '').rstrip()} Allowed values: {listed}.".lstrip()
            )
        written = _WRITTEN_AS.get(schema.get("x-ofsc-format", ""))
        if written and schema.get("type") == "string":
            # The template reads this to let a model be built with date objects (written this way).
            schema["description"] = f"{schema.get('description', '').rstrip()} Format: `{written}`.".lstrip()
        if "required" in schema and "properties" in schema:
            # Real tenants omit fields the spec marks required (and `fields=` leaves any out): a missing field
            # must not stop parsing, so those read `T | None`.
            schema["x-ofsc-required"] = schema.pop("required")
            notes.add("lenient-required", where)
        # Fields always answered, declared with evidence in swagger/fixes.json: typed `T`, and a response
        # without one is a parse error rather than a model that lies.
        required = set(schema.pop("x-ofsc-answered", ())) & set(schema.get("properties", ()))
        if required:
            schema["required"] = sorted(required)
            notes.add("answered", where)
        for name, prop in schema.get("properties", {}).items():
            # OFSC sends null where the spec says nothing: optional properties accept it. Inline objects are
            # left alone, since a nullable inline object gets a `..._type_0` class name from the generator.
            if name in required:
                continue
            if isinstance(prop, dict) and not prop.get("nullable") and not _inline_object(prop):
                prop["nullable"] = True

    for schema, where in list(iter_root_schemas(gen)):
        _walk_schema(schema, visit, where)
    return gen
