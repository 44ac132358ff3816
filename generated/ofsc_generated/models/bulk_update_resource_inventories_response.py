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
    "created": UNSET,
    "updated": UNSET,
    "deleted": UNSET,
    "itemsFailed": UNSET,
    "results": UNSET,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "created",
    "updated",
    "deleted",
    "itemsFailed",
    "results",
)

T = TypeVar("T", bound="BulkUpdateResourceInventoriesResponse")


@_attrs_define(repr=False)
class BulkUpdateResourceInventoriesResponse:
    created: int | None | Unset = UNSET
    """ The number of inventories created by the API call. """
    updated: int | None | Unset = UNSET
    """ The number of inventories updated by the API call. """
    deleted: int | None | Unset = UNSET
    """ The number of inventories deleted by the API call. """
    items_failed: int | None | Unset = UNSET
    """ The number of items of the 'resources' array in the request that failed. """
    results: list[BulkUpdateResourceInventoriesResponseResult] | None | Unset = UNSET
    """ The array of results. Each item in the 'resources' array in the request has a corresponding item in the
    'results' array. The 'results' array items are in the same order as the 'resources' array items. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.created is not UNSET:
            field_dict["created"] = self.created
        if self.updated is not UNSET:
            field_dict["updated"] = self.updated
        if self.deleted is not UNSET:
            field_dict["deleted"] = self.deleted
        if self.items_failed is not UNSET:
            field_dict["itemsFailed"] = self.items_failed
        if self.results is not UNSET:
            field_dict["results"] = (
                [
                    item0.to_dict() if isinstance(item0, BulkUpdateResourceInventoriesResponseResult) else item0
                    for item0 in self.results
                ]
                if isinstance(self.results, list)
                else self.results
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        bulk_update_resource_inventories_response = cls(*_read_fields(d))
        _value = bulk_update_resource_inventories_response.results
        bulk_update_resource_inventories_response.results = (
            [
                BulkUpdateResourceInventoriesResponseResult.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            bulk_update_resource_inventories_response.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return bulk_update_resource_inventories_response

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
from ..models.bulk_update_resource_inventories_response_result import BulkUpdateResourceInventoriesResponseResult  # noqa: E402
