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
    "movedFromHelpdesk": UNSET,
    "moveReason": UNSET,
    "oldName": UNSET,
    "newName": UNSET,
}
_N_FIELDS = 4
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "movedFromHelpdesk",
    "moveReason",
    "oldName",
    "newName",
)

T = TypeVar("T", bound="ChatUpdateInfo")


@_attrs_define(repr=False)
class ChatUpdateInfo:
    """The object contains the updated information of a chat."""

    moved_from_helpdesk: None | str | Unset = UNSET
    """ The name of the helpdesk from which the chat was moved. Only applicable for the ChatMoved event. """
    move_reason: None | str | Unset = UNSET
    """ The reason for which the operator had to move the chat. Only applicable for the ChatMoved event. """
    old_name: None | str | Unset = UNSET
    """ The name of the chat before it was updated. Only applicable for the NameChanged event. """
    new_name: None | str | Unset = UNSET
    """ The name of the chat to which it was updated. Only applicable for the NameChanged event. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.moved_from_helpdesk is not UNSET:
            field_dict["movedFromHelpdesk"] = self.moved_from_helpdesk
        if self.move_reason is not UNSET:
            field_dict["moveReason"] = self.move_reason
        if self.old_name is not UNSET:
            field_dict["oldName"] = self.old_name
        if self.new_name is not UNSET:
            field_dict["newName"] = self.new_name
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        chat_update_info = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            chat_update_info.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return chat_update_info

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
