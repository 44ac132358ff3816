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
    "minStartTime": UNSET,
    "maxStartTime": UNSET,
    "additionalTravel": UNSET,
}
_N_FIELDS = 3
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "minStartTime",
    "maxStartTime",
    "additionalTravel",
)

T = TypeVar(
    "T",
    bound="FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyForecastDuringBookingDetailsRemovedOptionsItem",
)


@_attrs_define(repr=False)
class FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyForecastDuringBookingDetailsRemovedOptionsItem:
    min_start_time: None | str | Unset = UNSET
    """ The time (in HH:MM format) when the activity can start. It is calculated as the sum of end time of previous
    activity and travel time to the new activity. The activity must not violate any constraints for the particular
    position in the route. """
    max_start_time: None | str | Unset = UNSET
    """ The time (in HH:MM format) after which the activity should not start. The activity must not violate any
    constraints for the particular position in the route. """
    additional_travel: int | None | Unset = UNSET
    """ If the activity flow forecast were not used, contains the difference in minutes between total travel in the
    current route and travel in the proposed route where the booking activity is added. If the activity flow
    forecast were used, contains the difference in minutes between total travel in the current route and travel in
    the proposed route where the booking activity is added divided for the number of the activities being
    forecasting for the given day + 1. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.min_start_time is not UNSET:
            field_dict["minStartTime"] = self.min_start_time
        if self.max_start_time is not UNSET:
            field_dict["maxStartTime"] = self.max_start_time
        if self.additional_travel is not UNSET:
            field_dict["additionalTravel"] = self.additional_travel
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        find_matching_resources_response_items_item_schedule_additional_property_forecast_during_booking_details_removed_options_item = cls(
            *_read_fields(d)
        )
        if len(d) > _N_FIELDS:
            find_matching_resources_response_items_item_schedule_additional_property_forecast_during_booking_details_removed_options_item.additional_properties = dict(
                islice(d.items(), _N_FIELDS, None)
            )
        return find_matching_resources_response_items_item_schedule_additional_property_forecast_during_booking_details_removed_options_item

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
