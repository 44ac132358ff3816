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
    "subscriptionConfig": UNSET,
    "subscriptionTitle": UNSET,
    "subscriptionId": UNSET,
    "createdTime": UNSET,
    "expirationTime": UNSET,
    "applicationId": UNSET,
}
_N_FIELDS = 6
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "subscriptionConfig",
    "subscriptionTitle",
    "subscriptionId",
    "createdTime",
    "expirationTime",
    "applicationId",
)

T = TypeVar("T", bound="SubscriptionInfoResponse")


@_attrs_define(repr=False)
class SubscriptionInfoResponse:
    """The array of subscriptions."""

    subscription_config: list[SubscriptionConfigItem] | Unset = UNSET
    """ The list of subscription config elements used to filter the required events. """
    subscription_title: None | str | Unset = UNSET
    """ The title of the subscription. It can be used to distinguish a specific subscription from the other
    subscriptions. The field is optional and need not be unique. """
    subscription_id: None | str | Unset = UNSET
    """ The identifier of the subscription. """
    created_time: None | str | Unset = UNSET
    """ The time when the subscription was created in 'YYYY-MM-DD HH:MM:SS' (UTC) format. """
    expiration_time: None | str | Unset = UNSET
    """ The expiration time of the subscription in 'YYYY-MM-DD HH:MM:SS' (UTC) format. """
    application_id: None | str | Unset = UNSET
    """ The identifier of the application that has created the subscription. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.subscription_config is not UNSET:
            field_dict["subscriptionConfig"] = (
                [
                    item0.to_dict() if isinstance(item0, SubscriptionConfigItem) else item0
                    for item0 in self.subscription_config
                ]
                if isinstance(self.subscription_config, list)
                else self.subscription_config
            )
        if self.subscription_title is not UNSET:
            field_dict["subscriptionTitle"] = self.subscription_title
        if self.subscription_id is not UNSET:
            field_dict["subscriptionId"] = self.subscription_id
        if self.created_time is not UNSET:
            field_dict["createdTime"] = self.created_time
        if self.expiration_time is not UNSET:
            field_dict["expirationTime"] = self.expiration_time
        if self.application_id is not UNSET:
            field_dict["applicationId"] = self.application_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        subscription_info_response = cls(*_read_fields(d))
        _value = subscription_info_response.subscription_config
        subscription_info_response.subscription_config = (
            [SubscriptionConfigItem.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            subscription_info_response.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return subscription_info_response

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
from ..models.subscription_config_item import SubscriptionConfigItem  # noqa: E402
