from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "label": None,
    "name": None,
    "parentLabel": None,
    "status": None,
    "type": None,
    "configuration": None,
    "capacityCategories": None,
    "timeSlots": None,
    "workZones": None,
    "timeIntervals": None,
    "organizations": None,
    "children": None,
}
_N_FIELDS = 12
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "label",
    "name",
    "parentLabel",
    "status",
    "type",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 8

T = TypeVar("T", bound="CapacityAreaConfiguration")


@_attrs_define(repr=False, init=False)
class CapacityAreaConfiguration:
    """The schema of the capacity area object."""

    label: str | None
    """ The label of the capacity area. """
    name: str | None
    """ The name of the capacity area in the user's language. """
    parent_label: str | None
    """ The label of the parent group. """
    status: str | None
    """ The status of the capacity area. Allowed values: `active`, `inactive`. """
    type_: str | None
    """ Allowed values: `group`, `area`. """
    configuration: CapacityAreaConfigurationConfiguration | None
    """ The configuration of the capacity area. """
    capacity_categories: CapacityAreaConfigurationCapacityCategories | None
    """ The capacity categories assigned to the capacity area. The capacity categories are not retrieved for a
    capacity area group. """
    time_slots: CapacityAreaConfigurationTimeSlots | None
    """ The time slots assigned to the capacity area. The time slots are not retrieved for a capacity area group.
    """
    work_zones: CapacityAreaConfigurationWorkZones | None
    """ The work zones assigned to the capacity area. The work zones are not retrieved for a capacity area group.
    """
    time_intervals: CapacityAreaConfigurationTimeIntervals | None
    """ The time intervals assigned to the capacity area. The time intervals are not retrieved for a capacity area
    group. """
    organizations: CapacityAreaConfigurationOrganizations | None
    """ The organizations assigned to the capacity area. The organizations are not retrieved for a capacity area
    group. """
    children: CapacityAreaConfigurationChildren | None
    """ The capacity areas assigned to the capacity area group. The child capacity areas are always returned for a
    capacity area group. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "label",
            "name",
            "parent_label",
            "status",
            "type_",
            "additional_properties",
        )
    )

    def __init__(
        self,
        label: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        parent_label: str | None | Unset = UNSET,
        status: Literal["active", "inactive"] | None | Unset = UNSET,
        type_: Literal["group", "area"] | None | Unset = UNSET,
        configuration: CapacityAreaConfigurationConfiguration | None | Unset = UNSET,
        capacity_categories: CapacityAreaConfigurationCapacityCategories | None | Unset = UNSET,
        time_slots: CapacityAreaConfigurationTimeSlots | None | Unset = UNSET,
        work_zones: CapacityAreaConfigurationWorkZones | None | Unset = UNSET,
        time_intervals: CapacityAreaConfigurationTimeIntervals | None | Unset = UNSET,
        organizations: CapacityAreaConfigurationOrganizations | None | Unset = UNSET,
        children: CapacityAreaConfigurationChildren | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "label": label,
            "name": name,
            "parentLabel": parent_label,
            "status": status,
            "type": type_,
            "configuration": configuration,
            "capacityCategories": capacity_categories,
            "timeSlots": time_slots,
            "workZones": work_zones,
            "timeIntervals": time_intervals,
            "organizations": organizations,
            "children": children,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.label = None if isinstance(label, Unset) else label
        self.name = None if isinstance(name, Unset) else name
        self.parent_label = None if isinstance(parent_label, Unset) else parent_label
        self.status = None if isinstance(status, Unset) else status
        self.type_ = None if isinstance(type_, Unset) else type_
        self.configuration = None if isinstance(configuration, Unset) else configuration
        self.capacity_categories = None if isinstance(capacity_categories, Unset) else capacity_categories
        self.time_slots = None if isinstance(time_slots, Unset) else time_slots
        self.work_zones = None if isinstance(work_zones, Unset) else work_zones
        self.time_intervals = None if isinstance(time_intervals, Unset) else time_intervals
        self.organizations = None if isinstance(organizations, Unset) else organizations
        self.children = None if isinstance(children, Unset) else children
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.label is not None or "label" in sent:
            field_dict["label"] = self.label
        if self.name is not None or "name" in sent:
            field_dict["name"] = self.name
        if self.parent_label is not None or "parentLabel" in sent:
            field_dict["parentLabel"] = self.parent_label
        if self.status is not None or "status" in sent:
            field_dict["status"] = self.status
        if self.type_ is not None or "type" in sent:
            field_dict["type"] = self.type_
        if self.configuration is not None or "configuration" in sent:
            field_dict["configuration"] = (
                self.configuration.to_dict()
                if isinstance(self.configuration, CapacityAreaConfigurationConfiguration)
                else self.configuration
            )
        if self.capacity_categories is not None or "capacityCategories" in sent:
            field_dict["capacityCategories"] = (
                self.capacity_categories.to_dict()
                if isinstance(self.capacity_categories, CapacityAreaConfigurationCapacityCategories)
                else self.capacity_categories
            )
        if self.time_slots is not None or "timeSlots" in sent:
            field_dict["timeSlots"] = (
                self.time_slots.to_dict()
                if isinstance(self.time_slots, CapacityAreaConfigurationTimeSlots)
                else self.time_slots
            )
        if self.work_zones is not None or "workZones" in sent:
            field_dict["workZones"] = (
                self.work_zones.to_dict()
                if isinstance(self.work_zones, CapacityAreaConfigurationWorkZones)
                else self.work_zones
            )
        if self.time_intervals is not None or "timeIntervals" in sent:
            field_dict["timeIntervals"] = (
                self.time_intervals.to_dict()
                if isinstance(self.time_intervals, CapacityAreaConfigurationTimeIntervals)
                else self.time_intervals
            )
        if self.organizations is not None or "organizations" in sent:
            field_dict["organizations"] = (
                self.organizations.to_dict()
                if isinstance(self.organizations, CapacityAreaConfigurationOrganizations)
                else self.organizations
            )
        if self.children is not None or "children" in sent:
            field_dict["children"] = (
                self.children.to_dict()
                if isinstance(self.children, CapacityAreaConfigurationChildren)
                else self.children
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is CapacityAreaConfiguration else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("configuration")
        _model.configuration = (
            CapacityAreaConfigurationConfiguration.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["configuration"] = _model.configuration
        _value = _src.get("capacityCategories")
        _model.capacity_categories = (
            CapacityAreaConfigurationCapacityCategories.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["capacityCategories"] = _model.capacity_categories
        _value = _src.get("timeSlots")
        _model.time_slots = CapacityAreaConfigurationTimeSlots.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["timeSlots"] = _model.time_slots
        _value = _src.get("workZones")
        _model.work_zones = CapacityAreaConfigurationWorkZones.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["workZones"] = _model.work_zones
        _value = _src.get("timeIntervals")
        _model.time_intervals = (
            CapacityAreaConfigurationTimeIntervals.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["timeIntervals"] = _model.time_intervals
        _value = _src.get("organizations")
        _model.organizations = (
            CapacityAreaConfigurationOrganizations.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["organizations"] = _model.organizations
        _value = _src.get("children")
        _model.children = CapacityAreaConfigurationChildren.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["children"] = _model.children
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.label,
            target.name,
            target.parent_label,
            target.status,
            target.type_,
        ) = _read_lazy(d)
        target.additional_properties = dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        if target is not self:
            copy_unset(self, target)

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


_Twin = lazy_twin(CapacityAreaConfiguration)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.capacity_area_configuration_capacity_categories import CapacityAreaConfigurationCapacityCategories  # noqa: E402
from ..models.capacity_area_configuration_children import CapacityAreaConfigurationChildren  # noqa: E402
from ..models.capacity_area_configuration_configuration import CapacityAreaConfigurationConfiguration  # noqa: E402
from ..models.capacity_area_configuration_organizations import CapacityAreaConfigurationOrganizations  # noqa: E402
from ..models.capacity_area_configuration_time_intervals import CapacityAreaConfigurationTimeIntervals  # noqa: E402
from ..models.capacity_area_configuration_time_slots import CapacityAreaConfigurationTimeSlots  # noqa: E402
from ..models.capacity_area_configuration_work_zones import CapacityAreaConfigurationWorkZones  # noqa: E402
