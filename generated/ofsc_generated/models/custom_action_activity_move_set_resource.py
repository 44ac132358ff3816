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
    "resourceId": None,
}
_N_FIELDS = 1

T = TypeVar("T", bound="CustomActionActivityMoveSetResource")


@_attrs_define(repr=False, init=False)
class CustomActionActivityMoveSetResource:
    """The activity is reassigned to the specified resource only if this object is available."""

    resource_id: str | None
    """ The unique identifier of the resource in Oracle Field Service. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        resource_id: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "resourceId": resource_id,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.resource_id = None if isinstance(resource_id, Unset) else resource_id
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.resource_id is not None or "resourceId" in sent:
            field_dict["resourceId"] = self.resource_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        custom_action_activity_move_set_resource = cls.__new__(cls)
        custom_action_activity_move_set_resource._sent = src_dict
        d = {**_FIELDS, **src_dict}
        custom_action_activity_move_set_resource.resource_id = d["resourceId"]
        custom_action_activity_move_set_resource.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return custom_action_activity_move_set_resource

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
