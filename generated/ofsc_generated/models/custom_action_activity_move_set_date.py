from __future__ import annotations

from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as UNSET, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS_UNSET: dict[str, Any] = {
    "date": UNSET,
}
_N_FIELDS = 1

T = TypeVar("T", bound="CustomActionActivityMoveSetDate")


@_attrs_define(repr=False)
class CustomActionActivityMoveSetDate:
    """The activity is scheduled to the date specified in the 'date' parameter only if this object is available."""

    date: None | str | Unset = UNSET
    """ The activity is rescheduled to the specified date. Specify either the date in the 'YYYY-MM-DD' format or
    specify NULL.

    If NULL is specified and the setDate object is available, then the activity is considered as non-scheduled. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.date is not UNSET:
            field_dict["date"] = self.date
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        custom_action_activity_move_set_date = cls(d["date"])
        if len(d) > _N_FIELDS:
            custom_action_activity_move_set_date.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return custom_action_activity_move_set_date

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
