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
    "chatId": UNSET,
    "text": UNSET,
    "author": UNSET,
    "time": UNSET,
    "sequenceNumber": UNSET,
    "messageId": UNSET,
}
_N_FIELDS = 6
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "chatId",
    "text",
    "author",
    "time",
    "sequenceNumber",
    "messageId",
)

T = TypeVar("T", bound="SendMessageResponse")


@_attrs_define(repr=False)
class SendMessageResponse:
    """The response body object for this operation."""

    chat_id: int | None | Unset = UNSET
    """ The unique identifier of the chat in Oracle Field Service. """
    text: None | str | Unset = UNSET
    """ The content of the message. """
    author: None | str | Unset = UNSET
    """ The login of the user who created this message. """
    time: None | str | Unset = UNSET
    """ The time (in UTC time zone) when the message was sent. The time is in 'YYYY-MM-DD HH:MM:SS' format. """
    sequence_number: int | None | Unset = UNSET
    """ The sequence number of the message in the chat.

    Note: This number may not be unique. """
    message_id: int | None | Unset = UNSET
    """ The unique identifier of the message in Oracle Field Service. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.chat_id is not UNSET:
            field_dict["chatId"] = self.chat_id
        if self.text is not UNSET:
            field_dict["text"] = self.text
        if self.author is not UNSET:
            field_dict["author"] = self.author
        if self.time is not UNSET:
            field_dict["time"] = self.time
        if self.sequence_number is not UNSET:
            field_dict["sequenceNumber"] = self.sequence_number
        if self.message_id is not UNSET:
            field_dict["messageId"] = self.message_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        send_message_response = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            send_message_response.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return send_message_response

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
