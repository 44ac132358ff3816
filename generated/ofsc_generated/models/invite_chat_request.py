from __future__ import annotations

from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "login": None,
}
_N_FIELDS = 1

T = TypeVar("T", bound="InviteChatRequest")


@_attrs_define(repr=False, init=False)
class InviteChatRequest:
    login: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        login: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "login": login,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.login = None if isinstance(login, Unset) else login
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.login is not None or "login" in sent:
            field_dict["login"] = self.login
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        invite_chat_request = cls.__new__(cls)
        invite_chat_request._sent = src_dict
        d = {**_FIELDS, **src_dict}
        invite_chat_request.login = d["login"]
        invite_chat_request.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return invite_chat_request

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
