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
    "date": UNSET,
    "timeZoneDiff": UNSET,
    "originalQuota": UNSET,
    "remainingQuota": UNSET,
    "timeSlots": UNSET,
    "hasNearbyActivities": UNSET,
    "hasForecastedActivities": UNSET,
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


@_attrs_define(repr=False)
class ShowBookingGridAreasItemDatesItem:
    date: None | str | Unset = UNSET
    """ An item of the array that contains data for a single day. """
    time_zone_diff: int | None | Unset = UNSET
    """ The time zone difference in minutes for current capacity area (according to configured time zone) for
    current date. """
    original_quota: int | None | Unset = UNSET
    """ The quota value that is defined on a day level. For interval-based booking, if there is no quota defined,
    this parameter is not returned. """
    remaining_quota: int | None | Unset = UNSET
    """ The quota available on the day level after the activity booking. If there is no quota defined, the parameter
    is not returned. """
    time_slots: list[ShowBookingGridAreasItemDatesItemTimeSlotsItem] | Unset = UNSET
    """ The list of time slots at which the activity can be started. """
    has_nearby_activities: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, either the previous or the following activity
    is in close proximity of the activity specified in request. If false, then the previous or the following
    activity is not in close proximity of the activity specified in request. """
    has_forecasted_activities: bool | None | Unset = UNSET
    """ Contains one of the following values: true or false. If true, the activity flow forecast was used to
    calculate the additional travel. If false, then only activities already present in the route were used to
    calculate the additional travel. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.date is not UNSET:
            field_dict["date"] = self.date
        if self.time_zone_diff is not UNSET:
            field_dict["timeZoneDiff"] = self.time_zone_diff
        if self.original_quota is not UNSET:
            field_dict["originalQuota"] = self.original_quota
        if self.remaining_quota is not UNSET:
            field_dict["remainingQuota"] = self.remaining_quota
        if self.time_slots is not UNSET:
            field_dict["timeSlots"] = (
                [
                    item0.to_dict() if isinstance(item0, ShowBookingGridAreasItemDatesItemTimeSlotsItem) else item0
                    for item0 in self.time_slots
                ]
                if isinstance(self.time_slots, list)
                else self.time_slots
            )
        if self.has_nearby_activities is not UNSET:
            field_dict["hasNearbyActivities"] = self.has_nearby_activities
        if self.has_forecasted_activities is not UNSET:
            field_dict["hasForecastedActivities"] = self.has_forecasted_activities
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        show_booking_grid_areas_item_dates_item = cls(*_read_fields(d))
        _value = show_booking_grid_areas_item_dates_item.time_slots
        show_booking_grid_areas_item_dates_item.time_slots = (
            [
                ShowBookingGridAreasItemDatesItemTimeSlotsItem.from_dict(item0) if isinstance(item0, dict) else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if len(d) > _N_FIELDS:
            show_booking_grid_areas_item_dates_item.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
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
