from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    resource_id: str,
    date: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/rest/ofscCore/v1/resources/{resource_id}/assignedLocations/{date}".format(
            resource_id=quote(str(resource_id), safe=""),
            date=quote(str(date), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 204:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
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
) -> Response[Any]:
    """Delete assigned locations

     This operation deletes the locations assigned to the specified resource for the specified weekday or
    date.

    Permissions:

    The permission 'core_api_resource' has to be set to 'ReadWrite' for this API to work.

    Args:
        resource_id (str): The unique identifer of the resource.
        date (str): The date for which you want to remove the locations assigned to the resource.
            Specify the date in either of these formats:

            - YYYY-MM-DD
            - Day of the week ('sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat')

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
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
    date: str,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Delete assigned locations

     This operation deletes the locations assigned to the specified resource for the specified weekday or
    date.

    Permissions:

    The permission 'core_api_resource' has to be set to 'ReadWrite' for this API to work.

    Args:
        resource_id (str): The unique identifer of the resource.
        date (str): The date for which you want to remove the locations assigned to the resource.
            Specify the date in either of these formats:

            - YYYY-MM-DD
            - Day of the week ('sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat')

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    sync_detailed(
        resource_id=resource_id,
        date=date,
        client=client,
    )


async def asyncio_detailed(
    resource_id: str,
    date: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Delete assigned locations

     This operation deletes the locations assigned to the specified resource for the specified weekday or
    date.

    Permissions:

    The permission 'core_api_resource' has to be set to 'ReadWrite' for this API to work.

    Args:
        resource_id (str): The unique identifer of the resource.
        date (str): The date for which you want to remove the locations assigned to the resource.
            Specify the date in either of these formats:

            - YYYY-MM-DD
            - Day of the week ('sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat')

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        date=date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_id: str,
    date: str,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Delete assigned locations

     This operation deletes the locations assigned to the specified resource for the specified weekday or
    date.

    Permissions:

    The permission 'core_api_resource' has to be set to 'ReadWrite' for this API to work.

    Args:
        resource_id (str): The unique identifer of the resource.
        date (str): The date for which you want to remove the locations assigned to the resource.
            Specify the date in either of these formats:

            - YYYY-MM-DD
            - Day of the week ('sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat')

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    await asyncio_detailed(
        resource_id=resource_id,
        date=date,
        client=client,
    )
