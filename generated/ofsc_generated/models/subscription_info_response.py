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
    "subscriptionConfig": None,
    "subscriptionTitle": None,
    "subscriptionId": None,
    "createdTime": None,
    "expirationTime": None,
    "applicationId": None,
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


@_attrs_define(repr=False, init=False)
class SubscriptionInfoResponse:
    """The array of subscriptions."""

    subscription_config: list[SubscriptionConfigItem] | None
    """ The list of subscription config elements used to filter the required events. """
    subscription_title: str | None
    """ The title of the subscription. It can be used to distinguish a specific subscription from the other
    subscriptions. The field is optional and need not be unique. """
    subscription_id: str | None
    """ The identifier of the subscription. """
    created_time: str | None
    """ The time when the subscription was created in 'YYYY-MM-DD HH:MM:SS' (UTC) format. """
    expiration_time: str | None
    """ The expiration time of the subscription in 'YYYY-MM-DD HH:MM:SS' (UTC) format. """
    application_id: str | None
    """ The identifier of the application that has created the subscription. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        subscription_config: list[SubscriptionConfigItem] | None | Unset = UNSET,
        subscription_title: str | None | Unset = UNSET,
        subscription_id: str | None | Unset = UNSET,
        created_time: str | None | Unset = UNSET,
        expiration_time: str | None | Unset = UNSET,
        application_id: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "subscriptionConfig": subscription_config,
            "subscriptionTitle": subscription_title,
            "subscriptionId": subscription_id,
            "createdTime": created_time,
            "expirationTime": expiration_time,
            "applicationId": application_id,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.subscription_config = None if isinstance(subscription_config, Unset) else subscription_config
        self.subscription_title = None if isinstance(subscription_title, Unset) else subscription_title
        self.subscription_id = None if isinstance(subscription_id, Unset) else subscription_id
        self.created_time = None if isinstance(created_time, Unset) else created_time
        self.expiration_time = None if isinstance(expiration_time, Unset) else expiration_time
        self.application_id = None if isinstance(application_id, Unset) else application_id
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.subscription_config is not None or "subscriptionConfig" in sent:
            field_dict["subscriptionConfig"] = (
                [
                    item0.to_dict() if isinstance(item0, SubscriptionConfigItem) else item0
                    for item0 in self.subscription_config
                ]
                if isinstance(self.subscription_config, list)
                else self.subscription_config
            )
        if self.subscription_title is not None or "subscriptionTitle" in sent:
            field_dict["subscriptionTitle"] = self.subscription_title
        if self.subscription_id is not None or "subscriptionId" in sent:
            field_dict["subscriptionId"] = self.subscription_id
        if self.created_time is not None or "createdTime" in sent:
            field_dict["createdTime"] = self.created_time
        if self.expiration_time is not None or "expirationTime" in sent:
            field_dict["expirationTime"] = self.expiration_time
        if self.application_id is not None or "applicationId" in sent:
            field_dict["applicationId"] = self.application_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        subscription_info_response = cls.__new__(cls)
        subscription_info_response._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            subscription_info_response.subscription_config,
            subscription_info_response.subscription_title,
            subscription_info_response.subscription_id,
            subscription_info_response.created_time,
            subscription_info_response.expiration_time,
            subscription_info_response.application_id,
        ) = _read_fields(d)
        _value = subscription_info_response.subscription_config
        subscription_info_response.subscription_config = (
            [SubscriptionConfigItem.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        subscription_info_response.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
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
