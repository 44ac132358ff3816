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
    "rel": None,
    "href": None,
    "mediaType": None,
}
_N_FIELDS = 3
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "rel",
    "href",
    "mediaType",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="DailyExtractSubfoldersItemsItemLinksItem")


@_attrs_define(repr=False, init=False)
class DailyExtractSubfoldersItemsItemLinksItem:
    rel: str | None
    href: str | None
    media_type: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "rel",
            "href",
            "media_type",
            "additional_properties",
        )
    )

    def __init__(
        self,
        rel: str | None | Unset = UNSET,
        href: str | None | Unset = UNSET,
        media_type: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "rel": rel,
            "href": href,
            "mediaType": media_type,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.rel = None if isinstance(rel, Unset) else rel
        self.href = None if isinstance(href, Unset) else href
        self.media_type = None if isinstance(media_type, Unset) else media_type
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.rel is not None or "rel" in sent:
            field_dict["rel"] = self.rel
        if self.href is not None or "href" in sent:
            field_dict["href"] = self.href
        if self.media_type is not None or "mediaType" in sent:
            field_dict["mediaType"] = self.media_type
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is DailyExtractSubfoldersItemsItemLinksItem else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.rel,
            target.href,
            target.media_type,
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


_Twin = lazy_twin(DailyExtractSubfoldersItemsItemLinksItem)
