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
    "type": UNSET,
    "startedTime": UNSET,
    "startedBy": UNSET,
    "participants": UNSET,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "chatId",
    "type",
    "startedTime",
    "startedBy",
    "participants",
)

T = TypeVar("T", bound="StartChatResponse")


@_attrs_define(repr=False)
class StartChatResponse:
    """The details of the new chat."""

    chat_id: int | None | Unset = UNSET
    """ The unique identifier of the chat in Oracle Field Service. """
    type_: None | str | Unset = UNSET
    """ The type of the chat. The possible values of this field are:

    - normal - A chat between two participants
    - conference - A chat with more than two participants Allowed values: `normal`, `conference`. """
    started_time: None | str | Unset = UNSET
    """ The time (in UTC time zone) when the chat started. The time is in 'YYYY-MM-DD HH:MM:SS' format. """
    started_by: None | str | Unset = UNSET
    """ The login of the user who started the chat. This field is present only for the chats started by a user. """
    participants: list[PaginationLink] | None | Unset = UNSET
    """ Link to participant of the chat """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.chat_id is not UNSET:
            field_dict["chatId"] = self.chat_id
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.started_time is not UNSET:
            field_dict["startedTime"] = self.started_time
        if self.started_by is not UNSET:
            field_dict["startedBy"] = self.started_by
        if self.participants is not UNSET:
            field_dict["participants"] = (
                [item0.to_dict() if isinstance(item0, PaginationLink) else item0 for item0 in self.participants]
                if isinstance(self.participants, list)
                else self.participants
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        start_chat_response = cls(*_read_fields(d))
        _value = start_chat_response.participants
        start_chat_response.participants = (
            [PaginationLink.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            start_chat_response.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return start_chat_response

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
from ..models.pagination_link import PaginationLink  # noqa: E402
