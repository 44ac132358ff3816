from __future__ import annotations

from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "capacityCategory": None,
}
_N_FIELDS = 1

T = TypeVar("T", bound="ActivityCapacityCategory")


@_attrs_define(repr=False, init=False)
class ActivityCapacityCategory:
    """The capacity category of activity."""

    capacity_category: str | None
    """ The label of the capacity category. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        capacity_category: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "capacityCategory": capacity_category,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.capacity_category = None if isinstance(capacity_category, Unset) else capacity_category
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.capacity_category is not None or "capacityCategory" in sent:
            field_dict["capacityCategory"] = self.capacity_category
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        activity_capacity_category = cls.__new__(cls)
        activity_capacity_category._sent = src_dict
        d = {**_FIELDS, **src_dict}
        activity_capacity_category.capacity_category = d["capacityCategory"]
        activity_capacity_category.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return activity_capacity_category

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
