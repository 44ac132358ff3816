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
    "resourceId": UNSET,
    "serialNumber": UNSET,
    "exchangedInventoryId": UNSET,
    "quantity": UNSET,
    "inventoryType": UNSET,
    "inventoryId": UNSET,
    "activityId": UNSET,
}
_N_FIELDS = 7
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "resourceId",
    "serialNumber",
    "exchangedInventoryId",
    "quantity",
    "inventoryType",
    "inventoryId",
    "activityId",
)

T = TypeVar("T", bound="InventoryWithCustomProperties")


@_attrs_define(repr=False)
class InventoryWithCustomProperties:
    """The inventory that is installed or deinstalled at the customer's site during an activity, including custom
    properties

    """

    resource_id: None | str | Unset = UNSET
    """ The resource ID to which the inventory is assigned or the resource ID to which the activity (that has the
    inventory assigned to it) is assigned. """
    serial_number: None | str | Unset = UNSET
    """ The serial number specified in the request. """
    exchanged_inventory_id: int | None | Unset = UNSET
    """ The inventory ID that is returned when the resource exchanges an inventory with another resource. """
    quantity: float | None | Unset = UNSET
    """ The quantity of inventory specified in the request. """
    inventory_type: None | str | Unset = UNSET
    """ The inventory type specified in the request. """
    inventory_id: int | None | Unset = UNSET
    """ The unique identifier of the inventory in Oracle Field Service. """
    activity_id: int | None | Unset = UNSET
    """ The activity ID to which the inventory is assigned.

    If the status for the inventory is set to resource, then the activity ID is not returned. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.resource_id is not UNSET:
            field_dict["resourceId"] = self.resource_id
        if self.serial_number is not UNSET:
            field_dict["serialNumber"] = self.serial_number
        if self.exchanged_inventory_id is not UNSET:
            field_dict["exchangedInventoryId"] = self.exchanged_inventory_id
        if self.quantity is not UNSET:
            field_dict["quantity"] = self.quantity
        if self.inventory_type is not UNSET:
            field_dict["inventoryType"] = self.inventory_type
        if self.inventory_id is not UNSET:
            field_dict["inventoryId"] = self.inventory_id
        if self.activity_id is not UNSET:
            field_dict["activityId"] = self.activity_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        inventory_with_custom_properties = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            inventory_with_custom_properties.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return inventory_with_custom_properties

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
