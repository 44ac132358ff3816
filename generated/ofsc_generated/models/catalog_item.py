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
    "type": UNSET,
    "weight": UNSET,
    "fields": UNSET,
    "tags": UNSET,
    "linkedItems": UNSET,
    "images": UNSET,
}
_N_FIELDS = 6
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "type",
    "weight",
    "fields",
    "tags",
    "linkedItems",
    "images",
)

T = TypeVar("T", bound="CatalogItem")


@_attrs_define(repr=False)
class CatalogItem:
    """The item of a catalog."""

    type_: None | str | Unset = UNSET
    """ The parameter that allows you to define the type of data in your catalog. """
    weight: int | None | Unset = UNSET
    """ Default 1. Item weight used for sorting during cache loading. Items with weight=0 will not be cahced for
    offline usage. May be used to reduce the size of the catalog cache in user devices (too many items may exceed
    available memory). """
    fields: list[CatalogItemFieldsItem] | Unset = UNSET
    """ The list of catalog item fields that allow you to filter the catalog data. """
    tags: list[str] | None | Unset = UNSET
    """ The list of tags associated with the catalog item. """
    linked_items: list[CatalogItemLinkedItemsItem] | Unset = UNSET
    """ The list of linked items associated with the catalog item. """
    images: list[CatalogItemImagesItem] | Unset = UNSET
    """ The list of images of the catalog item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.weight is not UNSET:
            field_dict["weight"] = self.weight
        if self.fields is not UNSET:
            field_dict["fields"] = (
                [item0.to_dict() if isinstance(item0, CatalogItemFieldsItem) else item0 for item0 in self.fields]
                if isinstance(self.fields, list)
                else self.fields
            )
        if self.tags is not UNSET:
            field_dict["tags"] = self.tags
        if self.linked_items is not UNSET:
            field_dict["linkedItems"] = (
                [
                    item0.to_dict() if isinstance(item0, CatalogItemLinkedItemsItem) else item0
                    for item0 in self.linked_items
                ]
                if isinstance(self.linked_items, list)
                else self.linked_items
            )
        if self.images is not UNSET:
            field_dict["images"] = (
                [item0.to_dict() if isinstance(item0, CatalogItemImagesItem) else item0 for item0 in self.images]
                if isinstance(self.images, list)
                else self.images
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        catalog_item = cls(*_read_fields(d))
        _value = catalog_item.fields
        catalog_item.fields = (
            [CatalogItemFieldsItem.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        _value = catalog_item.linked_items
        catalog_item.linked_items = (
            [CatalogItemLinkedItemsItem.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        _value = catalog_item.images
        catalog_item.images = (
            [CatalogItemImagesItem.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            catalog_item.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return catalog_item

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
from ..models.catalog_item_fields_item import CatalogItemFieldsItem  # noqa: E402
from ..models.catalog_item_images_item import CatalogItemImagesItem  # noqa: E402
from ..models.catalog_item_linked_items_item import CatalogItemLinkedItemsItem  # noqa: E402
