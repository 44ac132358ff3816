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
    "name": None,
    "login": None,
    "present": None,
    "online": None,
    "invitedBy": None,
    "invitedTime": None,
    "leftTime": None,
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


@_attrs_define(repr=False, init=False)
class Participant:
    """The details of the participant."""

    name: str | None
    """ The name of the participant. """
    login: str | None
    """ The login of the participant. """
    present: bool | None
    """ Contains one of the following values: true or false. If true, then the participant is present in the chat.
    If false, then then the participant is not present in the chat. """
    online: bool | None
    """ Contains one of the following values: true or false. If true, then the participant is online. If false, then
    then the participant is not online. """
    invited_by: str | None
    """ The login of the user who invited the participant to the chat or conference. This field is present only for
    the chats started by a user. """
    invited_time: str | None
    """ The time (in UTC time zone) when the participant was invited to a chat or conference. The time is specified
    in 'YYYY-MM-DD HH:MM:SS' format. """
    left_time: str | None
    """ The time (in UTC time zone) when the participant left the chat. The time is specified in 'YYYY-MM-DD
    HH:MM:SS' format. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        name: str | None | Unset = UNSET,
        login: str | None | Unset = UNSET,
        present: bool | None | Unset = UNSET,
        online: bool | None | Unset = UNSET,
        invited_by: str | None | Unset = UNSET,
        invited_time: str | None | Unset = UNSET,
        left_time: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "name": name,
            "login": login,
            "present": present,
            "online": online,
            "invitedBy": invited_by,
            "invitedTime": invited_time,
            "leftTime": left_time,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.name = None if isinstance(name, Unset) else name
        self.login = None if isinstance(login, Unset) else login
        self.present = None if isinstance(present, Unset) else present
        self.online = None if isinstance(online, Unset) else online
        self.invited_by = None if isinstance(invited_by, Unset) else invited_by
        self.invited_time = None if isinstance(invited_time, Unset) else invited_time
        self.left_time = None if isinstance(left_time, Unset) else left_time
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.name is not None or "name" in sent:
            field_dict["name"] = self.name
        if self.login is not None or "login" in sent:
            field_dict["login"] = self.login
        if self.present is not None or "present" in sent:
            field_dict["present"] = self.present
        if self.online is not None or "online" in sent:
            field_dict["online"] = self.online
        if self.invited_by is not None or "invitedBy" in sent:
            field_dict["invitedBy"] = self.invited_by
        if self.invited_time is not None or "invitedTime" in sent:
            field_dict["invitedTime"] = self.invited_time
        if self.left_time is not None or "leftTime" in sent:
            field_dict["leftTime"] = self.left_time
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        participant = cls.__new__(cls)
        participant._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            participant.name,
            participant.login,
            participant.present,
            participant.online,
            participant.invited_by,
            participant.invited_time,
            participant.left_time,
        ) = _read_fields(d)
        participant.additional_properties = dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
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
