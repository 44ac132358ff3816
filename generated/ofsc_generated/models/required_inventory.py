from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "quantity": None,
    "inventoryType": None,
    "model": None,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "quantity",
    "inventoryType",
    "model",
)

T = TypeVar("T", bound="RequiredInventory")


@_attrs_define(repr=False, init=False)
class RequiredInventory:
    """The array of required inventory item objects assigned to the specified activity."""

    quantity: float | None
    """ The required quantity of inventory for the specified activity. """
    inventory_type: str | None
    """ The required inventory type for the specified activity. """
    model: str | None
    """ The required inventory model for the specified activity. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        quantity: float | None | Unset = UNSET,
        inventory_type: str | None | Unset = UNSET,
        model: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "quantity": quantity,
            "inventoryType": inventory_type,
            "model": model,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.quantity = None if isinstance(quantity, Unset) else quantity
        self.inventory_type = None if isinstance(inventory_type, Unset) else inventory_type
        self.model = None if isinstance(model, Unset) else model
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.quantity is not None or "quantity" in sent:
            field_dict["quantity"] = self.quantity
        if self.inventory_type is not None or "inventoryType" in sent:
            field_dict["inventoryType"] = self.inventory_type
        if self.model is not None or "model" in sent:
            field_dict["model"] = self.model
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        required_inventory = cls.__new__(cls)
        required_inventory._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            required_inventory.quantity,
            required_inventory.inventory_type,
            required_inventory.model,
        ) = _read_fields(d)
        required_inventory.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
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
