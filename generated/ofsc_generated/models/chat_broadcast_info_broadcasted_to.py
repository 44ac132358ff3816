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
    "groups": None,
    "helpdesks": None,
    "supervisorGroups": None,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "groups",
    "helpdesks",
    "supervisorGroups",
)

T = TypeVar("T", bound="ChatBroadcastInfoBroadcastedTo")


@_attrs_define(repr=False, init=False)
class ChatBroadcastInfoBroadcastedTo:
    """The object contains the group names to which the broadcast was sent."""

    groups: list[str] | None
    """ The collaboration user groups to which the broadcast is sent. """
    helpdesks: list[str] | None
    """ The collaboration helpdesk groups to which the broadcast is sent. """
    supervisor_groups: list[str] | None
    """ The supervisor groups to which the broadcast is sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        groups: list[str] | None | Unset = UNSET,
        helpdesks: list[str] | None | Unset = UNSET,
        supervisor_groups: list[str] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "groups": groups,
            "helpdesks": helpdesks,
            "supervisorGroups": supervisor_groups,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.groups = None if isinstance(groups, Unset) else groups
        self.helpdesks = None if isinstance(helpdesks, Unset) else helpdesks
        self.supervisor_groups = None if isinstance(supervisor_groups, Unset) else supervisor_groups
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.groups is not None or "groups" in sent:
            field_dict["groups"] = self.groups
        if self.helpdesks is not None or "helpdesks" in sent:
            field_dict["helpdesks"] = self.helpdesks
        if self.supervisor_groups is not None or "supervisorGroups" in sent:
            field_dict["supervisorGroups"] = self.supervisor_groups
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        chat_broadcast_info_broadcasted_to = cls.__new__(cls)
        chat_broadcast_info_broadcasted_to._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            chat_broadcast_info_broadcasted_to.groups,
            chat_broadcast_info_broadcasted_to.helpdesks,
            chat_broadcast_info_broadcasted_to.supervisor_groups,
        ) = _read_fields(d)
        chat_broadcast_info_broadcasted_to.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
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
