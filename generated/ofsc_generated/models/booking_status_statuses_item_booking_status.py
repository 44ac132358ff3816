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
    "state": UNSET,
    "scheduledCloseTime": UNSET,
    "closedAt": UNSET,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "state",
    "scheduledCloseTime",
    "closedAt",
)

T = TypeVar("T", bound="BookingStatusStatusesItemBookingStatus")


@_attrs_define(repr=False)
class BookingStatusStatusesItemBookingStatus:
    """The booking status of an item."""

    state: None | str | Unset = UNSET
    """ The state of the booking status. Allowed values: `open`, `closed`. """
    scheduled_close_time: None | str | Unset = UNSET
    """ The scheduled date and time when the booking closes. For example, 2016-10-30 11:00:00. """
    closed_at: None | str | Unset = UNSET
    """ The date and time when the booking was closed (manually or by a closing condition). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.state is not UNSET:
            field_dict["state"] = self.state
        if self.scheduled_close_time is not UNSET:
            field_dict["scheduledCloseTime"] = self.scheduled_close_time
        if self.closed_at is not UNSET:
            field_dict["closedAt"] = self.closed_at
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        booking_status_statuses_item_booking_status = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            booking_status_statuses_item_booking_status.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return booking_status_statuses_item_booking_status

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
