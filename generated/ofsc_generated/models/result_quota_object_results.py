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
    "updatedFieldCount": UNSET,
    "notChangedFieldCount": UNSET,
    "errors": UNSET,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "updatedFieldCount",
    "notChangedFieldCount",
    "errors",
)

T = TypeVar("T", bound="ResultQuotaObjectResults")


@_attrs_define(repr=False)
class ResultQuotaObjectResults:
    updated_field_count: int | None | Unset = UNSET
    """ The number of fields for which the values were changed when the operation is performed. Only the fields that
    were passed in the request are counted. """
    not_changed_field_count: int | None | Unset = UNSET
    """ The number of fields for which the values were not changed when the operation is performed. Only the fields
    that were passed in the request are counted. """
    errors: list[ResultQuotaObjectResultsErrorsItem] | Unset = UNSET
    """ The array of failed operations. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.updated_field_count is not UNSET:
            field_dict["updatedFieldCount"] = self.updated_field_count
        if self.not_changed_field_count is not UNSET:
            field_dict["notChangedFieldCount"] = self.not_changed_field_count
        if self.errors is not UNSET:
            field_dict["errors"] = (
                [
                    item0.to_dict() if isinstance(item0, ResultQuotaObjectResultsErrorsItem) else item0
                    for item0 in self.errors
                ]
                if isinstance(self.errors, list)
                else self.errors
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        result_quota_object_results = cls(*_read_fields(d))
        _value = result_quota_object_results.errors
        result_quota_object_results.errors = (
            [
                ResultQuotaObjectResultsErrorsItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            result_quota_object_results.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return result_quota_object_results

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
from ..models.result_quota_object_results_errors_item import ResultQuotaObjectResultsErrorsItem  # noqa: E402
