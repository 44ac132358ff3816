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
    "activity": UNSET,
    "identifyActivityBy": UNSET,
    "dateFrom": UNSET,
    "dateTo": UNSET,
    "includeResourcesDictionary": UNSET,
    "returnReasons": UNSET,
    "includeTimeSlotsDictionary": UNSET,
    "resourceFields": UNSET,
    "lateStartMitigation": UNSET,
    "forecastDuringBooking": UNSET,
}
_N_FIELDS = 10
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "activity",
    "identifyActivityBy",
    "dateFrom",
    "dateTo",
    "includeResourcesDictionary",
    "returnReasons",
    "includeTimeSlotsDictionary",
    "resourceFields",
    "lateStartMitigation",
    "forecastDuringBooking",
)

T = TypeVar("T", bound="ShowBookingGridRequest")


@_attrs_define(repr=False)
class ShowBookingGridRequest:
    activity: ShowBookingGridActivityProperty | Unset = UNSET
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
    identify_activity_by: None | str | Unset = UNSET
    """ If this parameter is absent, then the 'activity' parameter should contain all activity fields necessary for
    booking.

    If this parameter is present then the 'activity' parameter should contain the activity key fields, that identify
    an already existing activity. Allowed values: `activityId`, `apptNumber`, `apptNumberPlusCustomerNumber`. """
    date_from: None | str | Unset = UNSET
    """ The date from which the booking options will be searched. """
    date_to: None | str | Unset = UNSET
    """ The date to which the booking options will be searched.

    - Minimum value: (dateFrom).
    - Maximum: (dateFrom + 14 days).
    - Default value: (dateFrom + 7 days). """
    include_resources_dictionary: bool | None | Unset = False
    """ The parameter which indicates whether to return the dictionary of all resources in the response. """
    return_reasons: bool | None | Unset = False
    """ If this parameter is 'true' then the function returns all options including unavailable for booking and
    provide the reason message indicating why an option is not available.

    If this parameter is 'false' or absent, only options that allow booking will be returned. """
    include_time_slots_dictionary: bool | None | Unset = False
    """ The parameter which indicates whether to return the dictionary of time slots in the response. """
    resource_fields: list[str] | None | Unset = UNSET
    """ The list of names of the resource fields and properties to be added to the each resource in the dictionary.
    Available fields are 'resourceId', 'parentResourceId', 'resourceType', 'name', 'email', 'phone', 'timeZone',
    'status', 'resourcePreferences'. Custom properties are allowed. """
    late_start_mitigation: int | None | Unset = 20
    """ Do not suggest booking options if the activity is likely to begin close to the end of the time slot within
    last [ NN ] percent. This functionality is only applicable for quota by intervals. Default: 20 """
    forecast_during_booking: ShowBookingGridRequestForecastDuringBooking | Unset = UNSET
    """ The criteria used to sort and filter the results by means of forecasting the future activity flow to
    calculate the average additional travel per activity.

    Results with travel more then an average per bucket are filtered out before the end of forecasting period. If a
    particular parameter is not present or not specified in request, then the default values are applied. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.activity is not UNSET:
            field_dict["activity"] = (
                self.activity.to_dict() if isinstance(self.activity, ShowBookingGridActivityProperty) else self.activity
            )
        if self.identify_activity_by is not UNSET:
            field_dict["identifyActivityBy"] = self.identify_activity_by
        if self.date_from is not UNSET:
            field_dict["dateFrom"] = self.date_from
        if self.date_to is not UNSET:
            field_dict["dateTo"] = self.date_to
        if self.include_resources_dictionary is not UNSET:
            field_dict["includeResourcesDictionary"] = self.include_resources_dictionary
        if self.return_reasons is not UNSET:
            field_dict["returnReasons"] = self.return_reasons
        if self.include_time_slots_dictionary is not UNSET:
            field_dict["includeTimeSlotsDictionary"] = self.include_time_slots_dictionary
        if self.resource_fields is not UNSET:
            field_dict["resourceFields"] = self.resource_fields
        if self.late_start_mitigation is not UNSET:
            field_dict["lateStartMitigation"] = self.late_start_mitigation
        if self.forecast_during_booking is not UNSET:
            field_dict["forecastDuringBooking"] = (
                self.forecast_during_booking.to_dict()
                if isinstance(self.forecast_during_booking, ShowBookingGridRequestForecastDuringBooking)
                else self.forecast_during_booking
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        show_booking_grid_request = cls(*_read_fields(d))
        _value = show_booking_grid_request.activity
        show_booking_grid_request.activity = (
            ShowBookingGridActivityProperty.from_dict(_value) if isinstance(_value, dict) else _value
        )
        _value = show_booking_grid_request.forecast_during_booking
        show_booking_grid_request.forecast_during_booking = (
            ShowBookingGridRequestForecastDuringBooking.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if len(d) > _N_FIELDS:
            show_booking_grid_request.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return show_booking_grid_request

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
from ..models.show_booking_grid_activity_property import ShowBookingGridActivityProperty  # noqa: E402
from ..models.show_booking_grid_request_forecast_during_booking import ShowBookingGridRequestForecastDuringBooking  # noqa: E402
