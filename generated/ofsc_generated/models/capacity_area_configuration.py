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
    "label": UNSET,
    "name": UNSET,
    "parentLabel": UNSET,
    "status": UNSET,
    "type": UNSET,
    "configuration": UNSET,
    "capacityCategories": UNSET,
    "timeSlots": UNSET,
    "workZones": UNSET,
    "timeIntervals": UNSET,
    "organizations": UNSET,
    "children": UNSET,
}
_N_FIELDS = 12
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "label",
    "name",
    "parentLabel",
    "status",
    "type",
    "configuration",
    "capacityCategories",
    "timeSlots",
    "workZones",
    "timeIntervals",
    "organizations",
    "children",
)

T = TypeVar("T", bound="CapacityAreaConfiguration")


@_attrs_define(repr=False)
class CapacityAreaConfiguration:
    """The schema of the capacity area object."""

    label: None | str | Unset = UNSET
    """ The label of the capacity area. """
    name: None | str | Unset = UNSET
    """ The name of the capacity area in the user's language. """
    parent_label: None | str | Unset = UNSET
    """ The label of the parent group. """
    status: None | str | Unset = UNSET
    """ The status of the capacity area. Allowed values: `active`, `inactive`. """
    type_: None | str | Unset = UNSET
    """ Allowed values: `group`, `area`. """
    configuration: CapacityAreaConfigurationConfiguration | Unset = UNSET
    """ The configuration of the capacity area. """
    capacity_categories: CapacityAreaConfigurationCapacityCategories | Unset = UNSET
    """ The capacity categories assigned to the capacity area. The capacity categories are not retrieved for a
    capacity area group. """
    time_slots: CapacityAreaConfigurationTimeSlots | Unset = UNSET
    """ The time slots assigned to the capacity area. The time slots are not retrieved for a capacity area group.
    """
    work_zones: CapacityAreaConfigurationWorkZones | Unset = UNSET
    """ The work zones assigned to the capacity area. The work zones are not retrieved for a capacity area group.
    """
    time_intervals: CapacityAreaConfigurationTimeIntervals | Unset = UNSET
    """ The time intervals assigned to the capacity area. The time intervals are not retrieved for a capacity area
    group. """
    organizations: CapacityAreaConfigurationOrganizations | Unset = UNSET
    """ The organizations assigned to the capacity area. The organizations are not retrieved for a capacity area
    group. """
    children: CapacityAreaConfigurationChildren | Unset = UNSET
    """ The capacity areas assigned to the capacity area group. The child capacity areas are always returned for a
    capacity area group. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.label is not UNSET:
            field_dict["label"] = self.label
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.parent_label is not UNSET:
            field_dict["parentLabel"] = self.parent_label
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.configuration is not UNSET:
            field_dict["configuration"] = (
                self.configuration.to_dict()
                if isinstance(self.configuration, CapacityAreaConfigurationConfiguration)
                else self.configuration
            )
        if self.capacity_categories is not UNSET:
            field_dict["capacityCategories"] = (
                self.capacity_categories.to_dict()
                if isinstance(self.capacity_categories, CapacityAreaConfigurationCapacityCategories)
                else self.capacity_categories
            )
        if self.time_slots is not UNSET:
            field_dict["timeSlots"] = (
                self.time_slots.to_dict()
                if isinstance(self.time_slots, CapacityAreaConfigurationTimeSlots)
                else self.time_slots
            )
        if self.work_zones is not UNSET:
            field_dict["workZones"] = (
                self.work_zones.to_dict()
                if isinstance(self.work_zones, CapacityAreaConfigurationWorkZones)
                else self.work_zones
            )
        if self.time_intervals is not UNSET:
            field_dict["timeIntervals"] = (
                self.time_intervals.to_dict()
                if isinstance(self.time_intervals, CapacityAreaConfigurationTimeIntervals)
                else self.time_intervals
            )
        if self.organizations is not UNSET:
            field_dict["organizations"] = (
                self.organizations.to_dict()
                if isinstance(self.organizations, CapacityAreaConfigurationOrganizations)
                else self.organizations
            )
        if self.children is not UNSET:
            field_dict["children"] = (
                self.children.to_dict()
                if isinstance(self.children, CapacityAreaConfigurationChildren)
                else self.children
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        capacity_area_configuration = cls(*_read_fields(d))
        _value = capacity_area_configuration.configuration
        capacity_area_configuration.configuration = (
            CapacityAreaConfigurationConfiguration.from_dict(_value) if isinstance(_value, dict) else _value
        )
        _value = capacity_area_configuration.capacity_categories
        capacity_area_configuration.capacity_categories = (
            CapacityAreaConfigurationCapacityCategories.from_dict(_value) if isinstance(_value, dict) else _value
        )
        _value = capacity_area_configuration.time_slots
        capacity_area_configuration.time_slots = (
            CapacityAreaConfigurationTimeSlots.from_dict(_value) if isinstance(_value, dict) else _value
        )
        _value = capacity_area_configuration.work_zones
        capacity_area_configuration.work_zones = (
            CapacityAreaConfigurationWorkZones.from_dict(_value) if isinstance(_value, dict) else _value
        )
        _value = capacity_area_configuration.time_intervals
        capacity_area_configuration.time_intervals = (
            CapacityAreaConfigurationTimeIntervals.from_dict(_value) if isinstance(_value, dict) else _value
        )
        _value = capacity_area_configuration.organizations
        capacity_area_configuration.organizations = (
            CapacityAreaConfigurationOrganizations.from_dict(_value) if isinstance(_value, dict) else _value
        )
        _value = capacity_area_configuration.children
        capacity_area_configuration.children = (
            CapacityAreaConfigurationChildren.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if len(d) > _N_FIELDS:
            capacity_area_configuration.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return capacity_area_configuration

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
from ..models.capacity_area_configuration_capacity_categories import CapacityAreaConfigurationCapacityCategories  # noqa: E402
from ..models.capacity_area_configuration_children import CapacityAreaConfigurationChildren  # noqa: E402
from ..models.capacity_area_configuration_configuration import CapacityAreaConfigurationConfiguration  # noqa: E402
from ..models.capacity_area_configuration_organizations import CapacityAreaConfigurationOrganizations  # noqa: E402
from ..models.capacity_area_configuration_time_intervals import CapacityAreaConfigurationTimeIntervals  # noqa: E402
from ..models.capacity_area_configuration_time_slots import CapacityAreaConfigurationTimeSlots  # noqa: E402
from ..models.capacity_area_configuration_work_zones import CapacityAreaConfigurationWorkZones  # noqa: E402
