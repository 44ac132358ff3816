"""Request validation against the contract: path, query and form parameter types, required
parameters, enums, and JSON bodies (types, required fields, enums). Any failure is a 400."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from .contract import JSON, Contract, OperationSpec
from .errors import SimulatorHTTPError, bad_request

_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


@dataclass(slots=True)
class ValidatedRequest:
    path: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    body: Any = None  # parsed JSON, a form dict, raw bytes, or None
    content_type: str | None = None


def validate_request(
    contract: Contract,
    op: OperationSpec,
    path_params: dict[str, str],
    query: Sequence[tuple[str, str]],
    body: bytes,
    content_type: str | None,
) -> ValidatedRequest:
    result = ValidatedRequest(content_type=content_type)
    query_values: dict[str, list[str]] = {}
    for key, value in query:
        query_values.setdefault(key, []).append(value)
    for param in op.params:
        if param.location == "path":
            raw = path_params.get(param.name)
            if raw is None:
                raise bad_request(f"Missing path parameter '{param.name}'")
            result.path[param.name] = coerce_scalar(contract, param.name, param.schema, raw)
        elif param.location == "query":
            values = query_values.get(param.name)
            if not values:
                if param.required:
                    raise bad_request(f"Missing required query parameter '{param.name}'")
                continue
            result.query[param.name] = coerce_param(contract, param.name, param.schema, values)
    result.body = _validate_body(contract, op, body, content_type)
    return result


def coerce_param(contract: Contract, name: str, schema: JSON, values: list[str]) -> Any:
    schema = contract.resolve(schema)
    if schema.get("type") == "array":
        # OFSC takes arrays comma-separated (collectionFormat csv); repeated keys are accepted too.
        parts = [part for value in values for part in value.split(",") if part != ""]
        item_schema = schema.get("items") or {"type": "string"}
        return [coerce_scalar(contract, name, item_schema, part) for part in parts]
    return coerce_scalar(contract, name, schema, values[-1])


def coerce_scalar(contract: Contract, name: str, schema: JSON, raw: str) -> Any:
    schema = contract.resolve(schema)
    kind = schema.get("type", "string")
    value: Any = raw
    try:
        if kind == "integer":
            value = int(raw)
        elif kind == "number":
            value = float(raw)
    except ValueError:
        raise bad_request(f"Parameter '{name}' must be {_article(kind)} {kind}, got '{raw}'") from None
    if kind == "boolean":
        lowered = raw.lower()
        if lowered not in ("true", "false", "1", "0"):
            raise bad_request(f"Parameter '{name}' must be a boolean, got '{raw}'")
        value = lowered in ("true", "1")
    _check_enum(name, schema, value)
    return value


def _article(kind: str) -> str:
    return "an" if kind[:1] in "aeiou" else "a"


def _check_enum(where: str, schema: JSON, value: Any) -> None:
    allowed = schema.get("enum")
    if allowed and value not in allowed and not (value is None and schema.get("nullable")):
        shown = ", ".join(str(v) for v in allowed)
        raise bad_request(f"Invalid value '{value}' for '{where}'. Allowed values: {shown}")


def _validate_body(contract: Contract, op: OperationSpec, body: bytes, content_type: str | None) -> Any:
    media = (content_type or "").split(";")[0].strip().lower()
    if op.body_media is None:
        return body or None
    if not body:
        if op.body_required:
            raise bad_request("The request body is required")
        return None
    expected = op.body_media
    if expected == "application/json":
        if media and media != "application/json" and not media.endswith("+json"):
            raise SimulatorHTTPError(415, f"Expected application/json, got '{media}'")
        try:
            parsed = json.loads(body)
        except ValueError as exc:
            raise bad_request(f"The request body is not valid JSON: {exc}") from None
        if op.body_schema is not None:
            check_value(contract, op.body_schema, parsed, "body")
        return parsed
    if expected == "application/x-www-form-urlencoded":
        form = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        if op.body_schema is not None:
            props = contract.properties(op.body_schema)
            for name in contract.required(op.body_schema):
                if not form.get(name):
                    raise bad_request(f"Missing required form field '{name}'")
            for name, value in form.items():
                if name in props:
                    coerce_scalar(contract, name, props[name], value)
        return form
    if expected.startswith("multipart/"):
        if not media.startswith("multipart/"):
            raise SimulatorHTTPError(415, f"Expected {expected}, got '{media or 'no content type'}'")
        if op.body_schema is not None:
            for name in contract.required(op.body_schema):
                if f'name="{name}"'.encode() not in body:
                    raise bad_request(f"Missing required multipart field '{name}'")
        return body
    return body


def check_value(contract: Contract, schema: JSON, value: Any, where: str, depth: int = 0) -> None:
    """Check `value` against `schema`: types, nullability, enums, required properties. Unknown
    properties pass (OFSC accepts custom properties on most entities)."""
    if depth > 40:
        return
    schema = contract.resolve(schema)
    if value is None:
        return  # OFSC sends and accepts null for absent values; nullable is not enforced on input
    kind = schema.get("type")
    if kind is None and ("properties" in schema or "allOf" in schema):
        kind = "object"
    if kind in _JSON_TYPES:
        expected = _JSON_TYPES[kind]
        ok = isinstance(value, expected) and not (kind in ("integer", "number") and isinstance(value, bool))
        if kind == "integer" and isinstance(value, float) and value.is_integer():
            ok = True
        if not ok:
            raise bad_request(f"'{where}' must be {_article(kind)} {kind}, got {type(value).__name__}")
    _check_enum(where, schema, value)
    if isinstance(value, dict):
        props = contract.properties(schema)
        for name in contract.required(schema):
            if name in props and name not in value:
                raise bad_request(f"'{where}' is missing the required field '{name}'")
        for name, item in value.items():
            if name in props:
                check_value(contract, props[name], item, f"{where}.{name}", depth + 1)
    elif isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            check_value(contract, schema["items"], item, f"{where}[{index}]", depth + 1)
