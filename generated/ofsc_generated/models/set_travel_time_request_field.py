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
    "travelTime": UNSET,
    "position": UNSET,
    "source": UNSET,
    "previousActivityId": UNSET,
    "previousActivity": UNSET,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "travelTime",
    "position",
    "source",
    "previousActivityId",
    "previousActivity",
)

T = TypeVar("T", bound="SetTravelTimeRequestField")


@_attrs_define(repr=False)
class SetTravelTimeRequestField:
    """The objects used to set the travel time of the activity. The travel time is set only if the specified
    previousActivity/previousActivityId is ordered before the activity for which the travel time is set.

    """

    travel_time: int | None | Unset = UNSET
    """ The travel time for the specified activity. """
    position: None | str | Unset = UNSET
    """ The expected position of the activity in a route.

    To adjust the travel time of an activity, specify the location from where the travel is starting. The location
    can be the start of the route or another activity. This information is used when activities are reordered or
    moved while performing a sequence of operations. Allowed values: `first`, `afterActivity`. """
    source: None | str | Unset = UNSET
    """ The origin of the travel time data. The following are the allowed values:

    - manual - indicates that the travel time value is entered manually by a user.
    - external - indicates that the travel time value is estimated based on the statistics or street-level routing
    service results. Allowed values: `manual`, `external`. """
    previous_activity_id: int | None | Unset = UNSET
    """ The identifier of a previous activity that requires travel time calculation.

    If an activity doesn't require traveling (for example, calling your manager), then the identifier of the
    activity cannot be used as the 'Travel previous activity ID'. In such case, it is assigned to an ID of a
    previous activity that required travel.

    This parameter is mandatory when the value of the parameter 'position' is 'afterActivity'.

    Note: The operation does not return any error if the adjustment cannot be made because the specified
    'previousActivityId' doesn't correspond to a real-time activity. This can be detected by verifying the
    'travelTime' value returned. """
    previous_activity: SetTravelTimeRequestFieldPreviousActivity | Unset = UNSET
    """ The objects in this array are used instead of the 'previousActivityId' parameter to find activities when
    internal IDs cannot be used. For example, it is used for the bulkUpdate operation.

    The 'previousActivity' activity array contains two items: 'apptNumber' and 'customerNumber'. The parameter
    'apptNumber' is mandatory. The parameter 'customerNumber' is only required when the
    'bulkUpdate/identifyActivityBy' option is set to 'apptNumberPlusCustomerNumber'.

    The operation returns an error if the system is unable to find any activity using the specified 'apptNumber' and
    'customerNumber' values. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.travel_time is not UNSET:
            field_dict["travelTime"] = self.travel_time
        if self.position is not UNSET:
            field_dict["position"] = self.position
        if self.source is not UNSET:
            field_dict["source"] = self.source
        if self.previous_activity_id is not UNSET:
            field_dict["previousActivityId"] = self.previous_activity_id
        if self.previous_activity is not UNSET:
            field_dict["previousActivity"] = (
                self.previous_activity.to_dict()
                if isinstance(self.previous_activity, SetTravelTimeRequestFieldPreviousActivity)
                else self.previous_activity
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        set_travel_time_request_field = cls(*_read_fields(d))
        _value = set_travel_time_request_field.previous_activity
        set_travel_time_request_field.previous_activity = (
            SetTravelTimeRequestFieldPreviousActivity.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if len(d) > _N_FIELDS:
            set_travel_time_request_field.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return set_travel_time_request_field

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
from ..models.set_travel_time_request_field_previous_activity import SetTravelTimeRequestFieldPreviousActivity  # noqa: E402
