from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "calendarTimeFrom": None,
    "timeZone": None,
    "travelingTime": None,
    "calendarPoints": None,
    "activated": None,
    "reactivated": None,
    "calendarTimeTo": None,
    "deactivated": None,
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


@_attrs_define(repr=False, init=False)
class RouteEventRouteChanges:
    """The object containing the route changes."""

    calendar_time_from: str | None
    time_zone: str | None
    traveling_time: str | None
    calendar_points: str | None
    activated: str | None
    reactivated: str | None
    calendar_time_to: str | None
    deactivated: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        calendar_time_from: str | None | Unset = UNSET,
        time_zone: str | None | Unset = UNSET,
        traveling_time: str | None | Unset = UNSET,
        calendar_points: str | None | Unset = UNSET,
        activated: str | None | Unset = UNSET,
        reactivated: str | None | Unset = UNSET,
        calendar_time_to: str | None | Unset = UNSET,
        deactivated: str | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "calendarTimeFrom": calendar_time_from,
            "timeZone": time_zone,
            "travelingTime": traveling_time,
            "calendarPoints": calendar_points,
            "activated": activated,
            "reactivated": reactivated,
            "calendarTimeTo": calendar_time_to,
            "deactivated": deactivated,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.calendar_time_from = None if isinstance(calendar_time_from, Unset) else calendar_time_from
        self.time_zone = None if isinstance(time_zone, Unset) else time_zone
        self.traveling_time = None if isinstance(traveling_time, Unset) else traveling_time
        self.calendar_points = None if isinstance(calendar_points, Unset) else calendar_points
        self.activated = None if isinstance(activated, Unset) else activated
        self.reactivated = None if isinstance(reactivated, Unset) else reactivated
        self.calendar_time_to = None if isinstance(calendar_time_to, Unset) else calendar_time_to
        self.deactivated = None if isinstance(deactivated, Unset) else deactivated
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.calendar_time_from is not None or "calendarTimeFrom" in sent:
            field_dict["calendarTimeFrom"] = self.calendar_time_from
        if self.time_zone is not None or "timeZone" in sent:
            field_dict["timeZone"] = self.time_zone
        if self.traveling_time is not None or "travelingTime" in sent:
            field_dict["travelingTime"] = self.traveling_time
        if self.calendar_points is not None or "calendarPoints" in sent:
            field_dict["calendarPoints"] = self.calendar_points
        if self.activated is not None or "activated" in sent:
            field_dict["activated"] = self.activated
        if self.reactivated is not None or "reactivated" in sent:
            field_dict["reactivated"] = self.reactivated
        if self.calendar_time_to is not None or "calendarTimeTo" in sent:
            field_dict["calendarTimeTo"] = self.calendar_time_to
        if self.deactivated is not None or "deactivated" in sent:
            field_dict["deactivated"] = self.deactivated
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        route_event_route_changes = cls.__new__(cls)
        route_event_route_changes._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            route_event_route_changes.calendar_time_from,
            route_event_route_changes.time_zone,
            route_event_route_changes.traveling_time,
            route_event_route_changes.calendar_points,
            route_event_route_changes.activated,
            route_event_route_changes.reactivated,
            route_event_route_changes.calendar_time_to,
            route_event_route_changes.deactivated,
        ) = _read_fields(d)
        route_event_route_changes.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
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
