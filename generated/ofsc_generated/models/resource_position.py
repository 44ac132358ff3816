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
    "lat": UNSET,
    "lng": UNSET,
    "alt": UNSET,
    "dir": UNSET,
    "spd": UNSET,
    "acc": UNSET,
    "s": UNSET,
    "i": UNSET,
}
_N_FIELDS = 9
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "time",
    "lat",
    "lng",
    "alt",
    "dir",
    "spd",
    "acc",
    "s",
    "i",
)

T = TypeVar("T", bound="ResourcePosition")


@_attrs_define(repr=False)
class ResourcePosition:
    """The array of objects that contain position information of the resource."""

    time: None | str | Unset = UNSET
    """ The date in the??Internet Date-Time format. For example, 2018-06-27T06:06:05+0000. """
    lat: float | None | Unset = UNSET
    """ The latitude coordinate of the position. A maximum of five digits after the decimal point are returned. """
    lng: float | None | Unset = UNSET
    """ The longitude coordinate of the position. A maximum of five digits after the decimal point are returned. """
    alt: float | None | Unset = UNSET
    """ The altitude of the position (in meters) above the World Geodetic System (WGS) 84 reference ellipsoid. The
    altitude is not retrieved, if it is not set for the position. """
    dir_: float | None | Unset = UNSET
    """ The direction (in degrees) in which the vehicle is headed. The direction is not retrieved, if it is not set
    for the position. """
    spd: float | None | Unset = UNSET
    """ The vehicle speed in meters per second. The speed is not retrieved, if it is not set for the position. """
    acc: float | None | Unset = UNSET
    """ The accuracy of the position in meters. The accuracy is not retrieved, if it is not set for the position.
    """
    s: None | str | Unset = UNSET
    """ The status of the position. Possible values:

    - earlyStart: The activity was started far from its location (red color on map)
    - lateFinish: The activity was completed far??from its location??(red color on map)
    - leftLocation: The resource left the activity location during work time (red color on map)
    - idle: The resource was idle (yellow color on map)

    The status is not returned when the status is normal??(blue color on map). Allowed values: `earlyStart`,
    `lateFinish`, `leftLocation`, `idle`. """
    i: float | None | Unset = UNSET
    """ The duration of the position in minutes. A position has a duration when several positions in close proximity
    are grouped into one. The duration is not returned when the duration is zero. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
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
        if self.s is not UNSET:
            field_dict["s"] = self.s
        if self.i is not UNSET:
            field_dict["i"] = self.i
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        resource_position = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            resource_position.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return resource_position

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
