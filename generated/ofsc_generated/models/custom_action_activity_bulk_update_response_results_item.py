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
    "operationsFailed": UNSET,
    "operationsPerformed": UNSET,
    "warnings": UNSET,
    "errors": UNSET,
    "activityKeys": UNSET,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "operationsFailed",
    "operationsPerformed",
    "warnings",
    "errors",
    "activityKeys",
)

T = TypeVar("T", bound="CustomActionActivityBulkUpdateResponseResultsItem")


@_attrs_define(repr=False)
class CustomActionActivityBulkUpdateResponseResultsItem:
    """The result item of the Bulk Update operation."""

    operations_failed: list[str] | None | Unset = UNSET
    """ The failed operations during the Bulk Update operation. """
    operations_performed: list[str] | None | Unset = UNSET
    """ The successful operations during the Bulk Update operation. """
    warnings: list[CustomActionActivityBulkUpdateResponseResultsItemWarningsItem] | Unset = UNSET
    errors: list[CustomActionActivityBulkUpdateResponseResultsItemErrorsItem] | Unset = UNSET
    """ The list of errors that occurred during the Bulk Update operation. """
    activity_keys: CustomActionActivityBulkUpdateResponseResultsItemActivityKeys | Unset = UNSET
    """ The activity key fields used to create or update the activity. If the key fields are not known, then the
    list is not returned. For example, the Bulk Update operation is not successful, if a key field is not specified.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.operations_failed is not UNSET:
            field_dict["operationsFailed"] = self.operations_failed
        if self.operations_performed is not UNSET:
            field_dict["operationsPerformed"] = self.operations_performed
        if self.warnings is not UNSET:
            field_dict["warnings"] = (
                [
                    item0.to_dict()
                    if isinstance(item0, CustomActionActivityBulkUpdateResponseResultsItemWarningsItem)
                    else item0
                    for item0 in self.warnings
                ]
                if isinstance(self.warnings, list)
                else self.warnings
            )
        if self.errors is not UNSET:
            field_dict["errors"] = (
                [
                    item0.to_dict()
                    if isinstance(item0, CustomActionActivityBulkUpdateResponseResultsItemErrorsItem)
                    else item0
                    for item0 in self.errors
                ]
                if isinstance(self.errors, list)
                else self.errors
            )
        if self.activity_keys is not UNSET:
            field_dict["activityKeys"] = (
                self.activity_keys.to_dict()
                if isinstance(self.activity_keys, CustomActionActivityBulkUpdateResponseResultsItemActivityKeys)
                else self.activity_keys
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        custom_action_activity_bulk_update_response_results_item = cls(*_read_fields(d))
        _value = custom_action_activity_bulk_update_response_results_item.warnings
        custom_action_activity_bulk_update_response_results_item.warnings = (
            [
                CustomActionActivityBulkUpdateResponseResultsItemWarningsItem.from_dict(item0)
                if isinstance(item0, dict)
                else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = custom_action_activity_bulk_update_response_results_item.errors
        custom_action_activity_bulk_update_response_results_item.errors = (
            [
                CustomActionActivityBulkUpdateResponseResultsItemErrorsItem.from_dict(item0)
                if isinstance(item0, dict)
                else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = custom_action_activity_bulk_update_response_results_item.activity_keys
        custom_action_activity_bulk_update_response_results_item.activity_keys = (
            CustomActionActivityBulkUpdateResponseResultsItemActivityKeys.from_dict(_value)
            if isinstance(_value, dict)
            else _value
        )
        if len(d) > _N_FIELDS:
            custom_action_activity_bulk_update_response_results_item.additional_properties = dict(
                islice(d.items(), _N_FIELDS, None)
            )
        return custom_action_activity_bulk_update_response_results_item

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
from ..models.custom_action_activity_bulk_update_response_results_item_activity_keys import (
    CustomActionActivityBulkUpdateResponseResultsItemActivityKeys,  # noqa: E402
)
from ..models.custom_action_activity_bulk_update_response_results_item_errors_item import (
    CustomActionActivityBulkUpdateResponseResultsItemErrorsItem,  # noqa: E402
)
from ..models.custom_action_activity_bulk_update_response_results_item_warnings_item import (
    CustomActionActivityBulkUpdateResponseResultsItemWarningsItem,  # noqa: E402
)
