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
    "resource": None,
    "fitness": None,
    "estimatedCompleteDate": None,
    "schedule": None,
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


@_attrs_define(repr=False, init=False)
class FindMatchingResourcesResponseItemsItem:
    """The record of the resource that has matched the specified criteria. For segmentable activity maximum number of items
    in the response is 25

    """

    resource: FmrResource | None
    """ The resource used for an activity. For example, a resource can be a technician, a truck, or a bucket.

    Note: This resource is not the same as a REST resource. """
    fitness: FmrFitnessRecord | None
    """ The fitness values for the resource calculated for the particular schedule date. Note that these fitness
    values are calculated for all criteria, regardless if they are present in the request or not. Only the values
    that are specified in the request "criteria" parameter and only for the date specified in the "date" request
    parameter may cause resources exclusion from the response. The others fitness values are provided only as
    additional information. """
    estimated_complete_date: str | None
    """ The date when the resource is expected to complete the activity. The date is in 'YYYY-MM-DD' format. This
    field is returned if the requested activity is segmentable. """
    schedule: FindMatchingResourcesResponseItemsItemSchedule | None
    """ The list of records with the schedule information for each date requested in the schedulesToReturn
    parameter. Not returned if requested activity is segmentable. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        resource: FmrResource | None | Unset = UNSET,
        fitness: FmrFitnessRecord | None | Unset = UNSET,
        estimated_complete_date: str | None | Unset = UNSET,
        schedule: FindMatchingResourcesResponseItemsItemSchedule | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "resource": resource,
            "fitness": fitness,
            "estimatedCompleteDate": estimated_complete_date,
            "schedule": schedule,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.resource = None if isinstance(resource, Unset) else resource
        self.fitness = None if isinstance(fitness, Unset) else fitness
        self.estimated_complete_date = None if isinstance(estimated_complete_date, Unset) else estimated_complete_date
        self.schedule = None if isinstance(schedule, Unset) else schedule
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.resource is not None or "resource" in sent:
            field_dict["resource"] = (
                self.resource.to_dict() if isinstance(self.resource, FmrResource) else self.resource
            )
        if self.fitness is not None or "fitness" in sent:
            field_dict["fitness"] = (
                self.fitness.to_dict() if isinstance(self.fitness, FmrFitnessRecord) else self.fitness
            )
        if self.estimated_complete_date is not None or "estimatedCompleteDate" in sent:
            field_dict["estimatedCompleteDate"] = self.estimated_complete_date
        if self.schedule is not None or "schedule" in sent:
            field_dict["schedule"] = (
                self.schedule.to_dict()
                if isinstance(self.schedule, FindMatchingResourcesResponseItemsItemSchedule)
                else self.schedule
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        find_matching_resources_response_items_item = cls.__new__(cls)
        find_matching_resources_response_items_item._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            find_matching_resources_response_items_item.resource,
            find_matching_resources_response_items_item.fitness,
            find_matching_resources_response_items_item.estimated_complete_date,
            find_matching_resources_response_items_item.schedule,
        ) = _read_fields(d)
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
        find_matching_resources_response_items_item.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
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
