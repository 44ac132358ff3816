"""A Swagger 2.0 document rebuilt from the generated contract (`ofsc_generated/_contract.json`, OpenAPI 3),
so the simulator can serve each family's metadata-catalog without Oracle's spec file.

It carries what a client reads from a tenant's catalog: `info.version`, every path and operation, their
parameters, bodies, responses, media types and schemas (`definitions`). It is not Oracle's document: the
prose is gone, the spec fixes are applied and schema names are the generator's, so its `info` says so
(`x-ofsc-rebuilt`), and `fetch-spec --from tenant` takes such a family as not served."""

from __future__ import annotations

from typing import Any

from .contract import JSON

__all__ = ["REBUILT_MARK", "swagger_from_contract"]

#: The `info` key marking a rebuilt document.
REBUILT_MARK = "x-ofsc-rebuilt"
_REF_PREFIX = "#/components/schemas/"
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
_FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")


def _schema(node: Any) -> Any:
    """OpenAPI 3 schema keywords back to Swagger 2.0: refs to `definitions`, `x-ofsc-format` to
    `format`, `nullable` to `x-nullable`."""
    if isinstance(node, list):
        return [_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    out: JSON = {}
    for key, value in node.items():
        if key == "$ref" and isinstance(value, str) and value.startswith(_REF_PREFIX):
            out[key] = "#/definitions/" + value[len(_REF_PREFIX) :]
        elif key == "x-ofsc-format":
            out["format"] = value
        elif key == "nullable":
            out["x-nullable"] = value
        elif key == "properties" and isinstance(value, dict):
            out[key] = {name: _schema(prop) for name, prop in value.items()}
        else:
            out[key] = _schema(value)
    return out


def _parameter(raw: JSON) -> JSON:
    param: JSON = {key: raw[key] for key in ("name", "in", "required", "allowEmptyValue") if key in raw}
    schema = _schema(raw.get("schema") or {"type": "string"})
    param.update({key: value for key, value in schema.items() if key != "x-nullable"})
    if param.get("type") == "array":
        param["collectionFormat"] = (
            "multi" if raw.get("explode", True) and raw.get("in") == "query" else "csv"
        )
        if raw.get("style") == "form" and raw.get("explode") is False:
            param["collectionFormat"] = "csv"
    return param


def _form_parameters(schema: JSON, schemas: dict[str, Any], required: bool) -> list[JSON]:
    if "$ref" in schema:
        schema = schemas.get(str(schema["$ref"]).rsplit("/", 1)[-1], {})
    needed = set(schema.get("required", []))
    params: list[JSON] = []
    for name, prop in (schema.get("properties") or {}).items():
        converted = _schema(prop)
        if converted.get("format") == "binary":
            converted = {"type": "file"}
        params.append({"name": name, "in": "formData", "required": name in needed and required, **converted})
    return params


def _operation(raw: JSON, schemas: dict[str, Any]) -> JSON:
    op: JSON = {key: raw[key] for key in ("operationId", "tags") if key in raw}
    params = [_parameter(p) for p in raw.get("parameters", [])]
    body = raw.get("requestBody")
    if isinstance(body, dict) and body.get("content"):
        media, content = next(iter(body["content"].items()))
        op["consumes"] = [media]
        schema = content.get("schema") or {}
        required = bool(body.get("required", False))
        if media in _FORMS:
            params.extend(_form_parameters(schema, schemas, required))
        else:
            params.append({"name": "body", "in": "body", "required": required, "schema": _schema(schema)})
    if params:
        op["parameters"] = params
    responses: JSON = {}
    produces: list[str] = []
    for status, answer in (raw.get("responses") or {}).items():
        converted: JSON = {"description": ""}
        for media, content in ((answer or {}).get("content") or {}).items():
            if media not in produces:
                produces.append(media)
            if "schema" in content and "schema" not in converted:
                converted["schema"] = _schema(content["schema"])
        responses[status] = converted
    if produces:
        op["produces"] = produces
    op["responses"] = responses
    return op


def swagger_from_contract(contract: JSON) -> JSON:
    """The whole contract as one Swagger 2.0 document (paths under `/rest/...`, no host)."""
    schemas: dict[str, Any] = (contract.get("components") or {}).get("schemas") or {}
    paths: JSON = {}
    for path, item in (contract.get("paths") or {}).items():
        paths[path] = {method: _operation(item[method], schemas) for method in _METHODS if method in item}
    info = dict(contract.get("info") or {})
    info[REBUILT_MARK] = "rebuilt from the generated contract: no prose, spec fixes applied"
    return {
        "swagger": "2.0",
        "info": info,
        "consumes": ["application/json"],
        "produces": ["application/json"],
        "paths": paths,
        "definitions": {name: _schema(schema) for name, schema in schemas.items()},
    }
