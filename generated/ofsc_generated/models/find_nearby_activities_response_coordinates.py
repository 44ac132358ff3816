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
    "longitude": None,
    "latitude": None,
}
_N_FIELDS = 2
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "longitude",
    "latitude",
)

T = TypeVar("T", bound="FindNearbyActivitiesResponseCoordinates")


@_attrs_define(repr=False, init=False)
class FindNearbyActivitiesResponseCoordinates:
    """The coordinates of a point to which appointments were found."""

    longitude: float | None
    """ The geographic longitude coordinate that specifies the location of the activity. """
    latitude: float | None
    """ The geographic latitude coordinate that specifies the location of the activity. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        longitude: float | None | Unset = UNSET,
        latitude: float | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "longitude": longitude,
            "latitude": latitude,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.longitude = None if isinstance(longitude, Unset) else longitude
        self.latitude = None if isinstance(latitude, Unset) else latitude
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.longitude is not None or "longitude" in sent:
            field_dict["longitude"] = self.longitude
        if self.latitude is not None or "latitude" in sent:
            field_dict["latitude"] = self.latitude
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        find_nearby_activities_response_coordinates = cls.__new__(cls)
        find_nearby_activities_response_coordinates._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            find_nearby_activities_response_coordinates.longitude,
            find_nearby_activities_response_coordinates.latitude,
        ) = _read_fields(d)
        find_nearby_activities_response_coordinates.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return find_nearby_activities_response_coordinates

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
