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
    "wed": UNSET,
    "sun": UNSET,
    "thu": UNSET,
    "tue": UNSET,
    "sat": UNSET,
    "fri": UNSET,
    "mon": UNSET,
}
_N_FIELDS = 7
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "wed",
    "sun",
    "thu",
    "tue",
    "sat",
    "fri",
    "mon",
)

T = TypeVar("T", bound="ResourceAssignedLocationsWeek")


@_attrs_define(repr=False)
class ResourceAssignedLocationsWeek:
    """The locations assigned to the resource for a week."""

    wed: ResourceAssignedLocationsDay | Unset = UNSET
    """ The locations assigned to the resource for this weekday. """
    sun: ResourceAssignedLocationsDay | Unset = UNSET
    """ The locations assigned to the resource for this weekday. """
    thu: ResourceAssignedLocationsDay | Unset = UNSET
    """ The locations assigned to the resource for this weekday. """
    tue: ResourceAssignedLocationsDay | Unset = UNSET
    """ The locations assigned to the resource for this weekday. """
    sat: ResourceAssignedLocationsDay | Unset = UNSET
    """ The locations assigned to the resource for this weekday. """
    fri: ResourceAssignedLocationsDay | Unset = UNSET
    """ The locations assigned to the resource for this weekday. """
    mon: ResourceAssignedLocationsDay | Unset = UNSET
    """ The locations assigned to the resource for this weekday. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.wed is not UNSET:
            field_dict["wed"] = self.wed.to_dict() if isinstance(self.wed, ResourceAssignedLocationsDay) else self.wed
        if self.sun is not UNSET:
            field_dict["sun"] = self.sun.to_dict() if isinstance(self.sun, ResourceAssignedLocationsDay) else self.sun
        if self.thu is not UNSET:
            field_dict["thu"] = self.thu.to_dict() if isinstance(self.thu, ResourceAssignedLocationsDay) else self.thu
        if self.tue is not UNSET:
            field_dict["tue"] = self.tue.to_dict() if isinstance(self.tue, ResourceAssignedLocationsDay) else self.tue
        if self.sat is not UNSET:
            field_dict["sat"] = self.sat.to_dict() if isinstance(self.sat, ResourceAssignedLocationsDay) else self.sat
        if self.fri is not UNSET:
            field_dict["fri"] = self.fri.to_dict() if isinstance(self.fri, ResourceAssignedLocationsDay) else self.fri
        if self.mon is not UNSET:
            field_dict["mon"] = self.mon.to_dict() if isinstance(self.mon, ResourceAssignedLocationsDay) else self.mon
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        resource_assigned_locations_week = cls(*_read_fields(d))
        _value = resource_assigned_locations_week.wed
        resource_assigned_locations_week.wed = (
            ResourceAssignedLocationsDay.from_dict(_value) if isinstance(_value, dict) else _value
        )
        _value = resource_assigned_locations_week.sun
        resource_assigned_locations_week.sun = (
            ResourceAssignedLocationsDay.from_dict(_value) if isinstance(_value, dict) else _value
        )
        _value = resource_assigned_locations_week.thu
        resource_assigned_locations_week.thu = (
            ResourceAssignedLocationsDay.from_dict(_value) if isinstance(_value, dict) else _value
        )
        _value = resource_assigned_locations_week.tue
        resource_assigned_locations_week.tue = (
            ResourceAssignedLocationsDay.from_dict(_value) if isinstance(_value, dict) else _value
        )
        _value = resource_assigned_locations_week.sat
        resource_assigned_locations_week.sat = (
            ResourceAssignedLocationsDay.from_dict(_value) if isinstance(_value, dict) else _value
        )
        _value = resource_assigned_locations_week.fri
        resource_assigned_locations_week.fri = (
            ResourceAssignedLocationsDay.from_dict(_value) if isinstance(_value, dict) else _value
        )
        _value = resource_assigned_locations_week.mon
        resource_assigned_locations_week.mon = (
            ResourceAssignedLocationsDay.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if len(d) > _N_FIELDS:
            resource_assigned_locations_week.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return resource_assigned_locations_week

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
from ..models.resource_assigned_locations_day import ResourceAssignedLocationsDay  # noqa: E402
