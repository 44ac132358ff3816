from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.where_is_my_tech_response import WhereIsMyTechResponse
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    activity_id: int,
    include_avatar_image_data: bool | Unset = UNSET,
    resource_fields: list[str] | Unset = UNSET,
    activity_fields: list[str] | Unset = UNSET,
    hide_resource_location_time: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["activityId"] = activity_id

    params["includeAvatarImageData"] = include_avatar_image_data

    json_resource_fields: list[str] | Unset = UNSET
    if not isinstance(resource_fields, Unset):
        json_resource_fields = resource_fields

    params["resourceFields"] = json_resource_fields

    json_activity_fields: list[str] | Unset = UNSET
    if not isinstance(activity_fields, Unset):
        json_activity_fields = activity_fields

    params["activityFields"] = json_activity_fields

    params["hideResourceLocationTime"] = hide_resource_location_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscCore/v1/whereIsMyTech",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> WhereIsMyTechResponse | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = WhereIsMyTechResponse.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WhereIsMyTechResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    activity_id: int,
    include_avatar_image_data: bool | Unset = UNSET,
    resource_fields: list[str] | Unset = UNSET,
    activity_fields: list[str] | Unset = UNSET,
    hide_resource_location_time: int | Unset = UNSET,
) -> Response[WhereIsMyTechResponse]:
    """Where is my technician

     This operation provides integrators with a unified method to retrieve activity status and technician
    information in a single request. This API can be used only when the following conditions are met:

    - The customer must have a subscription to Oracle Field Service Customer Communication Cloud
    Service, Oracle Field Service Professional Cloud Service, or Oracle Field Service Enterprise Cloud
    Service.
    - The permission to access Core API for Activity is granted in the Configuration > Applications >
    API access section of the required application.

    If either of the conditions are not met, the '403 Forbidden' error message is returned.

    Note: The operation takes the activity ID as the required parameter. If a mass/repeating activity is
    used, then it should be instantiated as it does not have an ID otherwise. The operation is not
    designed for segmentable activities, but it can work with individual segments as a single activity.
    Segmentable master activities should not be used with the operation as their statuses have a
    different flow and the result of the operation can be different from that of the other activities.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.
        include_avatar_image_data (bool | Unset): Contains one of the following values: true or
            false. If true, then the response contains the image binary data encoded in Base64 format.
            If false, then the response does not contain the image binary data encoded in Base64
            format. The default value is false.
        resource_fields (list[str] | Unset): The comma-separated names of the resource fields
            (properties) that are returned in the response. This parameter is ignored for the
            'resourceName' and 'avatar' fields. The name and avatar of a technician will be present in
            the response when the activity already assigned.
        activity_fields (list[str] | Unset): The comma-separated names of activity fields
            (properties) that are returned in the response. This parameter is ignored for the activity
            fields 'startTime', 'timeZoneDiff' and the 'timeZoneIANA'. These fields will be present in
            the response when the startTime is known or estimated.
        hide_resource_location_time (int | Unset): Time in minutes from a previous completed
            activity or from the queue activation, during which the technician location coordinates
            shouldn't be returned. Minimum value = 0, Maximum = 60, Default = 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WhereIsMyTechResponse]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        include_avatar_image_data=include_avatar_image_data,
        resource_fields=resource_fields,
        activity_fields=activity_fields,
        hide_resource_location_time=hide_resource_location_time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    activity_id: int,
    include_avatar_image_data: bool | Unset = UNSET,
    resource_fields: list[str] | Unset = UNSET,
    activity_fields: list[str] | Unset = UNSET,
    hide_resource_location_time: int | Unset = UNSET,
) -> WhereIsMyTechResponse | None:
    """Where is my technician

     This operation provides integrators with a unified method to retrieve activity status and technician
    information in a single request. This API can be used only when the following conditions are met:

    - The customer must have a subscription to Oracle Field Service Customer Communication Cloud
    Service, Oracle Field Service Professional Cloud Service, or Oracle Field Service Enterprise Cloud
    Service.
    - The permission to access Core API for Activity is granted in the Configuration > Applications >
    API access section of the required application.

    If either of the conditions are not met, the '403 Forbidden' error message is returned.

    Note: The operation takes the activity ID as the required parameter. If a mass/repeating activity is
    used, then it should be instantiated as it does not have an ID otherwise. The operation is not
    designed for segmentable activities, but it can work with individual segments as a single activity.
    Segmentable master activities should not be used with the operation as their statuses have a
    different flow and the result of the operation can be different from that of the other activities.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.
        include_avatar_image_data (bool | Unset): Contains one of the following values: true or
            false. If true, then the response contains the image binary data encoded in Base64 format.
            If false, then the response does not contain the image binary data encoded in Base64
            format. The default value is false.
        resource_fields (list[str] | Unset): The comma-separated names of the resource fields
            (properties) that are returned in the response. This parameter is ignored for the
            'resourceName' and 'avatar' fields. The name and avatar of a technician will be present in
            the response when the activity already assigned.
        activity_fields (list[str] | Unset): The comma-separated names of activity fields
            (properties) that are returned in the response. This parameter is ignored for the activity
            fields 'startTime', 'timeZoneDiff' and the 'timeZoneIANA'. These fields will be present in
            the response when the startTime is known or estimated.
        hide_resource_location_time (int | Unset): Time in minutes from a previous completed
            activity or from the queue activation, during which the technician location coordinates
            shouldn't be returned. Minimum value = 0, Maximum = 60, Default = 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WhereIsMyTechResponse
    """

    return sync_detailed(
        client=client,
        activity_id=activity_id,
        include_avatar_image_data=include_avatar_image_data,
        resource_fields=resource_fields,
        activity_fields=activity_fields,
        hide_resource_location_time=hide_resource_location_time,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    activity_id: int,
    include_avatar_image_data: bool | Unset = UNSET,
    resource_fields: list[str] | Unset = UNSET,
    activity_fields: list[str] | Unset = UNSET,
    hide_resource_location_time: int | Unset = UNSET,
) -> Response[WhereIsMyTechResponse]:
    """Where is my technician

     This operation provides integrators with a unified method to retrieve activity status and technician
    information in a single request. This API can be used only when the following conditions are met:

    - The customer must have a subscription to Oracle Field Service Customer Communication Cloud
    Service, Oracle Field Service Professional Cloud Service, or Oracle Field Service Enterprise Cloud
    Service.
    - The permission to access Core API for Activity is granted in the Configuration > Applications >
    API access section of the required application.

    If either of the conditions are not met, the '403 Forbidden' error message is returned.

    Note: The operation takes the activity ID as the required parameter. If a mass/repeating activity is
    used, then it should be instantiated as it does not have an ID otherwise. The operation is not
    designed for segmentable activities, but it can work with individual segments as a single activity.
    Segmentable master activities should not be used with the operation as their statuses have a
    different flow and the result of the operation can be different from that of the other activities.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.
        include_avatar_image_data (bool | Unset): Contains one of the following values: true or
            false. If true, then the response contains the image binary data encoded in Base64 format.
            If false, then the response does not contain the image binary data encoded in Base64
            format. The default value is false.
        resource_fields (list[str] | Unset): The comma-separated names of the resource fields
            (properties) that are returned in the response. This parameter is ignored for the
            'resourceName' and 'avatar' fields. The name and avatar of a technician will be present in
            the response when the activity already assigned.
        activity_fields (list[str] | Unset): The comma-separated names of activity fields
            (properties) that are returned in the response. This parameter is ignored for the activity
            fields 'startTime', 'timeZoneDiff' and the 'timeZoneIANA'. These fields will be present in
            the response when the startTime is known or estimated.
        hide_resource_location_time (int | Unset): Time in minutes from a previous completed
            activity or from the queue activation, during which the technician location coordinates
            shouldn't be returned. Minimum value = 0, Maximum = 60, Default = 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WhereIsMyTechResponse]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        include_avatar_image_data=include_avatar_image_data,
        resource_fields=resource_fields,
        activity_fields=activity_fields,
        hide_resource_location_time=hide_resource_location_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    activity_id: int,
    include_avatar_image_data: bool | Unset = UNSET,
    resource_fields: list[str] | Unset = UNSET,
    activity_fields: list[str] | Unset = UNSET,
    hide_resource_location_time: int | Unset = UNSET,
) -> WhereIsMyTechResponse | None:
    """Where is my technician

     This operation provides integrators with a unified method to retrieve activity status and technician
    information in a single request. This API can be used only when the following conditions are met:

    - The customer must have a subscription to Oracle Field Service Customer Communication Cloud
    Service, Oracle Field Service Professional Cloud Service, or Oracle Field Service Enterprise Cloud
    Service.
    - The permission to access Core API for Activity is granted in the Configuration > Applications >
    API access section of the required application.

    If either of the conditions are not met, the '403 Forbidden' error message is returned.

    Note: The operation takes the activity ID as the required parameter. If a mass/repeating activity is
    used, then it should be instantiated as it does not have an ID otherwise. The operation is not
    designed for segmentable activities, but it can work with individual segments as a single activity.
    Segmentable master activities should not be used with the operation as their statuses have a
    different flow and the result of the operation can be different from that of the other activities.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.
        include_avatar_image_data (bool | Unset): Contains one of the following values: true or
            false. If true, then the response contains the image binary data encoded in Base64 format.
            If false, then the response does not contain the image binary data encoded in Base64
            format. The default value is false.
        resource_fields (list[str] | Unset): The comma-separated names of the resource fields
            (properties) that are returned in the response. This parameter is ignored for the
            'resourceName' and 'avatar' fields. The name and avatar of a technician will be present in
            the response when the activity already assigned.
        activity_fields (list[str] | Unset): The comma-separated names of activity fields
            (properties) that are returned in the response. This parameter is ignored for the activity
            fields 'startTime', 'timeZoneDiff' and the 'timeZoneIANA'. These fields will be present in
            the response when the startTime is known or estimated.
        hide_resource_location_time (int | Unset): Time in minutes from a previous completed
            activity or from the queue activation, during which the technician location coordinates
            shouldn't be returned. Minimum value = 0, Maximum = 60, Default = 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WhereIsMyTechResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            activity_id=activity_id,
            include_avatar_image_data=include_avatar_image_data,
            resource_fields=resource_fields,
            activity_fields=activity_fields,
            hide_resource_location_time=hide_resource_location_time,
        )
    ).parsed
