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
    "state": UNSET,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "category",
    "workZone",
    "timeFrom",
    "timeTo",
    "state",
)

T = TypeVar("T", bound="BookingStatusNode")


@_attrs_define(repr=False)
class BookingStatusNode:
    category: None | str | Unset = UNSET
    """ The label of the capacity category for which the booking status must be closed. """
    work_zone: None | str | Unset = UNSET
    """ The label of the work zone for which the booking status must be closed. """
    time_from: None | str | Unset = UNSET
    """ The start of the time interval (in HH:MM format) from where the booking statuses must be closed. """
    time_to: None | str | Unset = UNSET
    """ The end of the time interval (in HH:MM format) at which the booking statuses must be closed. """
    state: None | str | Unset = UNSET
    """ The state of the booking status, that is, open or closed. Allowed values: `open`, `closed`. """
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
        if self.state is not UNSET:
            field_dict["state"] = self.state
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        booking_status_node = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            booking_status_node.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return booking_status_node

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
