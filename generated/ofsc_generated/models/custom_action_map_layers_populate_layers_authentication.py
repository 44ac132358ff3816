from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "type": None,
    "username": None,
    "password": None,
}
_N_FIELDS = 3
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "type",
    "username",
    "password",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="CustomActionMapLayersPopulateLayersAuthentication")


@_attrs_define(repr=False, init=False)
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

    type_: str | None
    """ The type of the authentication. The allowed values are 'none', 'basic', and 'ftp'. Allowed values: `basic`,
    `ftp`, `none`. """
    username: str | None
    """ The username used to authenticate the connection between Oracle Field Service and the external source. """
    password: str | None
    """ The password used to authenticate the connection between Oracle Field Service and the external source. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "type_",
            "username",
            "password",
            "additional_properties",
        )
    )

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
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is CustomActionMapLayersPopulateLayersAuthentication else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.type_,
            target.username,
            target.password,
        ) = _read_lazy(d)
        target.additional_properties = dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        if target is not self:
            copy_unset(self, target)

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


_Twin = lazy_twin(CustomActionMapLayersPopulateLayersAuthentication)
