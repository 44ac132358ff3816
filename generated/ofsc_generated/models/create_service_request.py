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
    "activityId": UNSET,
    "resourceId": UNSET,
    "inventoryId": UNSET,
    "date": UNSET,
    "requestType": UNSET,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "activityId",
    "resourceId",
    "inventoryId",
    "date",
    "requestType",
)

T = TypeVar("T", bound="CreateServiceRequest")


@_attrs_define(repr=False)
class CreateServiceRequest:
    """The service request fields required to create a service request. In addition to the built-in service request fields,
    the custom properties of the service request may be present.

    """

    activity_id: int | None | Unset = UNSET
    """ The ID of the activity for which the service request is created. This parameter is mandatory for customer
    service requests. If the activity ID of a non-scheduled activity is specified, then the following error is
    displayed:

    404 The activity doesn't exist. Parameter 'activityId':'{activityId}' """
    resource_id: None | str | Unset = UNSET
    """ The ID of the resource for which the service request is created. This parameter is mandatory for resource
    service requests. If the resource does not have a resource ID and if the activity ID of a non-scheduled activity
    is specified, then the following error is displayed:

    404 The resource doesn't exist. Parameter 'resourceId':'{resourceId}' """
    inventory_id: int | None | Unset = UNSET
    """ The ID of the inventory for which the service request is created. This parameter is mandatory for inventory
    service requests. If the inventory does not have a provider ID and if the activity ID of a non-scheduled
    activity is specified, then the following error is displayed:

    404 The inventory doesn't exist. Parameter 'inventoryId':'{inventoryId}' """
    date: None | str | Unset = UNSET
    """ The date (in YYYY-MM-DD format) and time (in resource time zone) for creating the service request in Oracle
    Field Service. This is an optional parameter. If the date parameter is not specified, then it is defaulted to
    the following dates:

    - Date of the activity for activity service requests.
    - Current date of the provider (in provider's time zone) for resource service requests.
    - Current date of the provider (in provider's time zone) if inventory provider is known, else the date of
    appointment is used for inventory service requests. """
    request_type: None | str | Unset = UNSET
    """ The request type assigned to a service request. Allowed values are the labels of Service Request types
    configured in the 'srtype' field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.activity_id is not UNSET:
            field_dict["activityId"] = self.activity_id
        if self.resource_id is not UNSET:
            field_dict["resourceId"] = self.resource_id
        if self.inventory_id is not UNSET:
            field_dict["inventoryId"] = self.inventory_id
        if self.date is not UNSET:
            field_dict["date"] = self.date
        if self.request_type is not UNSET:
            field_dict["requestType"] = self.request_type
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        create_service_request = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            create_service_request.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return create_service_request

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
