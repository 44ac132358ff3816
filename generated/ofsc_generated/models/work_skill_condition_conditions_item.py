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
    "label": UNSET,
    "function": UNSET,
    "value": UNSET,
    "valueList": UNSET,
}
_N_FIELDS = 4
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "label",
    "function",
    "value",
    "valueList",
)

T = TypeVar("T", bound="WorkSkillConditionConditionsItem")


@_attrs_define(repr=False)
class WorkSkillConditionConditionsItem:
    label: None | str | Unset = UNSET
    """ The label of the condition object. """
    function: None | str | Unset = UNSET
    """ The function used by the condition to test a property. Allowed values: `in`, `notIn`, `contains`,
    `dContain`, `isNull`, `isNotNull`, `>`, `<`, `>=`, `<=`, `startsWith`, `dStartWith`. """
    value: None | str | Unset = UNSET
    """ The value used by the condition to test a function. This value is ignored for 'isNull' and 'isNotNull'
    functions, as they do not require parameters. It is also ignored for 'in' and 'notIn' functions, as they require
    list of parameters. """
    value_list: list[str] | None | Unset = UNSET
    """ The array of values used by the condition to test a function. This field is used for testing 'in' and
    'notIn' functions.

    A list of strings can be used to test string fields. A list of enumeration labels can be used to test
    enumeration fields. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.label is not UNSET:
            field_dict["label"] = self.label
        if self.function is not UNSET:
            field_dict["function"] = self.function
        if self.value is not UNSET:
            field_dict["value"] = self.value
        if self.value_list is not UNSET:
            field_dict["valueList"] = self.value_list
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        work_skill_condition_conditions_item = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            work_skill_condition_conditions_item.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return work_skill_condition_conditions_item

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
