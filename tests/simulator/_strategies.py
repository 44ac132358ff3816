"""hypothesis strategies drawn from the contract: values valid for a schema (types, enums, lengths,
patterns, declared formats, ranges, item counts, uniqueness, required properties, typed maps), and one
mutation that makes a valid request one the spec forbids."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from hypothesis import strategies as st

from ofsc_overlay.testing import Contract
from ofsc_overlay.testing.contract import JSON
from ofsc_overlay.testing.formats import schema_format
from ofsc_overlay.testing.validation import flatten, implied_by_name

_MAX_DEPTH = 5
_TEXT = st.text(
    alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_", min_size=1, max_size=12
)
_DAYS = st.integers(0, 3650).map(lambda n: date(2020, 1, 1) + timedelta(days=n))


def _string(schema: JSON) -> st.SearchStrategy[str]:
    fmt = schema_format(schema)
    if fmt == "date":
        return _DAYS.map(date.isoformat)
    if fmt == "time":
        return st.tuples(st.integers(0, 23), st.integers(0, 59)).map(lambda t: f"{t[0]:02d}:{t[1]:02d}")
    if fmt == "date-time":
        return st.tuples(_DAYS, st.integers(0, 23), st.integers(0, 59)).map(
            lambda t: f"{t[0].isoformat()} {t[1]:02d}:{t[2]:02d}:00"
        )
    if fmt == "timestamp-date-time-iso8601":
        return _DAYS.map(lambda d: datetime(d.year, d.month, d.day, 8).isoformat() + "Z")
    low = int(schema.get("minLength", 0) or 0)
    high = schema.get("maxLength")
    pattern = schema.get("pattern")
    if isinstance(pattern, str):
        return st.from_regex(pattern, fullmatch=True).filter(
            lambda s: low <= len(s) <= (high if isinstance(high, int) else 10**6)
        )
    top = min(int(high), max(low, 12)) if isinstance(high, int) else max(low, 12)
    base = st.text(
        alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_", min_size=low, max_size=top
    )
    return base


def values(
    contract: Contract, schema: JSON, depth: int = 0, refs: frozenset[str] = frozenset(), name: str = ""
) -> st.SearchStrategy[Any]:
    """Values valid for `schema` (never null: null is valid only where the spec says so). `name` is the
    property's: OFSC takes only dates in date fields the spec leaves undeclared."""
    ref = schema.get("$ref")
    if isinstance(ref, str):
        if ref in refs:
            return st.nothing()
        refs = refs | {ref}
    flat = flatten(contract, schema)
    if flat.get("enum"):
        return st.sampled_from(flat["enum"])
    kind = flat.get("type")
    if kind is None and ("properties" in flat or "additionalProperties" in flat):
        kind = "object"
    if kind == "integer":
        low, high = flat.get("minimum"), flat.get("maximum")
        return st.integers(int(low) if low is not None else 0, int(high) if high is not None else 100_000)
    if kind == "number":
        low, high = flat.get("minimum"), flat.get("maximum")
        return st.floats(
            float(low) if low is not None else -1000.0,
            float(high) if high is not None else 1000.0,
            allow_nan=False,
            allow_infinity=False,
        )
    if kind == "boolean":
        return st.booleans()
    if kind == "array":
        items = flat.get("items")
        if not isinstance(items, dict):
            return st.just([])
        low = int(flat.get("minItems", 0) or 0)
        high = min(int(flat.get("maxItems", 3) or 3), max(low, 3))
        if depth >= _MAX_DEPTH and low == 0:
            return st.just([])
        unique = bool(flat.get("uniqueItems"))
        return st.lists(
            values(contract, items, depth + 1, refs, name),
            min_size=low,
            max_size=high,
            unique_by=(lambda v: json.dumps(v, sort_keys=True)) if unique else None,
        )
    if kind == "object":
        props: JSON = flat.get("properties", {})
        required = [name for name in dict.fromkeys(flat.get("required", [])) if name in props]
        optional = [] if depth >= _MAX_DEPTH else [name for name in props if name not in required]
        extra = flat.get("additionalProperties")
        if not props and isinstance(extra, dict):
            return st.dictionaries(_TEXT, values(contract, extra, depth + 1, refs), max_size=2)
        return st.fixed_dictionaries(
            {key: values(contract, props[key], depth + 1, refs, key) for key in required},
            optional={key: values(contract, props[key], depth + 1, refs, key) for key in optional},
        )
    if kind in (None, "string"):
        implied = implied_by_name(name)
        if schema_format(flat) is None and implied is not None:
            flat = {**flat, "x-ofsc-format": implied}
        return _string(flat)
    return st.nothing()


@dataclass(frozen=True)
class Breach:
    """Where a mutation applies: a JSON pointer-like path into the body, or a parameter."""

    where: str  # "body", "query" or "path"
    path: tuple[str | int, ...]
    how: str


def breaches(
    contract: Contract, schema: JSON, value: Any, path: tuple[str | int, ...] = (), depth: int = 0
) -> list[Breach]:
    """Every way to make `value` (valid for `schema`) invalid by one local change."""
    if depth > 8:
        return []
    flat = flatten(contract, schema)
    found: list[Breach] = []
    if flat and not flat.get("nullable"):
        found.append(Breach("body", path, "null"))
    kind = flat.get("type")
    if kind is None and "properties" in flat:
        kind = "object"
    if kind in ("integer", "number", "boolean", "array", "object") or (
        kind == "string" and not isinstance(value, bool)
    ):
        found.append(Breach("body", path, f"wrong-type:{kind}"))
    if flat.get("enum"):
        found.append(Breach("body", path, "enum"))
    if isinstance(value, str):
        if isinstance(flat.get("maxLength"), int):
            found.append(Breach("body", path, "too-long"))
        if isinstance(flat.get("minLength"), int) and flat["minLength"] > 0:
            found.append(Breach("body", path, "too-short"))
        leaf = str(path[-1]) if path and isinstance(path[-1], str) else ""
        if schema_format(flat) in ("date", "time", "timestamp-date-time-iso8601") or implied_by_name(leaf):
            found.append(Breach("body", path, "bad-format"))
    if isinstance(value, int | float) and not isinstance(value, bool):
        if flat.get("maximum") is not None:
            found.append(Breach("body", path, "too-big"))
        if flat.get("minimum") is not None:
            found.append(Breach("body", path, "too-small"))
    if isinstance(value, list):
        if isinstance(flat.get("maxItems"), int):
            found.append(Breach("body", path, "too-many"))
        if flat.get("uniqueItems") and value:
            found.append(Breach("body", path, "duplicate"))
        items = flat.get("items")
        if isinstance(items, dict):
            for index, item in enumerate(value[:2]):
                found.extend(breaches(contract, items, item, (*path, index), depth + 1))
    if isinstance(value, dict):
        props: JSON = flat.get("properties", {})
        for name in dict.fromkeys(flat.get("required", [])):
            if name in props and name in value:
                found.append(Breach("body", (*path, name), "drop"))
        for name, item in value.items():
            if name in props:
                found.extend(breaches(contract, props[name], item, (*path, name), depth + 1))
    return found


def _broken(how: str, current: Any, schema: JSON) -> Any:
    if how == "null":
        return None
    if how.startswith("wrong-type:"):
        kind = how.split(":", 1)[1]
        return {"string": 12345, "integer": "not-a-number", "number": "NaN-text", "boolean": "yes",
                "array": {"not": "an array"}, "object": ["not", "an", "object"]}[kind]  # fmt: skip
    if how == "enum":
        return "__not_in_the_enum__"
    if how == "too-long":
        return "x" * (int(schema["maxLength"]) + 1)
    if how == "too-short":
        return "x" * (int(schema["minLength"]) - 1)
    if how == "bad-format":
        return "31/02/2025 25:61"
    if how == "too-big":
        return int(schema["maximum"]) + 1
    if how == "too-small":
        return int(schema["minimum"]) - 1
    if how == "too-many":
        return list(current) + [current[0] if current else 0] * (int(schema["maxItems"]) + 1)
    if how == "duplicate":
        return list(current) + [current[0]]
    raise ValueError(how)


def apply(contract: Contract, body_schema: JSON, body: Any, breach: Breach) -> Any:
    """`body` with `breach` applied (a deep copy)."""
    body = json.loads(json.dumps(body))
    if not breach.path:
        return _broken(breach.how, body, flatten(contract, body_schema))
    parent = body
    schema = body_schema
    for step in breach.path[:-1]:
        parent = parent[step]
        schema = _child(contract, schema, step)
    last = breach.path[-1]
    if breach.how == "drop":
        del parent[last]
    else:
        parent[last] = _broken(breach.how, parent[last], flatten(contract, _child(contract, schema, last)))
    return body


def _child(contract: Contract, schema: JSON, step: str | int) -> JSON:
    flat = flatten(contract, schema)
    if isinstance(step, int):
        items = flat.get("items")
        return items if isinstance(items, dict) else {}
    props: JSON = flat.get("properties", {})
    return props.get(step, {})
