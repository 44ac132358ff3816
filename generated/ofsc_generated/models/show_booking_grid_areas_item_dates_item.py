from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, ofsc_time_text

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
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "date",
    "timeZoneDiff",
    "originalQuota",
    "remainingQuota",
    "timeSlots",
    "hasNearbyActivities",
    "hasForecastedActivities",
)

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
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        show_booking_grid_areas_item_dates_item = cls.__new__(cls)
        show_booking_grid_areas_item_dates_item._sent = src_dict
        d = {**_FIELDS, **src_dict}
        (
            show_booking_grid_areas_item_dates_item.date,
            show_booking_grid_areas_item_dates_item.time_zone_diff,
            show_booking_grid_areas_item_dates_item.original_quota,
            show_booking_grid_areas_item_dates_item.remaining_quota,
            show_booking_grid_areas_item_dates_item.time_slots,
            show_booking_grid_areas_item_dates_item.has_nearby_activities,
            show_booking_grid_areas_item_dates_item.has_forecasted_activities,
        ) = _read_fields(d)
        _value = show_booking_grid_areas_item_dates_item.time_slots
        show_booking_grid_areas_item_dates_item.time_slots = (
            [
                ShowBookingGridAreasItemDatesItemTimeSlotsItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        show_booking_grid_areas_item_dates_item.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return show_booking_grid_areas_item_dates_item

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


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.show_booking_grid_areas_item_dates_item_time_slots_item import (
    ShowBookingGridAreasItemDatesItemTimeSlotsItem,  # noqa: E402
)
