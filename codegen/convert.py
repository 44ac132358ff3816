"""Swagger 2.0 -> OpenAPI 3.0.3, in plain Python (openapi-python-client reads only OpenAPI 3).

Only what OFSC's spec uses is converted; anything else is copied as is. The output is deterministic: keys come
out in the input's order and nothing iterates over a set.
"""

from __future__ import annotations

import copy
from typing import Any

from codegen.lock import HTTP_METHODS
from codegen.notes import Notes

JSON = "application/json"
OCTET = "application/octet-stream"
FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"

# Keywords a Swagger 2.0 non-body parameter carries that belong in its OpenAPI 3 `schema`.
_PARAM_SCHEMA_KEYS = (
    "type",
    "format",
    "items",
    "enum",
    "default",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
    "multipleOf",
    "x-nullable",
)


def convert(swagger: dict[str, Any], notes: Notes | None = None) -> dict[str, Any]:
    """Return a new OpenAPI 3.0.3 document equivalent to `swagger` (which is left untouched)."""
    notes = notes if notes is not None else Notes()
    out: dict[str, Any] = {"openapi": "3.0.3", "info": copy.deepcopy(swagger.get("info", {}))}
    if "tags" in swagger:
        out["tags"] = copy.deepcopy(swagger["tags"])
    global_produces = list(swagger.get("produces", []))
    global_consumes = list(swagger.get("consumes", []))
    shared_params = swagger.get("parameters", {})

    paths: dict[str, Any] = {}
    for path, item in swagger.get("paths", {}).items():
        path_params = item.get("parameters", [])
        new_item: dict[str, Any] = {}
        for method, op in item.items():
            if method not in HTTP_METHODS:
                continue
            where = f"{method.upper()} {path}"
            new_item[method] = _convert_operation(
                op, path_params, shared_params, global_produces, global_consumes, where, notes
            )
        paths[path] = new_item
    out["paths"] = paths
    schemas = {
        name: convert_schema(schema, notes, f"#/definitions/{name}")
        for name, schema in swagger.get("definitions", {}).items()
    }
    out["components"] = {"schemas": schemas}
    return out


def _resolve_param(param: dict[str, Any], shared: dict[str, Any], where: str, notes: Notes) -> dict[str, Any]:
    ref = param.get("$ref")
    if ref is None:
        return param
    prefix = "#/parameters/"
    if not isinstance(ref, str) or not ref.startswith(prefix) or ref[len(prefix) :] not in shared:
        raise ValueError(f"{where}: unresolvable parameter reference {ref!r}")
    notes.add("param-ref", f"{where}: {ref}")
    resolved: dict[str, Any] = shared[ref[len(prefix) :]]
    return resolved


def _convert_operation(
    op: dict[str, Any],
    path_params: list[dict[str, Any]],
    shared_params: dict[str, Any],
    global_produces: list[str],
    global_consumes: list[str],
    where: str,
    notes: Notes,
) -> dict[str, Any]:
    new: dict[str, Any] = {}
    for key, value in op.items():
        if key in ("parameters", "responses", "consumes", "produces", "schemes", "security"):
            continue
        new[key] = copy.deepcopy(value)

    # Operation parameters override path-level ones with the same (name, in).
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*path_params, *op.get("parameters", [])]:
        param = _resolve_param(raw, shared_params, where, notes)
        merged[(param["name"], param["in"])] = param
    params = list(merged.values())

    consumes = list(op.get("consumes", global_consumes))
    body = [p for p in params if p["in"] == "body"]
    form = [p for p in params if p["in"] == "formData"]
    other = [p for p in params if p["in"] not in ("body", "formData")]

    if other:
        new["parameters"] = [_convert_param(p, where, notes) for p in other]
    if body:
        new["requestBody"] = _body_request(body[0], consumes, where, notes)
    elif form:
        new["requestBody"] = _form_request(form, consumes, where, notes)
    elif consumes and any(mt != JSON for mt in consumes):
        # A form or binary `consumes` with nothing to send would make generators invent a body.
        notes.add("spurious-consumes", where)

    produces = list(op.get("produces", global_produces))
    responses: dict[str, Any] = {}
    for status, response in op.get("responses", {}).items():
        responses[str(status)] = _convert_response(str(status), response, produces, where, notes)
    new["responses"] = responses
    return new


def _param_schema(param: dict[str, Any]) -> dict[str, Any]:
    """The schema keywords of a non-body parameter (or response header), as its own schema."""
    return {key: copy.deepcopy(param[key]) for key in _PARAM_SCHEMA_KEYS if key in param}


def _convert_param(param: dict[str, Any], where: str, notes: Notes) -> dict[str, Any]:
    new: dict[str, Any] = {"name": param["name"], "in": param["in"]}
    if "description" in param:
        new["description"] = param["description"]
    # OpenAPI 3 requires path parameters to be required.
    required = bool(param.get("required", False)) or param["in"] == "path"
    if required:
        new["required"] = True
    if param.get("allowEmptyValue") and param["in"] == "query":
        new["allowEmptyValue"] = True  # `name=` is a valid value: the simulator must accept it
    schema = _param_schema(param)
    if "description" in param:
        # The generator documents arguments from the schema's description.
        schema["description"] = param["description"]
    new["schema"] = convert_schema(schema, notes, f"{where} parameter {param['name']}")
    if schema.get("type") == "array":
        fmt = param.get("collectionFormat", "csv")
        if param["in"] == "query":
            new["style"] = "form"
            new["explode"] = fmt == "multi"
        elif param["in"] in ("path", "header"):
            new["style"] = "simple"
    return new


def _body_request(param: dict[str, Any], consumes: list[str], where: str, notes: Notes) -> dict[str, Any]:
    notes.add("body-param", where)
    schema = convert_schema(param.get("schema", {}), notes, f"{where} body")
    media = _pick_request_media(consumes, default=JSON)
    if media == OCTET:
        schema = {"type": "string", "format": "binary"}
        # Uploading nothing to a file endpoint is never meant; OFSC leaves `required` out on these.
        if not param.get("required"):
            notes.add("binary-body-required", where)
        param = {**param, "required": True}
    request: dict[str, Any] = {"content": {media: {"schema": schema}}}
    if "description" in param:
        request["description"] = param["description"]
    if param.get("required"):
        request["required"] = True
    return request


def _form_request(
    params: list[dict[str, Any]], consumes: list[str], where: str, notes: Notes
) -> dict[str, Any]:
    notes.add("form-params", where)
    has_file = any(p.get("type") == "file" for p in params)
    media = MULTIPART if has_file or MULTIPART in consumes else FORM
    properties: dict[str, Any] = {}
    required: list[str] = []
    for param in params:
        schema = _param_schema(param)
        if "description" in param:
            schema["description"] = param["description"]
        properties[param["name"]] = convert_schema(schema, notes, f"{where} form field {param['name']}")
        if param.get("required"):
            required.append(param["name"])
    schema_out: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        schema_out["required"] = required
    request: dict[str, Any] = {"content": {media: {"schema": schema_out}}}
    if required:
        request["required"] = True
    return request


def _pick_request_media(consumes: list[str], default: str) -> str:
    for preferred in (JSON, OCTET, MULTIPART, FORM):
        if preferred in consumes:
            return preferred
    return consumes[0] if consumes else default


def _convert_response(
    status: str, response: dict[str, Any], produces: list[str], where: str, notes: Notes
) -> dict[str, Any]:
    new: dict[str, Any] = {"description": response.get("description") or f"{status} response"}
    if "headers" in response:
        new["headers"] = {
            name: {
                "description": header.get("description", ""),
                "schema": convert_schema(_param_schema(header), notes, f"{where} header {name}"),
            }
            for name, header in response["headers"].items()
        }
    if "schema" not in response:
        if status in ("200", "201", "202") and (not produces or JSON in produces):
            # Undocumented JSON body: hand it over as parsed JSON instead of discarding it.
            notes.add("2xx-without-schema", where)
            new["content"] = {JSON: {"schema": {}}}
        return new
    if status == "204":
        # 204 means no body by definition; a declared schema would make the client try to parse nothing.
        notes.add("204-schema", where)
        return new
    declared = response["schema"]
    schema = convert_schema(declared, notes, f"{where} response {status}")
    binary = (
        declared.get("type") == "file"
        or declared.get("$ref") == "#/definitions/file"
        or (schema.get("type") == "string" and schema.get("format") == "binary")
    )
    if OCTET in produces and (binary or JSON not in produces):
        notes.add("binary-response", where)
        media = OCTET
        schema = {"type": "string", "format": "binary"}
    else:
        if produces and produces[0] != JSON and "application/schema+json" in produces:
            notes.add("schema-json-produces", where)
        media = JSON
    new["content"] = {media: {"schema": schema}}
    return new


def convert_schema(schema: Any, notes: Notes, where: str) -> Any:
    """Convert one Swagger 2.0 schema (recursively) to OpenAPI 3.0."""
    if isinstance(schema, list):
        return [convert_schema(item, notes, where) for item in schema]
    if not isinstance(schema, dict):
        return schema
    new: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "$ref" and isinstance(value, str):
            new[key] = value.replace("#/definitions/", "#/components/schemas/", 1)
        elif key == "x-nullable":
            if value:
                notes.add("x-nullable", where)
                new["nullable"] = True
        elif key == "type" and value == "file":
            notes.add("file-type", where)
            new["type"] = "string"
            new["format"] = "binary"
        elif key == "discriminator" and isinstance(value, str):
            new[key] = {"propertyName": value}
        elif key in ("properties", "definitions", "patternProperties"):
            new[key] = {name: convert_schema(sub, notes, f"{where}.{name}") for name, sub in value.items()}
        elif key in ("items", "additionalProperties", "not", "allOf", "anyOf", "oneOf"):
            new[key] = convert_schema(value, notes, where)
        else:
            new[key] = copy.deepcopy(value)
    return new
