from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_booking_options import ActivityBookingOptions
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    dates: list[str],
    activity_type: str,
    appt_number: str | Unset = UNSET,
    record_type: str | Unset = UNSET,
    customer_name: str | Unset = UNSET,
    customer_number: str | Unset = UNSET,
    customer_phone: str | Unset = UNSET,
    customer_email: str | Unset = UNSET,
    customer_cell: str | Unset = UNSET,
    street_address: str | Unset = UNSET,
    city: str | Unset = UNSET,
    postal_code: str | Unset = UNSET,
    state_province: str | Unset = UNSET,
    longitude: float | Unset = UNSET,
    latitude: float | Unset = UNSET,
    sla_window_start: str | Unset = UNSET,
    sla_window_end: str | Unset = UNSET,
    points: int | Unset = UNSET,
    time_of_booking: str | Unset = UNSET,
    reminder_time: int | Unset = UNSET,
    language: str | Unset = UNSET,
    language_iso: str | Unset = UNSET,
    time_zone: str | Unset = UNSET,
    determine_area_by_work_zone: bool | Unset = UNSET,
    areas: list[str] | Unset = UNSET,
    determine_category: bool | Unset = UNSET,
    categories: list[str] | Unset = UNSET,
    estimate_duration: bool | Unset = UNSET,
    default_duration: int | Unset = UNSET,
    estimate_travel_time: bool | Unset = UNSET,
    min_time_before_arrival: int | Unset = UNSET,
    include_partially_defined_categories: bool | Unset = UNSET,
    late_start_mitigation: int | Unset = UNSET,
    use_forecast_during_booking: bool | Unset = UNSET,
    optimization_goal: str | Unset = UNSET,
    min_forecast_range_day: int | Unset = UNSET,
    max_forecast_range_day: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_dates = dates

    params["dates"] = json_dates

    params["activityType"] = activity_type

    params["apptNumber"] = appt_number

    params["recordType"] = record_type

    params["customerName"] = customer_name

    params["customerNumber"] = customer_number

    params["customerPhone"] = customer_phone

    params["customerEmail"] = customer_email

    params["customerCell"] = customer_cell

    params["streetAddress"] = street_address

    params["city"] = city

    params["postalCode"] = postal_code

    params["stateProvince"] = state_province

    params["longitude"] = longitude

    params["latitude"] = latitude

    params["slaWindowStart"] = sla_window_start

    params["slaWindowEnd"] = sla_window_end

    params["points"] = points

    params["timeOfBooking"] = time_of_booking

    params["reminderTime"] = reminder_time

    params["language"] = language

    params["languageISO"] = language_iso

    params["timeZone"] = time_zone

    params["determineAreaByWorkZone"] = determine_area_by_work_zone

    json_areas: list[str] | Unset = UNSET
    if not isinstance(areas, Unset):
        json_areas = areas

    params["areas"] = json_areas

    params["determineCategory"] = determine_category

    json_categories: list[str] | Unset = UNSET
    if not isinstance(categories, Unset):
        json_categories = categories

    params["categories"] = json_categories

    params["estimateDuration"] = estimate_duration

    params["defaultDuration"] = default_duration

    params["estimateTravelTime"] = estimate_travel_time

    params["minTimeBeforeArrival"] = min_time_before_arrival

    params["includePartiallyDefinedCategories"] = include_partially_defined_categories

    params["lateStartMitigation"] = late_start_mitigation

    params["useForecastDuringBooking"] = use_forecast_during_booking

    params["optimizationGoal"] = optimization_goal

    params["minForecastRangeDay"] = min_forecast_range_day

    params["maxForecastRangeDay"] = max_forecast_range_day

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscCapacity/v1/activityBookingOptions",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ActivityBookingOptions | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = ActivityBookingOptions.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ActivityBookingOptions]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    dates: list[str],
    activity_type: str,
    appt_number: str | Unset = UNSET,
    record_type: str | Unset = UNSET,
    customer_name: str | Unset = UNSET,
    customer_number: str | Unset = UNSET,
    customer_phone: str | Unset = UNSET,
    customer_email: str | Unset = UNSET,
    customer_cell: str | Unset = UNSET,
    street_address: str | Unset = UNSET,
    city: str | Unset = UNSET,
    postal_code: str | Unset = UNSET,
    state_province: str | Unset = UNSET,
    longitude: float | Unset = UNSET,
    latitude: float | Unset = UNSET,
    sla_window_start: str | Unset = UNSET,
    sla_window_end: str | Unset = UNSET,
    points: int | Unset = UNSET,
    time_of_booking: str | Unset = UNSET,
    reminder_time: int | Unset = UNSET,
    language: str | Unset = UNSET,
    language_iso: str | Unset = UNSET,
    time_zone: str | Unset = UNSET,
    determine_area_by_work_zone: bool | Unset = UNSET,
    areas: list[str] | Unset = UNSET,
    determine_category: bool | Unset = UNSET,
    categories: list[str] | Unset = UNSET,
    estimate_duration: bool | Unset = UNSET,
    default_duration: int | Unset = UNSET,
    estimate_travel_time: bool | Unset = UNSET,
    min_time_before_arrival: int | Unset = UNSET,
    include_partially_defined_categories: bool | Unset = UNSET,
    late_start_mitigation: int | Unset = UNSET,
    use_forecast_during_booking: bool | Unset = UNSET,
    optimization_goal: str | Unset = UNSET,
    min_forecast_range_day: int | Unset = UNSET,
    max_forecast_range_day: int | Unset = UNSET,
) -> Response[ActivityBookingOptions]:
    """Get activity booking options

     This operation retrieves the available booking options (such as buckets and time slots) for booking
    an activity.

    Overview

    This operation retrieves the time slots in which the activity can be performed. The following points
    are considered while booking an activity within the time slots:

    - The booking quota is available for the category and for the day.
    - The time slots must satisfy the constraints specified in the company configuration
    - The booking is not closed for the category, time frame, and work zone.
    - The workforce is available to perform the activity.

    Additionally, the StopBookingAt constraint is considered for activity booking in an availability-
    based quota bucket. The StopBookingAt value denotes the percentage of the quota used for a day and
    indicates that no more activities can be booked for the selected category, when the StopBookingAt
    percentage is reached.

    Time slots filtering

    The filtering of time slots during the activityBookingOptions API call is intended to prepare a
    preliminary set of time slots that will be used in the next check for the possibility of booking the
    required activity. This filtering is performed in two steps:

    1. We obtain a set of pairs time slot - capacity category that simultaneously satisfy the company
    restrictions and the set of capacity categories required according to the request data.
    2. For each capacity area that can be mentioned in the response, we select only those items (and as
    a result, time slots) from the first set of pairs where the capacity category is contained in the
    capacity area configuration.

    The result of the filtering in step 1 depends on the value of the request parameter
    includePartiallyDefinedCategories:

    - When this value is false (by default), all capacity categories required according to the request
    data must be assigned to the time slot.
    - When this value is true, at least one of the capacity categories required according to the request
    data must be assigned to the time slot.

    Activity fields

    This operation calculates the estimated travel time, duration, area, and capacity category for
    booking an activity based on the activity fields and custom properties request parameters. The
    built-in activity fields have the same names and the same format as in the other REST API
    operations. The following built-in fields are considered:

    - apptNumber
    - recordType
    - customerName
    - customerNumber
    - customerPhone
    - customerEmail
    - customerCell
    - streetAddress
    - city
    - postalCode
    - stateProvince
    - reminderTime
    - longitude
    - latitude
    - slaWindowStart
    - slaWindowEnd
    - points
    - timeOfBooking
    - language
    - timeZone

    The custom properties are identified by their label and are same as in the other REST API
    operations.

    Activity field requirements are as follows:

    - The 'work zone key' fields must be passed, if the 'determineAreaByWorkZone' parameter is not set
    to 'false' or if the bucket settings close bookings by work zone.
    - All fields mentioned in work skill conditions should be passed, if the 'determineCategory'
    parameter is set to 'true', else the category will not be determined.
    - The 'duration key' fields need to be passed, if the 'estimateDuration' parameter is set to 'true'.
    - If the 'estimateTravelTime' parameter is set to 'true', then, the 'travel key' fields need to be
    passed. If any field is not provided, then the value of that field will be considered as empty when
    calculating travel key. If 'Detect activity travel keys automatically' is checked in Statistics
    configuration, then it is recommended to pass country_code, city and postalCode.

    For example: If the postal code/Zip code is configured as part of the travel key, then the
    ?postalCode=12345 can be specified as one of the query parameters.

    Note:If any custom property label conflicts with another query parameter, then it will be ignored
    and cannot be used until renamed.

    Args:
        dates (list[str]): The dates for which the booking options are requested. The dates are
            specified as a comma-separated list, for example, YYYY-MM-D1,YYYY-MM-D2,YYYY-MM-D3.
        activity_type (str): The type of the activity. Based on the activity type, predefined
            company-specific rules are applied while processing an activity. Predefined company-
            specific rules cover the following:

            - The resources to which the activities can be assigned.
            - The activity processing details.
            - The interaction of the activity with different modules of Oracle Field Service.
        appt_number (str | Unset): The parameter may be used by integrations to store the
            identifier of the activity in the origin system. This field has no business significance
            in Oracle Field Service and may be left empty.
        record_type (str | Unset): The type of the activity record. The following values are
            available:

            - regular: The default value for most new activities.
            - prework: The pre-work activity is created in Oracle Field Service, if the technician
            needs to perform some work before the actual activity.
            - reopened: The activity is created when an activity in a final status is reopened for
            some reason.
            - multiday_activity: The activity is created when the 'activityType' specified in the API
            indicates that it is a segmentable activity.
            - multiday_activity_segment: The activities that are automatically created for segmentable
            activities, based on their duration and timeslot settings. Allowed values: `regular`,
            `reopened`, `prework`, `multiday_activity`, `multiday_activity_segment`.
        customer_name (str | Unset): The name of the customer.
        customer_number (str | Unset): The account number of the customer. This parameter is used
            by integrations as a placeholder for the external identifier of the account ID in the
            application. This parameter has no business significance in Oracle Field Service and can
            be left empty.
        customer_phone (str | Unset): The regular (land) phone number of the customer. From
            version 17.2.1, the phone number is saved in Oracle Field Service with the '+' symbol. For
            example, if you enter the phone number as +1(234)234-23_42, it is saved in Oracle Field
            Service as +12342342342.
        customer_email (str | Unset): The email address of the customer.
        customer_cell (str | Unset): The customer's cell phone number. From version 17.2.1, the
            phone number is saved in Oracle Field Service with the '+' symbol. For example, if you
            enter the phone number as +1(234)234-23_42, it is saved in Oracle Field Service as
            +12342342342.
        street_address (str | Unset): The street address of the customer. This field is used for
            geocoding and must contain a valid address.
        city (str | Unset): The city of the customer where the activity is scheduled. This field
            is used for geocoding and must contain a valid address.
        postal_code (str | Unset): The postal code of the customer. This field is used for
            geocoding and must contain a valid address.
        state_province (str | Unset): The state or province of the customer. This field is used
            for geocoding and must contain a valid address.
        longitude (float | Unset): The longitude coordinate (in degrees) of the activity.
        latitude (float | Unset): The latitude coordinate (in degrees) of the activity.
        sla_window_start (str | Unset): The time when the Service Level Agreement (SLA) window
            starts. Specify the time in 'YYYY-MM-DD HH:MM:SS' format.
        sla_window_end (str | Unset): The time when the Service Level Agreement (SLA) window ends.
            Specify the time in 'YYYY-MM-DD HH:MM:SS' format.
        points (int | Unset): The cost of the activity in 'points'. This parameter is intended for
            use by the Routing module.
        time_of_booking (str | Unset): The time when the customer booked the activity. The time is
            displayed in the time zone of the customer.
        reminder_time (int | Unset): The number of minutes before the activity start time the
            customer must be notified of the activity.
        language (str | Unset): The preferred language of the customer. This parameter is optional
            and its value defaults to the language set for the Login screen. The accepted language
            codes are listed on: Supported Language Codes.
        language_iso (str | Unset): The ISO language code (for example, 'en-US').
        time_zone (str | Unset): The name of the customer's time zone.
        determine_area_by_work_zone (bool | Unset): Contains one of the following values: true or
            false.

            If true, then the work zone is determined automatically and all capacity areas or groups
            that have the work zone are processed.

            Note: The determination algorithm is based on the calculation of the work zone key
            (defined in the Company Settings, Work Zone Dictionary screen) and uses the specified
            activity fields and finds a zone that corresponds to the calculated value. Therefore, all
            the fields that are used to calculate the work zone key formula are mandatory.

            If false, then the capacity area or group is not determined by the work zone of the
            activity. The default value is true.
        areas (list[str] | Unset): The labels of the capacity areas.

            Note: If the 'areas' parameter is not passed and if the 'determineAreaByWorkZone'
            parameter is set to 'false', then the operation processes all the visible capacity areas.
        determine_category (bool | Unset): Contains one of the following values: true or false.

            If true, then all the included fields in the work skill conditions must be specified and
            these fields are required to determine work skills and capacity categories for booking the
            activity.

            Note: Contrary to the 'get_capacity' operation, this operation books activities that do
            not have capacity categories. Therefore, if the operation is unable to determine a
            capacity category using the specified fields, it does not return an error.

            If false, then the capacity categories are not determined based on the specified activity
            fields. The default value is true.
        categories (list[str] | Unset): The labels of the capacity categories in the capacity
            category filter.
        estimate_duration (bool | Unset): Contains one of the following values: true or false. If
            true and if the 'Define duration manually' option is disabled for a corresponding activity
            type, then the operation tries to estimate the duration of the activity using statistics.

            To estimate the activity duration, it is required to calculate the activity duration key.
            Therefore, all the fields that are used to calculate the activity duration key formula
            become mandatory.

            If the 'estimateDuration' option is enabled and the operation is unable to find a
            corresponding statistical record, then the following values are used:

            - The 'defaultDuration' parameterOR
            - The default duration value defined on the activity type level.

            If false, then the operation does not estimate the duration of the activity using
            statistics. The default value is true.
        default_duration (int | Unset): The duration value (in minutes) used in one of the
            following scenarios:

            - The 'Define duration manually' option is enabled for the activity type.
            - The 'estimateDuration' option is disabled.
            - The statistical record is not available for the activity.

            Note:If the 'estimateDuration' option is disabled and if the 'defaultDuration' value is
            not passed, then the duration of the activity to be booked is the default duration of the
            activity type.
        estimate_travel_time (bool | Unset): Contains one of the following values: true or false.

            If true and the 'Calculate travel' option is set for a corresponding activity type, then
            the operation tries to estimate the activity travel time using statistics.

            To estimate the activity travel time, it is required to calculate the activity travel key.
            Therefore, all the fields used to calculate the activity travel key formula become
            mandatory.

            Note: The operation uses the same travel estimation algorithm for the activity located in
            the capacity area.

            If false, then the operation does not estimate the activity travel time using statistics.
            The default value is true.
        min_time_before_arrival (int | Unset): The parameter is used for day-0 bookings. When it
            is specified, the operation only returns the intervals where the start time is greater
            than the sum of currentTime and minTimeBeforeArrival parameters.
        include_partially_defined_categories (bool | Unset): Contains one of the following values:
            true or false. If true and if more than one capacity category matching the activity is
            defined for the capacity areas, then the operation returns capacity areas having at least
            one capacity category matching the activity.

            If false or not specified, then the operation returns only those capacity areas that have
            all the capacity categories matching the activity. The default value is false.
        late_start_mitigation (int | Unset): Do not suggest booking options if the activity is
            likely to begin close to the end of the time slot within last [ NN ] percent. This
            functionality is only applicable for quota by intervals. Default: 20
        use_forecast_during_booking (bool | Unset): Turn on to sort and filter the results by
            means of forecasting the future activity flow to calculate the average additional travel
            per activity.
        optimization_goal (str | Unset): Choose minimizeAdditionalTravel to sort the results by
            increasing of additional travel added. Default option sorts the results by ETA from
            minimal to maximal. Allowed values: `default`, `minimizeAdditionalTravel`.
        min_forecast_range_day (int | Unset): Number of days, counted from current day, where
            current day is 0. before which only results that has an existing activity within the close
            proximity are returned. No activity flow forecasting is done before Minimum Forecast Range
            Day.
        max_forecast_range_day (int | Unset): Number of days, counted from current day, where
            current day is 0. Should be greater then Minimum Forecast Range Day. System does the
            activity flow forecasting between Minimum Forecast Range Day and Maximum Forecast Range
            Day. During this period the average additional travel is calculated based on the number of
            the forecasted activities within the close proximity of the activity being booked and only
            results having the additional travel lesser then the average per-bucket travel are
            returned. After the Maximum Forecast Range Day all the available results are returned,
            despite the additional travel. No activity flow forecasting is done after Maximum Forecast
            Range Day.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityBookingOptions]
    """

    kwargs = _get_kwargs(
        dates=dates,
        activity_type=activity_type,
        appt_number=appt_number,
        record_type=record_type,
        customer_name=customer_name,
        customer_number=customer_number,
        customer_phone=customer_phone,
        customer_email=customer_email,
        customer_cell=customer_cell,
        street_address=street_address,
        city=city,
        postal_code=postal_code,
        state_province=state_province,
        longitude=longitude,
        latitude=latitude,
        sla_window_start=sla_window_start,
        sla_window_end=sla_window_end,
        points=points,
        time_of_booking=time_of_booking,
        reminder_time=reminder_time,
        language=language,
        language_iso=language_iso,
        time_zone=time_zone,
        determine_area_by_work_zone=determine_area_by_work_zone,
        areas=areas,
        determine_category=determine_category,
        categories=categories,
        estimate_duration=estimate_duration,
        default_duration=default_duration,
        estimate_travel_time=estimate_travel_time,
        min_time_before_arrival=min_time_before_arrival,
        include_partially_defined_categories=include_partially_defined_categories,
        late_start_mitigation=late_start_mitigation,
        use_forecast_during_booking=use_forecast_during_booking,
        optimization_goal=optimization_goal,
        min_forecast_range_day=min_forecast_range_day,
        max_forecast_range_day=max_forecast_range_day,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    dates: list[str],
    activity_type: str,
    appt_number: str | Unset = UNSET,
    record_type: str | Unset = UNSET,
    customer_name: str | Unset = UNSET,
    customer_number: str | Unset = UNSET,
    customer_phone: str | Unset = UNSET,
    customer_email: str | Unset = UNSET,
    customer_cell: str | Unset = UNSET,
    street_address: str | Unset = UNSET,
    city: str | Unset = UNSET,
    postal_code: str | Unset = UNSET,
    state_province: str | Unset = UNSET,
    longitude: float | Unset = UNSET,
    latitude: float | Unset = UNSET,
    sla_window_start: str | Unset = UNSET,
    sla_window_end: str | Unset = UNSET,
    points: int | Unset = UNSET,
    time_of_booking: str | Unset = UNSET,
    reminder_time: int | Unset = UNSET,
    language: str | Unset = UNSET,
    language_iso: str | Unset = UNSET,
    time_zone: str | Unset = UNSET,
    determine_area_by_work_zone: bool | Unset = UNSET,
    areas: list[str] | Unset = UNSET,
    determine_category: bool | Unset = UNSET,
    categories: list[str] | Unset = UNSET,
    estimate_duration: bool | Unset = UNSET,
    default_duration: int | Unset = UNSET,
    estimate_travel_time: bool | Unset = UNSET,
    min_time_before_arrival: int | Unset = UNSET,
    include_partially_defined_categories: bool | Unset = UNSET,
    late_start_mitigation: int | Unset = UNSET,
    use_forecast_during_booking: bool | Unset = UNSET,
    optimization_goal: str | Unset = UNSET,
    min_forecast_range_day: int | Unset = UNSET,
    max_forecast_range_day: int | Unset = UNSET,
) -> ActivityBookingOptions | None:
    """Get activity booking options

     This operation retrieves the available booking options (such as buckets and time slots) for booking
    an activity.

    Overview

    This operation retrieves the time slots in which the activity can be performed. The following points
    are considered while booking an activity within the time slots:

    - The booking quota is available for the category and for the day.
    - The time slots must satisfy the constraints specified in the company configuration
    - The booking is not closed for the category, time frame, and work zone.
    - The workforce is available to perform the activity.

    Additionally, the StopBookingAt constraint is considered for activity booking in an availability-
    based quota bucket. The StopBookingAt value denotes the percentage of the quota used for a day and
    indicates that no more activities can be booked for the selected category, when the StopBookingAt
    percentage is reached.

    Time slots filtering

    The filtering of time slots during the activityBookingOptions API call is intended to prepare a
    preliminary set of time slots that will be used in the next check for the possibility of booking the
    required activity. This filtering is performed in two steps:

    1. We obtain a set of pairs time slot - capacity category that simultaneously satisfy the company
    restrictions and the set of capacity categories required according to the request data.
    2. For each capacity area that can be mentioned in the response, we select only those items (and as
    a result, time slots) from the first set of pairs where the capacity category is contained in the
    capacity area configuration.

    The result of the filtering in step 1 depends on the value of the request parameter
    includePartiallyDefinedCategories:

    - When this value is false (by default), all capacity categories required according to the request
    data must be assigned to the time slot.
    - When this value is true, at least one of the capacity categories required according to the request
    data must be assigned to the time slot.

    Activity fields

    This operation calculates the estimated travel time, duration, area, and capacity category for
    booking an activity based on the activity fields and custom properties request parameters. The
    built-in activity fields have the same names and the same format as in the other REST API
    operations. The following built-in fields are considered:

    - apptNumber
    - recordType
    - customerName
    - customerNumber
    - customerPhone
    - customerEmail
    - customerCell
    - streetAddress
    - city
    - postalCode
    - stateProvince
    - reminderTime
    - longitude
    - latitude
    - slaWindowStart
    - slaWindowEnd
    - points
    - timeOfBooking
    - language
    - timeZone

    The custom properties are identified by their label and are same as in the other REST API
    operations.

    Activity field requirements are as follows:

    - The 'work zone key' fields must be passed, if the 'determineAreaByWorkZone' parameter is not set
    to 'false' or if the bucket settings close bookings by work zone.
    - All fields mentioned in work skill conditions should be passed, if the 'determineCategory'
    parameter is set to 'true', else the category will not be determined.
    - The 'duration key' fields need to be passed, if the 'estimateDuration' parameter is set to 'true'.
    - If the 'estimateTravelTime' parameter is set to 'true', then, the 'travel key' fields need to be
    passed. If any field is not provided, then the value of that field will be considered as empty when
    calculating travel key. If 'Detect activity travel keys automatically' is checked in Statistics
    configuration, then it is recommended to pass country_code, city and postalCode.

    For example: If the postal code/Zip code is configured as part of the travel key, then the
    ?postalCode=12345 can be specified as one of the query parameters.

    Note:If any custom property label conflicts with another query parameter, then it will be ignored
    and cannot be used until renamed.

    Args:
        dates (list[str]): The dates for which the booking options are requested. The dates are
            specified as a comma-separated list, for example, YYYY-MM-D1,YYYY-MM-D2,YYYY-MM-D3.
        activity_type (str): The type of the activity. Based on the activity type, predefined
            company-specific rules are applied while processing an activity. Predefined company-
            specific rules cover the following:

            - The resources to which the activities can be assigned.
            - The activity processing details.
            - The interaction of the activity with different modules of Oracle Field Service.
        appt_number (str | Unset): The parameter may be used by integrations to store the
            identifier of the activity in the origin system. This field has no business significance
            in Oracle Field Service and may be left empty.
        record_type (str | Unset): The type of the activity record. The following values are
            available:

            - regular: The default value for most new activities.
            - prework: The pre-work activity is created in Oracle Field Service, if the technician
            needs to perform some work before the actual activity.
            - reopened: The activity is created when an activity in a final status is reopened for
            some reason.
            - multiday_activity: The activity is created when the 'activityType' specified in the API
            indicates that it is a segmentable activity.
            - multiday_activity_segment: The activities that are automatically created for segmentable
            activities, based on their duration and timeslot settings. Allowed values: `regular`,
            `reopened`, `prework`, `multiday_activity`, `multiday_activity_segment`.
        customer_name (str | Unset): The name of the customer.
        customer_number (str | Unset): The account number of the customer. This parameter is used
            by integrations as a placeholder for the external identifier of the account ID in the
            application. This parameter has no business significance in Oracle Field Service and can
            be left empty.
        customer_phone (str | Unset): The regular (land) phone number of the customer. From
            version 17.2.1, the phone number is saved in Oracle Field Service with the '+' symbol. For
            example, if you enter the phone number as +1(234)234-23_42, it is saved in Oracle Field
            Service as +12342342342.
        customer_email (str | Unset): The email address of the customer.
        customer_cell (str | Unset): The customer's cell phone number. From version 17.2.1, the
            phone number is saved in Oracle Field Service with the '+' symbol. For example, if you
            enter the phone number as +1(234)234-23_42, it is saved in Oracle Field Service as
            +12342342342.
        street_address (str | Unset): The street address of the customer. This field is used for
            geocoding and must contain a valid address.
        city (str | Unset): The city of the customer where the activity is scheduled. This field
            is used for geocoding and must contain a valid address.
        postal_code (str | Unset): The postal code of the customer. This field is used for
            geocoding and must contain a valid address.
        state_province (str | Unset): The state or province of the customer. This field is used
            for geocoding and must contain a valid address.
        longitude (float | Unset): The longitude coordinate (in degrees) of the activity.
        latitude (float | Unset): The latitude coordinate (in degrees) of the activity.
        sla_window_start (str | Unset): The time when the Service Level Agreement (SLA) window
            starts. Specify the time in 'YYYY-MM-DD HH:MM:SS' format.
        sla_window_end (str | Unset): The time when the Service Level Agreement (SLA) window ends.
            Specify the time in 'YYYY-MM-DD HH:MM:SS' format.
        points (int | Unset): The cost of the activity in 'points'. This parameter is intended for
            use by the Routing module.
        time_of_booking (str | Unset): The time when the customer booked the activity. The time is
            displayed in the time zone of the customer.
        reminder_time (int | Unset): The number of minutes before the activity start time the
            customer must be notified of the activity.
        language (str | Unset): The preferred language of the customer. This parameter is optional
            and its value defaults to the language set for the Login screen. The accepted language
            codes are listed on: Supported Language Codes.
        language_iso (str | Unset): The ISO language code (for example, 'en-US').
        time_zone (str | Unset): The name of the customer's time zone.
        determine_area_by_work_zone (bool | Unset): Contains one of the following values: true or
            false.

            If true, then the work zone is determined automatically and all capacity areas or groups
            that have the work zone are processed.

            Note: The determination algorithm is based on the calculation of the work zone key
            (defined in the Company Settings, Work Zone Dictionary screen) and uses the specified
            activity fields and finds a zone that corresponds to the calculated value. Therefore, all
            the fields that are used to calculate the work zone key formula are mandatory.

            If false, then the capacity area or group is not determined by the work zone of the
            activity. The default value is true.
        areas (list[str] | Unset): The labels of the capacity areas.

            Note: If the 'areas' parameter is not passed and if the 'determineAreaByWorkZone'
            parameter is set to 'false', then the operation processes all the visible capacity areas.
        determine_category (bool | Unset): Contains one of the following values: true or false.

            If true, then all the included fields in the work skill conditions must be specified and
            these fields are required to determine work skills and capacity categories for booking the
            activity.

            Note: Contrary to the 'get_capacity' operation, this operation books activities that do
            not have capacity categories. Therefore, if the operation is unable to determine a
            capacity category using the specified fields, it does not return an error.

            If false, then the capacity categories are not determined based on the specified activity
            fields. The default value is true.
        categories (list[str] | Unset): The labels of the capacity categories in the capacity
            category filter.
        estimate_duration (bool | Unset): Contains one of the following values: true or false. If
            true and if the 'Define duration manually' option is disabled for a corresponding activity
            type, then the operation tries to estimate the duration of the activity using statistics.

            To estimate the activity duration, it is required to calculate the activity duration key.
            Therefore, all the fields that are used to calculate the activity duration key formula
            become mandatory.

            If the 'estimateDuration' option is enabled and the operation is unable to find a
            corresponding statistical record, then the following values are used:

            - The 'defaultDuration' parameterOR
            - The default duration value defined on the activity type level.

            If false, then the operation does not estimate the duration of the activity using
            statistics. The default value is true.
        default_duration (int | Unset): The duration value (in minutes) used in one of the
            following scenarios:

            - The 'Define duration manually' option is enabled for the activity type.
            - The 'estimateDuration' option is disabled.
            - The statistical record is not available for the activity.

            Note:If the 'estimateDuration' option is disabled and if the 'defaultDuration' value is
            not passed, then the duration of the activity to be booked is the default duration of the
            activity type.
        estimate_travel_time (bool | Unset): Contains one of the following values: true or false.

            If true and the 'Calculate travel' option is set for a corresponding activity type, then
            the operation tries to estimate the activity travel time using statistics.

            To estimate the activity travel time, it is required to calculate the activity travel key.
            Therefore, all the fields used to calculate the activity travel key formula become
            mandatory.

            Note: The operation uses the same travel estimation algorithm for the activity located in
            the capacity area.

            If false, then the operation does not estimate the activity travel time using statistics.
            The default value is true.
        min_time_before_arrival (int | Unset): The parameter is used for day-0 bookings. When it
            is specified, the operation only returns the intervals where the start time is greater
            than the sum of currentTime and minTimeBeforeArrival parameters.
        include_partially_defined_categories (bool | Unset): Contains one of the following values:
            true or false. If true and if more than one capacity category matching the activity is
            defined for the capacity areas, then the operation returns capacity areas having at least
            one capacity category matching the activity.

            If false or not specified, then the operation returns only those capacity areas that have
            all the capacity categories matching the activity. The default value is false.
        late_start_mitigation (int | Unset): Do not suggest booking options if the activity is
            likely to begin close to the end of the time slot within last [ NN ] percent. This
            functionality is only applicable for quota by intervals. Default: 20
        use_forecast_during_booking (bool | Unset): Turn on to sort and filter the results by
            means of forecasting the future activity flow to calculate the average additional travel
            per activity.
        optimization_goal (str | Unset): Choose minimizeAdditionalTravel to sort the results by
            increasing of additional travel added. Default option sorts the results by ETA from
            minimal to maximal. Allowed values: `default`, `minimizeAdditionalTravel`.
        min_forecast_range_day (int | Unset): Number of days, counted from current day, where
            current day is 0. before which only results that has an existing activity within the close
            proximity are returned. No activity flow forecasting is done before Minimum Forecast Range
            Day.
        max_forecast_range_day (int | Unset): Number of days, counted from current day, where
            current day is 0. Should be greater then Minimum Forecast Range Day. System does the
            activity flow forecasting between Minimum Forecast Range Day and Maximum Forecast Range
            Day. During this period the average additional travel is calculated based on the number of
            the forecasted activities within the close proximity of the activity being booked and only
            results having the additional travel lesser then the average per-bucket travel are
            returned. After the Maximum Forecast Range Day all the available results are returned,
            despite the additional travel. No activity flow forecasting is done after Maximum Forecast
            Range Day.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityBookingOptions
    """

    return sync_detailed(
        client=client,
        dates=dates,
        activity_type=activity_type,
        appt_number=appt_number,
        record_type=record_type,
        customer_name=customer_name,
        customer_number=customer_number,
        customer_phone=customer_phone,
        customer_email=customer_email,
        customer_cell=customer_cell,
        street_address=street_address,
        city=city,
        postal_code=postal_code,
        state_province=state_province,
        longitude=longitude,
        latitude=latitude,
        sla_window_start=sla_window_start,
        sla_window_end=sla_window_end,
        points=points,
        time_of_booking=time_of_booking,
        reminder_time=reminder_time,
        language=language,
        language_iso=language_iso,
        time_zone=time_zone,
        determine_area_by_work_zone=determine_area_by_work_zone,
        areas=areas,
        determine_category=determine_category,
        categories=categories,
        estimate_duration=estimate_duration,
        default_duration=default_duration,
        estimate_travel_time=estimate_travel_time,
        min_time_before_arrival=min_time_before_arrival,
        include_partially_defined_categories=include_partially_defined_categories,
        late_start_mitigation=late_start_mitigation,
        use_forecast_during_booking=use_forecast_during_booking,
        optimization_goal=optimization_goal,
        min_forecast_range_day=min_forecast_range_day,
        max_forecast_range_day=max_forecast_range_day,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    dates: list[str],
    activity_type: str,
    appt_number: str | Unset = UNSET,
    record_type: str | Unset = UNSET,
    customer_name: str | Unset = UNSET,
    customer_number: str | Unset = UNSET,
    customer_phone: str | Unset = UNSET,
    customer_email: str | Unset = UNSET,
    customer_cell: str | Unset = UNSET,
    street_address: str | Unset = UNSET,
    city: str | Unset = UNSET,
    postal_code: str | Unset = UNSET,
    state_province: str | Unset = UNSET,
    longitude: float | Unset = UNSET,
    latitude: float | Unset = UNSET,
    sla_window_start: str | Unset = UNSET,
    sla_window_end: str | Unset = UNSET,
    points: int | Unset = UNSET,
    time_of_booking: str | Unset = UNSET,
    reminder_time: int | Unset = UNSET,
    language: str | Unset = UNSET,
    language_iso: str | Unset = UNSET,
    time_zone: str | Unset = UNSET,
    determine_area_by_work_zone: bool | Unset = UNSET,
    areas: list[str] | Unset = UNSET,
    determine_category: bool | Unset = UNSET,
    categories: list[str] | Unset = UNSET,
    estimate_duration: bool | Unset = UNSET,
    default_duration: int | Unset = UNSET,
    estimate_travel_time: bool | Unset = UNSET,
    min_time_before_arrival: int | Unset = UNSET,
    include_partially_defined_categories: bool | Unset = UNSET,
    late_start_mitigation: int | Unset = UNSET,
    use_forecast_during_booking: bool | Unset = UNSET,
    optimization_goal: str | Unset = UNSET,
    min_forecast_range_day: int | Unset = UNSET,
    max_forecast_range_day: int | Unset = UNSET,
) -> Response[ActivityBookingOptions]:
    """Get activity booking options

     This operation retrieves the available booking options (such as buckets and time slots) for booking
    an activity.

    Overview

    This operation retrieves the time slots in which the activity can be performed. The following points
    are considered while booking an activity within the time slots:

    - The booking quota is available for the category and for the day.
    - The time slots must satisfy the constraints specified in the company configuration
    - The booking is not closed for the category, time frame, and work zone.
    - The workforce is available to perform the activity.

    Additionally, the StopBookingAt constraint is considered for activity booking in an availability-
    based quota bucket. The StopBookingAt value denotes the percentage of the quota used for a day and
    indicates that no more activities can be booked for the selected category, when the StopBookingAt
    percentage is reached.

    Time slots filtering

    The filtering of time slots during the activityBookingOptions API call is intended to prepare a
    preliminary set of time slots that will be used in the next check for the possibility of booking the
    required activity. This filtering is performed in two steps:

    1. We obtain a set of pairs time slot - capacity category that simultaneously satisfy the company
    restrictions and the set of capacity categories required according to the request data.
    2. For each capacity area that can be mentioned in the response, we select only those items (and as
    a result, time slots) from the first set of pairs where the capacity category is contained in the
    capacity area configuration.

    The result of the filtering in step 1 depends on the value of the request parameter
    includePartiallyDefinedCategories:

    - When this value is false (by default), all capacity categories required according to the request
    data must be assigned to the time slot.
    - When this value is true, at least one of the capacity categories required according to the request
    data must be assigned to the time slot.

    Activity fields

    This operation calculates the estimated travel time, duration, area, and capacity category for
    booking an activity based on the activity fields and custom properties request parameters. The
    built-in activity fields have the same names and the same format as in the other REST API
    operations. The following built-in fields are considered:

    - apptNumber
    - recordType
    - customerName
    - customerNumber
    - customerPhone
    - customerEmail
    - customerCell
    - streetAddress
    - city
    - postalCode
    - stateProvince
    - reminderTime
    - longitude
    - latitude
    - slaWindowStart
    - slaWindowEnd
    - points
    - timeOfBooking
    - language
    - timeZone

    The custom properties are identified by their label and are same as in the other REST API
    operations.

    Activity field requirements are as follows:

    - The 'work zone key' fields must be passed, if the 'determineAreaByWorkZone' parameter is not set
    to 'false' or if the bucket settings close bookings by work zone.
    - All fields mentioned in work skill conditions should be passed, if the 'determineCategory'
    parameter is set to 'true', else the category will not be determined.
    - The 'duration key' fields need to be passed, if the 'estimateDuration' parameter is set to 'true'.
    - If the 'estimateTravelTime' parameter is set to 'true', then, the 'travel key' fields need to be
    passed. If any field is not provided, then the value of that field will be considered as empty when
    calculating travel key. If 'Detect activity travel keys automatically' is checked in Statistics
    configuration, then it is recommended to pass country_code, city and postalCode.

    For example: If the postal code/Zip code is configured as part of the travel key, then the
    ?postalCode=12345 can be specified as one of the query parameters.

    Note:If any custom property label conflicts with another query parameter, then it will be ignored
    and cannot be used until renamed.

    Args:
        dates (list[str]): The dates for which the booking options are requested. The dates are
            specified as a comma-separated list, for example, YYYY-MM-D1,YYYY-MM-D2,YYYY-MM-D3.
        activity_type (str): The type of the activity. Based on the activity type, predefined
            company-specific rules are applied while processing an activity. Predefined company-
            specific rules cover the following:

            - The resources to which the activities can be assigned.
            - The activity processing details.
            - The interaction of the activity with different modules of Oracle Field Service.
        appt_number (str | Unset): The parameter may be used by integrations to store the
            identifier of the activity in the origin system. This field has no business significance
            in Oracle Field Service and may be left empty.
        record_type (str | Unset): The type of the activity record. The following values are
            available:

            - regular: The default value for most new activities.
            - prework: The pre-work activity is created in Oracle Field Service, if the technician
            needs to perform some work before the actual activity.
            - reopened: The activity is created when an activity in a final status is reopened for
            some reason.
            - multiday_activity: The activity is created when the 'activityType' specified in the API
            indicates that it is a segmentable activity.
            - multiday_activity_segment: The activities that are automatically created for segmentable
            activities, based on their duration and timeslot settings. Allowed values: `regular`,
            `reopened`, `prework`, `multiday_activity`, `multiday_activity_segment`.
        customer_name (str | Unset): The name of the customer.
        customer_number (str | Unset): The account number of the customer. This parameter is used
            by integrations as a placeholder for the external identifier of the account ID in the
            application. This parameter has no business significance in Oracle Field Service and can
            be left empty.
        customer_phone (str | Unset): The regular (land) phone number of the customer. From
            version 17.2.1, the phone number is saved in Oracle Field Service with the '+' symbol. For
            example, if you enter the phone number as +1(234)234-23_42, it is saved in Oracle Field
            Service as +12342342342.
        customer_email (str | Unset): The email address of the customer.
        customer_cell (str | Unset): The customer's cell phone number. From version 17.2.1, the
            phone number is saved in Oracle Field Service with the '+' symbol. For example, if you
            enter the phone number as +1(234)234-23_42, it is saved in Oracle Field Service as
            +12342342342.
        street_address (str | Unset): The street address of the customer. This field is used for
            geocoding and must contain a valid address.
        city (str | Unset): The city of the customer where the activity is scheduled. This field
            is used for geocoding and must contain a valid address.
        postal_code (str | Unset): The postal code of the customer. This field is used for
            geocoding and must contain a valid address.
        state_province (str | Unset): The state or province of the customer. This field is used
            for geocoding and must contain a valid address.
        longitude (float | Unset): The longitude coordinate (in degrees) of the activity.
        latitude (float | Unset): The latitude coordinate (in degrees) of the activity.
        sla_window_start (str | Unset): The time when the Service Level Agreement (SLA) window
            starts. Specify the time in 'YYYY-MM-DD HH:MM:SS' format.
        sla_window_end (str | Unset): The time when the Service Level Agreement (SLA) window ends.
            Specify the time in 'YYYY-MM-DD HH:MM:SS' format.
        points (int | Unset): The cost of the activity in 'points'. This parameter is intended for
            use by the Routing module.
        time_of_booking (str | Unset): The time when the customer booked the activity. The time is
            displayed in the time zone of the customer.
        reminder_time (int | Unset): The number of minutes before the activity start time the
            customer must be notified of the activity.
        language (str | Unset): The preferred language of the customer. This parameter is optional
            and its value defaults to the language set for the Login screen. The accepted language
            codes are listed on: Supported Language Codes.
        language_iso (str | Unset): The ISO language code (for example, 'en-US').
        time_zone (str | Unset): The name of the customer's time zone.
        determine_area_by_work_zone (bool | Unset): Contains one of the following values: true or
            false.

            If true, then the work zone is determined automatically and all capacity areas or groups
            that have the work zone are processed.

            Note: The determination algorithm is based on the calculation of the work zone key
            (defined in the Company Settings, Work Zone Dictionary screen) and uses the specified
            activity fields and finds a zone that corresponds to the calculated value. Therefore, all
            the fields that are used to calculate the work zone key formula are mandatory.

            If false, then the capacity area or group is not determined by the work zone of the
            activity. The default value is true.
        areas (list[str] | Unset): The labels of the capacity areas.

            Note: If the 'areas' parameter is not passed and if the 'determineAreaByWorkZone'
            parameter is set to 'false', then the operation processes all the visible capacity areas.
        determine_category (bool | Unset): Contains one of the following values: true or false.

            If true, then all the included fields in the work skill conditions must be specified and
            these fields are required to determine work skills and capacity categories for booking the
            activity.

            Note: Contrary to the 'get_capacity' operation, this operation books activities that do
            not have capacity categories. Therefore, if the operation is unable to determine a
            capacity category using the specified fields, it does not return an error.

            If false, then the capacity categories are not determined based on the specified activity
            fields. The default value is true.
        categories (list[str] | Unset): The labels of the capacity categories in the capacity
            category filter.
        estimate_duration (bool | Unset): Contains one of the following values: true or false. If
            true and if the 'Define duration manually' option is disabled for a corresponding activity
            type, then the operation tries to estimate the duration of the activity using statistics.

            To estimate the activity duration, it is required to calculate the activity duration key.
            Therefore, all the fields that are used to calculate the activity duration key formula
            become mandatory.

            If the 'estimateDuration' option is enabled and the operation is unable to find a
            corresponding statistical record, then the following values are used:

            - The 'defaultDuration' parameterOR
            - The default duration value defined on the activity type level.

            If false, then the operation does not estimate the duration of the activity using
            statistics. The default value is true.
        default_duration (int | Unset): The duration value (in minutes) used in one of the
            following scenarios:

            - The 'Define duration manually' option is enabled for the activity type.
            - The 'estimateDuration' option is disabled.
            - The statistical record is not available for the activity.

            Note:If the 'estimateDuration' option is disabled and if the 'defaultDuration' value is
            not passed, then the duration of the activity to be booked is the default duration of the
            activity type.
        estimate_travel_time (bool | Unset): Contains one of the following values: true or false.

            If true and the 'Calculate travel' option is set for a corresponding activity type, then
            the operation tries to estimate the activity travel time using statistics.

            To estimate the activity travel time, it is required to calculate the activity travel key.
            Therefore, all the fields used to calculate the activity travel key formula become
            mandatory.

            Note: The operation uses the same travel estimation algorithm for the activity located in
            the capacity area.

            If false, then the operation does not estimate the activity travel time using statistics.
            The default value is true.
        min_time_before_arrival (int | Unset): The parameter is used for day-0 bookings. When it
            is specified, the operation only returns the intervals where the start time is greater
            than the sum of currentTime and minTimeBeforeArrival parameters.
        include_partially_defined_categories (bool | Unset): Contains one of the following values:
            true or false. If true and if more than one capacity category matching the activity is
            defined for the capacity areas, then the operation returns capacity areas having at least
            one capacity category matching the activity.

            If false or not specified, then the operation returns only those capacity areas that have
            all the capacity categories matching the activity. The default value is false.
        late_start_mitigation (int | Unset): Do not suggest booking options if the activity is
            likely to begin close to the end of the time slot within last [ NN ] percent. This
            functionality is only applicable for quota by intervals. Default: 20
        use_forecast_during_booking (bool | Unset): Turn on to sort and filter the results by
            means of forecasting the future activity flow to calculate the average additional travel
            per activity.
        optimization_goal (str | Unset): Choose minimizeAdditionalTravel to sort the results by
            increasing of additional travel added. Default option sorts the results by ETA from
            minimal to maximal. Allowed values: `default`, `minimizeAdditionalTravel`.
        min_forecast_range_day (int | Unset): Number of days, counted from current day, where
            current day is 0. before which only results that has an existing activity within the close
            proximity are returned. No activity flow forecasting is done before Minimum Forecast Range
            Day.
        max_forecast_range_day (int | Unset): Number of days, counted from current day, where
            current day is 0. Should be greater then Minimum Forecast Range Day. System does the
            activity flow forecasting between Minimum Forecast Range Day and Maximum Forecast Range
            Day. During this period the average additional travel is calculated based on the number of
            the forecasted activities within the close proximity of the activity being booked and only
            results having the additional travel lesser then the average per-bucket travel are
            returned. After the Maximum Forecast Range Day all the available results are returned,
            despite the additional travel. No activity flow forecasting is done after Maximum Forecast
            Range Day.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityBookingOptions]
    """

    kwargs = _get_kwargs(
        dates=dates,
        activity_type=activity_type,
        appt_number=appt_number,
        record_type=record_type,
        customer_name=customer_name,
        customer_number=customer_number,
        customer_phone=customer_phone,
        customer_email=customer_email,
        customer_cell=customer_cell,
        street_address=street_address,
        city=city,
        postal_code=postal_code,
        state_province=state_province,
        longitude=longitude,
        latitude=latitude,
        sla_window_start=sla_window_start,
        sla_window_end=sla_window_end,
        points=points,
        time_of_booking=time_of_booking,
        reminder_time=reminder_time,
        language=language,
        language_iso=language_iso,
        time_zone=time_zone,
        determine_area_by_work_zone=determine_area_by_work_zone,
        areas=areas,
        determine_category=determine_category,
        categories=categories,
        estimate_duration=estimate_duration,
        default_duration=default_duration,
        estimate_travel_time=estimate_travel_time,
        min_time_before_arrival=min_time_before_arrival,
        include_partially_defined_categories=include_partially_defined_categories,
        late_start_mitigation=late_start_mitigation,
        use_forecast_during_booking=use_forecast_during_booking,
        optimization_goal=optimization_goal,
        min_forecast_range_day=min_forecast_range_day,
        max_forecast_range_day=max_forecast_range_day,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    dates: list[str],
    activity_type: str,
    appt_number: str | Unset = UNSET,
    record_type: str | Unset = UNSET,
    customer_name: str | Unset = UNSET,
    customer_number: str | Unset = UNSET,
    customer_phone: str | Unset = UNSET,
    customer_email: str | Unset = UNSET,
    customer_cell: str | Unset = UNSET,
    street_address: str | Unset = UNSET,
    city: str | Unset = UNSET,
    postal_code: str | Unset = UNSET,
    state_province: str | Unset = UNSET,
    longitude: float | Unset = UNSET,
    latitude: float | Unset = UNSET,
    sla_window_start: str | Unset = UNSET,
    sla_window_end: str | Unset = UNSET,
    points: int | Unset = UNSET,
    time_of_booking: str | Unset = UNSET,
    reminder_time: int | Unset = UNSET,
    language: str | Unset = UNSET,
    language_iso: str | Unset = UNSET,
    time_zone: str | Unset = UNSET,
    determine_area_by_work_zone: bool | Unset = UNSET,
    areas: list[str] | Unset = UNSET,
    determine_category: bool | Unset = UNSET,
    categories: list[str] | Unset = UNSET,
    estimate_duration: bool | Unset = UNSET,
    default_duration: int | Unset = UNSET,
    estimate_travel_time: bool | Unset = UNSET,
    min_time_before_arrival: int | Unset = UNSET,
    include_partially_defined_categories: bool | Unset = UNSET,
    late_start_mitigation: int | Unset = UNSET,
    use_forecast_during_booking: bool | Unset = UNSET,
    optimization_goal: str | Unset = UNSET,
    min_forecast_range_day: int | Unset = UNSET,
    max_forecast_range_day: int | Unset = UNSET,
) -> ActivityBookingOptions | None:
    """Get activity booking options

     This operation retrieves the available booking options (such as buckets and time slots) for booking
    an activity.

    Overview

    This operation retrieves the time slots in which the activity can be performed. The following points
    are considered while booking an activity within the time slots:

    - The booking quota is available for the category and for the day.
    - The time slots must satisfy the constraints specified in the company configuration
    - The booking is not closed for the category, time frame, and work zone.
    - The workforce is available to perform the activity.

    Additionally, the StopBookingAt constraint is considered for activity booking in an availability-
    based quota bucket. The StopBookingAt value denotes the percentage of the quota used for a day and
    indicates that no more activities can be booked for the selected category, when the StopBookingAt
    percentage is reached.

    Time slots filtering

    The filtering of time slots during the activityBookingOptions API call is intended to prepare a
    preliminary set of time slots that will be used in the next check for the possibility of booking the
    required activity. This filtering is performed in two steps:

    1. We obtain a set of pairs time slot - capacity category that simultaneously satisfy the company
    restrictions and the set of capacity categories required according to the request data.
    2. For each capacity area that can be mentioned in the response, we select only those items (and as
    a result, time slots) from the first set of pairs where the capacity category is contained in the
    capacity area configuration.

    The result of the filtering in step 1 depends on the value of the request parameter
    includePartiallyDefinedCategories:

    - When this value is false (by default), all capacity categories required according to the request
    data must be assigned to the time slot.
    - When this value is true, at least one of the capacity categories required according to the request
    data must be assigned to the time slot.

    Activity fields

    This operation calculates the estimated travel time, duration, area, and capacity category for
    booking an activity based on the activity fields and custom properties request parameters. The
    built-in activity fields have the same names and the same format as in the other REST API
    operations. The following built-in fields are considered:

    - apptNumber
    - recordType
    - customerName
    - customerNumber
    - customerPhone
    - customerEmail
    - customerCell
    - streetAddress
    - city
    - postalCode
    - stateProvince
    - reminderTime
    - longitude
    - latitude
    - slaWindowStart
    - slaWindowEnd
    - points
    - timeOfBooking
    - language
    - timeZone

    The custom properties are identified by their label and are same as in the other REST API
    operations.

    Activity field requirements are as follows:

    - The 'work zone key' fields must be passed, if the 'determineAreaByWorkZone' parameter is not set
    to 'false' or if the bucket settings close bookings by work zone.
    - All fields mentioned in work skill conditions should be passed, if the 'determineCategory'
    parameter is set to 'true', else the category will not be determined.
    - The 'duration key' fields need to be passed, if the 'estimateDuration' parameter is set to 'true'.
    - If the 'estimateTravelTime' parameter is set to 'true', then, the 'travel key' fields need to be
    passed. If any field is not provided, then the value of that field will be considered as empty when
    calculating travel key. If 'Detect activity travel keys automatically' is checked in Statistics
    configuration, then it is recommended to pass country_code, city and postalCode.

    For example: If the postal code/Zip code is configured as part of the travel key, then the
    ?postalCode=12345 can be specified as one of the query parameters.

    Note:If any custom property label conflicts with another query parameter, then it will be ignored
    and cannot be used until renamed.

    Args:
        dates (list[str]): The dates for which the booking options are requested. The dates are
            specified as a comma-separated list, for example, YYYY-MM-D1,YYYY-MM-D2,YYYY-MM-D3.
        activity_type (str): The type of the activity. Based on the activity type, predefined
            company-specific rules are applied while processing an activity. Predefined company-
            specific rules cover the following:

            - The resources to which the activities can be assigned.
            - The activity processing details.
            - The interaction of the activity with different modules of Oracle Field Service.
        appt_number (str | Unset): The parameter may be used by integrations to store the
            identifier of the activity in the origin system. This field has no business significance
            in Oracle Field Service and may be left empty.
        record_type (str | Unset): The type of the activity record. The following values are
            available:

            - regular: The default value for most new activities.
            - prework: The pre-work activity is created in Oracle Field Service, if the technician
            needs to perform some work before the actual activity.
            - reopened: The activity is created when an activity in a final status is reopened for
            some reason.
            - multiday_activity: The activity is created when the 'activityType' specified in the API
            indicates that it is a segmentable activity.
            - multiday_activity_segment: The activities that are automatically created for segmentable
            activities, based on their duration and timeslot settings. Allowed values: `regular`,
            `reopened`, `prework`, `multiday_activity`, `multiday_activity_segment`.
        customer_name (str | Unset): The name of the customer.
        customer_number (str | Unset): The account number of the customer. This parameter is used
            by integrations as a placeholder for the external identifier of the account ID in the
            application. This parameter has no business significance in Oracle Field Service and can
            be left empty.
        customer_phone (str | Unset): The regular (land) phone number of the customer. From
            version 17.2.1, the phone number is saved in Oracle Field Service with the '+' symbol. For
            example, if you enter the phone number as +1(234)234-23_42, it is saved in Oracle Field
            Service as +12342342342.
        customer_email (str | Unset): The email address of the customer.
        customer_cell (str | Unset): The customer's cell phone number. From version 17.2.1, the
            phone number is saved in Oracle Field Service with the '+' symbol. For example, if you
            enter the phone number as +1(234)234-23_42, it is saved in Oracle Field Service as
            +12342342342.
        street_address (str | Unset): The street address of the customer. This field is used for
            geocoding and must contain a valid address.
        city (str | Unset): The city of the customer where the activity is scheduled. This field
            is used for geocoding and must contain a valid address.
        postal_code (str | Unset): The postal code of the customer. This field is used for
            geocoding and must contain a valid address.
        state_province (str | Unset): The state or province of the customer. This field is used
            for geocoding and must contain a valid address.
        longitude (float | Unset): The longitude coordinate (in degrees) of the activity.
        latitude (float | Unset): The latitude coordinate (in degrees) of the activity.
        sla_window_start (str | Unset): The time when the Service Level Agreement (SLA) window
            starts. Specify the time in 'YYYY-MM-DD HH:MM:SS' format.
        sla_window_end (str | Unset): The time when the Service Level Agreement (SLA) window ends.
            Specify the time in 'YYYY-MM-DD HH:MM:SS' format.
        points (int | Unset): The cost of the activity in 'points'. This parameter is intended for
            use by the Routing module.
        time_of_booking (str | Unset): The time when the customer booked the activity. The time is
            displayed in the time zone of the customer.
        reminder_time (int | Unset): The number of minutes before the activity start time the
            customer must be notified of the activity.
        language (str | Unset): The preferred language of the customer. This parameter is optional
            and its value defaults to the language set for the Login screen. The accepted language
            codes are listed on: Supported Language Codes.
        language_iso (str | Unset): The ISO language code (for example, 'en-US').
        time_zone (str | Unset): The name of the customer's time zone.
        determine_area_by_work_zone (bool | Unset): Contains one of the following values: true or
            false.

            If true, then the work zone is determined automatically and all capacity areas or groups
            that have the work zone are processed.

            Note: The determination algorithm is based on the calculation of the work zone key
            (defined in the Company Settings, Work Zone Dictionary screen) and uses the specified
            activity fields and finds a zone that corresponds to the calculated value. Therefore, all
            the fields that are used to calculate the work zone key formula are mandatory.

            If false, then the capacity area or group is not determined by the work zone of the
            activity. The default value is true.
        areas (list[str] | Unset): The labels of the capacity areas.

            Note: If the 'areas' parameter is not passed and if the 'determineAreaByWorkZone'
            parameter is set to 'false', then the operation processes all the visible capacity areas.
        determine_category (bool | Unset): Contains one of the following values: true or false.

            If true, then all the included fields in the work skill conditions must be specified and
            these fields are required to determine work skills and capacity categories for booking the
            activity.

            Note: Contrary to the 'get_capacity' operation, this operation books activities that do
            not have capacity categories. Therefore, if the operation is unable to determine a
            capacity category using the specified fields, it does not return an error.

            If false, then the capacity categories are not determined based on the specified activity
            fields. The default value is true.
        categories (list[str] | Unset): The labels of the capacity categories in the capacity
            category filter.
        estimate_duration (bool | Unset): Contains one of the following values: true or false. If
            true and if the 'Define duration manually' option is disabled for a corresponding activity
            type, then the operation tries to estimate the duration of the activity using statistics.

            To estimate the activity duration, it is required to calculate the activity duration key.
            Therefore, all the fields that are used to calculate the activity duration key formula
            become mandatory.

            If the 'estimateDuration' option is enabled and the operation is unable to find a
            corresponding statistical record, then the following values are used:

            - The 'defaultDuration' parameterOR
            - The default duration value defined on the activity type level.

            If false, then the operation does not estimate the duration of the activity using
            statistics. The default value is true.
        default_duration (int | Unset): The duration value (in minutes) used in one of the
            following scenarios:

            - The 'Define duration manually' option is enabled for the activity type.
            - The 'estimateDuration' option is disabled.
            - The statistical record is not available for the activity.

            Note:If the 'estimateDuration' option is disabled and if the 'defaultDuration' value is
            not passed, then the duration of the activity to be booked is the default duration of the
            activity type.
        estimate_travel_time (bool | Unset): Contains one of the following values: true or false.

            If true and the 'Calculate travel' option is set for a corresponding activity type, then
            the operation tries to estimate the activity travel time using statistics.

            To estimate the activity travel time, it is required to calculate the activity travel key.
            Therefore, all the fields used to calculate the activity travel key formula become
            mandatory.

            Note: The operation uses the same travel estimation algorithm for the activity located in
            the capacity area.

            If false, then the operation does not estimate the activity travel time using statistics.
            The default value is true.
        min_time_before_arrival (int | Unset): The parameter is used for day-0 bookings. When it
            is specified, the operation only returns the intervals where the start time is greater
            than the sum of currentTime and minTimeBeforeArrival parameters.
        include_partially_defined_categories (bool | Unset): Contains one of the following values:
            true or false. If true and if more than one capacity category matching the activity is
            defined for the capacity areas, then the operation returns capacity areas having at least
            one capacity category matching the activity.

            If false or not specified, then the operation returns only those capacity areas that have
            all the capacity categories matching the activity. The default value is false.
        late_start_mitigation (int | Unset): Do not suggest booking options if the activity is
            likely to begin close to the end of the time slot within last [ NN ] percent. This
            functionality is only applicable for quota by intervals. Default: 20
        use_forecast_during_booking (bool | Unset): Turn on to sort and filter the results by
            means of forecasting the future activity flow to calculate the average additional travel
            per activity.
        optimization_goal (str | Unset): Choose minimizeAdditionalTravel to sort the results by
            increasing of additional travel added. Default option sorts the results by ETA from
            minimal to maximal. Allowed values: `default`, `minimizeAdditionalTravel`.
        min_forecast_range_day (int | Unset): Number of days, counted from current day, where
            current day is 0. before which only results that has an existing activity within the close
            proximity are returned. No activity flow forecasting is done before Minimum Forecast Range
            Day.
        max_forecast_range_day (int | Unset): Number of days, counted from current day, where
            current day is 0. Should be greater then Minimum Forecast Range Day. System does the
            activity flow forecasting between Minimum Forecast Range Day and Maximum Forecast Range
            Day. During this period the average additional travel is calculated based on the number of
            the forecasted activities within the close proximity of the activity being booked and only
            results having the additional travel lesser then the average per-bucket travel are
            returned. After the Maximum Forecast Range Day all the available results are returned,
            despite the additional travel. No activity flow forecasting is done after Maximum Forecast
            Range Day.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityBookingOptions
    """

    return (
        await asyncio_detailed(
            client=client,
            dates=dates,
            activity_type=activity_type,
            appt_number=appt_number,
            record_type=record_type,
            customer_name=customer_name,
            customer_number=customer_number,
            customer_phone=customer_phone,
            customer_email=customer_email,
            customer_cell=customer_cell,
            street_address=street_address,
            city=city,
            postal_code=postal_code,
            state_province=state_province,
            longitude=longitude,
            latitude=latitude,
            sla_window_start=sla_window_start,
            sla_window_end=sla_window_end,
            points=points,
            time_of_booking=time_of_booking,
            reminder_time=reminder_time,
            language=language,
            language_iso=language_iso,
            time_zone=time_zone,
            determine_area_by_work_zone=determine_area_by_work_zone,
            areas=areas,
            determine_category=determine_category,
            categories=categories,
            estimate_duration=estimate_duration,
            default_duration=default_duration,
            estimate_travel_time=estimate_travel_time,
            min_time_before_arrival=min_time_before_arrival,
            include_partially_defined_categories=include_partially_defined_categories,
            late_start_mitigation=late_start_mitigation,
            use_forecast_during_booking=use_forecast_during_booking,
            optimization_goal=optimization_goal,
            min_forecast_range_day=min_forecast_range_day,
            max_forecast_range_day=max_forecast_range_day,
        )
    ).parsed
