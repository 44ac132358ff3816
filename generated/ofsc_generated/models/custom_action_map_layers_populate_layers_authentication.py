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

T = TypeVar("T", bound="CustomActionMapLayersPopulateLayersAuthentication")


@_attrs_define(repr=False)
class CustomActionMapLayersPopulateLayersAuthentication:
    """The authentication used for downloading the geo-data from the external source specified in the URL field.

    - If the URL points to an HTTP service, and the type of the authentication specified is 'basic', then Oracle Field
    Service sends a request to this URL to authenticate using the HTTP-Basic scheme with the username and password as
    credentials.
    - If the URL points to an FTP service, and the type of the authentication specified is 'ftp', then Oracle Field
    Service connects via the FTP protocol using the username and password as credentials.
    - If the type of the authentication specified is 'none', then Oracle Field Service downloads the geo-data without
    any authentication.

    """

    type_: None | str | Unset = UNSET
    """ The type of the authentication. The allowed values are 'none', 'basic', and 'ftp'. Allowed values: `basic`,
    `ftp`, `none`. """
    username: None | str | Unset = UNSET
    """ The username used to authenticate the connection between Oracle Field Service and the external source. """
    password: None | str | Unset = UNSET
    """ The password used to authenticate the connection between Oracle Field Service and the external source. """
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
        custom_action_map_layers_populate_layers_authentication = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            custom_action_map_layers_populate_layers_authentication.additional_properties = dict(
                islice(d.items(), _N_FIELDS, None)
            )
        return custom_action_map_layers_populate_layers_authentication

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
