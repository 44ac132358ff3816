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

T = TypeVar("T", bound="ApplicationApiAccessContextConditionsItem")


@_attrs_define(repr=False)
class ApplicationApiAccessContextConditionsItem:
    label: None | str | Unset = UNSET
    """ The label of the property specified for the application. """
    function: None | str | Unset = UNSET
    """ The function used by the condition to display the property. Allowed values: `in`, `not_in`, `contains`,
    `dcontain`, `is_null`, `is_not_null`. """
    value: None | str | Unset = UNSET
    """ The value used by the condition to test a function. """
    value_list: list[str] | None | Unset = UNSET
    """ The list of values used by the condition to test a function. """
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
        application_api_access_context_conditions_item = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            application_api_access_context_conditions_item.additional_properties = dict(
                islice(d.items(), _N_FIELDS, None)
            )
        return application_api_access_context_conditions_item

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
