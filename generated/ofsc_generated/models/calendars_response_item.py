from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "resourceId": None,
    "date": None,
    "regular": None,
    "on-call": None,
}
_N_FIELDS = 4
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "resourceId",
    "date",
    "regular",
    "on-call",
)

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
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        calendars_response_item = cls.__new__(cls)
        calendars_response_item._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            calendars_response_item.resource_id,
            calendars_response_item.date,
            calendars_response_item.regular,
            calendars_response_item.on_call,
        ) = _read_fields(d)
        _value = calendars_response_item.regular
        calendars_response_item.regular = CalendarItem.from_dict(_value) if isinstance(_value, dict) else _value
        _value = calendars_response_item.on_call
        calendars_response_item.on_call = CalendarItem.from_dict(_value) if isinstance(_value, dict) else _value
        calendars_response_item.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return calendars_response_item

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


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.calendar_item import CalendarItem  # noqa: E402
