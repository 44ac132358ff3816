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
    "useForecastDuringBooking": UNSET,
    "explainRemovedOptions": UNSET,
    "optimizationGoal": UNSET,
    "minForecastRangeDay": UNSET,
    "maxForecastRangeDay": UNSET,
}
_N_FIELDS = 5
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "useForecastDuringBooking",
    "explainRemovedOptions",
    "optimizationGoal",
    "minForecastRangeDay",
    "maxForecastRangeDay",
)

T = TypeVar("T", bound="FindMatchingResourcesRequestForecastDuringBooking")


@_attrs_define(repr=False)
class FindMatchingResourcesRequestForecastDuringBooking:
    """The criteria used to sort and filter the results by means of forecasting the future activity flow to calculate the
    average additional travel per activity.

    Results with travel more then an average per bucket are filtered out before the end of forecasting period. If a
    particular parameter is not present or not specified in request, then the default values are applied.

    """

    use_forecast_during_booking: bool | None | Unset = UNSET
    """ Turn on to sort and filter the results by means of forecasting the future activity flow to calculate the
    average additional travel per activity. """
    explain_removed_options: bool | None | Unset = UNSET
    """ Turn on to add to the response particular reasons for arrival time options being removed due to additional
    travel value is over than average travel on the bucket +20% threshold along with the actual schedule statistics
    information. """
    optimization_goal: None | str | Unset = UNSET
    """ Choose minimizeAdditionalTravel to sort the results by increasing of additional travel added. Default option
    sorts the results by ETA from minimal to maximal. Allowed values: `default`, `minimizeAdditionalTravel`. """
    min_forecast_range_day: int | None | Unset = UNSET
    """ Number of days, counted from current day, where current day is 0. before which only results that has an
    existing activity within the close proximity are returned. No activity flow forecasting is done before Minimum
    Forecast Range Day. """
    max_forecast_range_day: int | None | Unset = UNSET
    """ Number of days, counted from current day, where current day is 0. Should be greater then Minimum Forecast
    Range Day. System does the activity flow forecasting between Minimum Forecast Range Day and Maximum Forecast
    Range Day. During this period the average additional travel is calculated based on the number of the forecasted
    activities within the close proximity of the activity being booked and only results having the additional travel
    lesser then the average per-bucket travel are returned. After the Maximum Forecast Range Day all the available
    results are returned, despite the additional travel. No activity flow forecasting is done after Maximum Forecast
    Range Day. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.use_forecast_during_booking is not UNSET:
            field_dict["useForecastDuringBooking"] = self.use_forecast_during_booking
        if self.explain_removed_options is not UNSET:
            field_dict["explainRemovedOptions"] = self.explain_removed_options
        if self.optimization_goal is not UNSET:
            field_dict["optimizationGoal"] = self.optimization_goal
        if self.min_forecast_range_day is not UNSET:
            field_dict["minForecastRangeDay"] = self.min_forecast_range_day
        if self.max_forecast_range_day is not UNSET:
            field_dict["maxForecastRangeDay"] = self.max_forecast_range_day
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        find_matching_resources_request_forecast_during_booking = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            find_matching_resources_request_forecast_during_booking.additional_properties = dict(
                islice(d.items(), _N_FIELDS, None)
            )
        return find_matching_resources_request_forecast_during_booking

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
