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
    "accessSchedule": UNSET,
    "timeZone": UNSET,
    "timeZoneIANA": UNSET,
    "resourceTimeZone": UNSET,
    "resourceTimeZoneIANA": UNSET,
    "resourceTimeZoneDiff": UNSET,
    "date": UNSET,
    "serviceWindowStart": UNSET,
    "serviceWindowEnd": UNSET,
    "slaWindowStart": UNSET,
    "slaWindowEnd": UNSET,
    "startTime": UNSET,
    "endTime": UNSET,
    "firstManualOperation": UNSET,
    "teamResourceId": UNSET,
    "workZone": UNSET,
    "travelTime": UNSET,
    "deliveryWindowStart": UNSET,
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
    "languageISO": UNSET,
    "positionInRoute": UNSET,
    "postalCode": UNSET,
    "timeDeliveredEnd": UNSET,
    "timeSlot": UNSET,
    "latitude": UNSET,
    "recordType": UNSET,
    "customerCell": UNSET,
    "customerNumber": UNSET,
    "firstManualOperationUser": UNSET,
    "customerPhone": UNSET,
    "activityId": UNSET,
    "autoRoutedToDate": UNSET,
    "autoRoutedToResource": UNSET,
    "travelEstimationMethod": UNSET,
    "coordinateAccuracy": UNSET,
    "activityFlow": UNSET,
    "ibAssetId": UNSET,
    "pjfProjectElementId": UNSET,
    "pjfProjectId": UNSET,
    "svcWorkOrderId": UNSET,
    "wieWorkOrderId": UNSET,
    "wieWorkOrderOperationId": UNSET,
}
_N_FIELDS = 61
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "customerEmail",
    "accessSchedule",
    "timeZone",
    "timeZoneIANA",
    "resourceTimeZone",
    "resourceTimeZoneIANA",
    "resourceTimeZoneDiff",
    "date",
    "serviceWindowStart",
    "serviceWindowEnd",
    "slaWindowStart",
    "slaWindowEnd",
    "startTime",
    "endTime",
    "firstManualOperation",
    "teamResourceId",
    "workZone",
    "travelTime",
    "deliveryWindowStart",
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
    "languageISO",
    "positionInRoute",
    "postalCode",
    "timeDeliveredEnd",
    "timeSlot",
    "latitude",
    "recordType",
    "customerCell",
    "customerNumber",
    "firstManualOperationUser",
    "customerPhone",
    "activityId",
    "autoRoutedToDate",
    "autoRoutedToResource",
    "travelEstimationMethod",
    "coordinateAccuracy",
    "activityFlow",
    "ibAssetId",
    "pjfProjectElementId",
    "pjfProjectId",
    "svcWorkOrderId",
    "wieWorkOrderId",
    "wieWorkOrderOperationId",
)

T = TypeVar("T", bound="FindNearbyActivitiesItem")


@_attrs_define(repr=False)
class FindNearbyActivitiesItem:
    """The properties of the activity. If no fields are specified in the 'fields' parameter in the request, just
    'activityId', 'resourceId', 'longitude', 'latitude' and 'date' are returned in the response. For non-scheduled
    activities the 'data' parameter is not be returned. Also, the 'resourceId' parameter is not returned if the property
    is not defined.

    """

    customer_email: None | str | Unset = UNSET
    """ The email address of the customer. Maximum field length is 320. If a longer value is sent it will be
    truncated. """
    access_schedule: str | Unset = UNSET
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
    time_zone: None | str | Unset = UNSET
    """ The name of the customer's time zone. For example, Eastern.

    By default, the time zone of the resource to which the activity is assigned is used.

    For a list of supported time zones, see Supported Time Zones. """
    time_zone_iana: None | str | Unset = UNSET
    """ The IANA name of the time zone. For more information, visit https://www.iana.org/time-zones. For example,
    America/New_York. This field is read-only, but when creating or updating an activity, the field 'timeZone'
    accepts both IANA names and Oracle Field Service specific names. """
    resource_time_zone: None | str | Unset = UNSET
    """ The time zone of the resource to which this activity is assigned (for example, Eastern). This is a read-only
    field and may change when the activity is reassigned to another resource. """
    resource_time_zone_iana: None | str | Unset = UNSET
    """ The IANA name of the resource's time zone (for example, America/New_York). This field is read-only and may
    change when the activity is reassigned to another resource. """
    resource_time_zone_diff: int | None | Unset = UNSET
    """ The difference between UTC and the resource's local time, displayed in minutes. For example, -180 means that
    the resource time is 3 hours behind UTC. This field is read-only and may change when the activity is reassigned
    to another resource. """
    date: None | str | Unset = UNSET
    """ The date on which the activity is scheduled. This field is not present in the response, if the activity is
    not scheduled for any particular date. """
    service_window_start: str | Unset = UNSET
    """ The time when the service window starts for the activity. The time is displayed in 'HH:MM:SS' format.

    Service window is returned in the time zone of the resource to which the activity is currently assigned. """
    service_window_end: str | Unset = UNSET
    """ The time when the service window ends for the activity. The time is displayed in 'HH:MM:SS' format.

    Service window is returned in the time zone of the resource to which the activity is currently assigned. """
    sla_window_start: str | Unset = UNSET
    """ The time when the service level agreement (SLA) window starts. The time is displayed in 'YYYY-MM-DD
    HH:MM:SS' format.

    SLA window is returned in the time zone of the resource to which the activity is currently assigned. """
    sla_window_end: str | Unset = UNSET
    """ The time when the service level agreement (SLA) window ends. The time is displayed in 'YYYY-MM-DD HH:MM:SS'
    format.

    SLA window is returned in the time zone of the resource to which the activity is currently assigned. """
    start_time: None | str | Unset = UNSET
    """ The estimated time of arrival for the activities in 'pending' status and the actual start time for the
    activities in 'started' and 'completed' status. The time is displayed in 'YYYY-MM-DD HH:MM:SS' format in the
    time zone of the resource to which the activity is assigned. """
    end_time: None | str | Unset = UNSET
    """ The predicted or the actual end time of the activity. The time is displayed in the time zone of the resource
    to which the activity is assigned and is in YYYY-MM-DD HH:MM:SS format. """
    first_manual_operation: None | str | Unset = UNSET
    """ The name of the first manual operation on the activity. """
    team_resource_id: None | str | Unset = UNSET
    """ The identifier of the team resource for a teamwork activity. """
    work_zone: None | str | Unset = UNSET
    """ The work zone in which the activity occurs. It is a read-only field that is automatically assigned to an
    activity, based on the company setting 'work zone key' and the activity properties. For example, if 'work zone
    key' is the first 4 symbols of the 'city' field, then the activity with city=Belfast will have a work zone
    assigned which has 'BELF' as one of its keys. """
    travel_time: int | None | Unset = UNSET
    """ The estimated time taken to travel to this activity. For activities that were started (status is 'started',
    'completed', 'notdone') this parameter indicates reported travelling time, which is calculated based on the
    actual times.

    Notice that reported travelling time keeps the paid part of the travelling time and may be different from the
    value shown in UI, depending on the "Travel Allowance" configuration of resource type.

    (Exception : the "activityChanges" object of activity events always brings the full value of the travelling
    time). """
    delivery_window_start: None | str | Unset = UNSET
    """ The time when the activity delivery window starts. The time is displayed in the time zone of the resource to
    which the activity is assigned and is in HH:MM:SS format. """
    city: None | str | Unset = UNSET
    """ The city of the customer where the activity is scheduled. Maximum field length is 60. If a longer value is
    sent it will be truncated. """
    customer_name: None | str | Unset = UNSET
    """ The name of the customer. Maximum field length is 420. If a longer value is sent it will be truncated. """
    time_of_booking: None | str | Unset = UNSET
    """ The time when the customer booked the activity. The time is displayed in the time zone of the customer. """
    state_province: None | str | Unset = UNSET
    """ The state or province of the customer. This field is used for geocoding and must contain a valid address.
    Maximum field length is 60. If a longer value is sent it will be truncated. """
    street_address: None | str | Unset = UNSET
    """ The street address of the customer. This field is used for geocoding and must contain a valid address.
    Maximum field length is 240. If a longer value is sent it will be truncated. """
    longitude: float | None | Unset = UNSET
    """ The geographic longitude coordinate that specifies the location of the activity. """
    duration: int | Unset = UNSET
    """ The estimated duration of the activity in minutes. """
    time_of_assignment: None | str | Unset = UNSET
    """ The time when the activity is assigned to the technician. This time is displayed in the time zone of the
    resource to which the activity is assigned. """
    points: int | None | Unset = UNSET
    """ The cost of the activity in 'points'. This field is intended for use by the Routing module. """
    time_delivered_start: str | Unset = UNSET
    """ The start time of the technician's arrival interval as communicated to the customer. The value is used by
    routing optimization engine to reduce changes to arrival time, so it is important to keep the value actual. This
    time is displayed in 'YYYY-MM-DD HH:MM:SS' format in the time zone of the resource to which the activity is
    assigned. """
    resource_id: None | str | Unset = UNSET
    """ The identifier of the resource to which this activity is assigned. This field is not returned if the
    resource ID is empty.

    Note: Do not use empty strings in requests. """
    reminder_time: int | None | Unset = UNSET
    """ The number of minutes before the activity start time when the customer must be notified of the activity. """
    country_code: None | str | Unset = UNSET
    """ The code of the country where the activity is scheduled. """
    activity_type: None | str | Unset = UNSET
    """ The label of the activity type. Based on the activity type, predefined company-specific rules are applied
    while processing an activity. Predefined company-specific rules cover the following:

    - The resources to which the activity is assigned.
    - The activity processing details.
    - The interaction of the activity with different modules of Oracle Field Service. """
    appt_number: None | str | Unset = UNSET
    """ This field may be used by integrations to store the identifier of the activity in the origin system. This
    field has no business significance in Oracle Field Service and can be left empty. Maximum field length is 40.
    """
    master_activity_id: int | None | Unset = UNSET
    """ The identifier of a segmentable activity. It is available for individual segments which have the record type
    set to 'multiday_activity_segment'. This field is not set for regular activities. """
    delivery_window_end: None | str | Unset = UNSET
    """ The time when the activity delivery window ends. The time is displayed in the time zone of the resource to
    which the activity is assigned and is in HH:MM:SS format. """
    status: None | str | Unset = UNSET
    """ The status of the activity. As a technician works through the activity, the status changes. The actions that
    are available for an activity are based on this status.

    A newly created activity has the status as 'pending', but it can then be changed to 'cancelled' or 'started'.
    The status of an activity can be changed to 'complete', 'notdone', or 'suspended' only if it has the status as
    'started'. Allowed values: `cancelled`, `completed`, `suspended`, `started`, `enroute`, `pending`, `notdone`.
    """
    language: None | str | Unset = UNSET
    """ The preferred language of the customer. This parameter returns two-character code (e.g. "en") in API
    responses. To obtain ISO code of the language (e.g. "en-US") read the "languageISO" parameter. In the requests
    this parameter accepts both formats (e.g. "en" or "en-US"). It is recommended to use ISO format. The language
    codes listed on: Supported Language Codes. """
    language_iso: None | str | Unset = UNSET
    """ The preferred language of the customer. This parameter is only present in the responses and will be ignored
    if it is present in a request. To update language use the parameter "language". The language codes listed on:
    Supported Language Codes. """
    position_in_route: int | None | Unset = UNSET
    """ The position of the activity in the route. For not-ordered activities, this field is not present in the
    response. For ordered activities, a 1-based number is returned. """
    postal_code: None | str | Unset = UNSET
    """ The postal code of the customer. This field is used for geocoding and must contain a valid address. Maximum
    field length is 60. If a longer value is sent it will be truncated. """
    time_delivered_end: str | Unset = UNSET
    """ The end time of the technician's arrival interval as communicated to the customer. The value is used by
    routing optimization engine to reduce changes to arrival time, so it is important to keep the value actual. This
    time is displayed in 'YYYY-MM-DD HH:MM:SS' format in the time zone of the resource to which the activity is
    assigned. """
    time_slot: None | str | Unset = UNSET
    """ The time slot during which the activity is completed. The time slot also indicates the service window for
    the activity. """
    latitude: float | None | Unset = UNSET
    """ The geographic latitude coordinate that specifies the location of the activity. """
    record_type: None | str | Unset = UNSET
    """ The type of the activity record. The following values are allowed:

    - regular: This is the default record type for most new activities.
    - prework: This type of record is created if a technician has to perform some work before the actual activity
    starts.
    - reopened: A record of this type is created when an activity is reopened for some reason.
    - multiday_activity: This record type is created when the 'activityType' indicates that it is a segmentable
    activity.
    - multiday_activity_segment: A number of records of this type are created for segmentable activities, based on
    their duration and time slot settings. Allowed values: `regular`, `reopened`, `prework`, `multiday_activity`,
    `multiday_activity_segment`. """
    customer_cell: None | str | Unset = UNSET
    """ The cell phone number of the customer. From version 17.2.1, the phone number is saved with the '+' symbol.
    For example, if you enter the phone number as +1(234)234-23_42, it is saved as +12342342342. In versions before
    17.2.1, the phone number is saved as 12342342342. Maximum field length is 240. If a longer value is sent it will
    be truncated. """
    customer_number: None | str | Unset = UNSET
    """ The account number of the customer. This field is used by integrations as a placeholder for the external
    identifier of the Account ID in the application. This parameter has no business significance in Oracle Field
    Service and can be left empty. Maximum field length is 40. If a longer value is sent it will be truncated. """
    first_manual_operation_user: None | str | Unset = UNSET
    """ The user who performed the first manual operation on the activity. """
    customer_phone: None | str | Unset = UNSET
    """ The regular (land) phone number of the customer. From version 17.2.1, the phone number is saved in Oracle
    Field Service with the '+' symbol. For example, if you enter the phone number as +1(234)234-23_42, it is saved
    in Oracle Field Service as +12342342342. In versions before 17.2.1, the phone number is saved as 12342342342.
    Maximum field length is 240. If a longer value is sent it will be truncated. """
    activity_id: int | None | Unset = UNSET
    """ The unique identifier of the activity. """
    auto_routed_to_date: None | str | Unset = UNSET
    """ The date to which the activity was moved automatically by routing. Rescheduling the activity does not change
    this value. It is a read-only field. """
    auto_routed_to_resource: None | str | Unset = UNSET
    """ The external ID of resource to which the activity was last assigned by routing. Reassigning the activity
    does not change this value. It is a read-only field. If the field has no value, it means that the routing
    assigned the activity to a resource with empty external ID. """
    travel_estimation_method: None | str | Unset = UNSET
    """ The travel estimation method. It is a read-only field. The following values are returned:

    - Airline Distance
    - Airline Distance and Statistics
    - External Adjustment
    - Manual Adjustment
    - Not Estimated
    - Point to Point
    - Same Location
    - Statistics
    - Street Level Routing
    - Travel key based Airline Distance
    - Using Defaults """
    coordinate_accuracy: None | str | Unset = UNSET
    """ The coordinate accuracy of the activity. It is a read-only field. The following values are returned:

    - Low
    - Medium
    - High """
    activity_flow: None | str | Unset = UNSET
    """ Activity flow label """
    ib_asset_id: int | None | Unset = UNSET
    """ The identifier of the installed based asset the activity is linked to. Optional field. Foreign key to
    CSE_ASSETS_B.ASSET_ID in Fusion. """
    pjf_project_element_id: int | None | Unset = UNSET
    """ The identifier of the project task the activity is linked to. Optional field. Foreign key to
    PJF_PROJ_ELEMENTS_B.PROJ_ELEMENT_ID in Fusion. """
    pjf_project_id: int | None | Unset = UNSET
    """ The identifier of the project the activity is linked to. Optional field. Foreign key to
    PJF_PROJECTS_ALL_B.PROJECT_ID in Fusion. """
    svc_work_order_id: int | None | Unset = UNSET
    """ The identifier of the fusion service work order the activity is linked to. Optional field. Foreign key to
    SVC_WORK_ORDERS.WO_ID in Fusion. """
    wie_work_order_id: int | None | Unset = UNSET
    """ The identifier of the maintenance work order the activity is linked to. Optional field. Foreign key to
    WIE_WORK_ORDERS_B.WORK_ORDER_ID in Fusion. """
    wie_work_order_operation_id: int | None | Unset = UNSET
    """ The identifier of the maintenance work order operation the activity is linked to. Optional field. Foreign
    key to WIE_WO_OPERATIONS_B.WO_OPERATION_ID in Fusion. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.customer_email is not UNSET:
            field_dict["customerEmail"] = self.customer_email
        if self.access_schedule is not UNSET:
            field_dict["accessSchedule"] = self.access_schedule
        if self.time_zone is not UNSET:
            field_dict["timeZone"] = self.time_zone
        if self.time_zone_iana is not UNSET:
            field_dict["timeZoneIANA"] = self.time_zone_iana
        if self.resource_time_zone is not UNSET:
            field_dict["resourceTimeZone"] = self.resource_time_zone
        if self.resource_time_zone_iana is not UNSET:
            field_dict["resourceTimeZoneIANA"] = self.resource_time_zone_iana
        if self.resource_time_zone_diff is not UNSET:
            field_dict["resourceTimeZoneDiff"] = self.resource_time_zone_diff
        if self.date is not UNSET:
            field_dict["date"] = self.date
        if self.service_window_start is not UNSET:
            field_dict["serviceWindowStart"] = self.service_window_start
        if self.service_window_end is not UNSET:
            field_dict["serviceWindowEnd"] = self.service_window_end
        if self.sla_window_start is not UNSET:
            field_dict["slaWindowStart"] = self.sla_window_start
        if self.sla_window_end is not UNSET:
            field_dict["slaWindowEnd"] = self.sla_window_end
        if self.start_time is not UNSET:
            field_dict["startTime"] = self.start_time
        if self.end_time is not UNSET:
            field_dict["endTime"] = self.end_time
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
        if self.language_iso is not UNSET:
            field_dict["languageISO"] = self.language_iso
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
        if self.first_manual_operation_user is not UNSET:
            field_dict["firstManualOperationUser"] = self.first_manual_operation_user
        if self.customer_phone is not UNSET:
            field_dict["customerPhone"] = self.customer_phone
        if self.activity_id is not UNSET:
            field_dict["activityId"] = self.activity_id
        if self.auto_routed_to_date is not UNSET:
            field_dict["autoRoutedToDate"] = self.auto_routed_to_date
        if self.auto_routed_to_resource is not UNSET:
            field_dict["autoRoutedToResource"] = self.auto_routed_to_resource
        if self.travel_estimation_method is not UNSET:
            field_dict["travelEstimationMethod"] = self.travel_estimation_method
        if self.coordinate_accuracy is not UNSET:
            field_dict["coordinateAccuracy"] = self.coordinate_accuracy
        if self.activity_flow is not UNSET:
            field_dict["activityFlow"] = self.activity_flow
        if self.ib_asset_id is not UNSET:
            field_dict["ibAssetId"] = self.ib_asset_id
        if self.pjf_project_element_id is not UNSET:
            field_dict["pjfProjectElementId"] = self.pjf_project_element_id
        if self.pjf_project_id is not UNSET:
            field_dict["pjfProjectId"] = self.pjf_project_id
        if self.svc_work_order_id is not UNSET:
            field_dict["svcWorkOrderId"] = self.svc_work_order_id
        if self.wie_work_order_id is not UNSET:
            field_dict["wieWorkOrderId"] = self.wie_work_order_id
        if self.wie_work_order_operation_id is not UNSET:
            field_dict["wieWorkOrderOperationId"] = self.wie_work_order_operation_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**_FIELDS_UNSET, **src_dict}
        find_nearby_activities_item = cls(*_read_fields(d))
        if len(d) > _N_FIELDS:
            find_nearby_activities_item.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return find_nearby_activities_item

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
