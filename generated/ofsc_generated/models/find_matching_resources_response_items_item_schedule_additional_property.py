from __future__ import annotations

from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "workShift": None,
    "freeTimeWindows": None,
    "fitness": None,
    "arrivalTimeOptions": None,
    "forecastDuringBookingDetails": None,
}
_N_FIELDS = 5
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 5

T = TypeVar("T", bound="FindMatchingResourcesResponseItemsItemScheduleAdditionalProperty")


@_attrs_define(repr=False, init=False)
class FindMatchingResourcesResponseItemsItemScheduleAdditionalProperty:
    """The schedule information of the resource for the specified date."""

    work_shift: FmrWorkScheduleItem | None
    """ The array of work schedule item of the resource. """
    free_time_windows: list[list[str]] | None
    """ The array of time (in HH:MM format) pairs that specify when the resource is free in a day depending on the
    working hours and already assigned activities. For example, [["12:00","14:00"],["15:00","18:00"]]. """
    fitness: FmrFitnessRecord | None
    """ The fitness values for the resource calculated for the particular schedule date. Note that these fitness
    values are calculated for all criteria, regardless if they are present in the request or not. Only the values
    that are specified in the request "criteria" parameter and only for the date specified in the "date" request
    parameter may cause resources exclusion from the response. The others fitness values are provided only as
    additional information. """
    arrival_time_options: (
        list[FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyArrivalTimeOptionsItem] | None
    )
    """ Provides list of possible options how the activity can be assigned in the resource's route. This information
    is not useful for buckets. """
    forecast_during_booking_details: (
        FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyForecastDuringBookingDetails | None
    )
    """ Provides list of possible options to assign activity in the resource's route for the case when forecasting
    activity flow was used. This information is not useful for buckets. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "free_time_windows",
            "additional_properties",
        )
    )

    def __init__(
        self,
        work_shift: FmrWorkScheduleItem | None | Unset = UNSET,
        free_time_windows: list[list[str]] | None | Unset = UNSET,
        fitness: FmrFitnessRecord | None | Unset = UNSET,
        arrival_time_options: list[
            FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyArrivalTimeOptionsItem
        ]
        | None
        | Unset = UNSET,
        forecast_during_booking_details: FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyForecastDuringBookingDetails
        | None
        | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "workShift": work_shift,
            "freeTimeWindows": free_time_windows,
            "fitness": fitness,
            "arrivalTimeOptions": arrival_time_options,
            "forecastDuringBookingDetails": forecast_during_booking_details,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.work_shift = None if isinstance(work_shift, Unset) else work_shift
        self.free_time_windows = None if isinstance(free_time_windows, Unset) else free_time_windows
        self.fitness = None if isinstance(fitness, Unset) else fitness
        self.arrival_time_options = None if isinstance(arrival_time_options, Unset) else arrival_time_options
        self.forecast_during_booking_details = (
            None if isinstance(forecast_during_booking_details, Unset) else forecast_during_booking_details
        )
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.work_shift is not None or "workShift" in sent:
            field_dict["workShift"] = (
                self.work_shift.to_dict() if isinstance(self.work_shift, FmrWorkScheduleItem) else self.work_shift
            )
        if self.free_time_windows is not None or "freeTimeWindows" in sent:
            field_dict["freeTimeWindows"] = self.free_time_windows
        if self.fitness is not None or "fitness" in sent:
            field_dict["fitness"] = (
                self.fitness.to_dict() if isinstance(self.fitness, FmrFitnessRecord) else self.fitness
            )
        if self.arrival_time_options is not None or "arrivalTimeOptions" in sent:
            field_dict["arrivalTimeOptions"] = (
                [
                    item0.to_dict()
                    if isinstance(
                        item0, FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyArrivalTimeOptionsItem
                    )
                    else item0
                    for item0 in self.arrival_time_options
                ]
                if isinstance(self.arrival_time_options, list)
                else self.arrival_time_options
            )
        if self.forecast_during_booking_details is not None or "forecastDuringBookingDetails" in sent:
            field_dict["forecastDuringBookingDetails"] = (
                self.forecast_during_booking_details.to_dict()
                if isinstance(
                    self.forecast_during_booking_details,
                    FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyForecastDuringBookingDetails,
                )
                else self.forecast_during_booking_details
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(
            _Twin if cls is FindMatchingResourcesResponseItemsItemScheduleAdditionalProperty else lazy_twin(cls)
        )
        _model._sent = _src
        _value = _src.get("workShift")
        _model.work_shift = FmrWorkScheduleItem.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["workShift"] = _model.work_shift
        _value = _src.get("fitness")
        _model.fitness = FmrFitnessRecord.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["fitness"] = _model.fitness
        _value = _src.get("arrivalTimeOptions")
        _model.arrival_time_options = (
            [
                FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyArrivalTimeOptionsItem.from_dict(item0)
                if isinstance(item0, dict)
                else item0
                for item0 in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["arrivalTimeOptions"] = _model.arrival_time_options
        _value = _src.get("forecastDuringBookingDetails")
        _model.forecast_during_booking_details = (
            FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyForecastDuringBookingDetails.from_dict(
                _value
            )
            if isinstance(_value, dict)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["forecastDuringBookingDetails"] = _model.forecast_during_booking_details
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        target.free_time_windows = d["freeTimeWindows"]
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


_Twin = lazy_twin(FindMatchingResourcesResponseItemsItemScheduleAdditionalProperty)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.find_matching_resources_response_items_item_schedule_additional_property_arrival_time_options_item import (
    FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyArrivalTimeOptionsItem,  # noqa: E402
)
from ..models.find_matching_resources_response_items_item_schedule_additional_property_forecast_during_booking_details import (
    FindMatchingResourcesResponseItemsItemScheduleAdditionalPropertyForecastDuringBookingDetails,  # noqa: E402
)
from ..models.fmr_fitness_record import FmrFitnessRecord  # noqa: E402
from ..models.fmr_work_schedule_item import FmrWorkScheduleItem  # noqa: E402
