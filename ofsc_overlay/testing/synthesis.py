"""Deterministic example values built from response schemas, for operations without stateful
handlers. The same schema and path always give the same body."""

from __future__ import annotations

import hashlib
from typing import Any

from .contract import JSON, Contract

_MAX_DEPTH = 6  # past it, objects carry only their required properties and arrays stay empty
_HARD_DEPTH = 16

_STRING_BY_FORMAT = {
    "date": "2025-01-15",
    "time": "08:00:00",
    "timestamp-date-time-iso8601": "2025-01-15T08:00:00Z",
    "date-time": "2025-01-15T08:00:00Z",
    "binary": "",
}


def _stable_int(seed: str, low: int = 1, high: int = 1000) -> int:
    digest = hashlib.sha256(seed.encode()).digest()
    return low + int.from_bytes(digest[:4], "big") % (high - low + 1)


def synthesize(contract: Contract, schema: JSON | None, seed: str = "") -> Any:
    """A value that validates against `schema`; arrays hold one item, every known property is set."""
    if schema is None:
        return {}
    return _value(contract, schema, seed, 0, frozenset())


def _value(contract: Contract, schema: JSON, path: str, depth: int, refs: frozenset[str]) -> Any:
    ref = schema.get("$ref")
    if isinstance(ref, str):
        if ref in refs:  # recursive schema: stop the cycle
            return None
        refs = refs | {ref}
    schema = contract.resolve(schema)
    if schema.get("enum"):
        return schema["enum"][0]
    kind = schema.get("type")
    if kind is None and ("properties" in schema or "allOf" in schema):
        kind = "object"
    if kind == "object":
        if depth >= _HARD_DEPTH:
            return {}
        out: dict[str, Any] = {}
        props = contract.properties(schema)
        if depth >= _MAX_DEPTH:
            required = set(contract.required(schema))
            props = {name: prop for name, prop in props.items() if name in required}
        for name, prop in props.items():
            value = _value(contract, prop, f"{path}.{name}", depth + 1, refs)
            if value is not None:
                out[name] = value
        return out
    if kind == "array":
        if depth >= _MAX_DEPTH or "items" not in schema:
            return []
        item = _value(contract, schema["items"], f"{path}[]", depth + 1, refs)
        return [] if item is None else [item]
    if kind == "integer":
        low = int(schema.get("minimum", 1))
        high = int(schema.get("maximum", max(low, 1000)))
        return _stable_int(path, low, high)
    if kind == "number":
        return float(_stable_int(path, 1, 100)) + 0.5
    if kind == "boolean":
        return True
    if kind == "string" or kind is None:
        fmt = schema.get("format")
        if isinstance(fmt, str) and fmt in _STRING_BY_FORMAT:
            return _STRING_BY_FORMAT[fmt]
        leaf = path.rsplit(".", 1)[-1].strip("[]") or "value"
        text = f"{leaf}_{_stable_int(path, 1, 999)}"
        max_length = schema.get("maxLength")
        return text[: int(max_length)] if isinstance(max_length, int) else text
    return None


def synthesize_bytes(seed: str) -> bytes:
    """Stable binary content for octet-stream downloads."""
    return b"OFSC-SIMULATOR-FILE\n" + hashlib.sha256(seed.encode()).hexdigest().encode() + b"\n"


def fill_required(contract: Contract, schema: JSON | None, record: dict[str, Any]) -> dict[str, Any]:
    """`record` plus generated values for the required properties it lacks (seeded metadata is small;
    the read schemas ask for more)."""
    if schema is None:
        return record
    props = contract.properties(schema)
    missing = [name for name in contract.required(schema) if name not in record and name in props]
    if not missing:
        return record
    filled = dict(record)
    for name in missing:
        filled[name] = _value(contract, props[name], name, _MAX_DEPTH, frozenset())
    return filled


def list_item_schema(contract: Contract, schema: JSON | None) -> JSON | None:
    """The schema of `items[]` in a list envelope."""
    if schema is None:
        return None
    items = contract.properties(schema).get("items")
    if items is None:
        return None
    items = contract.resolve(items)
    inner = items.get("items")
    return inner if isinstance(inner, dict) else None
