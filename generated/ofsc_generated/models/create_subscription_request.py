from __future__ import annotations

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
}
_N_FIELDS = 2
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

T = TypeVar("T", bound="CreateSubscriptionRequest")


@_attrs_define(repr=False, init=False)
class CreateSubscriptionRequest:
    """The schema of the response body object for this operation."""

    subscription_config: list[SubscriptionConfigItem] | None
    """ The list of subscription config elements used to filter the required events. """
    subscription_title: str | None
    """ The title of the subscription. It can be used to distinguish a specific subscription from the other
    subscriptions. The field is optional and need not be unique. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "subscription_title",
            "additional_properties",
        )
    )

    def __init__(
        self,
        subscription_config: list[SubscriptionConfigItem] | None | Unset = UNSET,
        subscription_title: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "subscriptionConfig": subscription_config,
            "subscriptionTitle": subscription_title,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.subscription_config = None if isinstance(subscription_config, Unset) else subscription_config
        self.subscription_title = None if isinstance(subscription_title, Unset) else subscription_title
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
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is CreateSubscriptionRequest else lazy_twin(cls))
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
        target.subscription_title = d["subscriptionTitle"]
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


_Twin = lazy_twin(CreateSubscriptionRequest)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.subscription_config_item import SubscriptionConfigItem  # noqa: E402
