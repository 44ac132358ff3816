from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "chatId": None,
    "type": None,
    "startedTime": None,
    "startedBy": None,
    "participants": None,
}
_N_FIELDS = 5
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "chatId",
    "type",
    "startedTime",
    "startedBy",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

T = TypeVar("T", bound="StartChatResponse")


@_attrs_define(repr=False, init=False)
class StartChatResponse:
    """The details of the new chat."""

    chat_id: int | None
    """ The unique identifier of the chat in Oracle Field Service. """
    type_: str | None
    """ The type of the chat. The possible values of this field are:

    - normal - A chat between two participants
    - conference - A chat with more than two participants Allowed values: `normal`, `conference`. """
    started_time: str | None
    """ The time (in UTC time zone) when the chat started. The time is in 'YYYY-MM-DD HH:MM:SS' format. """
    started_by: str | None
    """ The login of the user who started the chat. This field is present only for the chats started by a user. """
    participants: list[PaginationLink] | None
    """ Link to participant of the chat """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "chat_id",
            "type_",
            "started_time",
            "started_by",
            "additional_properties",
        )
    )

    def __init__(
        self,
        chat_id: int | None | Unset = UNSET,
        type_: Literal["normal", "conference"] | None | Unset = UNSET,
        started_time: str | None | Unset = UNSET,
        started_by: str | None | Unset = UNSET,
        participants: list[PaginationLink] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "chatId": chat_id,
            "type": type_,
            "startedTime": started_time,
            "startedBy": started_by,
            "participants": participants,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.chat_id = None if isinstance(chat_id, Unset) else chat_id
        self.type_ = None if isinstance(type_, Unset) else type_
        self.started_time = None if isinstance(started_time, Unset) else started_time
        self.started_by = None if isinstance(started_by, Unset) else started_by
        self.participants = None if isinstance(participants, Unset) else participants
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.chat_id is not None or "chatId" in sent:
            field_dict["chatId"] = self.chat_id
        if self.type_ is not None or "type" in sent:
            field_dict["type"] = self.type_
        if self.started_time is not None or "startedTime" in sent:
            field_dict["startedTime"] = self.started_time
        if self.started_by is not None or "startedBy" in sent:
            field_dict["startedBy"] = self.started_by
        if self.participants is not None or "participants" in sent:
            field_dict["participants"] = (
                [item0.to_dict() if isinstance(item0, PaginationLink) else item0 for item0 in self.participants]
                if isinstance(self.participants, list)
                else self.participants
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is StartChatResponse else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("participants")
        _model.participants = (
            [PaginationLink.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["participants"] = _model.participants
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.chat_id,
            target.type_,
            target.started_time,
            target.started_by,
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


_Twin = lazy_twin(StartChatResponse)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.pagination_link import PaginationLink  # noqa: E402
