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
    "itemIndex": None,
    "message": None,
}
_N_FIELDS = 2
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "itemIndex",
    "message",
)

T = TypeVar("T", bound="SetResourcesPositionsResponseErrorsItem")


@_attrs_define(repr=False, init=False)
class SetResourcesPositionsResponseErrorsItem:
    """The details of the error."""

    item_index: int | None
    """ The index of the failed item. """
    message: str | None
    """ The error message of the failed item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        item_index: int | None | Unset = UNSET,
        message: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "itemIndex": item_index,
            "message": message,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.item_index = None if isinstance(item_index, Unset) else item_index
        self.message = None if isinstance(message, Unset) else message
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.item_index is not None or "itemIndex" in sent:
            field_dict["itemIndex"] = self.item_index
        if self.message is not None or "message" in sent:
            field_dict["message"] = self.message
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        set_resources_positions_response_errors_item = cls.__new__(cls)
        set_resources_positions_response_errors_item._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            set_resources_positions_response_errors_item.item_index,
            set_resources_positions_response_errors_item.message,
        ) = _read_fields(d)
        set_resources_positions_response_errors_item.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return set_resources_positions_response_errors_item

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
