from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, ofsc_time_text, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "date": None,
    "timeZoneDiff": None,
    "originalQuota": None,
    "remainingQuota": None,
    "timeSlots": None,
    "hasNearbyActivities": None,
    "hasForecastedActivities": None,
}
_N_FIELDS = 7
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "date",
    "timeZoneDiff",
    "originalQuota",
    "remainingQuota",
    "hasNearbyActivities",
    "hasForecastedActivities",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 2

T = TypeVar("T", bound="ShowBookingGridAreasItemDatesItem")


@_attrs_define(repr=False, init=False)
class ShowBookingGridAreasItemDatesItem:
    date: str | None
    """ An item of the array that contains data for a single day. Format: `YYYY-MM-DD`. """
    time_zone_diff: int | None
    """ The time zone difference in minutes for current capacity area (according to configured time zone) for
    current date. """
    original_quota: int | None
    """ The quota value that is defined on a day level. For interval-based booking, if there is no quota defined,
    this parameter is not returned. """
    remaining_quota: int | None
    """ The quota available on the day level after the activity booking. If there is no quota defined, the parameter
    is not returned. """
    time_slots: list[ShowBookingGridAreasItemDatesItemTimeSlotsItem] | None
    """ The list of time slots at which the activity can be started. """
    has_nearby_activities: bool | None
    """ Contains one of the following values: true or false. If true, either the previous or the following activity
    is in close proximity of the activity specified in request. If false, then the previous or the following
    activity is not in close proximity of the activity specified in request. """
    has_forecasted_activities: bool | None
    """ Contains one of the following values: true or false. If true, the activity flow forecast was used to
    calculate the additional travel. If false, then only activities already present in the route were used to
    calculate the additional travel. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "date",
            "time_zone_diff",
            "original_quota",
            "remaining_quota",
            "has_nearby_activities",
            "has_forecasted_activities",
            "additional_properties",
        )
    )

    def __init__(
        self,
        date: str | datetime.date | None | Unset = UNSET,
        time_zone_diff: int | None | Unset = UNSET,
        original_quota: int | None | Unset = UNSET,
        remaining_quota: int | None | Unset = UNSET,
        time_slots: list[ShowBookingGridAreasItemDatesItemTimeSlotsItem] | None | Unset = UNSET,
        has_nearby_activities: bool | None | Unset = UNSET,
        has_forecasted_activities: bool | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "date": date,
            "timeZoneDiff": time_zone_diff,
            "originalQuota": original_quota,
            "remainingQuota": remaining_quota,
            "timeSlots": time_slots,
            "hasNearbyActivities": has_nearby_activities,
            "hasForecastedActivities": has_forecasted_activities,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.date = None if isinstance(date, Unset) else ofsc_time_text(date, "date")
        self.time_zone_diff = None if isinstance(time_zone_diff, Unset) else time_zone_diff
        self.original_quota = None if isinstance(original_quota, Unset) else original_quota
        self.remaining_quota = None if isinstance(remaining_quota, Unset) else remaining_quota
        self.time_slots = None if isinstance(time_slots, Unset) else time_slots
        self.has_nearby_activities = None if isinstance(has_nearby_activities, Unset) else has_nearby_activities
        self.has_forecasted_activities = (
            None if isinstance(has_forecasted_activities, Unset) else has_forecasted_activities
        )
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.date is not None or "date" in sent:
            field_dict["date"] = self.date
        if self.time_zone_diff is not None or "timeZoneDiff" in sent:
            field_dict["timeZoneDiff"] = self.time_zone_diff
        if self.original_quota is not None or "originalQuota" in sent:
            field_dict["originalQuota"] = self.original_quota
        if self.remaining_quota is not None or "remainingQuota" in sent:
            field_dict["remainingQuota"] = self.remaining_quota
        if self.time_slots is not None or "timeSlots" in sent:
            field_dict["timeSlots"] = (
                [
                    item0.to_dict() if isinstance(item0, ShowBookingGridAreasItemDatesItemTimeSlotsItem) else item0
                    for item0 in self.time_slots
                ]
                if isinstance(self.time_slots, list)
                else self.time_slots
            )
        if self.has_nearby_activities is not None or "hasNearbyActivities" in sent:
            field_dict["hasNearbyActivities"] = self.has_nearby_activities
        if self.has_forecasted_activities is not None or "hasForecastedActivities" in sent:
            field_dict["hasForecastedActivities"] = self.has_forecasted_activities
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is ShowBookingGridAreasItemDatesItem else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("timeSlots")
        _model.time_slots = (
            [
                ShowBookingGridAreasItemDatesItemTimeSlotsItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["timeSlots"] = _model.time_slots
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.date,
            target.time_zone_diff,
            target.original_quota,
            target.remaining_quota,
            target.has_nearby_activities,
            target.has_forecasted_activities,
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


_Twin = lazy_twin(ShowBookingGridAreasItemDatesItem)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.show_booking_grid_areas_item_dates_item_time_slots_item import (
    ShowBookingGridAreasItemDatesItemTimeSlotsItem,  # noqa: E402
)
