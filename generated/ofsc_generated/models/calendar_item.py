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
    "recordType": None,
    "comments": None,
    "workTimeStart": None,
    "workTimeEnd": None,
    "nonWorkingReason": None,
}
_N_FIELDS = 5
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "recordType",
    "comments",
    "workTimeStart",
    "workTimeEnd",
    "nonWorkingReason",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="CalendarItem")


@_attrs_define(repr=False, init=False)
class CalendarItem:
    """An object containing one calendar item. This calendar item is a data structure that contains information about the
    resource's regular and on-call shifts.

    """

    record_type: str | None
    """ The type of this work schedule item. Allowed values: `schedule`, `shift`, `extra_shift`, `working`,
    `extra_working`, `non-working`. """
    comments: str | None
    """ The description of this work schedule item in Oracle Field Service. """
    work_time_start: str | None
    """ The start time of a work day when this work schedule is in effect. The format is HH:MM. This property is not
    available if recordType='non-working'. Format: `HH:MM:SS`. """
    work_time_end: str | None
    """ The end time of a work day when this work schedule is in effect. The format is HH:MM. This property is not
    available if recordType='non-working'. Format: `HH:MM:SS`. """
    non_working_reason: str | None
    """ The reason for a non-working day (for example, holiday, vacation). These reasons are preconfigured in the
    Oracle Field Service UI. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "record_type",
            "comments",
            "work_time_start",
            "work_time_end",
            "non_working_reason",
            "additional_properties",
        )
    )

    def __init__(
        self,
        record_type: Literal["schedule", "shift", "extra_shift", "working", "extra_working", "non-working"]
        | None
        | Unset = UNSET,
        comments: str | None | Unset = UNSET,
        work_time_start: str | datetime.time | None | Unset = UNSET,
        work_time_end: str | datetime.time | None | Unset = UNSET,
        non_working_reason: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "recordType": record_type,
            "comments": comments,
            "workTimeStart": work_time_start,
            "workTimeEnd": work_time_end,
            "nonWorkingReason": non_working_reason,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.record_type = None if isinstance(record_type, Unset) else record_type
        self.comments = None if isinstance(comments, Unset) else comments
        self.work_time_start = None if isinstance(work_time_start, Unset) else ofsc_time_text(work_time_start)
        self.work_time_end = None if isinstance(work_time_end, Unset) else ofsc_time_text(work_time_end)
        self.non_working_reason = None if isinstance(non_working_reason, Unset) else non_working_reason
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.record_type is not None or "recordType" in sent:
            field_dict["recordType"] = self.record_type
        if self.comments is not None or "comments" in sent:
            field_dict["comments"] = self.comments
        if self.work_time_start is not None or "workTimeStart" in sent:
            field_dict["workTimeStart"] = self.work_time_start
        if self.work_time_end is not None or "workTimeEnd" in sent:
            field_dict["workTimeEnd"] = self.work_time_end
        if self.non_working_reason is not None or "nonWorkingReason" in sent:
            field_dict["nonWorkingReason"] = self.non_working_reason
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is CalendarItem else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.record_type,
            target.comments,
            target.work_time_start,
            target.work_time_end,
            target.non_working_reason,
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


_Twin = lazy_twin(CalendarItem)
