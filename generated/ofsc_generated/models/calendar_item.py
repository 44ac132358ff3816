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
    "recordType": UNSET,
    "comments": UNSET,
    "workTimeStart": UNSET,
    "workTimeEnd": UNSET,
    "nonWorkingReason": UNSET,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "recordType",
    "comments",
    "workTimeStart",
    "workTimeEnd",
    "nonWorkingReason",
)

T = TypeVar("T", bound="CalendarItem")


@_attrs_define(repr=False)
class CalendarItem:
    """An object containing one calendar item. This calendar item is a data structure that contains information about the
    resource's regular and on-call shifts.

    """

    record_type: None | str | Unset = UNSET
    """ The type of this work schedule item. Allowed values: `schedule`, `shift`, `extra_shift`, `working`,
    `extra_working`, `non-working`. """
    comments: None | str | Unset = UNSET
    """ The description of this work schedule item in Oracle Field Service. """
    work_time_start: None | str | Unset = UNSET
    """ The start time of a work day when this work schedule is in effect. The format is HH:MM. This property is not
    available if recordType='non-working'. """
    work_time_end: None | str | Unset = UNSET
    """ The end time of a work day when this work schedule is in effect. The format is HH:MM. This property is not
    available if recordType='non-working'. """
    non_working_reason: None | str | Unset = UNSET
    """ The reason for a non-working day (for example, holiday, vacation). These reasons are preconfigured in the
    Oracle Field Service UI. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.record_type is not UNSET:
            field_dict["recordType"] = self.record_type
        if self.comments is not UNSET:
            field_dict["comments"] = self.comments
        if self.work_time_start is not UNSET:
            field_dict["workTimeStart"] = self.work_time_start
        if self.work_time_end is not UNSET:
            field_dict["workTimeEnd"] = self.work_time_end
        if self.non_working_reason is not UNSET:
            field_dict["nonWorkingReason"] = self.non_working_reason
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        calendar_item = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            calendar_item.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return calendar_item

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
