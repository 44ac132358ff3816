from __future__ import annotations

from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "name": None,
    "fieldSchemas": None,
    "typeSchemas": None,
}
_N_FIELDS = 3
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 3

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
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "name",
            "additional_properties",
        )
    )

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
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is Catalog else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("fieldSchemas")
        _model.field_schemas = (
            [CatalogFieldSchemasItem.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["fieldSchemas"] = _model.field_schemas
        _value = _src.get("typeSchemas")
        _model.type_schemas = (
            [CatalogTypeSchemasItem.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["typeSchemas"] = _model.type_schemas
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        target.name = d["name"]
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


_Twin = lazy_twin(Catalog)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.catalog_field_schemas_item import CatalogFieldSchemasItem  # noqa: E402
from ..models.catalog_type_schemas_item import CatalogTypeSchemasItem  # noqa: E402
