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
    "label": None,
    "value": None,
}
_N_FIELDS = 2
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "label",
    "value",
)

T = TypeVar("T", bound="CatalogItemFieldsItem")


@_attrs_define(repr=False, init=False)
class CatalogItemFieldsItem:
    label: str | None
    """ The label assigned to the catalog item fields. """
    value: str | None
    """ The value assigned to the catalog item fields. The value of the item field can be a empty string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        label: str | None | Unset = UNSET,
        value: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "label": label,
            "value": value,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.label = None if isinstance(label, Unset) else label
        self.value = None if isinstance(value, Unset) else value
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.label is not None or "label" in sent:
            field_dict["label"] = self.label
        if self.value is not None or "value" in sent:
            field_dict["value"] = self.value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        catalog_item_fields_item = cls.__new__(cls)
        catalog_item_fields_item._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            catalog_item_fields_item.label,
            catalog_item_fields_item.value,
        ) = _read_fields(d)
        catalog_item_fields_item.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return catalog_item_fields_item

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
