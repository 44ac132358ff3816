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
    "groups": UNSET,
    "helpdesks": UNSET,
    "supervisorGroups": UNSET,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "groups",
    "helpdesks",
    "supervisorGroups",
)

T = TypeVar("T", bound="ChatBroadcastInfoBroadcastedTo")


@_attrs_define(repr=False)
class ChatBroadcastInfoBroadcastedTo:
    """The object contains the group names to which the broadcast was sent."""

    groups: list[str] | None | Unset = UNSET
    """ The collaboration user groups to which the broadcast is sent. """
    helpdesks: list[str] | None | Unset = UNSET
    """ The collaboration helpdesk groups to which the broadcast is sent. """
    supervisor_groups: list[str] | None | Unset = UNSET
    """ The supervisor groups to which the broadcast is sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.groups is not UNSET:
            field_dict["groups"] = self.groups
        if self.helpdesks is not UNSET:
            field_dict["helpdesks"] = self.helpdesks
        if self.supervisor_groups is not UNSET:
            field_dict["supervisorGroups"] = self.supervisor_groups
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        chat_broadcast_info_broadcasted_to = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            chat_broadcast_info_broadcasted_to.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return chat_broadcast_info_broadcasted_to

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
