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
    "shapes": None,
    "keys": None,
    "travelArea": None,
    "status": None,
    "workZoneLabel": None,
}
_N_FIELDS = 5
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "shapes",
    "keys",
    "travelArea",
    "status",
    "workZoneLabel",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="WorkZoneSummary")


@_attrs_define(repr=False, init=False)
class WorkZoneSummary:
    """Create new work zone"""

    shapes: list[str] | None
    """ Shapes """
    keys: list[str] | None
    """ Keys """
    travel_area: str | None
    """ Work Zone Label """
    status: str | None
    """ Status Allowed values: `active`, `inactive`. """
    work_zone_label: str | None
    """ Work Zone Label """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "shapes",
            "keys",
            "travel_area",
            "status",
            "work_zone_label",
            "additional_properties",
        )
    )

    def __init__(
        self,
        shapes: list[str] | None | Unset = UNSET,
        keys: list[str] | None | Unset = UNSET,
        travel_area: str | None | Unset = UNSET,
        status: Literal["active", "inactive"] | None | Unset = UNSET,
        work_zone_label: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "shapes": shapes,
            "keys": keys,
            "travelArea": travel_area,
            "status": status,
            "workZoneLabel": work_zone_label,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.shapes = None if isinstance(shapes, Unset) else shapes
        self.keys = None if isinstance(keys, Unset) else keys
        self.travel_area = None if isinstance(travel_area, Unset) else travel_area
        self.status = None if isinstance(status, Unset) else status
        self.work_zone_label = None if isinstance(work_zone_label, Unset) else work_zone_label
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.shapes is not None or "shapes" in sent:
            field_dict["shapes"] = self.shapes
        if self.keys is not None or "keys" in sent:
            field_dict["keys"] = self.keys
        if self.travel_area is not None or "travelArea" in sent:
            field_dict["travelArea"] = self.travel_area
        if self.status is not None or "status" in sent:
            field_dict["status"] = self.status
        if self.work_zone_label is not None or "workZoneLabel" in sent:
            field_dict["workZoneLabel"] = self.work_zone_label
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is WorkZoneSummary else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.shapes,
            target.keys,
            target.travel_area,
            target.status,
            target.work_zone_label,
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


_Twin = lazy_twin(WorkZoneSummary)
