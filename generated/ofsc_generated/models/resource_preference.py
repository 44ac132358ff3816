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
    "resourceId": UNSET,
    "preferenceType": UNSET,
}
_N_FIELDS = 2
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "resourceId",
    "preferenceType",
)

T = TypeVar("T", bound="ResourcePreference")


@_attrs_define(repr=False)
class ResourcePreference:
    """The resource preference of an activity."""

    resource_id: None | str | Unset = UNSET
    """ The unique identifier of the resource in Oracle Field Service. """
    preference_type: None | str | Unset = UNSET
    """ The type of resource preference for the activity.

    - preferred - the resource is preferred while routing.
    - required - the activity can only be assigned to a required resource.
    - forbidden - the activity cannot be assigned to the specified resource.
    - warehouse - inventory may be installed from the specified resource Allowed values: `required`, `preferred`,
    `forbidden`, `warehouse`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.resource_id is not UNSET:
            field_dict["resourceId"] = self.resource_id
        if self.preference_type is not UNSET:
            field_dict["preferenceType"] = self.preference_type
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        resource_preference = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            resource_preference.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return resource_preference

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
