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
    "login": None,
    "name": None,
    "mainResourceId": None,
    "userType": None,
}
_N_FIELDS = 4
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "login",
    "name",
    "mainResourceId",
    "userType",
)

T = TypeVar("T", bound="UserDetails")


@_attrs_define(repr=False, init=False)
class UserDetails:
    login: str | None
    name: str | None
    main_resource_id: str | None
    user_type: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        login: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        main_resource_id: str | None | Unset = UNSET,
        user_type: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "login": login,
            "name": name,
            "mainResourceId": main_resource_id,
            "userType": user_type,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.login = None if isinstance(login, Unset) else login
        self.name = None if isinstance(name, Unset) else name
        self.main_resource_id = None if isinstance(main_resource_id, Unset) else main_resource_id
        self.user_type = None if isinstance(user_type, Unset) else user_type
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.login is not None or "login" in sent:
            field_dict["login"] = self.login
        if self.name is not None or "name" in sent:
            field_dict["name"] = self.name
        if self.main_resource_id is not None or "mainResourceId" in sent:
            field_dict["mainResourceId"] = self.main_resource_id
        if self.user_type is not None or "userType" in sent:
            field_dict["userType"] = self.user_type
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        user_details = cls.__new__(cls)
        user_details._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            user_details.login,
            user_details.name,
            user_details.main_resource_id,
            user_details.user_type,
        ) = _read_fields(d)
        user_details.additional_properties = dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        return user_details

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
