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
    "time": None,
    "latitude": None,
    "longitude": None,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "time",
    "latitude",
    "longitude",
)

T = TypeVar("T", bound="WhereIsMyTechResponseCoordinates")


@_attrs_define(repr=False, init=False)
class WhereIsMyTechResponseCoordinates:
    """The data structure containing the geographic coordinates of the technician's location. This field is present only
    when the value of the 'status' parameter is either 'onTheWay' or 'started'. The field values are specified as
    floating point numbers with a maximum of five digits after the decimal point.

    """

    time: str | None
    """ The time (ISO 8601 compatible) when the geographic coordinates were collected. """
    latitude: float | None
    """ The latitude coordinate (in degrees) of the technician's location. """
    longitude: float | None
    """ The longitude coordinate (in degrees) of the technician's location. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        time: str | None | Unset = UNSET,
        latitude: float | None | Unset = UNSET,
        longitude: float | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "time": time,
            "latitude": latitude,
            "longitude": longitude,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.time = None if isinstance(time, Unset) else time
        self.latitude = None if isinstance(latitude, Unset) else latitude
        self.longitude = None if isinstance(longitude, Unset) else longitude
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.time is not None or "time" in sent:
            field_dict["time"] = self.time
        if self.latitude is not None or "latitude" in sent:
            field_dict["latitude"] = self.latitude
        if self.longitude is not None or "longitude" in sent:
            field_dict["longitude"] = self.longitude
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        where_is_my_tech_response_coordinates = cls.__new__(cls)
        where_is_my_tech_response_coordinates._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            where_is_my_tech_response_coordinates.time,
            where_is_my_tech_response_coordinates.latitude,
            where_is_my_tech_response_coordinates.longitude,
        ) = _read_fields(d)
        where_is_my_tech_response_coordinates.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return where_is_my_tech_response_coordinates

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
