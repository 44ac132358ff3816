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
    "time": None,
    "multidayTimeToComplete": None,
    "multidayActivityStatus": None,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "time",
    "multidayTimeToComplete",
    "multidayActivityStatus",
)

T = TypeVar("T", bound="CustomActionActivityStatusChange")


@_attrs_define(repr=False, init=False)
class CustomActionActivityStatusChange:
    """The schema of the request body object for this operation."""

    time: str | None
    """ The time when the action is registered. Specify the time in 'YYYY-MM-DD HH:MM:SS' format. The time must be
    in the time zone of the resource to which the activity is assigned. The default value is the current time. Note
    that the time of a custom action cannot be less then the time of the previous action. (e.g. activity cannot be
    suspended earlier then when it was started etc.) """
    multiday_time_to_complete: int | None
    """ The duration of the segmentable activity. If the value of this parameter is specified when updating an
    individual segment, then the duration of the segmentable activity is changed to the specified value. If the
    value of this parameter is set to zero, then the segmentable activity ends. Maximum value is 599995. """
    multiday_activity_status: str | None
    """ The status of the segmentable activity. If a value is specified for this parameter while updating an
    individual segment, then the status of the segmentable activity is changed to the specified value. This
    parameter is generally used to complete a segmentable activity. Allowed values: `cancelled`, `completed`,
    `notdone`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        time: str | None | Unset = UNSET,
        multiday_time_to_complete: int | None | Unset = UNSET,
        multiday_activity_status: Literal["cancelled", "completed", "notdone"] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "time": time,
            "multidayTimeToComplete": multiday_time_to_complete,
            "multidayActivityStatus": multiday_activity_status,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.time = None if isinstance(time, Unset) else time
        self.multiday_time_to_complete = (
            None if isinstance(multiday_time_to_complete, Unset) else multiday_time_to_complete
        )
        self.multiday_activity_status = (
            None if isinstance(multiday_activity_status, Unset) else multiday_activity_status
        )
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.time is not None or "time" in sent:
            field_dict["time"] = self.time
        if self.multiday_time_to_complete is not None or "multidayTimeToComplete" in sent:
            field_dict["multidayTimeToComplete"] = self.multiday_time_to_complete
        if self.multiday_activity_status is not None or "multidayActivityStatus" in sent:
            field_dict["multidayActivityStatus"] = self.multiday_activity_status
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        custom_action_activity_status_change = cls.__new__(cls)
        custom_action_activity_status_change._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            custom_action_activity_status_change.time,
            custom_action_activity_status_change.multiday_time_to_complete,
            custom_action_activity_status_change.multiday_activity_status,
        ) = _read_fields(d)
        custom_action_activity_status_change.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return custom_action_activity_status_change

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
