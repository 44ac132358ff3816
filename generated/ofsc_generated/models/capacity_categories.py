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
    "items": None,
    "totalResults": None,
    "offset": None,
    "limit": None,
}
_N_FIELDS = 4
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "totalResults",
    "offset",
    "limit",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

T = TypeVar("T", bound="CapacityCategories")


@_attrs_define(repr=False, init=False)
class CapacityCategories:
    """The collection of capacity categories."""

    items: list[CapacityCategory] | None
    total_results: int | None
    """ The total number of capacity categories in the response. """
    offset: int | None
    """ The offset value specified in the request. """
    limit: int | None
    """ The limit value specified in the request. If the value is not specified in the request or if the specified
    value is greater than 100, then it defaults to 100. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "total_results",
            "offset",
            "limit",
            "additional_properties",
        )
    )

    def __init__(
        self,
        items: list[CapacityCategory] | None | Unset = UNSET,
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
                [item0.to_dict() if isinstance(item0, CapacityCategory) else item0 for item0 in self.items]
                if isinstance(self.items, list)
                else self.items
            )
        if self.total_results is not None or "totalResults" in sent:
            field_dict["totalResults"] = self.total_results
        if self.offset is not None or "offset" in sent:
            field_dict["offset"] = self.offset
        if self.limit is not None or "limit" in sent:
            field_dict["limit"] = self.limit
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is CapacityCategories else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("items")
        _model.items = (
            [CapacityCategory.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["items"] = _model.items
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.total_results,
            target.offset,
            target.limit,
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


_Twin = lazy_twin(CapacityCategories)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.capacity_category import CapacityCategory  # noqa: E402
