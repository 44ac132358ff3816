"""Contains some shared types for properties"""

import datetime
import json
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define, fields


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


#: Applied to the text of every model repr (the overlay masks the secrets its clients know with it).
repr_filter: Callable[[str], str] | None = None


_NOT_SHOWN = frozenset(("additional_properties", "_sent"))


def model_repr(model: Any) -> str:
    """`Activity(activity_id=4225599, status='pending')`: the fields with a value, then any unknown ones."""
    parts = [
        f"{field.name}={value!r}"
        for field in fields(type(model))
        if field.name not in _NOT_SHOWN and (value := getattr(model, field.name)) is not None
    ]
    extra = getattr(model, "additional_properties", None)
    if extra:
        parts.append(f"additional_properties={extra!r}")
    text = f"{type(model).__name__}({', '.join(parts)})"
    return repr_filter(text) if repr_filter is not None else text


def ofsc_time_text(value: Any, format: str | None = None) -> Any:
    """A date, time or date-time object as OFSC writes it (YYYY-MM-DD, HH:MM:SS, YYYY-MM-DD HH:MM:SS).

    A datetime given for a date field (``format="date"``) is written as its date; anything else is kept.
    """
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if format == "date" else value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M:%S")
    return value


def _fast_decoder() -> Callable[[bytes], Any] | None:
    """msgspec's JSON decoder (the `fast` extra), or None. Imported on the first body, not with the package."""
    try:
        from msgspec.json import Decoder
    except ImportError:
        return None
    return Decoder().decode


def json_loads(content: bytes) -> Any:
    """A response body's JSON, as `json.loads` gives it (and `httpx.Response.json()`), only faster.

    msgspec decodes about twice as fast as the stdlib and gives the same values (big integers stay exact).
    Whatever it refuses (NaN, numbers beyond a float's range, lone surrogates, a BOM, UTF-16, nesting
    deeper than it allows) the stdlib decodes instead, so the result, or the error, is always the stdlib's.
    """
    global _decode
    if _decode is _UNRESOLVED:
        _decode = _fast_decoder()
    if _decode is not None:
        try:
            return _decode(content)
        except (ValueError, RecursionError):
            pass
    return json.loads(content)


_UNRESOLVED: Any = object()
_decode: Callable[[bytes], Any] | None = _UNRESOLVED


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "json_loads",
    "model_repr",
    "ofsc_time_text",
]
