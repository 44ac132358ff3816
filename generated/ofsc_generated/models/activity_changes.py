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
    "customerEmail": UNSET,
    "timeZone": UNSET,
    "date": UNSET,
    "slaWindowStart": UNSET,
    "startTime": UNSET,
    "serviceWindowStart": UNSET,
    "firstManualOperation": UNSET,
    "teamResourceId": UNSET,
    "workZone": UNSET,
    "travelTime": UNSET,
    "deliveryWindowStart": UNSET,
    "endTime": UNSET,
    "slaWindowEnd": UNSET,
    "city": UNSET,
    "customerName": UNSET,
    "timeOfBooking": UNSET,
    "stateProvince": UNSET,
    "streetAddress": UNSET,
    "longitude": UNSET,
    "duration": UNSET,
    "timeOfAssignment": UNSET,
    "points": UNSET,
    "timeDeliveredStart": UNSET,
    "resourceId": UNSET,
    "reminderTime": UNSET,
    "country_code": UNSET,
    "activityType": UNSET,
    "apptNumber": UNSET,
    "masterActivityId": UNSET,
    "deliveryWindowEnd": UNSET,
    "status": UNSET,
    "language": UNSET,
    "positionInRoute": UNSET,
    "postalCode": UNSET,
    "timeDeliveredEnd": UNSET,
    "timeSlot": UNSET,
    "latitude": UNSET,
    "recordType": UNSET,
    "customerCell": UNSET,
    "customerNumber": UNSET,
    "multidayTimeToComplete": UNSET,
    "firstManualOperationUser": UNSET,
    "multidayActivityStatus": UNSET,
    "serviceWindowEnd": UNSET,
    "customerPhone": UNSET,
    "activityId": UNSET,
}
_N_FIELDS = 46
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "customerEmail",
    "timeZone",
    "date",
    "slaWindowStart",
    "startTime",
    "serviceWindowStart",
    "firstManualOperation",
    "teamResourceId",
    "workZone",
    "travelTime",
    "deliveryWindowStart",
    "endTime",
    "slaWindowEnd",
    "city",
    "customerName",
    "timeOfBooking",
    "stateProvince",
    "streetAddress",
    "longitude",
    "duration",
    "timeOfAssignment",
    "points",
    "timeDeliveredStart",
    "resourceId",
    "reminderTime",
    "country_code",
    "activityType",
    "apptNumber",
    "masterActivityId",
    "deliveryWindowEnd",
    "status",
    "language",
    "positionInRoute",
    "postalCode",
    "timeDeliveredEnd",
    "timeSlot",
    "latitude",
    "recordType",
    "customerCell",
    "customerNumber",
    "multidayTimeToComplete",
    "firstManualOperationUser",
    "multidayActivityStatus",
    "serviceWindowEnd",
    "customerPhone",
    "activityId",
)

T = TypeVar("T", bound="ActivityChanges")


@_attrs_define(repr=False)
class ActivityChanges:
    """The object containing the activity changes."""

    customer_email: None | str | Unset = UNSET
    """ The email address of the customer. """
    time_zone: None | str | Unset = UNSET
    """ The name of the customer's time zone. For example, Eastern.

    By default, the time zone of the resource (to which the activity is assigned) is used.

    For a list of supported time zones, see Supported Time Zones
    (http://docs.oracle.com/cloud/latest/fieldservicecs_gs/CXFSC/OFSC_Supported_Time_Zones.html). """
    date: None | str | Unset = UNSET
    """ The date on which the activity is scheduled. This field is not present in the response, if the activity is
    not scheduled for any particular date. """
    sla_window_start: None | str | Unset = UNSET
    """ The time when the service level agreement (SLA) window starts. The time is displayed in 'YYYY-MM-DD
    HH:MM:SS' format.

    SLA window is returned in UTC time zone. """
    start_time: None | str | Unset = UNSET
    """ The estimated time of arrival for the activities in 'pending' status and the actual start time for the
    activities in 'started' and 'completed' status. The time is displayed in 'YYYY-MM-DD HH:MM:SS' format. The time
    is returned in UTC time zone. """
    service_window_start: None | str | Unset = UNSET
    """ The time when the service window starts for the activity. The time is displayed in 'HH:MM:SS' format.

    Service window is returned in UTC time zone. """
    first_manual_operation: None | str | Unset = UNSET
    """ The name of the first manual operation performed on the activity. """
    team_resource_id: None | str | Unset = UNSET
    """ The identifier of the team resource for a teamwork activity. """
    work_zone: None | str | Unset = UNSET
    """ The work zone in which the activity occurs. It is a read-only field that is automatically assigned to an
    activity, based on the company setting 'work zone key' and the activity properties. For example, if 'work zone
    key' is the first 4 symbols of the 'city' field, then the activity with city=Belfast will have a work zone
    assigned which has 'BELF' as one of its keys. """
    travel_time: int | None | Unset = UNSET
    """ The estimated time taken to travel to this activity. The estimate is based on the previous activity in
    route. """
    delivery_window_start: None | str | Unset = UNSET
    """ The time when the activity delivery window starts. The time is in HH:MM:SS format. The time is returned in
    UTC time zone. """
    end_time: None | str | Unset = UNSET
    """ The estimated or the actual end time of the activity. The time is in 'YYYY-MM-DD HH:MM:SS' format. The time
    is returned in UTC time zone. """
    sla_window_end: None | str | Unset = UNSET
    """ The time when the service level agreement (SLA) window ends. The time is displayed in 'YYYY-MM-DD HH:MM:SS'
    format.

    SLA window is returned in UTC time zone. """
    city: None | str | Unset = UNSET
    """ The city of the customer where the activity is scheduled. This field is used for geocoding and must contain
    a valid address. """
    customer_name: None | str | Unset = UNSET
    """ The name of the customer. """
    time_of_booking: None | str | Unset = UNSET
    """ The time when the customer booked the activity. The time is returned in UTC time zone. """
    state_province: None | str | Unset = UNSET
    """ The state or province of the customer. This field is used for geocoding and must contain a valid address.
    """
    street_address: None | str | Unset = UNSET
    """ The street address of the customer. This field is used for geocoding and must contain a valid address. """
    longitude: float | None | Unset = UNSET
    """ The longitude coordinate (in degrees) of the activity. """
    duration: int | Unset = UNSET
    """ The estimated duration of the activity in minutes. """
    time_of_assignment: None | str | Unset = UNSET
    """ The time when the activity is assigned to the technician. The time is returned in UTC time zone. """
    points: int | None | Unset = UNSET
    """ The cost of the activity in 'points'. This parameter is intended for use by the Routing module. """
    time_delivered_start: None | str | Unset = UNSET
    """ The start time of the technician's arrival interval as communicated to the customer. The value is used by
    routing optimization engine to reduce changes to arrival time, so it is important to keep the value actual. This
    time is displayed in 'YYYY-MM-DD HH:MM:SS' format in the time zone of the resource to which the activity is
    assigned. """
    resource_id: None | str | Unset = UNSET
    """ The identifier of the resource to which this activity is assigned. This field is not returned if the
    resource ID is empty.

    Note: Do not use empty strings in requests. """
    reminder_time: int | None | Unset = UNSET
    """ The number of minutes before the activity start time the customer must be notified of the activity. """
    country_code: None | str | Unset = UNSET
    """ The code of the country where the activity is scheduled. """
    activity_type: None | str | Unset = UNSET
    """ The type of the activity. Based on the activity type, predefined company-specific rules are applied while
    processing an activity. Predefined company-specific rules cover the following:

    - The resources to which the activities can be assigned.
    - The activity processing details.
    - The interaction of the activity with different modules of Oracle Field Service. """
    appt_number: None | str | Unset = UNSET
    """ The parameter that may be used by integrations to store the identifier of the activity in the origin system.
    This parameter has no business significance in Oracle Field Service and may be left empty. """
    master_activity_id: int | None | Unset = UNSET
    """ The identifier of a segmentable activity. It is available for individual segments which have the record type
    set to 'multiday_activity_segment'. This field is not set for regular activities. """
    delivery_window_end: None | str | Unset = UNSET
    """ The time when the activity delivery window ends. The time is in 'HH:MM:SS' format. The time is returned in
    UTC time zone. """
    status: None | str | Unset = UNSET
    """ The status of the activity. As a technician works through the activity, the status changes. The actions that
    are available for an activity are based on this status.

    A newly created activity has the status as 'pending', but it can then be changed to 'cancelled' or 'started'.
    The status of an activity can be changed to 'complete', 'notdone', or 'suspended' only if it has the status as
    'started'. Allowed values: `cancelled`, `complete`, `suspended`, `started`, `enroute`, `pending`, `notdone`. """
    language: None | str | Unset = UNSET
    """ The preferred language of the customer. This parameter is optional and its value defaults to the language
    set for the Login screen.

    The accepted language codes are listed on: Supported Language Codes. """
    position_in_route: int | None | Unset = UNSET
    """ The position of the activity in the route. For not-ordered activities, this parameter is not present in the
    response. For ordered activities, a 1-based number is returned. """
    postal_code: None | str | Unset = UNSET
    """ The postal code of the customer. This field is used for geocoding and must contain a valid address. """
    time_delivered_end: None | str | Unset = UNSET
    """ The end time of the technician's arrival interval as communicated to the customer. The value is used by
    routing optimization engine to reduce changes to arrival time, so it is important to keep the value actual. This
    time is displayed in 'YYYY-MM-DD HH:MM:SS' format in the time zone of the resource to which the activity is
    assigned. """
    time_slot: None | str | Unset = UNSET
    """ The time slot during which the activity is completed. The time slot also indicates the service window for
    the activity. """
    latitude: float | None | Unset = UNSET
    """ The latitude coordinate (in degrees) of the activity. """
    record_type: None | str | Unset = UNSET
    """ The type of the activity record. The following values are allowed:

    - regular - this is the default record type for most new activities.
    - prework - this type of record is created if a technician has to perform some work before the actual activity
    starts.
    - reopened - a record of this type is created when an activity is reopened for some reason.
    - multiday_activity - this record type is created when the 'activityType' indicates that this is a segmentable
    activity.
    - multiday_activity_segment - the records of this type are created for segmentable activities, based on their
    duration and time slot settings. Allowed values: `regular`, `reopened`, `prework`, `multiday_activity`,
    `multiday_activity_segment`. """
    customer_cell: None | str | Unset = UNSET
    """ The customer's cell phone number. From version 17.2.1, the phone number is saved in Oracle Field Service
    with the '+' symbol. For example, if you enter the phone number as +1(234)234-23_42, it is saved in Oracle Field
    Service as +12342342342. """
    customer_number: None | str | Unset = UNSET
    """ The account number of the customer. This parameter is used by integrations as a placeholder for the external
    identifier of the Account ID in the application. This parameter has no business significance in Oracle Field
    Service and can be left empty. """
    multiday_time_to_complete: None | str | Unset = UNSET
    """ The total duration of the segmentable activity in 'HH:MM:SS' format. """
    first_manual_operation_user: None | str | Unset = UNSET
    """ The user who performed the first manual operation on the activity. """
    multiday_activity_status: None | str | Unset = UNSET
    """ The status of the segmentable activity. """
    service_window_end: None | str | Unset = UNSET
    """ The time when the service window ends for the activity. The time is displayed in 'HH:MM:SS' format.

    Service window is returned in UTC time zone. """
    customer_phone: None | str | Unset = UNSET
    """ The regular (land) phone number of the customer. From version 17.2.1, the phone number is saved in Oracle
    Field Service with the '+' symbol. For example, if you enter the phone number as +1(234)234-23_42, it is saved
    in Oracle Field Service as +12342342342. """
    activity_id: int | None | Unset = UNSET
    """ The unique identifier of the activity in Oracle Field Service. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.customer_email is not UNSET:
            field_dict["customerEmail"] = self.customer_email
        if self.time_zone is not UNSET:
            field_dict["timeZone"] = self.time_zone
        if self.date is not UNSET:
            field_dict["date"] = self.date
        if self.sla_window_start is not UNSET:
            field_dict["slaWindowStart"] = self.sla_window_start
        if self.start_time is not UNSET:
            field_dict["startTime"] = self.start_time
        if self.service_window_start is not UNSET:
            field_dict["serviceWindowStart"] = self.service_window_start
        if self.first_manual_operation is not UNSET:
            field_dict["firstManualOperation"] = self.first_manual_operation
        if self.team_resource_id is not UNSET:
            field_dict["teamResourceId"] = self.team_resource_id
        if self.work_zone is not UNSET:
            field_dict["workZone"] = self.work_zone
        if self.travel_time is not UNSET:
            field_dict["travelTime"] = self.travel_time
        if self.delivery_window_start is not UNSET:
            field_dict["deliveryWindowStart"] = self.delivery_window_start
        if self.end_time is not UNSET:
            field_dict["endTime"] = self.end_time
        if self.sla_window_end is not UNSET:
            field_dict["slaWindowEnd"] = self.sla_window_end
        if self.city is not UNSET:
            field_dict["city"] = self.city
        if self.customer_name is not UNSET:
            field_dict["customerName"] = self.customer_name
        if self.time_of_booking is not UNSET:
            field_dict["timeOfBooking"] = self.time_of_booking
        if self.state_province is not UNSET:
            field_dict["stateProvince"] = self.state_province
        if self.street_address is not UNSET:
            field_dict["streetAddress"] = self.street_address
        if self.longitude is not UNSET:
            field_dict["longitude"] = self.longitude
        if self.duration is not UNSET:
            field_dict["duration"] = self.duration
        if self.time_of_assignment is not UNSET:
            field_dict["timeOfAssignment"] = self.time_of_assignment
        if self.points is not UNSET:
            field_dict["points"] = self.points
        if self.time_delivered_start is not UNSET:
            field_dict["timeDeliveredStart"] = self.time_delivered_start
        if self.resource_id is not UNSET:
            field_dict["resourceId"] = self.resource_id
        if self.reminder_time is not UNSET:
            field_dict["reminderTime"] = self.reminder_time
        if self.country_code is not UNSET:
            field_dict["country_code"] = self.country_code
        if self.activity_type is not UNSET:
            field_dict["activityType"] = self.activity_type
        if self.appt_number is not UNSET:
            field_dict["apptNumber"] = self.appt_number
        if self.master_activity_id is not UNSET:
            field_dict["masterActivityId"] = self.master_activity_id
        if self.delivery_window_end is not UNSET:
            field_dict["deliveryWindowEnd"] = self.delivery_window_end
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.language is not UNSET:
            field_dict["language"] = self.language
        if self.position_in_route is not UNSET:
            field_dict["positionInRoute"] = self.position_in_route
        if self.postal_code is not UNSET:
            field_dict["postalCode"] = self.postal_code
        if self.time_delivered_end is not UNSET:
            field_dict["timeDeliveredEnd"] = self.time_delivered_end
        if self.time_slot is not UNSET:
            field_dict["timeSlot"] = self.time_slot
        if self.latitude is not UNSET:
            field_dict["latitude"] = self.latitude
        if self.record_type is not UNSET:
            field_dict["recordType"] = self.record_type
        if self.customer_cell is not UNSET:
            field_dict["customerCell"] = self.customer_cell
        if self.customer_number is not UNSET:
            field_dict["customerNumber"] = self.customer_number
        if self.multiday_time_to_complete is not UNSET:
            field_dict["multidayTimeToComplete"] = self.multiday_time_to_complete
        if self.first_manual_operation_user is not UNSET:
            field_dict["firstManualOperationUser"] = self.first_manual_operation_user
        if self.multiday_activity_status is not UNSET:
            field_dict["multidayActivityStatus"] = self.multiday_activity_status
        if self.service_window_end is not UNSET:
            field_dict["serviceWindowEnd"] = self.service_window_end
        if self.customer_phone is not UNSET:
            field_dict["customerPhone"] = self.customer_phone
        if self.activity_id is not UNSET:
            field_dict["activityId"] = self.activity_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        activity_changes = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            activity_changes.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return activity_changes

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
