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
import os
import re
from collections.abc import Mapping
from importlib import resources
from typing import Any, Protocol

import httpx

from .errors import ConfigurationError, RequestValidationError

__all__ = [
    "OperationLike",
    "ParamLike",
    "body_required_fields",
    "check_call_options",
    "is_model",
    "is_safe_header",
    "validate_args",
    "wire_value",
]


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


def wire_value(value: Any, format: str | None = None) -> Any:
    """What is sent for ``value``: an enum member's value; dates and times as OFSC reads them.

    ``datetime.date`` -> ``YYYY-MM-DD``, ``datetime.time`` -> ``HH:MM:SS``, ``datetime.datetime`` ->
    ``YYYY-MM-DD HH:MM:SS`` (its wall-clock time, as OFSC reads date-times), or only its date where the
    parameter's ``format`` is ``date``.
    """
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, _dt.datetime):
        return value.date().isoformat() if format == "date" else value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, _dt.time):
        return value.strftime("%H:%M:%S")
    return value


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
        if param.location == "path":
            _check_path_segment(op, param, value)
        elif param.location in ("header", "query"):
            _check_no_control_chars(op, param, value)
    _validate_body(op, args.get("body"))


# Segments that URL normalisation removes or climbs out of: sent as they are, they address another resource
# (``DELETE .../users/victim/.`` is ``DELETE .../users/victim``).
_DOT_SEGMENTS = frozenset({"", ".", ".."})
_CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f]")


def _check_path_segment(op: OperationLike, param: ParamLike, value: Any) -> None:
    text = str(wire_value(value))
    if text.strip() in _DOT_SEGMENTS:
        raise RequestValidationError(
            _where(op),
            param.name,
            f"must name one {param.wire!r} (an empty, blank, '.' or '..' path segment would address another "
            f"resource); got {text!r}",
        )


def _check_no_control_chars(op: OperationLike, param: ParamLike, value: Any) -> None:
    values = value if isinstance(value, list | tuple) else (value,)
    for item in values:
        plain = wire_value(item)
        if isinstance(plain, str) and _CONTROL_CHARS.search(plain):
            raise RequestValidationError(
                _where(op),
                param.name,
                f"must not contain control characters such as CR or LF ({param.location} {param.wire!r}); "
                f"got {plain!r}",
            )


def _validate_body(op: OperationLike, body: Any) -> None:
    if op.body is None:
        return
    if body is None:
        if op.body_required:
            raise RequestValidationError(_where(op), "body", f"is required ({op.body} request body)")
        return
    if op.body == "binary":
        # A file object, a path or (async) an async iterable of bytes is streamed (see ._uploads).
        readable = hasattr(body, "read") or hasattr(body, "payload") or hasattr(body, "__aiter__")
        if not (isinstance(body, bytes | bytearray | memoryview | str | os.PathLike) or readable):
            raise RequestValidationError(
                _where(op),
                "body",
                f"must be bytes, str, a path or a binary file object, got {_type_name(body)}",
            )
        return
    if isinstance(body, Mapping):
        _check_required_fields(op, body)
        return
    if isinstance(body, list | tuple) and op.body == "json":
        return
    if is_model(body):
        # A model is held to the schema's required fields as a dict is: what it would send is its to_dict().
        if hasattr(body, "to_dict") and op.method.upper() != "PATCH" and body_required_fields(op.body_schema):
            _check_required_fields(op, body.to_dict())
        return
    raise RequestValidationError(
        _where(op), "body", f"must be a generated model or a dict, got {_type_name(body)}"
    )


def _check_required_fields(op: OperationLike, body: Mapping[str, Any]) -> None:
    if op.method.upper() == "PATCH":
        return  # a partial update: only the fields given are sent, none is required
    missing = [field for field in body_required_fields(op.body_schema) if body.get(field) is None]
    if missing:
        schema = f" of {op.body_schema}" if op.body_schema else ""
        raise RequestValidationError(
            _where(op), "body", f"is missing required field(s) {', '.join(missing)}{schema}"
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


# --- per-call options -------------------------------------------------------------------------------------

_OPTION_SOURCES = ("with_options(...)",)


def check_call_options(
    max_retries: Any, timeout: Any, headers: Mapping[str, Any], max_in_flight: Any = None
) -> None:
    """Raise :class:`ConfigurationError` for per-call options that no request could use.

    Checked where they are given (``with_options``), not deep in a transport at the first call.
    """
    if max_retries is not None and (
        not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0
    ):
        raise ConfigurationError(
            f"max_retries must be a non-negative integer, not {max_retries!r}.",
            setting="max_retries",
            sources=_OPTION_SOURCES,
        )
    if max_in_flight is not None and (
        not isinstance(max_in_flight, int) or isinstance(max_in_flight, bool) or max_in_flight < 1
    ):
        raise ConfigurationError(
            f"max_in_flight must be a positive integer, not {max_in_flight!r}.",
            setting="max_in_flight",
            sources=_OPTION_SOURCES,
        )
    if timeout is not None:
        _check_timeout(timeout)
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise ConfigurationError(
                f"headers must map str to str, not {type(name).__name__} to {type(value).__name__}.",
                setting="headers",
                sources=_OPTION_SOURCES,
            )
        if not is_safe_header(name, value):
            raise ConfigurationError(
                f"header {name!r} has an empty name, a ':' in its name or control characters (CR, LF, ...).",
                setting="headers",
                sources=_OPTION_SOURCES,
            )


def is_safe_header(name: str, value: str) -> bool:
    """A header that cannot smuggle another line into the request: a name without ':' and no control chars."""
    return (
        bool(name)
        and ":" not in name
        and not _CONTROL_CHARS.search(name)
        and not _CONTROL_CHARS.search(value)
    )


def _check_timeout(timeout: Any) -> None:
    if isinstance(timeout, httpx.Timeout):
        values: tuple[Any, ...] = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    elif isinstance(timeout, int | float) and not isinstance(timeout, bool):
        values = (timeout,)
    else:
        raise ConfigurationError(
            f"timeout must be a number of seconds or an httpx.Timeout, not {type(timeout).__name__}.",
            setting="timeout",
            sources=_OPTION_SOURCES,
        )
    for value in values:
        if value is not None and not (0 < value < float("inf")):  # also rejects NaN
            raise ConfigurationError(
                f"timeout must be a positive, finite number of seconds, not {value!r}.",
                setting="timeout",
                sources=_OPTION_SOURCES,
            )
