"""Deterministic example values built from response schemas, for operations without stateful
handlers. The same schema and seed always give the same value; every value is valid for its schema:
formats (`x-ofsc-format`, or what OFSC sends for a field of that name), ranges, lengths, patterns,
enums, item counts, and every nesting level the schema declares."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from .contract import JSON, Contract
from .formats import example_for_pattern, name_format, schema_format

_HARD_DEPTH = 40  # a guard only: recursive schemas stop at the first repeated $ref
_BASE_DAY = date(2025, 6, 2)


def _stable_int(seed: str, low: int = 1, high: int = 1000) -> int:
    digest = hashlib.sha256(seed.encode()).digest()
    return low + int.from_bytes(digest[:4], "big") % (high - low + 1)


def synthesize(contract: Contract, schema: JSON | None, seed: str = "") -> Any:
    """A value that validates against `schema`; arrays hold `minItems` items (at least one), every
    known property is set."""
    if schema is None:
        return {}
    return _value(contract, schema, seed, 0, frozenset())


def schema_kind(contract: Contract, schema: JSON) -> str | None:
    """The JSON type of `schema`, looking through `allOf` (an `allOf` may wrap an array)."""
    schema = contract.resolve(schema)
    kind = schema.get("type")
    if isinstance(kind, str):
        return kind
    for part in schema.get("allOf", []):
        found = schema_kind(contract, part)
        if found is not None:
            return found
    if "properties" in schema or "additionalProperties" in schema:
        return "object"
    return None


def array_items(contract: Contract, schema: JSON) -> JSON | None:
    """The item schema of an array schema, looking through `allOf`."""
    schema = contract.resolve(schema)
    if isinstance(schema.get("items"), dict):
        return dict(schema["items"])
    for part in schema.get("allOf", []):
        found = array_items(contract, part)
        if found is not None:
            return found
    return None


def merged_keyword(contract: Contract, schema: JSON, keyword: str) -> Any:
    """`keyword` of `schema` or of the first `allOf` part that has it."""
    schema = contract.resolve(schema)
    if keyword in schema:
        return schema[keyword]
    for part in schema.get("allOf", []):
        found = merged_keyword(contract, part, keyword)
        if found is not None:
            return found
    return None


def _value(contract: Contract, schema: JSON, path: str, depth: int, refs: frozenset[str]) -> Any:
    ref = schema.get("$ref")
    if isinstance(ref, str):
        if ref in refs:  # recursive schema: stop the cycle
            return None
        refs = refs | {ref}
    schema = contract.resolve(schema)
    for part in schema.get("allOf", []):
        inner = part.get("$ref")
        if isinstance(inner, str):
            if inner in refs:
                return None
            refs = refs | {inner}
    enum = merged_keyword(contract, schema, "enum")
    if enum:
        return enum[_stable_int(path, 0, len(enum) - 1)] if len(enum) > 1 else enum[0]
    kind = schema_kind(contract, schema)
    if kind == "object":
        return _object(contract, schema, path, depth, refs)
    if kind == "array":
        return _array(contract, schema, path, depth, refs)
    if kind == "integer":
        return int(_number(schema, path, integer=True))
    if kind == "number":
        return _number(schema, path, integer=False)
    if kind == "boolean":
        return True
    return _string(schema, path)


def _object(contract: Contract, schema: JSON, path: str, depth: int, refs: frozenset[str]) -> Any:
    if depth >= _HARD_DEPTH:
        return {}
    out: dict[str, Any] = {}
    for name, prop in contract.properties(schema).items():
        value = _value(contract, prop, f"{path}.{name}", depth + 1, refs)
        if value is not None:
            out[name] = value
    extra = merged_keyword(contract, schema, "additionalProperties")
    if isinstance(extra, dict) and not out:
        # A map: one entry, keyed by a day (OFSC's maps are keyed by dates or labels).
        value = _value(contract, extra, f"{path}.*", depth + 1, refs)
        if value is not None:
            out[_BASE_DAY.isoformat()] = value
    return out


def _array(contract: Contract, schema: JSON, path: str, depth: int, refs: frozenset[str]) -> Any:
    item_schema = array_items(contract, schema)
    if item_schema is None or depth >= _HARD_DEPTH:
        return []
    wanted = max(1, int(merged_keyword(contract, schema, "minItems") or 0))
    maximum = merged_keyword(contract, schema, "maxItems")
    if isinstance(maximum, int):
        wanted = min(wanted, maximum)
    items: list[Any] = []
    enum = merged_keyword(contract, item_schema, "enum")
    for index in range(wanted):
        if enum:  # distinct values, so `uniqueItems` holds
            item: Any = enum[index % len(enum)]
        else:
            item = _value(contract, item_schema, f"{path}[{index}]", depth + 1, refs)
        if item is None:
            return []
        items.append(item)
    return items


def _number(schema: JSON, path: str, *, integer: bool) -> float:
    low = schema.get("minimum")
    high = schema.get("maximum")
    leaf = path.rsplit(".", 1)[-1].lower()
    if low is None and high is None and leaf in ("latitude", "lat"):
        low, high = -80, 80
    if low is None and high is None and leaf in ("longitude", "lng", "lon"):
        low, high = -170, 170
    lo = int(low) if low is not None else (0 if high is not None and high >= 0 else 1)
    hi = int(high) if high is not None else max(lo, 1000)
    if schema.get("exclusiveMinimum"):
        lo += 1
    if schema.get("exclusiveMaximum"):
        hi -= 1
    value = _stable_int(path, lo, max(lo, hi))
    if integer:
        return value
    result = value + 0.5
    return float(value) if high is not None and result > float(high) else result


def _string(schema: JSON, path: str) -> str:
    leaf = path.rsplit(".", 1)[-1]
    leaf = leaf.split("[", 1)[0] or "value"
    number = _stable_int(path, 1, 999)
    fmt = schema_format(schema) or name_format(leaf)
    text = _formatted(fmt, leaf, number) if fmt else None
    if text is None:
        text = f"{leaf}_{number}"
    pattern = schema.get("pattern")
    if isinstance(pattern, str):
        text = example_for_pattern(pattern, text)
    max_length = schema.get("maxLength")
    min_length = schema.get("minLength")
    if isinstance(max_length, int) and len(text) > max_length:
        text = text[:max_length] if fmt is None else text
    if isinstance(min_length, int) and len(text) < min_length:
        text = text + "x" * (min_length - len(text))
    return text


def _formatted(fmt: str, leaf: str, number: int) -> str | None:
    day = _BASE_DAY + timedelta(days=number % 5)
    hour = 8 + number % 9
    if fmt == "date":
        return day.isoformat()
    if fmt == "time":
        return f"{hour:02d}:00"
    if fmt == "date-time":
        return f"{day.isoformat()} {hour:02d}:00:00"
    if fmt in ("timestamp-date-time-iso8601", "iso-date-time"):
        return f"{day.isoformat()}T{hour:02d}:00:00Z"
    if fmt == "email":
        return f"{leaf.lower()}{number}@example.com"
    if fmt == "url":
        return f"https://example.com/{leaf}/{number}"
    if fmt == "time-zone":
        return "America/New_York"
    if fmt == "language":
        return "en"
    if fmt == "language-iso":
        return "en-US"
    if fmt == "binary":
        return ""
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
        filled[name] = _value(contract, props[name], name, 0, frozenset())
    return filled


def list_item_schema(contract: Contract, schema: JSON | None) -> JSON | None:
    """The schema of `items[]` in a list envelope."""
    if schema is None:
        return None
    items = contract.properties(schema).get("items")
    if items is None:
        return None
    return array_items(contract, items)


def with_values(body: Any, values: Mapping[str, Any]) -> Any:
    """`body` with the top-level properties named in `values` set to them (when it has them)."""
    if not isinstance(body, dict):
        return body
    out = dict(body)
    for name, value in values.items():
        if name in out:
            out[name] = value
    return out
