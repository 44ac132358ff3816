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
    "delayMinutes": UNSET,
    "delayUntilTime": UNSET,
}
_N_FIELDS = 2
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "delayMinutes",
    "delayUntilTime",
)

T = TypeVar("T", bound="DelayActivityRequest")


@_attrs_define(repr=False)
class DelayActivityRequest:
    delay_minutes: int | None | Unset = UNSET
    """ The number of minutes by which the activity is delayed.

    You can specify this parameter only if the delayUntilTime parameter is not specified. """
    delay_until_time: None | str | Unset = UNSET
    """ The time until the activity is delayed. Provide the time in ISO format. For example, '2016-02-09 15:39:00'.

    You can specify this parameter only if the delayMinutes parameter is not specified. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.delay_minutes is not UNSET:
            field_dict["delayMinutes"] = self.delay_minutes
        if self.delay_until_time is not UNSET:
            field_dict["delayUntilTime"] = self.delay_until_time
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        delay_activity_request = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            delay_activity_request.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
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
