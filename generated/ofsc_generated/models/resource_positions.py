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
}
_N_FIELDS = 2
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "items",
    "totalResults",
)

T = TypeVar("T", bound="ResourcePositions")


@_attrs_define(repr=False, init=False)
class ResourcePositions:
    """The collection of historical positions of the specified resource for the specified date."""

    items: list[ResourcePosition] | None
    """ The array of items containing the resource's position history for the specified date. """
    total_results: int | None
    """ The total number of resource position items returned by the operation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        items: list[ResourcePosition] | None | Unset = UNSET,
        total_results: int | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "items": items,
            "totalResults": total_results,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.items = None if isinstance(items, Unset) else items
        self.total_results = None if isinstance(total_results, Unset) else total_results
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.items is not None or "items" in sent:
            field_dict["items"] = (
                [item0.to_dict() if isinstance(item0, ResourcePosition) else item0 for item0 in self.items]
                if isinstance(self.items, list)
                else self.items
            )
        if self.total_results is not None or "totalResults" in sent:
            field_dict["totalResults"] = self.total_results
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        resource_positions = cls.__new__(cls)
        resource_positions._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            resource_positions.items,
            resource_positions.total_results,
        ) = _read_fields(d)
        _value = resource_positions.items
        resource_positions.items = (
            [ResourcePosition.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        resource_positions.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return resource_positions

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
from ..models.resource_position import ResourcePosition  # noqa: E402
