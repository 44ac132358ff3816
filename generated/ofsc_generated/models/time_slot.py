from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as UNSET, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS_UNSET: dict[str, Any] = {
    "label": UNSET,
    "name": UNSET,
    "active": UNSET,
    "isAllDay": UNSET,
    "timeStart": UNSET,
    "timeEnd": UNSET,
}
_N_FIELDS = 6
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "label",
    "name",
    "active",
    "isAllDay",
    "timeStart",
    "timeEnd",
)

T = TypeVar("T", bound="TimeSlot")


@_attrs_define(repr=False)
class TimeSlot:
    label: None | str | Unset = UNSET
    """ The unique label assigned to the time slot. """
    name: None | str | Unset = UNSET
    """ The name of the time slot. For example, 8-10. """
    active: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false.

    If true, then the time slot is listed as an option in the Time slot drop-down list in the Oracle Field Service
    application. If false, then the time slot is not listed as an option in the drop-down list. The default value is
    true. """
    is_all_day: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then the activities with the 'allDay' time
    slot can be performed at any time during the day. If false, then the activities cannot be performed at any time
    during the day. The default value is false. """
    time_start: None | str | Unset = UNSET
    """ The time when the time slot starts. For example, 14:00 hours. """
    time_end: None | str | Unset = UNSET
    """ The time when the time slot ends. For example, 16:00 hours. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.label is not UNSET:
            field_dict["label"] = self.label
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.active is not UNSET:
            field_dict["active"] = self.active
        if self.is_all_day is not UNSET:
            field_dict["isAllDay"] = self.is_all_day
        if self.time_start is not UNSET:
            field_dict["timeStart"] = self.time_start
        if self.time_end is not UNSET:
            field_dict["timeEnd"] = self.time_end
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        time_slot = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            time_slot.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return time_slot

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
