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
    "exchangedInventoryId": UNSET,
    "inventoryType": UNSET,
    "status": UNSET,
    "resourceId": UNSET,
    "quantity": UNSET,
    "activityId": UNSET,
    "inventoryId": UNSET,
}
_N_FIELDS = 8
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "serialNumber",
    "exchangedInventoryId",
    "inventoryType",
    "status",
    "resourceId",
    "quantity",
    "activityId",
    "inventoryId",
)

T = TypeVar("T", bound="InventoryEventInventoryChanges")


@_attrs_define(repr=False)
class InventoryEventInventoryChanges:
    """The object containing the inventory changes."""

    serial_number: None | str | Unset = UNSET
    """ The unique serial number of the inventory. """
    exchanged_inventory_id: int | None | Unset = UNSET
    """ The identifier of the inventory that is returned when the resource exchanges an inventory with another
    resource. """
    inventory_type: None | str | Unset = UNSET
    """ The type of the inventory as defined in Oracle Field Service. The inventory type can be serialized or non-
    serialized. If serialized, then it has a serial number. If non-serialized, then it does not have a serial
    number. """
    status: None | str | Unset = UNSET
    """ The status of the inventory. For example, if 'customer' is returned, then it indicates that the inventory is
    at the customer's site. Allowed values: `customer`, `resource`, `installed`, `deinstalled`. """
    resource_id: None | str | Unset = UNSET
    """ The identifier of the resource to which the inventory is assigned. """
    quantity: float | None | Unset = UNSET
    """ The quantity of the inventory. """
    activity_id: int | None | Unset = UNSET
    """ The unique identifier of the activity to which the inventory is assigned. This field is empty for
    inventories with the status 'resource'. """
    inventory_id: int | None | Unset = UNSET
    """ The unique identifier of the inventory in Oracle Field Service. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.serial_number is not UNSET:
            field_dict["serialNumber"] = self.serial_number
        if self.exchanged_inventory_id is not UNSET:
            field_dict["exchangedInventoryId"] = self.exchanged_inventory_id
        if self.inventory_type is not UNSET:
            field_dict["inventoryType"] = self.inventory_type
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.resource_id is not UNSET:
            field_dict["resourceId"] = self.resource_id
        if self.quantity is not UNSET:
            field_dict["quantity"] = self.quantity
        if self.activity_id is not UNSET:
            field_dict["activityId"] = self.activity_id
        if self.inventory_id is not UNSET:
            field_dict["inventoryId"] = self.inventory_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        inventory_event_inventory_changes = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            inventory_event_inventory_changes.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return inventory_event_inventory_changes

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
