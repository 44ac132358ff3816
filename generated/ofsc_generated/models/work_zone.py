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
    "workZoneLabel": UNSET,
    "workZoneName": UNSET,
    "status": UNSET,
    "travelArea": UNSET,
    "keys": UNSET,
    "shapes": UNSET,
    "organization": UNSET,
}
_N_FIELDS = 7
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "workZoneLabel",
    "workZoneName",
    "status",
    "travelArea",
    "keys",
    "shapes",
    "organization",
)

T = TypeVar("T", bound="WorkZone")


@_attrs_define(repr=False)
class WorkZone:
    work_zone_label: None | str | Unset = UNSET
    work_zone_name: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    """ Allowed values: `active`, `inactive`. """
    travel_area: None | str | Unset = UNSET
    """ Allowed values: `sunrise_enterprise`, `New`. """
    keys: list[str] | None | Unset = UNSET
    shapes: list[str] | None | Unset = UNSET
    organization: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.work_zone_label is not UNSET:
            field_dict["workZoneLabel"] = self.work_zone_label
        if self.work_zone_name is not UNSET:
            field_dict["workZoneName"] = self.work_zone_name
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.travel_area is not UNSET:
            field_dict["travelArea"] = self.travel_area
        if self.keys is not UNSET:
            field_dict["keys"] = self.keys
        if self.shapes is not UNSET:
            field_dict["shapes"] = self.shapes
        if self.organization is not UNSET:
            field_dict["organization"] = self.organization
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        work_zone = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            work_zone.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return work_zone

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
