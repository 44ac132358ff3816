from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.resource_location import ResourceLocation
from ...models.resource_location_request_body import ResourceLocationRequestBody
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    resource_id: str,
    location_id: int,
    *,
    body: ResourceLocationRequestBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/rest/ofscCore/v1/resources/{resource_id}/locations/{location_id}".format(
            resource_id=quote(str(resource_id), safe=""),
            location_id=quote(str(location_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
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
    body: ResourceLocationRequestBody | Unset = UNSET,
) -> Response[ResourceLocation]:
    """Update a resource location

     This operation updates the properties of the specified resource location.

    The operation supports custom properties of data type string, enumeration, and integer. You can only
    specify the properties that are present in the activity travel key configuration. The properties
    that are not present in the activity travel key configuration are ignored.

    Args:
        resource_id (str): The unique identifier of the resource.
        location_id (int): The unique identifier of the location.
        body (ResourceLocationRequestBody | Unset): The schema of the request body object for this
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResourceLocation]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        location_id=location_id,
        body=body,
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
    body: ResourceLocationRequestBody | Unset = UNSET,
) -> ResourceLocation | None:
    """Update a resource location

     This operation updates the properties of the specified resource location.

    The operation supports custom properties of data type string, enumeration, and integer. You can only
    specify the properties that are present in the activity travel key configuration. The properties
    that are not present in the activity travel key configuration are ignored.

    Args:
        resource_id (str): The unique identifier of the resource.
        location_id (int): The unique identifier of the location.
        body (ResourceLocationRequestBody | Unset): The schema of the request body object for this
            operation.

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
        body=body,
    ).parsed


async def asyncio_detailed(
    resource_id: str,
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ResourceLocationRequestBody | Unset = UNSET,
) -> Response[ResourceLocation]:
    """Update a resource location

     This operation updates the properties of the specified resource location.

    The operation supports custom properties of data type string, enumeration, and integer. You can only
    specify the properties that are present in the activity travel key configuration. The properties
    that are not present in the activity travel key configuration are ignored.

    Args:
        resource_id (str): The unique identifier of the resource.
        location_id (int): The unique identifier of the location.
        body (ResourceLocationRequestBody | Unset): The schema of the request body object for this
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResourceLocation]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        location_id=location_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_id: str,
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ResourceLocationRequestBody | Unset = UNSET,
) -> ResourceLocation | None:
    """Update a resource location

     This operation updates the properties of the specified resource location.

    The operation supports custom properties of data type string, enumeration, and integer. You can only
    specify the properties that are present in the activity travel key configuration. The properties
    that are not present in the activity travel key configuration are ignored.

    Args:
        resource_id (str): The unique identifier of the resource.
        location_id (int): The unique identifier of the location.
        body (ResourceLocationRequestBody | Unset): The schema of the request body object for this
            operation.

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
            body=body,
        )
    ).parsed
