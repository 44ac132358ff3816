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
    "name": None,
    "fieldSchemas": None,
    "typeSchemas": None,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "name",
    "fieldSchemas",
    "typeSchemas",
)

T = TypeVar("T", bound="Catalog")


@_attrs_define(repr=False, init=False)
class Catalog:
    name: str | None
    """ The name of the catalog. """
    field_schemas: list[CatalogFieldSchemasItem] | None
    """ The array of objects wherein each object describes a catalog field. """
    type_schemas: list[CatalogTypeSchemasItem] | None
    """ The array of objects wherein each object describes an item type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        name: str | None | Unset = UNSET,
        field_schemas: list[CatalogFieldSchemasItem] | None | Unset = UNSET,
        type_schemas: list[CatalogTypeSchemasItem] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "name": name,
            "fieldSchemas": field_schemas,
            "typeSchemas": type_schemas,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.name = None if isinstance(name, Unset) else name
        self.field_schemas = None if isinstance(field_schemas, Unset) else field_schemas
        self.type_schemas = None if isinstance(type_schemas, Unset) else type_schemas
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.name is not None or "name" in sent:
            field_dict["name"] = self.name
        if self.field_schemas is not None or "fieldSchemas" in sent:
            field_dict["fieldSchemas"] = (
                [
                    item0.to_dict() if isinstance(item0, CatalogFieldSchemasItem) else item0
                    for item0 in self.field_schemas
                ]
                if isinstance(self.field_schemas, list)
                else self.field_schemas
            )
        if self.type_schemas is not None or "typeSchemas" in sent:
            field_dict["typeSchemas"] = (
                [item0.to_dict() if isinstance(item0, CatalogTypeSchemasItem) else item0 for item0 in self.type_schemas]
                if isinstance(self.type_schemas, list)
                else self.type_schemas
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        catalog = cls.__new__(cls)
        catalog._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            catalog.name,
            catalog.field_schemas,
            catalog.type_schemas,
        ) = _read_fields(d)
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
        catalog.additional_properties = dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
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
