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
    "itemsUpdated": UNSET,
    "itemsFailed": UNSET,
    "errors": UNSET,
}
_N_FIELDS = 4
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "resourceId",
    "itemsUpdated",
    "itemsFailed",
    "errors",
)

T = TypeVar("T", bound="BulkUpdateWorkSchedulesResponseResultsItem")


@_attrs_define(repr=False)
class BulkUpdateWorkSchedulesResponseResultsItem:
    """An object containing a single result item."""

    resource_id: None | str | Unset = UNSET
    """ The unique identifier of the resource in Oracle Field Service. """
    items_updated: int | None | Unset = UNSET
    """ The number of updated work schedules for the resource. """
    items_failed: int | None | Unset = UNSET
    """ The number of failed work schedule updates. """
    errors: list[Error] | None | Unset = UNSET
    """ The errors that occurred while updating the work schedules of resources. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.resource_id is not UNSET:
            field_dict["resourceId"] = self.resource_id
        if self.items_updated is not UNSET:
            field_dict["itemsUpdated"] = self.items_updated
        if self.items_failed is not UNSET:
            field_dict["itemsFailed"] = self.items_failed
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
        bulk_update_work_schedules_response_results_item = cls(*_read_fields(d))
        _value = bulk_update_work_schedules_response_results_item.errors
        bulk_update_work_schedules_response_results_item.errors = (
            [Error.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            bulk_update_work_schedules_response_results_item.additional_properties = dict(
                islice(d.items(), _N_FIELDS, None)
            )
        return bulk_update_work_schedules_response_results_item

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
