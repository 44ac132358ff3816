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
    "nearestRoutingBucket": UNSET,
    "startTime": UNSET,
    "estimatedAvailability": UNSET,
    "longitude": UNSET,
    "latitude": UNSET,
    "resourceDetails": UNSET,
}
_N_FIELDS = 6
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "nearestRoutingBucket",
    "startTime",
    "estimatedAvailability",
    "longitude",
    "latitude",
    "resourceDetails",
)

T = TypeVar("T", bound="FindResourcesForUrgentAssignmentResponseItemsItem")


@_attrs_define(repr=False)
class FindResourcesForUrgentAssignmentResponseItemsItem:
    """The record of the resource that has matched the specified criteria."""

    nearest_routing_bucket: None | str | Unset = UNSET
    """ The closest parent bucket that has the 'routing bucket' flag enabled. """
    start_time: None | str | Unset = UNSET
    """ The start time of the activity in YYYY-MM-DD HH:MM:SS format. The time is returned in UTC time zone. """
    estimated_availability: None | str | Unset = UNSET
    """ The estimated time when the technician has completed the activity in YYYY-MM-DD HH:MM:SS format. The time is
    returned in UTC time zone. """
    longitude: None | str | Unset = UNSET
    """ The last known longitude of the resource. """
    latitude: None | str | Unset = UNSET
    """ The last known latitude of the resource. """
    resource_details: FindResourcesForUrgentAssignmentResponseItemsItemResourceDetails | Unset = UNSET
    """ The data structure that contains the resource information. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.nearest_routing_bucket is not UNSET:
            field_dict["nearestRoutingBucket"] = self.nearest_routing_bucket
        if self.start_time is not UNSET:
            field_dict["startTime"] = self.start_time
        if self.estimated_availability is not UNSET:
            field_dict["estimatedAvailability"] = self.estimated_availability
        if self.longitude is not UNSET:
            field_dict["longitude"] = self.longitude
        if self.latitude is not UNSET:
            field_dict["latitude"] = self.latitude
        if self.resource_details is not UNSET:
            field_dict["resourceDetails"] = (
                self.resource_details.to_dict()
                if isinstance(self.resource_details, FindResourcesForUrgentAssignmentResponseItemsItemResourceDetails)
                else self.resource_details
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        find_resources_for_urgent_assignment_response_items_item = cls(*_read_fields(d))
        _value = find_resources_for_urgent_assignment_response_items_item.resource_details
        find_resources_for_urgent_assignment_response_items_item.resource_details = (
            FindResourcesForUrgentAssignmentResponseItemsItemResourceDetails.from_dict(_value)
            if isinstance(_value, dict)
            else _value
        )
        if len(d) > _N_FIELDS:
            find_resources_for_urgent_assignment_response_items_item.additional_properties = dict(
                islice(d.items(), _N_FIELDS, None)
            )
        return find_resources_for_urgent_assignment_response_items_item

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
from ..models.find_resources_for_urgent_assignment_response_items_item_resource_details import (
    FindResourcesForUrgentAssignmentResponseItemsItemResourceDetails,  # noqa: E402
)
