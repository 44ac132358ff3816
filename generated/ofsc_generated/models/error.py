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
    "type": None,
    "title": None,
    "status": None,
    "detail": None,
}
_N_FIELDS = 4
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "type",
    "title",
    "status",
    "detail",
)

T = TypeVar("T", bound="Error")


@_attrs_define(repr=False, init=False)
class Error:
    type_: str | None
    """ The URL of the web page containing more details about this error. """
    title: str | None
    """ The brief description of this error. """
    status: str | None
    """ The HTTP status code of this error. """
    detail: str | None
    """ The detailed description of this error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        type_: str | None | Unset = UNSET,
        title: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        detail: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "type": type_,
            "title": title,
            "status": status,
            "detail": detail,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.type_ = None if isinstance(type_, Unset) else type_
        self.title = None if isinstance(title, Unset) else title
        self.status = None if isinstance(status, Unset) else status
        self.detail = None if isinstance(detail, Unset) else detail
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.type_ is not None or "type" in sent:
            field_dict["type"] = self.type_
        if self.title is not None or "title" in sent:
            field_dict["title"] = self.title
        if self.status is not None or "status" in sent:
            field_dict["status"] = self.status
        if self.detail is not None or "detail" in sent:
            field_dict["detail"] = self.detail
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        error = cls.__new__(cls)
        error._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            error.type_,
            error.title,
            error.status,
            error.detail,
        ) = _read_fields(d)
        error.additional_properties = dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        return error

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
