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
    "activityId": None,
    "customerEmail": None,
    "accessSchedule": None,
    "timeZone": None,
    "timeZoneIANA": None,
    "resourceTimeZone": None,
    "resourceTimeZoneIANA": None,
    "resourceTimeZoneDiff": None,
    "date": None,
    "serviceWindowStart": None,
    "serviceWindowEnd": None,
    "slaWindowStart": None,
    "slaWindowEnd": None,
    "startTime": None,
    "endTime": None,
    "firstManualOperation": None,
    "teamResourceId": None,
    "workZone": None,
    "travelTime": None,
    "deliveryWindowStart": None,
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
    "languageISO": None,
    "positionInRoute": None,
    "postalCode": None,
    "timeDeliveredEnd": None,
    "timeSlot": None,
    "latitude": None,
    "recordType": None,
    "customerCell": None,
    "customerNumber": None,
    "firstManualOperationUser": None,
    "customerPhone": None,
    "autoRoutedToDate": None,
    "autoRoutedToResource": None,
    "travelEstimationMethod": None,
    "coordinateAccuracy": None,
    "activityFlow": None,
    "ibAssetId": None,
    "pjfProjectElementId": None,
    "pjfProjectId": None,
    "svcWorkOrderId": None,
    "wieWorkOrderId": None,
    "wieWorkOrderOperationId": None,
}
_N_FIELDS = 61
# The values of the fields from_dict leaves for later, in one C-level call.
_read_lazy = operator.itemgetter(
    "activityId",
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
# The slots from_dict fills (the mapping, the nested models): _load finds more if a field was assigned since.
_FILLED_BY_FROM_DICT = 1

T = TypeVar("T", bound="Activity")


@_attrs_define(repr=False, init=False)
class Activity:
    """The properties of the activity."""

    activity_id: int
    """ The unique identifier of the activity in Oracle Field Service. """
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
    """ The name of the customer's time zone. For example, Eastern.

    For a list of supported time zones, see Supported Time Zones
    (http://docs.oracle.com/cloud/latest/fieldservicecs_gs/CXFSC/OFSC_Supported_Time_Zones.html). """
    time_zone_iana: str | None
    """ The IANA name of the time zone. (https://www.iana.org/time-zones). For example, America/New_York.

    This field is read-only, but when creating or updating an activity, the field 'timeZone' accepts both IANA names
    and Oracle Field Service specific names. """
    resource_time_zone: str | None
    """ The time zone of the resource to which this activity is assigned (for example, Eastern).

    This is a read-only field and may change when the activity is reassigned to another resource. """
    resource_time_zone_iana: str | None
    """ The IANA name of the resource's time zone (For example, America/New_York).

    This field is read-only and may change when the activity is reassigned to another resource. """
    resource_time_zone_diff: int | None
    """ The difference between UTC and the resource's local time, displayed in minutes. For example, -180 means that
    the resource time is 3 hours behind UTC.

    This field is read-only and may change when the activity is reassigned to another resource. """
    date: str | None
    """ The date on which the activity is scheduled. This field is not present in the response, if the activity is
    not scheduled for any particular date. """
    service_window_start: str | None
    """ The time when the service window starts for the activity. The time is displayed in 'HH:MM:SS' format.

    Service window is returned in the time zone of the resource to which the activity is currently assigned. """
    service_window_end: str | None
    """ The time when the service window ends for the activity. The time is displayed in 'HH:MM:SS' format.

    Service window is returned in the time zone of the resource to which the activity is currently assigned. """
    sla_window_start: str | None
    """ The time when the service level agreement (SLA) window starts. The time is displayed in 'YYYY-MM-DD
    HH:MM:SS' format.

    SLA window is returned in the time zone of the resource to which the activity is currently assigned. """
    sla_window_end: str | None
    """ The time when the service level agreement (SLA) window ends. The time is displayed in 'YYYY-MM-DD HH:MM:SS'
    format.

    SLA window is returned in the time zone of the resource to which the activity is currently assigned. """
    start_time: str | None
    """ The estimated time of arrival for the activities in 'pending' status, and the actual start time for the
    activities in 'started' and 'completed' status. The time is displayed in 'YYYY-MM-DD HH:MM:SS' format, in the
    time zone of the resource to which the activity is assigned. """
    end_time: str | None
    """ The predicted or the actual end time of the activity. The time is displayed in the time zone of the resource
    to which the activity is assigned, and is in 'YYYY-MM-DD HH:MM:SS' format. """
    first_manual_operation: str | None
    """ The name of the first manual operation on the activity. """
    team_resource_id: str | None
    """ The identifier of the team resource for a teamwork activity. """
    work_zone: str | None
    """ The work zone in which the activity occurs. It is a read-only field that is automatically assigned to an
    activity, based on the company setting 'work zone key' and the activity properties. For example, if 'work zone
    key' is the first 4 symbols of the 'city' field, then the activity with city='Belfast' will have a work zone
    assigned which has 'BELF' as one of its keys. """
    travel_time: int | None
    """ The estimated time taken to travel to this activity. For activities that were started (status is 'started',
    'completed', 'notdone') this parameter indicates reported travelling time, which is calculated based on the
    actual times.

    Notice that reported travelling time keeps the paid part of the travelling time and may be different from the
    value shown in UI, depending on the "Travel Allowance" configuration of resource type.

    (Exception : the "activityChanges" object of activity events always brings the full value of the travelling
    time). """
    delivery_window_start: str | None
    """ The time when the activity delivery window starts. The time is displayed in the time zone of the resource to
    which the activity is assigned, and is in HH:MM:SS format. """
    city: str | None
    """ The city of the customer where the activity is scheduled. Maximum field length is 60. """
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
    """ The estimated duration of the activity in minutes. """
    time_of_assignment: str | None
    """ The time when the activity is assigned to the technician. This time is displayed in the time zone of the
    resource to which the activity is assigned. """
    points: int | None
    """ The cost of the activity in 'points'. This field is intended for use by the Routing module. """
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
    """ The label of the activity type. Based on the activity type, predefined company-specific rules are applied
    when processing an activity. Predefined company-specific rules cover the following:

    - The resources that the activity can be assigned to.
    - The activity processing details.
    - The interaction of the activity with different modules of Oracle Field Service. """
    appt_number: str | None
    """ This field may be used by integrations to store the identifier of the activity in the origin system. This
    field has no business significance in Oracle Field Service and can be left empty. Maximum field length is 40.
    """
    master_activity_id: int | None
    """ The identifier of a segmentable activity. It is available for activities that are segments of a segmentable
    activity which has the recordType=multiday_activity_segment. This field is not set for regular activities. """
    delivery_window_end: str | None
    """ The time when the activity delivery window ends. The time is displayed in the time zone of the resource to
    which the activity is assigned, and is in 'HH:MM:SS' format. """
    status: str | None
    """ The status of the activity. As a technician works through the activity, the status changes. The actions that
    are available for an activity are based on this status.

    A newly created activity has the status as 'pending', it can then be changed to 'cancelled' or 'started'. The
    status of an activity can be changed to 'complete', 'notdone', or 'suspended' only if it has the status as
    'started'. Allowed values: `cancelled`, `completed`, `suspended`, `started`, `enroute`, `pending`, `notdone`.
    """
    language: str | None
    """ The preferred language of the customer. This parameter returns two-character code (e.g. "en") in API
    responses. To obtain ISO code of the language (e.g. "en-US") read the "languageISO" parameter. In the requests
    this parameter accepts both formats (e.g. "en" or "en-US"). It is recommended to use ISO format. The language
    codes listed on: Supported Language Codes. """
    language_iso: str | None
    """ The preferred language of the customer. This parameter is only present in the responses and will be ignored
    if it is present in a request. To update language use the parameter "language". The language codes listed on:
    Supported Language Codes. """
    position_in_route: int | None
    """ The position of the activity in the route. For not-ordered activities, this field is not present in the
    response. For ordered activities, a 1-based number is returned. """
    postal_code: str | None
    """ The postal code of the customer. This field is used for geocoding and must contain a valid address. Maximum
    field length is 60. """
    time_delivered_end: str | None
    """ The end time of the technician's arrival interval as communicated to the customer. The value is used by
    routing optimization engine to reduce changes to arrival time, so it is important to keep the value actual. This
    time is displayed in 'YYYY-MM-DD HH:MM:SS' format in the time zone of the resource to which the activity is
    assigned. """
    time_slot: str | None
    """ The time slot during which the activity is completed. The time slot also indicates the service window for
    the activity. This time is displayed in the time zone of the resource to which the activity is assigned. """
    latitude: float | None
    """ The geographic coordinates that specify the location of the activity. """
    record_type: str | None
    """ The type of the activity record. The following values are allowed:

    - regular - this is the default record type for most new activities.
    - prework - this type of record is created if a technician has to perform some work before the actual activity
    starts.
    - reopened - this type of record is created when an activity is reopened for some reason.
    - multiday_activity - this record type is created when the 'activityType' indicates that this is a segmentable
    activity.
    - multiday_activity_segment - a number of these record types are created for segmentable activities, based on
    their duration and time slot settings. Allowed values: `regular`, `reopened`, `prework`, `multiday_activity`,
    `multiday_activity_segment`. """
    customer_cell: str | None
    """ The cell phone number of the customer. From version 17.2.1, the phone number is saved in Oracle Field
    Service with the '+' symbol. For example, if you enter the phone number as +1(234)234-23_42, it is saved in
    Oracle Field Service as +12342342342. In versions before 17.2.1, the phone number is saved as 12342342342.
    Maximum field length is 240. """
    customer_number: str | None
    """ The account number of the customer. This field is used by integrations as a placeholder for the external
    identifier of the Account ID in the application. This parameter has no business significance in Oracle Field
    Service and can be left empty. Maximum field length is 40. """
    first_manual_operation_user: str | None
    """ The user who performed the first manual operation on the activity. """
    customer_phone: str | None
    """ The regular (land) phone number of the customer. From version 17.2.1, the phone number is saved in Oracle
    Field Service with the '+' symbol. For example, if you enter the phone number as +1(234)234-23_42, it is saved
    in Oracle Field Service as +12342342342. In versions before 17.2.1, the phone number is saved as 12342342342.
    Maximum field length is 240. """
    auto_routed_to_date: str | None
    """ The date to which the activity was moved automatically by routing. Rescheduling the activity does not change
    this value. It is a read-only field. """
    auto_routed_to_resource: str | None
    """ The external ID of resource to which the activity was last assigned by routing. Reassigning the activity
    does not change this value. It is a read-only field. If the field has no value, it means that the routing
    assigned the activity to a resource with empty external ID. """
    travel_estimation_method: str | None
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
    coordinate_accuracy: str | None
    """ The coordinate accuracy of the activity. It is a read-only field. The following values are returned:

    - Low
    - Medium
    - High """
    activity_flow: str | None
    """ Activity flow label """
    ib_asset_id: int | None
    """ The identifier of the installed based asset the activity is linked to. Optional field. Foreign key to
    CSE_ASSETS_B.ASSET_ID in Fusion. """
    pjf_project_element_id: int | None
    """ The identifier of the project task the activity is linked to. Optional field. Foreign key to
    PJF_PROJ_ELEMENTS_B.PROJ_ELEMENT_ID in Fusion. """
    pjf_project_id: int | None
    """ The identifier of the project the activity is linked to. Optional field. Foreign key to
    PJF_PROJECTS_ALL_B.PROJECT_ID in Fusion. """
    svc_work_order_id: int | None
    """ The identifier of the fusion service work order the activity is linked to. Optional field. Foreign key to
    SVC_WORK_ORDERS.WO_ID in Fusion. """
    wie_work_order_id: int | None
    """ The identifier of the maintenance work order the activity is linked to. Optional field. Foreign key to
    WIE_WORK_ORDERS_B.WORK_ORDER_ID in Fusion. """
    wie_work_order_operation_id: int | None
    """ The identifier of the maintenance work order operation the activity is linked to. Optional field. Foreign
    key to WIE_WO_OPERATIONS_B.WO_OPERATION_ID in Fusion. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr
    # What `_load` fills on the first read of one of them (types.Reading).
    _lazy_names = frozenset(
        (
            "activity_id",
            "customer_email",
            "access_schedule",
            "time_zone",
            "time_zone_iana",
            "resource_time_zone",
            "resource_time_zone_iana",
            "resource_time_zone_diff",
            "date",
            "service_window_start",
            "service_window_end",
            "sla_window_start",
            "sla_window_end",
            "start_time",
            "end_time",
            "first_manual_operation",
            "team_resource_id",
            "work_zone",
            "travel_time",
            "delivery_window_start",
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
            "language_iso",
            "position_in_route",
            "postal_code",
            "time_delivered_end",
            "time_slot",
            "latitude",
            "record_type",
            "customer_cell",
            "customer_number",
            "first_manual_operation_user",
            "customer_phone",
            "auto_routed_to_date",
            "auto_routed_to_resource",
            "travel_estimation_method",
            "coordinate_accuracy",
            "activity_flow",
            "ib_asset_id",
            "pjf_project_element_id",
            "pjf_project_id",
            "svc_work_order_id",
            "wie_work_order_id",
            "wie_work_order_operation_id",
            "additional_properties",
        )
    )

    def __init__(
        self,
        activity_id: int,
        customer_email: str | None | Unset = UNSET,
        access_schedule: str | None | Unset = UNSET,
        time_zone: str | None | Unset = UNSET,
        time_zone_iana: str | None | Unset = UNSET,
        resource_time_zone: str | None | Unset = UNSET,
        resource_time_zone_iana: str | None | Unset = UNSET,
        resource_time_zone_diff: int | None | Unset = UNSET,
        date: str | None | Unset = UNSET,
        service_window_start: str | None | Unset = UNSET,
        service_window_end: str | None | Unset = UNSET,
        sla_window_start: str | None | Unset = UNSET,
        sla_window_end: str | None | Unset = UNSET,
        start_time: str | None | Unset = UNSET,
        end_time: str | None | Unset = UNSET,
        first_manual_operation: str | None | Unset = UNSET,
        team_resource_id: str | None | Unset = UNSET,
        work_zone: str | None | Unset = UNSET,
        travel_time: int | None | Unset = UNSET,
        delivery_window_start: str | None | Unset = UNSET,
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
        status: Literal["cancelled", "completed", "suspended", "started", "enroute", "pending", "notdone"]
        | None
        | Unset = UNSET,
        language: str | None | Unset = UNSET,
        language_iso: str | None | Unset = UNSET,
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
        first_manual_operation_user: str | None | Unset = UNSET,
        customer_phone: str | None | Unset = UNSET,
        auto_routed_to_date: str | None | Unset = UNSET,
        auto_routed_to_resource: str | None | Unset = UNSET,
        travel_estimation_method: str | None | Unset = UNSET,
        coordinate_accuracy: str | None | Unset = UNSET,
        activity_flow: str | None | Unset = UNSET,
        ib_asset_id: int | None | Unset = UNSET,
        pjf_project_element_id: int | None | Unset = UNSET,
        pjf_project_id: int | None | Unset = UNSET,
        svc_work_order_id: int | None | Unset = UNSET,
        wie_work_order_id: int | None | Unset = UNSET,
        wie_work_order_operation_id: int | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "activityId": activity_id,
            "customerEmail": customer_email,
            "accessSchedule": access_schedule,
            "timeZone": time_zone,
            "timeZoneIANA": time_zone_iana,
            "resourceTimeZone": resource_time_zone,
            "resourceTimeZoneIANA": resource_time_zone_iana,
            "resourceTimeZoneDiff": resource_time_zone_diff,
            "date": date,
            "serviceWindowStart": service_window_start,
            "serviceWindowEnd": service_window_end,
            "slaWindowStart": sla_window_start,
            "slaWindowEnd": sla_window_end,
            "startTime": start_time,
            "endTime": end_time,
            "firstManualOperation": first_manual_operation,
            "teamResourceId": team_resource_id,
            "workZone": work_zone,
            "travelTime": travel_time,
            "deliveryWindowStart": delivery_window_start,
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
            "languageISO": language_iso,
            "positionInRoute": position_in_route,
            "postalCode": postal_code,
            "timeDeliveredEnd": time_delivered_end,
            "timeSlot": time_slot,
            "latitude": latitude,
            "recordType": record_type,
            "customerCell": customer_cell,
            "customerNumber": customer_number,
            "firstManualOperationUser": first_manual_operation_user,
            "customerPhone": customer_phone,
            "autoRoutedToDate": auto_routed_to_date,
            "autoRoutedToResource": auto_routed_to_resource,
            "travelEstimationMethod": travel_estimation_method,
            "coordinateAccuracy": coordinate_accuracy,
            "activityFlow": activity_flow,
            "ibAssetId": ib_asset_id,
            "pjfProjectElementId": pjf_project_element_id,
            "pjfProjectId": pjf_project_id,
            "svcWorkOrderId": svc_work_order_id,
            "wieWorkOrderId": wie_work_order_id,
            "wieWorkOrderOperationId": wie_work_order_operation_id,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.activity_id = activity_id
        self.customer_email = None if isinstance(customer_email, Unset) else customer_email
        self.access_schedule = None if isinstance(access_schedule, Unset) else access_schedule
        self.time_zone = None if isinstance(time_zone, Unset) else time_zone
        self.time_zone_iana = None if isinstance(time_zone_iana, Unset) else time_zone_iana
        self.resource_time_zone = None if isinstance(resource_time_zone, Unset) else resource_time_zone
        self.resource_time_zone_iana = None if isinstance(resource_time_zone_iana, Unset) else resource_time_zone_iana
        self.resource_time_zone_diff = None if isinstance(resource_time_zone_diff, Unset) else resource_time_zone_diff
        self.date = None if isinstance(date, Unset) else date
        self.service_window_start = None if isinstance(service_window_start, Unset) else service_window_start
        self.service_window_end = None if isinstance(service_window_end, Unset) else service_window_end
        self.sla_window_start = None if isinstance(sla_window_start, Unset) else sla_window_start
        self.sla_window_end = None if isinstance(sla_window_end, Unset) else sla_window_end
        self.start_time = None if isinstance(start_time, Unset) else start_time
        self.end_time = None if isinstance(end_time, Unset) else end_time
        self.first_manual_operation = None if isinstance(first_manual_operation, Unset) else first_manual_operation
        self.team_resource_id = None if isinstance(team_resource_id, Unset) else team_resource_id
        self.work_zone = None if isinstance(work_zone, Unset) else work_zone
        self.travel_time = None if isinstance(travel_time, Unset) else travel_time
        self.delivery_window_start = None if isinstance(delivery_window_start, Unset) else delivery_window_start
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
        self.language_iso = None if isinstance(language_iso, Unset) else language_iso
        self.position_in_route = None if isinstance(position_in_route, Unset) else position_in_route
        self.postal_code = None if isinstance(postal_code, Unset) else postal_code
        self.time_delivered_end = None if isinstance(time_delivered_end, Unset) else time_delivered_end
        self.time_slot = None if isinstance(time_slot, Unset) else time_slot
        self.latitude = None if isinstance(latitude, Unset) else latitude
        self.record_type = None if isinstance(record_type, Unset) else record_type
        self.customer_cell = None if isinstance(customer_cell, Unset) else customer_cell
        self.customer_number = None if isinstance(customer_number, Unset) else customer_number
        self.first_manual_operation_user = (
            None if isinstance(first_manual_operation_user, Unset) else first_manual_operation_user
        )
        self.customer_phone = None if isinstance(customer_phone, Unset) else customer_phone
        self.auto_routed_to_date = None if isinstance(auto_routed_to_date, Unset) else auto_routed_to_date
        self.auto_routed_to_resource = None if isinstance(auto_routed_to_resource, Unset) else auto_routed_to_resource
        self.travel_estimation_method = (
            None if isinstance(travel_estimation_method, Unset) else travel_estimation_method
        )
        self.coordinate_accuracy = None if isinstance(coordinate_accuracy, Unset) else coordinate_accuracy
        self.activity_flow = None if isinstance(activity_flow, Unset) else activity_flow
        self.ib_asset_id = None if isinstance(ib_asset_id, Unset) else ib_asset_id
        self.pjf_project_element_id = None if isinstance(pjf_project_element_id, Unset) else pjf_project_element_id
        self.pjf_project_id = None if isinstance(pjf_project_id, Unset) else pjf_project_id
        self.svc_work_order_id = None if isinstance(svc_work_order_id, Unset) else svc_work_order_id
        self.wie_work_order_id = None if isinstance(wie_work_order_id, Unset) else wie_work_order_id
        self.wie_work_order_operation_id = (
            None if isinstance(wie_work_order_operation_id, Unset) else wie_work_order_operation_id
        )
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        field_dict["activityId"] = self.activity_id
        if self.customer_email is not None or "customerEmail" in sent:
            field_dict["customerEmail"] = self.customer_email
        if self.access_schedule is not None or "accessSchedule" in sent:
            field_dict["accessSchedule"] = self.access_schedule
        if self.time_zone is not None or "timeZone" in sent:
            field_dict["timeZone"] = self.time_zone
        if self.time_zone_iana is not None or "timeZoneIANA" in sent:
            field_dict["timeZoneIANA"] = self.time_zone_iana
        if self.resource_time_zone is not None or "resourceTimeZone" in sent:
            field_dict["resourceTimeZone"] = self.resource_time_zone
        if self.resource_time_zone_iana is not None or "resourceTimeZoneIANA" in sent:
            field_dict["resourceTimeZoneIANA"] = self.resource_time_zone_iana
        if self.resource_time_zone_diff is not None or "resourceTimeZoneDiff" in sent:
            field_dict["resourceTimeZoneDiff"] = self.resource_time_zone_diff
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
        if self.start_time is not None or "startTime" in sent:
            field_dict["startTime"] = self.start_time
        if self.end_time is not None or "endTime" in sent:
            field_dict["endTime"] = self.end_time
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
        if self.language_iso is not None or "languageISO" in sent:
            field_dict["languageISO"] = self.language_iso
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
        if self.first_manual_operation_user is not None or "firstManualOperationUser" in sent:
            field_dict["firstManualOperationUser"] = self.first_manual_operation_user
        if self.customer_phone is not None or "customerPhone" in sent:
            field_dict["customerPhone"] = self.customer_phone
        if self.auto_routed_to_date is not None or "autoRoutedToDate" in sent:
            field_dict["autoRoutedToDate"] = self.auto_routed_to_date
        if self.auto_routed_to_resource is not None or "autoRoutedToResource" in sent:
            field_dict["autoRoutedToResource"] = self.auto_routed_to_resource
        if self.travel_estimation_method is not None or "travelEstimationMethod" in sent:
            field_dict["travelEstimationMethod"] = self.travel_estimation_method
        if self.coordinate_accuracy is not None or "coordinateAccuracy" in sent:
            field_dict["coordinateAccuracy"] = self.coordinate_accuracy
        if self.activity_flow is not None or "activityFlow" in sent:
            field_dict["activityFlow"] = self.activity_flow
        if self.ib_asset_id is not None or "ibAssetId" in sent:
            field_dict["ibAssetId"] = self.ib_asset_id
        if self.pjf_project_element_id is not None or "pjfProjectElementId" in sent:
            field_dict["pjfProjectElementId"] = self.pjf_project_element_id
        if self.pjf_project_id is not None or "pjfProjectId" in sent:
            field_dict["pjfProjectId"] = self.pjf_project_id
        if self.svc_work_order_id is not None or "svcWorkOrderId" in sent:
            field_dict["svcWorkOrderId"] = self.svc_work_order_id
        if self.wie_work_order_id is not None or "wieWorkOrderId" in sent:
            field_dict["wieWorkOrderId"] = self.wie_work_order_id
        if self.wie_work_order_operation_id is not None or "wieWorkOrderOperationId" in sent:
            field_dict["wieWorkOrderOperationId"] = self.wie_work_order_operation_id
        return source_order(field_dict, sent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if src_dict.get("activityId") is None:
            raise KeyError("activityId")
        _src = {**src_dict}
        # An instance of the lazy twin (types.Reading): its plain fields are read from `_src` on first use.
        _model = cls.__new__(_Twin if cls is Activity else lazy_twin(cls))
        _model._sent = _src
        return _model

    def _load(self) -> None:
        # Called once, on the first read of a field from_dict left in `_sent` (types.read_all).
        d = {**_FIELDS, **self._sent}
        # A field assigned since from_dict keeps its value: then fill a twin and copy only the empty slots.
        target = self if filled_slots(self) == _FILLED_BY_FROM_DICT else type(self).__new__(type(self))
        (
            target.activity_id,
            target.customer_email,
            target.access_schedule,
            target.time_zone,
            target.time_zone_iana,
            target.resource_time_zone,
            target.resource_time_zone_iana,
            target.resource_time_zone_diff,
            target.date,
            target.service_window_start,
            target.service_window_end,
            target.sla_window_start,
            target.sla_window_end,
            target.start_time,
            target.end_time,
            target.first_manual_operation,
            target.team_resource_id,
            target.work_zone,
            target.travel_time,
            target.delivery_window_start,
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
            target.language_iso,
            target.position_in_route,
            target.postal_code,
            target.time_delivered_end,
            target.time_slot,
            target.latitude,
            target.record_type,
            target.customer_cell,
            target.customer_number,
            target.first_manual_operation_user,
            target.customer_phone,
            target.auto_routed_to_date,
            target.auto_routed_to_resource,
            target.travel_estimation_method,
            target.coordinate_accuracy,
            target.activity_flow,
            target.ib_asset_id,
            target.pjf_project_element_id,
            target.pjf_project_id,
            target.svc_work_order_id,
            target.wie_work_order_id,
            target.wie_work_order_operation_id,
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


_Twin = lazy_twin(Activity)
