from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.find_nearby_activities_response import FindNearbyActivitiesResponse
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    resource_id: str,
    *,
    latitude: float | Unset = UNSET,
    longitude: float | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["latitude"] = latitude

    params["longitude"] = longitude

    json_fields: list[str] | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = fields

    params["fields"] = json_fields

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscCore/v1/resources/{resource_id}/findNearbyActivities".format(
            resource_id=quote(str(resource_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FindNearbyActivitiesResponse | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = FindNearbyActivitiesResponse.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FindNearbyActivitiesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    latitude: float | Unset = UNSET,
    longitude: float | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[FindNearbyActivitiesResponse]:
    r"""Find nearby activities

     This operation retrieves activities near the specified location, that can be performed by the
    specified resource.

    If longitude and latitude are not specified, system may use the following information to identify
    position of the resource:

    - resource geolocation provided by their devices or API
    - position of currently performed activity (started), recently completed or first pending activity
    - position of configured resource start location

    As a result the system returns found pending activities that match the following criteria:

    - The resource's work skills and work zone configuration matches the activity requirements
    - Activity is scheduled for Today or it is non-scheduled
    - Activity is visible for the requesting application (see \"Allow access only to certain resources\"
    configuration of the \"Application\" entity)
    - Activity location is known to system and the activity is located within configured distance
    (\"Nearby Radius\": see Business Rules configuration)
    - For non-scheduled, only activities with SLA end-time that is within the configured SLA time range
    (Nearby SLA)
    - For non-scheduled, only activities with SLA start-time that is not in the future

    The found activities are sorted first by their distance and then by the SLA end time, the response
    will contain first best matches, not more then the 'limit' value (maximum is 100)

    Permissions:

    This API can be used only when the permission to access Core API for Activity and Resource is
    granted in the Configuration > Applications > API access section of the required application.

    Args:
        resource_id (str): The unique identifier of the resource.
        latitude (float | Unset): The geographic latitude coordinate that specifies the location
            of the activity.
        longitude (float | Unset): The geographic longitude coordinate that specifies the location
            of the activity.
        fields (list[str] | Unset): The comma-separated field names to be returned in the
            response. The field names include the names used to create an activity, get an activity,
            and the custom property names. The default values are activityId, resourceId, date,
            status, latitude, and longitude.
        limit (int | Unset): The number of items to be returned in the response. The default value
            is 10. The minimum value that can be specified is 1 and the maximum value that can be
            specified is 100. If the specified value is greater than 100, then it defaults to 100.
            Value less then 1 is not allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FindNearbyActivitiesResponse]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        latitude=latitude,
        longitude=longitude,
        fields=fields,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    latitude: float | Unset = UNSET,
    longitude: float | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> FindNearbyActivitiesResponse | None:
    r"""Find nearby activities

     This operation retrieves activities near the specified location, that can be performed by the
    specified resource.

    If longitude and latitude are not specified, system may use the following information to identify
    position of the resource:

    - resource geolocation provided by their devices or API
    - position of currently performed activity (started), recently completed or first pending activity
    - position of configured resource start location

    As a result the system returns found pending activities that match the following criteria:

    - The resource's work skills and work zone configuration matches the activity requirements
    - Activity is scheduled for Today or it is non-scheduled
    - Activity is visible for the requesting application (see \"Allow access only to certain resources\"
    configuration of the \"Application\" entity)
    - Activity location is known to system and the activity is located within configured distance
    (\"Nearby Radius\": see Business Rules configuration)
    - For non-scheduled, only activities with SLA end-time that is within the configured SLA time range
    (Nearby SLA)
    - For non-scheduled, only activities with SLA start-time that is not in the future

    The found activities are sorted first by their distance and then by the SLA end time, the response
    will contain first best matches, not more then the 'limit' value (maximum is 100)

    Permissions:

    This API can be used only when the permission to access Core API for Activity and Resource is
    granted in the Configuration > Applications > API access section of the required application.

    Args:
        resource_id (str): The unique identifier of the resource.
        latitude (float | Unset): The geographic latitude coordinate that specifies the location
            of the activity.
        longitude (float | Unset): The geographic longitude coordinate that specifies the location
            of the activity.
        fields (list[str] | Unset): The comma-separated field names to be returned in the
            response. The field names include the names used to create an activity, get an activity,
            and the custom property names. The default values are activityId, resourceId, date,
            status, latitude, and longitude.
        limit (int | Unset): The number of items to be returned in the response. The default value
            is 10. The minimum value that can be specified is 1 and the maximum value that can be
            specified is 100. If the specified value is greater than 100, then it defaults to 100.
            Value less then 1 is not allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FindNearbyActivitiesResponse
    """

    return sync_detailed(
        resource_id=resource_id,
        client=client,
        latitude=latitude,
        longitude=longitude,
        fields=fields,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    latitude: float | Unset = UNSET,
    longitude: float | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[FindNearbyActivitiesResponse]:
    r"""Find nearby activities

     This operation retrieves activities near the specified location, that can be performed by the
    specified resource.

    If longitude and latitude are not specified, system may use the following information to identify
    position of the resource:

    - resource geolocation provided by their devices or API
    - position of currently performed activity (started), recently completed or first pending activity
    - position of configured resource start location

    As a result the system returns found pending activities that match the following criteria:

    - The resource's work skills and work zone configuration matches the activity requirements
    - Activity is scheduled for Today or it is non-scheduled
    - Activity is visible for the requesting application (see \"Allow access only to certain resources\"
    configuration of the \"Application\" entity)
    - Activity location is known to system and the activity is located within configured distance
    (\"Nearby Radius\": see Business Rules configuration)
    - For non-scheduled, only activities with SLA end-time that is within the configured SLA time range
    (Nearby SLA)
    - For non-scheduled, only activities with SLA start-time that is not in the future

    The found activities are sorted first by their distance and then by the SLA end time, the response
    will contain first best matches, not more then the 'limit' value (maximum is 100)

    Permissions:

    This API can be used only when the permission to access Core API for Activity and Resource is
    granted in the Configuration > Applications > API access section of the required application.

    Args:
        resource_id (str): The unique identifier of the resource.
        latitude (float | Unset): The geographic latitude coordinate that specifies the location
            of the activity.
        longitude (float | Unset): The geographic longitude coordinate that specifies the location
            of the activity.
        fields (list[str] | Unset): The comma-separated field names to be returned in the
            response. The field names include the names used to create an activity, get an activity,
            and the custom property names. The default values are activityId, resourceId, date,
            status, latitude, and longitude.
        limit (int | Unset): The number of items to be returned in the response. The default value
            is 10. The minimum value that can be specified is 1 and the maximum value that can be
            specified is 100. If the specified value is greater than 100, then it defaults to 100.
            Value less then 1 is not allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FindNearbyActivitiesResponse]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        latitude=latitude,
        longitude=longitude,
        fields=fields,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    latitude: float | Unset = UNSET,
    longitude: float | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> FindNearbyActivitiesResponse | None:
    r"""Find nearby activities

     This operation retrieves activities near the specified location, that can be performed by the
    specified resource.

    If longitude and latitude are not specified, system may use the following information to identify
    position of the resource:

    - resource geolocation provided by their devices or API
    - position of currently performed activity (started), recently completed or first pending activity
    - position of configured resource start location

    As a result the system returns found pending activities that match the following criteria:

    - The resource's work skills and work zone configuration matches the activity requirements
    - Activity is scheduled for Today or it is non-scheduled
    - Activity is visible for the requesting application (see \"Allow access only to certain resources\"
    configuration of the \"Application\" entity)
    - Activity location is known to system and the activity is located within configured distance
    (\"Nearby Radius\": see Business Rules configuration)
    - For non-scheduled, only activities with SLA end-time that is within the configured SLA time range
    (Nearby SLA)
    - For non-scheduled, only activities with SLA start-time that is not in the future

    The found activities are sorted first by their distance and then by the SLA end time, the response
    will contain first best matches, not more then the 'limit' value (maximum is 100)

    Permissions:

    This API can be used only when the permission to access Core API for Activity and Resource is
    granted in the Configuration > Applications > API access section of the required application.

    Args:
        resource_id (str): The unique identifier of the resource.
        latitude (float | Unset): The geographic latitude coordinate that specifies the location
            of the activity.
        longitude (float | Unset): The geographic longitude coordinate that specifies the location
            of the activity.
        fields (list[str] | Unset): The comma-separated field names to be returned in the
            response. The field names include the names used to create an activity, get an activity,
            and the custom property names. The default values are activityId, resourceId, date,
            status, latitude, and longitude.
        limit (int | Unset): The number of items to be returned in the response. The default value
            is 10. The minimum value that can be specified is 1 and the maximum value that can be
            specified is 100. If the specified value is greater than 100, then it defaults to 100.
            Value less then 1 is not allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FindNearbyActivitiesResponse
    """

    return (
        await asyncio_detailed(
            resource_id=resource_id,
            client=client,
            latitude=latitude,
            longitude=longitude,
            fields=fields,
            limit=limit,
        )
    ).parsed
