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
    "type": UNSET,
    "attachmentId": UNSET,
    "chatId": UNSET,
    "data": UNSET,
}
_N_FIELDS = 4
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "type",
    "attachmentId",
    "chatId",
    "data",
)

T = TypeVar("T", bound="ChatMessageAttachment")


@_attrs_define(repr=False)
class ChatMessageAttachment:
    """The object containing the attachment details."""

    type_: None | str | Unset = UNSET
    attachment_id: int | None | Unset = UNSET
    """ The unique identifier of the attachment. """
    chat_id: int | None | Unset = UNSET
    """ The unique identifier of the chat. """
    data: ChatMessageAttachmentData | Unset = UNSET
    """ The object containing the data of the attachment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.attachment_id is not UNSET:
            field_dict["attachmentId"] = self.attachment_id
        if self.chat_id is not UNSET:
            field_dict["chatId"] = self.chat_id
        if self.data is not UNSET:
            field_dict["data"] = self.data.to_dict() if isinstance(self.data, ChatMessageAttachmentData) else self.data
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        chat_message_attachment = cls(*_read_fields(d))
        _value = chat_message_attachment.data
        chat_message_attachment.data = (
            ChatMessageAttachmentData.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if len(d) > _N_FIELDS:
            chat_message_attachment.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return chat_message_attachment

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
from ..models.chat_message_attachment_data import ChatMessageAttachmentData  # noqa: E402
