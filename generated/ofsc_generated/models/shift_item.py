from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, ofsc_time_text

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "workTimeStart": None,
    "scheduleLabel": None,
    "comments": None,
    "startDate": None,
    "shiftLabel": None,
    "points": None,
    "isWorking": None,
    "endDate": None,
    "nonWorkingReason": None,
    "workTimeEnd": None,
    "recurrence": None,
    "scheduleItemId": None,
    "recordType": None,
    "shiftType": None,
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


@_attrs_define(repr=False, init=False)
class ShiftItem:
    """An object containing the resource shift item."""

    work_time_start: str | None
    """ The start time of a working day when this work shift is in effect. The format is HH:MM. This property is not
    available if the value of the isWorking parameter is false. Format: `HH:MM:SS`. """
    schedule_label: str | None
    """ The label of the work schedule in Oracle Field Service. This property is only available for the record type
    schedule. """
    comments: str | None
    """ The description of this shift in Oracle Field Service. """
    start_date: str | None
    """ The date when this shift takes effect. The date is in 'YYYY-MM-DD'. Format: `YYYY-MM-DD`. """
    shift_label: str | None
    """ The label of the work shift in Oracle Field Service. This property is only available if the record type is
    either shift or extra_shift. """
    points: int | None
    """ The units of labor per day when this schedule is in effect. This property may be empty because all the
    customers may not use it. """
    is_working: bool | None
    """ Contains one of the following values: true or false. If true, then it is a working day. If false, then it is
    a non-working day.

    This is a read-only field calculated based on the record type or the shift settings. """
    end_date: str | None
    """ The date when this shift ends. The date is in 'YYYY-MM-DD' format. Format: `YYYY-MM-DD`. """
    non_working_reason: str | None
    """ The reason for the non-working day (for example, holiday, vacation). These reasons are preconfigured in the
    Oracle Field Service UI. """
    work_time_end: str | None
    """ The end time of a working day when this work shift is in effect. The format is HH:MM. This property is not
    available if the value of the isWorking parameter is false. Format: `HH:MM:SS`. """
    recurrence: ShiftItemRecurrence | None
    """ An array containing recurring work schedule items. For repeating shifts this property contains a description
    of how the shift repeats over time. """
    schedule_item_id: int | None
    """ The identifier of the work schedule item in Oracle Field Service. """
    record_type: str | None
    """ The type of the work shift record. Allowed values: `shift`, `extra_shift`. """
    shift_type: str | None
    """ The type of the work shift. Allowed values: `regular`, `on-call`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        work_time_start: str | datetime.time | None | Unset = UNSET,
        schedule_label: str | None | Unset = UNSET,
        comments: str | None | Unset = UNSET,
        start_date: str | datetime.date | None | Unset = UNSET,
        shift_label: str | None | Unset = UNSET,
        points: int | None | Unset = UNSET,
        is_working: bool | None | Unset = UNSET,
        end_date: str | datetime.date | None | Unset = UNSET,
        non_working_reason: str | None | Unset = UNSET,
        work_time_end: str | datetime.time | None | Unset = UNSET,
        recurrence: ShiftItemRecurrence | None | Unset = UNSET,
        schedule_item_id: int | None | Unset = UNSET,
        record_type: Literal["shift", "extra_shift"] | None | Unset = UNSET,
        shift_type: Literal["regular", "on-call"] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "workTimeStart": work_time_start,
            "scheduleLabel": schedule_label,
            "comments": comments,
            "startDate": start_date,
            "shiftLabel": shift_label,
            "points": points,
            "isWorking": is_working,
            "endDate": end_date,
            "nonWorkingReason": non_working_reason,
            "workTimeEnd": work_time_end,
            "recurrence": recurrence,
            "scheduleItemId": schedule_item_id,
            "recordType": record_type,
            "shiftType": shift_type,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.work_time_start = None if isinstance(work_time_start, Unset) else ofsc_time_text(work_time_start)
        self.schedule_label = None if isinstance(schedule_label, Unset) else schedule_label
        self.comments = None if isinstance(comments, Unset) else comments
        self.start_date = None if isinstance(start_date, Unset) else ofsc_time_text(start_date, "date")
        self.shift_label = None if isinstance(shift_label, Unset) else shift_label
        self.points = None if isinstance(points, Unset) else points
        self.is_working = None if isinstance(is_working, Unset) else is_working
        self.end_date = None if isinstance(end_date, Unset) else ofsc_time_text(end_date, "date")
        self.non_working_reason = None if isinstance(non_working_reason, Unset) else non_working_reason
        self.work_time_end = None if isinstance(work_time_end, Unset) else ofsc_time_text(work_time_end)
        self.recurrence = None if isinstance(recurrence, Unset) else recurrence
        self.schedule_item_id = None if isinstance(schedule_item_id, Unset) else schedule_item_id
        self.record_type = None if isinstance(record_type, Unset) else record_type
        self.shift_type = None if isinstance(shift_type, Unset) else shift_type
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.work_time_start is not None or "workTimeStart" in sent:
            field_dict["workTimeStart"] = self.work_time_start
        if self.schedule_label is not None or "scheduleLabel" in sent:
            field_dict["scheduleLabel"] = self.schedule_label
        if self.comments is not None or "comments" in sent:
            field_dict["comments"] = self.comments
        if self.start_date is not None or "startDate" in sent:
            field_dict["startDate"] = self.start_date
        if self.shift_label is not None or "shiftLabel" in sent:
            field_dict["shiftLabel"] = self.shift_label
        if self.points is not None or "points" in sent:
            field_dict["points"] = self.points
        if self.is_working is not None or "isWorking" in sent:
            field_dict["isWorking"] = self.is_working
        if self.end_date is not None or "endDate" in sent:
            field_dict["endDate"] = self.end_date
        if self.non_working_reason is not None or "nonWorkingReason" in sent:
            field_dict["nonWorkingReason"] = self.non_working_reason
        if self.work_time_end is not None or "workTimeEnd" in sent:
            field_dict["workTimeEnd"] = self.work_time_end
        if self.recurrence is not None or "recurrence" in sent:
            field_dict["recurrence"] = (
                self.recurrence.to_dict() if isinstance(self.recurrence, ShiftItemRecurrence) else self.recurrence
            )
        if self.schedule_item_id is not None or "scheduleItemId" in sent:
            field_dict["scheduleItemId"] = self.schedule_item_id
        if self.record_type is not None or "recordType" in sent:
            field_dict["recordType"] = self.record_type
        if self.shift_type is not None or "shiftType" in sent:
            field_dict["shiftType"] = self.shift_type
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        shift_item = cls.__new__(cls)
        shift_item._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            shift_item.work_time_start,
            shift_item.schedule_label,
            shift_item.comments,
            shift_item.start_date,
            shift_item.shift_label,
            shift_item.points,
            shift_item.is_working,
            shift_item.end_date,
            shift_item.non_working_reason,
            shift_item.work_time_end,
            shift_item.recurrence,
            shift_item.schedule_item_id,
            shift_item.record_type,
            shift_item.shift_type,
        ) = _read_fields(d)
        _value = shift_item.recurrence
        shift_item.recurrence = ShiftItemRecurrence.from_dict(_value) if isinstance(_value, dict) else _value
        shift_item.additional_properties = dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
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
