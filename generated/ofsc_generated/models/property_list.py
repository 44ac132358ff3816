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
    "items": None,
    "totalResults": None,
    "offset": None,
    "limit": None,
}
_N_FIELDS = 4
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "items",
    "totalResults",
    "offset",
    "limit",
)

T = TypeVar("T", bound="PropertyList")


@_attrs_define(repr=False, init=False)
class PropertyList:
    """The collection of properties."""

    items: list[Property] | None
    total_results: int | None
    """ The number of properties returned in the response. """
    offset: int | None
    """ The offset value specified in the request. """
    limit: int | None
    """ The limit value specified in the request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        items: list[Property] | None | Unset = UNSET,
        total_results: int | None | Unset = UNSET,
        offset: int | None | Unset = UNSET,
        limit: int | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "items": items,
            "totalResults": total_results,
            "offset": offset,
            "limit": limit,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.items = None if isinstance(items, Unset) else items
        self.total_results = None if isinstance(total_results, Unset) else total_results
        self.offset = None if isinstance(offset, Unset) else offset
        self.limit = None if isinstance(limit, Unset) else limit
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.items is not None or "items" in sent:
            field_dict["items"] = (
                [item0.to_dict() if isinstance(item0, Property) else item0 for item0 in self.items]
                if isinstance(self.items, list)
                else self.items
            )
        if self.total_results is not None or "totalResults" in sent:
            field_dict["totalResults"] = self.total_results
        if self.offset is not None or "offset" in sent:
            field_dict["offset"] = self.offset
        if self.limit is not None or "limit" in sent:
            field_dict["limit"] = self.limit
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        property_list = cls.__new__(cls)
        property_list._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            property_list.items,
            property_list.total_results,
            property_list.offset,
            property_list.limit,
        ) = _read_fields(d)
        _value = property_list.items
        property_list.items = (
            [Property.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        property_list.additional_properties = dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        return property_list

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
from ..models.property_ import Property  # noqa: E402
