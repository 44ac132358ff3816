from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "serialNumber": None,
    "exchangedInventoryId": None,
    "inventoryType": None,
    "status": None,
    "resourceId": None,
    "quantity": None,
    "activityId": None,
    "inventoryId": None,
}
_N_FIELDS = 8
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "serialNumber",
    "exchangedInventoryId",
    "inventoryType",
    "status",
    "resourceId",
    "quantity",
    "activityId",
    "inventoryId",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="InventoryEventInventoryChanges")


@_attrs_define(repr=False, init=False)
class InventoryEventInventoryChanges:
    """The object containing the inventory changes."""

    serial_number: str | None
    """ The unique serial number of the inventory. """
    exchanged_inventory_id: int | None
    """ The identifier of the inventory that is returned when the resource exchanges an inventory with another
    resource. """
    inventory_type: str | None
    """ The type of the inventory as defined in Oracle Field Service. The inventory type can be serialized or non-
    serialized. If serialized, then it has a serial number. If non-serialized, then it does not have a serial
    number. """
    status: str | None
    """ The status of the inventory. For example, if 'customer' is returned, then it indicates that the inventory is
    at the customer's site. Allowed values: `customer`, `resource`, `installed`, `deinstalled`. """
    resource_id: str | None
    """ The identifier of the resource to which the inventory is assigned. """
    quantity: float | None
    """ The quantity of the inventory. """
    activity_id: int | None
    """ The unique identifier of the activity to which the inventory is assigned. This field is empty for
    inventories with the status 'resource'. """
    inventory_id: int | None
    """ The unique identifier of the inventory in Oracle Field Service. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "serial_number",
            "exchanged_inventory_id",
            "inventory_type",
            "status",
            "resource_id",
            "quantity",
            "activity_id",
            "inventory_id",
            "additional_properties",
        )
    )

    def __init__(
        self,
        serial_number: str | None | Unset = UNSET,
        exchanged_inventory_id: int | None | Unset = UNSET,
        inventory_type: str | None | Unset = UNSET,
        status: Literal["customer", "resource", "installed", "deinstalled"] | None | Unset = UNSET,
        resource_id: str | None | Unset = UNSET,
        quantity: float | None | Unset = UNSET,
        activity_id: int | None | Unset = UNSET,
        inventory_id: int | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "serialNumber": serial_number,
            "exchangedInventoryId": exchanged_inventory_id,
            "inventoryType": inventory_type,
            "status": status,
            "resourceId": resource_id,
            "quantity": quantity,
            "activityId": activity_id,
            "inventoryId": inventory_id,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.serial_number = None if isinstance(serial_number, Unset) else serial_number
        self.exchanged_inventory_id = None if isinstance(exchanged_inventory_id, Unset) else exchanged_inventory_id
        self.inventory_type = None if isinstance(inventory_type, Unset) else inventory_type
        self.status = None if isinstance(status, Unset) else status
        self.resource_id = None if isinstance(resource_id, Unset) else resource_id
        self.quantity = None if isinstance(quantity, Unset) else quantity
        self.activity_id = None if isinstance(activity_id, Unset) else activity_id
        self.inventory_id = None if isinstance(inventory_id, Unset) else inventory_id
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.serial_number is not None or "serialNumber" in sent:
            field_dict["serialNumber"] = self.serial_number
        if self.exchanged_inventory_id is not None or "exchangedInventoryId" in sent:
            field_dict["exchangedInventoryId"] = self.exchanged_inventory_id
        if self.inventory_type is not None or "inventoryType" in sent:
            field_dict["inventoryType"] = self.inventory_type
        if self.status is not None or "status" in sent:
            field_dict["status"] = self.status
        if self.resource_id is not None or "resourceId" in sent:
            field_dict["resourceId"] = self.resource_id
        if self.quantity is not None or "quantity" in sent:
            field_dict["quantity"] = self.quantity
        if self.activity_id is not None or "activityId" in sent:
            field_dict["activityId"] = self.activity_id
        if self.inventory_id is not None or "inventoryId" in sent:
            field_dict["inventoryId"] = self.inventory_id
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is InventoryEventInventoryChanges else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.serial_number,
            target.exchanged_inventory_id,
            target.inventory_type,
            target.status,
            target.resource_id,
            target.quantity,
            target.activity_id,
            target.inventory_id,
        ) = _read_lazy(d)
        target.additional_properties = dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        if target is not self:
            copy_unset(self, target)

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


_Twin = lazy_twin(InventoryEventInventoryChanges)
