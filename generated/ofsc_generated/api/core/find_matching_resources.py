from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.find_matching_resources_request import FindMatchingResourcesRequest
from ...models.find_matching_resources_response import FindMatchingResourcesResponse
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    body: FindMatchingResourcesRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscCore/v1/resources/custom-actions/findMatchingResources",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FindMatchingResourcesResponse | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = FindMatchingResourcesResponse.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FindMatchingResourcesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FindMatchingResourcesRequest | Unset = UNSET,
) -> Response[FindMatchingResourcesResponse]:
    r"""Find matching resources

     This operation returns a list of resources which can complete this activity based on the criteria in
    the request. Only resources that match all of the criteria specified in request will be returned in
    response. Note that technicians must have a working calendar for the requested date (and not
    deactivated queue if it is for Today) in order to be received in the response. Depending on the
    application settings, the returned list may be optimized to offer true optimized appointment slots
    as of activity duration and travel time.

    Overnight

    Overnight is represented as [\"FROM_TIME\",\"TO_TIME\"] where, the FROM_TIME is greater than the
    TO_TIME.

    For example, [\"12:00\",\"10:00\"] indicates that the provider working time is from 12:00 to 10:00
    of the next day, that is, 22 hours.

    Fitness formula for \"workTime\"

    The length (in minutes) of intersection interval of \"activity window\" with \"technician working
    schedule\".

    The interval \"activity window\" is the time of activity service window for the parameter \"date\"
    without time which is earlier then the SLA start (SLA end is ignored).

    If service window and SLA start are not defined, then the value is equal to the duration of
    technicians working day.

    Fitness formula for \"workZone\"

    The Resource's workzone ratio for the activity workzone (0-100).

    - The value is 100 if the activity does not have a work zone (no work zone requirements).
    - The value is 0 if this resource does not have the activity's work zone assigned to it.
    - Else, the value is equal to the 'ratio' of the resource's assigned work zone.

    Fitness formula for \"workSkill\"

    - The value is 100 if:
      - the activity does not have any work skill requirements.
      - the resource meets all the work skill requirements for this activity, that is, all resource's
    skill ratios ≥ activity's preferred ratios.
    - The value is 0 if the resource does not have the work skills required for this activity, that is,
    all resource's skill ratios are less than activity's required ratios.
    - Else, the following formula is used:

    ∏[skill]( resource[skill].ratio - activity[skill].required ) / ( activity[skill].preferable -
    activity[skill].required )

    with the following exceptions:

    - if dividend ≤ 0, then it is set to 0
    - if divisor is 0, then it is set to 1

    Fitness formula for \"resourcePreference\"

    The level of correspondence to activity resource preferences.

    - The value is 0 if:
      - the resource is in the Denied Resources list, or
      - the required Resources list is not empty and the Resource is not in the list
    - The value is 1 if Preferred Resources list is empty or the Resource is in the list.
    - The value is 0.5 for other cases.

    New \"activity\" field/property

    From Release 18A onwards, this operation has the ability to search for resources without having to
    create an activity first. The activity information can be sent in the request using the 'activity'
    field/property. Some of the important implementation details of the function are as follows:

    - Only one of the parameters (activity, activityId, or activitySearchFields) can be used in each
    request, if more then one is sent together, then it results in a 400 error.
    - The 'actvityType' value must always be provided in the activity information as it specifies the
    activity features in Oracle Field Service.
    - Depending on the configuration some other activity fields may be required:
      - If Activity type supports work skills, all fields that are used in the work skill conditions are
    mandatory in the request, and the Oracle Field Service configuration is'Activity type Work skill
    conditions'
      - If Activity type supports work zones, all fields that are part of the work zone key are
    mandatory in the request, and the Oracle Field Service configuration is 'Activity type Work zone key
    configuration'
      - If the Activity type feature 'Calculate duration' is enabled, then all the fields that are used
    in the activity duration key are mandatory in the request, and the 'Activity type Statistic
    parameters - Activity duration key' configuration is used.
      - If the Activity type feature 'Calculate travel' is enabled, then travel key value will be
    calculated based on the Activity Travel Key fields that are provided in the request. If any field is
    not provided, then the value of that field will be considered as empty when calculating travel key.
    If 'Detect activity travel keys automatically' is checked in Statistics configuration, then it is
    recommended to pass country_code, city and postalCode.

    From release 25D onwards, this operation have a changes regarding to processing the \"activity\"
    field/property:

    - the \"activity\" field can be combined with either \"activityId\" or \"activitySearchFields\". In
    such case the operation works in the reschedule mode and object \"resourcePreferences\" from
    \"activity\" can override the same in the rescheduled activity.
    - the \"actvityType\" value should not be present in the activity information for reschedule mode.
    - if the resource doesn't satisfy resource preferences it is excluded from the response according to
    the next rules:
      - if resource is marked as forbidden it is exluded from the response.
      - if resource is not marked as required but the resource preferences contains another required
    resource this resource is excluded from the response.

    Segmentable activities:

    For requests related to segmentable activities the \"date\" parameter is mandatory. The function
    looks for resources that could begin the first segment on the specified date.

    The function will try to estimate the date of activity completion for each matching resource,
    considering the duration of the activity and available working hours in each date. Note that the
    system will only scan a limited amount of days into the future (not further than 2500 days from
    activity start) and also stops calculations if a resource has a long period of non working days
    consequently. If the complete date was not successfully estimated, the parameter
    \"estimatedCompleteDate\" will not be present in the response for that resource.

    This operation is subject to the following conditions:

    Number of Requests: The maximum number of requests that can be processed in parallel is 20. Any
    additional requests are rejected with an error message.

    Args:
        body (FindMatchingResourcesRequest | Unset): The schema of the request body object for
            this operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FindMatchingResourcesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: FindMatchingResourcesRequest | Unset = UNSET,
) -> FindMatchingResourcesResponse | None:
    r"""Find matching resources

     This operation returns a list of resources which can complete this activity based on the criteria in
    the request. Only resources that match all of the criteria specified in request will be returned in
    response. Note that technicians must have a working calendar for the requested date (and not
    deactivated queue if it is for Today) in order to be received in the response. Depending on the
    application settings, the returned list may be optimized to offer true optimized appointment slots
    as of activity duration and travel time.

    Overnight

    Overnight is represented as [\"FROM_TIME\",\"TO_TIME\"] where, the FROM_TIME is greater than the
    TO_TIME.

    For example, [\"12:00\",\"10:00\"] indicates that the provider working time is from 12:00 to 10:00
    of the next day, that is, 22 hours.

    Fitness formula for \"workTime\"

    The length (in minutes) of intersection interval of \"activity window\" with \"technician working
    schedule\".

    The interval \"activity window\" is the time of activity service window for the parameter \"date\"
    without time which is earlier then the SLA start (SLA end is ignored).

    If service window and SLA start are not defined, then the value is equal to the duration of
    technicians working day.

    Fitness formula for \"workZone\"

    The Resource's workzone ratio for the activity workzone (0-100).

    - The value is 100 if the activity does not have a work zone (no work zone requirements).
    - The value is 0 if this resource does not have the activity's work zone assigned to it.
    - Else, the value is equal to the 'ratio' of the resource's assigned work zone.

    Fitness formula for \"workSkill\"

    - The value is 100 if:
      - the activity does not have any work skill requirements.
      - the resource meets all the work skill requirements for this activity, that is, all resource's
    skill ratios ≥ activity's preferred ratios.
    - The value is 0 if the resource does not have the work skills required for this activity, that is,
    all resource's skill ratios are less than activity's required ratios.
    - Else, the following formula is used:

    ∏[skill]( resource[skill].ratio - activity[skill].required ) / ( activity[skill].preferable -
    activity[skill].required )

    with the following exceptions:

    - if dividend ≤ 0, then it is set to 0
    - if divisor is 0, then it is set to 1

    Fitness formula for \"resourcePreference\"

    The level of correspondence to activity resource preferences.

    - The value is 0 if:
      - the resource is in the Denied Resources list, or
      - the required Resources list is not empty and the Resource is not in the list
    - The value is 1 if Preferred Resources list is empty or the Resource is in the list.
    - The value is 0.5 for other cases.

    New \"activity\" field/property

    From Release 18A onwards, this operation has the ability to search for resources without having to
    create an activity first. The activity information can be sent in the request using the 'activity'
    field/property. Some of the important implementation details of the function are as follows:

    - Only one of the parameters (activity, activityId, or activitySearchFields) can be used in each
    request, if more then one is sent together, then it results in a 400 error.
    - The 'actvityType' value must always be provided in the activity information as it specifies the
    activity features in Oracle Field Service.
    - Depending on the configuration some other activity fields may be required:
      - If Activity type supports work skills, all fields that are used in the work skill conditions are
    mandatory in the request, and the Oracle Field Service configuration is'Activity type Work skill
    conditions'
      - If Activity type supports work zones, all fields that are part of the work zone key are
    mandatory in the request, and the Oracle Field Service configuration is 'Activity type Work zone key
    configuration'
      - If the Activity type feature 'Calculate duration' is enabled, then all the fields that are used
    in the activity duration key are mandatory in the request, and the 'Activity type Statistic
    parameters - Activity duration key' configuration is used.
      - If the Activity type feature 'Calculate travel' is enabled, then travel key value will be
    calculated based on the Activity Travel Key fields that are provided in the request. If any field is
    not provided, then the value of that field will be considered as empty when calculating travel key.
    If 'Detect activity travel keys automatically' is checked in Statistics configuration, then it is
    recommended to pass country_code, city and postalCode.

    From release 25D onwards, this operation have a changes regarding to processing the \"activity\"
    field/property:

    - the \"activity\" field can be combined with either \"activityId\" or \"activitySearchFields\". In
    such case the operation works in the reschedule mode and object \"resourcePreferences\" from
    \"activity\" can override the same in the rescheduled activity.
    - the \"actvityType\" value should not be present in the activity information for reschedule mode.
    - if the resource doesn't satisfy resource preferences it is excluded from the response according to
    the next rules:
      - if resource is marked as forbidden it is exluded from the response.
      - if resource is not marked as required but the resource preferences contains another required
    resource this resource is excluded from the response.

    Segmentable activities:

    For requests related to segmentable activities the \"date\" parameter is mandatory. The function
    looks for resources that could begin the first segment on the specified date.

    The function will try to estimate the date of activity completion for each matching resource,
    considering the duration of the activity and available working hours in each date. Note that the
    system will only scan a limited amount of days into the future (not further than 2500 days from
    activity start) and also stops calculations if a resource has a long period of non working days
    consequently. If the complete date was not successfully estimated, the parameter
    \"estimatedCompleteDate\" will not be present in the response for that resource.

    This operation is subject to the following conditions:

    Number of Requests: The maximum number of requests that can be processed in parallel is 20. Any
    additional requests are rejected with an error message.

    Args:
        body (FindMatchingResourcesRequest | Unset): The schema of the request body object for
            this operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FindMatchingResourcesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FindMatchingResourcesRequest | Unset = UNSET,
) -> Response[FindMatchingResourcesResponse]:
    r"""Find matching resources

     This operation returns a list of resources which can complete this activity based on the criteria in
    the request. Only resources that match all of the criteria specified in request will be returned in
    response. Note that technicians must have a working calendar for the requested date (and not
    deactivated queue if it is for Today) in order to be received in the response. Depending on the
    application settings, the returned list may be optimized to offer true optimized appointment slots
    as of activity duration and travel time.

    Overnight

    Overnight is represented as [\"FROM_TIME\",\"TO_TIME\"] where, the FROM_TIME is greater than the
    TO_TIME.

    For example, [\"12:00\",\"10:00\"] indicates that the provider working time is from 12:00 to 10:00
    of the next day, that is, 22 hours.

    Fitness formula for \"workTime\"

    The length (in minutes) of intersection interval of \"activity window\" with \"technician working
    schedule\".

    The interval \"activity window\" is the time of activity service window for the parameter \"date\"
    without time which is earlier then the SLA start (SLA end is ignored).

    If service window and SLA start are not defined, then the value is equal to the duration of
    technicians working day.

    Fitness formula for \"workZone\"

    The Resource's workzone ratio for the activity workzone (0-100).

    - The value is 100 if the activity does not have a work zone (no work zone requirements).
    - The value is 0 if this resource does not have the activity's work zone assigned to it.
    - Else, the value is equal to the 'ratio' of the resource's assigned work zone.

    Fitness formula for \"workSkill\"

    - The value is 100 if:
      - the activity does not have any work skill requirements.
      - the resource meets all the work skill requirements for this activity, that is, all resource's
    skill ratios ≥ activity's preferred ratios.
    - The value is 0 if the resource does not have the work skills required for this activity, that is,
    all resource's skill ratios are less than activity's required ratios.
    - Else, the following formula is used:

    ∏[skill]( resource[skill].ratio - activity[skill].required ) / ( activity[skill].preferable -
    activity[skill].required )

    with the following exceptions:

    - if dividend ≤ 0, then it is set to 0
    - if divisor is 0, then it is set to 1

    Fitness formula for \"resourcePreference\"

    The level of correspondence to activity resource preferences.

    - The value is 0 if:
      - the resource is in the Denied Resources list, or
      - the required Resources list is not empty and the Resource is not in the list
    - The value is 1 if Preferred Resources list is empty or the Resource is in the list.
    - The value is 0.5 for other cases.

    New \"activity\" field/property

    From Release 18A onwards, this operation has the ability to search for resources without having to
    create an activity first. The activity information can be sent in the request using the 'activity'
    field/property. Some of the important implementation details of the function are as follows:

    - Only one of the parameters (activity, activityId, or activitySearchFields) can be used in each
    request, if more then one is sent together, then it results in a 400 error.
    - The 'actvityType' value must always be provided in the activity information as it specifies the
    activity features in Oracle Field Service.
    - Depending on the configuration some other activity fields may be required:
      - If Activity type supports work skills, all fields that are used in the work skill conditions are
    mandatory in the request, and the Oracle Field Service configuration is'Activity type Work skill
    conditions'
      - If Activity type supports work zones, all fields that are part of the work zone key are
    mandatory in the request, and the Oracle Field Service configuration is 'Activity type Work zone key
    configuration'
      - If the Activity type feature 'Calculate duration' is enabled, then all the fields that are used
    in the activity duration key are mandatory in the request, and the 'Activity type Statistic
    parameters - Activity duration key' configuration is used.
      - If the Activity type feature 'Calculate travel' is enabled, then travel key value will be
    calculated based on the Activity Travel Key fields that are provided in the request. If any field is
    not provided, then the value of that field will be considered as empty when calculating travel key.
    If 'Detect activity travel keys automatically' is checked in Statistics configuration, then it is
    recommended to pass country_code, city and postalCode.

    From release 25D onwards, this operation have a changes regarding to processing the \"activity\"
    field/property:

    - the \"activity\" field can be combined with either \"activityId\" or \"activitySearchFields\". In
    such case the operation works in the reschedule mode and object \"resourcePreferences\" from
    \"activity\" can override the same in the rescheduled activity.
    - the \"actvityType\" value should not be present in the activity information for reschedule mode.
    - if the resource doesn't satisfy resource preferences it is excluded from the response according to
    the next rules:
      - if resource is marked as forbidden it is exluded from the response.
      - if resource is not marked as required but the resource preferences contains another required
    resource this resource is excluded from the response.

    Segmentable activities:

    For requests related to segmentable activities the \"date\" parameter is mandatory. The function
    looks for resources that could begin the first segment on the specified date.

    The function will try to estimate the date of activity completion for each matching resource,
    considering the duration of the activity and available working hours in each date. Note that the
    system will only scan a limited amount of days into the future (not further than 2500 days from
    activity start) and also stops calculations if a resource has a long period of non working days
    consequently. If the complete date was not successfully estimated, the parameter
    \"estimatedCompleteDate\" will not be present in the response for that resource.

    This operation is subject to the following conditions:

    Number of Requests: The maximum number of requests that can be processed in parallel is 20. Any
    additional requests are rejected with an error message.

    Args:
        body (FindMatchingResourcesRequest | Unset): The schema of the request body object for
            this operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FindMatchingResourcesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FindMatchingResourcesRequest | Unset = UNSET,
) -> FindMatchingResourcesResponse | None:
    r"""Find matching resources

     This operation returns a list of resources which can complete this activity based on the criteria in
    the request. Only resources that match all of the criteria specified in request will be returned in
    response. Note that technicians must have a working calendar for the requested date (and not
    deactivated queue if it is for Today) in order to be received in the response. Depending on the
    application settings, the returned list may be optimized to offer true optimized appointment slots
    as of activity duration and travel time.

    Overnight

    Overnight is represented as [\"FROM_TIME\",\"TO_TIME\"] where, the FROM_TIME is greater than the
    TO_TIME.

    For example, [\"12:00\",\"10:00\"] indicates that the provider working time is from 12:00 to 10:00
    of the next day, that is, 22 hours.

    Fitness formula for \"workTime\"

    The length (in minutes) of intersection interval of \"activity window\" with \"technician working
    schedule\".

    The interval \"activity window\" is the time of activity service window for the parameter \"date\"
    without time which is earlier then the SLA start (SLA end is ignored).

    If service window and SLA start are not defined, then the value is equal to the duration of
    technicians working day.

    Fitness formula for \"workZone\"

    The Resource's workzone ratio for the activity workzone (0-100).

    - The value is 100 if the activity does not have a work zone (no work zone requirements).
    - The value is 0 if this resource does not have the activity's work zone assigned to it.
    - Else, the value is equal to the 'ratio' of the resource's assigned work zone.

    Fitness formula for \"workSkill\"

    - The value is 100 if:
      - the activity does not have any work skill requirements.
      - the resource meets all the work skill requirements for this activity, that is, all resource's
    skill ratios ≥ activity's preferred ratios.
    - The value is 0 if the resource does not have the work skills required for this activity, that is,
    all resource's skill ratios are less than activity's required ratios.
    - Else, the following formula is used:

    ∏[skill]( resource[skill].ratio - activity[skill].required ) / ( activity[skill].preferable -
    activity[skill].required )

    with the following exceptions:

    - if dividend ≤ 0, then it is set to 0
    - if divisor is 0, then it is set to 1

    Fitness formula for \"resourcePreference\"

    The level of correspondence to activity resource preferences.

    - The value is 0 if:
      - the resource is in the Denied Resources list, or
      - the required Resources list is not empty and the Resource is not in the list
    - The value is 1 if Preferred Resources list is empty or the Resource is in the list.
    - The value is 0.5 for other cases.

    New \"activity\" field/property

    From Release 18A onwards, this operation has the ability to search for resources without having to
    create an activity first. The activity information can be sent in the request using the 'activity'
    field/property. Some of the important implementation details of the function are as follows:

    - Only one of the parameters (activity, activityId, or activitySearchFields) can be used in each
    request, if more then one is sent together, then it results in a 400 error.
    - The 'actvityType' value must always be provided in the activity information as it specifies the
    activity features in Oracle Field Service.
    - Depending on the configuration some other activity fields may be required:
      - If Activity type supports work skills, all fields that are used in the work skill conditions are
    mandatory in the request, and the Oracle Field Service configuration is'Activity type Work skill
    conditions'
      - If Activity type supports work zones, all fields that are part of the work zone key are
    mandatory in the request, and the Oracle Field Service configuration is 'Activity type Work zone key
    configuration'
      - If the Activity type feature 'Calculate duration' is enabled, then all the fields that are used
    in the activity duration key are mandatory in the request, and the 'Activity type Statistic
    parameters - Activity duration key' configuration is used.
      - If the Activity type feature 'Calculate travel' is enabled, then travel key value will be
    calculated based on the Activity Travel Key fields that are provided in the request. If any field is
    not provided, then the value of that field will be considered as empty when calculating travel key.
    If 'Detect activity travel keys automatically' is checked in Statistics configuration, then it is
    recommended to pass country_code, city and postalCode.

    From release 25D onwards, this operation have a changes regarding to processing the \"activity\"
    field/property:

    - the \"activity\" field can be combined with either \"activityId\" or \"activitySearchFields\". In
    such case the operation works in the reschedule mode and object \"resourcePreferences\" from
    \"activity\" can override the same in the rescheduled activity.
    - the \"actvityType\" value should not be present in the activity information for reschedule mode.
    - if the resource doesn't satisfy resource preferences it is excluded from the response according to
    the next rules:
      - if resource is marked as forbidden it is exluded from the response.
      - if resource is not marked as required but the resource preferences contains another required
    resource this resource is excluded from the response.

    Segmentable activities:

    For requests related to segmentable activities the \"date\" parameter is mandatory. The function
    looks for resources that could begin the first segment on the specified date.

    The function will try to estimate the date of activity completion for each matching resource,
    considering the duration of the activity and available working hours in each date. Note that the
    system will only scan a limited amount of days into the future (not further than 2500 days from
    activity start) and also stops calculations if a resource has a long period of non working days
    consequently. If the complete date was not successfully estimated, the parameter
    \"estimatedCompleteDate\" will not be present in the response for that resource.

    This operation is subject to the following conditions:

    Number of Requests: The maximum number of requests that can be processed in parallel is 20. Any
    additional requests are rejected with an error message.

    Args:
        body (FindMatchingResourcesRequest | Unset): The schema of the request body object for
            this operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FindMatchingResourcesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
