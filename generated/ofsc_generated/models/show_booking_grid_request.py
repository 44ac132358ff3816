from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from itertools import islice
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, copy_unset, filled_slots, lazy_twin, model_repr, ofsc_time_text, source_order

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "activity": None,
    "identifyActivityBy": None,
    "dateFrom": None,
    "dateTo": None,
    "includeResourcesDictionary": None,
    "returnReasons": None,
    "includeTimeSlotsDictionary": None,
    "resourceFields": None,
    "lateStartMitigation": None,
    "forecastDuringBooking": None,
}
_N_FIELDS = 10
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "identifyActivityBy",
    "dateFrom",
    "dateTo",
    "includeResourcesDictionary",
    "returnReasons",
    "includeTimeSlotsDictionary",
    "resourceFields",
    "lateStartMitigation",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 3

T = TypeVar("T", bound="ShowBookingGridRequest")


@_attrs_define(repr=False, init=False)
class ShowBookingGridRequest:
    activity: ShowBookingGridActivityProperty | None
    """ The activity object for which booking grid should be shown.

    It should contain either:

    - Keys of an already existing activity in the system
    - Activity fields values

    To specify an already existing activity key values should be provided depending on 'identifyActivityBy'
    parameter. The following fields in activity object are mandatory:

    - when identifyActivityBy is 'activityId' - activityId
    - when identifyActivityBy is 'apptNumber' - apptNumber
    - when identifyActivityBy is 'apptNumberPlusCustomerNumber' - apptNumber and customerNumber

    To specify a not yet created activity all fields necessary for booking must be provided. Mandatory elements are:

    - All fields that are needed to identify activity work skills and work zones (if used)
    - activityType - Type of the activity
    - timeZone - Customer time zone

    Optionally, in order to obtain the booking recommendations, you will need to include enough information that the
    application uses to calculate the distances / travel to other activities. This is the latitude and longitude
    fields for booking by Capacity / Quota, or the fields configured as the activity travel key in case of direct
    assignment booking. """
    identify_activity_by: str | None
    """ If this parameter is absent, then the 'activity' parameter should contain all activity fields necessary for
    booking.

    If this parameter is present then the 'activity' parameter should contain the activity key fields, that identify
    an already existing activity. Allowed values: `activityId`, `apptNumber`, `apptNumberPlusCustomerNumber`. """
    date_from: str | None
    """ The date from which the booking options will be searched. Format: `YYYY-MM-DD`. """
    date_to: str | None
    """ The date to which the booking options will be searched.

    - Minimum value: (dateFrom).
    - Maximum: (dateFrom + 14 days).
    - Default value: (dateFrom + 7 days). Format: `YYYY-MM-DD`. """
    include_resources_dictionary: bool | None
    """ The parameter which indicates whether to return the dictionary of all resources in the response. """
    return_reasons: bool | None
    """ If this parameter is 'true' then the function returns all options including unavailable for booking and
    provide the reason message indicating why an option is not available.

    If this parameter is 'false' or absent, only options that allow booking will be returned. """
    include_time_slots_dictionary: bool | None
    """ The parameter which indicates whether to return the dictionary of time slots in the response. """
    resource_fields: list[str] | None
    """ The list of names of the resource fields and properties to be added to the each resource in the dictionary.
    Available fields are 'resourceId', 'parentResourceId', 'resourceType', 'name', 'email', 'phone', 'timeZone',
    'status', 'resourcePreferences'. Custom properties are allowed. """
    late_start_mitigation: int | None
    """ Do not suggest booking options if the activity is likely to begin close to the end of the time slot within
    last [ NN ] percent. This functionality is only applicable for quota by intervals. Default: 20 """
    forecast_during_booking: ShowBookingGridRequestForecastDuringBooking | None
    """ The criteria used to sort and filter the results by means of forecasting the future activity flow to
    calculate the average additional travel per activity.

    Results with travel more then an average per bucket are filtered out before the end of forecasting period. If a
    particular parameter is not present or not specified in request, then the default values are applied. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "identify_activity_by",
            "date_from",
            "date_to",
            "include_resources_dictionary",
            "return_reasons",
            "include_time_slots_dictionary",
            "resource_fields",
            "late_start_mitigation",
            "additional_properties",
        )
    )

    def __init__(
        self,
        activity: ShowBookingGridActivityProperty | None | Unset = UNSET,
        identify_activity_by: Literal["activityId", "apptNumber", "apptNumberPlusCustomerNumber"]
        | None
        | Unset = UNSET,
        date_from: str | datetime.date | None | Unset = UNSET,
        date_to: str | datetime.date | None | Unset = UNSET,
        include_resources_dictionary: bool | None | Unset = UNSET,
        return_reasons: bool | None | Unset = UNSET,
        include_time_slots_dictionary: bool | None | Unset = UNSET,
        resource_fields: list[str] | None | Unset = UNSET,
        late_start_mitigation: int | None | Unset = UNSET,
        forecast_during_booking: ShowBookingGridRequestForecastDuringBooking | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "activity": activity,
            "identifyActivityBy": identify_activity_by,
            "dateFrom": date_from,
            "dateTo": date_to,
            "includeResourcesDictionary": include_resources_dictionary,
            "returnReasons": return_reasons,
            "includeTimeSlotsDictionary": include_time_slots_dictionary,
            "resourceFields": resource_fields,
            "lateStartMitigation": late_start_mitigation,
            "forecastDuringBooking": forecast_during_booking,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.activity = None if isinstance(activity, Unset) else activity
        self.identify_activity_by = None if isinstance(identify_activity_by, Unset) else identify_activity_by
        self.date_from = None if isinstance(date_from, Unset) else ofsc_time_text(date_from, "date")
        self.date_to = None if isinstance(date_to, Unset) else ofsc_time_text(date_to, "date")
        self.include_resources_dictionary = (
            None if isinstance(include_resources_dictionary, Unset) else include_resources_dictionary
        )
        self.return_reasons = None if isinstance(return_reasons, Unset) else return_reasons
        self.include_time_slots_dictionary = (
            None if isinstance(include_time_slots_dictionary, Unset) else include_time_slots_dictionary
        )
        self.resource_fields = None if isinstance(resource_fields, Unset) else resource_fields
        self.late_start_mitigation = None if isinstance(late_start_mitigation, Unset) else late_start_mitigation
        self.forecast_during_booking = None if isinstance(forecast_during_booking, Unset) else forecast_during_booking
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.activity is not None or "activity" in sent:
            field_dict["activity"] = (
                self.activity.to_dict() if isinstance(self.activity, ShowBookingGridActivityProperty) else self.activity
            )
        if self.identify_activity_by is not None or "identifyActivityBy" in sent:
            field_dict["identifyActivityBy"] = self.identify_activity_by
        if self.date_from is not None or "dateFrom" in sent:
            field_dict["dateFrom"] = self.date_from
        if self.date_to is not None or "dateTo" in sent:
            field_dict["dateTo"] = self.date_to
        if self.include_resources_dictionary is not None or "includeResourcesDictionary" in sent:
            field_dict["includeResourcesDictionary"] = self.include_resources_dictionary
        if self.return_reasons is not None or "returnReasons" in sent:
            field_dict["returnReasons"] = self.return_reasons
        if self.include_time_slots_dictionary is not None or "includeTimeSlotsDictionary" in sent:
            field_dict["includeTimeSlotsDictionary"] = self.include_time_slots_dictionary
        if self.resource_fields is not None or "resourceFields" in sent:
            field_dict["resourceFields"] = self.resource_fields
        if self.late_start_mitigation is not None or "lateStartMitigation" in sent:
            field_dict["lateStartMitigation"] = self.late_start_mitigation
        if self.forecast_during_booking is not None or "forecastDuringBooking" in sent:
            field_dict["forecastDuringBooking"] = (
                self.forecast_during_booking.to_dict()
                if isinstance(self.forecast_during_booking, ShowBookingGridRequestForecastDuringBooking)
                else self.forecast_during_booking
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is ShowBookingGridRequest else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("activity")
        _model.activity = ShowBookingGridActivityProperty.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["activity"] = _model.activity
        _value = _src.get("forecastDuringBooking")
        _model.forecast_during_booking = (
            ShowBookingGridRequestForecastDuringBooking.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["forecastDuringBooking"] = _model.forecast_during_booking
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.identify_activity_by,
            target.date_from,
            target.date_to,
            target.include_resources_dictionary,
            target.return_reasons,
            target.include_time_slots_dictionary,
            target.resource_fields,
            target.late_start_mitigation,
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


_Twin = lazy_twin(ShowBookingGridRequest)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.show_booking_grid_activity_property import ShowBookingGridActivityProperty  # noqa: E402
from ..models.show_booking_grid_request_forecast_during_booking import ShowBookingGridRequestForecastDuringBooking  # noqa: E402
