"""pyOFSC-shaped results without Pydantic: a read-only attribute view over the wire dict.

pyOFSC returns Pydantic models whose attributes are the wire (camelCase) names, with ``model_dump()`` and, for
lists, ``items``, ``totalResults``, ``len()``, iteration and indexing. :class:`Model` gives exactly that over
the dict our parsed model serialises to (``to_dict()``: wire names, unknown fields kept), so no Pydantic is
needed and nothing is parsed twice. Attribute reads wrap nested dicts and lists on the way out.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator, Mapping
from typing import Any

#: What pyOFSC's list responses (OFSResponseList) answer when the server left the field out.
_LIST_DEFAULTS: dict[str, Any] = {
    "items": [],
    "totalResults": -1,
    "hasMore": False,
    "offset": None,
    "limit": None,
}


def wrap(value: Any) -> Any:
    if isinstance(value, Mapping):
        return Model(value)
    if isinstance(value, list):
        return [wrap(item) for item in value]
    return value


class Model:
    """A pyOFSC-style model: ``model.activityId``, ``model.items[0].workZoneLabel``, ``model.model_dump()``.

    ``known`` are the schema's field names: a known field the server left out reads as ``None`` (as pyOFSC's
    optional fields do); any other missing name raises ``AttributeError``.
    """

    __slots__ = ("_data", "_known")

    def __init__(self, data: Mapping[str, Any], known: frozenset[str] = frozenset()) -> None:
        object.__setattr__(self, "_data", data)
        object.__setattr__(self, "_known", known)

    def __getattr__(self, name: str) -> Any:
        data: Mapping[str, Any] = object.__getattribute__(self, "_data")
        if name in data:
            return wrap(data[name])
        if name in object.__getattribute__(self, "_known"):
            return None
        if name in _LIST_DEFAULTS and "items" in data:
            return copy.copy(_LIST_DEFAULTS[name])
        raise AttributeError(f"{type(self).__name__} has no field {name!r}")

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("compat results are read-only; build a dict for a request body")

    def model_dump(
        self, *, exclude_none: bool = False, by_alias: bool = True, exclude: Any = None, **_: Any
    ) -> dict[str, Any]:
        """The wire dict (a copy), as pyOFSC's ``model_dump(by_alias=True)`` gives it."""
        dumped = copy.deepcopy(dict(self._data))
        for key in exclude or ():
            dumped.pop(key, None)
        return _without_none(dumped) if exclude_none else dumped

    def model_dump_json(self, **kwargs: Any) -> str:
        return json.dumps(self.model_dump(**kwargs))

    # pyOFSC's list responses: len(), iteration, indexing and ``in`` go to ``items``.
    def __len__(self) -> int:
        return len(self._items())

    def __iter__(self) -> Iterator[Any]:
        return iter(wrap(self._items()))

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return wrap(self._data[key])
        return wrap(self._items()[key])

    def __contains__(self, item: Any) -> bool:
        return item in wrap(self._items())

    def _items(self) -> list[Any]:
        items = self._data.get("items")
        if not isinstance(items, list):
            raise TypeError(f"{type(self).__name__} is not a list response (no items)")
        return items

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Model):
            return dict(self._data) == dict(other._data)
        if isinstance(other, Mapping):
            return dict(self._data) == dict(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __dir__(self) -> list[str]:
        return sorted({*self._data, *self._known, "model_dump", "model_dump_json"})

    def __repr__(self) -> str:
        fields = ", ".join(f"{key}={value!r}" for key, value in list(self._data.items())[:8])
        more = ", ..." if len(self._data) > 8 else ""
        return f"Model({fields}{more})"


def _without_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _without_none(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [_without_none(item) for item in value]
    return value


def known_fields(parsed: Any) -> frozenset[str]:
    """The schema's wire field names of a generated model (its module lists them), else none."""
    import sys

    module = sys.modules.get(type(parsed).__module__)
    fields = getattr(module, "_FIELDS", None)
    return frozenset(fields) if isinstance(fields, dict) else frozenset()


def as_wire(parsed: Any) -> Any:
    """Our parsed result as pyOFSC's plain data: a model's wire dict, lists item by item, else as is."""
    if hasattr(parsed, "to_dict"):
        return parsed.to_dict()
    if isinstance(parsed, list):
        return [as_wire(item) for item in parsed]
    return parsed


def as_model(parsed: Any) -> Any:
    """Our parsed result as a pyOFSC-style model (bytes, text and None stay as they are)."""
    wire = as_wire(parsed)
    if isinstance(wire, Mapping):
        wire = {key: value for key, value in wire.items() if key != "links"}  # pyOFSC drops links
        return Model(wire, known_fields(parsed))
    if isinstance(wire, list):
        return wrap(wire)
    return wire
