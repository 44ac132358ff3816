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
    "weekStart": None,
    "name": None,
    "passwordTemporary": None,
    "longDateFormat": None,
    "selfAssignment": None,
    "dateFormat": None,
    "mainResourceId": None,
    "organizationalUnit": None,
    "status": None,
    "language": None,
    "resources": None,
    "timeFormat": None,
    "userType": None,
}
_N_FIELDS = 14
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
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
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="UserGenericFields")


@_attrs_define(repr=False, init=False)
class UserGenericFields:
    """The details of the user account."""

    time_zone: str | None
    """ The name of the user's time zone.

    This field accepts both Oracle Field Service time zone names (for example, Eastern) and IANA standard time zone
    names (for example, America/New_York). It is recommended that IANA names are specified.

    For a list of supported time zones, see Supported Time Zones
    (http://docs.oracle.com/cloud/latest/fieldservicecs_gs/CXFSC/OFSC_Supported_Time_Zones.html). """
    week_start: str | None
    """ The day on which the week starts for the user account. Allowed values: `sunday`, `monday`, `tuesday`,
    `wednesday`, `thursday`, `friday`, `saturday`, `default`. """
    name: str | None
    """ The full name of the user. """
    password_temporary: bool | None
    """ The temporary password of the user account. If the temporary password is set, then the user is prompted to
    change password on the next login. """
    long_date_format: str | None
    """ The long date format of the user account. """
    self_assignment: bool | None
    """ Indicates whether the users can assign activities to themselves. """
    date_format: str | None
    """ The date format of the user account. Allowed Values: ["dd/mm/yy", "mm/dd/yy","dd.mm.yy","yyyy/mm/dd"]. """
    main_resource_id: str | None
    """ The unique identifier of the main resource of the user account. This field is only set for resources that
    represent field service personnel. It is not set for groups and routing buckets.

    Note that if the specified resource was already assigned as main resource for some other user, that association
    will be removed, so that the other user will lose the main resource association.

    This field is not returned in the response if it is empty. """
    organizational_unit: str | None
    """ The identifier of the organization unit where the user works. The value of this field can be the ID of a
    resource with the role as 'bucket' or 'organization unit'. """
    status: str | None
    """ The status of the user account. Allowed values: `active`, `inactive`. """
    language: str | None
    """ The preferred language of the user. This field accepts the language codes listed on: Supported Language
    Codes. """
    resources: list[str] | None
    """ The list of resources assigned to the user account. These resources along with their children are visible to
    the user. This list does not incIude the resources whose resourceId values are empty. """
    time_format: str | None
    """ The time format of the user account. Allowed Values: [ "12-hour", "24-hour" ]. """
    user_type: str | None
    """ The type of the user account. The access controls of the user account are defined based on the user type.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "time_zone",
            "week_start",
            "name",
            "password_temporary",
            "long_date_format",
            "self_assignment",
            "date_format",
            "main_resource_id",
            "organizational_unit",
            "status",
            "language",
            "resources",
            "time_format",
            "user_type",
            "additional_properties",
        )
    )

    def __init__(
        self,
        time_zone: str | None | Unset = UNSET,
        week_start: Literal["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "default"]
        | None
        | Unset = UNSET,
        name: str | None | Unset = UNSET,
        password_temporary: bool | None | Unset = UNSET,
        long_date_format: str | None | Unset = UNSET,
        self_assignment: bool | None | Unset = UNSET,
        date_format: str | None | Unset = UNSET,
        main_resource_id: str | None | Unset = UNSET,
        organizational_unit: str | None | Unset = UNSET,
        status: Literal["active", "inactive"] | None | Unset = UNSET,
        language: str | None | Unset = UNSET,
        resources: list[str] | None | Unset = UNSET,
        time_format: str | None | Unset = UNSET,
        user_type: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "timeZone": time_zone,
            "weekStart": week_start,
            "name": name,
            "passwordTemporary": password_temporary,
            "longDateFormat": long_date_format,
            "selfAssignment": self_assignment,
            "dateFormat": date_format,
            "mainResourceId": main_resource_id,
            "organizationalUnit": organizational_unit,
            "status": status,
            "language": language,
            "resources": resources,
            "timeFormat": time_format,
            "userType": user_type,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.time_zone = None if isinstance(time_zone, Unset) else time_zone
        self.week_start = None if isinstance(week_start, Unset) else week_start
        self.name = None if isinstance(name, Unset) else name
        self.password_temporary = None if isinstance(password_temporary, Unset) else password_temporary
        self.long_date_format = None if isinstance(long_date_format, Unset) else long_date_format
        self.self_assignment = None if isinstance(self_assignment, Unset) else self_assignment
        self.date_format = None if isinstance(date_format, Unset) else date_format
        self.main_resource_id = None if isinstance(main_resource_id, Unset) else main_resource_id
        self.organizational_unit = None if isinstance(organizational_unit, Unset) else organizational_unit
        self.status = None if isinstance(status, Unset) else status
        self.language = None if isinstance(language, Unset) else language
        self.resources = None if isinstance(resources, Unset) else resources
        self.time_format = None if isinstance(time_format, Unset) else time_format
        self.user_type = None if isinstance(user_type, Unset) else user_type
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.time_zone is not None or "timeZone" in sent:
            field_dict["timeZone"] = self.time_zone
        if self.week_start is not None or "weekStart" in sent:
            field_dict["weekStart"] = self.week_start
        if self.name is not None or "name" in sent:
            field_dict["name"] = self.name
        if self.password_temporary is not None or "passwordTemporary" in sent:
            field_dict["passwordTemporary"] = self.password_temporary
        if self.long_date_format is not None or "longDateFormat" in sent:
            field_dict["longDateFormat"] = self.long_date_format
        if self.self_assignment is not None or "selfAssignment" in sent:
            field_dict["selfAssignment"] = self.self_assignment
        if self.date_format is not None or "dateFormat" in sent:
            field_dict["dateFormat"] = self.date_format
        if self.main_resource_id is not None or "mainResourceId" in sent:
            field_dict["mainResourceId"] = self.main_resource_id
        if self.organizational_unit is not None or "organizationalUnit" in sent:
            field_dict["organizationalUnit"] = self.organizational_unit
        if self.status is not None or "status" in sent:
            field_dict["status"] = self.status
        if self.language is not None or "language" in sent:
            field_dict["language"] = self.language
        if self.resources is not None or "resources" in sent:
            field_dict["resources"] = self.resources
        if self.time_format is not None or "timeFormat" in sent:
            field_dict["timeFormat"] = self.time_format
        if self.user_type is not None or "userType" in sent:
            field_dict["userType"] = self.user_type
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is UserGenericFields else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.time_zone,
            target.week_start,
            target.name,
            target.password_temporary,
            target.long_date_format,
            target.self_assignment,
            target.date_format,
            target.main_resource_id,
            target.organizational_unit,
            target.status,
            target.language,
            target.resources,
            target.time_format,
            target.user_type,
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


_Twin = lazy_twin(UserGenericFields)
