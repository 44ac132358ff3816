from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "useForecastDuringBooking": None,
    "optimizationGoal": None,
    "minForecastRangeDay": None,
    "maxForecastRangeDay": None,
}
_N_FIELDS = 4
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "useForecastDuringBooking",
    "optimizationGoal",
    "minForecastRangeDay",
    "maxForecastRangeDay",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="ShowBookingGridRequestForecastDuringBooking")


@_attrs_define(repr=False, init=False)
class ShowBookingGridRequestForecastDuringBooking:
    """The criteria used to sort and filter the results by means of forecasting the future activity flow to calculate the
    average additional travel per activity.

    Results with travel more then an average per bucket are filtered out before the end of forecasting period. If a
    particular parameter is not present or not specified in request, then the default values are applied.

    """

    use_forecast_during_booking: bool | None
    """ Turn on to sort and filter the results by means of forecasting the future activity flow to calculate the
    average additional travel per activity. """
    optimization_goal: str | None
    """ Choose minimizeAdditionalTravel to sort the results by increasing of additional travel added. Default option
    sorts the results by ETA from minimal to maximal. Allowed values: `default`, `minimizeAdditionalTravel`. """
    min_forecast_range_day: int | None
    """ Number of days, counted from current day, where current day is 0. before which only results that has an
    existing activity within the close proximity are returned. No activity flow forecasting is done before Minimum
    Forecast Range Day. """
    max_forecast_range_day: int | None
    """ Number of days, counted from current day, where current day is 0. Should be greater then Minimum Forecast
    Range Day. System does the activity flow forecasting between Minimum Forecast Range Day and Maximum Forecast
    Range Day. During this period the average additional travel is calculated based on the number of the forecasted
    activities within the close proximity of the activity being booked and only results having the additional travel
    lesser then the average per-bucket travel are returned. After the Maximum Forecast Range Day all the available
    results are returned, despite the additional travel. No activity flow forecasting is done after Maximum Forecast
    Range Day. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "use_forecast_during_booking",
            "optimization_goal",
            "min_forecast_range_day",
            "max_forecast_range_day",
            "additional_properties",
        )
    )

    def __init__(
        self,
        use_forecast_during_booking: bool | None | Unset = UNSET,
        optimization_goal: Literal["default", "minimizeAdditionalTravel"] | None | Unset = UNSET,
        min_forecast_range_day: int | None | Unset = UNSET,
        max_forecast_range_day: int | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "useForecastDuringBooking": use_forecast_during_booking,
            "optimizationGoal": optimization_goal,
            "minForecastRangeDay": min_forecast_range_day,
            "maxForecastRangeDay": max_forecast_range_day,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.use_forecast_during_booking = (
            None if isinstance(use_forecast_during_booking, Unset) else use_forecast_during_booking
        )
        self.optimization_goal = None if isinstance(optimization_goal, Unset) else optimization_goal
        self.min_forecast_range_day = None if isinstance(min_forecast_range_day, Unset) else min_forecast_range_day
        self.max_forecast_range_day = None if isinstance(max_forecast_range_day, Unset) else max_forecast_range_day
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.use_forecast_during_booking is not None or "useForecastDuringBooking" in sent:
            field_dict["useForecastDuringBooking"] = self.use_forecast_during_booking
        if self.optimization_goal is not None or "optimizationGoal" in sent:
            field_dict["optimizationGoal"] = self.optimization_goal
        if self.min_forecast_range_day is not None or "minForecastRangeDay" in sent:
            field_dict["minForecastRangeDay"] = self.min_forecast_range_day
        if self.max_forecast_range_day is not None or "maxForecastRangeDay" in sent:
            field_dict["maxForecastRangeDay"] = self.max_forecast_range_day
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is ShowBookingGridRequestForecastDuringBooking else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.use_forecast_during_booking,
            target.optimization_goal,
            target.min_forecast_range_day,
            target.max_forecast_range_day,
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


_Twin = lazy_twin(ShowBookingGridRequestForecastDuringBooking)
