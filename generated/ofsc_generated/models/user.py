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
    "blockedUntilTime": None,
    "timeZone": None,
    "timeZoneIANA": None,
    "lastUpdatedTime": None,
    "weekStart": None,
    "name": None,
    "lastLoginTime": None,
    "passwordTemporary": None,
    "loginAttempts": None,
    "login": None,
    "lastPasswordChangeTime": None,
    "longDateFormat": None,
    "selfAssignment": None,
    "dateFormat": None,
    "createdTime": None,
    "mainResourceId": None,
    "organizationalUnit": None,
    "status": None,
    "language": None,
    "avatar": None,
    "resources": None,
    "timeFormat": None,
    "userType": None,
    "timeZoneDiff": None,
}
_N_FIELDS = 24
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "blockedUntilTime",
    "timeZone",
    "timeZoneIANA",
    "lastUpdatedTime",
    "weekStart",
    "name",
    "lastLoginTime",
    "passwordTemporary",
    "loginAttempts",
    "login",
    "lastPasswordChangeTime",
    "longDateFormat",
    "selfAssignment",
    "dateFormat",
    "createdTime",
    "mainResourceId",
    "organizationalUnit",
    "status",
    "language",
    "resources",
    "timeFormat",
    "userType",
    "timeZoneDiff",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

T = TypeVar("T", bound="User")


@_attrs_define(repr=False, init=False)
class User:
    """The details of the user account."""

    blocked_until_time: str | None
    """ The time until the account is blocked. """
    time_zone: str | None
    """ The name of the user's time zone.

    This field accepts both Oracle Field Service time zone names (for example, Eastern) and IANA standard time zone
    names (for example, America/New_York). It is recommended that IANA names are specified.

    For a list of supported time zones, see Supported Time Zones
    (http://docs.oracle.com/cloud/latest/fieldservicecs_gs/CXFSC/OFSC_Supported_Time_Zones.html). """
    time_zone_iana: str | None
    """ The IANA name of the user's time zone (for example, America/New_York). For the list of IANA time zone names,
    see IANA Time Zones (https://www.iana.org/time-zones)

    This is a read-only field and is only returned in responses. """
    last_updated_time: str | None
    """ The date and time when the user account was updated. This field is not updated if a custom property or the
    profile picture of the user is changed. This field is only updated when one of the built-in properties is
    changed. """
    week_start: str | None
    """ The day on which the week starts for the user account. Allowed values: `sunday`, `monday`, `tuesday`,
    `wednesday`, `thursday`, `friday`, `saturday`, `default`. """
    name: str | None
    """ The full name of the user. """
    last_login_time: str | None
    """ The date and time when the user logged in to the account. """
    password_temporary: bool | None
    """ The temporary password of the user account. If the temporary password is set, then the user is prompted to
    change password on the next login. """
    login_attempts: int | None
    """ The number of unsuccessful login attempts. """
    login: str | None
    """ The unique identifier of the user account in Oracle Field Service. """
    last_password_change_time: str | None
    """ The date and time when the password was changed. """
    long_date_format: str | None
    """ The long date format of the user account. """
    self_assignment: bool | None
    """ Indicates whether the users can assign activities to themselves. """
    date_format: str | None
    """ The date format of the user account. Allowed Values: ["dd/mm/yy", "mm/dd/yy","dd.mm.yy","yyyy/mm/dd"]. """
    created_time: str | None
    """ The date and time when the user account is created. """
    main_resource_id: str | None
    """ The unique identifier of the main resource of the user account. This field is only set for resources that
    represent field service personnel. It is not set for groups and routing buckets.

    This field is not returned in the response if empty strings are passed in the request. """
    organizational_unit: str | None
    """ The identifier of the organization unit where the user works. The value of this field can be the ID of a
    resource with the role as 'bucket' or 'organization unit'. """
    status: str | None
    """ The status of the user account. Allowed values: `active`, `inactive`. """
    language: str | None
    """ The preferred language of the user. This field accepts the language codes listed on: Supported Language
    Codes. """
    avatar: UserAvatar | None
    """ The profile picture of the user. """
    resources: list[str] | None
    """ The list of resources assigned to the user account. These resources along with their children are visible to
    the user. This list does not incIude the resources whose resource ID values are empty. """
    time_format: str | None
    """ The time format of the user account. Allowed Values: [ "12-hour", "24-hour" ]. """
    user_type: str | None
    """ The type of the user account. The access controls of the user account are defined based on the user type.
    """
    time_zone_diff: int | None
    """ The difference between UTC and the user's local time, displayed in minutes. For example, -180 means that the
    user's time is 3 hours behind UTC.

    This is a read-only field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "blocked_until_time",
            "time_zone",
            "time_zone_iana",
            "last_updated_time",
            "week_start",
            "name",
            "last_login_time",
            "password_temporary",
            "login_attempts",
            "login",
            "last_password_change_time",
            "long_date_format",
            "self_assignment",
            "date_format",
            "created_time",
            "main_resource_id",
            "organizational_unit",
            "status",
            "language",
            "resources",
            "time_format",
            "user_type",
            "time_zone_diff",
            "additional_properties",
        )
    )

    def __init__(
        self,
        blocked_until_time: str | None | Unset = UNSET,
        time_zone: str | None | Unset = UNSET,
        time_zone_iana: str | None | Unset = UNSET,
        last_updated_time: str | None | Unset = UNSET,
        week_start: Literal["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "default"]
        | None
        | Unset = UNSET,
        name: str | None | Unset = UNSET,
        last_login_time: str | None | Unset = UNSET,
        password_temporary: bool | None | Unset = UNSET,
        login_attempts: int | None | Unset = UNSET,
        login: str | None | Unset = UNSET,
        last_password_change_time: str | None | Unset = UNSET,
        long_date_format: str | None | Unset = UNSET,
        self_assignment: bool | None | Unset = UNSET,
        date_format: str | None | Unset = UNSET,
        created_time: str | None | Unset = UNSET,
        main_resource_id: str | None | Unset = UNSET,
        organizational_unit: str | None | Unset = UNSET,
        status: Literal["active", "inactive"] | None | Unset = UNSET,
        language: str | None | Unset = UNSET,
        avatar: UserAvatar | None | Unset = UNSET,
        resources: list[str] | None | Unset = UNSET,
        time_format: str | None | Unset = UNSET,
        user_type: str | None | Unset = UNSET,
        time_zone_diff: int | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "blockedUntilTime": blocked_until_time,
            "timeZone": time_zone,
            "timeZoneIANA": time_zone_iana,
            "lastUpdatedTime": last_updated_time,
            "weekStart": week_start,
            "name": name,
            "lastLoginTime": last_login_time,
            "passwordTemporary": password_temporary,
            "loginAttempts": login_attempts,
            "login": login,
            "lastPasswordChangeTime": last_password_change_time,
            "longDateFormat": long_date_format,
            "selfAssignment": self_assignment,
            "dateFormat": date_format,
            "createdTime": created_time,
            "mainResourceId": main_resource_id,
            "organizationalUnit": organizational_unit,
            "status": status,
            "language": language,
            "avatar": avatar,
            "resources": resources,
            "timeFormat": time_format,
            "userType": user_type,
            "timeZoneDiff": time_zone_diff,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.blocked_until_time = None if isinstance(blocked_until_time, Unset) else blocked_until_time
        self.time_zone = None if isinstance(time_zone, Unset) else time_zone
        self.time_zone_iana = None if isinstance(time_zone_iana, Unset) else time_zone_iana
        self.last_updated_time = None if isinstance(last_updated_time, Unset) else last_updated_time
        self.week_start = None if isinstance(week_start, Unset) else week_start
        self.name = None if isinstance(name, Unset) else name
        self.last_login_time = None if isinstance(last_login_time, Unset) else last_login_time
        self.password_temporary = None if isinstance(password_temporary, Unset) else password_temporary
        self.login_attempts = None if isinstance(login_attempts, Unset) else login_attempts
        self.login = None if isinstance(login, Unset) else login
        self.last_password_change_time = (
            None if isinstance(last_password_change_time, Unset) else last_password_change_time
        )
        self.long_date_format = None if isinstance(long_date_format, Unset) else long_date_format
        self.self_assignment = None if isinstance(self_assignment, Unset) else self_assignment
        self.date_format = None if isinstance(date_format, Unset) else date_format
        self.created_time = None if isinstance(created_time, Unset) else created_time
        self.main_resource_id = None if isinstance(main_resource_id, Unset) else main_resource_id
        self.organizational_unit = None if isinstance(organizational_unit, Unset) else organizational_unit
        self.status = None if isinstance(status, Unset) else status
        self.language = None if isinstance(language, Unset) else language
        self.avatar = None if isinstance(avatar, Unset) else avatar
        self.resources = None if isinstance(resources, Unset) else resources
        self.time_format = None if isinstance(time_format, Unset) else time_format
        self.user_type = None if isinstance(user_type, Unset) else user_type
        self.time_zone_diff = None if isinstance(time_zone_diff, Unset) else time_zone_diff
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.blocked_until_time is not None or "blockedUntilTime" in sent:
            field_dict["blockedUntilTime"] = self.blocked_until_time
        if self.time_zone is not None or "timeZone" in sent:
            field_dict["timeZone"] = self.time_zone
        if self.time_zone_iana is not None or "timeZoneIANA" in sent:
            field_dict["timeZoneIANA"] = self.time_zone_iana
        if self.last_updated_time is not None or "lastUpdatedTime" in sent:
            field_dict["lastUpdatedTime"] = self.last_updated_time
        if self.week_start is not None or "weekStart" in sent:
            field_dict["weekStart"] = self.week_start
        if self.name is not None or "name" in sent:
            field_dict["name"] = self.name
        if self.last_login_time is not None or "lastLoginTime" in sent:
            field_dict["lastLoginTime"] = self.last_login_time
        if self.password_temporary is not None or "passwordTemporary" in sent:
            field_dict["passwordTemporary"] = self.password_temporary
        if self.login_attempts is not None or "loginAttempts" in sent:
            field_dict["loginAttempts"] = self.login_attempts
        if self.login is not None or "login" in sent:
            field_dict["login"] = self.login
        if self.last_password_change_time is not None or "lastPasswordChangeTime" in sent:
            field_dict["lastPasswordChangeTime"] = self.last_password_change_time
        if self.long_date_format is not None or "longDateFormat" in sent:
            field_dict["longDateFormat"] = self.long_date_format
        if self.self_assignment is not None or "selfAssignment" in sent:
            field_dict["selfAssignment"] = self.self_assignment
        if self.date_format is not None or "dateFormat" in sent:
            field_dict["dateFormat"] = self.date_format
        if self.created_time is not None or "createdTime" in sent:
            field_dict["createdTime"] = self.created_time
        if self.main_resource_id is not None or "mainResourceId" in sent:
            field_dict["mainResourceId"] = self.main_resource_id
        if self.organizational_unit is not None or "organizationalUnit" in sent:
            field_dict["organizationalUnit"] = self.organizational_unit
        if self.status is not None or "status" in sent:
            field_dict["status"] = self.status
        if self.language is not None or "language" in sent:
            field_dict["language"] = self.language
        if self.avatar is not None or "avatar" in sent:
            field_dict["avatar"] = self.avatar.to_dict() if isinstance(self.avatar, UserAvatar) else self.avatar
        if self.resources is not None or "resources" in sent:
            field_dict["resources"] = self.resources
        if self.time_format is not None or "timeFormat" in sent:
            field_dict["timeFormat"] = self.time_format
        if self.user_type is not None or "userType" in sent:
            field_dict["userType"] = self.user_type
        if self.time_zone_diff is not None or "timeZoneDiff" in sent:
            field_dict["timeZoneDiff"] = self.time_zone_diff
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is User else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("avatar")
        _model.avatar = UserAvatar.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["avatar"] = _model.avatar
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.blocked_until_time,
            target.time_zone,
            target.time_zone_iana,
            target.last_updated_time,
            target.week_start,
            target.name,
            target.last_login_time,
            target.password_temporary,
            target.login_attempts,
            target.login,
            target.last_password_change_time,
            target.long_date_format,
            target.self_assignment,
            target.date_format,
            target.created_time,
            target.main_resource_id,
            target.organizational_unit,
            target.status,
            target.language,
            target.resources,
            target.time_format,
            target.user_type,
            target.time_zone_diff,
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


_Twin = lazy_twin(User)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.user_avatar import UserAvatar  # noqa: E402
