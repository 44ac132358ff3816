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
    "category": UNSET,
    "workZone": UNSET,
    "timeFrom": UNSET,
    "timeTo": UNSET,
    "bookingStatus": UNSET,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "category",
    "workZone",
    "timeFrom",
    "timeTo",
    "bookingStatus",
)

T = TypeVar("T", bound="BookingStatusStatusesItem")


@_attrs_define(repr=False)
class BookingStatusStatusesItem:
    category: None | str | Unset = UNSET
    """ The label of the capacity category. """
    work_zone: None | str | Unset = UNSET
    """ The label of the work zone. """
    time_from: None | str | Unset = UNSET
    """ The start time in HH:MM format from where the booking should be closed. By default, start time of the day.
    """
    time_to: None | str | Unset = UNSET
    """ The end time in HH:MM format until where the booking should be closed. By default, end time of the day. """
    booking_status: BookingStatusStatusesItemBookingStatus | Unset = UNSET
    """ The booking status of an item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.category is not UNSET:
            field_dict["category"] = self.category
        if self.work_zone is not UNSET:
            field_dict["workZone"] = self.work_zone
        if self.time_from is not UNSET:
            field_dict["timeFrom"] = self.time_from
        if self.time_to is not UNSET:
            field_dict["timeTo"] = self.time_to
        if self.booking_status is not UNSET:
            field_dict["bookingStatus"] = (
                self.booking_status.to_dict()
                if isinstance(self.booking_status, BookingStatusStatusesItemBookingStatus)
                else self.booking_status
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        booking_status_statuses_item = cls(*_read_fields(d))
        _value = booking_status_statuses_item.booking_status
        booking_status_statuses_item.booking_status = (
            BookingStatusStatusesItemBookingStatus.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if len(d) > _N_FIELDS:
            booking_status_statuses_item.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return booking_status_statuses_item

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
from ..models.booking_status_statuses_item_booking_status import BookingStatusStatusesItemBookingStatus  # noqa: E402
