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
    "code": None,
    "message": None,
}
_N_FIELDS = 2
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "code",
    "message",
)

T = TypeVar("T", bound="ResultBookingStatusObjectResultsErrorsItemErrorDetail")


@_attrs_define(repr=False, init=False)
class ResultBookingStatusObjectResultsErrorsItemErrorDetail:
    """The details of the error."""

    code: str | None
    """ The code of the error. """
    message: str | None
    """ The description of the error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        code: str | None | Unset = UNSET,
        message: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "code": code,
            "message": message,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.code = None if isinstance(code, Unset) else code
        self.message = None if isinstance(message, Unset) else message
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.code is not None or "code" in sent:
            field_dict["code"] = self.code
        if self.message is not None or "message" in sent:
            field_dict["message"] = self.message
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        result_booking_status_object_results_errors_item_error_detail = cls.__new__(cls)
        result_booking_status_object_results_errors_item_error_detail._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            result_booking_status_object_results_errors_item_error_detail.code,
            result_booking_status_object_results_errors_item_error_detail.message,
        ) = _read_fields(d)
        result_booking_status_object_results_errors_item_error_detail.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return result_booking_status_object_results_errors_item_error_detail

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
