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
    "delayMinutes": None,
    "delayUntilTime": None,
}
_N_FIELDS = 2
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "delayMinutes",
    "delayUntilTime",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="DelayActivityRequest")


@_attrs_define(repr=False, init=False)
class DelayActivityRequest:
    delay_minutes: int | None
    """ The number of minutes by which the activity is delayed.

    You can specify this parameter only if the delayUntilTime parameter is not specified. """
    delay_until_time: str | None
    """ The time until the activity is delayed. Provide the time in ISO format. For example, '2016-02-09 15:39:00'.

    You can specify this parameter only if the delayMinutes parameter is not specified. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "delay_minutes",
            "delay_until_time",
            "additional_properties",
        )
    )

    def __init__(
        self,
        delay_minutes: int | None | Unset = UNSET,
        delay_until_time: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "delayMinutes": delay_minutes,
            "delayUntilTime": delay_until_time,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.delay_minutes = None if isinstance(delay_minutes, Unset) else delay_minutes
        self.delay_until_time = None if isinstance(delay_until_time, Unset) else delay_until_time
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.delay_minutes is not None or "delayMinutes" in sent:
            field_dict["delayMinutes"] = self.delay_minutes
        if self.delay_until_time is not None or "delayUntilTime" in sent:
            field_dict["delayUntilTime"] = self.delay_until_time
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is DelayActivityRequest else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.delay_minutes,
            target.delay_until_time,
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


_Twin = lazy_twin(DelayActivityRequest)
