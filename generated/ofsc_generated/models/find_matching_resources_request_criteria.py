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
    "finalTravelSupport": UNSET,
    "workSkill": UNSET,
    "workTime": UNSET,
    "resourcePreference": UNSET,
    "workZone": UNSET,
    "includeResources": UNSET,
    "requiredInventoryMatch": UNSET,
}
_N_FIELDS = 7
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "finalTravelSupport",
    "workSkill",
    "workTime",
    "resourcePreference",
    "workZone",
    "includeResources",
    "requiredInventoryMatch",
)

T = TypeVar("T", bound="FindMatchingResourcesRequestCriteria")


@_attrs_define(repr=False)
class FindMatchingResourcesRequestCriteria:
    """The criteria used to filter the results.

    Results with fitness value greater than the specified cutoff point are removed from response. If a particular
    criteria is not present, then the API does use the criteria to filter the results. If the criteria parameter is not
    specified in request, then by default all the criteria is applied.

    """

    final_travel_support: bool | None | Unset = UNSET
    """ If the finalTravelSupport = True is specified, then the function uses the value of the estimated final
    travel according to the resource type configuration (as 0, full value or partial value). Note that the system
    only estimates the final travel if the resource's end location is known, otherwise usage of this new parameter
    doesn't change the result, because the estimated final travel is 0 in that case. """
    work_skill: int | None | Unset = UNSET
    """ The criteria to filter the results by work skills required to do the activity. """
    work_time: int | None | Unset = UNSET
    """ The criteria to filter the results by the time (in minutes) required to complete the activity. """
    resource_preference: float | None | Unset = UNSET
    """ The criteria to filter the results by preference level of the resource. """
    work_zone: int | None | Unset = UNSET
    """ The criteria to filter the results by work zone of the activity. """
    include_resources: None | str | Unset = UNSET
    """ The criteria to filter the results by resources. For example, include only technician resource, only bucket
    resources, or both. Allowed values: `technicians`, `buckets`, `all`. """
    required_inventory_match: bool | None | Unset = UNSET
    """ Indicates whether OFSC should apply resource filtration by inventory set matching. Note that the function
    only checks the inventory in the resource pool, teamworks and warehouses are not considered. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.final_travel_support is not UNSET:
            field_dict["finalTravelSupport"] = self.final_travel_support
        if self.work_skill is not UNSET:
            field_dict["workSkill"] = self.work_skill
        if self.work_time is not UNSET:
            field_dict["workTime"] = self.work_time
        if self.resource_preference is not UNSET:
            field_dict["resourcePreference"] = self.resource_preference
        if self.work_zone is not UNSET:
            field_dict["workZone"] = self.work_zone
        if self.include_resources is not UNSET:
            field_dict["includeResources"] = self.include_resources
        if self.required_inventory_match is not UNSET:
            field_dict["requiredInventoryMatch"] = self.required_inventory_match
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        find_matching_resources_request_criteria = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            find_matching_resources_request_criteria.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return find_matching_resources_request_criteria

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
