from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "nextPage": None,
    "found": None,
    "items": None,
}
_N_FIELDS = 3
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "nextPage",
    "found",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

T = TypeVar("T", bound="GetEventsResponse")


@_attrs_define(repr=False, init=False)
class GetEventsResponse:
    """The collection of events."""

    next_page: str | None
    """ The next page identifier passed to the next request for obtaining the next series of events.

    There is no specification for the value format - it may be any string not longer than 48 characters. """
    found: bool | None
    items: list[Event] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "next_page",
            "found",
            "additional_properties",
        )
    )

    def __init__(
        self,
        next_page: str | None | Unset = UNSET,
        found: bool | None | Unset = UNSET,
        items: list[Event] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "nextPage": next_page,
            "found": found,
            "items": items,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.next_page = None if isinstance(next_page, Unset) else next_page
        self.found = None if isinstance(found, Unset) else found
        self.items = None if isinstance(items, Unset) else items
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.next_page is not None or "nextPage" in sent:
            field_dict["nextPage"] = self.next_page
        if self.found is not None or "found" in sent:
            field_dict["found"] = self.found
        if self.items is not None or "items" in sent:
            field_dict["items"] = (
                [item0.to_dict() if isinstance(item0, Event) else item0 for item0 in self.items]
                if isinstance(self.items, list)
                else self.items
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is GetEventsResponse else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("items")
        _model.items = (
            [Event.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["items"] = _model.items
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.next_page,
            target.found,
        ) = _read_lazy(d)
        target.additional_properties = dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        if target is not self:
            copy_unset(self, target)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_Twin = lazy_twin(GetEventsResponse)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.event import Event  # noqa: E402
