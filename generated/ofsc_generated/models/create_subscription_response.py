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
    "subscriptionId": UNSET,
    "nextPage": UNSET,
}
_N_FIELDS = 2
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "subscriptionId",
    "nextPage",
)

T = TypeVar("T", bound="CreateSubscriptionResponse")


@_attrs_define(repr=False)
class CreateSubscriptionResponse:
    """The subscription."""

    subscription_id: None | str | Unset = UNSET
    """ The identifier of the subscription. """
    next_page: None | str | Unset = UNSET
    """ The next page identifier passed to the next request for obtaining the next series of events.

    There is no specification for the value format - it may be any string not longer than 48 characters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.subscription_id is not UNSET:
            field_dict["subscriptionId"] = self.subscription_id
        if self.next_page is not UNSET:
            field_dict["nextPage"] = self.next_page
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        create_subscription_response = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            create_subscription_response.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return create_subscription_response

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
