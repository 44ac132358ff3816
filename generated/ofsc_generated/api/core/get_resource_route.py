from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.route import Route
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    resource_id: str,
    date: str,
    *,
    activity_fields: list[str] | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_activity_fields: list[str] | Unset = UNSET
    if not isinstance(activity_fields, Unset):
        json_activity_fields = activity_fields

    params["activityFields"] = json_activity_fields

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscCore/v1/resources/{resource_id}/routes/{date}".format(
            resource_id=quote(str(resource_id), safe=""),
            date=quote(str(date), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Route | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = Route.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Route]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    resource_id: str,
    date: str,
    *,
    client: AuthenticatedClient | Client,
    activity_fields: list[str] | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Route]:
    """Get a resource route

     This operation retrieves a list of activities assigned to the specified resource for the specified
    date.

    Special values can be specified in the date field to return a list of activities not scheduled for a
    specific date or to return a list of segmentable activities assigned to the resource.

    Args:
        resource_id (str): The unique identifier of the resource.
        date (str): The date of the route. The date can have the following values:

            - The date in YYYY-MM-DD format.
            - Special value 'nonScheduled' to return activities without a specific date.
            - Special value 'multiday' to return segmentable activities.
        activity_fields (list[str] | Unset): The comma-separated names of the activity fields
            (properties) returned in the response. The available fields are same as those present in
            the 'get activity' method except for the file properties. The start time and time zone
            information is returned when the parameter is ignored.
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.
        limit (int | Unset): The number of items to be returned in the response. The minimum value
            that can be specified is 1 and the maximum value that can be specified is 100. If the
            specified value is greater than 100, zero, or if no value is specified, then it defaults
            to 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Route]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        date=date,
        activity_fields=activity_fields,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource_id: str,
    date: str,
    *,
    client: AuthenticatedClient | Client,
    activity_fields: list[str] | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Route | None:
    """Get a resource route

     This operation retrieves a list of activities assigned to the specified resource for the specified
    date.

    Special values can be specified in the date field to return a list of activities not scheduled for a
    specific date or to return a list of segmentable activities assigned to the resource.

    Args:
        resource_id (str): The unique identifier of the resource.
        date (str): The date of the route. The date can have the following values:

            - The date in YYYY-MM-DD format.
            - Special value 'nonScheduled' to return activities without a specific date.
            - Special value 'multiday' to return segmentable activities.
        activity_fields (list[str] | Unset): The comma-separated names of the activity fields
            (properties) returned in the response. The available fields are same as those present in
            the 'get activity' method except for the file properties. The start time and time zone
            information is returned when the parameter is ignored.
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.
        limit (int | Unset): The number of items to be returned in the response. The minimum value
            that can be specified is 1 and the maximum value that can be specified is 100. If the
            specified value is greater than 100, zero, or if no value is specified, then it defaults
            to 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Route
    """

    return sync_detailed(
        resource_id=resource_id,
        date=date,
        client=client,
        activity_fields=activity_fields,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    resource_id: str,
    date: str,
    *,
    client: AuthenticatedClient | Client,
    activity_fields: list[str] | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Route]:
    """Get a resource route

     This operation retrieves a list of activities assigned to the specified resource for the specified
    date.

    Special values can be specified in the date field to return a list of activities not scheduled for a
    specific date or to return a list of segmentable activities assigned to the resource.

    Args:
        resource_id (str): The unique identifier of the resource.
        date (str): The date of the route. The date can have the following values:

            - The date in YYYY-MM-DD format.
            - Special value 'nonScheduled' to return activities without a specific date.
            - Special value 'multiday' to return segmentable activities.
        activity_fields (list[str] | Unset): The comma-separated names of the activity fields
            (properties) returned in the response. The available fields are same as those present in
            the 'get activity' method except for the file properties. The start time and time zone
            information is returned when the parameter is ignored.
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.
        limit (int | Unset): The number of items to be returned in the response. The minimum value
            that can be specified is 1 and the maximum value that can be specified is 100. If the
            specified value is greater than 100, zero, or if no value is specified, then it defaults
            to 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Route]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        date=date,
        activity_fields=activity_fields,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_id: str,
    date: str,
    *,
    client: AuthenticatedClient | Client,
    activity_fields: list[str] | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Route | None:
    """Get a resource route

     This operation retrieves a list of activities assigned to the specified resource for the specified
    date.

    Special values can be specified in the date field to return a list of activities not scheduled for a
    specific date or to return a list of segmentable activities assigned to the resource.

    Args:
        resource_id (str): The unique identifier of the resource.
        date (str): The date of the route. The date can have the following values:

            - The date in YYYY-MM-DD format.
            - Special value 'nonScheduled' to return activities without a specific date.
            - Special value 'multiday' to return segmentable activities.
        activity_fields (list[str] | Unset): The comma-separated names of the activity fields
            (properties) returned in the response. The available fields are same as those present in
            the 'get activity' method except for the file properties. The start time and time zone
            information is returned when the parameter is ignored.
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.
        limit (int | Unset): The number of items to be returned in the response. The minimum value
            that can be specified is 1 and the maximum value that can be specified is 100. If the
            specified value is greater than 100, zero, or if no value is specified, then it defaults
            to 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Route
    """

    return (
        await asyncio_detailed(
            resource_id=resource_id,
            date=date,
            client=client,
            activity_fields=activity_fields,
            offset=offset,
            limit=limit,
        )
    ).parsed
