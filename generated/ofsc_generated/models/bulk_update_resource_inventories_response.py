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
    "created": None,
    "updated": None,
    "deleted": None,
    "itemsFailed": None,
    "results": None,
}
_N_FIELDS = 5
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "created",
    "updated",
    "deleted",
    "itemsFailed",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

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
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "created",
            "updated",
            "deleted",
            "items_failed",
            "additional_properties",
        )
    )

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
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is BulkUpdateResourceInventoriesResponse else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("results")
        _model.results = (
            [
                BulkUpdateResourceInventoriesResponseResult.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["results"] = _model.results
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.created,
            target.updated,
            target.deleted,
            target.items_failed,
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


_Twin = lazy_twin(BulkUpdateResourceInventoriesResponse)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.bulk_update_resource_inventories_response_result import BulkUpdateResourceInventoriesResponseResult  # noqa: E402
