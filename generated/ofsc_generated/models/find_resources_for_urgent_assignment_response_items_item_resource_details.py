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
    "name": UNSET,
    "resourceType": UNSET,
    "resourceInternalId": UNSET,
}
_N_FIELDS = 4
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "resourceId",
    "name",
    "resourceType",
    "resourceInternalId",
)

T = TypeVar("T", bound="FindResourcesForUrgentAssignmentResponseItemsItemResourceDetails")


@_attrs_define(repr=False)
class FindResourcesForUrgentAssignmentResponseItemsItemResourceDetails:
    """The data structure that contains the resource information."""

    resource_id: None | str | Unset = UNSET
    """ The identifier of the resource in the external system. The identifier of the resource is always returned in
    resourceDetails array. """
    name: None | str | Unset = UNSET
    """ The name of the resource. """
    resource_type: None | str | Unset = UNSET
    """ The specified resource type of a resource. """
    resource_internal_id: int | None | Unset = UNSET
    """ The internal identifier of the resource in Oracle Field Service. This is a read-only field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.resource_id is not UNSET:
            field_dict["resourceId"] = self.resource_id
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.resource_type is not UNSET:
            field_dict["resourceType"] = self.resource_type
        if self.resource_internal_id is not UNSET:
            field_dict["resourceInternalId"] = self.resource_internal_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        find_resources_for_urgent_assignment_response_items_item_resource_details = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            find_resources_for_urgent_assignment_response_items_item_resource_details.additional_properties = dict(
                islice(d.items(), _N_FIELDS, None)
            )
        return find_resources_for_urgent_assignment_response_items_item_resource_details

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
