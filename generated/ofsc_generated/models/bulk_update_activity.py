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
    "serviceWindowStart": UNSET,
    "serviceWindowEnd": UNSET,
    "slaWindowStart": UNSET,
    "slaWindowEnd": UNSET,
    "timeDeliveredStart": UNSET,
    "timeDeliveredEnd": UNSET,
    "teamResourceId": UNSET,
    "city": UNSET,
    "customerName": UNSET,
    "timeOfBooking": UNSET,
    "stateProvince": UNSET,
    "streetAddress": UNSET,
    "longitude": UNSET,
    "duration": UNSET,
    "points": UNSET,
    "reminderTime": UNSET,
    "country_code": UNSET,
    "activityType": UNSET,
    "apptNumber": UNSET,
    "status": UNSET,
    "language": UNSET,
    "languageISO": UNSET,
    "postalCode": UNSET,
    "timeSlot": UNSET,
    "latitude": UNSET,
    "customerCell": UNSET,
    "customerNumber": UNSET,
    "multidayActivityStatus": UNSET,
    "multidayTimeToComplete": UNSET,
    "customerPhone": UNSET,
    "setPositionInRoute": UNSET,
    "setTravelTime": UNSET,
    "activityFlow": UNSET,
    "ibAssetId": UNSET,
    "pjfProjectElementId": UNSET,
    "pjfProjectId": UNSET,
    "svcWorkOrderId": UNSET,
    "wieWorkOrderId": UNSET,
    "wieWorkOrderOperationId": UNSET,
}
_N_FIELDS = 42
# Field values in constructor order, in one C-level call.
_read_fields = operator.itemgetter(
    "customerEmail",
    "accessSchedule",
    "timeZone",
    "serviceWindowStart",
    "serviceWindowEnd",
    "slaWindowStart",
    "slaWindowEnd",
    "timeDeliveredStart",
    "timeDeliveredEnd",
    "teamResourceId",
    "city",
    "customerName",
    "timeOfBooking",
    "stateProvince",
    "streetAddress",
    "longitude",
    "duration",
    "points",
    "reminderTime",
    "country_code",
    "activityType",
    "apptNumber",
    "status",
    "language",
    "languageISO",
    "postalCode",
    "timeSlot",
    "latitude",
    "customerCell",
    "customerNumber",
    "multidayActivityStatus",
    "multidayTimeToComplete",
    "customerPhone",
    "setPositionInRoute",
    "setTravelTime",
    "activityFlow",
    "ibAssetId",
    "pjfProjectElementId",
    "pjfProjectId",
    "svcWorkOrderId",
    "wieWorkOrderId",
    "wieWorkOrderOperationId",
)

T = TypeVar("T", bound="BulkUpdateActivity")


@_attrs_define(repr=False)
class BulkUpdateActivity:
    """The properties of the specified activity."""

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
    """ The name of the customer's time zone. This parameter accepts both Oracle Field Service time zone names (for
    example, Eastern) and IANA standard time zone names (for example, America/New_York). It is recommended that you
    specify IANA names. For a list of supported time zones, see Supported Time Zones
    (http://docs.oracle.com/cloud/latest/fieldservicecs_gs/CXFSC/OFSC_Supported_Time_Zones.html).

    This parameter is optional and defaults to the time zone of the resource to which the activity is assigned.

    Zones. """
    service_window_start: str | Unset = UNSET
    """ The time when the service window starts for the activity. The time is displayed in 'HH:MM:SS' format.

    If the activity type feature 'SLA and Service window use customer time zone' is enabled, then the service window
    is accepted in the time zone of the customer. If it is not enabled, then the Service Window is accepted in the
    time zone of the resource to which the activity is currently assigned.

    If the activity is later assigned to another resource and the activity type feature 'SLA and Service window use
    customer time zone' is enabled, then the Service Window is recalculated so that the fields are not changed in
    the customer's time zone, but they are changed in the time zone of the new resource. """
    service_window_end: str | Unset = UNSET
    """ The time when the service window ends for the activity. The time is displayed in 'HH:MM:SS' format.

    If the activity type feature 'SLA and Service window use customer time zone' is enabled, then the service window
    is accepted in the time zone of the customer. If it is not enabled, then the Service Window is accepted in the
    time zone of the resource to which the activity is currently assigned.

    If the activity is later assigned to another resource and the activity type feature 'SLA and Service window use
    customer time zone' is enabled, then the Service Window is recalculated so that the fields are not changed in
    the customer's time zone, but they are changed in the time zone of the new resource. """
    sla_window_start: str | Unset = UNSET
    """ The time when the service level agreement (SLA) window starts. The time is displayed in 'YYYY-MM-DD
    HH:MM:SS' format.

    If the activity type feature 'SLA and Service window use customer time zone' is enabled, then the SLA is
    accepted in the time zone of the customer. If it is not enabled, then the SLA is accepted in the time zone of
    the resource to which the activity is currently assigned.

    If the activity is later assigned to another resource and the activity type feature 'SLA and Service window use
    customer time zone' is enabled, then the SLA is recalculated so that the fields are not changed in the
    customer's time zone, but they are changed in the time zone of the new resource. """
    sla_window_end: str | Unset = UNSET
    """ The time when the service level agreement (SLA) window ends. The time is displayed in 'YYYY-MM-DD HH:MM:SS'
    format.

    If the activity type feature 'SLA and Service window use customer time zone' is enabled, then the SLA is
    accepted in the time zone of the customer. If it is not enabled, then the SLA is accepted in the time zone of
    the resource to which the activity is currently assigned.

    If the activity is later assigned to another resource and the activity type feature 'SLA and Service window use
    customer time zone' is enabled, then the SLA is recalculated so that the fields are not changed in the
    customer's time zone, but they are changed in the time zone of the new resource. """
    time_delivered_start: str | Unset = UNSET
    """ The start time of the technician's arrival interval as communicated to the customer. The value is used by
    routing optimization engine to reduce changes to arrival time, so it is important to keep the value actual. This
    time is displayed in 'YYYY-MM-DD HH:MM:SS' format in the time zone of the resource to which the activity is
    assigned. """
    time_delivered_end: str | Unset = UNSET
    """ The end time of the technician's arrival interval as communicated to the customer. The value is used by
    routing optimization engine to reduce changes to arrival time, so it is important to keep the value actual. This
    time is displayed in 'YYYY-MM-DD HH:MM:SS' format in the time zone of the resource to which the activity is
    assigned. """
    team_resource_id: None | str | Unset = UNSET
    """ The identifier of the team resource for a teamwork activity. """
    city: None | str | Unset = UNSET
    """ The city of the customer where the activity is scheduled. This field is used for geocoding and must contain
    a valid address. Maximum field length is 60. If a longer value is sent it will be truncated. """
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
    """ The geographic coordinates that specify the location of the activity. """
    duration: int | Unset = UNSET
    """ Estimated activity duration in minutes. The duration specified in request will only be applied if the
    'Calculate activity duration using statistics' checkbox is unchecked for the Activity Type of the activity being
    created/updated. For segmentable activities this field is only used when a new activity is created. To change
    the length of the segmentable activities use the field "multidayTimeToComplete" instead. """
    points: int | None | Unset = UNSET
    """ The cost of the activity in 'points'. This parameter is intended for use by the Routing module. """
    reminder_time: int | None | Unset = UNSET
    """ The number of minutes before the activity start time the customer must be notified of the activity. """
    country_code: None | str | Unset = UNSET
    """ The code of the country where the activity is scheduled. """
    activity_type: None | str | Unset = UNSET
    """ The label of the activity type. Based on the activity type, predefined company-specific rules are applied
    while processing an activity. Predefined company-specific rules cover the following:

    - The resources to which the activities can be assigned.
    - The activity processing details.
    - The interaction of the activity with different modules of Oracle Field Service. """
    appt_number: None | str | Unset = UNSET
    """ This field may be used by integrations to store the identifier of the activity in the origin system. This
    field has no business significance in Oracle Field Service and may be left empty. Maximum field length is 40.
    """
    status: None | str | Unset = UNSET
    """ The status of the activity. As a technician works through the activity, the status changes. The actions that
    are available for an activity are based on this status.

    A newly created activity has the status as 'pending', it can then be changed to 'cancelled' or 'started'. The
    status of an activity can be changed to 'complete', 'notdone', or 'suspended' only if it has the status as
    'started'. Allowed values: `cancelled`, `completed`, `suspended`, `started`, `pending`, `notdone`. """
    language: None | str | Unset = UNSET
    """ The preferred language of the customer. This parameter returns two-character code (e.g. "en") in API
    responses. To obtain ISO code of the language (e.g. "en-US") read the "languageISO" parameter. In the requests
    this parameter accepts both formats (e.g. "en" or "en-US"). It is recommended to use ISO format. The language
    codes listed on: Supported Language Codes. """
    language_iso: None | str | Unset = UNSET
    """ The preferred language of the customer. This parameter is only present in the responses and will be ignored
    if it is present in a request. To update language use the parameter "language". The language codes listed on:
    Supported Language Codes. """
    postal_code: None | str | Unset = UNSET
    """ The postal code of the customer. This field is used for geocoding and must contain a valid address. Maximum
    field length is 60. If a longer value is sent it will be truncated. """
    time_slot: None | str | Unset = UNSET
    """ The time slot during which the activity is completed. Time Slot also indicates the service window for the
    activity. This time is displayed in the time zone of the resource to which the activity is assigned. """
    latitude: float | None | Unset = UNSET
    """ The geographic coordinates that specify the location of the activity. """
    customer_cell: None | str | Unset = UNSET
    """ The customer's cell phone number. From version 17.2.1, the phone number is saved in Oracle Field Service
    with the '+' symbol. For example, if you enter the phone number as +1(234)234-23_42, it is saved in Oracle Field
    Service as +12342342342. In versions before 17.2.1, the phone number is saved as 12342342342. Maximum field
    length is 240. If a longer value is sent it will be truncated. """
    customer_number: None | str | Unset = UNSET
    """ The account number of the customer. This parameter is used by integrations as a placeholder for the external
    identifier of the Account ID in the application. This parameter has no business significance in Oracle Field
    Service and can be left empty. Maximum field length is 40. If a longer value is sent it will be truncated. """
    multiday_activity_status: None | str | Unset = UNSET
    """ The status of the segmentable activity. Considered only if passed along with segment data, otherwise
    ignored. """
    multiday_time_to_complete: int | None | Unset = UNSET
    """ The total duration of the segmentable activity. This parameter is ignored for non-segmentable activities.
    When master activity gets a final status (multidayActivityStatus is set to completed, notdone or cancelled) the
    parameter multidayTimeToComplete is also ignored and the remaining time is set to 0. Maximum value is 599995.
    """
    customer_phone: None | str | Unset = UNSET
    """ The regular (land) phone number of the customer. From version 17.2.1, the phone number is saved in Oracle
    Field Service with the '+' symbol. For example, if you enter the phone number as +1(234)234-23_42, it is saved
    in Oracle Field Service as +12342342342. In versions before 17.2.1, the phone number is saved as 12342342342.
    Maximum field length is 240. If a longer value is sent it will be truncated. """
    set_position_in_route: SetPositionInRouteRequestField | Unset = UNSET
    """ The value of this element determines the position of the activity in the route. If this element is present
    then activity will be put to specified position in route. The parameter is optional, if it is absent then the
    value "position: byServiceWindow" is used. """
    set_travel_time: SetTravelTimeRequestField | Unset = UNSET
    """ The objects used to set the travel time of the activity. The travel time is set only if the specified
    previousActivity/previousActivityId is ordered before the activity for which the travel time is set. """
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
        if self.service_window_start is not UNSET:
            field_dict["serviceWindowStart"] = self.service_window_start
        if self.service_window_end is not UNSET:
            field_dict["serviceWindowEnd"] = self.service_window_end
        if self.sla_window_start is not UNSET:
            field_dict["slaWindowStart"] = self.sla_window_start
        if self.sla_window_end is not UNSET:
            field_dict["slaWindowEnd"] = self.sla_window_end
        if self.time_delivered_start is not UNSET:
            field_dict["timeDeliveredStart"] = self.time_delivered_start
        if self.time_delivered_end is not UNSET:
            field_dict["timeDeliveredEnd"] = self.time_delivered_end
        if self.team_resource_id is not UNSET:
            field_dict["teamResourceId"] = self.team_resource_id
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
        if self.points is not UNSET:
            field_dict["points"] = self.points
        if self.reminder_time is not UNSET:
            field_dict["reminderTime"] = self.reminder_time
        if self.country_code is not UNSET:
            field_dict["country_code"] = self.country_code
        if self.activity_type is not UNSET:
            field_dict["activityType"] = self.activity_type
        if self.appt_number is not UNSET:
            field_dict["apptNumber"] = self.appt_number
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.language is not UNSET:
            field_dict["language"] = self.language
        if self.language_iso is not UNSET:
            field_dict["languageISO"] = self.language_iso
        if self.postal_code is not UNSET:
            field_dict["postalCode"] = self.postal_code
        if self.time_slot is not UNSET:
            field_dict["timeSlot"] = self.time_slot
        if self.latitude is not UNSET:
            field_dict["latitude"] = self.latitude
        if self.customer_cell is not UNSET:
            field_dict["customerCell"] = self.customer_cell
        if self.customer_number is not UNSET:
            field_dict["customerNumber"] = self.customer_number
        if self.multiday_activity_status is not UNSET:
            field_dict["multidayActivityStatus"] = self.multiday_activity_status
        if self.multiday_time_to_complete is not UNSET:
            field_dict["multidayTimeToComplete"] = self.multiday_time_to_complete
        if self.customer_phone is not UNSET:
            field_dict["customerPhone"] = self.customer_phone
        if self.set_position_in_route is not UNSET:
            field_dict["setPositionInRoute"] = (
                self.set_position_in_route.to_dict()
                if isinstance(self.set_position_in_route, SetPositionInRouteRequestField)
                else self.set_position_in_route
            )
        if self.set_travel_time is not UNSET:
            field_dict["setTravelTime"] = (
                self.set_travel_time.to_dict()
                if isinstance(self.set_travel_time, SetTravelTimeRequestField)
                else self.set_travel_time
            )
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
        bulk_update_activity = cls(*_read_fields(d))
        _value = bulk_update_activity.set_position_in_route
        bulk_update_activity.set_position_in_route = (
            SetPositionInRouteRequestField.from_dict(_value) if isinstance(_value, dict) else _value
        )
        _value = bulk_update_activity.set_travel_time
        bulk_update_activity.set_travel_time = (
            SetTravelTimeRequestField.from_dict(_value) if isinstance(_value, dict) else _value
        )
        if len(d) > _N_FIELDS:
            bulk_update_activity.additional_properties = dict(islice(d.items(), _N_FIELDS, None))
        return bulk_update_activity

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
from ..models.set_position_in_route_request_field import SetPositionInRouteRequestField  # noqa: E402
from ..models.set_travel_time_request_field import SetTravelTimeRequestField  # noqa: E402
