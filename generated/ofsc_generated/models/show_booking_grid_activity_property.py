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
    "activityId": None,
    "apptNumber": None,
    "customerNumber": None,
    "activityType": None,
    "timeZone": None,
    "resourcePreferences": None,
}
_N_FIELDS = 6
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "activityId",
    "apptNumber",
    "customerNumber",
    "activityType",
    "timeZone",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

T = TypeVar("T", bound="ShowBookingGridActivityProperty")


@_attrs_define(repr=False, init=False)
class ShowBookingGridActivityProperty:
    """The activity object for which booking grid should be shown.

    It should contain either:

    - Keys of an already existing activity in the system
    - Activity fields values

    To specify an already existing activity key values should be provided depending on 'identifyActivityBy' parameter.
    The following fields in activity object are mandatory:

    - when identifyActivityBy is 'activityId' - activityId
    - when identifyActivityBy is 'apptNumber' - apptNumber
    - when identifyActivityBy is 'apptNumberPlusCustomerNumber' - apptNumber and customerNumber

    To specify a not yet created activity all fields necessary for booking must be provided. Mandatory elements are:

    - All fields that are needed to identify activity work skills and work zones (if used)
    - activityType - Type of the activity
    - timeZone - Customer time zone

    Optionally, in order to obtain the booking recommendations, you will need to include enough information that the
    application uses to calculate the distances / travel to other activities. This is the latitude and longitude fields
    for booking by Capacity / Quota, or the fields configured as the activity travel key in case of direct assignment
    booking.

    """

    activity_id: int | None
    """ The unique identifier of the activity. """
    appt_number: str | None
    """ This field may be used by integrations to store the identifier of the activity in the origin system. This
    field has no business significance in Oracle Field Service and can be left empty. Maximum field length is 40.
    """
    customer_number: str | None
    """ The account number of the customer. This field is used by integrations as a placeholder for the external
    identifier of the Account ID in the application. This parameter has no business significance in Oracle Field
    Service and can be left empty. Maximum field length is 40. If a longer value is sent it will be truncated. """
    activity_type: str | None
    """ The label of the activity type. """
    time_zone: str | None
    """ The name of the customer's time zone. For example, Eastern.

    By default, the time zone of the resource to which the activity is assigned is used.

    For a list of supported time zones, see Supported Time Zones. """
    resource_preferences: list[ResourcePreference] | None
    """ List of resource preferences for the activity. Max 100 items. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "activity_id",
            "appt_number",
            "customer_number",
            "activity_type",
            "time_zone",
            "additional_properties",
        )
    )

    def __init__(
        self,
        activity_id: int | None | Unset = UNSET,
        appt_number: str | None | Unset = UNSET,
        customer_number: str | None | Unset = UNSET,
        activity_type: str | None | Unset = UNSET,
        time_zone: str | None | Unset = UNSET,
        resource_preferences: list[ResourcePreference] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "activityId": activity_id,
            "apptNumber": appt_number,
            "customerNumber": customer_number,
            "activityType": activity_type,
            "timeZone": time_zone,
            "resourcePreferences": resource_preferences,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.activity_id = None if isinstance(activity_id, Unset) else activity_id
        self.appt_number = None if isinstance(appt_number, Unset) else appt_number
        self.customer_number = None if isinstance(customer_number, Unset) else customer_number
        self.activity_type = None if isinstance(activity_type, Unset) else activity_type
        self.time_zone = None if isinstance(time_zone, Unset) else time_zone
        self.resource_preferences = None if isinstance(resource_preferences, Unset) else resource_preferences
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.activity_id is not None or "activityId" in sent:
            field_dict["activityId"] = self.activity_id
        if self.appt_number is not None or "apptNumber" in sent:
            field_dict["apptNumber"] = self.appt_number
        if self.customer_number is not None or "customerNumber" in sent:
            field_dict["customerNumber"] = self.customer_number
        if self.activity_type is not None or "activityType" in sent:
            field_dict["activityType"] = self.activity_type
        if self.time_zone is not None or "timeZone" in sent:
            field_dict["timeZone"] = self.time_zone
        if self.resource_preferences is not None or "resourcePreferences" in sent:
            field_dict["resourcePreferences"] = (
                [
                    item0.to_dict() if isinstance(item0, ResourcePreference) else item0
                    for item0 in self.resource_preferences
                ]
                if isinstance(self.resource_preferences, list)
                else self.resource_preferences
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is ShowBookingGridActivityProperty else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("resourcePreferences")
        _model.resource_preferences = (
            [ResourcePreference.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["resourcePreferences"] = _model.resource_preferences
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.activity_id,
            target.appt_number,
            target.customer_number,
            target.activity_type,
            target.time_zone,
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


_Twin = lazy_twin(ShowBookingGridActivityProperty)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.resource_preference import ResourcePreference  # noqa: E402
