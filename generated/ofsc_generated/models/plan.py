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
    "measure": UNSET,
    "value": UNSET,
    "date": UNSET,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "measure",
    "value",
    "date",
)

T = TypeVar("T", bound="Plan")


@_attrs_define(repr=False)
class Plan:
    """The work plan for the resource."""

    measure: None | str | Unset = UNSET
    """ The type of measure used for the work plan. Allowed values: `man_hours`, `points`, `scheduled`, `FTE`. """
    value: float | None | Unset = UNSET
    """ The value of the measure. """
    date: None | str | Unset = UNSET
    """ The date when the work plan is assigned to the resource. Specify the date in YYYY-MM-DD format. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.measure is not UNSET:
            field_dict["measure"] = self.measure
        if self.value is not UNSET:
            field_dict["value"] = self.value
        if self.date is not UNSET:
            field_dict["date"] = self.date
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        plan = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            plan.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return plan

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
