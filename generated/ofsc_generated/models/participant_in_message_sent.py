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
    "name": None,
    "login": None,
    "type": None,
    "invitedBy": None,
    "invitedTime": None,
}
_N_FIELDS = 5
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "name",
    "login",
    "type",
    "invitedBy",
    "invitedTime",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="ParticipantInMessageSent")


@_attrs_define(repr=False, init=False)
class ParticipantInMessageSent:
    """A record containing the details of the participants in the chat or broadcast. This field is available only when the
    message is the first message of a chat or a broadcast.

    """

    name: str | None
    """ Indicates the name of the participant. """
    login: str | None
    """ Login of the user or group id of chat bot in case of bot chats """
    type_: str | None
    """ The type of participant (possible values: bot). Present only in case of bot chats """
    invited_by: str | None
    """ Indicates the login of the user who invited this user to chat.This field will be present only when another
    user invites a user. """
    invited_time: str | None
    """ Indicates the time at which the user was invited to chat. Format is 'YYYY-MM-DD HH:MM:SS' """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "name",
            "login",
            "type_",
            "invited_by",
            "invited_time",
            "additional_properties",
        )
    )

    def __init__(
        self,
        name: str | None | Unset = UNSET,
        login: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        invited_by: str | None | Unset = UNSET,
        invited_time: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "name": name,
            "login": login,
            "type": type_,
            "invitedBy": invited_by,
            "invitedTime": invited_time,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.name = None if isinstance(name, Unset) else name
        self.login = None if isinstance(login, Unset) else login
        self.type_ = None if isinstance(type_, Unset) else type_
        self.invited_by = None if isinstance(invited_by, Unset) else invited_by
        self.invited_time = None if isinstance(invited_time, Unset) else invited_time
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.name is not None or "name" in sent:
            field_dict["name"] = self.name
        if self.login is not None or "login" in sent:
            field_dict["login"] = self.login
        if self.type_ is not None or "type" in sent:
            field_dict["type"] = self.type_
        if self.invited_by is not None or "invitedBy" in sent:
            field_dict["invitedBy"] = self.invited_by
        if self.invited_time is not None or "invitedTime" in sent:
            field_dict["invitedTime"] = self.invited_time
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is ParticipantInMessageSent else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.name,
            target.login,
            target.type_,
            target.invited_by,
            target.invited_time,
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


_Twin = lazy_twin(ParticipantInMessageSent)
