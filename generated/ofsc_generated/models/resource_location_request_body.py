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
    "address": UNSET,
    "country": UNSET,
    "city": UNSET,
    "longitude": UNSET,
    "state": UNSET,
    "status": UNSET,
    "label": UNSET,
    "postalCode": UNSET,
    "latitude": UNSET,
    "privateLocationFlag": UNSET,
}
_N_FIELDS = 10
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "address",
    "country",
    "city",
    "longitude",
    "state",
    "status",
    "label",
    "postalCode",
    "latitude",
    "privateLocationFlag",
)

T = TypeVar("T", bound="ResourceLocationRequestBody")


@_attrs_define(repr=False)
class ResourceLocationRequestBody:
    """The schema of the request body object for this operation."""

    address: None | str | Unset = UNSET
    """ The address of the resource. """
    country: None | str | Unset = UNSET
    """ The country in which the address is located. Note that modification of this filed only without changes in
    other address fields will not trigger coordinates resolution """
    city: None | str | Unset = UNSET
    """ The city in which the address is located. """
    longitude: float | None | Unset = UNSET
    """ The geographic coordinates of the resource location. """
    state: None | str | Unset = UNSET
    """ The state in which the address is located. """
    status: None | str | Unset = UNSET
    """ The status of the resource location. If request doesn't contain "status", but coordinates are present,
    "status" will be sent as "manual" """
    label: None | str | Unset = UNSET
    """ The unique label of the resource location. """
    postal_code: None | str | Unset = UNSET
    """ The postal code of the resource location. """
    latitude: float | None | Unset = UNSET
    """ The geographic coordinates of the resource location. """
    private_location_flag: bool | None | Unset = False
    """ Indicates whether the location is a resource private location. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.address is not UNSET:
            field_dict["address"] = self.address
        if self.country is not UNSET:
            field_dict["country"] = self.country
        if self.city is not UNSET:
            field_dict["city"] = self.city
        if self.longitude is not UNSET:
            field_dict["longitude"] = self.longitude
        if self.state is not UNSET:
            field_dict["state"] = self.state
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.label is not UNSET:
            field_dict["label"] = self.label
        if self.postal_code is not UNSET:
            field_dict["postalCode"] = self.postal_code
        if self.latitude is not UNSET:
            field_dict["latitude"] = self.latitude
        if self.private_location_flag is not UNSET:
            field_dict["privateLocationFlag"] = self.private_location_flag
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        resource_location_request_body = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            resource_location_request_body.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return resource_location_request_body

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
