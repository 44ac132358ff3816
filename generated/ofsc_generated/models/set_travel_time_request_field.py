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
    "travelTime": None,
    "position": None,
    "source": None,
    "previousActivityId": None,
    "previousActivity": None,
}
_N_FIELDS = 5
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "travelTime",
    "position",
    "source",
    "previousActivityId",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

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
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "travel_time",
            "position",
            "source",
            "previous_activity_id",
            "additional_properties",
        )
    )

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
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is SetTravelTimeRequestField else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("previousActivity")
        _model.previous_activity = (
            SetTravelTimeRequestFieldPreviousActivity.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["previousActivity"] = _model.previous_activity
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.travel_time,
            target.position,
            target.source,
            target.previous_activity_id,
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


_Twin = lazy_twin(SetTravelTimeRequestField)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.set_travel_time_request_field_previous_activity import SetTravelTimeRequestFieldPreviousActivity  # noqa: E402
