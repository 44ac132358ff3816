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
    "label": UNSET,
    "name": UNSET,
    "propertyLabel": UNSET,
    "searchable": UNSET,
    "preview": UNSET,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "label",
    "name",
    "propertyLabel",
    "searchable",
    "preview",
)

T = TypeVar("T", bound="CatalogFieldSchemasItem")


@_attrs_define(repr=False)
class CatalogFieldSchemasItem:
    label: None | str | Unset = UNSET
    """ The label of the catalog field. """
    name: None | str | Unset = UNSET
    """ The name of the catalog field. """
    property_label: None | str | Unset = UNSET
    """ The label assigned to a custom property field. """
    searchable: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then the field is searchable. If false, then
    the field cannot be searched. """
    preview: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then the field is cached in online mode and
    included in the search results. If false, then the field is cached in offline mode and the field is excluded in
    the search results. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.label is not UNSET:
            field_dict["label"] = self.label
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.property_label is not UNSET:
            field_dict["propertyLabel"] = self.property_label
        if self.searchable is not UNSET:
            field_dict["searchable"] = self.searchable
        if self.preview is not UNSET:
            field_dict["preview"] = self.preview
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        catalog_field_schemas_item = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            catalog_field_schemas_item.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return catalog_field_schemas_item

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
