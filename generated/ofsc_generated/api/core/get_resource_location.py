from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.resource_location import ResourceLocation
from ...types import Response, json_loads


def _get_kwargs(
    resource_id: str,
    location_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscCore/v1/resources/{resource_id}/locations/{location_id}".format(
            resource_id=quote(str(resource_id), safe=""),
            location_id=quote(str(location_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ResourceLocation | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = ResourceLocation.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ResourceLocation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    resource_id: str,
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ResourceLocation]:
    """Get a resource location

     This operation retrieves the details of the specified resource location.

    Args:
        resource_id (str): The external identifier of the resource.
        location_id (int): The unique identifier of the location.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResourceLocation]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        location_id=location_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource_id: str,
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ResourceLocation | None:
    """Get a resource location

     This operation retrieves the details of the specified resource location.

    Args:
        resource_id (str): The external identifier of the resource.
        location_id (int): The unique identifier of the location.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResourceLocation
    """

    return sync_detailed(
        resource_id=resource_id,
        location_id=location_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    resource_id: str,
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ResourceLocation]:
    """Get a resource location

     This operation retrieves the details of the specified resource location.

    Args:
        resource_id (str): The external identifier of the resource.
        location_id (int): The unique identifier of the location.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResourceLocation]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        location_id=location_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_id: str,
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ResourceLocation | None:
    """Get a resource location

     This operation retrieves the details of the specified resource location.

    Args:
        resource_id (str): The external identifier of the resource.
        location_id (int): The unique identifier of the location.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResourceLocation
    """

    return (
        await asyncio_detailed(
            resource_id=resource_id,
            location_id=location_id,
            client=client,
        )
    ).parsed
