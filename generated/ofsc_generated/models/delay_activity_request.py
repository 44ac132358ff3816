from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "delayMinutes": None,
    "delayUntilTime": None,
}
_N_FIELDS = 2
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "delayMinutes",
    "delayUntilTime",
)

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
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        delay_activity_request = cls.__new__(cls)
        delay_activity_request._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            delay_activity_request.delay_minutes,
            delay_activity_request.delay_until_time,
        ) = _read_fields(d)
        delay_activity_request.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return delay_activity_request

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
