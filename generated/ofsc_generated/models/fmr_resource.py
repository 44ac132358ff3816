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
    "resourceInternalId": None,
    "dateFormat": None,
    "status": None,
    "language": None,
    "parentResourceId": None,
    "timeFormat": None,
    "timeZoneDiff": None,
    "durationStatisticsInitialRatio": None,
    "durationStatisticsInitialPeriod": None,
    "organization": None,
    "avatar": None,
    "resourcePreference": None,
}
_N_FIELDS = 19
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
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
    "resourcePreference",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

T = TypeVar("T", bound="FmrResource")


@_attrs_define(repr=False, init=False)
class FmrResource:
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
    resource_internal_id: int | None
    """ The unique identifier of the resource in Oracle Field Service. This is a read-only field. """
    date_format: str | None
    """ The date format for the resource. Allowed Values: ["dd/mm/yy", "mm/dd/yy","dd.mm.yy","yyyy/mm/dd"]. """
    status: str | None
    """ The status of the resource. Allowed values: `active`, `inactive`. """
    language: str | None
    """ The preferred language of the resource. This field accepts the language codes listed on: Supported Language
    Codes. """
    parent_resource_id: str | None
    """ The unique identifier of the parent resource. """
    time_format: str | None
    """ The time format of the resource. Allowed Values: [ "12-hour", "24-hour" ]. """
    time_zone_diff: int | None
    """ The difference between UTC and the resource's local time, displayed in minutes. For example, -180 means that
    the resource time is 3 hours behind UTC. """
    duration_statistics_initial_ratio: float | None
    """ The ratio applied over the company estimations if the user hasn't performed any activity. All modifications
    to the personal profile ratio are done using this value as the starting point. The default value is 1. """
    duration_statistics_initial_period: int | None
    """ The number of days the initial ratio is used after a new resource is created. After the specified number of
    days, the reported duration starts impacting the company estimations. This field is used only if the 'Use
    durations reported to enhance company-wide estimations' option is selected in the Manage application screen
    'Configuration -> Resource Types'. The default value is 5. """
    organization: str | None
    """ The label of an organization of the resource. """
    avatar: FmrResourceAvatar | None
    """ The profile picture of the user.

    If an Oracle Field Service user has a profile picture uploaded (into the 'user.avatar' field) and the specified
    resource is the user's main resource, then the profile picture can be obtained directly from the resource. This
    helps to avoid multiple API calls that are otherwise required to find the appropriate user and retrieve the
    user's profile picture from the 'avatar' field. In order to upload the picture it is necessary to use the "Set a
    file property" function for appropriate user (using 'avatar' property label). """
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
            "resource_internal_id",
            "date_format",
            "status",
            "language",
            "parent_resource_id",
            "time_format",
            "time_zone_diff",
            "duration_statistics_initial_ratio",
            "duration_statistics_initial_period",
            "organization",
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
        resource_internal_id: int | None | Unset = UNSET,
        date_format: str | None | Unset = UNSET,
        status: Literal["active", "inactive"] | None | Unset = UNSET,
        language: str | None | Unset = UNSET,
        parent_resource_id: str | None | Unset = UNSET,
        time_format: str | None | Unset = UNSET,
        time_zone_diff: int | None | Unset = UNSET,
        duration_statistics_initial_ratio: float | None | Unset = UNSET,
        duration_statistics_initial_period: int | None | Unset = UNSET,
        organization: str | None | Unset = UNSET,
        avatar: FmrResourceAvatar | None | Unset = UNSET,
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
            "resourceInternalId": resource_internal_id,
            "dateFormat": date_format,
            "status": status,
            "language": language,
            "parentResourceId": parent_resource_id,
            "timeFormat": time_format,
            "timeZoneDiff": time_zone_diff,
            "durationStatisticsInitialRatio": duration_statistics_initial_ratio,
            "durationStatisticsInitialPeriod": duration_statistics_initial_period,
            "organization": organization,
            "avatar": avatar,
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
        self.resource_internal_id = None if isinstance(resource_internal_id, Unset) else resource_internal_id
        self.date_format = None if isinstance(date_format, Unset) else date_format
        self.status = None if isinstance(status, Unset) else status
        self.language = None if isinstance(language, Unset) else language
        self.parent_resource_id = None if isinstance(parent_resource_id, Unset) else parent_resource_id
        self.time_format = None if isinstance(time_format, Unset) else time_format
        self.time_zone_diff = None if isinstance(time_zone_diff, Unset) else time_zone_diff
        self.duration_statistics_initial_ratio = (
            None if isinstance(duration_statistics_initial_ratio, Unset) else duration_statistics_initial_ratio
        )
        self.duration_statistics_initial_period = (
            None if isinstance(duration_statistics_initial_period, Unset) else duration_statistics_initial_period
        )
        self.organization = None if isinstance(organization, Unset) else organization
        self.avatar = None if isinstance(avatar, Unset) else avatar
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
        if self.resource_internal_id is not None or "resourceInternalId" in sent:
            field_dict["resourceInternalId"] = self.resource_internal_id
        if self.date_format is not None or "dateFormat" in sent:
            field_dict["dateFormat"] = self.date_format
        if self.status is not None or "status" in sent:
            field_dict["status"] = self.status
        if self.language is not None or "language" in sent:
            field_dict["language"] = self.language
        if self.parent_resource_id is not None or "parentResourceId" in sent:
            field_dict["parentResourceId"] = self.parent_resource_id
        if self.time_format is not None or "timeFormat" in sent:
            field_dict["timeFormat"] = self.time_format
        if self.time_zone_diff is not None or "timeZoneDiff" in sent:
            field_dict["timeZoneDiff"] = self.time_zone_diff
        if self.duration_statistics_initial_ratio is not None or "durationStatisticsInitialRatio" in sent:
            field_dict["durationStatisticsInitialRatio"] = self.duration_statistics_initial_ratio
        if self.duration_statistics_initial_period is not None or "durationStatisticsInitialPeriod" in sent:
            field_dict["durationStatisticsInitialPeriod"] = self.duration_statistics_initial_period
        if self.organization is not None or "organization" in sent:
            field_dict["organization"] = self.organization
        if self.avatar is not None or "avatar" in sent:
            field_dict["avatar"] = self.avatar.to_dict() if isinstance(self.avatar, FmrResourceAvatar) else self.avatar
        if self.resource_preference is not None or "resourcePreference" in sent:
            field_dict["resourcePreference"] = self.resource_preference
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is FmrResource else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("avatar")
        _model.avatar = FmrResourceAvatar.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["avatar"] = _model.avatar
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
            target.resource_internal_id,
            target.date_format,
            target.status,
            target.language,
            target.parent_resource_id,
            target.time_format,
            target.time_zone_diff,
            target.duration_statistics_initial_ratio,
            target.duration_statistics_initial_period,
            target.organization,
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


_Twin = lazy_twin(FmrResource)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.fmr_resource_avatar import FmrResourceAvatar  # noqa: E402
