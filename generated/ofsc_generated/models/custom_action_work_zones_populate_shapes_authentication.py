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
    "type": UNSET,
    "username": UNSET,
    "password": UNSET,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "type",
    "username",
    "password",
)

T = TypeVar("T", bound="CustomActionWorkZonesPopulateShapesAuthentication")


@_attrs_define(repr=False)
class CustomActionWorkZonesPopulateShapesAuthentication:
    """The authentication parameters used to connect with the server."""

    type_: None | str | Unset = UNSET
    """ The type of the authentication. Allowed values: `basic`, `ftp`, `none`. """
    username: None | str | Unset = UNSET
    """ The username of the user. """
    password: None | str | Unset = UNSET
    """ The password of the user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.username is not UNSET:
            field_dict["username"] = self.username
        if self.password is not UNSET:
            field_dict["password"] = self.password
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        custom_action_work_zones_populate_shapes_authentication = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            custom_action_work_zones_populate_shapes_authentication.additional_properties = dict(
                islice(d.items(), _N_FIELDS, None)
            )
        return custom_action_work_zones_populate_shapes_authentication

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
