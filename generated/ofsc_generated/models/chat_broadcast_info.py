from __future__ import annotations

from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "broadcastedTo": None,
    "broadcastItemDetails": None,
    "filterCriteria": None,
}
_N_FIELDS = 3

T = TypeVar("T", bound="ChatBroadcastInfo")


@_attrs_define(repr=False, init=False)
class ChatBroadcastInfo:
    """The object containing details about the broadcast chat."""

    broadcasted_to: ChatBroadcastInfoBroadcastedTo | None
    """ The object contains the group names to which the broadcast was sent. """
    broadcast_item_details: ChatBroadcastInfoBroadcastItemDetails | None
    """ The object containing the activity ID of the activity broadcast and the inventory type and model property of
    the inventory broadcast. """
    filter_criteria: ChatBroadcastInfoFilterCriteria | None
    """ The object containing the filter criteria of the broadcast. It is applicable for location, activity (if the
    activity has coordinates specified) and the inventory broadcasts. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        broadcasted_to: ChatBroadcastInfoBroadcastedTo | None | Unset = UNSET,
        broadcast_item_details: ChatBroadcastInfoBroadcastItemDetails | None | Unset = UNSET,
        filter_criteria: ChatBroadcastInfoFilterCriteria | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "broadcastedTo": broadcasted_to,
            "broadcastItemDetails": broadcast_item_details,
            "filterCriteria": filter_criteria,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.broadcasted_to = None if isinstance(broadcasted_to, Unset) else broadcasted_to
        self.broadcast_item_details = None if isinstance(broadcast_item_details, Unset) else broadcast_item_details
        self.filter_criteria = None if isinstance(filter_criteria, Unset) else filter_criteria
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.broadcasted_to is not None or "broadcastedTo" in sent:
            field_dict["broadcastedTo"] = (
                self.broadcasted_to.to_dict()
                if isinstance(self.broadcasted_to, ChatBroadcastInfoBroadcastedTo)
                else self.broadcasted_to
            )
        if self.broadcast_item_details is not None or "broadcastItemDetails" in sent:
            field_dict["broadcastItemDetails"] = (
                self.broadcast_item_details.to_dict()
                if isinstance(self.broadcast_item_details, ChatBroadcastInfoBroadcastItemDetails)
                else self.broadcast_item_details
            )
        if self.filter_criteria is not None or "filterCriteria" in sent:
            field_dict["filterCriteria"] = (
                self.filter_criteria.to_dict()
                if isinstance(self.filter_criteria, ChatBroadcastInfoFilterCriteria)
                else self.filter_criteria
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        _model = cls.__new__(cls)
        _model._sent = _src
        _value = _src.get("broadcastedTo")
        _model.broadcasted_to = ChatBroadcastInfoBroadcastedTo.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["broadcastedTo"] = _model.broadcasted_to
        _value = _src.get("broadcastItemDetails")
        _model.broadcast_item_details = (
            ChatBroadcastInfoBroadcastItemDetails.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["broadcastItemDetails"] = _model.broadcast_item_details
        _value = _src.get("filterCriteria")
        _model.filter_criteria = (
            ChatBroadcastInfoFilterCriteria.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["filterCriteria"] = _model.filter_criteria
        d = {**_FIELDS, **_src}
        _model.additional_properties = dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        return _model

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
from ..models.chat_broadcast_info_broadcast_item_details import ChatBroadcastInfoBroadcastItemDetails  # noqa: E402
from ..models.chat_broadcast_info_broadcasted_to import ChatBroadcastInfoBroadcastedTo  # noqa: E402
from ..models.chat_broadcast_info_filter_criteria import ChatBroadcastInfoFilterCriteria  # noqa: E402
