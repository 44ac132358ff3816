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
    "name": UNSET,
}
_N_FIELDS = 2
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "label",
    "name",
)

T = TypeVar("T", bound="CapacityAreaParent")


@_attrs_define(repr=False)
class CapacityAreaParent:
    """The details of the parent capacity area.

    The Parent value is returned, if the value is specified in the Expand parameter. The value is not returned when:

    - The capacity area or capacity area group is located at the top level of the hierarchy.
    - The value is not visible for the current user.

    """

    label: None | str | Unset = UNSET
    """ The label of the parent capacity area group. """
    name: None | str | Unset = UNSET
    """ The name of the parent capacity area group in user's language. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.label is not UNSET:
            field_dict["label"] = self.label
        if self.name is not UNSET:
            field_dict["name"] = self.name
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        capacity_area_parent = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            capacity_area_parent.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return capacity_area_parent

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
