from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.resource_positions import ResourcePositions
from ...types import UNSET, Response, json_loads


def _get_kwargs(
    resource_id: str,
    *,
    date: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["date"] = date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscCore/v1/resources/{resource_id}/positionHistory".format(
            resource_id=quote(str(resource_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ResourcePositions | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = ResourcePositions.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ResourcePositions]:
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
    date: str,
) -> Response[ResourcePositions]:
    """Get position history of a resource

     This operation retrieves the position history of the specified resource for the specified date.

    Args:
        resource_id (str): The unique identifier of the resource.
        date (str): The date for which the resource position history is retrieved. For example,
            2016-09-01. The date is in the time zone of the resource. Specify the date in YYYY-MM-DD
            format. Format: `YYYY-MM-DD`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResourcePositions]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        date=date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    date: str,
) -> ResourcePositions | None:
    """Get position history of a resource

     This operation retrieves the position history of the specified resource for the specified date.

    Args:
        resource_id (str): The unique identifier of the resource.
        date (str): The date for which the resource position history is retrieved. For example,
            2016-09-01. The date is in the time zone of the resource. Specify the date in YYYY-MM-DD
            format. Format: `YYYY-MM-DD`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResourcePositions
    """

    return sync_detailed(
        resource_id=resource_id,
        client=client,
        date=date,
    ).parsed


async def asyncio_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    date: str,
) -> Response[ResourcePositions]:
    """Get position history of a resource

     This operation retrieves the position history of the specified resource for the specified date.

    Args:
        resource_id (str): The unique identifier of the resource.
        date (str): The date for which the resource position history is retrieved. For example,
            2016-09-01. The date is in the time zone of the resource. Specify the date in YYYY-MM-DD
            format. Format: `YYYY-MM-DD`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResourcePositions]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        date=date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    date: str,
) -> ResourcePositions | None:
    """Get position history of a resource

     This operation retrieves the position history of the specified resource for the specified date.

    Args:
        resource_id (str): The unique identifier of the resource.
        date (str): The date for which the resource position history is retrieved. For example,
            2016-09-01. The date is in the time zone of the resource. Specify the date in YYYY-MM-DD
            format. Format: `YYYY-MM-DD`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResourcePositions
    """

    return (
        await asyncio_detailed(
            resource_id=resource_id,
            client=client,
            date=date,
        )
    ).parsed
