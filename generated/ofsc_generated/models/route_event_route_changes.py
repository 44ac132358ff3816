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
    "calendarTimeFrom": UNSET,
    "timeZone": UNSET,
    "travelingTime": UNSET,
    "calendarPoints": UNSET,
    "activated": UNSET,
    "reactivated": UNSET,
    "calendarTimeTo": UNSET,
    "deactivated": UNSET,
}
_N_FIELDS = 8
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "calendarTimeFrom",
    "timeZone",
    "travelingTime",
    "calendarPoints",
    "activated",
    "reactivated",
    "calendarTimeTo",
    "deactivated",
)

T = TypeVar("T", bound="RouteEventRouteChanges")


@_attrs_define(repr=False)
class RouteEventRouteChanges:
    """The object containing the route changes."""

    calendar_time_from: None | str | Unset = UNSET
    time_zone: None | str | Unset = UNSET
    traveling_time: None | str | Unset = UNSET
    calendar_points: None | str | Unset = UNSET
    activated: None | str | Unset = UNSET
    reactivated: None | str | Unset = UNSET
    calendar_time_to: None | str | Unset = UNSET
    deactivated: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.calendar_time_from is not UNSET:
            field_dict["calendarTimeFrom"] = self.calendar_time_from
        if self.time_zone is not UNSET:
            field_dict["timeZone"] = self.time_zone
        if self.traveling_time is not UNSET:
            field_dict["travelingTime"] = self.traveling_time
        if self.calendar_points is not UNSET:
            field_dict["calendarPoints"] = self.calendar_points
        if self.activated is not UNSET:
            field_dict["activated"] = self.activated
        if self.reactivated is not UNSET:
            field_dict["reactivated"] = self.reactivated
        if self.calendar_time_to is not UNSET:
            field_dict["calendarTimeTo"] = self.calendar_time_to
        if self.deactivated is not UNSET:
            field_dict["deactivated"] = self.deactivated
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        route_event_route_changes = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            route_event_route_changes.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return route_event_route_changes

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
