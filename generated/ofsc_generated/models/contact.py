from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "name": None,
    "online": None,
    "contactId": None,
    "type": None,
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


@_attrs_define(repr=False, init=False)
class Contact:
    """Contact object"""

    name: str | None
    """ contact name """
    online: bool | None
    """ online status of the user """
    contact_id: str | None
    """ contact id or login id of the user """
    type_: str | None
    """ type of user Allowed values: `user`, `helpdesk`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        name: str | None | Unset = UNSET,
        online: bool | None | Unset = UNSET,
        contact_id: str | None | Unset = UNSET,
        type_: Literal["user", "helpdesk"] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "name": name,
            "online": online,
            "contactId": contact_id,
            "type": type_,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.name = None if isinstance(name, Unset) else name
        self.online = None if isinstance(online, Unset) else online
        self.contact_id = None if isinstance(contact_id, Unset) else contact_id
        self.type_ = None if isinstance(type_, Unset) else type_
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.name is not None or "name" in sent:
            field_dict["name"] = self.name
        if self.online is not None or "online" in sent:
            field_dict["online"] = self.online
        if self.contact_id is not None or "contactId" in sent:
            field_dict["contactId"] = self.contact_id
        if self.type_ is not None or "type" in sent:
            field_dict["type"] = self.type_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        contact = cls.__new__(cls)
        contact._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            contact.name,
            contact.online,
            contact.contact_id,
            contact.type_,
        ) = _read_fields(d)
        contact.additional_properties = dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
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
