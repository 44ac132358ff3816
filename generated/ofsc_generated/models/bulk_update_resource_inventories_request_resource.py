from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

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
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "resourceId",
    "operationType",
    "identifySerializedInventoryBy",
    "inventoryPropertiesUpdateMode",
    "inventories",
)

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
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        bulk_update_resource_inventories_request_resource = cls.__new__(cls)
        bulk_update_resource_inventories_request_resource._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            bulk_update_resource_inventories_request_resource.resource_id,
            bulk_update_resource_inventories_request_resource.operation_type,
            bulk_update_resource_inventories_request_resource.identify_serialized_inventory_by,
            bulk_update_resource_inventories_request_resource.inventory_properties_update_mode,
            bulk_update_resource_inventories_request_resource.inventories,
        ) = _read_fields(d)
        _value = bulk_update_resource_inventories_request_resource.inventories
        bulk_update_resource_inventories_request_resource.inventories = (
            [
                BulkUpdateResourceInventoriesRequestInventory.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        bulk_update_resource_inventories_request_resource.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return bulk_update_resource_inventories_request_resource

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


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.bulk_update_resource_inventories_request_inventory import BulkUpdateResourceInventoriesRequestInventory  # noqa: E402
