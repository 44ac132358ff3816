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
    "label": None,
    "name": None,
    "active": None,
    "isAllDay": None,
    "timeStart": None,
    "timeEnd": None,
}
_N_FIELDS = 6
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "label",
    "name",
    "active",
    "isAllDay",
    "timeStart",
    "timeEnd",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="TimeSlot")


@_attrs_define(repr=False, init=False)
class TimeSlot:
    label: str | None
    """ The unique label assigned to the time slot. """
    name: str | None
    """ The name of the time slot. For example, 8-10. """
    active: bool | None
    """ Contains one of the following values: true or false.

    If true, then the time slot is listed as an option in the Time slot drop-down list in the Oracle Field Service
    application. If false, then the time slot is not listed as an option in the drop-down list. The default value is
    true. """
    is_all_day: bool | None
    """ Contains one of the following values: true or false. If true, then the activities with the 'allDay' time
    slot can be performed at any time during the day. If false, then the activities cannot be performed at any time
    during the day. The default value is false. """
    time_start: str | None
    """ The time when the time slot starts. For example, 14:00 hours. """
    time_end: str | None
    """ The time when the time slot ends. For example, 16:00 hours. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "label",
            "name",
            "active",
            "is_all_day",
            "time_start",
            "time_end",
            "additional_properties",
        )
    )

    def __init__(
        self,
        label: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        active: bool | None | Unset = UNSET,
        is_all_day: bool | None | Unset = UNSET,
        time_start: str | None | Unset = UNSET,
        time_end: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "label": label,
            "name": name,
            "active": active,
            "isAllDay": is_all_day,
            "timeStart": time_start,
            "timeEnd": time_end,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.label = None if isinstance(label, Unset) else label
        self.name = None if isinstance(name, Unset) else name
        self.active = None if isinstance(active, Unset) else active
        self.is_all_day = None if isinstance(is_all_day, Unset) else is_all_day
        self.time_start = None if isinstance(time_start, Unset) else time_start
        self.time_end = None if isinstance(time_end, Unset) else time_end
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.label is not None or "label" in sent:
            field_dict["label"] = self.label
        if self.name is not None or "name" in sent:
            field_dict["name"] = self.name
        if self.active is not None or "active" in sent:
            field_dict["active"] = self.active
        if self.is_all_day is not None or "isAllDay" in sent:
            field_dict["isAllDay"] = self.is_all_day
        if self.time_start is not None or "timeStart" in sent:
            field_dict["timeStart"] = self.time_start
        if self.time_end is not None or "timeEnd" in sent:
            field_dict["timeEnd"] = self.time_end
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is TimeSlot else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.label,
            target.name,
            target.active,
            target.is_all_day,
            target.time_start,
            target.time_end,
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


_Twin = lazy_twin(TimeSlot)
