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
    "itemType": None,
    "inventoryType": None,
}
_N_FIELDS = 2
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "itemType",
    "inventoryType",
)

T = TypeVar("T", bound="CatalogTypeSchemasItem")


@_attrs_define(repr=False, init=False)
class CatalogTypeSchemasItem:
    item_type: str | None
    """ The item type that is assigned to the field. """
    inventory_type: str | None
    """ The inventory type that is assigned to the field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        item_type: str | None | Unset = UNSET,
        inventory_type: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "itemType": item_type,
            "inventoryType": inventory_type,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.item_type = None if isinstance(item_type, Unset) else item_type
        self.inventory_type = None if isinstance(inventory_type, Unset) else inventory_type
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.item_type is not None or "itemType" in sent:
            field_dict["itemType"] = self.item_type
        if self.inventory_type is not None or "inventoryType" in sent:
            field_dict["inventoryType"] = self.inventory_type
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        catalog_type_schemas_item = cls.__new__(cls)
        catalog_type_schemas_item._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            catalog_type_schemas_item.item_type,
            catalog_type_schemas_item.inventory_type,
        ) = _read_fields(d)
        catalog_type_schemas_item.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return catalog_type_schemas_item

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
