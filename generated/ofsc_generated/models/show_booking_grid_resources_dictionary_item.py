from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "timeZone": None,
    "timeZoneIANA": None,
    "email": None,
    "phone": None,
    "name": None,
    "resourceType": None,
    "resourceId": None,
    "status": None,
    "parentResourceId": None,
    "resourcePreference": None,
}
_N_FIELDS = 10
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
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
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="ShowBookingGridResourcesDictionaryItem")


@_attrs_define(repr=False, init=False)
class ShowBookingGridResourcesDictionaryItem:
    """The resource used for an activity. For example, a resource can be a technician, a truck, or a bucket.

    Note: This resource is not the same as a REST resource.

    """

    time_zone: str | None
    """ The name of the resource's time zone. This field accepts both Oracle Field Service time zone names (for
    example, Eastern) and IANA standard time zone names (for example, America/New_York). It is recommended that you
    specify IANA names. In the response, this field contains the Oracle Field Service time zone name, while the
    field 'timeZoneIANA' contains the IANA time zone name. For a list of supported time zones, see Supported Time
    Zones. """
    time_zone_iana: str | None
    """ The IANA name of the resource's time zone (for example, America/New_York). For the list of IANA time zone
    names, see IANA Time Zones (https://www.iana.org/time-zones)

    This is a read-only field and is only returned in responses. """
    email: str | None
    """ The email ID of the resource. The maximum character length of this field is 255 characters. If more than 255
    characters are specified, then only the first 255 characters are saved and the rest are ignored. """
    phone: str | None
    """ The phone number of the resource. The maximum character length of this field is 16 characters. If more than
    16 characters are specified, then only the first 16 characters are saved and the rest are ignored.

    Note: The phone number is saved in Oracle Field Service with the '+' symbol and all other non-digit characters
    are removed. For example, if you enter the phone number as +1(234)234-23_42, it is saved in Oracle Field Service
    as +12342342342. """
    name: str | None
    """ The name of the resource. The maximum character length of this field is 40 characters. If more than 40
    characters are specified, then only the first 40 characters are saved and the rest are ignored. """
    resource_type: str | None
    """ The type of the resource. """
    resource_id: str | None
    """ The identifier of the resource in the external system. The maximum character length of this field is 32
    characters. If more than 32 characters are specified, the operation fails with HTTP status 400 error. """
    status: str | None
    """ The status of the resource. Allowed values: `active`, `inactive`. """
    parent_resource_id: str | None
    """ The unique identifier of the parent resource. """
    resource_preference: str | None
    """ The resource preference type that is assigned to this resource relative to boocked/rescheduled activity. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "time_zone",
            "time_zone_iana",
            "email",
            "phone",
            "name",
            "resource_type",
            "resource_id",
            "status",
            "parent_resource_id",
            "resource_preference",
            "additional_properties",
        )
    )

    def __init__(
        self,
        time_zone: str | None | Unset = UNSET,
        time_zone_iana: str | None | Unset = UNSET,
        email: str | None | Unset = UNSET,
        phone: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        resource_type: str | None | Unset = UNSET,
        resource_id: str | None | Unset = UNSET,
        status: Literal["active", "inactive"] | None | Unset = UNSET,
        parent_resource_id: str | None | Unset = UNSET,
        resource_preference: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "timeZone": time_zone,
            "timeZoneIANA": time_zone_iana,
            "email": email,
            "phone": phone,
            "name": name,
            "resourceType": resource_type,
            "resourceId": resource_id,
            "status": status,
            "parentResourceId": parent_resource_id,
            "resourcePreference": resource_preference,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.time_zone = None if isinstance(time_zone, Unset) else time_zone
        self.time_zone_iana = None if isinstance(time_zone_iana, Unset) else time_zone_iana
        self.email = None if isinstance(email, Unset) else email
        self.phone = None if isinstance(phone, Unset) else phone
        self.name = None if isinstance(name, Unset) else name
        self.resource_type = None if isinstance(resource_type, Unset) else resource_type
        self.resource_id = None if isinstance(resource_id, Unset) else resource_id
        self.status = None if isinstance(status, Unset) else status
        self.parent_resource_id = None if isinstance(parent_resource_id, Unset) else parent_resource_id
        self.resource_preference = None if isinstance(resource_preference, Unset) else resource_preference
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.time_zone is not None or "timeZone" in sent:
            field_dict["timeZone"] = self.time_zone
        if self.time_zone_iana is not None or "timeZoneIANA" in sent:
            field_dict["timeZoneIANA"] = self.time_zone_iana
        if self.email is not None or "email" in sent:
            field_dict["email"] = self.email
        if self.phone is not None or "phone" in sent:
            field_dict["phone"] = self.phone
        if self.name is not None or "name" in sent:
            field_dict["name"] = self.name
        if self.resource_type is not None or "resourceType" in sent:
            field_dict["resourceType"] = self.resource_type
        if self.resource_id is not None or "resourceId" in sent:
            field_dict["resourceId"] = self.resource_id
        if self.status is not None or "status" in sent:
            field_dict["status"] = self.status
        if self.parent_resource_id is not None or "parentResourceId" in sent:
            field_dict["parentResourceId"] = self.parent_resource_id
        if self.resource_preference is not None or "resourcePreference" in sent:
            field_dict["resourcePreference"] = self.resource_preference
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is ShowBookingGridResourcesDictionaryItem else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.time_zone,
            target.time_zone_iana,
            target.email,
            target.phone,
            target.name,
            target.resource_type,
            target.resource_id,
            target.status,
            target.parent_resource_id,
            target.resource_preference,
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


_Twin = lazy_twin(ShowBookingGridResourcesDictionaryItem)
