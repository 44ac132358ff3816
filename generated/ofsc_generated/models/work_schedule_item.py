from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, ofsc_time_text, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "workTimeStart": None,
    "scheduleLabel": None,
    "scheduleShifts": None,
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
_N_FIELDS = 15
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
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
    "scheduleItemId",
    "recordType",
    "shiftType",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 3

T = TypeVar("T", bound="WorkScheduleItem")


@_attrs_define(repr=False, init=False)
class WorkScheduleItem:
    """The array of work schedule item of the resource."""

    work_time_start: str | None
    """ The start time of the working day when this schedule is in effect. The format is 'HH:MM'. This property is
    not available if the value of the isWorking parameter is false. Format: `HH:MM:SS`. """
    schedule_label: str | None
    """ The label of the work schedule in Oracle Field Service. This property is only available if the record type
    is schedule. """
    schedule_shifts: list[ShiftItem] | None
    """ The list of work shifts present in this work schedule. The properties of the work shifts are for information
    purpose only and cannot be modified using this operation. """
    comments: str | None
    """ The description of the schedule in Oracle Field Service. """
    start_date: str | None
    """ The date when this schedule takes effect. The format is 'YYYY-MM-DD'. Format: `YYYY-MM-DD`. """
    shift_label: str | None
    """ The label of the work shift in Oracle Field Service. This property is only available if the value of
    recordType is either shift or extra_shift. """
    points: int | None
    """ The units of labor per day when this schedule is in effect. This property may be empty because all the
    customers may not use it. """
    is_working: bool | None
    """ Contains one of the following values: true or false. If true, then it is a working day. If false, then it is
    a non-working day.

    This is a read-only field calculated based on the record type or the shift settings. """
    end_date: str | None
    """ The date when this schedule ends. The date is in 'YYYY-MM-DD' format. Format: `YYYY-MM-DD`. """
    non_working_reason: str | None
    """ The reason for the non-working day (for example, holiday, vacation). These reasons are preconfigured in the
    Oracle Field Service UI. """
    work_time_end: str | None
    """ The end time of the working day when this schedule is in effect. The format is 'HH:MM'. This property is not
    available if the value of the isWorking parameter is false. Format: `HH:MM:SS`. """
    recurrence: WorkScheduleItemRecurrence | None
    """ An array containing recurring work schedule items. This object is optional when the recordType is schedule.
    And it is mandatory when the recordType is shift, extra_shift, working, extra_working or non-working """
    schedule_item_id: int | None
    """ The identifier of the work schedule item in Oracle Field Service. """
    record_type: str | None
    """ The type of work schedule record. Allowed values: `schedule`, `shift`, `extra_shift`, `working`,
    `extra_working`, `non-working`. """
    shift_type: str | None
    """ The type of the work shift. Allowed values: `regular`, `on-call`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "work_time_start",
            "schedule_label",
            "comments",
            "start_date",
            "shift_label",
            "points",
            "is_working",
            "end_date",
            "non_working_reason",
            "work_time_end",
            "schedule_item_id",
            "record_type",
            "shift_type",
            "additional_properties",
        )
    )

    def __init__(
        self,
        work_time_start: str | datetime.time | None | Unset = UNSET,
        schedule_label: str | None | Unset = UNSET,
        schedule_shifts: list[ShiftItem] | None | Unset = UNSET,
        comments: str | None | Unset = UNSET,
        start_date: str | datetime.date | None | Unset = UNSET,
        shift_label: str | None | Unset = UNSET,
        points: int | None | Unset = UNSET,
        is_working: bool | None | Unset = UNSET,
        end_date: str | datetime.date | None | Unset = UNSET,
        non_working_reason: str | None | Unset = UNSET,
        work_time_end: str | datetime.time | None | Unset = UNSET,
        recurrence: WorkScheduleItemRecurrence | None | Unset = UNSET,
        schedule_item_id: int | None | Unset = UNSET,
        record_type: Literal["schedule", "shift", "extra_shift", "working", "extra_working", "non-working"]
        | None
        | Unset = UNSET,
        shift_type: Literal["regular", "on-call"] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "workTimeStart": work_time_start,
            "scheduleLabel": schedule_label,
            "scheduleShifts": schedule_shifts,
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
        self.schedule_shifts = None if isinstance(schedule_shifts, Unset) else schedule_shifts
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
        if self.schedule_shifts is not None or "scheduleShifts" in sent:
            field_dict["scheduleShifts"] = (
                [item0.to_dict() if isinstance(item0, ShiftItem) else item0 for item0 in self.schedule_shifts]
                if isinstance(self.schedule_shifts, list)
                else self.schedule_shifts
            )
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
                self.recurrence.to_dict()
                if isinstance(self.recurrence, WorkScheduleItemRecurrence)
                else self.recurrence
            )
        if self.schedule_item_id is not None or "scheduleItemId" in sent:
            field_dict["scheduleItemId"] = self.schedule_item_id
        if self.record_type is not None or "recordType" in sent:
            field_dict["recordType"] = self.record_type
        if self.shift_type is not None or "shiftType" in sent:
            field_dict["shiftType"] = self.shift_type
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is WorkScheduleItem else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("scheduleShifts")
        _model.schedule_shifts = (
            [ShiftItem.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["scheduleShifts"] = _model.schedule_shifts
        _value = _src.get("recurrence")
        _model.recurrence = WorkScheduleItemRecurrence.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["recurrence"] = _model.recurrence
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.work_time_start,
            target.schedule_label,
            target.comments,
            target.start_date,
            target.shift_label,
            target.points,
            target.is_working,
            target.end_date,
            target.non_working_reason,
            target.work_time_end,
            target.schedule_item_id,
            target.record_type,
            target.shift_type,
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


_Twin = lazy_twin(WorkScheduleItem)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.shift_item import ShiftItem  # noqa: E402
from ..models.work_schedule_item_recurrence import WorkScheduleItemRecurrence  # noqa: E402
