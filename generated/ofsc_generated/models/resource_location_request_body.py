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
    "address": None,
    "country": None,
    "city": None,
    "longitude": None,
    "state": None,
    "status": None,
    "label": None,
    "postalCode": None,
    "latitude": None,
    "privateLocationFlag": None,
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


@_attrs_define(repr=False, init=False)
class ResourceLocationRequestBody:
    """The schema of the request body object for this operation."""

    address: str | None
    """ The address of the resource. """
    country: str | None
    """ The country in which the address is located. Note that modification of this filed only without changes in
    other address fields will not trigger coordinates resolution """
    city: str | None
    """ The city in which the address is located. """
    longitude: float | None
    """ The geographic coordinates of the resource location. """
    state: str | None
    """ The state in which the address is located. """
    status: str | None
    """ The status of the resource location. If request doesn't contain "status", but coordinates are present,
    "status" will be sent as "manual" """
    label: str | None
    """ The unique label of the resource location. """
    postal_code: str | None
    """ The postal code of the resource location. """
    latitude: float | None
    """ The geographic coordinates of the resource location. """
    private_location_flag: bool | None
    """ Indicates whether the location is a resource private location. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        address: str | None | Unset = UNSET,
        country: str | None | Unset = UNSET,
        city: str | None | Unset = UNSET,
        longitude: float | None | Unset = UNSET,
        state: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        label: str | None | Unset = UNSET,
        postal_code: str | None | Unset = UNSET,
        latitude: float | None | Unset = UNSET,
        private_location_flag: bool | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "address": address,
            "country": country,
            "city": city,
            "longitude": longitude,
            "state": state,
            "status": status,
            "label": label,
            "postalCode": postal_code,
            "latitude": latitude,
            "privateLocationFlag": private_location_flag,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.address = None if isinstance(address, Unset) else address
        self.country = None if isinstance(country, Unset) else country
        self.city = None if isinstance(city, Unset) else city
        self.longitude = None if isinstance(longitude, Unset) else longitude
        self.state = None if isinstance(state, Unset) else state
        self.status = None if isinstance(status, Unset) else status
        self.label = None if isinstance(label, Unset) else label
        self.postal_code = None if isinstance(postal_code, Unset) else postal_code
        self.latitude = None if isinstance(latitude, Unset) else latitude
        self.private_location_flag = None if isinstance(private_location_flag, Unset) else private_location_flag
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.address is not None or "address" in sent:
            field_dict["address"] = self.address
        if self.country is not None or "country" in sent:
            field_dict["country"] = self.country
        if self.city is not None or "city" in sent:
            field_dict["city"] = self.city
        if self.longitude is not None or "longitude" in sent:
            field_dict["longitude"] = self.longitude
        if self.state is not None or "state" in sent:
            field_dict["state"] = self.state
        if self.status is not None or "status" in sent:
            field_dict["status"] = self.status
        if self.label is not None or "label" in sent:
            field_dict["label"] = self.label
        if self.postal_code is not None or "postalCode" in sent:
            field_dict["postalCode"] = self.postal_code
        if self.latitude is not None or "latitude" in sent:
            field_dict["latitude"] = self.latitude
        if self.private_location_flag is not None or "privateLocationFlag" in sent:
            field_dict["privateLocationFlag"] = self.private_location_flag
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        resource_location_request_body = cls.__new__(cls)
        resource_location_request_body._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            resource_location_request_body.address,
            resource_location_request_body.country,
            resource_location_request_body.city,
            resource_location_request_body.longitude,
            resource_location_request_body.state,
            resource_location_request_body.status,
            resource_location_request_body.label,
            resource_location_request_body.postal_code,
            resource_location_request_body.latitude,
            resource_location_request_body.private_location_flag,
        ) = _read_fields(d)
        resource_location_request_body.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
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
