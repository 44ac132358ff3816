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

T = TypeVar("T", bound="FindMatchingResourcesRequestActivitySearchFields")


@_attrs_define(repr=False, init=False)
class FindMatchingResourcesRequestActivitySearchFields:
    """If specified, the API looks for existing activity with matching Appointment Number, Customer Number or both. Then
    API returns resources to which this activity may be assigned. Either 'activitySearchFields' or 'activityId' can be
    specified in a same request with 'activity' parameter. If the 'activity' parameter is used together with
    'activitySearcFields' the values from 'activity' will overrides the same from the existing activity.

    """

    appt_number: str | None
    """ The apptNumber parameter may be used by integrations to store the identifier of the activity in the origin
    system. This field has no business significance in Oracle Field Service and can be left empty. """
    customer_number: str | None
    """ The account number of the customer. This field is used by integrations as a placeholder for the external
    identifier of the Account ID in the application. This parameter has no business significance in Oracle Field
    Service and can be left empty. """
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
        find_matching_resources_request_activity_search_fields = cls.__new__(cls)
        find_matching_resources_request_activity_search_fields._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            find_matching_resources_request_activity_search_fields.appt_number,
            find_matching_resources_request_activity_search_fields.customer_number,
        ) = _read_fields(d)
        find_matching_resources_request_activity_search_fields.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return find_matching_resources_request_activity_search_fields

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
