from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, ofsc_time_text, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "area": None,
    "dayOffset": None,
    "category": None,
    "workZone": None,
    "startTime": None,
    "endTime": None,
    "closeTime": None,
}
_N_FIELDS = 7
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "area",
    "dayOffset",
    "category",
    "workZone",
    "startTime",
    "endTime",
    "closeTime",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="BookingClosingSchedule")


@_attrs_define(repr=False, init=False)
class BookingClosingSchedule:
    area: str | None
    """ The label of the area from which the booking is closed. """
    day_offset: int | None
    """ The offset determines the day on which the booking is closed. For example, if "1" is returned, then the
    booking for tomorrow is closed today. """
    category: str | None
    """ The label of the capacity category for which the booking is closed. If this field is not returned, then the
    bookings for all categories are closed. """
    work_zone: str | None
    """ The label of the work zone from which the booking is closed. If this field is not returned, then the
    bookings are closed for all work zones (even if a particular work zone does not have its own close time). """
    start_time: str | None
    """ The start time of the booking closing schedule. If Start Time and End Time values are not returned, then it
    means that the bookings are closed for the entire day. This operation checks if a specified time interval is
    supported or configured for the area. The intervals that are not currently configured are not returned, even if
    the database contains such records. """
    end_time: str | None
    """ The end time of the booking closing schedule. <hours>[:<minutes>] Valid values for hours: [0 to 48]. The
    dash sign after 24, for example, 24 - represents overnight work. Minutes are optional. Valid values for minutes:
    [0 to 59]. """
    close_time: str | None
    """ The time at which the booking is closed. This time corresponds to the timezone of the capacity area. Format:
    `HH:MM:SS`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "area",
            "day_offset",
            "category",
            "work_zone",
            "start_time",
            "end_time",
            "close_time",
            "additional_properties",
        )
    )

    def __init__(
        self,
        area: str | None | Unset = UNSET,
        day_offset: int | None | Unset = UNSET,
        category: str | None | Unset = UNSET,
        work_zone: str | None | Unset = UNSET,
        start_time: str | None | Unset = UNSET,
        end_time: str | None | Unset = UNSET,
        close_time: str | datetime.time | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "area": area,
            "dayOffset": day_offset,
            "category": category,
            "workZone": work_zone,
            "startTime": start_time,
            "endTime": end_time,
            "closeTime": close_time,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.area = None if isinstance(area, Unset) else area
        self.day_offset = None if isinstance(day_offset, Unset) else day_offset
        self.category = None if isinstance(category, Unset) else category
        self.work_zone = None if isinstance(work_zone, Unset) else work_zone
        self.start_time = None if isinstance(start_time, Unset) else start_time
        self.end_time = None if isinstance(end_time, Unset) else end_time
        self.close_time = None if isinstance(close_time, Unset) else ofsc_time_text(close_time)
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.area is not None or "area" in sent:
            field_dict["area"] = self.area
        if self.day_offset is not None or "dayOffset" in sent:
            field_dict["dayOffset"] = self.day_offset
        if self.category is not None or "category" in sent:
            field_dict["category"] = self.category
        if self.work_zone is not None or "workZone" in sent:
            field_dict["workZone"] = self.work_zone
        if self.start_time is not None or "startTime" in sent:
            field_dict["startTime"] = self.start_time
        if self.end_time is not None or "endTime" in sent:
            field_dict["endTime"] = self.end_time
        if self.close_time is not None or "closeTime" in sent:
            field_dict["closeTime"] = self.close_time
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is BookingClosingSchedule else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.area,
            target.day_offset,
            target.category,
            target.work_zone,
            target.start_time,
            target.end_time,
            target.close_time,
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


_Twin = lazy_twin(BookingClosingSchedule)
