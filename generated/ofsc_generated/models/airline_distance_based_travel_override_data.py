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
    "distance": None,
    "override": None,
}
_N_FIELDS = 2
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "distance",
    "override",
)

T = TypeVar("T", bound="AirlineDistanceBasedTravelOverrideData")


@_attrs_define(repr=False, init=False)
class AirlineDistanceBasedTravelOverrideData:
    distance: int | None
    """ The distance (in km) for which the override value of travel time is specified at travel key level. For
    example, 15 """
    override: int | None
    """ The override value for the travel time (in minutes) that needs to be set for the distance at travel key
    level. For example, 25 """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        distance: int | None | Unset = UNSET,
        override: int | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "distance": distance,
            "override": override,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.distance = None if isinstance(distance, Unset) else distance
        self.override = None if isinstance(override, Unset) else override
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.distance is not None or "distance" in sent:
            field_dict["distance"] = self.distance
        if self.override is not None or "override" in sent:
            field_dict["override"] = self.override
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        airline_distance_based_travel_override_data = cls.__new__(cls)
        airline_distance_based_travel_override_data._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            airline_distance_based_travel_override_data.distance,
            airline_distance_based_travel_override_data.override,
        ) = _read_fields(d)
        airline_distance_based_travel_override_data.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return airline_distance_based_travel_override_data

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
