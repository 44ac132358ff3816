from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_resource_work_zones import GetResourceWorkZones
from ...models.resource_work_zone import ResourceWorkZone
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    resource_id: str,
    *,
    body: ResourceWorkZone | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscCore/v1/resources/{resource_id}/workZones".format(
            resource_id=quote(str(resource_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetResourceWorkZones | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = GetResourceWorkZones.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetResourceWorkZones | None]:
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
    body: ResourceWorkZone | Unset = UNSET,
) -> Response[GetResourceWorkZones | None]:
    """Set a resource work zone

     This operation assigns a work zone to the specified resource.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        body (ResourceWorkZone | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetResourceWorkZones | None]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ResourceWorkZone | Unset = UNSET,
) -> GetResourceWorkZones | None:
    """Set a resource work zone

     This operation assigns a work zone to the specified resource.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        body (ResourceWorkZone | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetResourceWorkZones | None
    """

    return sync_detailed(
        resource_id=resource_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ResourceWorkZone | Unset = UNSET,
) -> Response[GetResourceWorkZones | None]:
    """Set a resource work zone

     This operation assigns a work zone to the specified resource.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        body (ResourceWorkZone | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetResourceWorkZones | None]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ResourceWorkZone | Unset = UNSET,
) -> GetResourceWorkZones | None:
    """Set a resource work zone

     This operation assigns a work zone to the specified resource.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        body (ResourceWorkZone | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetResourceWorkZones | None
    """

    return (
        await asyncio_detailed(
            resource_id=resource_id,
            client=client,
            body=body,
        )
    ).parsed
