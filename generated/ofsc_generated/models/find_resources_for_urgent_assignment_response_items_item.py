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
    "nearestRoutingBucket": None,
    "startTime": None,
    "estimatedAvailability": None,
    "longitude": None,
    "latitude": None,
    "resourceDetails": None,
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


@_attrs_define(repr=False, init=False)
class FindResourcesForUrgentAssignmentResponseItemsItem:
    """The record of the resource that has matched the specified criteria."""

    nearest_routing_bucket: str | None
    """ The closest parent bucket that has the 'routing bucket' flag enabled. """
    start_time: str | None
    """ The start time of the activity in YYYY-MM-DD HH:MM:SS format. The time is returned in UTC time zone. """
    estimated_availability: str | None
    """ The estimated time when the technician has completed the activity in YYYY-MM-DD HH:MM:SS format. The time is
    returned in UTC time zone. """
    longitude: str | None
    """ The last known longitude of the resource. """
    latitude: str | None
    """ The last known latitude of the resource. """
    resource_details: FindResourcesForUrgentAssignmentResponseItemsItemResourceDetails | None
    """ The data structure that contains the resource information. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        nearest_routing_bucket: str | None | Unset = UNSET,
        start_time: str | None | Unset = UNSET,
        estimated_availability: str | None | Unset = UNSET,
        longitude: str | None | Unset = UNSET,
        latitude: str | None | Unset = UNSET,
        resource_details: FindResourcesForUrgentAssignmentResponseItemsItemResourceDetails | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "nearestRoutingBucket": nearest_routing_bucket,
            "startTime": start_time,
            "estimatedAvailability": estimated_availability,
            "longitude": longitude,
            "latitude": latitude,
            "resourceDetails": resource_details,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.nearest_routing_bucket = None if isinstance(nearest_routing_bucket, Unset) else nearest_routing_bucket
        self.start_time = None if isinstance(start_time, Unset) else start_time
        self.estimated_availability = None if isinstance(estimated_availability, Unset) else estimated_availability
        self.longitude = None if isinstance(longitude, Unset) else longitude
        self.latitude = None if isinstance(latitude, Unset) else latitude
        self.resource_details = None if isinstance(resource_details, Unset) else resource_details
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.nearest_routing_bucket is not None or "nearestRoutingBucket" in sent:
            field_dict["nearestRoutingBucket"] = self.nearest_routing_bucket
        if self.start_time is not None or "startTime" in sent:
            field_dict["startTime"] = self.start_time
        if self.estimated_availability is not None or "estimatedAvailability" in sent:
            field_dict["estimatedAvailability"] = self.estimated_availability
        if self.longitude is not None or "longitude" in sent:
            field_dict["longitude"] = self.longitude
        if self.latitude is not None or "latitude" in sent:
            field_dict["latitude"] = self.latitude
        if self.resource_details is not None or "resourceDetails" in sent:
            field_dict["resourceDetails"] = (
                self.resource_details.to_dict()
                if isinstance(self.resource_details, FindResourcesForUrgentAssignmentResponseItemsItemResourceDetails)
                else self.resource_details
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        find_resources_for_urgent_assignment_response_items_item = cls.__new__(cls)
        find_resources_for_urgent_assignment_response_items_item._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            find_resources_for_urgent_assignment_response_items_item.nearest_routing_bucket,
            find_resources_for_urgent_assignment_response_items_item.start_time,
            find_resources_for_urgent_assignment_response_items_item.estimated_availability,
            find_resources_for_urgent_assignment_response_items_item.longitude,
            find_resources_for_urgent_assignment_response_items_item.latitude,
            find_resources_for_urgent_assignment_response_items_item.resource_details,
        ) = _read_fields(d)
        _value = find_resources_for_urgent_assignment_response_items_item.resource_details
        find_resources_for_urgent_assignment_response_items_item.resource_details = (
            FindResourcesForUrgentAssignmentResponseItemsItemResourceDetails.from_dict(_value)
            if isinstance(_value, dict)
            else _value
        )
        find_resources_for_urgent_assignment_response_items_item.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
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
