from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "resourceId": None,
    "preferenceType": None,
}
_N_FIELDS = 2
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "resourceId",
    "preferenceType",
)

T = TypeVar("T", bound="ResourcePreference")


@_attrs_define(repr=False, init=False)
class ResourcePreference:
    """The resource preference of an activity."""

    resource_id: str | None
    """ The unique identifier of the resource in Oracle Field Service. """
    preference_type: str | None
    """ The type of resource preference for the activity.

    - preferred - the resource is preferred while routing.
    - required - the activity can only be assigned to a required resource.
    - forbidden - the activity cannot be assigned to the specified resource.
    - warehouse - inventory may be installed from the specified resource Allowed values: `required`, `preferred`,
    `forbidden`, `warehouse`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        resource_id: str | None | Unset = UNSET,
        preference_type: Literal["required", "preferred", "forbidden", "warehouse"] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "resourceId": resource_id,
            "preferenceType": preference_type,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.resource_id = None if isinstance(resource_id, Unset) else resource_id
        self.preference_type = None if isinstance(preference_type, Unset) else preference_type
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.resource_id is not None or "resourceId" in sent:
            field_dict["resourceId"] = self.resource_id
        if self.preference_type is not None or "preferenceType" in sent:
            field_dict["preferenceType"] = self.preference_type
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        resource_preference = cls.__new__(cls)
        resource_preference._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            resource_preference.resource_id,
            resource_preference.preference_type,
        ) = _read_fields(d)
        resource_preference.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
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
