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
    "resourceId": UNSET,
    "time": UNSET,
    "lat": UNSET,
    "lng": UNSET,
    "alt": UNSET,
    "dir": UNSET,
    "spd": UNSET,
    "acc": UNSET,
}
_N_FIELDS = 8
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "resourceId",
    "time",
    "lat",
    "lng",
    "alt",
    "dir",
    "spd",
    "acc",
)

T = TypeVar("T", bound="SetResourcesPositionsRequestPosition")


@_attrs_define(repr=False)
class SetResourcesPositionsRequestPosition:
    """The request body parameters of this operation."""

    resource_id: None | str | Unset = UNSET
    """ The external identifier of the resource. """
    time: None | str | Unset = UNSET
    """ The date in the Internet Date-Time format or integer UNIX timestamp. For example, 2016-09-20T11:37:29Z or
    1476267764. """
    lat: float | None | Unset = UNSET
    """ The latitude coordinate of the resource position. A maximum of five digits after the decimal point are
    considered. """
    lng: float | None | Unset = UNSET
    """ The longitude coordinate of the resource position. A maximum of five digits after the decimal point are
    considered. """
    alt: int | None | Unset = UNSET
    """ The altitude of the position (in meters) above the World Geodetic System (WGS) 84 reference ellipsoid. """
    dir_: float | None | Unset = UNSET
    """ The direction (in degrees) in which the vehicle is headed. Only one digit after the decimal point is
    considered. """
    spd: float | None | Unset = UNSET
    """ The vehicle speed in meters per second. Only one digit after the decimal point is considered. """
    acc: int | None | Unset = UNSET
    """ The accuracy of the position in meters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.resource_id is not UNSET:
            field_dict["resourceId"] = self.resource_id
        if self.time is not UNSET:
            field_dict["time"] = self.time
        if self.lat is not UNSET:
            field_dict["lat"] = self.lat
        if self.lng is not UNSET:
            field_dict["lng"] = self.lng
        if self.alt is not UNSET:
            field_dict["alt"] = self.alt
        if self.dir_ is not UNSET:
            field_dict["dir"] = self.dir_
        if self.spd is not UNSET:
            field_dict["spd"] = self.spd
        if self.acc is not UNSET:
            field_dict["acc"] = self.acc
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        set_resources_positions_request_position = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            set_resources_positions_request_position.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return set_resources_positions_request_position

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
