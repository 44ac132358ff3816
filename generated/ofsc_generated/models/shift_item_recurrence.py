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
    "dayFrom": UNSET,
    "recurEvery": UNSET,
    "weekdays": UNSET,
    "recurrenceType": UNSET,
    "dayTo": UNSET,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "dayFrom",
    "recurEvery",
    "weekdays",
    "recurrenceType",
    "dayTo",
)

T = TypeVar("T", bound="ShiftItemRecurrence")


@_attrs_define(repr=False)
class ShiftItemRecurrence:
    """An array containing recurring work schedule items. For repeating shifts this property contains a description of how
    the shift repeats over time.

    """

    day_from: None | str | Unset = UNSET
    """ The start day (in 'YYYY-MM-DD' format) of the schedule period applicable for each year, when the schedule is
    in effect. It is used only if the recurrence type is yearly. """
    recur_every: int | None | Unset = UNSET
    """ The time between each recurrence of the work shift. Depending on the value selected for 'recurrence', the
    value of the parameter indicates the time between recurrence in days or weeks. For example, if '4' is the value
    of this parameter, and the 'recurrence' is 'daily', it indicates that the time between each recurrence is four
    days. """
    weekdays: list[str] | None | Unset = UNSET
    """ The weekdays on which the work schedule recurs. """
    recurrence_type: None | str | Unset = UNSET
    """ The type of the recurrence. This property along with the 'recurEvery' property defines the time between each
    recurrence. For example, if the value of this property is 'daily' and the value of the property 'recurEvery' is
    '4', then the time between each recurrence is four days. Allowed values: `daily`, `weekly`, `yearly`,
    `everyday`. """
    day_to: None | str | Unset = UNSET
    """ The end day (in 'YYYY-MM-DD' format) of the schedule period applicable for each year, when the schedule is
    in effect. It is used only if the recurrence type is yearly. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.day_from is not UNSET:
            field_dict["dayFrom"] = self.day_from
        if self.recur_every is not UNSET:
            field_dict["recurEvery"] = self.recur_every
        if self.weekdays is not UNSET:
            field_dict["weekdays"] = self.weekdays
        if self.recurrence_type is not UNSET:
            field_dict["recurrenceType"] = self.recurrence_type
        if self.day_to is not UNSET:
            field_dict["dayTo"] = self.day_to
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        shift_item_recurrence = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            shift_item_recurrence.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return shift_item_recurrence

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
