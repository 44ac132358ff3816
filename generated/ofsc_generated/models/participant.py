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
    "present": UNSET,
    "online": UNSET,
    "invitedBy": UNSET,
    "invitedTime": UNSET,
    "leftTime": UNSET,
}
_N_FIELDS = 7
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "name",
    "login",
    "present",
    "online",
    "invitedBy",
    "invitedTime",
    "leftTime",
)

T = TypeVar("T", bound="Participant")


@_attrs_define(repr=False)
class Participant:
    """The details of the participant."""

    name: None | str | Unset = UNSET
    """ The name of the participant. """
    login: None | str | Unset = UNSET
    """ The login of the participant. """
    present: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then the participant is present in the chat.
    If false, then then the participant is not present in the chat. """
    online: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, then the participant is online. If false, then
    then the participant is not online. """
    invited_by: None | str | Unset = UNSET
    """ The login of the user who invited the participant to the chat or conference. This field is present only for
    the chats started by a user. """
    invited_time: None | str | Unset = UNSET
    """ The time (in UTC time zone) when the participant was invited to a chat or conference. The time is specified
    in 'YYYY-MM-DD HH:MM:SS' format. """
    left_time: None | str | Unset = UNSET
    """ The time (in UTC time zone) when the participant left the chat. The time is specified in 'YYYY-MM-DD
    HH:MM:SS' format. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.login is not UNSET:
            field_dict["login"] = self.login
        if self.present is not UNSET:
            field_dict["present"] = self.present
        if self.online is not UNSET:
            field_dict["online"] = self.online
        if self.invited_by is not UNSET:
            field_dict["invitedBy"] = self.invited_by
        if self.invited_time is not UNSET:
            field_dict["invitedTime"] = self.invited_time
        if self.left_time is not UNSET:
            field_dict["leftTime"] = self.left_time
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        participant = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            participant.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return participant

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
