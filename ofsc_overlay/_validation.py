"""Argument checks made before any request leaves the process.

The catalog says, per operation, which parameters exist, which are required, their JSON type and allowed
values. Checking here turns a typo or a wrong type into a :class:`RequestValidationError` that names the
operation and the argument, instead of a 400 from the server (or a request that silently does something else).
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import json
from collections.abc import Mapping
from importlib import resources
from typing import Any, Protocol

from .errors import RequestValidationError

__all__ = ["OperationLike", "ParamLike", "body_required_fields", "is_model", "validate_args", "wire_value"]


class ParamLike(Protocol):
    """What the checks read from ``ofsc_generated.catalog.Param``."""

    @property
    def name(self) -> str: ...
    @property
    def wire(self) -> str: ...
    @property
    def location(self) -> str: ...
    @property
    def required(self) -> bool: ...
    @property
    def type(self) -> str: ...
    @property
    def enum(self) -> tuple[str, ...] | None: ...


class OperationLike(Protocol):
    """What the runtime reads from ``ofsc_generated.catalog.Operation``."""

    @property
    def group(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def method(self) -> str: ...
    @property
    def path(self) -> str: ...
    @property
    def module(self) -> str: ...
    @property
    def params(self) -> tuple[ParamLike, ...]: ...
    @property
    def body(self) -> str | None: ...
    @property
    def body_required(self) -> bool: ...
    @property
    def body_schema(self) -> str | None: ...
    @property
    def accept(self) -> str: ...
    @property
    def paging(self) -> str | None: ...
    @property
    def items_key(self) -> str | None: ...


def _type_name(value: Any) -> str:
    return type(value).__name__


def is_model(body: Any) -> bool:
    """True for a generated model (JSON or multipart): it serialises itself."""
    return hasattr(body, "to_dict") or hasattr(body, "to_multipart")


def wire_value(value: Any) -> Any:
    """The plain value behind an enum member (generated enums are ``str`` enums)."""
    return value.value if isinstance(value, enum.Enum) else value


def _matches_type(value: Any, expected: str) -> bool:
    value = wire_value(value)
    if expected == "string":
        # Date parameters are strings on the wire; date objects are accepted too (httpx formats them).
        return isinstance(value, str | _dt.date | _dt.time)
    if expected == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if expected == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if expected == "boolean":
        return isinstance(value, bool)
    if expected == "array":
        return isinstance(value, list | tuple | str)  # a str is sent as given, e.g. "a,b"
    return True  # a type the catalog does not constrain


_TYPE_WORDS = {
    "string": "a str",
    "integer": "an int",
    "number": "a number",
    "boolean": "a bool",
    "array": "a list",
}


def _where(op: OperationLike) -> str:
    return f"{op.group}.{op.name}"


def _check_enum(op: OperationLike, param: ParamLike, value: Any) -> None:
    if not param.enum:
        return
    candidates: Any = [value]
    if param.type == "array":
        candidates = value.split(",") if isinstance(value, str) else value
    for candidate in candidates:
        plain = wire_value(candidate)
        if plain not in param.enum:
            allowed = ", ".join(repr(choice) for choice in param.enum)
            raise RequestValidationError(_where(op), param.name, f"must be one of {allowed}; got {plain!r}")


def validate_args(op: OperationLike, args: Mapping[str, Any]) -> None:
    """Raise :class:`RequestValidationError` unless ``args`` fit ``op``. ``None`` means "not given"."""
    known = {param.name for param in op.params}
    if op.body is not None:
        known.add("body")
    unexpected = sorted(name for name in args if name not in known)
    if unexpected:
        accepted = ", ".join(sorted(known)) or "none"
        raise RequestValidationError(_where(op), unexpected[0], f"is not accepted (accepted: {accepted})")
    for param in op.params:
        value = args.get(param.name)
        if value is None:
            if param.required:
                raise RequestValidationError(
                    _where(op), param.name, f"is required ({param.location} parameter {param.wire!r})"
                )
            continue
        if not _matches_type(value, param.type):
            expected = _TYPE_WORDS.get(param.type, param.type)
            raise RequestValidationError(
                _where(op), param.name, f"must be {expected}, got {_type_name(value)}"
            )
        _check_enum(op, param, value)
    _validate_body(op, args.get("body"))


def _validate_body(op: OperationLike, body: Any) -> None:
    if op.body is None:
        return
    if body is None:
        if op.body_required:
            raise RequestValidationError(_where(op), "body", f"is required ({op.body} request body)")
        return
    if op.body == "binary":
        readable = hasattr(body, "read") or hasattr(body, "payload")
        if not (isinstance(body, bytes | bytearray | memoryview | str) or readable):
            raise RequestValidationError(
                _where(op), "body", f"must be bytes, str or a binary file object, got {_type_name(body)}"
            )
        return
    if isinstance(body, Mapping):
        if op.method.upper() == "PATCH":
            return  # a partial update: only the fields given are sent, none is required
        missing = [field for field in body_required_fields(op.body_schema) if body.get(field) is None]
        if missing:
            schema = f" of {op.body_schema}" if op.body_schema else ""
            raise RequestValidationError(
                _where(op), "body", f"is missing required field(s) {', '.join(missing)}{schema}"
            )
        return
    if isinstance(body, list | tuple) and op.body == "json":
        return
    if is_model(body):
        return
    raise RequestValidationError(
        _where(op), "body", f"must be a generated model or a dict, got {_type_name(body)}"
    )


@functools.cache
def _contract_schemas() -> Mapping[str, Any]:
    """``components.schemas`` of the generated contract, loaded once, and only when a dict body is sent."""
    try:
        text = resources.files("ofsc_generated").joinpath("_contract.json").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
    schemas = json.loads(text).get("components", {}).get("schemas", {})
    return schemas if isinstance(schemas, Mapping) else {}


def body_required_fields(schema_name: str | None) -> tuple[str, ...]:
    """Required top-level fields of a body schema, when the contract knows them."""
    if not schema_name:
        return ()
    schema = _contract_schemas().get(schema_name)
    if not isinstance(schema, Mapping):
        return ()
    required = schema.get("required", ())
    return tuple(field for field in required if isinstance(field, str))
