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
    "created": UNSET,
    "updated": UNSET,
    "deleted": UNSET,
    "errors": UNSET,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "resourceId",
    "created",
    "updated",
    "deleted",
    "errors",
)

T = TypeVar("T", bound="BulkUpdateResourceInventoriesResponseResult")


@_attrs_define(repr=False)
class BulkUpdateResourceInventoriesResponseResult:
    resource_id: None | str | Unset = UNSET
    """ The resource ID for which the inventories were updated, created, or deleted. """
    created: int | None | Unset = UNSET
    """ The number of inventories created for the specific resource. """
    updated: int | None | Unset = UNSET
    """ The number of inventories updated for the specific resource. """
    deleted: int | None | Unset = UNSET
    """ The number of inventories deleted for the specific resource. """
    errors: list[Error] | None | Unset = UNSET
    """ This field is returned only if any item fails. It contains human-readable description of the error such as
    type, title, HTTP status, and so on. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.resource_id is not UNSET:
            field_dict["resourceId"] = self.resource_id
        if self.created is not UNSET:
            field_dict["created"] = self.created
        if self.updated is not UNSET:
            field_dict["updated"] = self.updated
        if self.deleted is not UNSET:
            field_dict["deleted"] = self.deleted
        if self.errors is not UNSET:
            field_dict["errors"] = (
                [item0.to_dict() if isinstance(item0, Error) else item0 for item0 in self.errors]
                if isinstance(self.errors, list)
                else self.errors
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        bulk_update_resource_inventories_response_result = cls(*_read_fields(d))
        _value = bulk_update_resource_inventories_response_result.errors
        bulk_update_resource_inventories_response_result.errors = (
            [Error.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            bulk_update_resource_inventories_response_result.additional_properties = dict(
                islice(d.items(), _N_FIELDS, None)
            )
        return bulk_update_resource_inventories_response_result

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
from ..models.error import Error  # noqa: E402
