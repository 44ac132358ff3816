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
    "resourceId": None,
    "akey": None,
    "override": None,
    "avg": None,
    "dev": None,
    "count": None,
    "level": None,
}
_N_FIELDS = 7
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "resourceId",
    "akey",
    "override",
    "avg",
    "dev",
    "count",
    "level",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="ActivityDuration")


@_attrs_define(repr=False, init=False)
class ActivityDuration:
    resource_id: str | None
    """ The external Identifier of the resource. """
    akey: str | None
    """ The value of the activity duration key. It appears as 'Appointment Key' in the report. """
    override: int | None
    """ The override value of the activity duration. """
    avg: int | None
    """ The average value of the estimated activity duration. """
    dev: int | None
    """ The deviation with respect to the estimated activity duration value. """
    count: int | None
    """ The number of activities considered for estimation. """
    level: str | None
    """ The level of the resource. It can be 'company', 'aggregate', or 'provider' based on the level of the data.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "resource_id",
            "akey",
            "override",
            "avg",
            "dev",
            "count",
            "level",
            "additional_properties",
        )
    )

    def __init__(
        self,
        resource_id: str | None | Unset = UNSET,
        akey: str | None | Unset = UNSET,
        override: int | None | Unset = UNSET,
        avg: int | None | Unset = UNSET,
        dev: int | None | Unset = UNSET,
        count: int | None | Unset = UNSET,
        level: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "resourceId": resource_id,
            "akey": akey,
            "override": override,
            "avg": avg,
            "dev": dev,
            "count": count,
            "level": level,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.resource_id = None if isinstance(resource_id, Unset) else resource_id
        self.akey = None if isinstance(akey, Unset) else akey
        self.override = None if isinstance(override, Unset) else override
        self.avg = None if isinstance(avg, Unset) else avg
        self.dev = None if isinstance(dev, Unset) else dev
        self.count = None if isinstance(count, Unset) else count
        self.level = None if isinstance(level, Unset) else level
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.resource_id is not None or "resourceId" in sent:
            field_dict["resourceId"] = self.resource_id
        if self.akey is not None or "akey" in sent:
            field_dict["akey"] = self.akey
        if self.override is not None or "override" in sent:
            field_dict["override"] = self.override
        if self.avg is not None or "avg" in sent:
            field_dict["avg"] = self.avg
        if self.dev is not None or "dev" in sent:
            field_dict["dev"] = self.dev
        if self.count is not None or "count" in sent:
            field_dict["count"] = self.count
        if self.level is not None or "level" in sent:
            field_dict["level"] = self.level
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is ActivityDuration else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.resource_id,
            target.akey,
            target.override,
            target.avg,
            target.dev,
            target.count,
            target.level,
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


_Twin = lazy_twin(ActivityDuration)
