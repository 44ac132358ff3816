"""Format checks of answers, shared by the fidelity and property tests."""

from __future__ import annotations

from typing import Any

from ofsc_overlay.testing import Contract
from ofsc_overlay.testing.contract import JSON
from ofsc_overlay.testing.formats import is_valid, name_format, schema_format
from ofsc_overlay.testing.validation import flatten

_NAMED_FORMATS = ("date", "time", "date-time")


def format_problems(
    contract: Contract, schema: JSON | None, value: Any, where: str, depth: int = 0
) -> list[str]:
    """Values that fail their declared format or OFSC's format for their field name, and `{}` where
    the schema has required properties."""
    if schema is None or depth > 40:
        return []
    flat = flatten(contract, schema)
    found: list[str] = []
    if isinstance(value, str):
        leaf = where.rsplit(".", 1)[-1].split("[", 1)[0]
        fmt = schema_format(flat) or name_format(leaf)
        if fmt is not None and (fmt in _NAMED_FORMATS or schema_format(flat)) and not is_valid(fmt, value):
            found.append(f"{where}={value!r} is not a valid {fmt}")
    elif isinstance(value, dict):
        props: JSON = flat.get("properties", {})
        if not value and flat.get("required"):
            found.append(f"{where} is {{}} where the schema has required properties")
        extra = flat.get("additionalProperties")
        for name, item in value.items():
            sub = props.get(name) if name in props else (extra if isinstance(extra, dict) else None)
            found.extend(format_problems(contract, sub, item, f"{where}.{name}", depth + 1))
    elif isinstance(value, list) and isinstance(flat.get("items"), dict):
        for index, item in enumerate(value):
            found.extend(format_problems(contract, flat["items"], item, f"{where}[{index}]", depth + 1))
    return found
