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
    "finalTravelSupport": None,
    "workSkill": None,
    "workTime": None,
    "resourcePreference": None,
    "workZone": None,
    "includeResources": None,
    "requiredInventoryMatch": None,
}
_N_FIELDS = 7
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "finalTravelSupport",
    "workSkill",
    "workTime",
    "resourcePreference",
    "workZone",
    "includeResources",
    "requiredInventoryMatch",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="FindMatchingResourcesRequestCriteria")


@_attrs_define(repr=False, init=False)
class FindMatchingResourcesRequestCriteria:
    """The criteria used to filter the results.

    Results with fitness value greater than the specified cutoff point are removed from response. If a particular
    criteria is not present, then the API does use the criteria to filter the results. If the criteria parameter is not
    specified in request, then by default all the criteria is applied.

    """

    final_travel_support: bool | None
    """ If the finalTravelSupport = True is specified, then the function uses the value of the estimated final
    travel according to the resource type configuration (as 0, full value or partial value). Note that the system
    only estimates the final travel if the resource's end location is known, otherwise usage of this new parameter
    doesn't change the result, because the estimated final travel is 0 in that case. """
    work_skill: int | None
    """ The criteria to filter the results by work skills required to do the activity. """
    work_time: int | None
    """ The criteria to filter the results by the time (in minutes) required to complete the activity. """
    resource_preference: float | None
    """ The criteria to filter the results by preference level of the resource. """
    work_zone: int | None
    """ The criteria to filter the results by work zone of the activity. """
    include_resources: str | None
    """ The criteria to filter the results by resources. For example, include only technician resource, only bucket
    resources, or both. Allowed values: `technicians`, `buckets`, `all`. """
    required_inventory_match: bool | None
    """ Indicates whether OFSC should apply resource filtration by inventory set matching. Note that the function
    only checks the inventory in the resource pool, teamworks and warehouses are not considered. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "final_travel_support",
            "work_skill",
            "work_time",
            "resource_preference",
            "work_zone",
            "include_resources",
            "required_inventory_match",
            "additional_properties",
        )
    )

    def __init__(
        self,
        final_travel_support: bool | None | Unset = UNSET,
        work_skill: int | None | Unset = UNSET,
        work_time: int | None | Unset = UNSET,
        resource_preference: float | None | Unset = UNSET,
        work_zone: int | None | Unset = UNSET,
        include_resources: Literal["technicians", "buckets", "all"] | None | Unset = UNSET,
        required_inventory_match: bool | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "finalTravelSupport": final_travel_support,
            "workSkill": work_skill,
            "workTime": work_time,
            "resourcePreference": resource_preference,
            "workZone": work_zone,
            "includeResources": include_resources,
            "requiredInventoryMatch": required_inventory_match,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.final_travel_support = None if isinstance(final_travel_support, Unset) else final_travel_support
        self.work_skill = None if isinstance(work_skill, Unset) else work_skill
        self.work_time = None if isinstance(work_time, Unset) else work_time
        self.resource_preference = None if isinstance(resource_preference, Unset) else resource_preference
        self.work_zone = None if isinstance(work_zone, Unset) else work_zone
        self.include_resources = None if isinstance(include_resources, Unset) else include_resources
        self.required_inventory_match = (
            None if isinstance(required_inventory_match, Unset) else required_inventory_match
        )
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.final_travel_support is not None or "finalTravelSupport" in sent:
            field_dict["finalTravelSupport"] = self.final_travel_support
        if self.work_skill is not None or "workSkill" in sent:
            field_dict["workSkill"] = self.work_skill
        if self.work_time is not None or "workTime" in sent:
            field_dict["workTime"] = self.work_time
        if self.resource_preference is not None or "resourcePreference" in sent:
            field_dict["resourcePreference"] = self.resource_preference
        if self.work_zone is not None or "workZone" in sent:
            field_dict["workZone"] = self.work_zone
        if self.include_resources is not None or "includeResources" in sent:
            field_dict["includeResources"] = self.include_resources
        if self.required_inventory_match is not None or "requiredInventoryMatch" in sent:
            field_dict["requiredInventoryMatch"] = self.required_inventory_match
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is FindMatchingResourcesRequestCriteria else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.final_travel_support,
            target.work_skill,
            target.work_time,
            target.resource_preference,
            target.work_zone,
            target.include_resources,
            target.required_inventory_match,
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


_Twin = lazy_twin(FindMatchingResourcesRequestCriteria)
