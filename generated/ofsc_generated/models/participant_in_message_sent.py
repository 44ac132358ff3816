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
    "name": UNSET,
    "login": UNSET,
    "type": UNSET,
    "invitedBy": UNSET,
    "invitedTime": UNSET,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "name",
    "login",
    "type",
    "invitedBy",
    "invitedTime",
)

T = TypeVar("T", bound="ParticipantInMessageSent")


@_attrs_define(repr=False)
class ParticipantInMessageSent:
    """A record containing the details of the participants in the chat or broadcast. This field is available only when the
    message is the first message of a chat or a broadcast.

    """

    name: None | str | Unset = UNSET
    """ Indicates the name of the participant. """
    login: None | str | Unset = UNSET
    """ Login of the user or group id of chat bot in case of bot chats """
    type_: None | str | Unset = UNSET
    """ The type of participant (possible values: bot). Present only in case of bot chats """
    invited_by: None | str | Unset = UNSET
    """ Indicates the login of the user who invited this user to chat.This field will be present only when another
    user invites a user. """
    invited_time: None | str | Unset = UNSET
    """ Indicates the time at which the user was invited to chat. Format is 'YYYY-MM-DD HH:MM:SS' """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.login is not UNSET:
            field_dict["login"] = self.login
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.invited_by is not UNSET:
            field_dict["invitedBy"] = self.invited_by
        if self.invited_time is not UNSET:
            field_dict["invitedTime"] = self.invited_time
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        participant_in_message_sent = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            participant_in_message_sent.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return participant_in_message_sent

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
