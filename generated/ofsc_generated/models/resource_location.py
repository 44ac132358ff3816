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
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
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
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

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
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "address",
            "location_id",
            "country",
            "city",
            "longitude",
            "state",
            "status",
            "label",
            "postal_code",
            "latitude",
            "private_location_flag",
            "additional_properties",
        )
    )

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
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is ResourceLocation else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.address,
            target.location_id,
            target.country,
            target.city,
            target.longitude,
            target.state,
            target.status,
            target.label,
            target.postal_code,
            target.latitude,
            target.private_location_flag,
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


_Twin = lazy_twin(ResourceLocation)
