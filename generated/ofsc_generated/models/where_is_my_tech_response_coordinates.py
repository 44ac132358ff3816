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
    "time": UNSET,
    "latitude": UNSET,
    "longitude": UNSET,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "time",
    "latitude",
    "longitude",
)

T = TypeVar("T", bound="WhereIsMyTechResponseCoordinates")


@_attrs_define(repr=False)
class WhereIsMyTechResponseCoordinates:
    """The data structure containing the geographic coordinates of the technician's location. This field is present only
    when the value of the 'status' parameter is either 'onTheWay' or 'started'. The field values are specified as
    floating point numbers with a maximum of five digits after the decimal point.

    """

    time: None | str | Unset = UNSET
    """ The time (ISO 8601 compatible) when the geographic coordinates were collected. """
    latitude: float | None | Unset = UNSET
    """ The latitude coordinate (in degrees) of the technician's location. """
    longitude: float | None | Unset = UNSET
    """ The longitude coordinate (in degrees) of the technician's location. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.time is not UNSET:
            field_dict["time"] = self.time
        if self.latitude is not UNSET:
            field_dict["latitude"] = self.latitude
        if self.longitude is not UNSET:
            field_dict["longitude"] = self.longitude
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        where_is_my_tech_response_coordinates = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            where_is_my_tech_response_coordinates.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
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
