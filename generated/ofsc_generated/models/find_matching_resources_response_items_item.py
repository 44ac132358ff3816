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
    "resource": UNSET,
    "fitness": UNSET,
    "estimatedCompleteDate": UNSET,
    "schedule": UNSET,
}
_N_FIELDS = 4
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "resource",
    "fitness",
    "estimatedCompleteDate",
    "schedule",
)

T = TypeVar("T", bound="FindMatchingResourcesResponseItemsItem")


@_attrs_define(repr=False)
class FindMatchingResourcesResponseItemsItem:
    """The record of the resource that has matched the specified criteria. For segmentable activity maximum number of items
    in the response is 25

    """

    resource: FmrResource | Unset = UNSET
    """ The resource used for an activity. For example, a resource can be a technician, a truck, or a bucket.

    Note: This resource is not the same as a REST resource. """
    fitness: FmrFitnessRecord | Unset = UNSET
    """ The fitness values for the resource calculated for the particular schedule date. Note that these fitness
    values are calculated for all criteria, regardless if they are present in the request or not. Only the values
    that are specified in the request "criteria" parameter and only for the date specified in the "date" request
    parameter may cause resources exclusion from the response. The others fitness values are provided only as
    additional information. """
    estimated_complete_date: None | str | Unset = UNSET
    """ The date when the resource is expected to complete the activity. The date is in 'YYYY-MM-DD' format. This
    field is returned if the requested activity is segmentable. """
    schedule: FindMatchingResourcesResponseItemsItemSchedule | Unset = UNSET
    """ The list of records with the schedule information for each date requested in the schedulesToReturn
    parameter. Not returned if requested activity is segmentable. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.resource is not UNSET:
            field_dict["resource"] = (
                self.resource.to_dict() if isinstance(self.resource, FmrResource) else self.resource
            )
        if self.fitness is not UNSET:
            field_dict["fitness"] = (
                self.fitness.to_dict() if isinstance(self.fitness, FmrFitnessRecord) else self.fitness
            )
        if self.estimated_complete_date is not UNSET:
            field_dict["estimatedCompleteDate"] = self.estimated_complete_date
        if self.schedule is not UNSET:
            field_dict["schedule"] = (
                self.schedule.to_dict()
                if isinstance(self.schedule, FindMatchingResourcesResponseItemsItemSchedule)
                else self.schedule
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        find_matching_resources_response_items_item = cls(*_read_fields(d))
        _value = find_matching_resources_response_items_item.resource
        find_matching_resources_response_items_item.resource = (
            FmrResource.from_dict(_value) if isinstance(_value, dict) else _value
        )
        _value = find_matching_resources_response_items_item.fitness
        find_matching_resources_response_items_item.fitness = (
            FmrFitnessRecord.from_dict(_value) if isinstance(_value, dict) else _value
        )
        _value = find_matching_resources_response_items_item.schedule
        find_matching_resources_response_items_item.schedule = (
            FindMatchingResourcesResponseItemsItemSchedule.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if len(d) > _N_FIELDS:
            find_matching_resources_response_items_item.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return find_matching_resources_response_items_item

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
from ..models.find_matching_resources_response_items_item_schedule import FindMatchingResourcesResponseItemsItemSchedule  # noqa: E402
from ..models.fmr_fitness_record import FmrFitnessRecord  # noqa: E402
from ..models.fmr_resource import FmrResource  # noqa: E402
