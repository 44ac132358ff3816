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
    "startedTime": UNSET,
    "endedTime": UNSET,
    "chatId": UNSET,
    "startedBy": UNSET,
    "chatName": UNSET,
    "helpdeskName": UNSET,
    "type": UNSET,
    "expireTime": UNSET,
    "updateType": UNSET,
    "updateInfo": UNSET,
    "broadcastInfo": UNSET,
}
_N_FIELDS = 11
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "startedTime",
    "endedTime",
    "chatId",
    "startedBy",
    "chatName",
    "helpdeskName",
    "type",
    "expireTime",
    "updateType",
    "updateInfo",
    "broadcastInfo",
)

T = TypeVar("T", bound="Chat")


@_attrs_define(repr=False)
class Chat:
    """The object containing details about the chat."""

    started_time: None | str | Unset = UNSET
    """ The time when the chat was started (ISO-8601). """
    ended_time: None | str | Unset = UNSET
    """ Time (in UTC time standard) when the chat or broadcast was ended (string). The time format is YYYY-MM-DD
    HH:MM:SS. The field isn't available if the chat has not ended. """
    chat_id: int | None | Unset = UNSET
    """ The identifier of the chat. """
    started_by: None | str | Unset = UNSET
    """ The address of the user who started the chat. """
    chat_name: None | str | Unset = UNSET
    """ The name of the chat. """
    helpdesk_name: None | str | Unset = UNSET
    """ The name of the helpdesk and is applicable only for helpdesk chats. """
    type_: None | str | Unset = UNSET
    """ The type of the broadcast. Allowed values: `group-broadcast`, `location-broadcast`, `activity-broadcast`.
    """
    expire_time: None | str | Unset = UNSET
    """ The time at which the broadcast will expire in 'YYYY-MM-DD HH:MM:SS' format. Only applicable for broadcasts
    with expiry time. """
    update_type: None | str | Unset = UNSET
    """ The updated details in the chat. Only applicable for the ChatUpdated event. Allowed values:
    `UserInvitedToChat`, `UserLeftChat`, `ChatFinished`, `UserJoinedChat`, `ChatMoved`, `UserLeftBroadcast`,
    `BroadcastFinished`, `NameChanged`. """
    update_info: ChatUpdateInfo | Unset = UNSET
    """ The object contains the updated information of a chat. """
    broadcast_info: ChatBroadcastInfo | Unset = UNSET
    """ The object containing details about the broadcast chat. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.started_time is not UNSET:
            field_dict["startedTime"] = self.started_time
        if self.ended_time is not UNSET:
            field_dict["endedTime"] = self.ended_time
        if self.chat_id is not UNSET:
            field_dict["chatId"] = self.chat_id
        if self.started_by is not UNSET:
            field_dict["startedBy"] = self.started_by
        if self.chat_name is not UNSET:
            field_dict["chatName"] = self.chat_name
        if self.helpdesk_name is not UNSET:
            field_dict["helpdeskName"] = self.helpdesk_name
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.expire_time is not UNSET:
            field_dict["expireTime"] = self.expire_time
        if self.update_type is not UNSET:
            field_dict["updateType"] = self.update_type
        if self.update_info is not UNSET:
            field_dict["updateInfo"] = (
                self.update_info.to_dict() if isinstance(self.update_info, ChatUpdateInfo) else self.update_info
            )
        if self.broadcast_info is not UNSET:
            field_dict["broadcastInfo"] = (
                self.broadcast_info.to_dict()
                if isinstance(self.broadcast_info, ChatBroadcastInfo)
                else self.broadcast_info
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        chat = cls(*_read_fields(d))
        _value = chat.update_info
        chat.update_info = ChatUpdateInfo.from_dict(_value) if isinstance(_value, dict) else _value
        _value = chat.broadcast_info
        chat.broadcast_info = ChatBroadcastInfo.from_dict(_value) if isinstance(_value, dict) else _value
        if len(d) > _N_FIELDS:
            chat.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return chat

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
from ..models.chat_broadcast_info import ChatBroadcastInfo  # noqa: E402
from ..models.chat_update_info import ChatUpdateInfo  # noqa: E402
