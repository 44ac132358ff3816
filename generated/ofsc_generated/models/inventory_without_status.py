from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "resourceId": None,
    "serialNumber": None,
    "exchangedInventoryId": None,
    "quantity": None,
    "inventoryType": None,
    "inventoryId": None,
    "activityId": None,
}
_N_FIELDS = 7
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "resourceId",
    "serialNumber",
    "exchangedInventoryId",
    "quantity",
    "inventoryType",
    "inventoryId",
    "activityId",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="InventoryWithoutStatus")


@_attrs_define(repr=False, init=False)
class InventoryWithoutStatus:
    """The inventory that is installed or deinstalled at the customer's site during an activity."""

    resource_id: str | None
    """ The resource ID to which the inventory is assigned or the resource ID to which the activity (that has the
    inventory assigned to it) is assigned. """
    serial_number: str | None
    """ The serial number specified in the request. """
    exchanged_inventory_id: int | None
    """ The inventory ID that is returned when the resource exchanges an inventory with another resource. """
    quantity: float | None
    """ The quantity of inventory specified in the request. """
    inventory_type: str | None
    """ The inventory type specified in the request. """
    inventory_id: int | None
    """ The unique identifier of the inventory in Oracle Field Service. """
    activity_id: int | None
    """ The activity ID to which the inventory is assigned.

    If the status for the inventory is set to resource, then the activity ID is not returned. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "resource_id",
            "serial_number",
            "exchanged_inventory_id",
            "quantity",
            "inventory_type",
            "inventory_id",
            "activity_id",
            "additional_properties",
        )
    )

    def __init__(
        self,
        resource_id: str | None | Unset = UNSET,
        serial_number: str | None | Unset = UNSET,
        exchanged_inventory_id: int | None | Unset = UNSET,
        quantity: float | None | Unset = UNSET,
        inventory_type: str | None | Unset = UNSET,
        inventory_id: int | None | Unset = UNSET,
        activity_id: int | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "resourceId": resource_id,
            "serialNumber": serial_number,
            "exchangedInventoryId": exchanged_inventory_id,
            "quantity": quantity,
            "inventoryType": inventory_type,
            "inventoryId": inventory_id,
            "activityId": activity_id,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.resource_id = None if isinstance(resource_id, Unset) else resource_id
        self.serial_number = None if isinstance(serial_number, Unset) else serial_number
        self.exchanged_inventory_id = None if isinstance(exchanged_inventory_id, Unset) else exchanged_inventory_id
        self.quantity = None if isinstance(quantity, Unset) else quantity
        self.inventory_type = None if isinstance(inventory_type, Unset) else inventory_type
        self.inventory_id = None if isinstance(inventory_id, Unset) else inventory_id
        self.activity_id = None if isinstance(activity_id, Unset) else activity_id
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.resource_id is not None or "resourceId" in sent:
            field_dict["resourceId"] = self.resource_id
        if self.serial_number is not None or "serialNumber" in sent:
            field_dict["serialNumber"] = self.serial_number
        if self.exchanged_inventory_id is not None or "exchangedInventoryId" in sent:
            field_dict["exchangedInventoryId"] = self.exchanged_inventory_id
        if self.quantity is not None or "quantity" in sent:
            field_dict["quantity"] = self.quantity
        if self.inventory_type is not None or "inventoryType" in sent:
            field_dict["inventoryType"] = self.inventory_type
        if self.inventory_id is not None or "inventoryId" in sent:
            field_dict["inventoryId"] = self.inventory_id
        if self.activity_id is not None or "activityId" in sent:
            field_dict["activityId"] = self.activity_id
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is InventoryWithoutStatus else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.resource_id,
            target.serial_number,
            target.exchanged_inventory_id,
            target.quantity,
            target.inventory_type,
            target.inventory_id,
            target.activity_id,
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


_Twin = lazy_twin(InventoryWithoutStatus)
