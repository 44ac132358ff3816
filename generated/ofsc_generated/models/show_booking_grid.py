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
    "duration": UNSET,
    "travelTime": UNSET,
    "actualAtTime": UNSET,
    "workZone": UNSET,
    "timeSlotsDictionary": UNSET,
    "resourcesDictionary": UNSET,
    "areas": UNSET,
}
_N_FIELDS = 7
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "duration",
    "travelTime",
    "actualAtTime",
    "workZone",
    "timeSlotsDictionary",
    "resourcesDictionary",
    "areas",
)

T = TypeVar("T", bound="ShowBookingGrid")


@_attrs_define(repr=False)
class ShowBookingGrid:
    duration: int | None | Unset = UNSET
    """ The estimated duration of the activity in minutes. """
    travel_time: int | None | Unset = UNSET
    """ The average travel time (in minutes) to the activity. """
    actual_at_time: None | str | Unset = UNSET
    """ UTC timestamp in format YYYY-MM-DD HH:MM:SS for which the response was calculated. """
    work_zone: None | str | Unset = UNSET
    """ The label of the work zone determined for the activity. """
    time_slots_dictionary: list[ShowBookingGridTimeSlotsDictionaryItem] | Unset = UNSET
    """ The dictionary of time slots on the top level, which includes all time slots defined for the capacity areas
    and filtered by defined capacity categories. """
    resources_dictionary: list[ShowBookingGridResourcesDictionaryItem] | Unset = UNSET
    """ An array of resource items. Depend on 'resourceFields' parameter the field set of resource object may vary.
    """
    areas: list[ShowBookingGridAreasItem] | Unset = UNSET
    """ The array of available booking options. Each item in the array contains the available booking options for a
    capacity area. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.duration is not UNSET:
            field_dict["duration"] = self.duration
        if self.travel_time is not UNSET:
            field_dict["travelTime"] = self.travel_time
        if self.actual_at_time is not UNSET:
            field_dict["actualAtTime"] = self.actual_at_time
        if self.work_zone is not UNSET:
            field_dict["workZone"] = self.work_zone
        if self.time_slots_dictionary is not UNSET:
            field_dict["timeSlotsDictionary"] = (
                [
                    item0.to_dict() if isinstance(item0, ShowBookingGridTimeSlotsDictionaryItem) else item0
                    for item0 in self.time_slots_dictionary
                ]
                if isinstance(self.time_slots_dictionary, list)
                else self.time_slots_dictionary
            )
        if self.resources_dictionary is not UNSET:
            field_dict["resourcesDictionary"] = (
                [
                    item0.to_dict() if isinstance(item0, ShowBookingGridResourcesDictionaryItem) else item0
                    for item0 in self.resources_dictionary
                ]
                if isinstance(self.resources_dictionary, list)
                else self.resources_dictionary
            )
        if self.areas is not UNSET:
            field_dict["areas"] = (
                [item0.to_dict() if isinstance(item0, ShowBookingGridAreasItem) else item0 for item0 in self.areas]
                if isinstance(self.areas, list)
                else self.areas
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        show_booking_grid = cls(*_read_fields(d))
        _value = show_booking_grid.time_slots_dictionary
        show_booking_grid.time_slots_dictionary = (
            [
                ShowBookingGridTimeSlotsDictionaryItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = show_booking_grid.resources_dictionary
        show_booking_grid.resources_dictionary = (
            [
                ShowBookingGridResourcesDictionaryItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = show_booking_grid.areas
        show_booking_grid.areas = (
            [ShowBookingGridAreasItem.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            show_booking_grid.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return show_booking_grid

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
from ..models.show_booking_grid_areas_item import ShowBookingGridAreasItem  # noqa: E402
from ..models.show_booking_grid_resources_dictionary_item import ShowBookingGridResourcesDictionaryItem  # noqa: E402
from ..models.show_booking_grid_time_slots_dictionary_item import ShowBookingGridTimeSlotsDictionaryItem  # noqa: E402
