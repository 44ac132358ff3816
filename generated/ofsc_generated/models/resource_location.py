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
    "locationId": None,
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
_N_FIELDS = 11
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "address",
    "locationId",
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

T = TypeVar("T", bound="ResourceLocation")


@_attrs_define(repr=False, init=False)
class ResourceLocation:
    """The schema of the response body object for this operation."""

    address: str | None
    """ The address of the resource. """
    location_id: int | None
    """ The unique identifier of the resource location. """
    country: str | None
    """ The country in which the address is located. """
    city: str | None
    """ The city in which the address is located. """
    longitude: float | None
    """ The geographic coordinates of the resource location. """
    state: str | None
    """ The state in which the address is located. """
    status: str | None
    """ The status of the resource location. """
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
        location_id: int | None | Unset = UNSET,
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
            "locationId": location_id,
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
        self.location_id = None if isinstance(location_id, Unset) else location_id
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
        if self.location_id is not None or "locationId" in sent:
            field_dict["locationId"] = self.location_id
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
        resource_location = cls.__new__(cls)
        resource_location._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            resource_location.address,
            resource_location.location_id,
            resource_location.country,
            resource_location.city,
            resource_location.longitude,
            resource_location.state,
            resource_location.status,
            resource_location.label,
            resource_location.postal_code,
            resource_location.latitude,
            resource_location.private_location_flag,
        ) = _read_fields(d)
        resource_location.additional_properties = dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        return resource_location

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
