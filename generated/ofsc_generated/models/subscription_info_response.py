from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, source_order

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
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "subscriptionTitle",
    "subscriptionId",
    "createdTime",
    "expirationTime",
    "applicationId",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

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
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "subscription_title",
            "subscription_id",
            "created_time",
            "expiration_time",
            "application_id",
            "additional_properties",
        )
    )

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
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is SubscriptionInfoResponse else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("subscriptionConfig")
        _model.subscription_config = (
            [SubscriptionConfigItem.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["subscriptionConfig"] = _model.subscription_config
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.subscription_title,
            target.subscription_id,
            target.created_time,
            target.expiration_time,
            target.application_id,
        ) = _read_lazy(d)
        target.additional_properties = dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        if target is not self:
            copy_unset(self, target)

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


_Twin = lazy_twin(SubscriptionInfoResponse)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.subscription_config_item import SubscriptionConfigItem  # noqa: E402
