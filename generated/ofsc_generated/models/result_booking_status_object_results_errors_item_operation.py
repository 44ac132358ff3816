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
    "area": UNSET,
    "date": UNSET,
    "category": UNSET,
    "workZone": UNSET,
    "startTime": UNSET,
    "endTime": UNSET,
}
_N_FIELDS = 6
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "area",
    "date",
    "category",
    "workZone",
    "startTime",
    "endTime",
)

T = TypeVar("T", bound="ResultBookingStatusObjectResultsErrorsItemOperation")


@_attrs_define(repr=False)
class ResultBookingStatusObjectResultsErrorsItemOperation:
    """The operation that caused the error."""

    area: None | str | Unset = UNSET
    """ The label of the capacity area for which the operation is performed. It is not returned if the transaction
    fails. """
    date: int | None | Unset = UNSET
    """ The date on which the operation is performed. It is not returned if the transaction fails. """
    category: None | str | Unset = UNSET
    """ The label of the capacity category for which the operation is performed. It is not returned if the
    transaction fails. """
    work_zone: None | str | Unset = UNSET
    """ The label of the work zone for which the operation is performed. """
    start_time: None | str | Unset = UNSET
    """ The start time at which the operation is started. """
    end_time: None | str | Unset = UNSET
    """ The end time at which the operation is closed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.area is not UNSET:
            field_dict["area"] = self.area
        if self.date is not UNSET:
            field_dict["date"] = self.date
        if self.category is not UNSET:
            field_dict["category"] = self.category
        if self.work_zone is not UNSET:
            field_dict["workZone"] = self.work_zone
        if self.start_time is not UNSET:
            field_dict["startTime"] = self.start_time
        if self.end_time is not UNSET:
            field_dict["endTime"] = self.end_time
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        result_booking_status_object_results_errors_item_operation = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            result_booking_status_object_results_errors_item_operation.additional_properties = dict(
                islice(d.items(), _N_FIELDS, None)
            )
        return result_booking_status_object_results_errors_item_operation

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
