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
    "text": None,
    "attachment": None,
}
_N_FIELDS = 2
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "text",
    "attachment",
)

T = TypeVar("T", bound="SendMessageRequest")


@_attrs_define(repr=False, init=False)
class SendMessageRequest:
    """The schema of the request body object for this operation."""

    text: str | None
    """ The content of the message. """
    attachment: Attachment | None
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        text: str | None | Unset = UNSET,
        attachment: Attachment | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "text": text,
            "attachment": attachment,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.text = None if isinstance(text, Unset) else text
        self.attachment = None if isinstance(attachment, Unset) else attachment
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.text is not None or "text" in sent:
            field_dict["text"] = self.text
        if self.attachment is not None or "attachment" in sent:
            field_dict["attachment"] = (
                self.attachment.to_dict() if isinstance(self.attachment, Attachment) else self.attachment
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        send_message_request = cls.__new__(cls)
        send_message_request._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            send_message_request.text,
            send_message_request.attachment,
        ) = _read_fields(d)
        _value = send_message_request.attachment
        send_message_request.attachment = Attachment.from_dict(_value) if isinstance(_value, dict) else _value
        send_message_request.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return send_message_request

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
