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
    "login": UNSET,
    "chatId": UNSET,
    "messageId": UNSET,
    "status": UNSET,
}
_N_FIELDS = 4
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "login",
    "chatId",
    "messageId",
    "status",
)

T = TypeVar("T", bound="StatusChanges")


@_attrs_define(repr=False)
class StatusChanges:
    """A record containing an array of status update records. Each status update record is a map with the following fields"""

    login: None | str | Unset = UNSET
    """ Login of the user whose status is changed (string). """
    chat_id: int | None | Unset = UNSET
    """ The unique identifier of the broadcast in the collaboration server (integer). """
    message_id: int | None | Unset = UNSET
    """ The identifier of this message for which the status is changed (long). """
    status: None | str | Unset = UNSET
    """ The status change (string). Allowed values: `UNDELIVERED`, `DELIVERED`, `READ`, `ACKNOWLEDGED`, `ACCEPTED`,
    `REJECTED`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.login is not UNSET:
            field_dict["login"] = self.login
        if self.chat_id is not UNSET:
            field_dict["chatId"] = self.chat_id
        if self.message_id is not UNSET:
            field_dict["messageId"] = self.message_id
        if self.status is not UNSET:
            field_dict["status"] = self.status
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        status_changes = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            status_changes.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return status_changes

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
