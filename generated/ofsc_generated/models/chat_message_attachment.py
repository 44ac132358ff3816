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
    "type": None,
    "attachmentId": None,
    "chatId": None,
    "data": None,
}
_N_FIELDS = 4
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "type",
    "attachmentId",
    "chatId",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

T = TypeVar("T", bound="ChatMessageAttachment")


@_attrs_define(repr=False, init=False)
class ChatMessageAttachment:
    """The object containing the attachment details."""

    type_: str | None
    attachment_id: int | None
    """ The unique identifier of the attachment. """
    chat_id: int | None
    """ The unique identifier of the chat. """
    data: ChatMessageAttachmentData | None
    """ The object containing the data of the attachment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "type_",
            "attachment_id",
            "chat_id",
            "additional_properties",
        )
    )

    def __init__(
        self,
        type_: str | None | Unset = UNSET,
        attachment_id: int | None | Unset = UNSET,
        chat_id: int | None | Unset = UNSET,
        data: ChatMessageAttachmentData | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "type": type_,
            "attachmentId": attachment_id,
            "chatId": chat_id,
            "data": data,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.type_ = None if isinstance(type_, Unset) else type_
        self.attachment_id = None if isinstance(attachment_id, Unset) else attachment_id
        self.chat_id = None if isinstance(chat_id, Unset) else chat_id
        self.data = None if isinstance(data, Unset) else data
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.type_ is not None or "type" in sent:
            field_dict["type"] = self.type_
        if self.attachment_id is not None or "attachmentId" in sent:
            field_dict["attachmentId"] = self.attachment_id
        if self.chat_id is not None or "chatId" in sent:
            field_dict["chatId"] = self.chat_id
        if self.data is not None or "data" in sent:
            field_dict["data"] = self.data.to_dict() if isinstance(self.data, ChatMessageAttachmentData) else self.data
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is ChatMessageAttachment else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("data")
        _model.data = ChatMessageAttachmentData.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["data"] = _model.data
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.type_,
            target.attachment_id,
            target.chat_id,
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


_Twin = lazy_twin(ChatMessageAttachment)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.chat_message_attachment_data import ChatMessageAttachmentData  # noqa: E402
