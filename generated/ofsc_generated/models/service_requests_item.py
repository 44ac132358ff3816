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
    "requestId": UNSET,
    "resourceId": UNSET,
    "resourceInternalId": UNSET,
    "activityId": UNSET,
    "inventoryId": UNSET,
    "date": UNSET,
    "created": UNSET,
    "requestType": UNSET,
}
_N_FIELDS = 8
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "requestId",
    "resourceId",
    "resourceInternalId",
    "activityId",
    "inventoryId",
    "date",
    "created",
    "requestType",
)

T = TypeVar("T", bound="ServiceRequestsItem")


@_attrs_define(repr=False)
class ServiceRequestsItem:
    """The service request fields."""

    request_id: int | None | Unset = UNSET
    """ The specified identifier of the service request. """
    resource_id: None | str | Unset = UNSET
    """ The resource ID in external system. """
    resource_internal_id: int | None | Unset = UNSET
    """ The resource ID in Oracle Field Service. This field is read-only. """
    activity_id: int | None | Unset = UNSET
    """ The activity ID specified in the request. """
    inventory_id: int | None | Unset = UNSET
    """ The inventory ID specified in the request. """
    date: None | str | Unset = UNSET
    """ The date when the service request is created. """
    created: None | str | Unset = UNSET
    """ The date and time (in "YYYY-MM-DD HH:MM:SS" format) when the service request is created in Oracle Field
    Service. """
    request_type: None | str | Unset = UNSET
    """ The service request type specified in the request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.request_id is not UNSET:
            field_dict["requestId"] = self.request_id
        if self.resource_id is not UNSET:
            field_dict["resourceId"] = self.resource_id
        if self.resource_internal_id is not UNSET:
            field_dict["resourceInternalId"] = self.resource_internal_id
        if self.activity_id is not UNSET:
            field_dict["activityId"] = self.activity_id
        if self.inventory_id is not UNSET:
            field_dict["inventoryId"] = self.inventory_id
        if self.date is not UNSET:
            field_dict["date"] = self.date
        if self.created is not UNSET:
            field_dict["created"] = self.created
        if self.request_type is not UNSET:
            field_dict["requestType"] = self.request_type
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        service_requests_item = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            service_requests_item.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return service_requests_item

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
