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
    "workZoneLabel": None,
    "workZoneName": None,
    "status": None,
    "travelArea": None,
    "keys": None,
    "shapes": None,
    "organization": None,
}
_N_FIELDS = 7
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "workZoneLabel",
    "workZoneName",
    "status",
    "travelArea",
    "keys",
    "shapes",
    "organization",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="WorkZone")


@_attrs_define(repr=False, init=False)
class WorkZone:
    work_zone_label: str | None
    work_zone_name: str | None
    status: str | None
    """ Allowed values: `active`, `inactive`. """
    travel_area: str | None
    """ Allowed values: `sunrise_enterprise`, `New`. """
    keys: list[str] | None
    shapes: list[str] | None
    organization: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "work_zone_label",
            "work_zone_name",
            "status",
            "travel_area",
            "keys",
            "shapes",
            "organization",
            "additional_properties",
        )
    )

    def __init__(
        self,
        work_zone_label: str | None | Unset = UNSET,
        work_zone_name: str | None | Unset = UNSET,
        status: Literal["active", "inactive"] | None | Unset = UNSET,
        travel_area: Literal["sunrise_enterprise", "New"] | None | Unset = UNSET,
        keys: list[str] | None | Unset = UNSET,
        shapes: list[str] | None | Unset = UNSET,
        organization: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "workZoneLabel": work_zone_label,
            "workZoneName": work_zone_name,
            "status": status,
            "travelArea": travel_area,
            "keys": keys,
            "shapes": shapes,
            "organization": organization,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.work_zone_label = None if isinstance(work_zone_label, Unset) else work_zone_label
        self.work_zone_name = None if isinstance(work_zone_name, Unset) else work_zone_name
        self.status = None if isinstance(status, Unset) else status
        self.travel_area = None if isinstance(travel_area, Unset) else travel_area
        self.keys = None if isinstance(keys, Unset) else keys
        self.shapes = None if isinstance(shapes, Unset) else shapes
        self.organization = None if isinstance(organization, Unset) else organization
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.work_zone_label is not None or "workZoneLabel" in sent:
            field_dict["workZoneLabel"] = self.work_zone_label
        if self.work_zone_name is not None or "workZoneName" in sent:
            field_dict["workZoneName"] = self.work_zone_name
        if self.status is not None or "status" in sent:
            field_dict["status"] = self.status
        if self.travel_area is not None or "travelArea" in sent:
            field_dict["travelArea"] = self.travel_area
        if self.keys is not None or "keys" in sent:
            field_dict["keys"] = self.keys
        if self.shapes is not None or "shapes" in sent:
            field_dict["shapes"] = self.shapes
        if self.organization is not None or "organization" in sent:
            field_dict["organization"] = self.organization
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is WorkZone else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.work_zone_label,
            target.work_zone_name,
            target.status,
            target.travel_area,
            target.keys,
            target.shapes,
            target.organization,
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


_Twin = lazy_twin(WorkZone)
