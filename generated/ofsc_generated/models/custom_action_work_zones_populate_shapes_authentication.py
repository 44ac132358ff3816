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
    "type": None,
    "username": None,
    "password": None,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "type",
    "username",
    "password",
)

T = TypeVar("T", bound="CustomActionWorkZonesPopulateShapesAuthentication")


@_attrs_define(repr=False, init=False)
class CustomActionWorkZonesPopulateShapesAuthentication:
    """The authentication parameters used to connect with the server."""

    type_: str | None
    """ The type of the authentication. Allowed values: `basic`, `ftp`, `none`. """
    username: str | None
    """ The username of the user. """
    password: str | None
    """ The password of the user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        type_: Literal["basic", "ftp", "none"] | None | Unset = UNSET,
        username: str | None | Unset = UNSET,
        password: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "type": type_,
            "username": username,
            "password": password,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.type_ = None if isinstance(type_, Unset) else type_
        self.username = None if isinstance(username, Unset) else username
        self.password = None if isinstance(password, Unset) else password
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.type_ is not None or "type" in sent:
            field_dict["type"] = self.type_
        if self.username is not None or "username" in sent:
            field_dict["username"] = self.username
        if self.password is not None or "password" in sent:
            field_dict["password"] = self.password
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        custom_action_work_zones_populate_shapes_authentication = cls.__new__(cls)
        custom_action_work_zones_populate_shapes_authentication._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            custom_action_work_zones_populate_shapes_authentication.type_,
            custom_action_work_zones_populate_shapes_authentication.username,
            custom_action_work_zones_populate_shapes_authentication.password,
        ) = _read_fields(d)
        custom_action_work_zones_populate_shapes_authentication.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
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
