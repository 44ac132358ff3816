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
    "itemsProcessed": UNSET,
    "itemsFailed": UNSET,
    "errors": UNSET,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "itemsProcessed",
    "itemsFailed",
    "errors",
)

T = TypeVar("T", bound="SetResourcesPositionsResponse")


@_attrs_define(repr=False)
class SetResourcesPositionsResponse:
    """The summary of the successfully processed items and the failed items."""

    items_processed: int | None | Unset = UNSET
    """ The number of successfully processed items. """
    items_failed: int | None | Unset = UNSET
    """ The number of failed items. """
    errors: list[SetResourcesPositionsResponseErrorsItem] | Unset = UNSET
    """ The list of failed items with their corresponding error messages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.items_processed is not UNSET:
            field_dict["itemsProcessed"] = self.items_processed
        if self.items_failed is not UNSET:
            field_dict["itemsFailed"] = self.items_failed
        if self.errors is not UNSET:
            field_dict["errors"] = (
                [
                    item0.to_dict() if isinstance(item0, SetResourcesPositionsResponseErrorsItem) else item0
                    for item0 in self.errors
                ]
                if isinstance(self.errors, list)
                else self.errors
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        set_resources_positions_response = cls(*_read_fields(d))
        _value = set_resources_positions_response.errors
        set_resources_positions_response.errors = (
            [
                SetResourcesPositionsResponseErrorsItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            set_resources_positions_response.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return set_resources_positions_response

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
from ..models.set_resources_positions_response_errors_item import SetResourcesPositionsResponseErrorsItem  # noqa: E402
