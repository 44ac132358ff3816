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
    "fkey": None,
    "tkey": None,
    "override": None,
    "keyId": None,
}
_N_FIELDS = 4
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "fkey",
    "tkey",
    "override",
    "keyId",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="ActivityTravelRequest")


@_attrs_define(repr=False, init=False)
class ActivityTravelRequest:
    """The individual items in the request array."""

    fkey: str | None
    """ The travel key value corresponding to the source location of the travel. For example, 'SRT D3'. """
    tkey: str | None
    """ The travel key value corresponding to the destination location of the travel. For example, '11 AY'. """
    override: int | None
    """ The override value that needs to be set for 'fkey' and 'tkey' combination. For example, 100. """
    key_id: int | None
    """ Key ID of one of the configured travel keys.

    - If 'keyId' is not specified, data corresponding to the default travel key will be updated.
    - If 'keyId' is specified and if it exists in the system, data will be updated for the corresponding key.
    - If 'keyId' is specified but does not exist in the system, an error message will be returned """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "fkey",
            "tkey",
            "override",
            "key_id",
            "additional_properties",
        )
    )

    def __init__(
        self,
        fkey: str | None | Unset = UNSET,
        tkey: str | None | Unset = UNSET,
        override: int | None | Unset = UNSET,
        key_id: int | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "fkey": fkey,
            "tkey": tkey,
            "override": override,
            "keyId": key_id,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.fkey = None if isinstance(fkey, Unset) else fkey
        self.tkey = None if isinstance(tkey, Unset) else tkey
        self.override = None if isinstance(override, Unset) else override
        self.key_id = None if isinstance(key_id, Unset) else key_id
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.fkey is not None or "fkey" in sent:
            field_dict["fkey"] = self.fkey
        if self.tkey is not None or "tkey" in sent:
            field_dict["tkey"] = self.tkey
        if self.override is not None or "override" in sent:
            field_dict["override"] = self.override
        if self.key_id is not None or "keyId" in sent:
            field_dict["keyId"] = self.key_id
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is ActivityTravelRequest else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.fkey,
            target.tkey,
            target.override,
            target.key_id,
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


_Twin = lazy_twin(ActivityTravelRequest)
