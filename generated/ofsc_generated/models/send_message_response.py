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
    "chatId": None,
    "text": None,
    "author": None,
    "time": None,
    "sequenceNumber": None,
    "messageId": None,
}
_N_FIELDS = 6
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "chatId",
    "text",
    "author",
    "time",
    "sequenceNumber",
    "messageId",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="SendMessageResponse")


@_attrs_define(repr=False, init=False)
class SendMessageResponse:
    """The response body object for this operation."""

    chat_id: int | None
    """ The unique identifier of the chat in Oracle Field Service. """
    text: str | None
    """ The content of the message. """
    author: str | None
    """ The login of the user who created this message. """
    time: str | None
    """ The time (in UTC time zone) when the message was sent. The time is in 'YYYY-MM-DD HH:MM:SS' format. """
    sequence_number: int | None
    """ The sequence number of the message in the chat.

    Note: This number may not be unique. """
    message_id: int | None
    """ The unique identifier of the message in Oracle Field Service. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "chat_id",
            "text",
            "author",
            "time",
            "sequence_number",
            "message_id",
            "additional_properties",
        )
    )

    def __init__(
        self,
        chat_id: int | None | Unset = UNSET,
        text: str | None | Unset = UNSET,
        author: str | None | Unset = UNSET,
        time: str | None | Unset = UNSET,
        sequence_number: int | None | Unset = UNSET,
        message_id: int | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "chatId": chat_id,
            "text": text,
            "author": author,
            "time": time,
            "sequenceNumber": sequence_number,
            "messageId": message_id,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.chat_id = None if isinstance(chat_id, Unset) else chat_id
        self.text = None if isinstance(text, Unset) else text
        self.author = None if isinstance(author, Unset) else author
        self.time = None if isinstance(time, Unset) else time
        self.sequence_number = None if isinstance(sequence_number, Unset) else sequence_number
        self.message_id = None if isinstance(message_id, Unset) else message_id
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.chat_id is not None or "chatId" in sent:
            field_dict["chatId"] = self.chat_id
        if self.text is not None or "text" in sent:
            field_dict["text"] = self.text
        if self.author is not None or "author" in sent:
            field_dict["author"] = self.author
        if self.time is not None or "time" in sent:
            field_dict["time"] = self.time
        if self.sequence_number is not None or "sequenceNumber" in sent:
            field_dict["sequenceNumber"] = self.sequence_number
        if self.message_id is not None or "messageId" in sent:
            field_dict["messageId"] = self.message_id
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is SendMessageResponse else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.chat_id,
            target.text,
            target.author,
            target.time,
            target.sequence_number,
            target.message_id,
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


_Twin = lazy_twin(SendMessageResponse)
