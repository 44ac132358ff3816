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
    "apptNumber": None,
    "customerNumber": None,
}
_N_FIELDS = 2
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "apptNumber",
    "customerNumber",
)

T = TypeVar("T", bound="SetTravelTimeRequestFieldPreviousActivity")


@_attrs_define(repr=False, init=False)
class SetTravelTimeRequestFieldPreviousActivity:
    """The objects in this array are used instead of the 'previousActivityId' parameter to find activities when internal
    IDs cannot be used. For example, it is used for the bulkUpdate operation.

    The 'previousActivity' activity array contains two items: 'apptNumber' and 'customerNumber'. The parameter
    'apptNumber' is mandatory. The parameter 'customerNumber' is only required when the 'bulkUpdate/identifyActivityBy'
    option is set to 'apptNumberPlusCustomerNumber'.

    The operation returns an error if the system is unable to find any activity using the specified 'apptNumber' and
    'customerNumber' values.

    """

    appt_number: str | None
    customer_number: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        appt_number: str | None | Unset = UNSET,
        customer_number: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "apptNumber": appt_number,
            "customerNumber": customer_number,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.appt_number = None if isinstance(appt_number, Unset) else appt_number
        self.customer_number = None if isinstance(customer_number, Unset) else customer_number
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.appt_number is not None or "apptNumber" in sent:
            field_dict["apptNumber"] = self.appt_number
        if self.customer_number is not None or "customerNumber" in sent:
            field_dict["customerNumber"] = self.customer_number
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        set_travel_time_request_field_previous_activity = cls.__new__(cls)
        set_travel_time_request_field_previous_activity._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            set_travel_time_request_field_previous_activity.appt_number,
            set_travel_time_request_field_previous_activity.customer_number,
        ) = _read_fields(d)
        set_travel_time_request_field_previous_activity.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return set_travel_time_request_field_previous_activity

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
