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
    "itemLabel": None,
    "data": None,
}
_N_FIELDS = 2
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "itemLabel",
    "data",
)

T = TypeVar("T", bound="CatalogItemLinkedItemsItem")


@_attrs_define(repr=False, init=False)
class CatalogItemLinkedItemsItem:
    item_label: str | None
    """ The unique label assigned to each linked item associated with the catalog item. The maximum length is 165
    symbols. """
    data: str | None
    """ The additional linked data assigned to the catalog item. The linked data is displayed in the mobile
    interface. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        item_label: str | None | Unset = UNSET,
        data: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "itemLabel": item_label,
            "data": data,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.item_label = None if isinstance(item_label, Unset) else item_label
        self.data = None if isinstance(data, Unset) else data
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.item_label is not None or "itemLabel" in sent:
            field_dict["itemLabel"] = self.item_label
        if self.data is not None or "data" in sent:
            field_dict["data"] = self.data
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        catalog_item_linked_items_item = cls.__new__(cls)
        catalog_item_linked_items_item._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            catalog_item_linked_items_item.item_label,
            catalog_item_linked_items_item.data,
        ) = _read_fields(d)
        catalog_item_linked_items_item.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return catalog_item_linked_items_item

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
