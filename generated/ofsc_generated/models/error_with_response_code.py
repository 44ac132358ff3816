from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "type": None,
    "title": None,
    "status": None,
    "detail": None,
    "o:errorCode": None,
}
_N_FIELDS = 5
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "type",
    "title",
    "status",
    "detail",
    "o:errorCode",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="ErrorWithResponseCode")


@_attrs_define(repr=False, init=False)
class ErrorWithResponseCode:
    type_: str | None
    """ The URL of the web page containing more details about this error. """
    title: str | None
    """ The brief description of this error. """
    status: str | None
    """ The HTTP status code of this error. """
    detail: str | None
    """ The detailed description of this error. """
    oerror_code: str | None
    """ Application error code, which is different from HTTP error code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "type_",
            "title",
            "status",
            "detail",
            "oerror_code",
            "additional_properties",
        )
    )

    def __init__(
        self,
        type_: str | None | Unset = UNSET,
        title: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        detail: str | None | Unset = UNSET,
        oerror_code: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "type": type_,
            "title": title,
            "status": status,
            "detail": detail,
            "o:errorCode": oerror_code,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.type_ = None if isinstance(type_, Unset) else type_
        self.title = None if isinstance(title, Unset) else title
        self.status = None if isinstance(status, Unset) else status
        self.detail = None if isinstance(detail, Unset) else detail
        self.oerror_code = None if isinstance(oerror_code, Unset) else oerror_code
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
        if self.oerror_code is not None or "o:errorCode" in sent:
            field_dict["o:errorCode"] = self.oerror_code
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is ErrorWithResponseCode else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.type_,
            target.title,
            target.status,
            target.detail,
            target.oerror_code,
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


_Twin = lazy_twin(ErrorWithResponseCode)
