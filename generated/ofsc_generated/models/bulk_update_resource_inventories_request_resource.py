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
    "resourceId": None,
    "operationType": None,
    "identifySerializedInventoryBy": None,
    "inventoryPropertiesUpdateMode": None,
    "inventories": None,
}
_N_FIELDS = 5
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "resourceId",
    "operationType",
    "identifySerializedInventoryBy",
    "inventoryPropertiesUpdateMode",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

T = TypeVar("T", bound="BulkUpdateResourceInventoriesRequestResource")


@_attrs_define(repr=False, init=False)
class BulkUpdateResourceInventoriesRequestResource:
    resource_id: str | None
    """ The resource ID in the external system. """
    operation_type: str | None
    """ The type of the operation. The possible values of this parameter are:

    - replace - Existing inventories that are not specified in the request are deleted. Inventories that are
    specified in the request and exist in Oracle Field Service are updated. Inventories that are specified in the
    request but do not exist in Oracle Field Service are added. This is the default value.
    - update - Existing inventories that are not specified in the request are not deleted. Inventories that are
    specified in the request and exist in Oracle Field Service are updated. Inventories that are specified in the
    request but do not exist in Oracle Field Service are added. Allowed values: `update`, `replace`. """
    identify_serialized_inventory_by: str | None
    """ This field determines the key for identifying serialized inventory within a resource pool. The possible
    values of this field are:

    - serialNumber - When serialNumber is the only field required for identifying serialized inventories for a
    particular resource. This is the default value.
    - typeAndSerial - When two fields (inventoryType + serialNumber) are used as the key for identifying serialized
    inventories for a particular resource.
    - typeAndModelAndSerial - When three fields (inventoryType + model + serialNumber) are used as the key for
    identifying serialized inventories for a particular resource. The model value is stored in a custom property,
    which is configured for each inventory type. If inventory type was not provided, the model value is considered
    as empty. Allowed values: `serialNumber`, `typeAndSerial`, `typeAndModelAndSerial`. """
    inventory_properties_update_mode: str | None
    """ The processing mode for updating the properties of each inventory item in the 'inventories' array. The
    possible values of this parameter are:

    - keepProperties: The specified inventory properties are updated and the properties that are not specified are
    retained.
    - eraseProperties: The specified inventory properties are replaced and the properties that are not specified are
    erased. This is the default value of the parameter. Allowed values: `keepProperties`, `eraseProperties`. """
    inventories: list[BulkUpdateResourceInventoriesRequestInventory] | None
    """ An array containing inventory objects. If this array is empty and the 'operationType' is 'replace', then all
    the existing inventories for the specified resource are erased. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "resource_id",
            "operation_type",
            "identify_serialized_inventory_by",
            "inventory_properties_update_mode",
            "additional_properties",
        )
    )

    def __init__(
        self,
        resource_id: str | None | Unset = UNSET,
        operation_type: Literal["update", "replace"] | None | Unset = UNSET,
        identify_serialized_inventory_by: Literal["serialNumber", "typeAndSerial", "typeAndModelAndSerial"]
        | None
        | Unset = UNSET,
        inventory_properties_update_mode: Literal["keepProperties", "eraseProperties"] | None | Unset = UNSET,
        inventories: list[BulkUpdateResourceInventoriesRequestInventory] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "resourceId": resource_id,
            "operationType": operation_type,
            "identifySerializedInventoryBy": identify_serialized_inventory_by,
            "inventoryPropertiesUpdateMode": inventory_properties_update_mode,
            "inventories": inventories,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.resource_id = None if isinstance(resource_id, Unset) else resource_id
        self.operation_type = None if isinstance(operation_type, Unset) else operation_type
        self.identify_serialized_inventory_by = (
            None if isinstance(identify_serialized_inventory_by, Unset) else identify_serialized_inventory_by
        )
        self.inventory_properties_update_mode = (
            None if isinstance(inventory_properties_update_mode, Unset) else inventory_properties_update_mode
        )
        self.inventories = None if isinstance(inventories, Unset) else inventories
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.resource_id is not None or "resourceId" in sent:
            field_dict["resourceId"] = self.resource_id
        if self.operation_type is not None or "operationType" in sent:
            field_dict["operationType"] = self.operation_type
        if self.identify_serialized_inventory_by is not None or "identifySerializedInventoryBy" in sent:
            field_dict["identifySerializedInventoryBy"] = self.identify_serialized_inventory_by
        if self.inventory_properties_update_mode is not None or "inventoryPropertiesUpdateMode" in sent:
            field_dict["inventoryPropertiesUpdateMode"] = self.inventory_properties_update_mode
        if self.inventories is not None or "inventories" in sent:
            field_dict["inventories"] = (
                [
                    item0.to_dict() if isinstance(item0, BulkUpdateResourceInventoriesRequestInventory) else item0
                    for item0 in self.inventories
                ]
                if isinstance(self.inventories, list)
                else self.inventories
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is BulkUpdateResourceInventoriesRequestResource else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("inventories")
        _model.inventories = (
            [
                BulkUpdateResourceInventoriesRequestInventory.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["inventories"] = _model.inventories
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.resource_id,
            target.operation_type,
            target.identify_serialized_inventory_by,
            target.inventory_properties_update_mode,
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


_Twin = lazy_twin(BulkUpdateResourceInventoriesRequestResource)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.bulk_update_resource_inventories_request_inventory import BulkUpdateResourceInventoriesRequestInventory  # noqa: E402
