from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.resources_in_area_response import ResourcesInAreaResponse
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    lat: float,
    lng: float,
    radius: float | Unset = UNSET,
    time_diff: float | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["lat"] = lat

    params["lng"] = lng

    params["radius"] = radius

    params["timeDiff"] = time_diff

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscCore/v1/resources/custom-actions/resourcesInArea",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResourcesInAreaResponse | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = ResourcesInAreaResponse.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResourcesInAreaResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    lat: float,
    lng: float,
    radius: float | Unset = UNSET,
    time_diff: float | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ResourcesInAreaResponse]:
    """Get resources in area

     This operation retrieves resources present in an area based on the parameters specified in the
    request.

    Args:
        lat (float): The latitude coordinate of the center point of the specified area.
        lng (float): The longitude coordinate of the center point of the specified area.
        radius (float | Unset): The radius (in meters) of the circular area. The center of the
            circular area is defined by the latitude and longitude coordinates. The maximum value of
            the radius that can be specified is 100000 meters. The default value is 10000 meters.
        time_diff (float | Unset): The time duration in minutes until a position is considered as
            the actual position of the resource. The resources with the last known coordinates older
            than the specified threshold are not returned in the response. The default value is 60
            min. The maximum value is 1440 min (24h).
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
        Response[ResourcesInAreaResponse]
    """

    kwargs = _get_kwargs(
        lat=lat,
        lng=lng,
        radius=radius,
        time_diff=time_diff,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    lat: float,
    lng: float,
    radius: float | Unset = UNSET,
    time_diff: float | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ResourcesInAreaResponse | None:
    """Get resources in area

     This operation retrieves resources present in an area based on the parameters specified in the
    request.

    Args:
        lat (float): The latitude coordinate of the center point of the specified area.
        lng (float): The longitude coordinate of the center point of the specified area.
        radius (float | Unset): The radius (in meters) of the circular area. The center of the
            circular area is defined by the latitude and longitude coordinates. The maximum value of
            the radius that can be specified is 100000 meters. The default value is 10000 meters.
        time_diff (float | Unset): The time duration in minutes until a position is considered as
            the actual position of the resource. The resources with the last known coordinates older
            than the specified threshold are not returned in the response. The default value is 60
            min. The maximum value is 1440 min (24h).
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
        ResourcesInAreaResponse
    """

    return sync_detailed(
        client=client,
        lat=lat,
        lng=lng,
        radius=radius,
        time_diff=time_diff,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    lat: float,
    lng: float,
    radius: float | Unset = UNSET,
    time_diff: float | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ResourcesInAreaResponse]:
    """Get resources in area

     This operation retrieves resources present in an area based on the parameters specified in the
    request.

    Args:
        lat (float): The latitude coordinate of the center point of the specified area.
        lng (float): The longitude coordinate of the center point of the specified area.
        radius (float | Unset): The radius (in meters) of the circular area. The center of the
            circular area is defined by the latitude and longitude coordinates. The maximum value of
            the radius that can be specified is 100000 meters. The default value is 10000 meters.
        time_diff (float | Unset): The time duration in minutes until a position is considered as
            the actual position of the resource. The resources with the last known coordinates older
            than the specified threshold are not returned in the response. The default value is 60
            min. The maximum value is 1440 min (24h).
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
        Response[ResourcesInAreaResponse]
    """

    kwargs = _get_kwargs(
        lat=lat,
        lng=lng,
        radius=radius,
        time_diff=time_diff,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    lat: float,
    lng: float,
    radius: float | Unset = UNSET,
    time_diff: float | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ResourcesInAreaResponse | None:
    """Get resources in area

     This operation retrieves resources present in an area based on the parameters specified in the
    request.

    Args:
        lat (float): The latitude coordinate of the center point of the specified area.
        lng (float): The longitude coordinate of the center point of the specified area.
        radius (float | Unset): The radius (in meters) of the circular area. The center of the
            circular area is defined by the latitude and longitude coordinates. The maximum value of
            the radius that can be specified is 100000 meters. The default value is 10000 meters.
        time_diff (float | Unset): The time duration in minutes until a position is considered as
            the actual position of the resource. The resources with the last known coordinates older
            than the specified threshold are not returned in the response. The default value is 60
            min. The maximum value is 1440 min (24h).
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
        ResourcesInAreaResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            lat=lat,
            lng=lng,
            radius=radius,
            time_diff=time_diff,
            offset=offset,
            limit=limit,
        )
    ).parsed
