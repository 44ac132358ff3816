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
    "movedFromHelpdesk": None,
    "moveReason": None,
    "oldName": None,
    "newName": None,
}
_N_FIELDS = 4
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "movedFromHelpdesk",
    "moveReason",
    "oldName",
    "newName",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="ChatUpdateInfo")


@_attrs_define(repr=False, init=False)
class ChatUpdateInfo:
    """The object contains the updated information of a chat."""

    moved_from_helpdesk: str | None
    """ The name of the helpdesk from which the chat was moved. Only applicable for the ChatMoved event. """
    move_reason: str | None
    """ The reason for which the operator had to move the chat. Only applicable for the ChatMoved event. """
    old_name: str | None
    """ The name of the chat before it was updated. Only applicable for the NameChanged event. """
    new_name: str | None
    """ The name of the chat to which it was updated. Only applicable for the NameChanged event. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "moved_from_helpdesk",
            "move_reason",
            "old_name",
            "new_name",
            "additional_properties",
        )
    )

    def __init__(
        self,
        moved_from_helpdesk: str | None | Unset = UNSET,
        move_reason: str | None | Unset = UNSET,
        old_name: str | None | Unset = UNSET,
        new_name: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "movedFromHelpdesk": moved_from_helpdesk,
            "moveReason": move_reason,
            "oldName": old_name,
            "newName": new_name,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.moved_from_helpdesk = None if isinstance(moved_from_helpdesk, Unset) else moved_from_helpdesk
        self.move_reason = None if isinstance(move_reason, Unset) else move_reason
        self.old_name = None if isinstance(old_name, Unset) else old_name
        self.new_name = None if isinstance(new_name, Unset) else new_name
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.moved_from_helpdesk is not None or "movedFromHelpdesk" in sent:
            field_dict["movedFromHelpdesk"] = self.moved_from_helpdesk
        if self.move_reason is not None or "moveReason" in sent:
            field_dict["moveReason"] = self.move_reason
        if self.old_name is not None or "oldName" in sent:
            field_dict["oldName"] = self.old_name
        if self.new_name is not None or "newName" in sent:
            field_dict["newName"] = self.new_name
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is ChatUpdateInfo else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.moved_from_helpdesk,
            target.move_reason,
            target.old_name,
            target.new_name,
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


_Twin = lazy_twin(ChatUpdateInfo)
