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
    "quantity": UNSET,
    "inventoryType": UNSET,
    "model": UNSET,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "quantity",
    "inventoryType",
    "model",
)

T = TypeVar("T", bound="RequiredInventory")


@_attrs_define(repr=False)
class RequiredInventory:
    """The array of required inventory item objects assigned to the specified activity."""

    quantity: float | None | Unset = UNSET
    """ The required quantity of inventory for the specified activity. """
    inventory_type: None | str | Unset = UNSET
    """ The required inventory type for the specified activity. """
    model: None | str | Unset = UNSET
    """ The required inventory model for the specified activity. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.quantity is not UNSET:
            field_dict["quantity"] = self.quantity
        if self.inventory_type is not UNSET:
            field_dict["inventoryType"] = self.inventory_type
        if self.model is not UNSET:
            field_dict["model"] = self.model
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        required_inventory = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            required_inventory.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return required_inventory

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
