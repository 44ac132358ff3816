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
    "tkey": None,
    "fkey": None,
    "override": None,
    "avg": None,
    "dev": None,
    "count": None,
    "region": None,
    "keyId": None,
    "org": None,
}
_N_FIELDS = 9
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "tkey",
    "fkey",
    "override",
    "avg",
    "dev",
    "count",
    "region",
    "keyId",
    "org",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="ActivityTravel")


@_attrs_define(repr=False, init=False)
class ActivityTravel:
    tkey: str | None
    """ The travel key value corresponding to the destination of the travel. For example, '11 AY'. """
    fkey: str | None
    """ The travel key value corresponding to the starting location of the travel. For example, 'SRT D3'. """
    override: int | None
    """ The override value for the activity travel duration that is set for the 'fkey' and 'tkey' combination.

    If 'Detect activity travel keys automatically' is checked in Statistics configuration, then this field will not
    be returned as part of the response. """
    avg: int | None
    """ The average value of the estimated travel duration. """
    dev: int | None
    """ The deviation with respect to the estimated travel duration value. """
    count: int | None
    """ The number of travels considered for the travel duration estimation. """
    region: str | None
    """ The label for the region. For example, 'xyz_enterprise'. """
    key_id: int | None
    """ Key ID of one of the configured travel keys.

    If 'Detect activity travel keys automatically' is checked in Statistics configuration, then this field will not
    be returned as part of the response. """
    org: list[str] | None
    """ An array of all the Organizations(labels) for which the key pairs are applicable.

    If 'Detect activity travel keys automatically' is checked in Statistics configuration, then this field will not
    be returned as part of the response. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "tkey",
            "fkey",
            "override",
            "avg",
            "dev",
            "count",
            "region",
            "key_id",
            "org",
            "additional_properties",
        )
    )

    def __init__(
        self,
        tkey: str | None | Unset = UNSET,
        fkey: str | None | Unset = UNSET,
        override: int | None | Unset = UNSET,
        avg: int | None | Unset = UNSET,
        dev: int | None | Unset = UNSET,
        count: int | None | Unset = UNSET,
        region: str | None | Unset = UNSET,
        key_id: int | None | Unset = UNSET,
        org: list[str] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "tkey": tkey,
            "fkey": fkey,
            "override": override,
            "avg": avg,
            "dev": dev,
            "count": count,
            "region": region,
            "keyId": key_id,
            "org": org,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.tkey = None if isinstance(tkey, Unset) else tkey
        self.fkey = None if isinstance(fkey, Unset) else fkey
        self.override = None if isinstance(override, Unset) else override
        self.avg = None if isinstance(avg, Unset) else avg
        self.dev = None if isinstance(dev, Unset) else dev
        self.count = None if isinstance(count, Unset) else count
        self.region = None if isinstance(region, Unset) else region
        self.key_id = None if isinstance(key_id, Unset) else key_id
        self.org = None if isinstance(org, Unset) else org
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.tkey is not None or "tkey" in sent:
            field_dict["tkey"] = self.tkey
        if self.fkey is not None or "fkey" in sent:
            field_dict["fkey"] = self.fkey
        if self.override is not None or "override" in sent:
            field_dict["override"] = self.override
        if self.avg is not None or "avg" in sent:
            field_dict["avg"] = self.avg
        if self.dev is not None or "dev" in sent:
            field_dict["dev"] = self.dev
        if self.count is not None or "count" in sent:
            field_dict["count"] = self.count
        if self.region is not None or "region" in sent:
            field_dict["region"] = self.region
        if self.key_id is not None or "keyId" in sent:
            field_dict["keyId"] = self.key_id
        if self.org is not None or "org" in sent:
            field_dict["org"] = self.org
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is ActivityTravel else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.tkey,
            target.fkey,
            target.override,
            target.avg,
            target.dev,
            target.count,
            target.region,
            target.key_id,
            target.org,
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


_Twin = lazy_twin(ActivityTravel)
