from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, source_order

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
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "nearestRoutingBucket",
    "startTime",
    "estimatedAvailability",
    "longitude",
    "latitude",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

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
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "nearest_routing_bucket",
            "start_time",
            "estimated_availability",
            "longitude",
            "latitude",
            "additional_properties",
        )
    )

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
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is FindResourcesForUrgentAssignmentResponseItemsItem else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("resourceDetails")
        _model.resource_details = (
            FindResourcesForUrgentAssignmentResponseItemsItemResourceDetails.from_dict(_value)
            if isinstance(_value, dict)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["resourceDetails"] = _model.resource_details
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.nearest_routing_bucket,
            target.start_time,
            target.estimated_availability,
            target.longitude,
            target.latitude,
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


_Twin = lazy_twin(FindResourcesForUrgentAssignmentResponseItemsItem)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.find_resources_for_urgent_assignment_response_items_item_resource_details import (
    FindResourcesForUrgentAssignmentResponseItemsItemResourceDetails,  # noqa: E402
)
