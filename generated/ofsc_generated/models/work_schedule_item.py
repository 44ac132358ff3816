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
    "scheduleShifts": UNSET,
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
_N_FIELDS = 15
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "workTimeStart",
    "scheduleLabel",
    "scheduleShifts",
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

T = TypeVar("T", bound="WorkScheduleItem")


@_attrs_define(repr=False)
class WorkScheduleItem:
    """The array of work schedule item of the resource."""

    work_time_start: None | str | Unset = UNSET
    """ The start time of the working day when this schedule is in effect. The format is 'HH:MM'. This property is
    not available if the value of the isWorking parameter is false. """
    schedule_label: None | str | Unset = UNSET
    """ The label of the work schedule in Oracle Field Service. This property is only available if the record type
    is schedule. """
    schedule_shifts: list[ShiftItem] | None | Unset = UNSET
    """ The list of work shifts present in this work schedule. The properties of the work shifts are for information
    purpose only and cannot be modified using this operation. """
    comments: None | str | Unset = UNSET
    """ The description of the schedule in Oracle Field Service. """
    start_date: None | str | Unset = UNSET
    """ The date when this schedule takes effect. The format is 'YYYY-MM-DD'. """
    shift_label: None | str | Unset = UNSET
    """ The label of the work shift in Oracle Field Service. This property is only available if the value of
    recordType is either shift or extra_shift. """
    points: int | None | Unset = UNSET
    """ The units of labor per day when this schedule is in effect. This property may be empty because all the
    customers may not use it. """
    is_working: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then it is a working day. If false, then it is
    a non-working day.

    This is a read-only field calculated based on the record type or the shift settings. """
    end_date: None | str | Unset = UNSET
    """ The date when this schedule ends. The date is in 'YYYY-MM-DD' format. """
    non_working_reason: None | str | Unset = UNSET
    """ The reason for the non-working day (for example, holiday, vacation). These reasons are preconfigured in the
    Oracle Field Service UI. """
    work_time_end: None | str | Unset = UNSET
    """ The end time of the working day when this schedule is in effect. The format is 'HH:MM'. This property is not
    available if the value of the isWorking parameter is false. """
    recurrence: WorkScheduleItemRecurrence | Unset = UNSET
    """ An array containing recurring work schedule items. This object is optional when the recordType is schedule.
    And it is mandatory when the recordType is shift, extra_shift, working, extra_working or non-working """
    schedule_item_id: int | None | Unset = UNSET
    """ The identifier of the work schedule item in Oracle Field Service. """
    record_type: None | str | Unset = UNSET
    """ The type of work schedule record. Allowed values: `schedule`, `shift`, `extra_shift`, `working`,
    `extra_working`, `non-working`. """
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
        if self.schedule_shifts is not UNSET:
            field_dict["scheduleShifts"] = (
                [item0.to_dict() if isinstance(item0, ShiftItem) else item0 for item0 in self.schedule_shifts]
                if isinstance(self.schedule_shifts, list)
                else self.schedule_shifts
            )
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
                self.recurrence.to_dict()
                if isinstance(self.recurrence, WorkScheduleItemRecurrence)
                else self.recurrence
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
        work_schedule_item = cls(*_read_fields(d))
        _value = work_schedule_item.schedule_shifts
        work_schedule_item.schedule_shifts = (
            [ShiftItem.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        _value = work_schedule_item.recurrence
        work_schedule_item.recurrence = (
            WorkScheduleItemRecurrence.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if len(d) > _N_FIELDS:
            work_schedule_item.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return work_schedule_item

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
from ..models.shift_item import ShiftItem  # noqa: E402
from ..models.work_schedule_item_recurrence import WorkScheduleItemRecurrence  # noqa: E402
