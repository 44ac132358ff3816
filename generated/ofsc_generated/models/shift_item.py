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
    "workTimeStart": UNSET,
    "scheduleLabel": UNSET,
    "comments": UNSET,
    "startDate": UNSET,
    "shiftLabel": UNSET,
    "points": UNSET,
    "isWorking": UNSET,
    "endDate": UNSET,
    "nonWorkingReason": UNSET,
    "workTimeEnd": UNSET,
    "recurrence": UNSET,
    "scheduleItemId": UNSET,
    "recordType": UNSET,
    "shiftType": UNSET,
}
_N_FIELDS = 14
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "workTimeStart",
    "scheduleLabel",
    "comments",
    "startDate",
    "shiftLabel",
    "points",
    "isWorking",
    "endDate",
    "nonWorkingReason",
    "workTimeEnd",
    "recurrence",
    "scheduleItemId",
    "recordType",
    "shiftType",
)

T = TypeVar("T", bound="ShiftItem")


@_attrs_define(repr=False)
class ShiftItem:
    """An object containing the resource shift item."""

    work_time_start: None | str | Unset = UNSET
    """ The start time of a working day when this work shift is in effect. The format is HH:MM. This property is not
    available if the value of the isWorking parameter is false. """
    schedule_label: None | str | Unset = UNSET
    """ The label of the work schedule in Oracle Field Service. This property is only available for the record type
    schedule. """
    comments: None | str | Unset = UNSET
    """ The description of this shift in Oracle Field Service. """
    start_date: None | str | Unset = UNSET
    """ The date when this shift takes effect. The date is in 'YYYY-MM-DD'. """
    shift_label: None | str | Unset = UNSET
    """ The label of the work shift in Oracle Field Service. This property is only available if the record type is
    either shift or extra_shift. """
    points: int | None | Unset = UNSET
    """ The units of labor per day when this schedule is in effect. This property may be empty because all the
    customers may not use it. """
    is_working: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then it is a working day. If false, then it is
    a non-working day.

    This is a read-only field calculated based on the record type or the shift settings. """
    end_date: None | str | Unset = UNSET
    """ The date when this shift ends. The date is in 'YYYY-MM-DD' format. """
    non_working_reason: None | str | Unset = UNSET
    """ The reason for the non-working day (for example, holiday, vacation). These reasons are preconfigured in the
    Oracle Field Service UI. """
    work_time_end: None | str | Unset = UNSET
    """ The end time of a working day when this work shift is in effect. The format is HH:MM. This property is not
    available if the value of the isWorking parameter is false. """
    recurrence: ShiftItemRecurrence | Unset = UNSET
    """ An array containing recurring work schedule items. For repeating shifts this property contains a description
    of how the shift repeats over time. """
    schedule_item_id: int | None | Unset = UNSET
    """ The identifier of the work schedule item in Oracle Field Service. """
    record_type: None | str | Unset = UNSET
    """ The type of the work shift record. Allowed values: `shift`, `extra_shift`. """
    shift_type: None | str | Unset = UNSET
    """ The type of the work shift. Allowed values: `regular`, `on-call`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.work_time_start is not UNSET:
            field_dict["workTimeStart"] = self.work_time_start
        if self.schedule_label is not UNSET:
            field_dict["scheduleLabel"] = self.schedule_label
        if self.comments is not UNSET:
            field_dict["comments"] = self.comments
        if self.start_date is not UNSET:
            field_dict["startDate"] = self.start_date
        if self.shift_label is not UNSET:
            field_dict["shiftLabel"] = self.shift_label
        if self.points is not UNSET:
            field_dict["points"] = self.points
        if self.is_working is not UNSET:
            field_dict["isWorking"] = self.is_working
        if self.end_date is not UNSET:
            field_dict["endDate"] = self.end_date
        if self.non_working_reason is not UNSET:
            field_dict["nonWorkingReason"] = self.non_working_reason
        if self.work_time_end is not UNSET:
            field_dict["workTimeEnd"] = self.work_time_end
        if self.recurrence is not UNSET:
            field_dict["recurrence"] = (
                self.recurrence.to_dict() if isinstance(self.recurrence, ShiftItemRecurrence) else self.recurrence
            )
        if self.schedule_item_id is not UNSET:
            field_dict["scheduleItemId"] = self.schedule_item_id
        if self.record_type is not UNSET:
            field_dict["recordType"] = self.record_type
        if self.shift_type is not UNSET:
            field_dict["shiftType"] = self.shift_type
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        shift_item = cls(*_read_fields(d))
        _value = shift_item.recurrence
        shift_item.recurrence = ShiftItemRecurrence.from_dict(_value) if isinstance(_value, dict) else _value
        if len(d) > _N_FIELDS:
            shift_item.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return shift_item

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
from ..models.shift_item_recurrence import ShiftItemRecurrence  # noqa: E402
