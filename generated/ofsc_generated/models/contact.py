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
    "online": UNSET,
    "contactId": UNSET,
    "type": UNSET,
}
_N_FIELDS = 4
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "name",
    "online",
    "contactId",
    "type",
)

T = TypeVar("T", bound="Contact")


@_attrs_define(repr=False)
class Contact:
    """Contact object"""

    name: None | str | Unset = UNSET
    """ contact name """
    online: bool | None | Unset = UNSET
    """ online status of the user """
    contact_id: None | str | Unset = UNSET
    """ contact id or login id of the user """
    type_: None | str | Unset = UNSET
    """ type of user Allowed values: `user`, `helpdesk`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.online is not UNSET:
            field_dict["online"] = self.online
        if self.contact_id is not UNSET:
            field_dict["contactId"] = self.contact_id
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        contact = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            contact.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return contact

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
