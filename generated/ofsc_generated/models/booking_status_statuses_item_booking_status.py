from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "state": None,
    "scheduledCloseTime": None,
    "closedAt": None,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "state",
    "scheduledCloseTime",
    "closedAt",
)

T = TypeVar("T", bound="BookingStatusStatusesItemBookingStatus")


@_attrs_define(repr=False, init=False)
class BookingStatusStatusesItemBookingStatus:
    """The booking status of an item."""

    state: str | None
    """ The state of the booking status. Allowed values: `open`, `closed`. """
    scheduled_close_time: str | None
    """ The scheduled date and time when the booking closes. For example, 2016-10-30 11:00:00. """
    closed_at: str | None
    """ The date and time when the booking was closed (manually or by a closing condition). """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        state: Literal["open", "closed"] | None | Unset = UNSET,
        scheduled_close_time: str | None | Unset = UNSET,
        closed_at: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "state": state,
            "scheduledCloseTime": scheduled_close_time,
            "closedAt": closed_at,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.state = None if isinstance(state, Unset) else state
        self.scheduled_close_time = None if isinstance(scheduled_close_time, Unset) else scheduled_close_time
        self.closed_at = None if isinstance(closed_at, Unset) else closed_at
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.state is not None or "state" in sent:
            field_dict["state"] = self.state
        if self.scheduled_close_time is not None or "scheduledCloseTime" in sent:
            field_dict["scheduledCloseTime"] = self.scheduled_close_time
        if self.closed_at is not None or "closedAt" in sent:
            field_dict["closedAt"] = self.closed_at
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        booking_status_statuses_item_booking_status = cls.__new__(cls)
        booking_status_statuses_item_booking_status._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            booking_status_statuses_item_booking_status.state,
            booking_status_statuses_item_booking_status.scheduled_close_time,
            booking_status_statuses_item_booking_status.closed_at,
        ) = _read_fields(d)
        booking_status_statuses_item_booking_status.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
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
