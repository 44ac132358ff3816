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
    "serialNumber": UNSET,
    "quantity": UNSET,
    "inventoryType": UNSET,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "serialNumber",
    "quantity",
    "inventoryType",
)

T = TypeVar("T", bound="BulkUpdateResourceInventoriesRequestInventory")


@_attrs_define(repr=False)
class BulkUpdateResourceInventoriesRequestInventory:
    serial_number: None | str | Unset = UNSET
    """ The serial number of the inventory.

    - For serialized inventories, this is the unique key (or a part of the unique key along with other fields) of an
    inventory for a particular resource. This key is determined by the value of the 'identifySerializedInventoryBy'
    parameter.
    - For non-serialized inventories, the value of this parameter can be specified but it does not hold any meaning.
    """
    quantity: float | None | Unset = UNSET
    """ The quantity of the non-serialized inventory.

    - For serialized inventories, the value of this parameter is set to 1.
    - For non-serialized inventories, this parameter is saved. The value can be positive, negative, or zero.

    The default value is 1. """
    inventory_type: None | str | Unset = UNSET
    """ The label of the inventory type as defined in Oracle Field Service.

    - For non-serialized inventories, this parameter along with the model is used as the key to determine the
    existing inventory that is replaced. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.serial_number is not UNSET:
            field_dict["serialNumber"] = self.serial_number
        if self.quantity is not UNSET:
            field_dict["quantity"] = self.quantity
        if self.inventory_type is not UNSET:
            field_dict["inventoryType"] = self.inventory_type
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        bulk_update_resource_inventories_request_inventory = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            bulk_update_resource_inventories_request_inventory.additional_properties = dict(
                islice(d.items(), _N_FIELDS, None)
            )
        return bulk_update_resource_inventories_request_inventory

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
