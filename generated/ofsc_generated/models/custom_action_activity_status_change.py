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
    "time": None,
    "multidayTimeToComplete": None,
    "multidayActivityStatus": None,
}
_N_FIELDS = 3
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "time",
    "multidayTimeToComplete",
    "multidayActivityStatus",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

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
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "time",
            "multiday_time_to_complete",
            "multiday_activity_status",
            "additional_properties",
        )
    )

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
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is CustomActionActivityStatusChange else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.time,
            target.multiday_time_to_complete,
            target.multiday_activity_status,
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


_Twin = lazy_twin(CustomActionActivityStatusChange)
