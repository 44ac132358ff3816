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
    "start": None,
    "homeZoneCenter": None,
    "end": None,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "start",
    "homeZoneCenter",
    "end",
)

T = TypeVar("T", bound="ResourceAssignedLocationsDay")


@_attrs_define(repr=False, init=False)
class ResourceAssignedLocationsDay:
    """The locations assigned to the resource for this weekday."""

    start: int | None
    """ The identifier of the start location for this weekday. """
    home_zone_center: int | None
    """ The identifier of the home zone center location for this weekday. """
    end: int | None
    """ The identifier of the end location for this weekday. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        start: int | None | Unset = UNSET,
        home_zone_center: int | None | Unset = UNSET,
        end: int | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "start": start,
            "homeZoneCenter": home_zone_center,
            "end": end,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.start = None if isinstance(start, Unset) else start
        self.home_zone_center = None if isinstance(home_zone_center, Unset) else home_zone_center
        self.end = None if isinstance(end, Unset) else end
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.start is not None or "start" in sent:
            field_dict["start"] = self.start
        if self.home_zone_center is not None or "homeZoneCenter" in sent:
            field_dict["homeZoneCenter"] = self.home_zone_center
        if self.end is not None or "end" in sent:
            field_dict["end"] = self.end
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        resource_assigned_locations_day = cls.__new__(cls)
        resource_assigned_locations_day._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            resource_assigned_locations_day.start,
            resource_assigned_locations_day.home_zone_center,
            resource_assigned_locations_day.end,
        ) = _read_fields(d)
        resource_assigned_locations_day.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
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
