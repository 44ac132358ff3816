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
    "messageId": UNSET,
    "sequenceNumber": UNSET,
    "text": UNSET,
    "attachment": UNSET,
    "author": UNSET,
    "time": UNSET,
    "type": UNSET,
}
_N_FIELDS = 7
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "messageId",
    "sequenceNumber",
    "text",
    "attachment",
    "author",
    "time",
    "type",
)

T = TypeVar("T", bound="Message")


@_attrs_define(repr=False)
class Message:
    """Chat message details"""

    message_id: int | None | Unset = UNSET
    """ The identifier of the message in the collaboration server (long). """
    sequence_number: int | None | Unset = UNSET
    """ The sequence number of the message in the chat or broadcast (long). """
    text: None | str | Unset = UNSET
    """ The text content of the message (string). """
    attachment: Attachment | Unset = UNSET
    author: None | str | Unset = UNSET
    """ The user login of the user who created this message """
    time: None | str | Unset = UNSET
    """ The time the message was sent in UTC time standard (string). The time format is YYYY-MM-DD HH:MM:SS. """
    type_: None | str | Unset = UNSET
    """ Type of message whether its user generated(message) or system generated(notification). Allowed values:
    `message`, `notification`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.message_id is not UNSET:
            field_dict["messageId"] = self.message_id
        if self.sequence_number is not UNSET:
            field_dict["sequenceNumber"] = self.sequence_number
        if self.text is not UNSET:
            field_dict["text"] = self.text
        if self.attachment is not UNSET:
            field_dict["attachment"] = (
                self.attachment.to_dict() if isinstance(self.attachment, Attachment) else self.attachment
            )
        if self.author is not UNSET:
            field_dict["author"] = self.author
        if self.time is not UNSET:
            field_dict["time"] = self.time
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        message = cls(*_read_fields(d))
        _value = message.attachment
        message.attachment = Attachment.from_dict(_value) if isinstance(_value, dict) else _value
        if len(d) > _N_FIELDS:
            message.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return message

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
from ..models.attachment import Attachment  # noqa: E402
