from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "label": None,
    "name": None,
    "timeFrom": None,
    "timeTo": None,
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


@_attrs_define(repr=False, init=False)
class ShowBookingGridTimeSlotsDictionaryItem:
    label: str | None
    """ The label of the timeslot. """
    name: str | None
    """ The name of the timeslot. """
    time_from: str | None
    """ The start time of the timeslot. """
    time_to: str | None
    """ The end time of the timeslot. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        label: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        time_from: str | None | Unset = UNSET,
        time_to: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "label": label,
            "name": name,
            "timeFrom": time_from,
            "timeTo": time_to,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.label = None if isinstance(label, Unset) else label
        self.name = None if isinstance(name, Unset) else name
        self.time_from = None if isinstance(time_from, Unset) else time_from
        self.time_to = None if isinstance(time_to, Unset) else time_to
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.label is not None or "label" in sent:
            field_dict["label"] = self.label
        if self.name is not None or "name" in sent:
            field_dict["name"] = self.name
        if self.time_from is not None or "timeFrom" in sent:
            field_dict["timeFrom"] = self.time_from
        if self.time_to is not None or "timeTo" in sent:
            field_dict["timeTo"] = self.time_to
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        show_booking_grid_time_slots_dictionary_item = cls.__new__(cls)
        show_booking_grid_time_slots_dictionary_item._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            show_booking_grid_time_slots_dictionary_item.label,
            show_booking_grid_time_slots_dictionary_item.name,
            show_booking_grid_time_slots_dictionary_item.time_from,
            show_booking_grid_time_slots_dictionary_item.time_to,
        ) = _read_fields(d)
        show_booking_grid_time_slots_dictionary_item.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
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
