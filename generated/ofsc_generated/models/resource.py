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
    "resourceInternalId": UNSET,
    "dateFormat": UNSET,
    "status": UNSET,
    "language": UNSET,
    "parentResourceId": UNSET,
    "timeFormat": UNSET,
    "timeZoneDiff": UNSET,
    "durationStatisticsInitialRatio": UNSET,
    "durationStatisticsInitialPeriod": UNSET,
    "organization": UNSET,
    "avatar": UNSET,
}
_N_FIELDS = 18
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "timeZone",
    "timeZoneIANA",
    "email",
    "phone",
    "name",
    "resourceType",
    "resourceId",
    "resourceInternalId",
    "dateFormat",
    "status",
    "language",
    "parentResourceId",
    "timeFormat",
    "timeZoneDiff",
    "durationStatisticsInitialRatio",
    "durationStatisticsInitialPeriod",
    "organization",
    "avatar",
)

T = TypeVar("T", bound="Resource")


@_attrs_define(repr=False)
class Resource:
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
    resource_internal_id: int | None | Unset = UNSET
    """ The unique identifier of the resource in Oracle Field Service. This is a read-only field. """
    date_format: None | str | Unset = UNSET
    """ The date format for the resource. Allowed Values: ["dd/mm/yy", "mm/dd/yy","dd.mm.yy","yyyy/mm/dd"]. """
    status: None | str | Unset = UNSET
    """ The status of the resource. Allowed values: `active`, `inactive`. """
    language: None | str | Unset = UNSET
    """ The preferred language of the resource. This field accepts the language codes listed on: Supported Language
    Codes. """
    parent_resource_id: None | str | Unset = UNSET
    """ The unique identifier of the parent resource. """
    time_format: None | str | Unset = UNSET
    """ The time format of the resource. Allowed Values: [ "12-hour", "24-hour" ]. """
    time_zone_diff: int | None | Unset = UNSET
    """ The difference between UTC and the resource's local time, displayed in minutes. For example, -180 means that
    the resource time is 3 hours behind UTC. """
    duration_statistics_initial_ratio: float | None | Unset = UNSET
    """ The ratio applied over the company estimations if the user hasn't performed any activity. All modifications
    to the personal profile ratio are done using this value as the starting point. The default value is 1. """
    duration_statistics_initial_period: int | None | Unset = UNSET
    """ The number of days the initial ratio is used after a new resource is created. After the specified number of
    days, the reported duration starts impacting the company estimations. This field is used only if the 'Use
    durations reported to enhance company-wide estimations' option is selected in the Manage application screen
    'Configuration -> Resource Types'. The default value is 5. """
    organization: None | str | Unset = UNSET
    """ The label of an organization of the resource. """
    avatar: ResourceAvatar | Unset = UNSET
    """ The profile picture of the user.

    If an Oracle Field Service user has a profile picture uploaded (into the 'user.avatar' field) and the specified
    resource is the user's main resource, then the profile picture can be obtained directly from the resource. This
    helps to avoid multiple API calls that are otherwise required to find the appropriate user and retrieve the
    user's profile picture from the 'avatar' field. In order to upload the picture it is necessary to use the "Set a
    file property" function for appropriate user (using 'avatar' property label). """
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
        if self.resource_internal_id is not UNSET:
            field_dict["resourceInternalId"] = self.resource_internal_id
        if self.date_format is not UNSET:
            field_dict["dateFormat"] = self.date_format
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.language is not UNSET:
            field_dict["language"] = self.language
        if self.parent_resource_id is not UNSET:
            field_dict["parentResourceId"] = self.parent_resource_id
        if self.time_format is not UNSET:
            field_dict["timeFormat"] = self.time_format
        if self.time_zone_diff is not UNSET:
            field_dict["timeZoneDiff"] = self.time_zone_diff
        if self.duration_statistics_initial_ratio is not UNSET:
            field_dict["durationStatisticsInitialRatio"] = self.duration_statistics_initial_ratio
        if self.duration_statistics_initial_period is not UNSET:
            field_dict["durationStatisticsInitialPeriod"] = self.duration_statistics_initial_period
        if self.organization is not UNSET:
            field_dict["organization"] = self.organization
        if self.avatar is not UNSET:
            field_dict["avatar"] = self.avatar.to_dict() if isinstance(self.avatar, ResourceAvatar) else self.avatar
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        resource = cls(*_read_fields(d))
        _value = resource.avatar
        resource.avatar = ResourceAvatar.from_dict(_value) if isinstance(_value, dict) else _value
        if len(d) > _N_FIELDS:
            resource.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return resource

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
from ..models.resource_avatar import ResourceAvatar  # noqa: E402
