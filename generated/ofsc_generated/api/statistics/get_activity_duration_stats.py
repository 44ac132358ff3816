from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_durations_list import ActivityDurationsList
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    resource_id: str | Unset = UNSET,
    include_children: bool | Unset = UNSET,
    akey: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["resourceId"] = resource_id

    params["includeChildren"] = include_children

    params["akey"] = akey

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscStatistics/v1/activityDurationStats",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ActivityDurationsList | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = ActivityDurationsList.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ActivityDurationsList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    resource_id: str | Unset = UNSET,
    include_children: bool | Unset = UNSET,
    akey: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ActivityDurationsList]:
    """Get activity duration statistics

     This operation retrieves a collection of activity duration statistics. The maximum number of records
    that can be retrieved in a single response is 10000. If there are more than 10000 records, the
    remaining records can be accessed using the 'next' link available at the bottom of the response.

    This operation can be used only when the following conditions are satisfied:

    - The customer must have a subscription to Oracle Field Service Professional or Enterprise Cloud
    Service.
    - The required application must have permission to access the Statistics API. To grant the
    permission, navigate to Configuration > Applications screen. For the required application, in the
    API access section, click Add new and select Statistics API.

    Args:
        resource_id (str | Unset): The external identifier of the resource. To fetch the activity
            duration statistics at the company level, provide '' (single quotes) as the value for this
            parameter.
        include_children (bool | Unset): Contains one of the following values: true or false. If
            true, then the details of child resources are included in the response. If false, then the
            details of child resources are not included in the response. The default value is 'true'.
        akey (str | Unset): The value of the activity duration key. It appears as 'Appointment
            Key' in the report.
        limit (int | Unset): The number of records to be returned in the response.
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityDurationsList]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        include_children=include_children,
        akey=akey,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    resource_id: str | Unset = UNSET,
    include_children: bool | Unset = UNSET,
    akey: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ActivityDurationsList | None:
    """Get activity duration statistics

     This operation retrieves a collection of activity duration statistics. The maximum number of records
    that can be retrieved in a single response is 10000. If there are more than 10000 records, the
    remaining records can be accessed using the 'next' link available at the bottom of the response.

    This operation can be used only when the following conditions are satisfied:

    - The customer must have a subscription to Oracle Field Service Professional or Enterprise Cloud
    Service.
    - The required application must have permission to access the Statistics API. To grant the
    permission, navigate to Configuration > Applications screen. For the required application, in the
    API access section, click Add new and select Statistics API.

    Args:
        resource_id (str | Unset): The external identifier of the resource. To fetch the activity
            duration statistics at the company level, provide '' (single quotes) as the value for this
            parameter.
        include_children (bool | Unset): Contains one of the following values: true or false. If
            true, then the details of child resources are included in the response. If false, then the
            details of child resources are not included in the response. The default value is 'true'.
        akey (str | Unset): The value of the activity duration key. It appears as 'Appointment
            Key' in the report.
        limit (int | Unset): The number of records to be returned in the response.
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityDurationsList
    """

    return sync_detailed(
        client=client,
        resource_id=resource_id,
        include_children=include_children,
        akey=akey,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    resource_id: str | Unset = UNSET,
    include_children: bool | Unset = UNSET,
    akey: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ActivityDurationsList]:
    """Get activity duration statistics

     This operation retrieves a collection of activity duration statistics. The maximum number of records
    that can be retrieved in a single response is 10000. If there are more than 10000 records, the
    remaining records can be accessed using the 'next' link available at the bottom of the response.

    This operation can be used only when the following conditions are satisfied:

    - The customer must have a subscription to Oracle Field Service Professional or Enterprise Cloud
    Service.
    - The required application must have permission to access the Statistics API. To grant the
    permission, navigate to Configuration > Applications screen. For the required application, in the
    API access section, click Add new and select Statistics API.

    Args:
        resource_id (str | Unset): The external identifier of the resource. To fetch the activity
            duration statistics at the company level, provide '' (single quotes) as the value for this
            parameter.
        include_children (bool | Unset): Contains one of the following values: true or false. If
            true, then the details of child resources are included in the response. If false, then the
            details of child resources are not included in the response. The default value is 'true'.
        akey (str | Unset): The value of the activity duration key. It appears as 'Appointment
            Key' in the report.
        limit (int | Unset): The number of records to be returned in the response.
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityDurationsList]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        include_children=include_children,
        akey=akey,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    resource_id: str | Unset = UNSET,
    include_children: bool | Unset = UNSET,
    akey: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ActivityDurationsList | None:
    """Get activity duration statistics

     This operation retrieves a collection of activity duration statistics. The maximum number of records
    that can be retrieved in a single response is 10000. If there are more than 10000 records, the
    remaining records can be accessed using the 'next' link available at the bottom of the response.

    This operation can be used only when the following conditions are satisfied:

    - The customer must have a subscription to Oracle Field Service Professional or Enterprise Cloud
    Service.
    - The required application must have permission to access the Statistics API. To grant the
    permission, navigate to Configuration > Applications screen. For the required application, in the
    API access section, click Add new and select Statistics API.

    Args:
        resource_id (str | Unset): The external identifier of the resource. To fetch the activity
            duration statistics at the company level, provide '' (single quotes) as the value for this
            parameter.
        include_children (bool | Unset): Contains one of the following values: true or false. If
            true, then the details of child resources are included in the response. If false, then the
            details of child resources are not included in the response. The default value is 'true'.
        akey (str | Unset): The value of the activity duration key. It appears as 'Appointment
            Key' in the report.
        limit (int | Unset): The number of records to be returned in the response.
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityDurationsList
    """

    return (
        await asyncio_detailed(
            client=client,
            resource_id=resource_id,
            include_children=include_children,
            akey=akey,
            limit=limit,
            offset=offset,
        )
    ).parsed
