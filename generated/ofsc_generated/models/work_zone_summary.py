from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

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
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "shapes",
    "keys",
    "travelArea",
    "status",
    "workZoneLabel",
)

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
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        work_zone_summary = cls.__new__(cls)
        work_zone_summary._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            work_zone_summary.shapes,
            work_zone_summary.keys,
            work_zone_summary.travel_area,
            work_zone_summary.status,
            work_zone_summary.work_zone_label,
        ) = _read_fields(d)
        work_zone_summary.additional_properties = dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
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
