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
    "name": UNSET,
    "fieldSchemas": UNSET,
    "typeSchemas": UNSET,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "name",
    "fieldSchemas",
    "typeSchemas",
)

T = TypeVar("T", bound="Catalog")


@_attrs_define(repr=False)
class Catalog:
    name: None | str | Unset = UNSET
    """ The name of the catalog. """
    field_schemas: list[CatalogFieldSchemasItem] | Unset = UNSET
    """ The array of objects wherein each object describes a catalog field. """
    type_schemas: list[CatalogTypeSchemasItem] | Unset = UNSET
    """ The array of objects wherein each object describes an item type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.field_schemas is not UNSET:
            field_dict["fieldSchemas"] = (
                [
                    item0.to_dict() if isinstance(item0, CatalogFieldSchemasItem) else item0
                    for item0 in self.field_schemas
                ]
                if isinstance(self.field_schemas, list)
                else self.field_schemas
            )
        if self.type_schemas is not UNSET:
            field_dict["typeSchemas"] = (
                [item0.to_dict() if isinstance(item0, CatalogTypeSchemasItem) else item0 for item0 in self.type_schemas]
                if isinstance(self.type_schemas, list)
                else self.type_schemas
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        catalog = cls(*_read_fields(d))
        _value = catalog.field_schemas
        catalog.field_schemas = (
            [CatalogFieldSchemasItem.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        _value = catalog.type_schemas
        catalog.type_schemas = (
            [CatalogTypeSchemasItem.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            catalog.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return catalog

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
from ..models.catalog_field_schemas_item import CatalogFieldSchemasItem  # noqa: E402
from ..models.catalog_type_schemas_item import CatalogTypeSchemasItem  # noqa: E402
