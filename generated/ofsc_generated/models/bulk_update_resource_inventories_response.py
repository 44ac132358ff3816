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
    "created": None,
    "updated": None,
    "deleted": None,
    "itemsFailed": None,
    "results": None,
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


@_attrs_define(repr=False, init=False)
class BulkUpdateResourceInventoriesResponse:
    created: int | None
    """ The number of inventories created by the API call. """
    updated: int | None
    """ The number of inventories updated by the API call. """
    deleted: int | None
    """ The number of inventories deleted by the API call. """
    items_failed: int | None
    """ The number of items of the 'resources' array in the request that failed. """
    results: list[BulkUpdateResourceInventoriesResponseResult] | None
    """ The array of results. Each item in the 'resources' array in the request has a corresponding item in the
    'results' array. The 'results' array items are in the same order as the 'resources' array items. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        created: int | None | Unset = UNSET,
        updated: int | None | Unset = UNSET,
        deleted: int | None | Unset = UNSET,
        items_failed: int | None | Unset = UNSET,
        results: list[BulkUpdateResourceInventoriesResponseResult] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "created": created,
            "updated": updated,
            "deleted": deleted,
            "itemsFailed": items_failed,
            "results": results,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.created = None if isinstance(created, Unset) else created
        self.updated = None if isinstance(updated, Unset) else updated
        self.deleted = None if isinstance(deleted, Unset) else deleted
        self.items_failed = None if isinstance(items_failed, Unset) else items_failed
        self.results = None if isinstance(results, Unset) else results
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.created is not None or "created" in sent:
            field_dict["created"] = self.created
        if self.updated is not None or "updated" in sent:
            field_dict["updated"] = self.updated
        if self.deleted is not None or "deleted" in sent:
            field_dict["deleted"] = self.deleted
        if self.items_failed is not None or "itemsFailed" in sent:
            field_dict["itemsFailed"] = self.items_failed
        if self.results is not None or "results" in sent:
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
        bulk_update_resource_inventories_response = cls.__new__(cls)
        bulk_update_resource_inventories_response._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            bulk_update_resource_inventories_response.created,
            bulk_update_resource_inventories_response.updated,
            bulk_update_resource_inventories_response.deleted,
            bulk_update_resource_inventories_response.items_failed,
            bulk_update_resource_inventories_response.results,
        ) = _read_fields(d)
        _value = bulk_update_resource_inventories_response.results
        bulk_update_resource_inventories_response.results = (
            [
                BulkUpdateResourceInventoriesResponseResult.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        bulk_update_resource_inventories_response.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
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
