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
    "updatedFieldCount": None,
    "notChangedFieldCount": None,
    "errors": None,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "updatedFieldCount",
    "notChangedFieldCount",
    "errors",
)

T = TypeVar("T", bound="ResultBookingStatusObjectResults")


@_attrs_define(repr=False, init=False)
class ResultBookingStatusObjectResults:
    """An array containing the results of the operation."""

    updated_field_count: int | None
    """ The number of fields for which the values were changed when the operation is performed. Only the fields that
    were passed in the request are counted. """
    not_changed_field_count: int | None
    """ The number of fields for which the values were not changed when the operation is performed. Only the fields
    that were passed in the request are counted. """
    errors: list[ResultBookingStatusObjectResultsErrorsItem] | None
    """ The array of failed operations. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        updated_field_count: int | None | Unset = UNSET,
        not_changed_field_count: int | None | Unset = UNSET,
        errors: list[ResultBookingStatusObjectResultsErrorsItem] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "updatedFieldCount": updated_field_count,
            "notChangedFieldCount": not_changed_field_count,
            "errors": errors,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.updated_field_count = None if isinstance(updated_field_count, Unset) else updated_field_count
        self.not_changed_field_count = None if isinstance(not_changed_field_count, Unset) else not_changed_field_count
        self.errors = None if isinstance(errors, Unset) else errors
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.updated_field_count is not None or "updatedFieldCount" in sent:
            field_dict["updatedFieldCount"] = self.updated_field_count
        if self.not_changed_field_count is not None or "notChangedFieldCount" in sent:
            field_dict["notChangedFieldCount"] = self.not_changed_field_count
        if self.errors is not None or "errors" in sent:
            field_dict["errors"] = (
                [
                    item0.to_dict() if isinstance(item0, ResultBookingStatusObjectResultsErrorsItem) else item0
                    for item0 in self.errors
                ]
                if isinstance(self.errors, list)
                else self.errors
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        result_booking_status_object_results = cls.__new__(cls)
        result_booking_status_object_results._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            result_booking_status_object_results.updated_field_count,
            result_booking_status_object_results.not_changed_field_count,
            result_booking_status_object_results.errors,
        ) = _read_fields(d)
        _value = result_booking_status_object_results.errors
        result_booking_status_object_results.errors = (
            [
                ResultBookingStatusObjectResultsErrorsItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        result_booking_status_object_results.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return result_booking_status_object_results

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
from ..models.result_booking_status_object_results_errors_item import ResultBookingStatusObjectResultsErrorsItem  # noqa: E402
