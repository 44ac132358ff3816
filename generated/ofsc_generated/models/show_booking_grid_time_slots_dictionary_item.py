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
    "label": UNSET,
    "name": UNSET,
    "timeFrom": UNSET,
    "timeTo": UNSET,
}
_N_FIELDS = 4
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "label",
    "name",
    "timeFrom",
    "timeTo",
)

T = TypeVar("T", bound="ShowBookingGridTimeSlotsDictionaryItem")


@_attrs_define(repr=False)
class ShowBookingGridTimeSlotsDictionaryItem:
    label: None | str | Unset = UNSET
    """ The label of the timeslot. """
    name: None | str | Unset = UNSET
    """ The name of the timeslot. """
    time_from: None | str | Unset = UNSET
    """ The start time of the timeslot. """
    time_to: None | str | Unset = UNSET
    """ The end time of the timeslot. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.label is not UNSET:
            field_dict["label"] = self.label
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.time_from is not UNSET:
            field_dict["timeFrom"] = self.time_from
        if self.time_to is not UNSET:
            field_dict["timeTo"] = self.time_to
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        show_booking_grid_time_slots_dictionary_item = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            show_booking_grid_time_slots_dictionary_item.additional_properties = dict(
                islice(d.items(), _N_FIELDS, None)
            )
        return show_booking_grid_time_slots_dictionary_item

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
