from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "travelTime": None,
    "position": None,
    "source": None,
    "previousActivityId": None,
    "previousActivity": None,
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


@_attrs_define(repr=False, init=False)
class SetTravelTimeRequestField:
    """The objects used to set the travel time of the activity. The travel time is set only if the specified
    previousActivity/previousActivityId is ordered before the activity for which the travel time is set.

    """

    travel_time: int | None
    """ The travel time for the specified activity. """
    position: str | None
    """ The expected position of the activity in a route.

    To adjust the travel time of an activity, specify the location from where the travel is starting. The location
    can be the start of the route or another activity. This information is used when activities are reordered or
    moved while performing a sequence of operations. Allowed values: `first`, `afterActivity`. """
    source: str | None
    """ The origin of the travel time data. The following are the allowed values:

    - manual - indicates that the travel time value is entered manually by a user.
    - external - indicates that the travel time value is estimated based on the statistics or street-level routing
    service results. Allowed values: `manual`, `external`. """
    previous_activity_id: int | None
    """ The identifier of a previous activity that requires travel time calculation.

    If an activity doesn't require traveling (for example, calling your manager), then the identifier of the
    activity cannot be used as the 'Travel previous activity ID'. In such case, it is assigned to an ID of a
    previous activity that required travel.

    This parameter is mandatory when the value of the parameter 'position' is 'afterActivity'.

    Note: The operation does not return any error if the adjustment cannot be made because the specified
    'previousActivityId' doesn't correspond to a real-time activity. This can be detected by verifying the
    'travelTime' value returned. """
    previous_activity: SetTravelTimeRequestFieldPreviousActivity | None
    """ The objects in this array are used instead of the 'previousActivityId' parameter to find activities when
    internal IDs cannot be used. For example, it is used for the bulkUpdate operation.

    The 'previousActivity' activity array contains two items: 'apptNumber' and 'customerNumber'. The parameter
    'apptNumber' is mandatory. The parameter 'customerNumber' is only required when the
    'bulkUpdate/identifyActivityBy' option is set to 'apptNumberPlusCustomerNumber'.

    The operation returns an error if the system is unable to find any activity using the specified 'apptNumber' and
    'customerNumber' values. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        travel_time: int | None | Unset = UNSET,
        position: Literal["first", "afterActivity"] | None | Unset = UNSET,
        source: Literal["manual", "external"] | None | Unset = UNSET,
        previous_activity_id: int | None | Unset = UNSET,
        previous_activity: SetTravelTimeRequestFieldPreviousActivity | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "travelTime": travel_time,
            "position": position,
            "source": source,
            "previousActivityId": previous_activity_id,
            "previousActivity": previous_activity,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.travel_time = None if isinstance(travel_time, Unset) else travel_time
        self.position = None if isinstance(position, Unset) else position
        self.source = None if isinstance(source, Unset) else source
        self.previous_activity_id = None if isinstance(previous_activity_id, Unset) else previous_activity_id
        self.previous_activity = None if isinstance(previous_activity, Unset) else previous_activity
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.travel_time is not None or "travelTime" in sent:
            field_dict["travelTime"] = self.travel_time
        if self.position is not None or "position" in sent:
            field_dict["position"] = self.position
        if self.source is not None or "source" in sent:
            field_dict["source"] = self.source
        if self.previous_activity_id is not None or "previousActivityId" in sent:
            field_dict["previousActivityId"] = self.previous_activity_id
        if self.previous_activity is not None or "previousActivity" in sent:
            field_dict["previousActivity"] = (
                self.previous_activity.to_dict()
                if isinstance(self.previous_activity, SetTravelTimeRequestFieldPreviousActivity)
                else self.previous_activity
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        set_travel_time_request_field = cls.__new__(cls)
        set_travel_time_request_field._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            set_travel_time_request_field.travel_time,
            set_travel_time_request_field.position,
            set_travel_time_request_field.source,
            set_travel_time_request_field.previous_activity_id,
            set_travel_time_request_field.previous_activity,
        ) = _read_fields(d)
        _value = set_travel_time_request_field.previous_activity
        set_travel_time_request_field.previous_activity = (
            SetTravelTimeRequestFieldPreviousActivity.from_dict(_value) if isinstance(_value, dict) else _value
        )
        set_travel_time_request_field.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
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
