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
    "resourceId": None,
    "date": None,
    "regular": None,
    "on-call": None,
}
_N_FIELDS = 4
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "resourceId",
    "date",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 3

T = TypeVar("T", bound="CalendarsResponseItem")


@_attrs_define(repr=False, init=False)
class CalendarsResponseItem:
    """An array of resource calendar items."""

    resource_id: str | None
    """ The unique identifier of the resource in Oracle Field Service. """
    date: str | None
    """ The date when this work schedule takes effect. The format is YYYY-MM-DD. """
    regular: CalendarItem | None
    """ An object containing one calendar item. This calendar item is a data structure that contains information
    about the resource's regular and on-call shifts. """
    on_call: CalendarItem | None
    """ An object containing one calendar item. This calendar item is a data structure that contains information
    about the resource's regular and on-call shifts. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "resource_id",
            "date",
            "additional_properties",
        )
    )

    def __init__(
        self,
        resource_id: str | None | Unset = UNSET,
        date: str | None | Unset = UNSET,
        regular: CalendarItem | None | Unset = UNSET,
        on_call: CalendarItem | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "resourceId": resource_id,
            "date": date,
            "regular": regular,
            "on-call": on_call,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.resource_id = None if isinstance(resource_id, Unset) else resource_id
        self.date = None if isinstance(date, Unset) else date
        self.regular = None if isinstance(regular, Unset) else regular
        self.on_call = None if isinstance(on_call, Unset) else on_call
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.resource_id is not None or "resourceId" in sent:
            field_dict["resourceId"] = self.resource_id
        if self.date is not None or "date" in sent:
            field_dict["date"] = self.date
        if self.regular is not None or "regular" in sent:
            field_dict["regular"] = self.regular.to_dict() if isinstance(self.regular, CalendarItem) else self.regular
        if self.on_call is not None or "on-call" in sent:
            field_dict["on-call"] = self.on_call.to_dict() if isinstance(self.on_call, CalendarItem) else self.on_call
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is CalendarsResponseItem else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("regular")
        _model.regular = CalendarItem.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["regular"] = _model.regular
        _value = _src.get("on-call")
        _model.on_call = CalendarItem.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["on-call"] = _model.on_call
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.resource_id,
            target.date,
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


_Twin = lazy_twin(CalendarsResponseItem)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.calendar_item import CalendarItem  # noqa: E402
