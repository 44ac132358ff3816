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
from .formats import CHECKED_FORMATS, describe, is_valid, matches_pattern, name_format, schema_format

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
            if values and param.allow_empty and all(value == "" for value in values):
                result.query[param.name] = ""  # `allowEmptyValue`: `name=` asks for no filter
                continue
            if not values:
                if param.required:
                    raise bad_request(f"Missing required query parameter '{param.name}'")
                continue
            schema = param.schema
            if param.name == "limit":
                # A limit over the maximum is lowered to it (see paging), not refused.
                schema = {k: v for k, v in contract.resolve(schema).items() if k != "maximum"}
            result.query[param.name] = coerce_param(contract, param.name, schema, values)
    result.body = _validate_body(contract, op, body, content_type)
    return result


def implied_by_name(name: str) -> str | None:
    """The format OFSC holds a date, time or date-time field to when the spec declares none
    (`dates`, `dateFrom`, `startDate`, `serviceWindowStart`, `slaWindowEnd`...)."""
    fmt = name_format(name)
    return fmt if fmt in ("date", "time", "date-time") else None


def implied_format(name: str, schema: JSON) -> JSON:
    """`schema` with the format its name implies (see `implied_by_name`), for a string parameter."""
    fmt = implied_by_name(name)
    if schema_format(schema) is None and fmt is not None and schema.get("type", "string") == "string":
        return {**schema, "x-ofsc-format": fmt}
    return schema


def coerce_param(contract: Contract, name: str, schema: JSON, values: list[str]) -> Any:
    schema = contract.resolve(schema)
    if schema.get("type") == "array":
        # OFSC takes arrays comma-separated (collectionFormat csv); repeated keys are accepted too.
        parts = [part for value in values for part in value.split(",") if part != ""]
        item_schema = schema.get("items") or {"type": "string"}
        return [coerce_scalar(contract, name, item_schema, part) for part in parts]
    return coerce_scalar(contract, name, schema, values[-1])


def coerce_scalar(contract: Contract, name: str, schema: JSON, raw: str) -> Any:
    schema = implied_format(name, contract.resolve(schema))
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
    if isinstance(value, str):
        _check_string(name, schema, value)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        _check_range(name, schema, value)
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


def check_value(
    contract: Contract, schema: JSON, value: Any, where: str, depth: int = 0, *, required: bool = True
) -> None:
    """Check `value` against everything `schema` says: type, null only where nullable, enum, string
    lengths, pattern and declared format, number ranges, item counts and uniqueness, required
    properties (those from `allOf` parts too), and typed `additionalProperties`. Unknown properties
    pass where the schema does not forbid them (OFSC accepts custom properties on most entities).
    `required=False` skips required properties (answers to a `fields=` projection omit them)."""
    if depth > 40:
        return
    flat = flatten(contract, schema)
    if value is None:
        if flat.get("nullable") or not flat:
            return
        raise bad_request(f"'{where}' must not be null")
    kind = flat.get("type")
    if kind is None and ("properties" in flat or "additionalProperties" in flat):
        kind = "object"
    if kind in _JSON_TYPES:
        expected = _JSON_TYPES[kind]
        ok = isinstance(value, expected) and not (kind in ("integer", "number") and isinstance(value, bool))
        if kind == "integer" and isinstance(value, float) and value.is_integer():
            ok = True
        if not ok:
            raise bad_request(f"'{where}' must be {_article(kind)} {kind}, got {type(value).__name__}")
    _check_enum(where, flat, value)
    if isinstance(value, str):
        _check_string(where, flat, value)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        _check_range(where, flat, value)
    elif isinstance(value, dict):
        _check_object(contract, flat, value, where, depth, required)
    elif isinstance(value, list):
        _check_array(contract, flat, value, where, depth, required)


def flatten(contract: Contract, schema: JSON) -> JSON:
    """`schema` with its `$ref`s followed and its `allOf` parts merged into one schema."""
    schema = contract.resolve(schema)
    parts = schema.get("allOf")
    if not parts:
        return schema
    merged: JSON = {}
    properties: JSON = {}
    required: list[str] = []
    for part in [*parts, {k: v for k, v in schema.items() if k != "allOf"}]:
        flat = flatten(contract, part)
        for key, value in flat.items():
            if key == "properties":
                properties.update(value)
            elif key == "required":
                required.extend(value)
            elif key == "type" and key in merged and merged[key] == "object" and value != "object":
                merged[key] = value  # an allOf wrapping an array, under a generic object
            else:
                merged.setdefault(key, value)
    if properties:
        merged["properties"] = properties
    if required:
        merged["required"] = required
    if "items" in merged and merged.get("type") == "object":
        merged["type"] = "array"
    return merged


def _check_string(where: str, schema: JSON, value: str) -> None:
    min_length, max_length = schema.get("minLength"), schema.get("maxLength")
    if isinstance(min_length, int) and len(value) < min_length:
        raise bad_request(f"'{where}' must be at least {min_length} characters long")
    if isinstance(max_length, int) and len(value) > max_length:
        raise bad_request(f"'{where}' must be at most {max_length} characters long")
    pattern = schema.get("pattern")
    if isinstance(pattern, str) and not matches_pattern(pattern, value):
        raise bad_request(f"'{where}' does not match the pattern {pattern}")
    fmt = schema_format(schema) or implied_by_name(where.rsplit(".", 1)[-1].split("[", 1)[0])
    if fmt in CHECKED_FORMATS and not is_valid(fmt, value):
        raise bad_request(f"'{where}' must be {describe(fmt)}, got '{value}'")


def _check_range(where: str, schema: JSON, value: float) -> None:
    low, high = schema.get("minimum"), schema.get("maximum")
    if isinstance(low, int | float):
        if value < low or (schema.get("exclusiveMinimum") is True and value == low):
            raise bad_request(f"'{where}' must not be less than {low}")
    if isinstance(high, int | float):
        if value > high or (schema.get("exclusiveMaximum") is True and value == high):
            raise bad_request(f"'{where}' must not be greater than {high}")


def _check_object(
    contract: Contract, schema: JSON, value: dict[str, Any], where: str, depth: int, required: bool
) -> None:
    props: JSON = schema.get("properties", {})
    for name in schema.get("required", []) if required else ():
        if name in props and name not in value:
            raise bad_request(f"'{where}' is missing the required field '{name}'")
    extra = schema.get("additionalProperties")
    for name, item in value.items():
        if name in props:
            check_value(contract, props[name], item, f"{where}.{name}", depth + 1, required=required)
        elif isinstance(extra, dict):
            check_value(contract, extra, item, f"{where}.{name}", depth + 1, required=required)
        elif extra is False:
            raise bad_request(f"'{where}' does not take the field '{name}'")


def _check_array(
    contract: Contract, schema: JSON, value: list[Any], where: str, depth: int, required: bool
) -> None:
    min_items, max_items = schema.get("minItems"), schema.get("maxItems")
    if isinstance(min_items, int) and len(value) < min_items:
        raise bad_request(f"'{where}' must have at least {min_items} items")
    if isinstance(max_items, int) and len(value) > max_items:
        raise bad_request(f"'{where}' must have at most {max_items} items")
    if schema.get("uniqueItems"):
        seen = [json.dumps(item, sort_keys=True) for item in value]
        if len(set(seen)) != len(seen):
            raise bad_request(f"'{where}' must not repeat an item")
    items = schema.get("items")
    if isinstance(items, dict):
        for index, item in enumerate(value):
            check_value(contract, items, item, f"{where}[{index}]", depth + 1, required=required)
