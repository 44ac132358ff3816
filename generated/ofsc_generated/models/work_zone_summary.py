from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as UNSET, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS_UNSET: dict[str, Any] = {
    "shapes": UNSET,
    "keys": UNSET,
    "travelArea": UNSET,
    "status": UNSET,
    "workZoneLabel": UNSET,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "shapes",
    "keys",
    "travelArea",
    "status",
    "workZoneLabel",
)

T = TypeVar("T", bound="WorkZoneSummary")


@_attrs_define(repr=False)
class WorkZoneSummary:
    """Create new work zone"""

    shapes: list[str] | None | Unset = UNSET
    """ Shapes """
    keys: list[str] | None | Unset = UNSET
    """ Keys """
    travel_area: None | str | Unset = UNSET
    """ Work Zone Label """
    status: None | str | Unset = UNSET
    """ Status Allowed values: `active`, `inactive`. """
    work_zone_label: None | str | Unset = UNSET
    """ Work Zone Label """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.shapes is not UNSET:
            field_dict["shapes"] = self.shapes
        if self.keys is not UNSET:
            field_dict["keys"] = self.keys
        if self.travel_area is not UNSET:
            field_dict["travelArea"] = self.travel_area
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.work_zone_label is not UNSET:
            field_dict["workZoneLabel"] = self.work_zone_label
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        work_zone_summary = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            work_zone_summary.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return work_zone_summary

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
