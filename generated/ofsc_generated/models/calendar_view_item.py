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
    "shiftLabel": UNSET,
    "scheduleLabel": UNSET,
    "points": UNSET,
}
_N_FIELDS = 8
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "recordType",
    "comments",
    "workTimeStart",
    "workTimeEnd",
    "nonWorkingReason",
    "shiftLabel",
    "scheduleLabel",
    "points",
)

T = TypeVar("T", bound="CalendarViewItem")


@_attrs_define(repr=False)
class CalendarViewItem:
    """An object containing one calendar item. This calendar item is a data structure that contains information about the
    resource's work schedule.

    """

    record_type: None | str | Unset = UNSET
    """ The type of the work schedule item. The value 'error' is returned if the resource calendar is misconfigured
    for the particular date. Allowed values: `schedule`, `shift`, `extra_shift`, `working`, `extra_working`, `non-
    working`, `error`. """
    comments: None | str | Unset = UNSET
    """ The description of the work schedule item in Oracle Field Service. """
    work_time_start: None | str | Unset = UNSET
    """ The start time of a work day when this work schedule is in effect. The format is HH:MM. This property is not
    available if recordType='non-working'. """
    work_time_end: None | str | Unset = UNSET
    """ The end time of a work day when this work schedule is in effect. The format is HH:MM. This property is not
    available if recordType='non-working'. """
    non_working_reason: None | str | Unset = UNSET
    """ The reason for the non-working day (for example, holiday, vacation). These reasons are preconfigured in the
    Oracle Field Service UI. """
    shift_label: None | str | Unset = UNSET
    """ A work shift previously set up on Oracle Field Service UI. This property is only available if recordType is
    either 'shift' or 'extra_shift'. """
    schedule_label: None | str | Unset = UNSET
    """ A work schedule previously set up on Oracle Field Service UI. This property is only available if recordType=
    'schedule'. """
    points: int | None | Unset = UNSET
    """ The units of labor per day when this schedule is in effect. This property may be empty because all the
    customers may not use it. """
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
        if self.shift_label is not UNSET:
            field_dict["shiftLabel"] = self.shift_label
        if self.schedule_label is not UNSET:
            field_dict["scheduleLabel"] = self.schedule_label
        if self.points is not UNSET:
            field_dict["points"] = self.points
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        calendar_view_item = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            calendar_view_item.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return calendar_view_item

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
