"""Contains some shared types for properties"""

import datetime
import gc
import json
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Generic, Literal, TypeVar

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


class Reading:
    """Mixed into a model's twins (`lazy_twin`): what a model from `from_dict` is until its fields are read.

    `from_dict` checks the required fields and builds the nested models at once (a body of the wrong shape
    fails there, as it always did), and leaves the plain fields (strings, numbers, lists of them) and the
    unknown ones in its mapping, in an instance of the model's twin: the model class plus this `__getattr__`,
    which runs only for an empty slot. The first read of a deferred field fills them all (the model's
    `_load`) and turns the instance into the model class itself, so every later read is a plain slot read (a
    `__getattr__` on the model class would make every read slower, not just the first). Until then the twin
    answers as the model class does: same name, `__class__`, `==`, `repr`, pickling and copying (both read
    first), `isinstance`; only `type(model)` is the twin.
    """

    __slots__ = ()

    if not TYPE_CHECKING:  # the twins are never seen by type checkers: from_dict is typed as returning the model

        def __getattr__(self, name: str) -> Any:
            if name in type(self)._lazy_names:
                read_all(self)
                return getattr(self, name)
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'", name=name, obj=self)

        def __reduce_ex__(self, protocol: Any) -> Any:  # pickle and copy: the model class, its fields read
            read_all(self)
            return self.__reduce_ex__(protocol)

        @property
        def __class__(self) -> type[Any]:
            return type(self)._lazy_model

        @__class__.setter
        def __class__(self, value: type[Any]) -> None:
            _set_class(self, value)


class Unread(Reading):
    """The twin `from_dict` makes: a field deleted before the first read must stay deleted, so read first.

    (A `__delattr__` makes every attribute store slower, so `_load` fills the slots as a `Reading` twin.)
    """

    __slots__ = ()

    if not TYPE_CHECKING:

        def __delattr__(self, name: str) -> None:
            read_all(self)
            delattr(self, name)


_set_class: Callable[[Any, type[Any]], None] = object.__dict__["__class__"].__set__


def lazy_twin(cls: type[Any]) -> type[Any]:
    """The class `cls.from_dict` makes its instances of (`cls` with `Unread` mixed in), made once per class."""
    cls = cls.__dict__.get("_lazy_model", cls)  # `type(model).from_dict` on a model not read yet
    twin: type[Any] | None = cls.__dict__.get("_lazy_twin")
    if twin is None:
        namespace = {
            "__slots__": (),
            "__module__": cls.__module__,
            "__qualname__": cls.__qualname__,
            "__doc__": cls.__doc__,
            "_lazy_model": cls,
        }
        filling = type(cls)(cls.__name__, (Reading, cls), namespace)
        twin = type(cls)(cls.__name__, (Unread, cls), {**namespace, "_lazy_filling": filling})
        setattr(cls, "_lazy_twin", twin)
    return twin


def read_all(model: Any) -> None:
    """Fill the fields a model from `from_dict` left for later, and make it an instance of its model class."""
    twin = type(model)
    cls = twin.__dict__.get("_lazy_model")
    if cls is None:  # already read (by another thread, between its check and this one)
        return
    if "_lazy_filling" in twin.__dict__:
        _set_class(model, twin._lazy_filling)
    # Another thread reading meanwhile finds empty slots, a `Reading` twin, and fills them with the same values.
    model._load()
    _set_class(model, cls)


class _OneSlot:
    __slots__ = ("slot",)


#: What `gc.get_referents` counts for a model besides its filled slots: its class (a heap type), on CPython.
#: `_load` compares the count with what `from_dict` filled to learn, in one C call, whether a deferred field
#: was assigned before the first read (then it keeps its value).
TYPE_REFERENTS = len(gc.get_referents(_OneSlot()))


def filled_slots(model: Any) -> int:
    return len(gc.get_referents(model)) - TYPE_REFERENTS


def copy_unset(model: Any, source: Any) -> None:
    """Fill the deferred slots of `model` that are still empty from `source` (the ones assigned keep theirs)."""
    cls = type(model)
    for name in cls._lazy_names:
        slot = getattr(cls, name)
        try:
            slot.__get__(model, cls)
        except AttributeError:
            slot.__set__(model, slot.__get__(source, cls))


def source_order(out: dict[str, Any], sent: Mapping[str, Any] | frozenset[str]) -> dict[str, Any]:
    """`out` with the fields that came in a parsed model's mapping first, in the order they came.

    Fields set after parsing follow; a constructor-built model (`sent` is the set of the names given) keeps
    the declared order.
    """
    if not isinstance(sent, dict) or len(out) <= 1:
        return out
    ordered: dict[str, Any] = dict.fromkeys(sent)
    ordered.update(out)
    if len(ordered) != len(out):  # an unknown field deleted since parsing
        for key in ordered.keys() - out.keys():
            del ordered[key]
    return ordered


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
    "Reading",
    "Unread",
    "copy_unset",
    "filled_slots",
    "json_loads",
    "lazy_twin",
    "model_repr",
    "ofsc_time_text",
    "read_all",
    "source_order",
]
