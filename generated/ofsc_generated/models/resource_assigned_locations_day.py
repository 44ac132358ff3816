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
    "start": UNSET,
    "homeZoneCenter": UNSET,
    "end": UNSET,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "start",
    "homeZoneCenter",
    "end",
)

T = TypeVar("T", bound="ResourceAssignedLocationsDay")


@_attrs_define(repr=False)
class ResourceAssignedLocationsDay:
    """The locations assigned to the resource for this weekday."""

    start: int | None | Unset = UNSET
    """ The identifier of the start location for this weekday. """
    home_zone_center: int | None | Unset = UNSET
    """ The identifier of the home zone center location for this weekday. """
    end: int | None | Unset = UNSET
    """ The identifier of the end location for this weekday. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.start is not UNSET:
            field_dict["start"] = self.start
        if self.home_zone_center is not UNSET:
            field_dict["homeZoneCenter"] = self.home_zone_center
        if self.end is not UNSET:
            field_dict["end"] = self.end
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        resource_assigned_locations_day = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            resource_assigned_locations_day.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return resource_assigned_locations_day

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
