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
    "inventoryId": UNSET,
    "activityId": UNSET,
    "exchangedInventoryId": UNSET,
    "resourceId": UNSET,
    "status": UNSET,
    "serialNumber": UNSET,
    "inventoryType": UNSET,
    "quantity": UNSET,
}
_N_FIELDS = 8
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "inventoryId",
    "activityId",
    "exchangedInventoryId",
    "resourceId",
    "status",
    "serialNumber",
    "inventoryType",
    "quantity",
)

T = TypeVar("T", bound="ResourceInventory")


@_attrs_define(repr=False)
class ResourceInventory:
    """The inventory that can be installed or deinstalled during an activity."""

    inventory_id: int | None | Unset = UNSET
    """ The unique identifier of inventory in Oracle Field Service. """
    activity_id: int | None | Unset = UNSET
    """ The unique identifier of the activity to which the inventory is assigned. If the status of the inventory is
    set to resource, then the activity ID is not returned. """
    exchanged_inventory_id: int | None | Unset = UNSET
    """ The identifier of the inventory that is returned when the resource exchanges the inventory with another
    resource. """
    resource_id: None | str | Unset = UNSET
    """ The identifier of the resource to which the inventory is assigned. """
    status: None | str | Unset = UNSET
    """ The current status of the specified inventory. It indicates the location of the inventory, for example, at
    customer's site, or in technician's truck. Allowed values: `customer`, `resource`, `installed`, `deinstalled`.
    """
    serial_number: None | str | Unset = UNSET
    """ The serial number specified in the request. """
    inventory_type: None | str | Unset = UNSET
    """ The inventory type specified in the request. """
    quantity: float | None | Unset = UNSET
    """ The quantity of inventory specified in the request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.inventory_id is not UNSET:
            field_dict["inventoryId"] = self.inventory_id
        if self.activity_id is not UNSET:
            field_dict["activityId"] = self.activity_id
        if self.exchanged_inventory_id is not UNSET:
            field_dict["exchangedInventoryId"] = self.exchanged_inventory_id
        if self.resource_id is not UNSET:
            field_dict["resourceId"] = self.resource_id
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.serial_number is not UNSET:
            field_dict["serialNumber"] = self.serial_number
        if self.inventory_type is not UNSET:
            field_dict["inventoryType"] = self.inventory_type
        if self.quantity is not UNSET:
            field_dict["quantity"] = self.quantity
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        resource_inventory = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            resource_inventory.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return resource_inventory

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
