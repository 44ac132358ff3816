from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "startedTime": None,
    "endedTime": None,
    "chatId": None,
    "startedBy": None,
    "chatName": None,
    "helpdeskName": None,
    "type": None,
    "expireTime": None,
    "updateType": None,
    "updateInfo": None,
    "broadcastInfo": None,
}
_N_FIELDS = 11
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "startedTime",
    "endedTime",
    "chatId",
    "startedBy",
    "chatName",
    "helpdeskName",
    "type",
    "expireTime",
    "updateType",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 3

T = TypeVar("T", bound="Chat")


@_attrs_define(repr=False, init=False)
class Chat:
    """The object containing details about the chat."""

    started_time: str | None
    """ The time when the chat was started (ISO-8601). """
    ended_time: str | None
    """ Time (in UTC time standard) when the chat or broadcast was ended (string). The time format is YYYY-MM-DD
    HH:MM:SS. The field isn't available if the chat has not ended. """
    chat_id: int | None
    """ The identifier of the chat. """
    started_by: str | None
    """ The address of the user who started the chat. """
    chat_name: str | None
    """ The name of the chat. """
    helpdesk_name: str | None
    """ The name of the helpdesk and is applicable only for helpdesk chats. """
    type_: str | None
    """ The type of the broadcast. Allowed values: `group-broadcast`, `location-broadcast`, `activity-broadcast`.
    """
    expire_time: str | None
    """ The time at which the broadcast will expire in 'YYYY-MM-DD HH:MM:SS' format. Only applicable for broadcasts
    with expiry time. """
    update_type: str | None
    """ The updated details in the chat. Only applicable for the ChatUpdated event. Allowed values:
    `UserInvitedToChat`, `UserLeftChat`, `ChatFinished`, `UserJoinedChat`, `ChatMoved`, `UserLeftBroadcast`,
    `BroadcastFinished`, `NameChanged`. """
    update_info: ChatUpdateInfo | None
    """ The object contains the updated information of a chat. """
    broadcast_info: ChatBroadcastInfo | None
    """ The object containing details about the broadcast chat. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "started_time",
            "ended_time",
            "chat_id",
            "started_by",
            "chat_name",
            "helpdesk_name",
            "type_",
            "expire_time",
            "update_type",
            "additional_properties",
        )
    )

    def __init__(
        self,
        started_time: str | None | Unset = UNSET,
        ended_time: str | None | Unset = UNSET,
        chat_id: int | None | Unset = UNSET,
        started_by: str | None | Unset = UNSET,
        chat_name: str | None | Unset = UNSET,
        helpdesk_name: str | None | Unset = UNSET,
        type_: Literal["group-broadcast", "location-broadcast", "activity-broadcast"] | None | Unset = UNSET,
        expire_time: str | None | Unset = UNSET,
        update_type: Literal[
            "UserInvitedToChat",
            "UserLeftChat",
            "ChatFinished",
            "UserJoinedChat",
            "ChatMoved",
            "UserLeftBroadcast",
            "BroadcastFinished",
            "NameChanged",
        ]
        | None
        | Unset = UNSET,
        update_info: ChatUpdateInfo | None | Unset = UNSET,
        broadcast_info: ChatBroadcastInfo | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "startedTime": started_time,
            "endedTime": ended_time,
            "chatId": chat_id,
            "startedBy": started_by,
            "chatName": chat_name,
            "helpdeskName": helpdesk_name,
            "type": type_,
            "expireTime": expire_time,
            "updateType": update_type,
            "updateInfo": update_info,
            "broadcastInfo": broadcast_info,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.started_time = None if isinstance(started_time, Unset) else started_time
        self.ended_time = None if isinstance(ended_time, Unset) else ended_time
        self.chat_id = None if isinstance(chat_id, Unset) else chat_id
        self.started_by = None if isinstance(started_by, Unset) else started_by
        self.chat_name = None if isinstance(chat_name, Unset) else chat_name
        self.helpdesk_name = None if isinstance(helpdesk_name, Unset) else helpdesk_name
        self.type_ = None if isinstance(type_, Unset) else type_
        self.expire_time = None if isinstance(expire_time, Unset) else expire_time
        self.update_type = None if isinstance(update_type, Unset) else update_type
        self.update_info = None if isinstance(update_info, Unset) else update_info
        self.broadcast_info = None if isinstance(broadcast_info, Unset) else broadcast_info
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.started_time is not None or "startedTime" in sent:
            field_dict["startedTime"] = self.started_time
        if self.ended_time is not None or "endedTime" in sent:
            field_dict["endedTime"] = self.ended_time
        if self.chat_id is not None or "chatId" in sent:
            field_dict["chatId"] = self.chat_id
        if self.started_by is not None or "startedBy" in sent:
            field_dict["startedBy"] = self.started_by
        if self.chat_name is not None or "chatName" in sent:
            field_dict["chatName"] = self.chat_name
        if self.helpdesk_name is not None or "helpdeskName" in sent:
            field_dict["helpdeskName"] = self.helpdesk_name
        if self.type_ is not None or "type" in sent:
            field_dict["type"] = self.type_
        if self.expire_time is not None or "expireTime" in sent:
            field_dict["expireTime"] = self.expire_time
        if self.update_type is not None or "updateType" in sent:
            field_dict["updateType"] = self.update_type
        if self.update_info is not None or "updateInfo" in sent:
            field_dict["updateInfo"] = (
                self.update_info.to_dict() if isinstance(self.update_info, ChatUpdateInfo) else self.update_info
            )
        if self.broadcast_info is not None or "broadcastInfo" in sent:
            field_dict["broadcastInfo"] = (
                self.broadcast_info.to_dict()
                if isinstance(self.broadcast_info, ChatBroadcastInfo)
                else self.broadcast_info
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is Chat else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("updateInfo")
        _model.update_info = ChatUpdateInfo.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["updateInfo"] = _model.update_info
        _value = _src.get("broadcastInfo")
        _model.broadcast_info = ChatBroadcastInfo.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["broadcastInfo"] = _model.broadcast_info
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.started_time,
            target.ended_time,
            target.chat_id,
            target.started_by,
            target.chat_name,
            target.helpdesk_name,
            target.type_,
            target.expire_time,
            target.update_type,
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


_Twin = lazy_twin(Chat)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.chat_broadcast_info import ChatBroadcastInfo  # noqa: E402
from ..models.chat_update_info import ChatUpdateInfo  # noqa: E402
