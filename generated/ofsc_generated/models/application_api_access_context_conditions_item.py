from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "label": None,
    "function": None,
    "value": None,
    "valueList": None,
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


@_attrs_define(repr=False, init=False)
class ApplicationApiAccessContextConditionsItem:
    label: str | None
    """ The label of the property specified for the application. """
    function: str | None
    """ The function used by the condition to display the property. Allowed values: `in`, `not_in`, `contains`,
    `dcontain`, `is_null`, `is_not_null`. """
    value: str | None
    """ The value used by the condition to test a function. """
    value_list: list[str] | None
    """ The list of values used by the condition to test a function. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        label: str | None | Unset = UNSET,
        function: Literal["in", "not_in", "contains", "dcontain", "is_null", "is_not_null"] | None | Unset = UNSET,
        value: str | None | Unset = UNSET,
        value_list: list[str] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "label": label,
            "function": function,
            "value": value,
            "valueList": value_list,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.label = None if isinstance(label, Unset) else label
        self.function = None if isinstance(function, Unset) else function
        self.value = None if isinstance(value, Unset) else value
        self.value_list = None if isinstance(value_list, Unset) else value_list
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.label is not None or "label" in sent:
            field_dict["label"] = self.label
        if self.function is not None or "function" in sent:
            field_dict["function"] = self.function
        if self.value is not None or "value" in sent:
            field_dict["value"] = self.value
        if self.value_list is not None or "valueList" in sent:
            field_dict["valueList"] = self.value_list
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        application_api_access_context_conditions_item = cls.__new__(cls)
        application_api_access_context_conditions_item._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            application_api_access_context_conditions_item.label,
            application_api_access_context_conditions_item.function,
            application_api_access_context_conditions_item.value,
            application_api_access_context_conditions_item.value_list,
        ) = _read_fields(d)
        application_api_access_context_conditions_item.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
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
