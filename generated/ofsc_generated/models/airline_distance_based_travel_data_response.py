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
    "distance": UNSET,
    "estimated": UNSET,
    "override": UNSET,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "distance",
    "estimated",
    "override",
)

T = TypeVar("T", bound="AirlineDistanceBasedTravelDataResponse")


@_attrs_define(repr=False)
class AirlineDistanceBasedTravelDataResponse:
    distance: int | None | Unset = UNSET
    """ The distance (in km) for which the override value of travel time is specified at travel key level. """
    estimated: int | None | Unset = UNSET
    """ The statistically estimated value for the travel time (in minutes) for the distance at travel key level. """
    override: int | None | Unset = UNSET
    """ The override value for the travel time (in minutes) for the distance at travel key level.

    If 'Detect activity travel keys automatically' is checked in Statistics configuration, then this field will not
    be returned as part of the response. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.distance is not UNSET:
            field_dict["distance"] = self.distance
        if self.estimated is not UNSET:
            field_dict["estimated"] = self.estimated
        if self.override is not UNSET:
            field_dict["override"] = self.override
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        airline_distance_based_travel_data_response = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            airline_distance_based_travel_data_response.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return airline_distance_based_travel_data_response

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
