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
    "timeZone": UNSET,
    "timeZoneIANA": UNSET,
    "email": UNSET,
    "phone": UNSET,
    "name": UNSET,
    "resourceType": UNSET,
    "resourceId": UNSET,
    "status": UNSET,
    "parentResourceId": UNSET,
    "resourcePreference": UNSET,
}
_N_FIELDS = 10
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "timeZone",
    "timeZoneIANA",
    "email",
    "phone",
    "name",
    "resourceType",
    "resourceId",
    "status",
    "parentResourceId",
    "resourcePreference",
)

T = TypeVar("T", bound="ShowBookingGridResourcesDictionaryItem")


@_attrs_define(repr=False)
class ShowBookingGridResourcesDictionaryItem:
    """The resource used for an activity. For example, a resource can be a technician, a truck, or a bucket.

    Note: This resource is not the same as a REST resource.

    """

    time_zone: None | str | Unset = UNSET
    """ The name of the resource's time zone. This field accepts both Oracle Field Service time zone names (for
    example, Eastern) and IANA standard time zone names (for example, America/New_York). It is recommended that you
    specify IANA names. In the response, this field contains the Oracle Field Service time zone name, while the
    field 'timeZoneIANA' contains the IANA time zone name. For a list of supported time zones, see Supported Time
    Zones. """
    time_zone_iana: None | str | Unset = UNSET
    """ The IANA name of the resource's time zone (for example, America/New_York). For the list of IANA time zone
    names, see IANA Time Zones (https://www.iana.org/time-zones)

    This is a read-only field and is only returned in responses. """
    email: None | str | Unset = UNSET
    """ The email ID of the resource. The maximum character length of this field is 255 characters. If more than 255
    characters are specified, then only the first 255 characters are saved and the rest are ignored. """
    phone: None | str | Unset = UNSET
    """ The phone number of the resource. The maximum character length of this field is 16 characters. If more than
    16 characters are specified, then only the first 16 characters are saved and the rest are ignored.

    Note: The phone number is saved in Oracle Field Service with the '+' symbol and all other non-digit characters
    are removed. For example, if you enter the phone number as +1(234)234-23_42, it is saved in Oracle Field Service
    as +12342342342. """
    name: None | str | Unset = UNSET
    """ The name of the resource. The maximum character length of this field is 40 characters. If more than 40
    characters are specified, then only the first 40 characters are saved and the rest are ignored. """
    resource_type: None | str | Unset = UNSET
    """ The type of the resource. """
    resource_id: None | str | Unset = UNSET
    """ The identifier of the resource in the external system. The maximum character length of this field is 32
    characters. If more than 32 characters are specified, the operation fails with HTTP status 400 error. """
    status: None | str | Unset = UNSET
    """ The status of the resource. Allowed values: `active`, `inactive`. """
    parent_resource_id: None | str | Unset = UNSET
    """ The unique identifier of the parent resource. """
    resource_preference: None | str | Unset = UNSET
    """ The resource preference type that is assigned to this resource relative to boocked/rescheduled activity. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.time_zone is not UNSET:
            field_dict["timeZone"] = self.time_zone
        if self.time_zone_iana is not UNSET:
            field_dict["timeZoneIANA"] = self.time_zone_iana
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.phone is not UNSET:
            field_dict["phone"] = self.phone
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.resource_type is not UNSET:
            field_dict["resourceType"] = self.resource_type
        if self.resource_id is not UNSET:
            field_dict["resourceId"] = self.resource_id
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.parent_resource_id is not UNSET:
            field_dict["parentResourceId"] = self.parent_resource_id
        if self.resource_preference is not UNSET:
            field_dict["resourcePreference"] = self.resource_preference
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        show_booking_grid_resources_dictionary_item = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            show_booking_grid_resources_dictionary_item.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return show_booking_grid_resources_dictionary_item

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
