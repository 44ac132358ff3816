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
    "weekStart": UNSET,
    "name": UNSET,
    "passwordTemporary": UNSET,
    "longDateFormat": UNSET,
    "selfAssignment": UNSET,
    "dateFormat": UNSET,
    "mainResourceId": UNSET,
    "organizationalUnit": UNSET,
    "status": UNSET,
    "language": UNSET,
    "resources": UNSET,
    "timeFormat": UNSET,
    "userType": UNSET,
    "createdTime": UNSET,
    "blockedUntilTime": UNSET,
    "lastLoginTime": UNSET,
    "lastUpdatedTime": UNSET,
    "lastPasswordChangeTime": UNSET,
    "timeZoneDiff": UNSET,
    "timeZoneIANA": UNSET,
    "loginAttempts": UNSET,
    "avatar": UNSET,
    "login": UNSET,
}
_N_FIELDS = 24
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "timeZone",
    "weekStart",
    "name",
    "passwordTemporary",
    "longDateFormat",
    "selfAssignment",
    "dateFormat",
    "mainResourceId",
    "organizationalUnit",
    "status",
    "language",
    "resources",
    "timeFormat",
    "userType",
    "createdTime",
    "blockedUntilTime",
    "lastLoginTime",
    "lastUpdatedTime",
    "lastPasswordChangeTime",
    "timeZoneDiff",
    "timeZoneIANA",
    "loginAttempts",
    "avatar",
    "login",
)

T = TypeVar("T", bound="UserResponse")


@_attrs_define(repr=False)
class UserResponse:
    time_zone: None | str | Unset = UNSET
    """ The name of the user's time zone.

    This field accepts both Oracle Field Service time zone names (for example, Eastern) and IANA standard time zone
    names (for example, America/New_York). It is recommended that IANA names are specified.

    For a list of supported time zones, see Supported Time Zones
    (http://docs.oracle.com/cloud/latest/fieldservicecs_gs/CXFSC/OFSC_Supported_Time_Zones.html). """
    week_start: None | str | Unset = UNSET
    """ The day on which the week starts for the user account. Allowed values: `sunday`, `monday`, `tuesday`,
    `wednesday`, `thursday`, `friday`, `saturday`, `default`. """
    name: None | str | Unset = UNSET
    """ The full name of the user. """
    password_temporary: bool | None | Unset = UNSET
    """ The temporary password of the user account. If the temporary password is set, then the user is prompted to
    change password on the next login. """
    long_date_format: None | str | Unset = UNSET
    """ The long date format of the user account. """
    self_assignment: bool | None | Unset = UNSET
    """ Indicates whether the users can assign activities to themselves. """
    date_format: None | str | Unset = UNSET
    """ The date format of the user account. Allowed Values: ["dd/mm/yy", "mm/dd/yy","dd.mm.yy","yyyy/mm/dd"]. """
    main_resource_id: None | str | Unset = UNSET
    """ The unique identifier of the main resource of the user account. This field is only set for resources that
    represent field service personnel. It is not set for groups and routing buckets.

    Note that if the specified resource was already assigned as main resource for some other user, that association
    will be removed, so that the other user will lose the main resource association.

    This field is not returned in the response if it is empty. """
    organizational_unit: None | str | Unset = UNSET
    """ The identifier of the organization unit where the user works. The value of this field can be the ID of a
    resource with the role as 'bucket' or 'organization unit'. """
    status: None | str | Unset = UNSET
    """ The status of the user account. Allowed values: `active`, `inactive`. """
    language: None | str | Unset = UNSET
    """ The preferred language of the user. This field accepts the language codes listed on: Supported Language
    Codes. """
    resources: list[str] | None | Unset = UNSET
    """ The list of resources assigned to the user account. These resources along with their children are visible to
    the user. This list does not incIude the resources whose resourceId values are empty. """
    time_format: None | str | Unset = UNSET
    """ The time format of the user account. Allowed Values: [ "12-hour", "24-hour" ]. """
    user_type: None | str | Unset = UNSET
    """ The type of the user account. The access controls of the user account are defined based on the user type.
    """
    created_time: None | str | Unset = UNSET
    """ The date and time when the user account is created. """
    blocked_until_time: None | str | Unset = UNSET
    """ If set, then this account is blocked temporarily (e.g. too many failed login attempts). The value is the
    time when account becomes unblocked """
    last_login_time: None | str | Unset = UNSET
    """ The date and time when the user logged in to the account. """
    last_updated_time: None | str | Unset = UNSET
    """ The date and time when the user account was updated. This field is not updated if a custom property or the
    profile picture of the user is changed. This field is only updated when one of the built-in properties is
    changed. """
    last_password_change_time: None | str | Unset = UNSET
    """ The date and time when the password was changed. """
    time_zone_diff: int | None | Unset = UNSET
    """ The difference between UTC and the user's local time, displayed in minutes. For example, -180 means that the
    resource time is 3 hours behind UTC.

    This is a read-only field. """
    time_zone_iana: None | str | Unset = UNSET
    """ The IANA name of the user's time zone (for example, America/New_York). For the list of IANA time zone names,
    see IANA Time Zones (https://www.iana.org/time-zones)

    This is a read-only field and is only returned in responses. """
    login_attempts: int | None | Unset = UNSET
    """ The number of unsuccessful login attempts. """
    avatar: UserResponseAvatar | Unset = UNSET
    """ The profile picture of the user. """
    login: None | str | Unset = UNSET
    """ The unique identifier of the user account in Oracle Field Service. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.time_zone is not UNSET:
            field_dict["timeZone"] = self.time_zone
        if self.week_start is not UNSET:
            field_dict["weekStart"] = self.week_start
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.password_temporary is not UNSET:
            field_dict["passwordTemporary"] = self.password_temporary
        if self.long_date_format is not UNSET:
            field_dict["longDateFormat"] = self.long_date_format
        if self.self_assignment is not UNSET:
            field_dict["selfAssignment"] = self.self_assignment
        if self.date_format is not UNSET:
            field_dict["dateFormat"] = self.date_format
        if self.main_resource_id is not UNSET:
            field_dict["mainResourceId"] = self.main_resource_id
        if self.organizational_unit is not UNSET:
            field_dict["organizationalUnit"] = self.organizational_unit
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.language is not UNSET:
            field_dict["language"] = self.language
        if self.resources is not UNSET:
            field_dict["resources"] = self.resources
        if self.time_format is not UNSET:
            field_dict["timeFormat"] = self.time_format
        if self.user_type is not UNSET:
            field_dict["userType"] = self.user_type
        if self.created_time is not UNSET:
            field_dict["createdTime"] = self.created_time
        if self.blocked_until_time is not UNSET:
            field_dict["blockedUntilTime"] = self.blocked_until_time
        if self.last_login_time is not UNSET:
            field_dict["lastLoginTime"] = self.last_login_time
        if self.last_updated_time is not UNSET:
            field_dict["lastUpdatedTime"] = self.last_updated_time
        if self.last_password_change_time is not UNSET:
            field_dict["lastPasswordChangeTime"] = self.last_password_change_time
        if self.time_zone_diff is not UNSET:
            field_dict["timeZoneDiff"] = self.time_zone_diff
        if self.time_zone_iana is not UNSET:
            field_dict["timeZoneIANA"] = self.time_zone_iana
        if self.login_attempts is not UNSET:
            field_dict["loginAttempts"] = self.login_attempts
        if self.avatar is not UNSET:
            field_dict["avatar"] = self.avatar.to_dict() if isinstance(self.avatar, UserResponseAvatar) else self.avatar
        if self.login is not UNSET:
            field_dict["login"] = self.login
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        user_response = cls(*_read_fields(d))
        _value = user_response.avatar
        user_response.avatar = UserResponseAvatar.from_dict(_value) if isinstance(_value, dict) else _value
        if len(d) > _N_FIELDS:
            user_response.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return user_response

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
from ..models.user_response_avatar import UserResponseAvatar  # noqa: E402
