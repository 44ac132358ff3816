from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "type": None,
    "weight": None,
    "fields": None,
    "tags": None,
    "linkedItems": None,
    "images": None,
}
_N_FIELDS = 6
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "type",
    "weight",
    "tags",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 4

T = TypeVar("T", bound="CatalogItem")


@_attrs_define(repr=False, init=False)
class CatalogItem:
    """The item of a catalog."""

    type_: str | None
    """ The parameter that allows you to define the type of data in your catalog. """
    weight: int | None
    """ Default 1. Item weight used for sorting during cache loading. Items with weight=0 will not be cahced for
    offline usage. May be used to reduce the size of the catalog cache in user devices (too many items may exceed
    available memory). """
    fields: list[CatalogItemFieldsItem] | None
    """ The list of catalog item fields that allow you to filter the catalog data. """
    tags: list[str] | None
    """ The list of tags associated with the catalog item. """
    linked_items: list[CatalogItemLinkedItemsItem] | None
    """ The list of linked items associated with the catalog item. """
    images: list[CatalogItemImagesItem] | None
    """ The list of images of the catalog item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "type_",
            "weight",
            "tags",
            "additional_properties",
        )
    )

    def __init__(
        self,
        type_: str | None | Unset = UNSET,
        weight: int | None | Unset = UNSET,
        fields: list[CatalogItemFieldsItem] | None | Unset = UNSET,
        tags: list[str] | None | Unset = UNSET,
        linked_items: list[CatalogItemLinkedItemsItem] | None | Unset = UNSET,
        images: list[CatalogItemImagesItem] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "type": type_,
            "weight": weight,
            "fields": fields,
            "tags": tags,
            "linkedItems": linked_items,
            "images": images,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.type_ = None if isinstance(type_, Unset) else type_
        self.weight = None if isinstance(weight, Unset) else weight
        self.fields = None if isinstance(fields, Unset) else fields
        self.tags = None if isinstance(tags, Unset) else tags
        self.linked_items = None if isinstance(linked_items, Unset) else linked_items
        self.images = None if isinstance(images, Unset) else images
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.type_ is not None or "type" in sent:
            field_dict["type"] = self.type_
        if self.weight is not None or "weight" in sent:
            field_dict["weight"] = self.weight
        if self.fields is not None or "fields" in sent:
            field_dict["fields"] = (
                [item0.to_dict() if isinstance(item0, CatalogItemFieldsItem) else item0 for item0 in self.fields]
                if isinstance(self.fields, list)
                else self.fields
            )
        if self.tags is not None or "tags" in sent:
            field_dict["tags"] = self.tags
        if self.linked_items is not None or "linkedItems" in sent:
            field_dict["linkedItems"] = (
                [
                    item0.to_dict() if isinstance(item0, CatalogItemLinkedItemsItem) else item0
                    for item0 in self.linked_items
                ]
                if isinstance(self.linked_items, list)
                else self.linked_items
            )
        if self.images is not None or "images" in sent:
            field_dict["images"] = (
                [item0.to_dict() if isinstance(item0, CatalogItemImagesItem) else item0 for item0 in self.images]
                if isinstance(self.images, list)
                else self.images
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is CatalogItem else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("fields")
        _model.fields = (
            [CatalogItemFieldsItem.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["fields"] = _model.fields
        _value = _src.get("linkedItems")
        _model.linked_items = (
            [CatalogItemLinkedItemsItem.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["linkedItems"] = _model.linked_items
        _value = _src.get("images")
        _model.images = (
            [CatalogItemImagesItem.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["images"] = _model.images
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.type_,
            target.weight,
            target.tags,
        ) = _read_lazy(d)
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


_Twin = lazy_twin(CatalogItem)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.catalog_item_fields_item import CatalogItemFieldsItem  # noqa: E402
from ..models.catalog_item_images_item import CatalogItemImagesItem  # noqa: E402
from ..models.catalog_item_linked_items_item import CatalogItemLinkedItemsItem  # noqa: E402
