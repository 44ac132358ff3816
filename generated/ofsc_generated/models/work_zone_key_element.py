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
    "length": UNSET,
    "function": UNSET,
    "order": UNSET,
    "apiParameterName": UNSET,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "label",
    "length",
    "function",
    "order",
    "apiParameterName",
)

T = TypeVar("T", bound="WorkZoneKeyElement")


@_attrs_define(repr=False)
class WorkZoneKeyElement:
    """The element of the work zone key composite."""

    label: None | str | Unset = UNSET
    """ The label of the field or property. """
    length: int | None | Unset = UNSET
    """ The number of characters from the field value that is used in the key. """
    function: None | str | Unset = UNSET
    """ The case sensitivity of the field value. The possible values are 'caseInsensitive' and
    'firstWordCaseInsensitive'. """
    order: int | None | Unset = UNSET
    """ The value that indicates the sorting order of the item in the list. The items are listed in ascending order.
    """
    api_parameter_name: None | str | Unset = UNSET
    """ The name of API parameter that represents the activity field or a property. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.label is not UNSET:
            field_dict["label"] = self.label
        if self.length is not UNSET:
            field_dict["length"] = self.length
        if self.function is not UNSET:
            field_dict["function"] = self.function
        if self.order is not UNSET:
            field_dict["order"] = self.order
        if self.api_parameter_name is not UNSET:
            field_dict["apiParameterName"] = self.api_parameter_name
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        work_zone_key_element = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            work_zone_key_element.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return work_zone_key_element

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
