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
    "pending": UNSET,
    "started": UNSET,
    "completed": UNSET,
    "suspended": UNSET,
    "cancelled": UNSET,
    "notdone": UNSET,
    "notOrdered": UNSET,
    "warning": UNSET,
}
_N_FIELDS = 8
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "pending",
    "started",
    "completed",
    "suspended",
    "cancelled",
    "notdone",
    "notOrdered",
    "warning",
)

T = TypeVar("T", bound="ActivityTypeColors")


@_attrs_define(repr=False)
class ActivityTypeColors:
    """The set of color values for the corresponding status of the activity."""

    pending: None | str | Unset = UNSET
    """ The color of activity in pending status. """
    started: None | str | Unset = UNSET
    """ The color of activity in started status. """
    completed: None | str | Unset = UNSET
    """ The color of activity in complete status. """
    suspended: None | str | Unset = UNSET
    """ The color of activity in suspended status. """
    cancelled: None | str | Unset = UNSET
    """ The color of activity in cancelled status. """
    notdone: None | str | Unset = UNSET
    """ The color of activity in not done status. """
    not_ordered: None | str | Unset = UNSET
    """ The color of activity in not ordered status. """
    warning: None | str | Unset = UNSET
    """ The color of activity in warning status. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.pending is not UNSET:
            field_dict["pending"] = self.pending
        if self.started is not UNSET:
            field_dict["started"] = self.started
        if self.completed is not UNSET:
            field_dict["completed"] = self.completed
        if self.suspended is not UNSET:
            field_dict["suspended"] = self.suspended
        if self.cancelled is not UNSET:
            field_dict["cancelled"] = self.cancelled
        if self.notdone is not UNSET:
            field_dict["notdone"] = self.notdone
        if self.not_ordered is not UNSET:
            field_dict["notOrdered"] = self.not_ordered
        if self.warning is not UNSET:
            field_dict["warning"] = self.warning
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        activity_type_colors = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            activity_type_colors.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return activity_type_colors

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
