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
    "invitedBy": None,
    "invitedTime": None,
    "leftTime": None,
}
_N_FIELDS = 5
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "name",
    "login",
    "invitedBy",
    "invitedTime",
    "leftTime",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="ChatParticipant")


@_attrs_define(repr=False, init=False)
class ChatParticipant:
    """The participant object contains details about the participant."""

    name: str | None
    """ The name of the participant. """
    login: str | None
    """ The login name of the user. """
    invited_by: str | None
    """ The login name of the user who invited another user for chat. """
    invited_time: str | None
    """ The time at which the user was invited to chat in 'YYYY-MM-DD HH:MM:SS' format. """
    left_time: str | None
    """ The time at which the user left the chat in 'YYYY-MM-DD HH:MM:SS' format or '-1' is displayed, if the user
    is present in the chat. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "name",
            "login",
            "invited_by",
            "invited_time",
            "left_time",
            "additional_properties",
        )
    )

    def __init__(
        self,
        name: str | None | Unset = UNSET,
        login: str | None | Unset = UNSET,
        invited_by: str | None | Unset = UNSET,
        invited_time: str | None | Unset = UNSET,
        left_time: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "name": name,
            "login": login,
            "invitedBy": invited_by,
            "invitedTime": invited_time,
            "leftTime": left_time,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.name = None if isinstance(name, Unset) else name
        self.login = None if isinstance(login, Unset) else login
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
        if self.invited_by is not None or "invitedBy" in sent:
            field_dict["invitedBy"] = self.invited_by
        if self.invited_time is not None or "invitedTime" in sent:
            field_dict["invitedTime"] = self.invited_time
        if self.left_time is not None or "leftTime" in sent:
            field_dict["leftTime"] = self.left_time
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is ChatParticipant else lazy_twin(cls))
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
            target.invited_by,
            target.invited_time,
            target.left_time,
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


_Twin = lazy_twin(ChatParticipant)
