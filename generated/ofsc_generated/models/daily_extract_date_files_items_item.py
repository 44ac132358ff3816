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
    "links": None,
}
_N_FIELDS = 2
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "name",
    "links",
)

T = TypeVar("T", bound="DailyExtractDateFilesItemsItem")


@_attrs_define(repr=False, init=False)
class DailyExtractDateFilesItemsItem:
    """The array of file objects."""

    name: str | None
    """ The name of the file. """
    links: list[DailyExtractDateFilesItemsItemLinksItem] | None
    """ The links to access the daily extract files. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        name: str | None | Unset = UNSET,
        links: list[DailyExtractDateFilesItemsItemLinksItem] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "name": name,
            "links": links,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.name = None if isinstance(name, Unset) else name
        self.links = None if isinstance(links, Unset) else links
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.name is not None or "name" in sent:
            field_dict["name"] = self.name
        if self.links is not None or "links" in sent:
            field_dict["links"] = (
                [
                    item0.to_dict() if isinstance(item0, DailyExtractDateFilesItemsItemLinksItem) else item0
                    for item0 in self.links
                ]
                if isinstance(self.links, list)
                else self.links
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        daily_extract_date_files_items_item = cls.__new__(cls)
        daily_extract_date_files_items_item._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            daily_extract_date_files_items_item.name,
            daily_extract_date_files_items_item.links,
        ) = _read_fields(d)
        _value = daily_extract_date_files_items_item.links
        daily_extract_date_files_items_item.links = (
            [
                DailyExtractDateFilesItemsItemLinksItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        daily_extract_date_files_items_item.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return daily_extract_date_files_items_item

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
from ..models.daily_extract_date_files_items_item_links_item import DailyExtractDateFilesItemsItemLinksItem  # noqa: E402
