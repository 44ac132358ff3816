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
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "calendarTimeFrom",
    "timeZone",
    "travelingTime",
    "calendarPoints",
    "activated",
    "reactivated",
    "calendarTimeTo",
    "deactivated",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

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
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "calendar_time_from",
            "time_zone",
            "traveling_time",
            "calendar_points",
            "activated",
            "reactivated",
            "calendar_time_to",
            "deactivated",
            "additional_properties",
        )
    )

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
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is RouteEventRouteChanges else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.calendar_time_from,
            target.time_zone,
            target.traveling_time,
            target.calendar_points,
            target.activated,
            target.reactivated,
            target.calendar_time_to,
            target.deactivated,
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


_Twin = lazy_twin(RouteEventRouteChanges)
