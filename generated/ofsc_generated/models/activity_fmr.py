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
    "customerEmail": None,
    "accessSchedule": None,
    "timeZone": None,
    "date": None,
    "serviceWindowStart": None,
    "serviceWindowEnd": None,
    "slaWindowStart": None,
    "slaWindowEnd": None,
    "teamResourceId": None,
    "deliveryWindowStart": None,
    "city": None,
    "customerName": None,
    "timeOfBooking": None,
    "stateProvince": None,
    "streetAddress": None,
    "longitude": None,
    "duration": None,
    "points": None,
    "resourceId": None,
    "reminderTime": None,
    "country_code": None,
    "activityType": None,
    "apptNumber": None,
    "deliveryWindowEnd": None,
    "language": None,
    "languageISO": None,
    "postalCode": None,
    "timeSlot": None,
    "latitude": None,
    "customerCell": None,
    "customerNumber": None,
    "customerPhone": None,
    "setPositionInRoute": None,
    "setTravelTime": None,
    "requiredInventories": None,
    "resourcePreferences": None,
}
_N_FIELDS = 36
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "customerEmail",
    "accessSchedule",
    "timeZone",
    "date",
    "serviceWindowStart",
    "serviceWindowEnd",
    "slaWindowStart",
    "slaWindowEnd",
    "teamResourceId",
    "deliveryWindowStart",
    "city",
    "customerName",
    "timeOfBooking",
    "stateProvince",
    "streetAddress",
    "longitude",
    "duration",
    "points",
    "resourceId",
    "reminderTime",
    "country_code",
    "activityType",
    "apptNumber",
    "deliveryWindowEnd",
    "language",
    "languageISO",
    "postalCode",
    "timeSlot",
    "latitude",
    "customerCell",
    "customerNumber",
    "customerPhone",
)
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 5

T = TypeVar("T", bound="ActivityFMR")


@_attrs_define(repr=False, init=False)
class ActivityFMR:
    """The properties of the new activity."""

    customer_email: str | None
    """ The email address of the customer. Maximum field length is 320. """
    access_schedule: str | None
    r""" The schedule (that is, the set of time intervals or access hours, two intervals per week day) when the
    asset or the activity location is accessible. Work must start and complete during this interval. It is generally
    not possible to work beyond the access hours. Maximum field length is 1020.

    Access Schedule Field Format

    This field is a string, which contains an inner json object (encoded as a string). For example,
    "accessSchedule": "{\"schedule\":[{\"daysOfWeek\":[\"Mon\",\"Tue\"],\"hours\":[[\"07:00\",\"12:00\"]]}]}"

    The inner json object has the following schema:

    {

    "type": "object",

    "properties": {

    "schedule": {

    "type": "array",

    "items": {

    "type": "object",

    "properties": {

    "daysOfWeek": {

    "type": "array",

    "items": {

    "type": "string",

    "enum": [ "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" ]

    }

    },

    "hours": {

    "type": "array",

    "items": {

    "type": "array",

    "items": { "type": "string" }

    }

    }

    }

    }

    },

    "exceptDates": {

    "type": "array",

    "items": { "type": "string" }

    }

    }

    } """
    time_zone: str | None
    """ The name of the customer's time zone. By default, the time zone of the resource (to which the activity is
    assigned) is used.

    This parameter accepts both Oracle Field Service time zone names (for example, Eastern) and IANA standard time
    zone names (for example, America/New_York). It is recommended that you specify IANA names. For a list of
    supported time zones, see Supported Time Zones
    (http://docs.oracle.com/cloud/latest/fieldservicecs_gs/CXFSC/OFSC_Supported_Time_Zones.html). """
    date: str | None
    """ The date on which the activity is scheduled. This field is not present in the response, if the activity is
    not scheduled for any particular date. """
    service_window_start: str | None
    """ The time when the service window starts for the activity. The time is displayed in 'HH:MM:SS' format.

    If the activity type feature 'SLA and Service window use customer time zone' is enabled, then the service window
    is accepted in the time zone of the customer. If it is not enabled, then the Service Window is accepted in the
    time zone of the resource to which the activity is currently assigned.

    If the activity is later assigned to another resource and the activity type feature 'SLA and Service window use
    customer time zone' is enabled, then the Service Window is recalculated so that the fields are not changed in
    the customer's time zone, but they are changed in the time zone of the new resource. """
    service_window_end: str | None
    """ The time when the service window ends for the activity. The time is displayed in 'HH:MM:SS' format.

    If the activity type feature 'SLA and Service window use customer time zone' is enabled, then the service window
    is accepted in the time zone of the customer. If it is not enabled, then the Service Window is accepted in the
    time zone of the resource to which the activity is currently assigned.

    If the activity is later assigned to another resource and the activity type feature 'SLA and Service window use
    customer time zone' is enabled, then the Service Window is recalculated so that the fields are not changed in
    the customer's time zone, but they are changed in the time zone of the new resource. """
    sla_window_start: str | None
    """ The time when the service level agreement (SLA) window starts. The time is displayed in 'YYYY-MM-DD
    HH:MM:SS' format.

    If the activity type feature 'SLA and Service window use customer time zone' is enabled, then the SLA is
    accepted in the time zone of the customer. If it is not enabled, then the SLA is accepted in the time zone of
    the resource to which the activity is currently assigned.

    If the activity is later assigned to another resource and the activity type feature 'SLA and Service window use
    customer time zone' is enabled, then the SLA is recalculated so that the fields are not changed in the
    customer's time zone, but they are changed in the time zone of the new resource. """
    sla_window_end: str | None
    """ The time when the service level agreement (SLA) window ends. The time is displayed in 'YYYY-MM-DD HH:MM:SS'
    format.

    If the activity type feature 'SLA and Service window use customer time zone' is enabled, then the SLA is
    accepted in the time zone of the customer. If it is not enabled, then the SLA is accepted in the time zone of
    the resource to which the activity is currently assigned.

    If the activity is later assigned to another resource and the activity type feature 'SLA and Service window use
    customer time zone' is enabled, then the SLA is recalculated so that the fields are not changed in the
    customer's time zone, but they are changed in the time zone of the new resource. """
    team_resource_id: str | None
    """ The identifier of the team resource for a teamwork activity. """
    delivery_window_start: str | None
    """ The time when the activity delivery window starts. The time is displayed in the time zone of the resource to
    which the activity is assigned, and is in 'HH:MM:SS' format. """
    city: str | None
    """ The city of the customer. This field is used for geocoding and must contain a valid address. Maximum field
    length is 60. """
    customer_name: str | None
    """ The name of the customer. Maximum field length is 420. """
    time_of_booking: str | None
    """ The time when the customer booked the activity. The time is displayed in the time zone of the customer. """
    state_province: str | None
    """ The state or province of the customer. This field is used for geocoding and must contain a valid address.
    Maximum field length is 60. """
    street_address: str | None
    """ The street address of the customer. This field is used for geocoding and must contain a valid address.
    Maximum field length is 240. """
    longitude: float | None
    """ The geographic coordinates that specify the location of the activity. """
    duration: int | None
    """ Estimated activity duration in minutes. The duration specified in request will only be applied if the
    'Calculate activity duration using statistics' checkbox is unchecked for the Activity Type of the activity being
    created/updated. For segmentable activities this field is only used when a new activity is created. To change
    the length of the segmentable activities use the field "multidayTimeToComplete" instead. """
    points: int | None
    """ The cost of the activity in 'points'. This field is intended for use by the Routing module. """
    resource_id: str | None
    """ The identifier of the resource to which this activity is assigned. This field is not returned if the
    resource ID is empty.

    Note: Do not use empty strings in requests. """
    reminder_time: int | None
    """ The number of minutes before the activity start time the customer must be notified of the activity. """
    country_code: str | None
    """ The code of the country where the activity is scheduled. """
    activity_type: str | None
    """ The label of the activity type. Based on the activity type, predefined company-specific rules are applied
    when processing an activity. Predefined company-specific rules cover the following:

    - The resources that the activity can be assigned to.
    - The activity processing details.
    - The interaction of the activity with different modules of Oracle Field Service. """
    appt_number: str | None
    """ The apptNumber parameter may be used by integrations to store the identifier of the activity in the origin
    system. This field has no business significance in Oracle Field Service and can be left empty. Maximum field
    length is 40. """
    delivery_window_end: str | None
    """ The time when the activity delivery window ends. The time is displayed in the time zone of the resource to
    which the activity is assigned, and is in 'HH:MM:SS' format. """
    language: str | None
    """ The preferred language of the customer. This parameter returns two-character code (e.g. "en") in API
    responses. To obtain ISO code of the language (e.g. "en-US") read the "languageISO" parameter. In the requests
    this parameter accepts both formats (e.g. "en" or "en-US"). It is recommended to use ISO format. The language
    codes listed on: Supported Language Codes. """
    language_iso: str | None
    """ The preferred language of the customer. This parameter is only present in the responses and will be ignored
    if it is present in a request. To update language use the parameter "language". The language codes listed on:
    Supported Language Codes. """
    postal_code: str | None
    """ The postal code of the customer. This field is used for geocoding and must contain a valid address. Maximum
    field length is 60. """
    time_slot: str | None
    """ The time slot during which the activity is completed. Time Slot also indicates the service window for the
    activity. This time is displayed in the time zone of the resource to which the activity is assigned. """
    latitude: float | None
    """ The geographic coordinates that specify the location of the activity. """
    customer_cell: str | None
    """ The cell phone number of the customer. The phone number is saved in Oracle Field Service with the '+' symbol
    and all other non-digit characters are removed. For example, if you enter the phone number as +1(234)234-23_42,
    it is saved in Oracle Field Service as +12342342342. Maximum field length is 240. """
    customer_number: str | None
    """ The account number of the customer. This field is used by integrations as a placeholder for the external
    identifier of the Account ID in the application. This parameter has no business significance in Oracle Field
    Service and can be left empty. Maximum field length is 40. """
    customer_phone: str | None
    """ The regular (land) phone number of the customer. The phone number is saved in Oracle Field Service with the
    '+' symbol and all other non-digit characters are removed. For example, if you enter the phone number as
    +1(234)234-23_42, it is saved in Oracle Field Service as +12342342342. Maximum field length is 240. """
    set_position_in_route: SetPositionInRouteRequestField | None
    """ The value of this element determines the position of the activity in the route. If this element is present
    then activity will be put to specified position in route. The parameter is optional, if it is absent then the
    value "position: byServiceWindow" is used. """
    set_travel_time: SetTravelTimeRequestField | None
    """ The objects used to set the travel time of the activity. The travel time is set only if the specified
    previousActivity/previousActivityId is ordered before the activity for which the travel time is set. """
    required_inventories: list[RequiredInventory] | None
    """ List of inventories required by activity. Max 100 items. """
    resource_preferences: list[ResourcePreference] | None
    """ List of resource preferences for the activity. Max 100 items. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "customer_email",
            "access_schedule",
            "time_zone",
            "date",
            "service_window_start",
            "service_window_end",
            "sla_window_start",
            "sla_window_end",
            "team_resource_id",
            "delivery_window_start",
            "city",
            "customer_name",
            "time_of_booking",
            "state_province",
            "street_address",
            "longitude",
            "duration",
            "points",
            "resource_id",
            "reminder_time",
            "country_code",
            "activity_type",
            "appt_number",
            "delivery_window_end",
            "language",
            "language_iso",
            "postal_code",
            "time_slot",
            "latitude",
            "customer_cell",
            "customer_number",
            "customer_phone",
            "additional_properties",
        )
    )

    def __init__(
        self,
        customer_email: str | None | Unset = UNSET,
        access_schedule: str | None | Unset = UNSET,
        time_zone: str | None | Unset = UNSET,
        date: str | None | Unset = UNSET,
        service_window_start: str | None | Unset = UNSET,
        service_window_end: str | None | Unset = UNSET,
        sla_window_start: str | None | Unset = UNSET,
        sla_window_end: str | None | Unset = UNSET,
        team_resource_id: str | None | Unset = UNSET,
        delivery_window_start: str | None | Unset = UNSET,
        city: str | None | Unset = UNSET,
        customer_name: str | None | Unset = UNSET,
        time_of_booking: str | None | Unset = UNSET,
        state_province: str | None | Unset = UNSET,
        street_address: str | None | Unset = UNSET,
        longitude: float | None | Unset = UNSET,
        duration: int | None | Unset = UNSET,
        points: int | None | Unset = UNSET,
        resource_id: str | None | Unset = UNSET,
        reminder_time: int | None | Unset = UNSET,
        country_code: str | None | Unset = UNSET,
        activity_type: str | None | Unset = UNSET,
        appt_number: str | None | Unset = UNSET,
        delivery_window_end: str | None | Unset = UNSET,
        language: str | None | Unset = UNSET,
        language_iso: str | None | Unset = UNSET,
        postal_code: str | None | Unset = UNSET,
        time_slot: str | None | Unset = UNSET,
        latitude: float | None | Unset = UNSET,
        customer_cell: str | None | Unset = UNSET,
        customer_number: str | None | Unset = UNSET,
        customer_phone: str | None | Unset = UNSET,
        set_position_in_route: SetPositionInRouteRequestField | None | Unset = UNSET,
        set_travel_time: SetTravelTimeRequestField | None | Unset = UNSET,
        required_inventories: list[RequiredInventory] | None | Unset = UNSET,
        resource_preferences: list[ResourcePreference] | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "customerEmail": customer_email,
            "accessSchedule": access_schedule,
            "timeZone": time_zone,
            "date": date,
            "serviceWindowStart": service_window_start,
            "serviceWindowEnd": service_window_end,
            "slaWindowStart": sla_window_start,
            "slaWindowEnd": sla_window_end,
            "teamResourceId": team_resource_id,
            "deliveryWindowStart": delivery_window_start,
            "city": city,
            "customerName": customer_name,
            "timeOfBooking": time_of_booking,
            "stateProvince": state_province,
            "streetAddress": street_address,
            "longitude": longitude,
            "duration": duration,
            "points": points,
            "resourceId": resource_id,
            "reminderTime": reminder_time,
            "country_code": country_code,
            "activityType": activity_type,
            "apptNumber": appt_number,
            "deliveryWindowEnd": delivery_window_end,
            "language": language,
            "languageISO": language_iso,
            "postalCode": postal_code,
            "timeSlot": time_slot,
            "latitude": latitude,
            "customerCell": customer_cell,
            "customerNumber": customer_number,
            "customerPhone": customer_phone,
            "setPositionInRoute": set_position_in_route,
            "setTravelTime": set_travel_time,
            "requiredInventories": required_inventories,
            "resourcePreferences": resource_preferences,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.customer_email = None if isinstance(customer_email, Unset) else customer_email
        self.access_schedule = None if isinstance(access_schedule, Unset) else access_schedule
        self.time_zone = None if isinstance(time_zone, Unset) else time_zone
        self.date = None if isinstance(date, Unset) else date
        self.service_window_start = None if isinstance(service_window_start, Unset) else service_window_start
        self.service_window_end = None if isinstance(service_window_end, Unset) else service_window_end
        self.sla_window_start = None if isinstance(sla_window_start, Unset) else sla_window_start
        self.sla_window_end = None if isinstance(sla_window_end, Unset) else sla_window_end
        self.team_resource_id = None if isinstance(team_resource_id, Unset) else team_resource_id
        self.delivery_window_start = None if isinstance(delivery_window_start, Unset) else delivery_window_start
        self.city = None if isinstance(city, Unset) else city
        self.customer_name = None if isinstance(customer_name, Unset) else customer_name
        self.time_of_booking = None if isinstance(time_of_booking, Unset) else time_of_booking
        self.state_province = None if isinstance(state_province, Unset) else state_province
        self.street_address = None if isinstance(street_address, Unset) else street_address
        self.longitude = None if isinstance(longitude, Unset) else longitude
        self.duration = None if isinstance(duration, Unset) else duration
        self.points = None if isinstance(points, Unset) else points
        self.resource_id = None if isinstance(resource_id, Unset) else resource_id
        self.reminder_time = None if isinstance(reminder_time, Unset) else reminder_time
        self.country_code = None if isinstance(country_code, Unset) else country_code
        self.activity_type = None if isinstance(activity_type, Unset) else activity_type
        self.appt_number = None if isinstance(appt_number, Unset) else appt_number
        self.delivery_window_end = None if isinstance(delivery_window_end, Unset) else delivery_window_end
        self.language = None if isinstance(language, Unset) else language
        self.language_iso = None if isinstance(language_iso, Unset) else language_iso
        self.postal_code = None if isinstance(postal_code, Unset) else postal_code
        self.time_slot = None if isinstance(time_slot, Unset) else time_slot
        self.latitude = None if isinstance(latitude, Unset) else latitude
        self.customer_cell = None if isinstance(customer_cell, Unset) else customer_cell
        self.customer_number = None if isinstance(customer_number, Unset) else customer_number
        self.customer_phone = None if isinstance(customer_phone, Unset) else customer_phone
        self.set_position_in_route = None if isinstance(set_position_in_route, Unset) else set_position_in_route
        self.set_travel_time = None if isinstance(set_travel_time, Unset) else set_travel_time
        self.required_inventories = None if isinstance(required_inventories, Unset) else required_inventories
        self.resource_preferences = None if isinstance(resource_preferences, Unset) else resource_preferences
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.customer_email is not None or "customerEmail" in sent:
            field_dict["customerEmail"] = self.customer_email
        if self.access_schedule is not None or "accessSchedule" in sent:
            field_dict["accessSchedule"] = self.access_schedule
        if self.time_zone is not None or "timeZone" in sent:
            field_dict["timeZone"] = self.time_zone
        if self.date is not None or "date" in sent:
            field_dict["date"] = self.date
        if self.service_window_start is not None or "serviceWindowStart" in sent:
            field_dict["serviceWindowStart"] = self.service_window_start
        if self.service_window_end is not None or "serviceWindowEnd" in sent:
            field_dict["serviceWindowEnd"] = self.service_window_end
        if self.sla_window_start is not None or "slaWindowStart" in sent:
            field_dict["slaWindowStart"] = self.sla_window_start
        if self.sla_window_end is not None or "slaWindowEnd" in sent:
            field_dict["slaWindowEnd"] = self.sla_window_end
        if self.team_resource_id is not None or "teamResourceId" in sent:
            field_dict["teamResourceId"] = self.team_resource_id
        if self.delivery_window_start is not None or "deliveryWindowStart" in sent:
            field_dict["deliveryWindowStart"] = self.delivery_window_start
        if self.city is not None or "city" in sent:
            field_dict["city"] = self.city
        if self.customer_name is not None or "customerName" in sent:
            field_dict["customerName"] = self.customer_name
        if self.time_of_booking is not None or "timeOfBooking" in sent:
            field_dict["timeOfBooking"] = self.time_of_booking
        if self.state_province is not None or "stateProvince" in sent:
            field_dict["stateProvince"] = self.state_province
        if self.street_address is not None or "streetAddress" in sent:
            field_dict["streetAddress"] = self.street_address
        if self.longitude is not None or "longitude" in sent:
            field_dict["longitude"] = self.longitude
        if self.duration is not None or "duration" in sent:
            field_dict["duration"] = self.duration
        if self.points is not None or "points" in sent:
            field_dict["points"] = self.points
        if self.resource_id is not None or "resourceId" in sent:
            field_dict["resourceId"] = self.resource_id
        if self.reminder_time is not None or "reminderTime" in sent:
            field_dict["reminderTime"] = self.reminder_time
        if self.country_code is not None or "country_code" in sent:
            field_dict["country_code"] = self.country_code
        if self.activity_type is not None or "activityType" in sent:
            field_dict["activityType"] = self.activity_type
        if self.appt_number is not None or "apptNumber" in sent:
            field_dict["apptNumber"] = self.appt_number
        if self.delivery_window_end is not None or "deliveryWindowEnd" in sent:
            field_dict["deliveryWindowEnd"] = self.delivery_window_end
        if self.language is not None or "language" in sent:
            field_dict["language"] = self.language
        if self.language_iso is not None or "languageISO" in sent:
            field_dict["languageISO"] = self.language_iso
        if self.postal_code is not None or "postalCode" in sent:
            field_dict["postalCode"] = self.postal_code
        if self.time_slot is not None or "timeSlot" in sent:
            field_dict["timeSlot"] = self.time_slot
        if self.latitude is not None or "latitude" in sent:
            field_dict["latitude"] = self.latitude
        if self.customer_cell is not None or "customerCell" in sent:
            field_dict["customerCell"] = self.customer_cell
        if self.customer_number is not None or "customerNumber" in sent:
            field_dict["customerNumber"] = self.customer_number
        if self.customer_phone is not None or "customerPhone" in sent:
            field_dict["customerPhone"] = self.customer_phone
        if self.set_position_in_route is not None or "setPositionInRoute" in sent:
            field_dict["setPositionInRoute"] = (
                self.set_position_in_route.to_dict()
                if isinstance(self.set_position_in_route, SetPositionInRouteRequestField)
                else self.set_position_in_route
            )
        if self.set_travel_time is not None or "setTravelTime" in sent:
            field_dict["setTravelTime"] = (
                self.set_travel_time.to_dict()
                if isinstance(self.set_travel_time, SetTravelTimeRequestField)
                else self.set_travel_time
            )
        if self.required_inventories is not None or "requiredInventories" in sent:
            field_dict["requiredInventories"] = (
                [
                    item0.to_dict() if isinstance(item0, RequiredInventory) else item0
                    for item0 in self.required_inventories
                ]
                if isinstance(self.required_inventories, list)
                else self.required_inventories
            )
        if self.resource_preferences is not None or "resourcePreferences" in sent:
            field_dict["resourcePreferences"] = (
                [
                    item0.to_dict() if isinstance(item0, ResourcePreference) else item0
                    for item0 in self.resource_preferences
                ]
                if isinstance(self.resource_preferences, list)
                else self.resource_preferences
            )
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is ActivityFMR else lazy_twin(cls))
        _model._sent = _src
        _value = _src.get("setPositionInRoute")
        _model.set_position_in_route = (
            SetPositionInRouteRequestField.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["setPositionInRoute"] = _model.set_position_in_route
        _value = _src.get("setTravelTime")
        _model.set_travel_time = SetTravelTimeRequestField.from_dict(_value) if isinstance(_value, dict) else _value
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["setTravelTime"] = _model.set_travel_time
        _value = _src.get("requiredInventories")
        _model.required_inventories = (
            [RequiredInventory.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["requiredInventories"] = _model.required_inventories
        _value = _src.get("resourcePreferences")
        _model.resource_preferences = (
            [ResourcePreference.from_dict(item0) if isinstance(item0, dict) else item0 for item0 in _value]
            if isinstance(_value, list)
            else _value
        )
        if _value is not None:  # the copy holds the models, not the JSON they were built from (freed)
            _src["resourcePreferences"] = _model.resource_preferences
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.customer_email,
            target.access_schedule,
            target.time_zone,
            target.date,
            target.service_window_start,
            target.service_window_end,
            target.sla_window_start,
            target.sla_window_end,
            target.team_resource_id,
            target.delivery_window_start,
            target.city,
            target.customer_name,
            target.time_of_booking,
            target.state_province,
            target.street_address,
            target.longitude,
            target.duration,
            target.points,
            target.resource_id,
            target.reminder_time,
            target.country_code,
            target.activity_type,
            target.appt_number,
            target.delivery_window_end,
            target.language,
            target.language_iso,
            target.postal_code,
            target.time_slot,
            target.latitude,
            target.customer_cell,
            target.customer_number,
            target.customer_phone,
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


_Twin = lazy_twin(ActivityFMR)


# Imported last, not inside each call: models may refer to each other in cycles, and this class exists by now.
from ..models.required_inventory import RequiredInventory  # noqa: E402
from ..models.resource_preference import ResourcePreference  # noqa: E402
from ..models.set_position_in_route_request_field import SetPositionInRouteRequestField  # noqa: E402
from ..models.set_travel_time_request_field import SetTravelTimeRequestField  # noqa: E402
