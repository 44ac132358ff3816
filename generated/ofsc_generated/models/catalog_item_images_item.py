from __future__ import annotations

from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as UNSET, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS_UNSET: dict[str, Any] = {
    "imageURL": UNSET,
}
_N_FIELDS = 1

T = TypeVar("T", bound="CatalogItemImagesItem")


@_attrs_define(repr=False)
class CatalogItemImagesItem:
    image_url: None | str | Unset = UNSET
    """ The URL address of the image assigned to the catalog item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.image_url is not UNSET:
            field_dict["imageURL"] = self.image_url
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        catalog_item_images_item = cls(d["imageURL"])
        if len(d) > _N_FIELDS:
            catalog_item_images_item.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return catalog_item_images_item

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
