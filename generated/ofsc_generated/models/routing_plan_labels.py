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
    "hasMore": None,
    "offset": None,
    "limit": None,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "items",
    "totalResults",
    "hasMore",
    "offset",
    "limit",
)

T = TypeVar("T", bound="RoutingPlanLabels")


@_attrs_define(repr=False, init=False)
class RoutingPlanLabels:
    """The collection of routing plan labels."""

    items: list[str] | None
    """ An array of routing plan labels. """
    total_results: int | None
    """ The total number of the resource type records in the collection. """
    has_more: bool | None
    """ Contains one of the following values: true or false. The default value is true.

    True indicates there are more results that can be retrieved with successive paging requests. False or the value
    is not present, indicates, there are no more results or this is the final page. """
    offset: int | None
    """ The offset value specified in the request. """
    limit: int | None
    """ The limit value specified in the request. If the value is not specified in the request or if the specified
    value is not accepted, then it defaults to 100. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        items: list[str] | None | Unset = UNSET,
        total_results: int | None | Unset = UNSET,
        has_more: bool | None | Unset = UNSET,
        offset: int | None | Unset = UNSET,
        limit: int | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "items": items,
            "totalResults": total_results,
            "hasMore": has_more,
            "offset": offset,
            "limit": limit,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.items = None if isinstance(items, Unset) else items
        self.total_results = None if isinstance(total_results, Unset) else total_results
        self.has_more = None if isinstance(has_more, Unset) else has_more
        self.offset = None if isinstance(offset, Unset) else offset
        self.limit = None if isinstance(limit, Unset) else limit
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.items is not None or "items" in sent:
            field_dict["items"] = self.items
        if self.total_results is not None or "totalResults" in sent:
            field_dict["totalResults"] = self.total_results
        if self.has_more is not None or "hasMore" in sent:
            field_dict["hasMore"] = self.has_more
        if self.offset is not None or "offset" in sent:
            field_dict["offset"] = self.offset
        if self.limit is not None or "limit" in sent:
            field_dict["limit"] = self.limit
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        routing_plan_labels = cls.__new__(cls)
        routing_plan_labels._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            routing_plan_labels.items,
            routing_plan_labels.total_results,
            routing_plan_labels.has_more,
            routing_plan_labels.offset,
            routing_plan_labels.limit,
        ) = _read_fields(d)
        routing_plan_labels.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return routing_plan_labels

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
