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
    "customerEmail": None,
    "timeZone": None,
    "date": None,
    "slaWindowStart": None,
    "startTime": None,
    "serviceWindowStart": None,
    "firstManualOperation": None,
    "teamResourceId": None,
    "workZone": None,
    "travelTime": None,
    "deliveryWindowStart": None,
    "endTime": None,
    "slaWindowEnd": None,
    "city": None,
    "customerName": None,
    "timeOfBooking": None,
    "stateProvince": None,
    "streetAddress": None,
    "longitude": None,
    "duration": None,
    "timeOfAssignment": None,
    "points": None,
    "timeDeliveredStart": None,
    "resourceId": None,
    "reminderTime": None,
    "country_code": None,
    "activityType": None,
    "apptNumber": None,
    "masterActivityId": None,
    "deliveryWindowEnd": None,
    "status": None,
    "language": None,
    "positionInRoute": None,
    "postalCode": None,
    "timeDeliveredEnd": None,
    "timeSlot": None,
    "latitude": None,
    "recordType": None,
    "customerCell": None,
    "customerNumber": None,
    "multidayTimeToComplete": None,
    "firstManualOperationUser": None,
    "multidayActivityStatus": None,
    "serviceWindowEnd": None,
    "customerPhone": None,
    "activityId": None,
}
_N_FIELDS = 46
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
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
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="ActivityChanges")


@_attrs_define(repr=False, init=False)
class ActivityChanges:
    """The object containing the activity changes."""

    customer_email: str | None
    """ The email address of the customer. """
    time_zone: str | None
    """ The name of the customer's time zone. For example, Eastern.

    By default, the time zone of the resource (to which the activity is assigned) is used.

    For a list of supported time zones, see Supported Time Zones
    (http://docs.oracle.com/cloud/latest/fieldservicecs_gs/CXFSC/OFSC_Supported_Time_Zones.html). """
    date: str | None
    """ The date on which the activity is scheduled. This field is not present in the response, if the activity is
    not scheduled for any particular date. """
    sla_window_start: str | None
    """ The time when the service level agreement (SLA) window starts. The time is displayed in 'YYYY-MM-DD
    HH:MM:SS' format.

    SLA window is returned in UTC time zone. """
    start_time: str | None
    """ The estimated time of arrival for the activities in 'pending' status and the actual start time for the
    activities in 'started' and 'completed' status. The time is displayed in 'YYYY-MM-DD HH:MM:SS' format. The time
    is returned in UTC time zone. """
    service_window_start: str | None
    """ The time when the service window starts for the activity. The time is displayed in 'HH:MM:SS' format.

    Service window is returned in UTC time zone. """
    first_manual_operation: str | None
    """ The name of the first manual operation performed on the activity. """
    team_resource_id: str | None
    """ The identifier of the team resource for a teamwork activity. """
    work_zone: str | None
    """ The work zone in which the activity occurs. It is a read-only field that is automatically assigned to an
    activity, based on the company setting 'work zone key' and the activity properties. For example, if 'work zone
    key' is the first 4 symbols of the 'city' field, then the activity with city=Belfast will have a work zone
    assigned which has 'BELF' as one of its keys. """
    travel_time: int | None
    """ The estimated time taken to travel to this activity. The estimate is based on the previous activity in
    route. """
    delivery_window_start: str | None
    """ The time when the activity delivery window starts. The time is in HH:MM:SS format. The time is returned in
    UTC time zone. """
    end_time: str | None
    """ The estimated or the actual end time of the activity. The time is in 'YYYY-MM-DD HH:MM:SS' format. The time
    is returned in UTC time zone. """
    sla_window_end: str | None
    """ The time when the service level agreement (SLA) window ends. The time is displayed in 'YYYY-MM-DD HH:MM:SS'
    format.

    SLA window is returned in UTC time zone. """
    city: str | None
    """ The city of the customer where the activity is scheduled. This field is used for geocoding and must contain
    a valid address. """
    customer_name: str | None
    """ The name of the customer. """
    time_of_booking: str | None
    """ The time when the customer booked the activity. The time is returned in UTC time zone. """
    state_province: str | None
    """ The state or province of the customer. This field is used for geocoding and must contain a valid address.
    """
    street_address: str | None
    """ The street address of the customer. This field is used for geocoding and must contain a valid address. """
    longitude: float | None
    """ The longitude coordinate (in degrees) of the activity. """
    duration: int | None
    """ The estimated duration of the activity in minutes. """
    time_of_assignment: str | None
    """ The time when the activity is assigned to the technician. The time is returned in UTC time zone. """
    points: int | None
    """ The cost of the activity in 'points'. This parameter is intended for use by the Routing module. """
    time_delivered_start: str | None
    """ The start time of the technician's arrival interval as communicated to the customer. The value is used by
    routing optimization engine to reduce changes to arrival time, so it is important to keep the value actual. This
    time is displayed in 'YYYY-MM-DD HH:MM:SS' format in the time zone of the resource to which the activity is
    assigned. """
    resource_id: str | None
    """ The identifier of the resource to which this activity is assigned. This field is not returned if the
    resource ID is empty.

    Note: Do not use empty strings in requests. """
    reminder_time: int | None
    """ The number of minutes before the activity start time the customer must be notified of the activity. """
    country_code: str | None
    """ The code of the country where the activity is scheduled. """
    activity_type: str | None
    """ The type of the activity. Based on the activity type, predefined company-specific rules are applied while
    processing an activity. Predefined company-specific rules cover the following:

    - The resources to which the activities can be assigned.
    - The activity processing details.
    - The interaction of the activity with different modules of Oracle Field Service. """
    appt_number: str | None
    """ The parameter that may be used by integrations to store the identifier of the activity in the origin system.
    This parameter has no business significance in Oracle Field Service and may be left empty. """
    master_activity_id: int | None
    """ The identifier of a segmentable activity. It is available for individual segments which have the record type
    set to 'multiday_activity_segment'. This field is not set for regular activities. """
    delivery_window_end: str | None
    """ The time when the activity delivery window ends. The time is in 'HH:MM:SS' format. The time is returned in
    UTC time zone. """
    status: str | None
    """ The status of the activity. As a technician works through the activity, the status changes. The actions that
    are available for an activity are based on this status.

    A newly created activity has the status as 'pending', but it can then be changed to 'cancelled' or 'started'.
    The status of an activity can be changed to 'complete', 'notdone', or 'suspended' only if it has the status as
    'started'. Allowed values: `cancelled`, `complete`, `suspended`, `started`, `enroute`, `pending`, `notdone`. """
    language: str | None
    """ The preferred language of the customer. This parameter is optional and its value defaults to the language
    set for the Login screen.

    The accepted language codes are listed on: Supported Language Codes. """
    position_in_route: int | None
    """ The position of the activity in the route. For not-ordered activities, this parameter is not present in the
    response. For ordered activities, a 1-based number is returned. """
    postal_code: str | None
    """ The postal code of the customer. This field is used for geocoding and must contain a valid address. """
    time_delivered_end: str | None
    """ The end time of the technician's arrival interval as communicated to the customer. The value is used by
    routing optimization engine to reduce changes to arrival time, so it is important to keep the value actual. This
    time is displayed in 'YYYY-MM-DD HH:MM:SS' format in the time zone of the resource to which the activity is
    assigned. """
    time_slot: str | None
    """ The time slot during which the activity is completed. The time slot also indicates the service window for
    the activity. """
    latitude: float | None
    """ The latitude coordinate (in degrees) of the activity. """
    record_type: str | None
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
    customer_cell: str | None
    """ The customer's cell phone number. From version 17.2.1, the phone number is saved in Oracle Field Service
    with the '+' symbol. For example, if you enter the phone number as +1(234)234-23_42, it is saved in Oracle Field
    Service as +12342342342. """
    customer_number: str | None
    """ The account number of the customer. This parameter is used by integrations as a placeholder for the external
    identifier of the Account ID in the application. This parameter has no business significance in Oracle Field
    Service and can be left empty. """
    multiday_time_to_complete: str | None
    """ The total duration of the segmentable activity in 'HH:MM:SS' format. """
    first_manual_operation_user: str | None
    """ The user who performed the first manual operation on the activity. """
    multiday_activity_status: str | None
    """ The status of the segmentable activity. """
    service_window_end: str | None
    """ The time when the service window ends for the activity. The time is displayed in 'HH:MM:SS' format.

    Service window is returned in UTC time zone. """
    customer_phone: str | None
    """ The regular (land) phone number of the customer. From version 17.2.1, the phone number is saved in Oracle
    Field Service with the '+' symbol. For example, if you enter the phone number as +1(234)234-23_42, it is saved
    in Oracle Field Service as +12342342342. """
    activity_id: int | None
    """ The unique identifier of the activity in Oracle Field Service. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "customer_email",
            "time_zone",
            "date",
            "sla_window_start",
            "start_time",
            "service_window_start",
            "first_manual_operation",
            "team_resource_id",
            "work_zone",
            "travel_time",
            "delivery_window_start",
            "end_time",
            "sla_window_end",
            "city",
            "customer_name",
            "time_of_booking",
            "state_province",
            "street_address",
            "longitude",
            "duration",
            "time_of_assignment",
            "points",
            "time_delivered_start",
            "resource_id",
            "reminder_time",
            "country_code",
            "activity_type",
            "appt_number",
            "master_activity_id",
            "delivery_window_end",
            "status",
            "language",
            "position_in_route",
            "postal_code",
            "time_delivered_end",
            "time_slot",
            "latitude",
            "record_type",
            "customer_cell",
            "customer_number",
            "multiday_time_to_complete",
            "first_manual_operation_user",
            "multiday_activity_status",
            "service_window_end",
            "customer_phone",
            "activity_id",
            "additional_properties",
        )
    )

    def __init__(
        self,
        customer_email: str | None | Unset = UNSET,
        time_zone: str | None | Unset = UNSET,
        date: str | None | Unset = UNSET,
        sla_window_start: str | None | Unset = UNSET,
        start_time: str | None | Unset = UNSET,
        service_window_start: str | None | Unset = UNSET,
        first_manual_operation: str | None | Unset = UNSET,
        team_resource_id: str | None | Unset = UNSET,
        work_zone: str | None | Unset = UNSET,
        travel_time: int | None | Unset = UNSET,
        delivery_window_start: str | None | Unset = UNSET,
        end_time: str | None | Unset = UNSET,
        sla_window_end: str | None | Unset = UNSET,
        city: str | None | Unset = UNSET,
        customer_name: str | None | Unset = UNSET,
        time_of_booking: str | None | Unset = UNSET,
        state_province: str | None | Unset = UNSET,
        street_address: str | None | Unset = UNSET,
        longitude: float | None | Unset = UNSET,
        duration: int | None | Unset = UNSET,
        time_of_assignment: str | None | Unset = UNSET,
        points: int | None | Unset = UNSET,
        time_delivered_start: str | None | Unset = UNSET,
        resource_id: str | None | Unset = UNSET,
        reminder_time: int | None | Unset = UNSET,
        country_code: str | None | Unset = UNSET,
        activity_type: str | None | Unset = UNSET,
        appt_number: str | None | Unset = UNSET,
        master_activity_id: int | None | Unset = UNSET,
        delivery_window_end: str | None | Unset = UNSET,
        status: Literal["cancelled", "complete", "suspended", "started", "enroute", "pending", "notdone"]
        | None
        | Unset = UNSET,
        language: str | None | Unset = UNSET,
        position_in_route: int | None | Unset = UNSET,
        postal_code: str | None | Unset = UNSET,
        time_delivered_end: str | None | Unset = UNSET,
        time_slot: str | None | Unset = UNSET,
        latitude: float | None | Unset = UNSET,
        record_type: Literal["regular", "reopened", "prework", "multiday_activity", "multiday_activity_segment"]
        | None
        | Unset = UNSET,
        customer_cell: str | None | Unset = UNSET,
        customer_number: str | None | Unset = UNSET,
        multiday_time_to_complete: str | None | Unset = UNSET,
        first_manual_operation_user: str | None | Unset = UNSET,
        multiday_activity_status: str | None | Unset = UNSET,
        service_window_end: str | None | Unset = UNSET,
        customer_phone: str | None | Unset = UNSET,
        activity_id: int | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "customerEmail": customer_email,
            "timeZone": time_zone,
            "date": date,
            "slaWindowStart": sla_window_start,
            "startTime": start_time,
            "serviceWindowStart": service_window_start,
            "firstManualOperation": first_manual_operation,
            "teamResourceId": team_resource_id,
            "workZone": work_zone,
            "travelTime": travel_time,
            "deliveryWindowStart": delivery_window_start,
            "endTime": end_time,
            "slaWindowEnd": sla_window_end,
            "city": city,
            "customerName": customer_name,
            "timeOfBooking": time_of_booking,
            "stateProvince": state_province,
            "streetAddress": street_address,
            "longitude": longitude,
            "duration": duration,
            "timeOfAssignment": time_of_assignment,
            "points": points,
            "timeDeliveredStart": time_delivered_start,
            "resourceId": resource_id,
            "reminderTime": reminder_time,
            "country_code": country_code,
            "activityType": activity_type,
            "apptNumber": appt_number,
            "masterActivityId": master_activity_id,
            "deliveryWindowEnd": delivery_window_end,
            "status": status,
            "language": language,
            "positionInRoute": position_in_route,
            "postalCode": postal_code,
            "timeDeliveredEnd": time_delivered_end,
            "timeSlot": time_slot,
            "latitude": latitude,
            "recordType": record_type,
            "customerCell": customer_cell,
            "customerNumber": customer_number,
            "multidayTimeToComplete": multiday_time_to_complete,
            "firstManualOperationUser": first_manual_operation_user,
            "multidayActivityStatus": multiday_activity_status,
            "serviceWindowEnd": service_window_end,
            "customerPhone": customer_phone,
            "activityId": activity_id,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.customer_email = None if isinstance(customer_email, Unset) else customer_email
        self.time_zone = None if isinstance(time_zone, Unset) else time_zone
        self.date = None if isinstance(date, Unset) else date
        self.sla_window_start = None if isinstance(sla_window_start, Unset) else sla_window_start
        self.start_time = None if isinstance(start_time, Unset) else start_time
        self.service_window_start = None if isinstance(service_window_start, Unset) else service_window_start
        self.first_manual_operation = None if isinstance(first_manual_operation, Unset) else first_manual_operation
        self.team_resource_id = None if isinstance(team_resource_id, Unset) else team_resource_id
        self.work_zone = None if isinstance(work_zone, Unset) else work_zone
        self.travel_time = None if isinstance(travel_time, Unset) else travel_time
        self.delivery_window_start = None if isinstance(delivery_window_start, Unset) else delivery_window_start
        self.end_time = None if isinstance(end_time, Unset) else end_time
        self.sla_window_end = None if isinstance(sla_window_end, Unset) else sla_window_end
        self.city = None if isinstance(city, Unset) else city
        self.customer_name = None if isinstance(customer_name, Unset) else customer_name
        self.time_of_booking = None if isinstance(time_of_booking, Unset) else time_of_booking
        self.state_province = None if isinstance(state_province, Unset) else state_province
        self.street_address = None if isinstance(street_address, Unset) else street_address
        self.longitude = None if isinstance(longitude, Unset) else longitude
        self.duration = None if isinstance(duration, Unset) else duration
        self.time_of_assignment = None if isinstance(time_of_assignment, Unset) else time_of_assignment
        self.points = None if isinstance(points, Unset) else points
        self.time_delivered_start = None if isinstance(time_delivered_start, Unset) else time_delivered_start
        self.resource_id = None if isinstance(resource_id, Unset) else resource_id
        self.reminder_time = None if isinstance(reminder_time, Unset) else reminder_time
        self.country_code = None if isinstance(country_code, Unset) else country_code
        self.activity_type = None if isinstance(activity_type, Unset) else activity_type
        self.appt_number = None if isinstance(appt_number, Unset) else appt_number
        self.master_activity_id = None if isinstance(master_activity_id, Unset) else master_activity_id
        self.delivery_window_end = None if isinstance(delivery_window_end, Unset) else delivery_window_end
        self.status = None if isinstance(status, Unset) else status
        self.language = None if isinstance(language, Unset) else language
        self.position_in_route = None if isinstance(position_in_route, Unset) else position_in_route
        self.postal_code = None if isinstance(postal_code, Unset) else postal_code
        self.time_delivered_end = None if isinstance(time_delivered_end, Unset) else time_delivered_end
        self.time_slot = None if isinstance(time_slot, Unset) else time_slot
        self.latitude = None if isinstance(latitude, Unset) else latitude
        self.record_type = None if isinstance(record_type, Unset) else record_type
        self.customer_cell = None if isinstance(customer_cell, Unset) else customer_cell
        self.customer_number = None if isinstance(customer_number, Unset) else customer_number
        self.multiday_time_to_complete = (
            None if isinstance(multiday_time_to_complete, Unset) else multiday_time_to_complete
        )
        self.first_manual_operation_user = (
            None if isinstance(first_manual_operation_user, Unset) else first_manual_operation_user
        )
        self.multiday_activity_status = (
            None if isinstance(multiday_activity_status, Unset) else multiday_activity_status
        )
        self.service_window_end = None if isinstance(service_window_end, Unset) else service_window_end
        self.customer_phone = None if isinstance(customer_phone, Unset) else customer_phone
        self.activity_id = None if isinstance(activity_id, Unset) else activity_id
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.customer_email is not None or "customerEmail" in sent:
            field_dict["customerEmail"] = self.customer_email
        if self.time_zone is not None or "timeZone" in sent:
            field_dict["timeZone"] = self.time_zone
        if self.date is not None or "date" in sent:
            field_dict["date"] = self.date
        if self.sla_window_start is not None or "slaWindowStart" in sent:
            field_dict["slaWindowStart"] = self.sla_window_start
        if self.start_time is not None or "startTime" in sent:
            field_dict["startTime"] = self.start_time
        if self.service_window_start is not None or "serviceWindowStart" in sent:
            field_dict["serviceWindowStart"] = self.service_window_start
        if self.first_manual_operation is not None or "firstManualOperation" in sent:
            field_dict["firstManualOperation"] = self.first_manual_operation
        if self.team_resource_id is not None or "teamResourceId" in sent:
            field_dict["teamResourceId"] = self.team_resource_id
        if self.work_zone is not None or "workZone" in sent:
            field_dict["workZone"] = self.work_zone
        if self.travel_time is not None or "travelTime" in sent:
            field_dict["travelTime"] = self.travel_time
        if self.delivery_window_start is not None or "deliveryWindowStart" in sent:
            field_dict["deliveryWindowStart"] = self.delivery_window_start
        if self.end_time is not None or "endTime" in sent:
            field_dict["endTime"] = self.end_time
        if self.sla_window_end is not None or "slaWindowEnd" in sent:
            field_dict["slaWindowEnd"] = self.sla_window_end
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
        if self.time_of_assignment is not None or "timeOfAssignment" in sent:
            field_dict["timeOfAssignment"] = self.time_of_assignment
        if self.points is not None or "points" in sent:
            field_dict["points"] = self.points
        if self.time_delivered_start is not None or "timeDeliveredStart" in sent:
            field_dict["timeDeliveredStart"] = self.time_delivered_start
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
        if self.master_activity_id is not None or "masterActivityId" in sent:
            field_dict["masterActivityId"] = self.master_activity_id
        if self.delivery_window_end is not None or "deliveryWindowEnd" in sent:
            field_dict["deliveryWindowEnd"] = self.delivery_window_end
        if self.status is not None or "status" in sent:
            field_dict["status"] = self.status
        if self.language is not None or "language" in sent:
            field_dict["language"] = self.language
        if self.position_in_route is not None or "positionInRoute" in sent:
            field_dict["positionInRoute"] = self.position_in_route
        if self.postal_code is not None or "postalCode" in sent:
            field_dict["postalCode"] = self.postal_code
        if self.time_delivered_end is not None or "timeDeliveredEnd" in sent:
            field_dict["timeDeliveredEnd"] = self.time_delivered_end
        if self.time_slot is not None or "timeSlot" in sent:
            field_dict["timeSlot"] = self.time_slot
        if self.latitude is not None or "latitude" in sent:
            field_dict["latitude"] = self.latitude
        if self.record_type is not None or "recordType" in sent:
            field_dict["recordType"] = self.record_type
        if self.customer_cell is not None or "customerCell" in sent:
            field_dict["customerCell"] = self.customer_cell
        if self.customer_number is not None or "customerNumber" in sent:
            field_dict["customerNumber"] = self.customer_number
        if self.multiday_time_to_complete is not None or "multidayTimeToComplete" in sent:
            field_dict["multidayTimeToComplete"] = self.multiday_time_to_complete
        if self.first_manual_operation_user is not None or "firstManualOperationUser" in sent:
            field_dict["firstManualOperationUser"] = self.first_manual_operation_user
        if self.multiday_activity_status is not None or "multidayActivityStatus" in sent:
            field_dict["multidayActivityStatus"] = self.multiday_activity_status
        if self.service_window_end is not None or "serviceWindowEnd" in sent:
            field_dict["serviceWindowEnd"] = self.service_window_end
        if self.customer_phone is not None or "customerPhone" in sent:
            field_dict["customerPhone"] = self.customer_phone
        if self.activity_id is not None or "activityId" in sent:
            field_dict["activityId"] = self.activity_id
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is ActivityChanges else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.customer_email,
            target.time_zone,
            target.date,
            target.sla_window_start,
            target.start_time,
            target.service_window_start,
            target.first_manual_operation,
            target.team_resource_id,
            target.work_zone,
            target.travel_time,
            target.delivery_window_start,
            target.end_time,
            target.sla_window_end,
            target.city,
            target.customer_name,
            target.time_of_booking,
            target.state_province,
            target.street_address,
            target.longitude,
            target.duration,
            target.time_of_assignment,
            target.points,
            target.time_delivered_start,
            target.resource_id,
            target.reminder_time,
            target.country_code,
            target.activity_type,
            target.appt_number,
            target.master_activity_id,
            target.delivery_window_end,
            target.status,
            target.language,
            target.position_in_route,
            target.postal_code,
            target.time_delivered_end,
            target.time_slot,
            target.latitude,
            target.record_type,
            target.customer_cell,
            target.customer_number,
            target.multiday_time_to_complete,
            target.first_manual_operation_user,
            target.multiday_activity_status,
            target.service_window_end,
            target.customer_phone,
            target.activity_id,
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


_Twin = lazy_twin(ActivityChanges)
