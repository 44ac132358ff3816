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
    "area": UNSET,
    "dayOffset": UNSET,
    "category": UNSET,
    "workZone": UNSET,
    "startTime": UNSET,
    "endTime": UNSET,
    "closeTime": UNSET,
}
_N_FIELDS = 7
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "area",
    "dayOffset",
    "category",
    "workZone",
    "startTime",
    "endTime",
    "closeTime",
)

T = TypeVar("T", bound="BookingClosingSchedule")


@_attrs_define(repr=False)
class BookingClosingSchedule:
    area: None | str | Unset = UNSET
    """ The label of the area from which the booking is closed. """
    day_offset: int | None | Unset = UNSET
    """ The offset determines the day on which the booking is closed. For example, if "1" is returned, then the
    booking for tomorrow is closed today. """
    category: None | str | Unset = UNSET
    """ The label of the capacity category for which the booking is closed. If this field is not returned, then the
    bookings for all categories are closed. """
    work_zone: None | str | Unset = UNSET
    """ The label of the work zone from which the booking is closed. If this field is not returned, then the
    bookings are closed for all work zones (even if a particular work zone does not have its own close time). """
    start_time: None | str | Unset = UNSET
    """ The start time of the booking closing schedule. If Start Time and End Time values are not returned, then it
    means that the bookings are closed for the entire day. This operation checks if a specified time interval is
    supported or configured for the area. The intervals that are not currently configured are not returned, even if
    the database contains such records. """
    end_time: None | str | Unset = UNSET
    """ The end time of the booking closing schedule. <hours>[:<minutes>] Valid values for hours: [0 to 48]. The
    dash sign after 24, for example, 24 - represents overnight work. Minutes are optional. Valid values for minutes:
    [0 to 59]. """
    close_time: None | str | Unset = UNSET
    """ The time at which the booking is closed. This time corresponds to the timezone of the capacity area. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.area is not UNSET:
            field_dict["area"] = self.area
        if self.day_offset is not UNSET:
            field_dict["dayOffset"] = self.day_offset
        if self.category is not UNSET:
            field_dict["category"] = self.category
        if self.work_zone is not UNSET:
            field_dict["workZone"] = self.work_zone
        if self.start_time is not UNSET:
            field_dict["startTime"] = self.start_time
        if self.end_time is not UNSET:
            field_dict["endTime"] = self.end_time
        if self.close_time is not UNSET:
            field_dict["closeTime"] = self.close_time
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        booking_closing_schedule = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            booking_closing_schedule.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return booking_closing_schedule

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
