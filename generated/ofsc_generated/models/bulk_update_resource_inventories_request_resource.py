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
    "operationType": UNSET,
    "identifySerializedInventoryBy": UNSET,
    "inventoryPropertiesUpdateMode": UNSET,
    "inventories": UNSET,
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


@_attrs_define(repr=False)
class BulkUpdateResourceInventoriesRequestResource:
    resource_id: None | str | Unset = UNSET
    """ The resource ID in the external system. """
    operation_type: None | str | Unset = UNSET
    """ The type of the operation. The possible values of this parameter are:

    - replace - Existing inventories that are not specified in the request are deleted. Inventories that are
    specified in the request and exist in Oracle Field Service are updated. Inventories that are specified in the
    request but do not exist in Oracle Field Service are added. This is the default value.
    - update - Existing inventories that are not specified in the request are not deleted. Inventories that are
    specified in the request and exist in Oracle Field Service are updated. Inventories that are specified in the
    request but do not exist in Oracle Field Service are added. Allowed values: `update`, `replace`. """
    identify_serialized_inventory_by: None | str | Unset = UNSET
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
    inventory_properties_update_mode: str | Unset = UNSET
    """ The processing mode for updating the properties of each inventory item in the 'inventories' array. The
    possible values of this parameter are:

    - keepProperties: The specified inventory properties are updated and the properties that are not specified are
    retained.
    - eraseProperties: The specified inventory properties are replaced and the properties that are not specified are
    erased. This is the default value of the parameter. Allowed values: `keepProperties`, `eraseProperties`. """
    inventories: list[BulkUpdateResourceInventoriesRequestInventory] | None | Unset = UNSET
    """ An array containing inventory objects. If this array is empty and the 'operationType' is 'replace', then all
    the existing inventories for the specified resource are erased. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.resource_id is not UNSET:
            field_dict["resourceId"] = self.resource_id
        if self.operation_type is not UNSET:
            field_dict["operationType"] = self.operation_type
        if self.identify_serialized_inventory_by is not UNSET:
            field_dict["identifySerializedInventoryBy"] = self.identify_serialized_inventory_by
        if self.inventory_properties_update_mode is not UNSET:
            field_dict["inventoryPropertiesUpdateMode"] = self.inventory_properties_update_mode
        if self.inventories is not UNSET:
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
        d = {**_FIELDS_UNSET, **src_dict}
        bulk_update_resource_inventories_request_resource = cls(*_read_fields(d))
        _value = bulk_update_resource_inventories_request_resource.inventories
        bulk_update_resource_inventories_request_resource.inventories = (
            [
                BulkUpdateResourceInventoriesRequestInventory.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            bulk_update_resource_inventories_request_resource.additional_properties = dict(
                islice(d.items(), _N_FIELDS, None)
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
